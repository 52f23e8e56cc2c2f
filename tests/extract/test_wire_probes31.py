"""Wire-copy readings: talks weighed, steps put off to a date, steps only supposed.

- Moving or inching closer to a deal is talks (stage.close_to_deal).
- Exploring or studying a deal, a contract or an order is a negotiation (stage.consider), not
  when a verb between names another step ("considering cancelling a contract").
- A negated step with a date after it is put at that date (factuality.not_until_after), also
  when the plan follows a noun cue ("deliveries are not expected before 2032") and for "the
  next decade".
- A maker raising or cutting its output tells its capacity, no production for a customer
  (stage.exclusion_output_rate).
- Pitching or marketing a system in a country offers it there (stage.offer_to_sell,
  roles.recipient_before).
- A state joined to a participle that heads another system ("US-supplied Avenger launchers")
  is no party to this system's step (roles.adjective_after).
- A clause opening on "as" or "because" before a named subject gives a reason: its system is no
  object of the cues before it (text.clause_break, text.reason_clause).
- "Any" transfer or purchase that something "would" follow is supposed, not told
  (stage.exclusion_hypothetical); denying any transfer still denies it.

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.extract.test_factuality_probes2 import _check

PROBES = [
    (
        "Peru is exploring a deal for K2 tanks with South Korea.",
        "K2|KOR|PER|negotiation|asserted;!K2|KOR|PER|agreement|asserted",
    ),
    (
        "Jakarta is considering cancelling its contract with Seoul for three Type 209 submarines.",
        "!Type 209|KOR|IDN|negotiation|asserted",
    ),
    (
        "Deliveries of the 48 KAAN fighters to Indonesia are not expected before 2032.",
        "KAAN|TUR|IDN|delivery|expected;!KAAN|TUR|IDN|delivery|denied",
    ),
    (
        "Indonesia will not receive the KAAN fighters from Turkey until the next decade.",
        "KAAN|TUR|IDN|delivery|expected;!KAAN|TUR|IDN|delivery|denied",
    ),
    (
        "The K2 tanks were not delivered to Poland until 2023.",
        "K2|KOR|POL|delivery|asserted",
    ),
    (
        "Analysts noted that any transfer of J-10C jets to Iran would be watched closely.",
        "!J-10|delivery|expected;!J-10|delivery|asserted",
    ),
    (
        "Any Su-35 purchase by Vietnam would be a political signal, a researcher said.",
        "!Su-35|agreement|asserted;!Su-35|negotiation|asserted",
    ),
    (
        "Russia denied any transfer of S-400 systems to Iran.",
        "S-400|RUS|IRN|delivery|denied",
    ),
    # moving closer to a deal is talks, not the deal
    (
        "Egypt is moving closer to a deal for 24 more Rafale jets from France.",
        "Rafale|FRA|EGY|negotiation|asserted;!Rafale|FRA|EGY|agreement|asserted",
    ),
    # a maker's output raised or cut is its capacity, no production for a customer
    (
        "Poland and Romania have bought Patriot since 2018, and RTX is expanding interceptor"
        " production in Germany to meet demand.",
        "Patriot|USA|POL|agreement|asserted;!Patriot|USA|POL|production|asserted",
    ),
    (
        "Lockheed Martin has doubled annual production of HIMARS launchers to meet demand from"
        " Ukraine.",
        "!HIMARS|production|asserted",
    ),
    (
        "Dassault began production of the first Rafale jets for India in 2019.",
        "Rafale|FRA|IND|production|asserted",
    ),
    # a maker pitching or marketing a system in a country offers it there
    (
        "Leonardo is marketing the M-346 in Ghana and Senegal.",
        "M-346|ITA|GHA|negotiation|asserted;M-346|ITA|SEN|negotiation|asserted",
    ),
    (
        "Germany's Diehl Defence has pitched the IRIS-T SLM in Kuwait.",
        "IRIS-T|DEU|KWT|negotiation|asserted",
    ),
    # a system in a reason clause of its own is no object of the cues before it
    (
        "Ukraine has so far received F-16s from Denmark and Norway, while Belgium's deliveries,"
        " originally promised for 2024, have been pushed back to 2026 as Brussels awaits the"
        " arrival of its own F-35s.",
        "F-16|DNK|UKR|delivery|asserted;F-16|BEL|UKR|postponed|asserted;"
        "!F-35|DNK|BEL|delivery|asserted;!F-35|NOR|BEL|delivery|expected",
    ),
    # a state joined to a participle heading another system is that system's
    (
        "Iraq relies on Russian-made Pantsir-S1 systems delivered in 2014 and on US-supplied"
        " Avenger launchers.",
        "Pantsir|RUS|IRQ|delivery|asserted;!Pantsir|USA|IRQ|delivery|asserted",
    ),
]


@pytest.mark.parametrize(("text", "spec"), PROBES)
def test_probe(text: str, spec: str) -> None:
    _check(text, spec)
