# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Second probe battery for English factuality (CLAIMS.md 'Factuality', rules 3, 9 and 11): the
future with an adverb or a phrasal verb, 'likely to', 'reportedly', plans in the past, hurrying a
step still to come, reports called a lie, and 'there is no <step>'.

Every sentence is our own, written for these probes (never taken from news or ../shared). A probe
lists the claims it must give as (system, stage, factuality), or with its parties as (system,
supplier, recipient, stage, factuality); a key after ``!`` must not be given. A probe the extractor
still gets wrong is a strict xfail in KNOWN_MISSES, with the reason."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

FUTURE = [
    (
        "The Indonesian Air Force will formally accept six Rafale jets into service on March 3.",
        "Rafale|delivery|expected",
    ),
    ("Egypt will soon take over the first Rafale jets from France.", "Rafale|delivery|expected"),
    (
        "Deliveries of the K9 howitzers to Norway will be wrapped up by 2026.",
        "K9|delivery|expected",
    ),
    (
        "The sale of F-16 jets to Turkey will be formally announced during the summit.",
        "F-16|agreement|expected",
    ),
    (
        "The deal for 36 Rafale jets with Greece will be officially signed next week.",
        "Rafale|agreement|expected",
    ),
    ("Brazil will eventually hand over the Gripen jets to Colombia.", "Gripen|delivery|expected"),
    (
        "Poland will finally receive its first Abrams tanks from the United States in spring.",
        "Abrams|delivery|expected",
    ),
    (
        "Qatar will formally take delivery of the first NH90 helicopters from Italy on Friday.",
        "NH90|delivery|expected",
    ),
    ("Kenya will shortly hand over three Mi-17 helicopters to Somalia.", "Mi-17|delivery|expected"),
    (
        "Deliveries of the Rafale jets to Greece would continue according to the agreed schedule.",
        "Rafale|delivery|expected",
    ),
    ("The agreement will see Spain supply six C-295 aircraft to Egypt.", "C-295|delivery|expected"),
    (
        "Manila expects to take delivery of the BrahMos batteries from India in March.",
        "BrahMos|delivery|expected",
    ),
    (
        "Kyiv expected to receive the NASAMS launchers from Norway by the end of the year.",
        "NASAMS|delivery|expected",
    ),
]

LIKELY = [
    (
        "Moscow's delivery of Su-35 jets to Iran is likely to begin in spring.",
        "Su-35|delivery|possible",
    ),
    ("Deliveries of the K2 tanks to Poland are likely to start next year.", "K2|delivery|possible"),
    (
        "The transfer of the Leopard 2 tanks to Ukraine may possibly begin in May.",
        "Leopard 2|delivery|possible",
    ),
    (
        "The first delivery of Su-35 jets to Egypt is unlikely to take place this year.",
        "Su-35|delivery|possible",
    ),
    ("The sale of F-16 jets to Turkey could well go ahead this year.", "F-16|agreement|possible"),
    (
        "Deliveries of the Rafale jets to India are expected to begin in 2026.",
        "Rafale|delivery|expected",
    ),
    ("Deliveries of NASAMS to Ukraine are set to begin in May.", "NASAMS|delivery|expected"),
    (
        "Vietnam is likely to receive the first Su-35 jets from Russia next year.",
        "Su-35|delivery|possible",
    ),
    (
        "The first Leopard 2 tanks are likely to arrive in Lithuania in 2026.",
        "Leopard 2|delivery|possible",
    ),
    (
        "Morocco will likely receive the F-35 jets from the United States after 2030.",
        "F-35|delivery|possible",
    ),
    ("Ukraine is likely to get F-16 jets from Denmark before summer.", "F-16|delivery|possible"),
    ("Egypt is unlikely to receive the Su-35 jets from Russia.", "Su-35|delivery|possible"),
    (
        "India is likely to sign a deal for Rafale jets with France this month.",
        "Rafale|agreement|possible ; !Rafale|agreement|asserted",
    ),
]

REPORTEDLY = [
    (
        "Four Il-76 transports landed in Belgrade, reportedly delivering HQ-22 missiles from China.",
        "HQ-22|delivery|asserted",
    ),
    ("Iran is reportedly supplying Shahed-136 drones to Russia.", "Shahed-136|delivery|asserted"),
    ("Russia has reportedly delivered S-400 systems to Turkey.", "S-400|delivery|asserted"),
]

PAST_PLANS = [
    (
        "The first Mistral ship was planned to transfer to the Russian Navy in November 2014.",
        "Mistral|delivery|expected",
    ),
    (
        "The first batch of Su-35 jets was scheduled to be handed over to Egypt in 2020.",
        "Su-35|delivery|expected",
    ),
    (
        "The first K2 tanks were planned to be delivered to Poland in December.",
        "K2|delivery|expected",
    ),
    (
        "India prepared an old Kilo-class submarine for handover to the Myanmar Navy.",
        "Kilo|delivery|expected",
    ),
    (
        "Germany was preparing the IRIS-T systems for shipment to Ukraine.",
        "IRIS-T|delivery|expected",
    ),
    (
        "The first J-10C jets were planned to arrive in Pakistan from China in 2022.",
        "J-10|delivery|expected",
    ),
]

# Hurrying a step still to come expects it; a past 'accelerated' reports what was done.
HURRIED = [
    (
        "The United States was accelerating the shipment of HIMARS launchers to Ukraine.",
        "HIMARS|delivery|expected ; !HIMARS|delivery|asserted",
    ),
    (
        "Washington is speeding up deliveries of Patriot missiles to Israel.",
        "Patriot|delivery|expected",
    ),
    (
        "Germany will expedite the transfer of Leopard 2 tanks to Ukraine.",
        "Leopard 2|delivery|expected",
    ),
    ("Seoul is fast-tracking the delivery of K2 tanks to Poland.", "K2|delivery|expected"),
    (
        "Lima is accelerating the delivery of KAI FA-50 jets from South Korea.",
        "FA-50|delivery|expected",
    ),
    ("Paris will speed up deliveries of CAESAR howitzers to Armenia.", "CAESAR|delivery|expected"),
    (
        "The Pentagon is expediting the transfer of Abrams tanks to Ukraine.",
        "Abrams|delivery|expected",
    ),
    (
        "Ankara is hastening the shipment of Bayraktar TB2 drones to Kenya.",
        "Bayraktar TB2|delivery|expected",
    ),
    (
        "Seoul accelerated deliveries of K9 howitzers to Poland in 2023.",
        "K9|delivery|asserted ; !K9|delivery|expected",
    ),
]

# A report called a lie, a hoax or nonsense is denied (CLAIMS.md rule 3); 'there is no <step>' too.
DENIED = [
    (
        "The claim that Iraq had received T-90 tanks from Russia was untrue, Baghdad said.",
        "T-90|delivery|denied ; T-90|delivery|asserted",
    ),
    (
        "Reports that Egypt will buy Su-35 fighters from Russia are false, Cairo said.",
        "Su-35|agreement|denied",
    ),
    (
        "The claim that Algeria will acquire J-20 jets from China is untrue, officials said.",
        "J-20|agreement|denied",
    ),
    (
        "Reports that Vietnam has bought BrahMos missiles from India are a lie, Hanoi said.",
        "BrahMos|agreement|denied ; BrahMos|agreement|asserted",
    ),
    (
        "Claims that Serbia received Bayraktar TB2 drones from Turkey are nonsense, Belgrade said.",
        "Bayraktar TB2|delivery|denied ; Bayraktar TB2|delivery|asserted",
    ),
    (
        "Stories that Iran delivered Shahed-136 drones to Venezuela are a hoax, Tehran said.",
        "Shahed-136|delivery|denied",
    ),
    (
        "The deliveries of Su-35 jets to Iran were a lifeline for its air force.",
        "Su-35|delivery|asserted ; !Su-35|delivery|denied",
    ),
    ("There is no deal for Su-35 fighters with Iran, Moscow said.", "Su-35|agreement|denied"),
    ("There will be no sale of F-35 jets to Turkey.", "F-35|agreement|denied"),
    ("There has been no delivery of S-400 systems to India this year.", "S-400|delivery|denied"),
    (
        "There is no purchase of Su-35 jets by Egypt from Russia, Cairo said.",
        "Su-35|agreement|denied",
    ),
    (
        "There was no sale of Leopard 2 tanks to Saudi Arabia, Berlin said.",
        "Leopard 2|agreement|denied",
    ),
]

# A negation inside a relative clause on the subject does not reach the main verb's step.
RELATIVE_NEGATION = [
    (
        "The S-400 units that are not damaged will be delivered to India first.",
        "S-400|delivery|expected ; !S-400|delivery|denied",
    ),
    (
        "The Leopard 2 tanks that have not been upgraded will be sent to Ukraine later.",
        "Leopard 2|delivery|expected ; !Leopard 2|delivery|denied",
    ),
    (
        "Jets that were not used in the war would be handed over to Egypt, the Su-35 maker said.",
        "Su-35|delivery|expected",
    ),
    ("Su-35 jets that are not needed at home could be sold to Iran.", "Su-35|agreement|possible"),
    ("Not a single Su-35 will be delivered to Iran this year.", "Su-35|delivery|denied"),
    ("Not one Leopard 2 tank would be sent to Ukraine, Berlin said.", "Leopard 2|delivery|denied"),
    ("Russia will not deliver the S-400 systems to India.", "S-400|delivery|denied"),
]

KNOWN_MISSES: dict[str, str] = {}


def _norm(system: str) -> str:
    return "".join(ch for ch in system.lower() if ch.isalnum())


def _check(text: str, spec: str, *, headline: bool = False) -> None:
    """``spec``: claims wanted ("system|supplier|recipient|stage|factuality", or the short
    "system|stage|factuality"), "!" before one not wanted, ";" between. ``headline``: the text
    is the article's headline, else body text."""
    got = probe_claims(text, title=text) if headline else probe_claims(text)
    full = {(_norm(c[0]), *c[1:]) for c in got}
    short = {(_norm(c[0]), c[3], c[4]) for c in got}
    for part in (p.strip() for p in spec.split(";")):
        wanted = not part.startswith("!")
        fields = part.lstrip("!").split("|")
        key = (_norm(fields[0]), *fields[1:])
        have = key in (full if len(key) == 5 else short)
        assert have == wanted, f"{'missing' if wanted else 'unwanted'} {key}; got {sorted(got)}"


BATTERIES = FUTURE + LIKELY + REPORTEDLY + PAST_PLANS + HURRIED + DENIED + RELATIVE_NEGATION


def test_known_misses_are_probes() -> None:
    assert set(KNOWN_MISSES) <= {t for t, _ in BATTERIES}


@pytest.mark.parametrize(("text", "spec"), with_known_misses(BATTERIES, KNOWN_MISSES))
def test_factuality_probe(text: str, spec: str) -> None:
    _check(text, spec)
