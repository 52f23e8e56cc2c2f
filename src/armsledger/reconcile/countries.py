"""Country names as SIPRI writes them <-> ISO 3166-1 alpha-3 codes as claims carry them.

pycountry knows ISO's names ("Russian Federation", "Türkiye", "Korea, Republic of"); SIPRI uses
short ones ("Russia", "Turkiye", "South Korea") and names states that no longer exist ("Soviet
Union"). The alias table below bridges the two; everything else goes through pycountry's
names, common names and official names, compared accent- and case-blind.

SIPRI marks non-state actors with ``*`` ("Hezbollah (Lebanon)*", "Libya HoR*") and
international organisations with ``**`` ("NATO**"); "unknown supplier(s)"/"unknown
recipient(s)" name no one. These have no ISO code and map to None, so they never match a
register deal (claims carry ISO codes only).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# SIPRI's spelling for the codes whose pycountry common name differs from it; also the name
# export uses, so an exported register reads like SIPRI's own.
SIPRI_NAMES: dict[str, str] = {
    "RUS": "Russia",
    "USA": "United States",
    "GBR": "United Kingdom",
    "TUR": "Turkiye",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "IRN": "Iran",
    "SYR": "Syria",
    "VNM": "Viet Nam",
    "LAO": "Laos",
    "TWN": "Taiwan",
    "ARE": "UAE",
    "COD": "DR Congo",
    "COG": "Congo",
    "CIV": "Cote d'Ivoire",
    "BIH": "Bosnia-Herzegovina",
    "BRN": "Brunei",
    "CPV": "Cape Verde",
    "CZE": "Czechia",
    "MKD": "North Macedonia",
    "FSM": "Micronesia",
    "PSE": "Palestine",
    "VCT": "Saint Vincent",
    "SWZ": "Eswatini",
    "SUN": "Soviet Union",
    "CSK": "Czechoslovakia",
    "DDR": "East Germany (GDR)",
    "YUG": "Yugoslavia",
    "YMD": "South Yemen",
}

# Other spellings seen in SIPRI exports of different years and in the press.
ALIASES: dict[str, str] = {
    "russian federation": "RUS",
    "ussr": "SUN",
    "us": "USA",
    "usa": "USA",
    "united states of america": "USA",
    "uk": "GBR",
    "great britain": "GBR",
    "turkey": "TUR",
    "united arab emirates": "ARE",
    "vietnam": "VNM",
    "czech republic": "CZE",
    "macedonia": "MKD",
    "macedonia (fyrom)": "MKD",
    "swaziland": "SWZ",
    "cabo verde": "CPV",
    "ivory coast": "CIV",
    "democratic republic of congo": "COD",
    "congo (drc)": "COD",
    "zaire": "COD",
    "burma": "MMR",
    "germany (frg)": "DEU",
    "west germany (frg)": "DEU",
    "west germany": "DEU",
    "east germany": "DDR",
    "gdr": "DDR",
    "bosnia and herzegovina": "BIH",
    "saint vincent and the grenadines": "VCT",
    "serbia and montenegro": "SCG",
    "south yemen": "YMD",
    "north yemen": "YEM",
    "timor leste": "TLS",
    "east timor": "TLS",
}

_UNKNOWN = ("unknown",)


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("’", "'").casefold().split())


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    records = list(pycountry.historic_countries) + list(pycountry.countries)
    for record in records:  # current countries last, so they win any shared name
        code = record.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value:
                index[_fold(value)] = code
        index[code.casefold()] = code
    for code, name in SIPRI_NAMES.items():
        index[_fold(name)] = code
    index.update({_fold(k): v for k, v in ALIASES.items()})
    return index


def country_code(name: str | None) -> str | None:
    """Map a SIPRI name to its code: Russia -> RUS, Turkiye -> TUR, Soviet Union -> SUN.

    SIPRI marks non-state actors with a trailing "*": "Houthis*" gives the register's party
    name "Houthis" (the register keeps non-state parties by name). Organisations ("**"),
    "unknown ..." and names nobody knows give None.
    """
    if not name:
        return None
    stripped = name.strip()
    if stripped.endswith("**"):
        return None
    if stripped.endswith("*"):
        # "Hezbollah (Lebanon)*": the party, without SIPRI's note of where it is.
        return re.sub(r"\s*\([^)]*\)\s*$", "", stripped.rstrip("*")).strip() or None
    if not stripped:
        return None
    folded = _fold(stripped)
    if folded.startswith(_UNKNOWN):
        return None
    return _index().get(folded)


def country_name(code: str | None) -> str:
    """The SIPRI-style name of an ISO alpha-3 code ("" for None; the code itself if unknown)."""
    if not code:
        return ""
    if code in SIPRI_NAMES:
        return SIPRI_NAMES[code]
    record = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
    if record is None:
        # Not a state code: a non-state party's name, marked as SIPRI marks them.
        return code if len(code) == 3 and code.isupper() else f"{code}*"
    return str(getattr(record, "common_name", None) or record.name)
