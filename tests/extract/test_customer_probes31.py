"""Other customers of the article's system.

A story about one buyer often names others of the same system ("Greece has also bought the
jet", "Indonesia is in talks for the missile"). A buyer the words name in the receiving slot
is that step's recipient, not the article's buyer carried from the sentences before:

- roles.recipient_after reads "is also buying", "is in talks for" and "is interested in" (not
  a seller's "interested in selling");
- the learned decider keeps the rules' recipient named so over a buyer the sentence does not
  name (scorer._named_buyer_kept);
- a date told in a sentence of its own claims ("Poland, which ordered 212 in 2022") dates
  those claims only, not the article's buyer's step (lending._read_dated_step).

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article


def _claims(title: str, body: str) -> dict[tuple[str, ...], str | None]:
    article = Article(doc="t", text=f"{title}\n\n{body}", published="2024-03-01", title=title)
    return {
        (c.system, c.supplier or "-", c.recipient or "-", c.stage.value, c.factuality.value): c.when
        for c in extract(article)
    }


ARTICLES = [
    (
        "Vietnam signs for Indian BrahMos missiles",
        "Vietnam has signed a contract to buy BrahMos missiles from India. Indonesia is also in"
        " talks for the missile.",
        "BrahMos|IND|IDN|negotiation|asserted;!BrahMos|IND|VNM|negotiation|asserted",
    ),
    (
        "Romania orders K9 howitzers",
        "Romania has ordered 54 K9 howitzers from South Korea. Australia is also buying the"
        " howitzer.",
        "K9|KOR|AUS|agreement|asserted",
    ),
    (
        "Thailand weighs Swedish fighter offer",
        "Thailand is considering 12 Gripen E jets from Sweden. Malaysia is interested in the"
        " fighter as well.",
        "Gripen|SWE|MYS|negotiation|asserted",
    ),
    (
        "Egypt orders more Rafale jets",
        "Egypt has ordered 30 more Rafale jets from France. Greece and Croatia have also bought"
        " the Rafale.",
        "Rafale|FRA|GRC|agreement|asserted;Rafale|FRA|HRV|agreement|asserted",
    ),
]

# A seller's interest makes it no buyer.
QUIET = [
    (
        "Chile looks at Korean trainers",
        "Chile is studying an offer of KT-1 trainers. South Korea is interested in selling the"
        " trainer to Peru as well.",
        "!KT-1|-|KOR|negotiation|asserted;!KT-1|KOR|KOR|negotiation|asserted",
    ),
]


@pytest.mark.parametrize(("title", "body", "spec"), ARTICLES + QUIET)
def test_other_customer(title: str, body: str, spec: str) -> None:
    got = _claims(title, body)
    for part in spec.split(";"):
        wanted = not part.startswith("!")
        key = tuple(part.lstrip("!").split("|"))
        assert (key in got) == wanted, f"{'missing' if wanted else 'unwanted'} {key}: {got}"


def test_a_relative_clause_dates_its_own_buyer_only() -> None:
    got = _claims(
        "Romania orders K9 howitzers",
        "Romania has ordered 54 K9 howitzers from South Korea. Poland, which ordered 212 of the"
        " howitzers in 2022, has received 100 so far.",
    )
    assert got[("K9", "KOR", "POL", "agreement", "asserted")] == "2022"
    assert got[("K9", "KOR", "ROU", "agreement", "asserted")] is None
