"""Probes (round 60): steps told as to come by their time or their state, not their verb.

- A step noun whose state is "pending" or "outstanding" ("deliveries of the jets are still
  pending") is a plan, as one "expected" or "due" is (factuality.scheduled_noun).
- A time expression that points ahead of the article's own day though it resolves to its own
  year or month ("later this year", "the end of this month", "in the coming months")
  makes a present or a participle a plan, as a date after the article's does; a past tense
  keeps its date (factuality.time_ahead).
- A past participle in a "with" phrase ("with the first four delivered in 2026") has no tense
  of its own: a plan when dated ahead (time.with_participle_plan).
- "By the end" is no verb "end" after a step (factuality.present_step_after).
- A step told in a phrase counted after it ("..., five years after Abuja ordered them") is dated
  by the date told beside the phrase, counted back to the unit's precision
  (time.count_after, date_owners.counted_back_dates).
- A step noun's schedule told past an aside with a decimal sum ("Deliveries of the launchers,
  ordered in 2021 for 1.2 billion dollars, are due next year") is a plan, as one past an aside
  with a whole sum is (factuality.noun_tail).
- A step noun that a date, a timeline or a schedule is for ("the date for the handover of the
  boats is yet to be set") is a step to come (factuality.plan_above, English now too).
- A list after a beneficiary's "for" ("on order for Hungary, Thailand and Colombia") is all
  beneficiaries: no member is a buyer passing it on (pattern_roles.benefactive).
- A supply or resupply vehicle, ship or route is a kind of vehicle or a way, not a supply
  (stage.exclusion_idioms).
- Russian: a part of the article's own year with no year written ("во втором полугодии", "в
  конце года") dates the step to that year (time.ru.yearpart); arms that came ("пришли") were
  delivered, but parties that came to an agreement ("пришли к соглашению") took no delivery
  (stage.ru.delivery_words). A gapped clause naming its object first and its time after the
  dash ("купила гаубицы Dana в 2021 году, а ЗРК Tor — через год") lists its system with the
  first clause's, dated by its own time (roles.ru.gap_object_first, roles.ru.gap_time_after);
  "если верить X" names X as the source and hedges nothing (attribution.ru.according_to,
  factuality.ru.possible). A noun cue's modal whose own verb names a consequence ("закупка
  ... может повлечь санкции") hedges no step (factuality.ru.step_verb).
"""

from __future__ import annotations

import pytest

from tests.conftest import DatedClaim, dated_probe_claims, probe_claims

Key = tuple[str, str | None, str | None, str, str]


PUBLISHED = "2023-03-10"

DATED: list[tuple[str, set[DatedClaim]]] = [
    (
        "Quito ordered 24 Rafale jets from France in 2021. Deliveries of the Rafale jets are "
        "still pending.",
        {
            ("Rafale", "FRA", "ECU", "agreement", "asserted", "2021"),
            ("Rafale", "FRA", "ECU", "delivery", "expected", None),
        },
    ),
    (
        "Turkey bought 12 Leopard 2 tanks from Germany. The handover of the Leopard 2 tanks "
        "remains outstanding.",
        {
            ("Leopard 2", "DEU", "TUR", "agreement", "asserted", None),
            ("Leopard 2", "DEU", "TUR", "delivery", "expected", None),
        },
    ),
    (
        "Hanoi ordered a dozen Su-30 jets from Moscow in 2019. The first batch arrives later "
        "this year.",
        {
            ("Su-30", "RUS", "VNM", "agreement", "asserted", "2019"),
            ("Su-30", "RUS", "VNM", "delivery", "expected", "2023"),
        },
    ),
    (
        "Warsaw signed a contract for 200 K2 tanks with Seoul, with 20 of them shipped before "
        "this year is out.",
        {
            ("K2", "KOR", "POL", "agreement", "asserted", None),
            ("K2", "KOR", "POL", "delivery", "expected", "2023"),
        },
    ),
    (
        "Oslo will sign the K9 contract with Seoul this year, with the first guns delivered "
        "in 2026.",
        {
            ("K9", "KOR", "NOR", "agreement", "expected", "2023"),
            ("K9", "KOR", "NOR", "delivery", "expected", "2026"),
        },
    ),
    (
        "Во втором полугодии армия Сербии получит из России еще одну батарею «Панцирь-С1».",
        {("Pantsir", "RUS", "SRB", "delivery", "expected", "2023")},
    ),
    (
        "В 2019 году в Сербию из России пришли три десятка танков Т-72.",
        {("T-72", "RUS", "SRB", "delivery", "asserted", "2019")},
    ),
    (
        "Если верить местной прессе, Армения купила у Индии РСЗО Pinaka в 2021 году, а ЗРК "
        "Akash — годом позже.",
        {
            ("Pinaka", "IND", "ARM", "agreement", "asserted", "2021"),
            ("Akash", "IND", "ARM", "agreement", "asserted", "2022"),
        },
    ),
    (
        "In May, Abuja commissioned three JF-17 jets from Pakistan, five years after Nigeria "
        "ordered them.",
        {
            ("JF-17", "PAK", "NGA", "delivery", "asserted", "2022-05"),
            ("JF-17", "PAK", "NGA", "agreement", "asserted", "2017"),
        },
    ),
]

GUARDS: list[tuple[str, set[DatedClaim]]] = [
    (
        "Two years after independence Lima ordered 12 Su-30 jets from Russia in 2019.",
        {("Su-30", "RUS", "PER", "agreement", "asserted", "2019")},
    ),
    (
        "Армения получила С-400 в 2021 году, а Су-35 — новейший истребитель.",
        {("S-400", "RUS", "ARM", "delivery", "asserted", "2021")},
    ),
    (
        "Россия и Сербия пришли к соглашению о поставке Су-35.",
        {("Su-35", "RUS", "SRB", "agreement", "asserted", None)},
    ),
    (
        "The K9 howitzers were delivered to Norway by year's end.",
        {("K9", "KOR", "NOR", "delivery", "asserted", "2023")},
    ),
    (
        "Warsaw signed a contract for 200 K2 tanks with Seoul in 2020, with the first 20 tanks "
        "shipped in 2021.",
        {
            ("K2", "KOR", "POL", "agreement", "asserted", "2020"),
            ("K2", "KOR", "POL", "delivery", "asserted", "2021"),
        },
    ),
]


CASES: list[tuple[str, set[Key]]] = [
    (
        "Delhi ordered 36 Rafale jets from Paris. The date for the handover of the Rafale jets "
        "to India is yet to be set.",
        {
            ("Rafale", "FRA", "IND", "agreement", "asserted"),
            ("Rafale", "FRA", "IND", "delivery", "expected"),
        },
    ),
    (
        "The Gripen is on order for Hungary, Thailand and Colombia.",
        {
            ("Gripen", "SWE", "HUN", "agreement", "asserted"),
            ("Gripen", "SWE", "THA", "agreement", "asserted"),
            ("Gripen", "SWE", "COL", "agreement", "asserted"),
        },
    ),
    (
        "Canada and Norway bought NASAMS batteries for Ukraine.",
        {
            ("NASAMS", "CAN", "UKR", "agreement", "asserted"),
            ("NASAMS", "NOR", "UKR", "agreement", "asserted"),
        },
    ),
    (
        "Deliveries of the NASAMS launchers to Lithuania, ordered in 2021 for about 1.2 billion "
        "dollars, are due to begin next year.",
        {
            ("NASAMS", "NOR", "LTU", "agreement", "asserted"),
            ("NASAMS", "NOR", "LTU", "delivery", "expected"),
        },
    ),
    (
        "Warsaw ordered 48 K9 howitzers and 20 K10 supply vehicles from Seoul.",
        {
            ("K9", "KOR", "POL", "agreement", "asserted"),
            ("K10", "KOR", "POL", "agreement", "asserted"),
        },
    ),
    (
        "Madrid will hand two Cantabria-class resupply ships to Canberra next year.",
        {("Cantabria-class", "ESP", "AUS", "delivery", "expected")},
    ),
    (
        "Закупка российских истребителей Су-35 может повлечь санкции США против Египта.",
        {("Su-35", "RUS", "EGY", "agreement", "asserted")},
    ),
    (
        "Поставка истребителей Су-35 Египту может начаться весной.",
        {("Su-35", "RUS", "EGY", "delivery", "possible")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def dated_claims(text: str) -> set[DatedClaim]:
    return dated_probe_claims(text, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), DATED + GUARDS)
def test_dated_probe(text: str, expected: set[DatedClaim]) -> None:
    assert dated_claims(text) == expected
