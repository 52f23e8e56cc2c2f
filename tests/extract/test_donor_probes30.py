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

HEADLINES = [
    (
        "Denmark completes F-16 deliveries to Argentina",
        "F-16|DNK|ARG|delivery|asserted;!F-16|USA|ARG|delivery|asserted",
    ),
]


@pytest.mark.parametrize(("text", "spec"), PROBES)
def test_probe(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(("text", "spec"), HEADLINES)
def test_headline(text: str, spec: str) -> None:
    _check(text, spec, headline=True)
