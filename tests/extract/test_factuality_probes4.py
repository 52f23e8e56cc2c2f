# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Fourth probe battery for English factuality (CLAIMS.md 'Factuality', rules 3, 4, 9 and 11) on
wordings the first three batteries and the hedge probes do not cover: plans told in the past that
were overtaken ('was meant to', 'had been due to', 'was originally scheduled for'), conditions and
pending steps ('subject to approval', 'pending review', 'awaiting signature'), layers of reported
speech ('alleged', 'insisted', 'a person familiar with', 'two sources said'), questions and
headlines, negative words and their scope ('neither ... nor' on verbs, 'no longer', 'instead of',
'rather than', 'without') and modal perfects ('should have been delivered by now', 'must have').

Every sentence is our own, written for these probes (never taken from news or ../shared). A probe
lists the claims it must give as (system, stage, factuality), or with its parties as (system,
supplier, recipient, stage, factuality); a key after ``!`` must not be given. A probe the extractor
still gets wrong is a strict xfail in KNOWN_MISSES, with the reason. HEADLINES are read as an
article's title."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses
from tests.extract.test_factuality_probes2 import _check, _norm

# A plan told in the past is still a plan (CLAIMS.md 'expected': a plan or schedule), unless the
# sentence says it did not come about (denied) or that it slipped (postponed).
PAST_PLANS = [
    ("The Rafale jets were meant to arrive in Greece in May.", "Rafale|FRA|GRC|delivery|expected"),
    (
        "Turkey was meant to take delivery of its first F-35 jets in 2020.",
        "F-35|USA|TUR|delivery|expected",
    ),
    ("The K2 tanks had been due to reach Poland in March.", "K2|KOR|POL|delivery|expected"),
    (
        "India had been due to receive the fourth S-400 squadron from Russia in 2023.",
        "S-400|RUS|IND|delivery|expected",
    ),
    (
        "The delivery of the Akash batteries to Armenia was originally scheduled for 2023.",
        "Akash|IND|ARM|delivery|expected",
    ),
    (
        "Delivery of the Su-35 jets to Iran was originally planned for 2025.",
        "Su-35|RUS|IRN|delivery|expected",
    ),
    (
        "Originally, the first Leopard 2 tanks were to arrive in Norway in 2025.",
        "Leopard 2|DEU|NOR|delivery|expected",
    ),
    (
        "The contract for the Gripen jets was supposed to be signed with Colombia in June.",
        "Gripen|agreement|expected",
    ),
    (
        "The Patriot batteries were to have been handed over to Switzerland by the United States in 2026.",
        "Patriot|USA|CHE|delivery|expected",
    ),
    (
        "Hungary was originally due to receive the Leopard 2 tanks from Germany in 2023.",
        "Leopard 2|DEU|HUN|delivery|expected",
    ),
    (
        "The Rafale deal with Serbia had been expected to be signed in July.",
        "Rafale|agreement|expected",
    ),
    (
        "The first HIMARS launchers were meant to be shipped to Taiwan from the United States in 2026, but the date slipped.",
        "HIMARS|USA|TWN|delivery|expected",
    ),
    (
        "The Su-57 jets were meant to reach Algeria in 2024, but that never happened.",
        "Su-57|RUS|DZA|delivery|denied",
    ),
    (
        "Bulgaria was to have received the F-16 jets from the United States in 2023, but they did not come.",
        "F-16|USA|BGR|delivery|denied",
    ),
    (
        "Russia had intended to ship the S-300 systems to Syria in 2013.",
        "S-300|RUS|SYR|delivery|expected",
    ),
    (
        "The Su-35 jets that Egypt ordered were meant to arrive from Russia in 2020.",
        "Su-35|RUS|EGY|delivery|expected;Su-35|RUS|EGY|agreement|asserted",
    ),
]

# A step under an open condition ('if', 'on condition that') is possible (CLAIMS.md rule 11: 'if
# confirmed' is a hedge); a step that hangs on an approval, a payment or a signature ('subject to
# approval', 'pending review', 'awaiting signature') keeps its plan: the study gold reads a payment
# term after a schedule as part of it (expected). An approval of a possible sale stays an asserted
# negotiation (rule 8), and a step told as done stays asserted.
CONDITIONS = [
    (
        "Lima will buy 24 Gripen jets from Sweden, subject to parliamentary approval.",
        "Gripen|SWE|PER|negotiation|asserted;!Gripen|SWE|PER|agreement|possible",
    ),
    (
        "Subject to parliamentary approval, Peru will order 24 Gripen jets from Sweden.",
        "Gripen|SWE|PER|negotiation|asserted",
    ),
    (
        "Norway will send the NASAMS launchers to Ukraine, pending a final decision by the government.",
        "NASAMS|NOR|UKR|delivery|expected",
    ),
    (
        "Pending congressional review, the United States will sell 40 F-16 jets to Turkey.",
        "F-16|USA|TUR|agreement|asserted",
    ),
    (
        "The State Department approved the possible sale of Patriot batteries to Poland, pending congressional review.",
        "Patriot|USA|POL|negotiation|asserted",
    ),
    (
        "Congress cleared the sale of F-16 jets to Turkey, subject to conditions on their use.",
        "F-16|USA|TUR|negotiation|asserted",
    ),
    (
        "The sale of 12 Rafale jets to Serbia remains subject to the approval of the French government.",
        "Rafale|FRA|SRB|agreement|expected",
    ),
    (
        "The delivery of the K9 howitzers to Australia is conditional on a new loan.",
        "K9|KOR|AUS|delivery|expected",
    ),
    (
        "Germany would deliver the Taurus missiles to Ukraine on condition that they are not fired at Russia.",
        "Taurus|DEU|UKR|delivery|possible",
    ),
    (
        "If the deal goes ahead, Iraq will buy 12 JF-17 jets from Pakistan.",
        "JF-17|PAK|IRQ|agreement|possible",
    ),
    (
        "The contract for the 24 Rafale jets with Indonesia is awaiting signature.",
        "Rafale|FRA|IDN|agreement|expected",
    ),
    (
        "The Gripen deal with Thailand is still awaiting the signature of the prime minister.",
        "Gripen|agreement|expected",
    ),
    (
        "Bulgaria received the F-16 jets from the United States once the pilots were trained.",
        "F-16|USA|BGR|delivery|asserted",
    ),
    (
        "Norway will deliver the NASAMS launchers to Ukraine once the financing is secured.",
        "NASAMS|NOR|UKR|delivery|expected",
    ),
    (
        "Serbia will receive the Rafale jets from France provided that the loan is approved.",
        "Rafale|FRA|SRB|delivery|possible;!Rafale|FRA|SRB|delivery|expected",
    ),
    (
        "Providing that Congress agrees, the United States will send HIMARS launchers to Taiwan.",
        "HIMARS|USA|TWN|delivery|possible;!HIMARS|USA|TWN|delivery|expected",
    ),
]

# Reported speech: the factuality is the source's (CLAIMS.md 'Factuality': relative to the claim's
# source). A source that claims, alleges or insists that a step happened asserts it; a refusal to
# comment says nothing of the step.
REPORTED = [
    (
        "Rosoboronexport said it had delivered the S-400 systems to China.",
        "S-400|RUS|CHN|delivery|asserted",
    ),
    (
        "The minister told reporters that Russia would deliver the remaining S-400 squadrons to India by 2026.",
        "S-400|RUS|IND|delivery|expected",
    ),
    (
        "Kyiv claimed that Iran had supplied Shahed-136 drones to Russia.",
        "Shahed-136|IRN|RUS|delivery|asserted",
    ),
    (
        "Ukraine alleged that North Korea had shipped KN-23 missiles to Russia.",
        "KN-23|PRK|RUS|delivery|asserted",
    ),
    (
        "Seoul alleges that Pyongyang has sent KN-23 missiles to Moscow.",
        "KN-23|PRK|RUS|delivery|asserted",
    ),
    (
        "Washington insisted that Iran had transferred Shahed-136 drones to Russia.",
        "Shahed-136|IRN|RUS|delivery|asserted",
    ),
    (
        "Tehran insisted it had not sent any Shahed-136 drones to Russia.",
        "Shahed-136|IRN|RUS|delivery|denied",
    ),
    (
        "According to a person familiar with the matter, Egypt has ordered 24 more Rafale jets from France.",
        "Rafale|FRA|EGY|agreement|asserted",
    ),
    (
        "Egypt has ordered 24 more Rafale jets from France, two sources said.",
        "Rafale|FRA|EGY|agreement|asserted",
    ),
    (
        "Two sources said Iran would receive Su-35 jets from Russia in March.",
        "Su-35|RUS|IRN|delivery|expected",
    ),
    (
        "Russia has shipped S-300 systems to Iran, a source familiar with the deal told Reuters.",
        "S-300|RUS|IRN|delivery|asserted",
    ),
    (
        "Officials declined to comment on whether Russia had delivered the Su-35 jets to Iran.",
        "!Su-35|RUS|IRN|delivery|asserted;!Su-35|RUS|IRN|delivery|denied",
    ),
    (
        "Officials declined to comment on the delivery of the Su-35 jets to Iran.",
        "!Su-35|RUS|IRN|delivery|denied",
    ),
    (
        "The ministry claimed that Ukraine had received no Patriot systems from Germany.",
        "Patriot|DEU|UKR|delivery|denied",
    ),
    (
        "Beijing denied that it had sold J-10 jets to Iran, as Russian media had alleged.",
        "J-10|CHN|IRN|agreement|denied",
    ),
    (
        "A person familiar with the matter said Serbia would sign the Rafale contract with France next month.",
        "Rafale|FRA|SRB|agreement|expected",
    ),
    (
        "The United States has neither confirmed nor denied that it sold F-16 jets to Vietnam.",
        "F-16|USA|VNM|agreement|possible;!F-16|USA|VNM|agreement|denied",
    ),
    (
        "Moscow would not confirm or deny the delivery of Su-35 jets to Iran.",
        "Su-35|RUS|IRN|delivery|possible;!Su-35|RUS|IRN|delivery|denied",
    ),
    (
        "Washington neither confirmed nor denied reports that it had sold F-16 jets to Vietnam.",
        "F-16|USA|VNM|agreement|asserted;!F-16|USA|VNM|agreement|denied",
    ),
    (
        "Ankara says it has already received the S-400 systems from Russia, the agency reported.",
        "S-400|RUS|TUR|delivery|asserted",
    ),
    (
        "The opposition alleged that Serbia had bought Bayraktar TB2 drones from Turkey without a tender.",
        "Bayraktar TB2|TUR|SRB|agreement|asserted",
    ),
]

# Questions: a yes/no question asks whether a step happens and asserts nothing (possible); a
# wh-question about a step takes it as given. Headlines count like any sentence (rule 5); a
# headline infinitive is a step to come.
QUESTIONS = [
    (
        "Will Turkey ever get the F-35 jets from the United States?",
        "F-35|USA|TUR|delivery|possible",
    ),
    ("Will Iran receive Su-35 jets from Russia this year?", "Su-35|RUS|IRN|delivery|possible"),
    (
        "Is Egypt buying Su-35 jets from Russia?",
        "!Su-35|RUS|EGY|agreement|asserted;!Su-35|RUS|EGY|negotiation|asserted",
    ),
    ("Has Russia delivered the S-400 systems to India?", "!S-400|RUS|IND|delivery|asserted"),
    ("Did Pyongyang send KN-23 missiles to Moscow?", "!KN-23|PRK|RUS|delivery|asserted"),
    ("Could Vietnam buy F-16 jets from the United States?", "F-16|USA|VNM|agreement|possible"),
    ("Why did Algeria buy Su-57 jets from Russia?", "Su-57|RUS|DZA|agreement|asserted"),
    (
        "When did India receive the first S-400 squadron from Russia?",
        "S-400|RUS|IND|delivery|asserted",
    ),
    (
        "How many Leopard 2 tanks has Germany delivered to Ukraine?",
        "Leopard 2|DEU|UKR|delivery|asserted",
    ),
]

HEADLINES = [
    ("India to buy 26 Rafale jets from France", "Rafale|FRA|IND|negotiation|asserted"),
    ("Poland to receive first K2 tanks from South Korea", "K2|KOR|POL|delivery|expected"),
    ("Germany to send more Leopard 2 tanks to Ukraine", "Leopard 2|DEU|UKR|delivery|expected"),
    ("Russia to deliver Su-35 jets to Iran next year", "Su-35|RUS|IRN|delivery|expected"),
    (
        "Egypt buying Su-35 jets from Russia?",
        "!Su-35|RUS|EGY|agreement|asserted;!Su-35|RUS|EGY|negotiation|asserted",
    ),
    ("Will Iran get Su-35 jets from Russia?", "Su-35|RUS|IRN|delivery|possible"),
    ("Serbia signs deal for 12 Rafale jets with France", "Rafale|FRA|SRB|agreement|asserted"),
    ("South Korea delivers K9 howitzers to Australia", "K9|KOR|AUS|delivery|asserted"),
]

# Negative words and their reach: 'neither ... nor' on two verbs denies both; 'no longer' denies
# the step now; 'instead of' and 'rather than' deny the step they name and leave the other one.
SCOPE = [
    (
        "Russia has neither sold nor delivered S-400 systems to Iran.",
        "S-400|RUS|IRN|delivery|denied",
    ),
    (
        "Tehran has neither ordered nor received Su-35 jets from Moscow.",
        "Su-35|RUS|IRN|delivery|denied",
    ),
    ("Russia no longer supplies S-300 systems to Iran.", "S-300|RUS|IRN|delivery|denied"),
    (
        "Egypt is no longer buying Su-35 jets from Russia.",
        "!Su-35|RUS|EGY|agreement|asserted;!Su-35|RUS|EGY|negotiation|asserted",
    ),
    (
        "Turkey bought the S-400 from Russia instead of buying Patriot batteries from the United States.",
        "S-400|RUS|TUR|agreement|asserted;!Patriot|USA|TUR|agreement|asserted",
    ),
    (
        "India chose to buy the S-400 from Russia rather than the Patriot from the United States.",
        "S-400|RUS|IND|agreement|asserted",
    ),
    (
        "Rather than buying F-35 jets, Switzerland ordered more Patriot systems from the United States.",
        "Patriot|USA|CHE|agreement|asserted;!F-35|USA|CHE|agreement|asserted",
    ),
    (
        "Hungary bought the Leopard 2 tanks from Germany without a public tender.",
        "Leopard 2|DEU|HUN|agreement|asserted",
    ),
    (
        "Ukraine received the F-16 jets from Denmark without much fanfare.",
        "F-16|DNK|UKR|delivery|asserted",
    ),
    (
        "Without US approval, Turkey cannot buy Eurofighter jets from Britain.",
        "!Eurofighter|GBR|TUR|agreement|asserted",
    ),
    (
        "Not a single Leopard 2 tank has reached Ukraine from Switzerland.",
        "Leopard 2|CHE|UKR|delivery|denied",
    ),
    (
        "Kyiv has received not a single Taurus missile from Germany.",
        "Taurus|DEU|UKR|delivery|denied",
    ),
    ("Russia delivered no S-400 systems to Turkey last year.", "S-400|RUS|TUR|delivery|denied"),
    (
        "Iran did not receive Su-35 jets from Russia, nor did it receive S-400 systems.",
        "S-400|RUS|IRN|delivery|denied;Su-35|RUS|IRN|delivery|denied",
    ),
    (
        "Ukraine has received neither F-16 jets nor Taurus missiles from Germany.",
        "Taurus|DEU|UKR|delivery|denied;F-16|delivery|denied",
    ),
    (
        "Seoul sold no more than 40 K2 tanks to Poland in 2022.",
        "K2|KOR|POL|agreement|asserted;!K2|KOR|POL|agreement|denied",
    ),
    (
        "The minister gave no details about the delivery of the K9 howitzers to Poland.",
        "!K9|KOR|POL|delivery|denied",
    ),
    (
        "Germany not only sent IRIS-T systems to Ukraine but also trained the crews.",
        "IRIS-T|DEU|UKR|delivery|asserted",
    ),
    (
        "Egypt never received the Su-35 jets it ordered from Russia.",
        "Su-35|RUS|EGY|delivery|denied",
    ),
    (
        "Algeria has so far failed to take delivery of the Su-57 jets from Russia.",
        "Su-57|RUS|DZA|delivery|denied",
    ),
    ("The navy has yet to formally accept the two frigates from France.", "!FDI|delivery|asserted"),
]

# Modal perfects: a schedule missed ('should have been delivered by now') says the step has not
# happened (denied); an inference ('must have', 'may have', 'could have') is a hedge (possible,
# CLAIMS.md rule 11); a counterfactual under a past condition did not happen.
MODAL_PERFECTS = [
    ("The Su-35 jets should have been delivered to Egypt by now.", "Su-35|RUS|EGY|delivery|denied"),
    (
        "The last S-400 squadron should already have reached India from Russia.",
        "S-400|RUS|IND|delivery|denied",
    ),
    (
        "By now Poland ought to have received all K2 tanks from South Korea.",
        "K2|KOR|POL|delivery|denied",
    ),
    (
        "Russia must have delivered the S-300 systems to Iran in secret.",
        "S-300|RUS|IRN|delivery|possible",
    ),
    (
        "Iran must have received the Su-35 jets by then, analysts said.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "The contract for the Rafale jets could have been signed with Egypt in 2019.",
        "Rafale|FRA|EGY|agreement|possible",
    ),
    (
        "North Korea may have shipped KN-23 missiles to Russia last year.",
        "KN-23|PRK|RUS|delivery|possible",
    ),
    ("Pakistan might have bought J-10 jets from China in 2020.", "J-10|CHN|PAK|agreement|possible"),
    (
        "The Su-35 jets would have been delivered to Egypt in 2020 if Cairo had paid.",
        "!Su-35|RUS|EGY|delivery|asserted",
    ),
]

KNOWN_MISSES: dict[str, str] = {}

BATTERIES = PAST_PLANS + CONDITIONS + REPORTED + QUESTIONS + SCOPE + MODAL_PERFECTS


def _check_headline(text: str, spec: str) -> None:
    got = probe_claims(text, title=text)
    full = {(_norm(c[0]), *c[1:]) for c in got}
    for part in (p.strip() for p in spec.split(";")):
        wanted = not part.startswith("!")
        key = (_norm(part.lstrip("!").split("|")[0]), *part.lstrip("!").split("|")[1:])
        assert (key in full) == wanted, (
            f"{'missing' if wanted else 'unwanted'} {key}; got {sorted(got)}"
        )


def test_known_misses_are_probes() -> None:
    assert set(KNOWN_MISSES) <= {t for t, _ in BATTERIES + HEADLINES}


@pytest.mark.parametrize(("text", "spec"), with_known_misses(BATTERIES, KNOWN_MISSES))
def test_factuality_probe(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(("text", "spec"), with_known_misses(HEADLINES, KNOWN_MISSES))
def test_headline_probe(text: str, spec: str) -> None:
    _check_headline(text, spec)
