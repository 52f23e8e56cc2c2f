"""Simple register sentences always work (issue 11): "X delivered the first D <what it is> to Y",
"Y has received D from X", "X sold D to Y", for families of every category that makes claims
and for every state, by its common name, SIPRI's name and with "the" where English puts one.

The sentences are generated here from the gazetteer and ``states.json`` (never from news)."""

from __future__ import annotations

import json
import random
from importlib import resources

import pytest

from armsledger.extract import extract
from armsledger.extract.gazetteer import NO_CLAIM_CATEGORIES, load_gazetteer
from armsledger.models import Stage
from tests.conftest import article

# What a family of each category is, as a register sentence says it after the designation.
NOUN = {
    "Aircraft": "aircraft",
    "Air defence systems": "air defence systems",
    "Armoured vehicles": "armoured vehicles",
    "Artillery": "howitzers",
    "Missiles": "missiles",
    "Naval weapons": "torpedoes",
    "Satellites": "satellites",
    "Ships": "frigates",
    "Other": "systems",
}
SHAPES = (
    ("{s} delivered the first {d} {n} to {r} in 2019, officials said.", Stage.DELIVERY),
    ("{r} has received {d} {n} from {s}, the defence ministry said on Tuesday.", Stage.DELIVERY),
    ("{s} sold {d} {n} to {r}.", Stage.AGREEMENT),
)
# States whose English name takes "the", as a register sentence writes them.
WITH_THE = {
    "NLD": "the Netherlands",
    "ARE": "the United Arab Emirates",
    "USA": "the United States",
    "PHL": "the Philippines",
    "GBR": "the United Kingdom",
    "CZE": "the Czech Republic",
    "GMB": "the Gambia",
    "BHS": "the Bahamas",
    "COD": "the Democratic Republic of the Congo",
}
# SIPRI's trade register spells these its own way.
SIPRI_NAMES = {"VNM": "Viet Nam", "TUR": "Turkiye", "ARE": "UAE", "COD": "DR Congo",
               "KOR": "Korea South", "PRK": "Korea North", "CZE": "Czechia",
               "BIH": "Bosnia-Herzegovina"}  # fmt: skip
SUPPLIERS = ("USA", "FRA", "RUS", "CHN", "DEU", "KOR", "TUR", "ISR", "GBR", "ITA")


def _states() -> dict[str, str]:
    """ISO3 -> the first name ``states.json`` gives (its common English name), the first
    without a full stop if it has one: a stop inside a sentence ends a clause for the
    extractor ("U.S. Virgin Islands"), a limit this test does not cover."""
    data = json.loads(
        (resources.files("armsledger.extract") / "data" / "states.json").read_text("utf-8")
    )
    return {
        s["iso3"]: next((n for n in s["names"] if "." not in n), s["names"][0])
        for s in data["states"]
        if s.get("names")
    }


STATES = _states()


def _families(per_category: int) -> list[tuple[str, str, str]]:
    """(family, category, maker) samples of every category that makes claims: families with
    one maker whose name needs no weapon noun to count, spread over each category's list."""
    gaz = load_gazetteer()
    by_cat: dict[str, list[tuple[str, str, str]]] = {}
    for f in gaz.families.values():
        if f.category in NO_CLAIM_CATEGORIES or f.maker is None or f.family in f.ambiguous:
            continue
        by_cat.setdefault(f.category, []).append((f.family, f.category, f.maker))
    out = []
    for cat in sorted(by_cat):
        fams = sorted(by_cat[cat])
        step = max(1, len(fams) // per_category)
        out += fams[::step][:per_category]
    return out


FAMILIES = _families(per_category=8)


def _claims(text: str) -> set[tuple[str, str | None, str | None, Stage]]:
    return {
        (c.system, c.supplier, c.recipient, c.stage)
        for c in extract(article(f"Headline\n\n{text}", "2020-01-15"))
    }


def test_the_sample_covers_every_category_that_makes_claims() -> None:
    assert {cat for _, cat, _ in FAMILIES} == set(NOUN)
    assert "NLD" in STATES and "ARE" in STATES and len(STATES) >= 249


@pytest.mark.parametrize(("family", "category", "maker"), FAMILIES)
def test_every_shape_for_families_of_every_category(family: str, category: str, maker: str) -> None:
    rng = random.Random(family)
    recipients = [code for code in sorted(STATES) if code != maker]
    for shape, stage in SHAPES:
        rec = rng.choice(recipients)
        text = shape.format(s=STATES[maker], d=family, n=NOUN[category], r=STATES[rec])
        assert (family, maker, rec, stage) in _claims(text), text


# Families with one maker each, so one made by neither party is always at hand.
NEUTRAL = (("Rafale", "aircraft"), ("Gripen", "fighter jets"), ("K9", "howitzers"))


@pytest.mark.parametrize("code", sorted(STATES))
def test_every_iso_state_as_recipient_and_supplier(code: str) -> None:
    gaz = load_gazetteer()
    supplier = next(s for s in SUPPLIERS if s != code)
    system, noun = next(
        (f, n) for f, n in NEUTRAL if not {code, supplier} & set(gaz.families[f].makers)
    )
    recipient = WITH_THE.get(code, STATES[code])
    got = _claims(f"{STATES[supplier]} delivered the first {system} {noun} to {recipient}.")
    assert (system, supplier, code, Stage.DELIVERY) in got
    got = _claims(f"{recipient} has received {system} {noun} from {STATES[supplier]}.")
    assert (system, supplier, code, Stage.DELIVERY) in got
    got = _claims(f"{recipient} sold AB-120 howitzers to {STATES[supplier]}.")
    assert ("AB-120", code, supplier, Stage.AGREEMENT) in got


@pytest.mark.parametrize(("code", "name"), sorted({**SIPRI_NAMES, **WITH_THE}.items()))
def test_sipri_names_and_states_with_the(code: str, name: str) -> None:
    supplier = "FRA" if code != "FRA" else "USA"
    got = _claims(f"{STATES[supplier]} delivered the first Type-054A frigates to {name}.")
    assert ("Type 054", supplier, code, Stage.DELIVERY) in got
    got = _claims(f"{name} has received KZ-9M from {STATES[supplier]}.")
    assert ("KZ-9M", supplier, code, Stage.DELIVERY) in got
