"""Probes (round 47): what an article said of a system before does not cut a list of buyers.

- A sentence listing several buyers ("has sold the Rafale to Egypt, Qatar and India") after an
  earlier sentence about the same system gives one claim per buyer, as it does alone: the roles
  the article told before fill only what the sentence leaves open, and keep its listed buyers
  (before, such a list kept only the four buyers the decider scored best).
- A state that offered, made or sold a rival a chosen system beat, or a fleet a buy replaces,
  is that system's party, not the chosen one's supplier ("picked the F-16 over the JF-17
  offered by China and Pakistan": the F-16 still comes from the United States).
- An approval of a purchase is a negotiation whatever the approving verb: "cleared the
  procurement of", "authorised the purchase of", "okayed the sale of" (CLAIMS.md rule 8).
- What a deal is worth is no step: "the contract could be worth $2 billion" hedges the sum, not
  the deal (factuality.step_verb), and "a deal that could reach 3 billion euros" is no arrival
  (stage.delivery_words).
- What a system can stop in combat is no halt of a transfer ("can stop ballistic missiles",
  "built to stop a cheap drone": CLAIMS.md rule 1, stage.exclusion_interception).
- The bidders a chosen system beat are no parties to its step ("signed for three FDI frigates,
  beating bids from Lockheed Martin and Fincantieri": roles.rival_bid_before), and their bids,
  told by bidder alone, are no negotiation of the winner (stage.exclusion_rival_bids); bids
  that name their systems stay each rival's negotiation.
- A purchase a buyer "eyes" is that one interest, no agreement of its own ("Greece eyes F-35
  purchase": stage.eyes).
- The first (second, only ...) customer to receive a system has received it: a delivery asserted,
  not a plan told by the infinitive (stage.became_receiver); "will be the first to receive" is
  expected.
- A guess that a state could buy is no push for the purchase: "suggested that Riyadh could buy"
  keeps the purchase's own modal (stage.urge_to_buy), as "urged Riyadh to buy" does not.

Every text is our own."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article

PUBLISHED = "2024-05-10"

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Dassault said on Monday it had not sold Rafale jets to Serbia. "
        "France has sold its Rafale jets to Egypt, Qatar, India, Greece and Croatia.",
        {
            ("Rafale", "FRA", "SRB", "agreement", "denied"),
            ("Rafale", "FRA", "EGY", "agreement", "asserted"),
            ("Rafale", "FRA", "QAT", "agreement", "asserted"),
            ("Rafale", "FRA", "IND", "agreement", "asserted"),
            ("Rafale", "FRA", "GRC", "agreement", "asserted"),
            ("Rafale", "FRA", "HRV", "agreement", "asserted"),
        },
    ),
    (
        "Seoul has not sold K9 howitzers to Russia, the ministry said. South Korea has so far "
        "exported the K9 to Poland, Norway, Finland, Estonia, India and Egypt.",
        {
            ("K9", "KOR", "RUS", "agreement", "denied"),
            ("K9", "KOR", "POL", "delivery", "asserted"),
            ("K9", "KOR", "NOR", "delivery", "asserted"),
            ("K9", "KOR", "FIN", "delivery", "asserted"),
            ("K9", "KOR", "EST", "delivery", "asserted"),
            ("K9", "KOR", "IND", "delivery", "asserted"),
            ("K9", "KOR", "EGY", "delivery", "asserted"),
        },
    ),
    (
        "Argentina picked the F-16 over the JF-17 jets offered by China and Pakistan.",
        {("F-16", "USA", "ARG", "negotiation", "asserted")},
    ),
    (
        "Colombia chose the Gripen instead of the Rafale made by France.",
        {("Gripen", "SWE", "COL", "negotiation", "asserted")},
    ),
    (
        "Slovakia ordered F-16 jets to replace its MiG-29 jets made by Russia.",
        {("F-16", "USA", "SVK", "agreement", "asserted")},
    ),
    (
        "India's defence council cleared the procurement of 26 Rafale jets from France.",
        {("Rafale", "FRA", "IND", "negotiation", "asserted")},
    ),
    (
        "Congress okayed the sale of 40 F-16 jets to Turkey.",
        {("F-16", "USA", "TUR", "negotiation", "asserted")},
    ),
    (
        "Serbia signed for 12 Rafale jets from France. The contract could be worth up to "
        "3 billion euros.",
        {("Rafale", "FRA", "SRB", "agreement", "asserted")},
    ),
    (
        "Serbia signed for 12 Rafale jets from France in a deal that could reach 3 billion euros.",
        {("Rafale", "FRA", "SRB", "agreement", "asserted")},
    ),
    # ... while a hedged step after its noun stays hedged
    (
        "Serbia signed for 12 Rafale jets from France. The deliveries could be delayed by a year.",
        {
            ("Rafale", "FRA", "SRB", "agreement", "asserted"),
            ("Rafale", "FRA", "SRB", "postponed", "possible"),
        },
    ),
    ("The S-400 can stop ballistic missiles, Turkey said.", set()),
    (
        "Turkey bought the S-400 from Russia. It is built to stop a $20,000 drone.",
        {
            ("S-400", "RUS", "TUR", "agreement", "asserted"),
        },
    ),
    (
        "Germany stopped the sale of Leopard 2 tanks to Qatar.",
        {
            ("Leopard 2", "DEU", "QAT", "postponed", "asserted"),
        },
    ),
    (
        "Chinese media suggested that Riyadh could buy the HQ-9 from China.",
        {("HQ-9", "CHN", "SAU", "agreement", "possible")},
    ),
    (
        "Beijing urged Riyadh to buy the HQ-9 from China.",
        {("HQ-9", "CHN", "SAU", "negotiation", "asserted")},
    ),
    (
        "After a competition in which the FDI faced offers from Lockheed Martin and "
        "Fincantieri, Greece signed for three FDI frigates.",
        {
            ("FDI", "FRA", "GRC", "agreement", "asserted"),
            ("FDI", "FRA", "GRC", "negotiation", "asserted"),
        },
    ),
    (
        "Colombia chose the Gripen over rival offers from Dassault and Lockheed Martin.",
        {("Gripen", "SWE", "COL", "negotiation", "asserted")},
    ),
    (
        "Greece signed for three FDI frigates, beating bids from Lockheed Martin and Fincantieri.",
        {("FDI", "FRA", "GRC", "agreement", "asserted")},
    ),
    ("Greece eyes F-35 purchase", {("F-35", "USA", "GRC", "negotiation", "asserted")}),
    (
        "Egypt was the first foreign customer to receive Rafale jets from France.",
        {("Rafale", "FRA", "EGY", "delivery", "asserted")},
    ),
    (
        "India will be the first country to receive the S-400 from Russia.",
        {("S-400", "RUS", "IND", "delivery", "expected")},
    ),
    # a rival's maker named elsewhere in the sentence stays a party
    (
        "Argentina picked the F-16 over the JF-17, and the United States will deliver the jets.",
        {
            ("F-16", "USA", "ARG", "negotiation", "asserted"),
            ("F-16", "USA", "ARG", "delivery", "expected"),
        },
    ),
]


def _claims(text: str) -> set[Key]:
    found = extract(Article(doc="probe", text=text, published=PUBLISHED))
    return {(c.system, c.supplier, c.recipient, c.stage, c.factuality.value) for c in found}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert _claims(text) == expected
