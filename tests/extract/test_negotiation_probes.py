"""Probe sentences for negotiation, hedged (possible) and planned (expected) steps: stated
intentions and interest, type selections, requests, offers, bids, sale approvals (CLAIMS.md
rule 8), hedges (rule 11), plans and pledges (rule 9), and sentences that must stay quiet.

Every sentence is our own, written for these probes (never taken from news or ../shared). The
article is given a title of its own so the sentence is read as body text, not as a headline."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

Key = tuple[str, str | None, str | None, str, str]


def claims(text: str) -> set[Key]:
    return probe_claims(text)


def neg(system: str, supplier: str, recipient: str, fact: str = "asserted") -> Key:
    return (system, supplier, recipient, "negotiation", fact)


INTENTIONS = [
    (
        "Egypt is considering the purchase of Su-35 fighters from Russia.",
        neg("Su-35", "RUS", "EGY"),
    ),
    ("Colombia is weighing the purchase of Gripen jets from Sweden.", neg("Gripen", "SWE", "COL")),
    (
        "Vietnam is mulling the acquisition of K9 howitzers from South Korea.",
        neg("K9", "KOR", "VNM"),
    ),
    (
        "Indonesia is evaluating the purchase of additional Rafale jets.",
        neg("Rafale", "FRA", "IDN"),
    ),
    ("Iraq is studying the purchase of JF-17 fighters from Pakistan.", neg("JF-17", "PAK", "IRQ")),
    ("Thailand is looking at buying more Gripen fighters.", neg("Gripen", "SWE", "THA")),
    ("Egypt is considering the Su-35.", neg("Su-35", "RUS", "EGY")),
    ("The Rafale is being considered by India for its navy.", neg("Rafale", "FRA", "IND")),
    (
        "Saudi Arabia wants to buy S-400 air defence systems from Russia.",
        neg("S-400", "RUS", "SAU"),
    ),
    ("Egypt wants J-10 fighters from China.", neg("J-10", "CHN", "EGY")),
    ("Ankara is seeking 40 new F-16 jets.", neg("F-16", "USA", "TUR")),
    ("Norway is keen to buy K2 tanks from South Korea.", neg("K2", "KOR", "NOR")),
    ("Serbia is keen on the Rafale, its defence minister said.", neg("Rafale", "FRA", "SRB")),
    ("Egypt is interested in the Su-35.", neg("Su-35", "RUS", "EGY")),
    ("Malaysia has shown interest in the FA-50 light combat aircraft.", neg("FA-50", "KOR", "MYS")),
    (
        "Switzerland is in the market for new air defence systems and has looked at the Patriot.",
        neg("Patriot", "USA", "CHE"),
    ),
    ("Vietnam plans to procure F-16 fighters from the United States.", neg("F-16", "USA", "VNM")),
    ("Indonesia aims to acquire KF-21 fighters from South Korea.", neg("KF-21", "KOR", "IDN")),
    ("Taiwan has applied to buy more HIMARS launchers.", neg("HIMARS", "USA", "TWN")),
    ("Bulgaria is to buy eight more F-16 fighters.", neg("F-16", "USA", "BGR")),
    ("Saudi Arabia is a prospective buyer of the Rafale.", neg("Rafale", "FRA", "SAU")),
    ("Vietnam is a potential customer for the BrahMos missile.", neg("BrahMos", "IND", "VNM")),
    ("The Philippines is in the running to buy BrahMos missiles.", neg("BrahMos", "IND", "PHL")),
    # Reportedly attributes; it hedges nothing (CLAIMS.md rule 11).
    (
        "Algeria is reportedly considering buying Su-35 fighters from Russia.",
        neg("Su-35", "RUS", "DZA"),
    ),
    ("Algeria is said to be considering buying the Su-57.", neg("Su-57", "RUS", "DZA")),
]

SELECTIONS_REQUESTS_OFFERS = [
    ("India has shortlisted the Rafale for its navy.", neg("Rafale", "FRA", "IND")),
    ("Bulgaria selected the F-16 as its next fighter.", neg("F-16", "USA", "BGR")),
    ("Australia picked the K9 howitzer for its army.", neg("K9", "KOR", "AUS")),
    ("Switzerland opted for the F-35 in its fighter competition.", neg("F-35", "USA", "CHE")),
    ("Turkey requested 40 F-16 fighters from the United States.", neg("F-16", "USA", "TUR")),
    ("Iran has asked Russia for Su-35 fighters.", neg("Su-35", "RUS", "IRN")),
    ("Ukraine has appealed for more Patriot systems.", neg("Patriot", "USA", "UKR")),
    ("Russia offered Su-35 fighters to Indonesia.", neg("Su-35", "RUS", "IDN")),
    ("Su-35 fighters were offered to Indonesia at a discount.", neg("Su-35", "RUS", "IDN")),
    ("France pitched the Rafale to Colombia.", neg("Rafale", "FRA", "COL")),
    ("Russia is marketing the Su-57 to India.", neg("Su-57", "RUS", "IND")),
    ("Saab made a sales pitch for the Gripen to Colombia.", neg("Gripen", "SWE", "COL")),
    ("Russia proposed to supply T-90 tanks to Iraq.", neg("T-90", "RUS", "IRQ")),
    ("Poland signed a letter of intent for KF-21 fighters.", neg("KF-21", "KOR", "POL")),
    ("Saab bid the Gripen in Brazil's fighter competition.", neg("Gripen", "SWE", "BRA")),
    ("Algeria is close to a deal for 14 Su-57 fighters.", neg("Su-57", "RUS", "DZA")),
    (
        "Romania is in advanced talks to buy Bayraktar TB2 drones from Turkey.",
        neg("Bayraktar TB2", "TUR", "ROU"),
    ),
]

APPROVALS = [
    (
        "The US State Department approved the possible sale of F-16 fighters to the Philippines.",
        neg("F-16", "USA", "PHL"),
    ),
    ("Washington cleared the sale of HIMARS launchers to Estonia.", neg("HIMARS", "USA", "EST")),
    (
        "Germany gave the green light for the export of Leopard 2 tanks to Qatar.",
        neg("Leopard 2", "DEU", "QAT"),
    ),
    (
        "The German government authorised the export of Leopard 2 tanks to Ukraine.",
        neg("Leopard 2", "DEU", "UKR"),
    ),
    (
        "The US has approved a $385 million deal for HIMARS launchers for Australia.",
        neg("HIMARS", "USA", "AUS"),
    ),
    (
        "Berlin lifted its veto on the sale of Eurofighter jets to Turkey.",
        neg("Eurofighter", "DEU", "TUR"),
    ),
    (
        "Germany's export control board granted an export licence for Leopard 2 tanks to India.",
        neg("Leopard 2", "DEU", "IND"),
    ),
    (
        "Congress is expected to approve the sale of F-35 jets to the UAE.",
        neg("F-35", "USA", "ARE", "expected"),
    ),
]

HEDGES = [
    (
        "Indonesia could acquire more Rafale jets from France.",
        ("Rafale", "FRA", "IDN", "agreement", "possible"),
    ),
    (
        "Iran may soon receive Su-35 fighters from Russia.",
        ("Su-35", "RUS", "IRN", "delivery", "possible"),
    ),
    (
        "Egypt is likely to order K9 howitzers from South Korea.",
        ("K9", "KOR", "EGY", "agreement", "possible"),
    ),
    ("S-300 systems might be supplied to Iran.", ("S-300", "RUS", "IRN", "delivery", "possible")),
    (
        "Egypt will probably order more Rafale jets.",
        ("Rafale", "FRA", "EGY", "agreement", "possible"),
    ),
    (
        "Perhaps Argentina will buy the JF-17 after all.",
        ("JF-17", "PAK", "ARG", "agreement", "possible"),
    ),
    ("Argentina is unlikely to buy the JF-17.", ("JF-17", "PAK", "ARG", "agreement", "possible")),
    (
        "A rumoured order for J-10 fighters from Egypt has not been confirmed by Beijing.",
        ("J-10", "CHN", "EGY", "agreement", "possible"),
    ),
    (
        "There is speculation that Iran has received Su-35 fighters from Russia.",
        ("Su-35", "RUS", "IRN", "delivery", "possible"),
    ),
    (
        "Switzerland has not yet decided whether to buy the F-35.",
        ("F-35", "USA", "CHE", "agreement", "possible"),
    ),
    (
        "No decision has been made on the purchase of F-35 fighters by Switzerland.",
        ("F-35", "USA", "CHE", "agreement", "denied"),
    ),
    (
        "Algeria is believed to have ordered 14 Su-57 fighters.",
        ("Su-57", "RUS", "DZA", "agreement", "possible"),
    ),
    (
        "Iraq may be considering buying the JF-17 from Pakistan.",
        neg("JF-17", "PAK", "IRQ", "possible"),
    ),
    (
        "The Su-35 jets could be delivered to Iran by March.",
        ("Su-35", "RUS", "IRN", "delivery", "possible"),
    ),
]

PLANS = [
    (
        "India is set to sign a deal for 26 Rafale Marine jets.",
        ("Rafale", "FRA", "IND", "agreement", "expected"),
    ),
    (
        "Bulgaria will sign a contract for eight more F-16 fighters.",
        ("F-16", "USA", "BGR", "agreement", "expected"),
    ),
    (
        "Romania is expected to take delivery of its first F-35 in 2030.",
        ("F-35", "USA", "ROU", "delivery", "expected"),
    ),
    (
        "The next batch of K2 tanks is scheduled to arrive in Poland in March.",
        ("K2", "KOR", "POL", "delivery", "expected"),
    ),
    (
        "The first K2 tanks for Poland are slated for delivery in December.",
        ("K2", "KOR", "POL", "delivery", "expected"),
    ),
    (
        "The Patriot systems are due to be delivered to Switzerland in 2027.",
        ("Patriot", "USA", "CHE", "delivery", "expected"),
    ),
    (
        "The deal for four Gripen jets is to be signed next month by Thailand and Sweden.",
        ("Gripen", "SWE", "THA", "agreement", "expected"),
    ),
    (
        "Russia will send more S-400 components to Turkey.",
        ("S-400", "RUS", "TUR", "delivery", "expected"),
    ),
    (
        "France is preparing to send Caesar howitzers to Ukraine.",
        ("Caesar", "FRA", "UKR", "delivery", "expected"),
    ),
    (
        "The first K2 tanks for Poland are set for delivery in December.",
        ("K2", "KOR", "POL", "delivery", "expected"),
    ),
    (
        "Poland is on track to receive all 180 K2 tanks by 2025.",
        ("K2", "KOR", "POL", "delivery", "expected"),
    ),
    # "Poised to" is "about to": a schedule, not a hedge.
    (
        "Iran is poised to receive Su-35 fighters from Russia.",
        ("Su-35", "RUS", "IRN", "delivery", "expected"),
    ),
    # A pledge or a commitment is an agreement, asserted (CLAIMS.md rule 9).
    (
        "Germany pledged to supply Leopard 2 tanks to Ukraine.",
        ("Leopard 2", "DEU", "UKR", "agreement", "asserted"),
    ),
    (
        "The United States has committed to supplying another Patriot battery to Ukraine.",
        ("Patriot", "USA", "UKR", "agreement", "asserted"),
    ),
    # A shipment underway is a delivery.
    (
        "Another Patriot battery is on its way to Ukraine.",
        ("Patriot", "USA", "UKR", "delivery", "asserted"),
    ),
]

NEGATED = [
    ("Egypt is not considering buying Su-35 fighters.", neg("Su-35", "RUS", "EGY", "denied")),
    (
        "India has no plans to buy the F-35, its defence minister said.",
        neg("F-35", "USA", "IND", "denied"),
    ),
    (
        "Germany has refused to approve the export of Leopard 2 tanks to Saudi Arabia.",
        neg("Leopard 2", "DEU", "SAU", "denied"),
    ),
]

IN_THE_MAKING = [
    ("India and France are finalising the Rafale Marine deal.", neg("Rafale", "FRA", "IND")),
    ("Moscow and Cairo are working on a contract for Su-35 fighters.", neg("Su-35", "RUS", "EGY")),
    ("A deal for Su-35 fighters for Egypt is in the works.", neg("Su-35", "RUS", "EGY")),
    ("Poland wants to sign a contract for more K2 tanks this year.", neg("K2", "KOR", "POL")),
    (
        "India and Russia agreed in principle on the sale of more S-400 systems.",
        neg("S-400", "RUS", "IND"),
    ),
    ("Egypt has put the Su-35 on its wish list.", neg("Su-35", "RUS", "EGY")),
    ("Qatar has voiced its desire to acquire more Rafale jets.", neg("Rafale", "FRA", "QAT")),
    ("Beijing is ready to sell J-10 fighters to Tehran.", neg("J-10", "CHN", "IRN")),
    ("Russia is poised to sell S-300 systems to Iran.", neg("S-300", "RUS", "IRN")),
    (
        "Egypt, which has considered other jets, finally ordered the Rafale.",
        ("Rafale", "FRA", "EGY", "agreement", "asserted"),
    ),
    (
        "Germany gave the green light to sell Leopard 2 tanks to Qatar.",
        neg("Leopard 2", "DEU", "QAT"),
    ),
    (
        "Germany gave Rheinmetall the go-ahead to export Leopard 2 tanks to Qatar.",
        neg("Leopard 2", "DEU", "QAT"),
    ),
    (
        "Poland signed the letter of offer and acceptance for 96 AH-64E Apache helicopters.",
        ("AH-64", "USA", "POL", "agreement", "asserted"),
    ),
    (
        "The US rejected Turkey's request for F-35 jets.",
        ("F-35", "USA", "TUR", "cancelled", "asserted"),
    ),
    (
        "Washington has not yet responded to Taiwan's request for more HIMARS launchers.",
        neg("HIMARS", "USA", "TWN"),
    ),
    (
        "Iran apparently received Su-35 fighters from Russia last month.",
        ("Su-35", "RUS", "IRN", "delivery", "possible"),
    ),
]

CASES = (
    INTENTIONS + SELECTIONS_REQUESTS_OFFERS + APPROVALS + HEDGES + PLANS + NEGATED + IN_THE_MAKING
)


# Known misses (strict xfails, so that a fix fails the test until the entry goes), with why.
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("sentence", "expected"), with_known_misses(CASES, KNOWN_MISSES), ids=[s for s, _ in CASES]
)
def test_probe_makes_exactly_its_claim(sentence: str, expected: Key) -> None:
    assert claims(sentence) == {expected}


HEADLINES = [
    ("Egypt Eyes Su-35 Jets From Russia", neg("Su-35", "RUS", "EGY")),
    ("India to Buy 26 Rafale Jets From France", neg("Rafale", "FRA", "IND")),
    ("Iran May Get Su-35 Fighters From Russia", ("Su-35", "RUS", "IRN", "delivery", "possible")),
    ("Poland Set to Sign Deal for More K2 Tanks", ("K2", "KOR", "POL", "agreement", "expected")),
    ("US Approves Possible F-16 Sale to Turkey", neg("F-16", "USA", "TUR")),
    ("Serbia Mulls Rafale Purchase", neg("Rafale", "FRA", "SRB")),
    ("Iraq Interested in JF-17 Fighters", neg("JF-17", "PAK", "IRQ")),
    ("Egypt Likely to Order More Rafale Jets", ("Rafale", "FRA", "EGY", "agreement", "possible")),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINES, ids=[h for h, _ in HEADLINES])
def test_headline_probe(headline: str, expected: Key) -> None:
    text = headline + "\nOfficials gave no further details on Tuesday."
    assert probe_claims(text, title=headline) == {expected}


QUIET = [
    "Pilots chose to eject from the stricken aircraft over the sea.",
    "Russia is interested in expanding military ties with Egypt.",
    "Analysts are looking at the combat record of the Patriot in Ukraine.",
    "The colonel was promoted to general after the F-16 crash.",
    "The pitched battle for Bakhmut destroyed several Leopard 2 tanks.",
    "The F-35 is widely considered the most capable fighter in service.",
    "Kyiv called for tougher sanctions after Russia fired S-400 missiles at Kharkiv.",
    "India is evaluating the performance of its Rafale fleet after the exercise.",
    "The Kremlin wants revenge for the downing of its Su-24 bomber.",
    "Egypt is considering its options after the Su-35 deal collapsed.",
    "The general played a key role in finalising the Rafale deal with India.",
    "Russia is considering retaliation after Turkey shot down its Su-24.",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_probe_makes_no_negotiation(sentence: str) -> None:
    assert not any(stage == "negotiation" for _, _, _, stage, _ in claims(sentence))
