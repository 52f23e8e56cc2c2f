"""Probes (round 62).

- Russian: a quotation that runs over two sentences and names its speaker only where it closes
  ("«... . ...», — сказал собеседник") lends that speaker to its first sentence, but not the
  place of his speech verb: a date of the first sentence is its own step's, not the report's
  (``russian.quoted_speaker``).
"""

from __future__ import annotations

import pytest

from tests.conftest import dated_probe_claims

DatedKey = tuple[str, str | None, str | None, str, str, str | None]

PUBLISHED = "2019-05-02"

DATED: list[tuple[str, set[DatedKey]]] = [
    (
        "Казахстан получил от России вторую партию вертолетов Ми-35М, сообщил источник.\n\n"
        "«Вертолеты переданы заказчику по контракту, подписанному в 2017 году. Остальные машины "
        "придут в следующем году», — пояснил представитель завода.",
        {
            ("Mi-35", "RUS", "KAZ", "delivery", "asserted", None),
            ("Mi-35", "RUS", "KAZ", "agreement", "asserted", "2017"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dated_probe(text: str, expected: set[DatedKey]) -> None:
    found = dated_probe_claims(text, PUBLISHED)
    assert expected <= found, found
