import pytest

from armsledger.extract.gazetteer import SYSTEM, load_gazetteer


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
