"""Layer 1, mentions: what a name means in the article that uses it (sentences written here)."""

from __future__ import annotations

from armsledger.extract.explain import explain, format_explanation
from armsledger.extract.pipeline import extract
from armsledger.models import Article


def systems(text: str) -> set[str]:
    return {c.system for c in extract(Article(doc="t", text=text, published="2024-01-01"))}


def test_a_name_after_a_designation_is_that_systems_name_in_the_article() -> None:
    text = (
        "Chile signed a deal for 31 MQ-9B Predator drones from the US. "
        "The first Predator drones will arrive in 2029."
    )
    assert systems(text) == {"MQ-9"}


def test_a_name_alone_keeps_its_own_system() -> None:
    assert systems("Chile bought MQ-1 Predator drones from the US.") == {"MQ-1"}
    assert systems("Chile bought Predator drones from the US.") == {"MQ-1"}


def test_a_list_of_systems_is_no_name() -> None:
    assert systems("Chile ordered F-16 and Rafale jets.") == {"F-16", "Rafale"}


def parties(text: str) -> set[tuple[str | None, str | None]]:
    claims = extract(Article(doc="t", text=text, published="2024-01-01"))
    return {(c.supplier, c.recipient) for c in claims}


def test_a_state_fused_to_a_currency_sign_is_no_party() -> None:
    text = "Hanwha signed a deal with Chile for K9 howitzers worth US$2.6 billion."
    assert parties(text) == {("KOR", "CHL")}


def test_a_warning_from_a_state_makes_it_no_supplier() -> None:
    text = "The Patriot delivery to Ukraine prompted a warning from Moscow."
    assert parties(text) == {("USA", "UKR")}


def test_an_ambiguous_name_takes_a_long_weapon_noun_right_after_it() -> None:
    # the noun overruns the character window around the name, but it follows the name directly
    assert systems("Ukraine received Bradley infantry fighting vehicles from the US.") == {
        "Bradley"
    }
    assert systems("Italy sold Dardo infantry fighting vehicles to Qatar.") == {"Dardo"}
    # a common word stays no system with no weapon noun beside it
    assert systems("Bradley signed the deal for the tanks with Qatar in May.") == set()


def test_the_one_state_a_headline_names_receives_what_its_body_leaves_unsaid() -> None:
    """A report on one state's rearmament names the givers in its body and leaves the receiver
    to its headline ("Germany delivered two more IRIS-T units" under "Ukraine's air defences
    ..."); a headline naming two states leaves the body's receivers as its sentences name them."""
    body = "\n\nGermany delivered two more IRIS-T SLM fire units last week."
    one = parties("Ukraine's air defences get a boost" + body)
    assert one == {("DEU", "UKR")}
    two = parties("Ukraine and Moldova weigh their air defences" + body)
    assert ("DEU", "UKR") not in two and ("DEU", "MDA") not in two


def test_a_demonym_before_a_rival_set_aside_is_no_party() -> None:
    # "the French Rafale" is the rival's origin, not a buyer of the Gripen
    # (roles.rival_maker_before)
    text = "Chile chose the Gripen jet over the French Rafale."
    shown = format_explanation(explain(Article(doc="t", text=text, published="2024-01-01")))
    parties_line = next(line for line in shown.splitlines() if "parties:" in line)
    assert "CHL" in parties_line
    assert "FRA" not in parties_line
