"""SIPRI country names <-> ISO alpha-3."""

from __future__ import annotations

import pycountry
import pytest

from armsledger.reconcile.countries import country_code, country_name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RUS"),
        ("China", "CHN"),
        ("United States", "USA"),
        ("Turkiye", "TUR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Soviet Union", "SUN"),
        ("South Korea", "KOR"),
        ("UAE", "ARE"),
        ("Cote d'Ivoire", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("DR Congo", "COD"),
        ("Viet Nam", "VNM"),
        ("Germany (FRG)", "DEU"),
        ("  india ", "IND"),
        ("Hezbollah (Lebanon)*", "Hezbollah"),
        ("NATO**", None),
        ("unknown supplier(s)", None),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_country_code(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_every_iso_country_round_trips_through_its_sipri_name() -> None:
    for record in pycountry.countries:
        assert country_code(country_name(record.alpha_3)) == record.alpha_3, record.alpha_3
    for code in ("SUN", "CSK", "DDR", "YUG"):
        assert country_code(country_name(code)) == code
    assert country_name("RUS") == "Russia" and country_name("TUR") == "Turkiye"
    assert country_name(None) == ""
