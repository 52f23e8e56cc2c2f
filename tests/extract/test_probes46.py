"""Probes (round 46): two readings of time.

- A plain present after a plural or coordinated subject, dated after the article ("The first
  jets arrive in Cairo next year"), is a schedule, as a third-person "-s" already was
  (factuality.plain_present_for_future); not the plain form after "to", a modal or "did not".
- One verb with several systems, each with its own date in its own conjunct ("bought F-16 jets
  in 2005 and Leopard tanks in 2007"), dates each system by its own (date_owners.system_dates);
  one date after them all is shared.

Every text is our own."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article

PUBLISHED = "2024-05-10"

# (text, {(system, stage, factuality, when)} the claims must be, no more)
Dated = tuple[str, str, str, str | None]

ENGLISH: list[tuple[str, set[Dated]]] = [
    # the plain present dated after the article: a schedule
    (
        "The first Rafale jets arrive in Egypt next year.",
        {("Rafale", "delivery", "expected", "2025")},
    ),
    (
        "The first Rafale jets reach Egypt in 2026.",
        {("Rafale", "delivery", "expected", "2026")},
    ),
    (
        "Peru and Chile receive their K2 tanks in 2027.",
        {("K2", "delivery", "expected", "2027")},
    ),
    # ... but a past stays a past, and a plain form after a modal or a negation is not read so
    (
        "The Rafale jets arrived in Egypt last year.",
        {("Rafale", "delivery", "asserted", "2023")},
    ),
    (
        "The Rafale jets will arrive in Egypt next year.",
        {("Rafale", "delivery", "expected", "2025")},
    ),
    # each system of one verb dated in its own conjunct
    (
        "Chile bought F-16 jets from the Netherlands in 2005 and Leopard 2 tanks from Germany"
        " in 2007.",
        {("F-16", "agreement", "asserted", "2005"), ("Leopard 2", "agreement", "asserted", "2007")},
    ),
    (
        "Ghana received four K-8 jets from China in 2019, and two Mi-17 helicopters from Russia"
        " in March that year.",
        {("K-8", "delivery", "asserted", "2019"), ("Mi-17", "delivery", "asserted", "2019-03")},
    ),
    (
        "Peru ordered two KT-1 trainers in 2012 and four FA-50 jets in 2015 from South Korea.",
        {("KT-1", "agreement", "asserted", "2012"), ("FA-50", "agreement", "asserted", "2015")},
    ),
    # the report's date dates no system
    (
        "Chile bought F-16 jets in 2005 and Leopard 2 tanks in 2007, the minister said on Monday.",
        {("F-16", "agreement", "asserted", "2005"), ("Leopard 2", "agreement", "asserted", "2007")},
    ),
    (
        "Chile bought F-16 jets from the Netherlands in 2005 and Leopard 2 tanks from Germany,"
        " the minister said on Monday.",
        {("F-16", "agreement", "asserted", "2005"), ("Leopard 2", "agreement", "asserted", "2005")},
    ),
    # one date after them all is shared
    (
        "Chile bought F-16 jets from the Netherlands and Leopard 2 tanks from Germany in 2007.",
        {("F-16", "agreement", "asserted", "2007"), ("Leopard 2", "agreement", "asserted", "2007")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: set[Dated]) -> None:
    claims = extract(Article(doc="t", text=text, published=PUBLISHED))
    assert {(c.system, c.stage.value, c.factuality.value, c.when) for c in claims} == expected
