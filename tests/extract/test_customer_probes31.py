"""Other customers of the article's system.

A story about one buyer often names others of the same system ("Greece has also bought the
jet", "Indonesia is in talks for the missile"). A buyer the words name in the receiving slot
is that step's recipient, not the article's buyer carried from the sentences before:

- roles.recipient_after reads "is also buying", "is in talks for", "is negotiating for", "signed
  for" and "is interested in" (not a seller's "interested in selling"); roles.recipient_before
  reads a chooser's agent ("being considered by X", "selected by X");
- of two receivers the rules read in two clauses, the cue's own clause's is its step's
  ("The Philippines bought BrahMos, and Indonesia is in talks for the missile": roles);
- the subject that joins others ("ordered K9 howitzers from South Korea, joining Finland") is
  no party after a preposition (roles.governed_before, coordination.joined_parties);
- the learned decider keeps a state named so over a buyer the sentence does not name
  (scorer._named_buyer_kept);
- a state counted among a system's buyers ("the fifth customer for the K9") has ordered it,
  and so have the buyers it comes after ("after Poland, Norway and Finland");
- a sentence opening on "It" or "The country" speaks of the state the sentence before began
  with (pronouns.pronoun_roles), not of the article's buyer;
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
    (
        "Nigeria gets Super Tucano aircraft",
        "Nigeria received six A-29 Super Tucano aircraft from the United States on Tuesday. The"
        " aircraft is also being considered by the Philippine Air Force.",
        # The US sold Nigeria its jets; a new buyer's interest is in the maker's (round 56:
        # a seller that is no maker sells on only to its own buyer).
        "A-29|BRA|PHL|negotiation|asserted;!A-29|USA|NGA|negotiation|asserted",
    ),
    (
        "Vietnam signs for Indian BrahMos missiles",
        "Vietnam has signed a contract to buy BrahMos missiles from India. The Philippines bought"
        " three BrahMos batteries in 2022, and Indonesia is in talks for the missile.",
        "BrahMos|IND|PHL|agreement|asserted;BrahMos|IND|IDN|negotiation|asserted;"
        "!BrahMos|IND|PHL|negotiation|asserted",
    ),
    (
        "Norway orders K9 howitzers",
        "Norway has ordered 24 more K9 howitzers from South Korea, joining Finland and Estonia as"
        " users of the gun.",
        "K9|KOR|NOR|agreement|asserted;K9|KOR|FIN|agreement|asserted;!K9|FIN|NOR|agreement|asserted",
    ),
    (
        "Poland orders more FA-50 jets",
        "Poland has ordered 48 FA-50 jets from South Korea. Malaysia signed for 18 of the jets last"
        " year, while Egypt is negotiating for 36.",
        "FA-50|KOR|MYS|agreement|asserted;FA-50|KOR|EGY|negotiation|asserted;"
        "!FA-50|KOR|POL|negotiation|asserted",
    ),
    # a subject with a relative clause between it and its verb is the verb's party
    # (roles.relative_opener), and one cue the rules paired with a mention of the system
    # keeps its receiver for the system's other mentions (parties.decide)
    (
        "Romania orders K9 howitzers",
        "Romania has ordered 54 K9 howitzers from South Korea. Poland, which ordered 212 of the"
        " howitzers in 2022, has received 100 so far.",
        "K9|KOR|POL|delivery|asserted;!K9|KOR|ROU|delivery|asserted",
    ),
    (
        "Qatar receives Typhoon jets",
        "Qatar received its first Eurofighter Typhoon jets from the UK on Monday. Kuwait, which"
        " ordered 28 of the jets in 2016, took delivery of its last aircraft in 2023.",
        "Eurofighter|GBR|KWT|agreement|asserted;!Eurofighter|GBR|QAT|agreement|asserted",
    ),
    # a pronoun subject stands for the state the sentence before began with (roles.pronoun_subject)
    (
        "Algeria may be first Su-57 buyer",
        "Algeria may have signed for the Su-57, analysts said. Moscow offered the jet to Turkey in"
        " 2019. Algeria is already Russia's biggest arms customer in Africa. It took its first"
        " Su-30MKA fighters in 2007 and received S-400 systems in 2015.",
        "Su-30|RUS|DZA|delivery|asserted;S-400|RUS|DZA|delivery|asserted;"
        "!S-400|RUS|TUR|delivery|asserted",
    ),
    (
        "Egypt orders more Rafale jets",
        "Egypt has ordered 30 more Rafale jets from France. Qatar has been a loyal customer of"
        " French arms. The country received its first Rafale jets in 2019.",
        "Rafale|FRA|QAT|delivery|asserted;!Rafale|FRA|EGY|delivery|asserted",
    ),
    # a state counted among a system's buyers has ordered it, and so have those it comes
    # after (stage.became_buyer, roles.joined_before)
    (
        "Romania orders K9 howitzers",
        "Romania is the fifth European customer for the K9 howitzer, after Poland, Norway,"
        " Finland and Estonia.",
        "K9|KOR|ROU|agreement|asserted;K9|KOR|POL|agreement|asserted;K9|KOR|EST|agreement|asserted",
    ),
    (
        "Indonesia signs for Rafale jets",
        "Indonesia is the Rafale's eighth export customer, after India, Qatar and Egypt.",
        "Rafale|FRA|IDN|agreement|asserted;Rafale|FRA|QAT|agreement|asserted",
    ),
    # "have all taken delivery": a floating 'all' and 'taken delivery' keep the list receiving
    (
        "Ghana buys Bayraktar TB2 drones",
        "Ghana has ordered six Bayraktar TB2 drones from Turkey. Morocco, which ordered 13 TB2s in"
        " 2021, was among the first African buyers, and Nigeria and Niger have all taken delivery"
        " of the aircraft since then.",
        "Bayraktar TB2|TUR|NGA|delivery|asserted;!Bayraktar TB2|TUR|MAR|delivery|asserted",
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
    _check(title, body, spec)


def _check(title: str, body: str, spec: str) -> None:
    """Each ';'-separated key of ``spec`` is among the article's claims, or with '!' is not."""
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
