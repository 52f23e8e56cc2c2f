import pytest

from armsledger.extract.gazetteer import SYSTEM, load_gazetteer
from armsledger.models import Article


def hits(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.value) for _, _, _, e in load_gazetteer().scan(text)]


def test_families_are_many_and_valid() -> None:
    gaz = load_gazetteer()
    assert len(gaz.families) >= 150
    assert gaz.families["S-400"].maker == "RUS"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("the SA-21 Growler", "S-400"),
        ("an SU-35 jet", "Su-35"),
        ("M142 launchers", "HIMARS"),
        ("the F-16V upgrade", "F-16"),
    ],
)
def test_aliases_and_variants_map_to_the_family(text: str, family: str) -> None:
    assert (SYSTEM, family) in hits(text)


def test_plain_words_keep_their_capitals() -> None:
    assert (SYSTEM, "Patriot") not in hits("a patriot spoke")
    assert (SYSTEM, "Patriot") in hits("the Patriot system")


def test_states_by_name_capital_and_institution() -> None:
    found = hits("Moscow and the Pentagon, Turkiye and Türkiye")
    assert ("state", "RUS") in found and ("state", "USA") in found
    assert ("state", "TUR") in found


# --- breadth (issue 11): sentences written for these tests, one per SIPRI category -----------

from collections import defaultdict  # noqa: E402

import pycountry  # noqa: E402

from armsledger.errors import DataFileError  # noqa: E402
from armsledger.extract import extract  # noqa: E402
from armsledger.extract import gazetteer as gz  # noqa: E402
from armsledger.extract.gazetteer import NO_CLAIM_CATEGORIES, fold  # noqa: E402
from tests.conftest import article  # noqa: E402

SIPRI_CATEGORIES = {
    "Aircraft", "Air defence systems", "Armoured vehicles", "Artillery", "Engines", "Missiles",
    "Naval weapons", "Satellites", "Sensors", "Ships", "Other",
}  # fmt: skip


def claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.system, c.supplier, c.recipient) for c in extract(article(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China delivered the first Type 054A frigate to Thailand in 2019, officials said.",
            ("Type 054", "CHN", "THA"),
        ),
        (
            "Kenya has received AH-1Z helicopters from the United States, the ministry said.",
            ("AH-1", "USA", "KEN"),
        ),
        (
            "Poland has received K239 rocket launchers from South Korea, the ministry said.",
            ("Chunmoo", "KOR", "POL"),
        ),
        (
            "Morocco has received Dzik-3 vehicles from Poland, the ministry said on Tuesday.",
            ("Dzik", "POL", "MAR"),
        ),
        (
            "Estonia has received PzH 2000 howitzers from Germany, officials said.",
            ("PzH 2000", "DEU", "EST"),
        ),
        ("Egypt has received A244 torpedoes from Italy, the navy said.", ("A244", "ITA", "EGY")),
        (
            "India delivered the first Rudram missiles to Armenia in 2024, officials said.",
            ("Rudram", "IND", "ARM"),
        ),
        (
            "Slovakia has received Narew air defence systems from Poland, officials said.",
            ("Narew", "POL", "SVK"),
        ),
        (
            "Israel delivered the OptSat-3000 satellite to Italy in 2017, officials said.",
            ("OptSat-3000", "ISR", "ITA"),
        ),
        (
            "Qatar has received Cockerill 3105 turrets from Belgium, the ministry said.",
            ("Cockerill 3105", "BEL", "QAT"),
        ),
    ],
)
def test_one_delivery_sentence_per_category(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text)


def test_engines_and_sensors_are_known_but_make_no_claim() -> None:
    gaz = load_gazetteer()
    assert gaz.families["LM2500"].category == "Engines"
    assert gaz.families["AN/APG-83"].category == "Sensors"
    # CLAIMS.md rule 10: an engine deal is no arms-transfer claim (yet).
    found = claims("Thailand has received LM2500 gas turbines from the United States.")
    assert not any(system == "LM2500" for system, _, _ in found)


def test_the_gazetteer_is_broad_and_valid() -> None:
    families = load_gazetteer().families
    assert len(families) >= 2500
    assert {f.category for f in families.values()} == SIPRI_CATEGORIES
    for fam in families.values():
        assert fam.makers, fam.family
        for code in fam.makers:
            assert code in gz.HISTORICAL_CODES or pycountry.countries.get(alpha_3=code), code
    assert families["Cheetah"].makers == ("IND",)  # HAL-built SA 315, not French
    assert families["Chetak"].makers == ("IND",)
    assert {"Engines", "Sensors"} == NO_CLAIM_CATEGORIES


def test_a_surface_form_names_one_family_unless_ambiguous() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    ambiguous: set[tuple[str, str]] = set()
    for _closing_space, payload in load_gazetteer().automaton.values():
        for name, entry in payload:
            if entry.kind == SYSTEM:
                owners[fold(name).strip()].add(entry.value)
                if entry.ambiguous:
                    ambiguous.add((fold(name).strip(), entry.value))
    for key, fams in owners.items():
        if len(fams) > 1:
            assert all((key, f) in ambiguous for f in fams), (key, fams)


@pytest.mark.parametrize("word", ["Type 23", "Hawk", "Tiger", "Endurance"])
def test_common_words_and_bare_numbers_need_a_weapon_noun(word: str) -> None:
    found = [e for _, _, s, e in load_gazetteer().scan(f"the {word} we saw") if e.kind == SYSTEM]
    assert found and all(e.ambiguous for e in found)
    assert not claims(f"Britain delivered the {word} report to Chile in 2019, officials said.")


def test_a_bad_record_names_file_line_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = '{"family": "X-1", "category": "Aircraft", "makers": ["ZZZ"], "aliases": []}\n'
    monkeypatch.setattr(gz, "system_files", lambda: iter([("systems_test.jsonl", "\n" + bad)]))
    gz.load_gazetteer.cache_clear()
    try:
        with pytest.raises(DataFileError) as err:
            gz.load_gazetteer()
        assert "systems_test.jsonl (line 2 'X-1', key 'makers')" in str(err.value)
    finally:
        monkeypatch.undo()
        gz.load_gazetteer.cache_clear()


def test_a_short_designation_is_found_with_or_without_its_hyphen() -> None:
    from armsledger.extract.folding import fold
    from armsledger.extract.gazetteer import _respellings, load_gazetteer
    from armsledger.extract.mentions import scan

    gaz = load_gazetteer()

    def systems(text: str) -> list[str]:
        return [m.value for m in scan(gaz, text, fold(text)) if m.kind == "system"]

    assert systems("Poland ordered 212 K-9 howitzers.") == systems(
        "Poland ordered 212 K9 howitzers."
    )
    assert systems("Malaysia ordered FA50 jets.") == ["FA-50"]
    # Only short prefixes: a four-letter one is a word ("Type 054"), not a designation.
    assert _respellings("K9") == ["K-9"] and _respellings("Mi-17") == ["Mi17"]
    assert _respellings("Type-054") == [] and _respellings("Leopard 2") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural is the only name of the system in the text: the first question must not
        # turn the text away before the scan that accepts plurals.
        ("France delivered three Rafales to India in 2020, officials said.", "Rafale"),
        ("Sweden has sold four Gripens to Thailand, the ministry said.", "Gripen"),
    ],
)
def test_a_text_naming_a_system_only_in_the_plural_is_read(text: str, expected: str) -> None:
    gaz = load_gazetteer()
    assert gaz.may_name_a_system(text, fold(text))
    assert any(system == expected for system, _, _ in claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed the upper house at 3 pm after a long debate.",  # BILL, AT-3 folded
        "Patriotic songs were sung as the parliament voted on a 5 percent rise.",
    ],
)
def test_a_text_with_only_folded_lookalikes_of_names_is_turned_away(text: str) -> None:
    gaz = load_gazetteer()
    assert not gaz.may_name_a_system(text, fold(text))
    assert not [e for _, _, _, e in gaz.scan(text) if e.kind == SYSTEM]


def test_a_spelling_that_differs_only_in_case_is_found_too() -> None:
    # British papers write "Himars" and "Nasams"; both spellings are in the data.
    assert (SYSTEM, "HIMARS") in hits("Britain sent Himars to Kyiv.")
    assert (SYSTEM, "HIMARS") in hits("Britain sent HIMARS to Kyiv.")
    assert (SYSTEM, "NASAMS") in hits("Norway sent Nasams to Kyiv.")


def test_a_name_with_the_turkish_dotted_capital_i_is_found() -> None:
    # "İ".lower() is two characters; a name keyed on it would be longer than its text.
    gaz = load_gazetteer()
    assert "Siper" in {e.value for _, _, _, e in gaz.scan("Jakarta picked the SİPER system.")}
    claims = extract(article("Indonesia ordered HİSAR-O air defence systems from Turkey."))
    assert [(c.system, c.supplier, c.recipient) for c in claims] == [("Hisar", "TUR", "IDN")]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The NAF took delivery of three JF-17 jets from Pakistan.", "NGA"),
        ("The SLAF received two Dornier 228 aircraft from India.", "LKA"),
        ("The RJAF took delivery of two AH-1F helicopters from the United States.", "JOR"),
    ],
)
def test_an_air_force_abbreviation_names_its_state(text: str, recipient: str) -> None:
    """Regional papers name a service by its initials ("the NAF", "the SLAF"): the state's
    institution, a party like the state (states.json, institutions)."""
    claims = extract(Article(doc="t", text=text, published="2024-01-01"))
    assert {c.recipient for c in claims} == {recipient}
