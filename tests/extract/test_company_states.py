"""A defence company named as the seller stands for its state (CLAIMS.md: companies stand for
the state they are based in). Sentences of our own; the NH90 has several makers, so the
supplier comes from the company alone."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

COMPANIES = [
    ("Lürssen", "DEU"),
    ("Lurssen", "DEU"),
    ("Kockums", "SWE"),
    ("Oto Melara", "ITA"),
    ("Excalibur Army", "CZE"),
    ("Milrem Robotics", "EST"),
    ("Irkut", "RUS"),
    ("Cochin Shipyard", "IND"),
    ("Nurol Makina", "TUR"),
    ("Plasan", "ISR"),
    ("Calidus", "ARE"),
    ("Mowag", "CHE"),
    ("Santa Barbara Sistemas", "ESP"),
    ("Hägglunds", "SWE"),
    ("Oshkosh", "USA"),
    ("Daewoo Shipbuilding", "KOR"),
]


@pytest.mark.parametrize(("company", "iso3"), COMPANIES)
def test_company_supplies_for_its_state(company: str, iso3: str) -> None:
    got = probe_claims(f"{company} will supply 20 NH90 helicopters to Peru.")
    assert any(c[1] == iso3 and c[2] == "PER" for c in got), got


@pytest.mark.parametrize(
    "text", ["Perú will buy 20 NH90 helicopters.", "México will buy 20 NH90 helicopters."]
)
def test_native_state_names(text: str) -> None:
    iso3 = "PER" if text.startswith("Per") else "MEX"
    assert any(c[2] == iso3 for c in probe_claims(text))


def test_a_consortium_stands_for_no_state() -> None:
    got = probe_claims("NH Industries will supply 20 NH90 helicopters to Peru.")
    assert got and all(c[1] is None for c in got), got
