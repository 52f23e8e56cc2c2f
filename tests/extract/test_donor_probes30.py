"""Second-hand donors and speakers after a comma.

- A state that postpones, halts or completes its own deliveries to another supplies them
  ("Belgium has postponed its first F-16 deliveries to Ukraine": roles.supplier_after with
  roles.step_control), and the maker named only beside another system in the sentence ("its
  F-35 fighters from the United States") does not take its place (owners.transferrer_kept).
- A state or an institution after a comma that speaks ("to Ukraine, the Dutch Defence Ministry
  announced") is no member of the list before it (roles.speaker_after_comma).

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.extract.test_factuality_probes2 import _check

PROBES = [
    (
        "Belgium has postponed its first F-16 deliveries to Ukraine, Belgium's defence minister"
        " said, because its new F-35 fighters from the United States are arriving late.",
        "F-16|BEL|UKR|postponed|asserted;!F-16|USA|UKR|postponed|asserted;"
        "!F-16|USA|BEL|postponed|asserted",
    ),
    (
        "Norway halted their remaining F-16 shipments to Romania, the Norwegian government said.",
        "F-16|NOR|ROU|postponed|asserted;!F-16|USA|ROU|postponed|asserted",
    ),
    (
        "The Netherlands has completed the transfer of all 18 F-16 jets it promised to Romania,"
        " the Dutch Defence Ministry announced on Monday.",
        "F-16|NLD|ROU|delivery|asserted;!F-16|USA|NLD|delivery|asserted;"
        "!F-16|NLD|NLD|delivery|asserted",
    ),
]

# Selling on through talks: the state in talks to sell its own systems supplies them, and the
# other side of talks to acquire sells (roles.supplier_after and roles.recipient_after read
# "in talks to", "negotiating with X to"; roles.counterparty_before "negotiating with").
TALKS = [
    (
        "Athens is in talks to sell its older Mirage 2000-5 fighters to India.",
        "Mirage 2000|GRC|IND|negotiation|asserted;!Mirage 2000|FRA|IND|negotiation|asserted",
    ),
    (
        "Malaysia is negotiating with Kuwait to acquire 30 second-hand F/A-18 Hornet fighters.",
        "F/A-18|KWT|MYS|negotiation|asserted;!F/A-18|USA|KWT|negotiation|asserted",
    ),
    # the other side of a deal "to buy" sells, and a state pressing from outside is no party
    # (roles.not_a_party_before)
    (
        "Iraq is in talks with Pakistan to buy 12 JF-17 jets. Earlier Peru also reached a deal"
        " with Pakistan to buy a similar number of JF-17s, but the deal fell through under"
        " pressure from the UK.",
        "JF-17|PAK|PER|agreement|asserted;JF-17|PAK|PER|cancelled|asserted;"
        "!JF-17|PAK|IRQ|cancelled|asserted;!JF-17|PAK|GBR|cancelled|asserted",
    ),
]

# A counted batch committed to a state is pledged (stage.pledge; CLAIMS.md rule 9).
PLEDGES = [
    (
        "Germany has committed 14 Leopard 2 tanks to Ukraine.",
        "Leopard 2|DEU|UKR|agreement|asserted",
    ),
    (
        "Stockholm has committed a further 20 CV90 vehicles and 18 Archer howitzers to Kyiv.",
        "CV90|SWE|UKR|agreement|asserted;Archer|SWE|UKR|agreement|asserted",
    ),
]

HEADLINES = [
    (
        "Denmark completes F-16 deliveries to Argentina",
        "F-16|DNK|ARG|delivery|asserted;!F-16|USA|ARG|delivery|asserted",
    ),
]


@pytest.mark.parametrize(("text", "spec"), PROBES + TALKS + PLEDGES)
def test_probe(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(("text", "spec"), HEADLINES)
def test_headline(text: str, spec: str) -> None:
    _check(text, spec, headline=True)
