"""The extractor on sentences written for these tests (never on the lent news texts)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from armsledger.extract import extract
from armsledger.models import Factuality, Stage
from tests.conftest import article


def keys(text: str, published: str | None = "2020-07-30") -> set[tuple[object, ...]]:
    return {
        (c.system, c.supplier, c.recipient, str(c.stage), str(c.factuality))
        for c in extract(article(text, published))
    }


def test_delivery_asserted_with_maker_as_supplier() -> None:
    assert keys("Headline\n\nIndia received the first S-400 regiment in 2021.") == {
        ("S-400", "RUS", "IND", "delivery", "asserted")
    }


def test_denial_and_what_it_denies() -> None:
    text = (
        "Headline\n\nA senior Egyptian lawmaker said the Su-35 jets had arrived in Egypt. "
        "Russia denied that the Su-35 deliveries to Egypt have begun."
    )
    got = keys(text)
    assert ("Su-35", "RUS", "EGY", "delivery", "asserted") in got
    assert ("Su-35", "RUS", "EGY", "delivery", "denied") in got


def test_correction_gives_both_halves() -> None:
    text = (
        "Headline\n\nAn official said the S-400 systems for India were not in the delivery "
        "phase but rather at the production stage."
    )
    got = keys(text)
    assert ("S-400", "RUS", "IND", "delivery", "denied") in got
    assert ("S-400", "RUS", "IND", "production", "asserted") in got


def test_future_and_hedge() -> None:
    assert ("F-16", "USA", "ROU", "delivery", "expected") in keys(
        "Headline\n\nThe United States will deliver F-16 jets to Romania next year."
    )
    assert ("S-300", "RUS", "IRN", "delivery", "possible") in keys(
        "Headline\n\nRussia may send S-300 systems to Iran."
    )


def test_reference_carries_the_deal() -> None:
    text = (
        "Headline\n\nGreece signed a contract with France for 18 Rafale jets in January. "
        "The jets will be delivered in 2023."
    )
    claims = extract(article(text))
    got = {
        (c.system, c.supplier, c.recipient, str(c.stage), str(c.factuality), c.when) for c in claims
    }
    assert ("Rafale", "FRA", "GRC", "delivery", "expected", "2023") in got
    signed = next(c for c in claims if c.stage is Stage.AGREEMENT)
    assert signed.quantity == 18 and signed.when == "2020-01"


def test_variant_folds_into_family() -> None:
    claims = extract(article("Headline\n\nChina received S-300PMU-2 systems from Russia."))
    assert claims and claims[0].system == "S-300" and claims[0].variant == "S-300PMU-2"


def test_no_system_no_claim() -> None:
    assert keys("Headline\n\nRussia will deliver advanced weaponry to China soon.") == set()


def test_attribution_and_when() -> None:
    text = (
        "Headline\n\nThe first Patriot batteries have arrived in Poland, the Polish defence "
        "ministry said on Tuesday."
    )
    (claim,) = extract(article(text, "2020-07-30"))  # a Thursday
    assert claim.factuality is Factuality.ASSERTED
    assert claim.source == "the Polish defence ministry"
    assert claim.when == "2020-07-28"


def test_evidence_offsets_slice_the_text() -> None:
    text = "Headline\n\nTurkey received the S-400. Later it bought more S-400 systems."
    for c in extract(article(text)):
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_and_offsets_hold(text: str) -> None:
    a = article(text or " ")
    for c in extract(a):
        assert a.text[c.evidence.start : c.evidence.end] == c.evidence.text


def test_a_text_with_no_full_stop_is_read_in_windows() -> None:
    # 200 KB in one "sentence" (a table, a dump): read window by window, every claim still
    # sliced from the text. Before windows this took minutes (rules are linear per sentence).
    text = "Headline\n\n" + "Russia delivered S-400 systems to India " * 5000
    claims = extract(article(text))
    assert {(c.system, c.supplier, c.recipient) for c in claims} == {("S-400", "RUS", "IND")}
    for c in claims:
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text
        assert len(c.evidence.text) <= 1100


def test_a_speaker_that_goes_on_about_itself_is_the_party() -> None:
    # "it" in the reported clause is the speaker: its state sells, not the jets' maker.
    text = (
        "Headline\n\nNorway's defence ministry said on Friday that it was selling"
        " 12 F-16 jets to Romania."
    )
    assert ("F-16", "NOR", "ROU", "agreement", "asserted") in keys(text)
    # A speaker that reports another's step stays no party.
    other = "Headline\n\nNorway's defence ministry said Romania had bought 12 F-16 jets."
    assert all(k[1] != "NOR" for k in keys(other))


def test_parties_listed_as_one_subject_each_supply() -> None:
    got = keys("Headline\n\nSpain and the Netherlands delivered Patriot launchers to Ukraine.")
    assert ("Patriot", "ESP", "UKR", "delivery", "asserted") in got
    assert ("Patriot", "NLD", "UKR", "delivery", "asserted") in got


def test_an_announced_sale_or_halt_is_decided_a_signing_is_expected() -> None:
    assert ("F-16", "NOR", "ROU", "agreement", "asserted") in keys(
        "Headline\n\nNorway announced that it will sell 12 F-16 jets to Romania."
    )
    assert ("Leopard 2", "DEU", "QAT", "postponed", "asserted") in keys(
        "Headline\n\nGermany will suspend the sale of Leopard 2 tanks to Qatar."
    )
    assert ("F-16", "USA", "ROU", "agreement", "expected") in keys(
        "Headline\n\nRomania will sign a contract for 12 F-16 jets next year."
    )


def test_a_step_yet_to_happen_is_denied() -> None:
    got = keys("Headline\n\nRomania has yet to receive the F-16 jets it bought from Norway.")
    assert ("F-16", "NOR", "ROU", "delivery", "denied") in got


def test_a_negated_information_verb_does_not_deny_the_step() -> None:
    got = keys(
        "Headline\n\nThe minister did not specify how many Patriot launchers Germany had"
        " delivered to Ukraine."
    )
    assert ("Patriot", "DEU", "UKR", "delivery", "asserted") in got


def test_a_family_named_by_its_sipri_designation() -> None:
    # The ships are "Mistral" in SIPRI's register, as are the missiles: the category tells.
    text = "Headline\n\nFrance sold two Mistral-class helicopter carriers to Egypt."
    claims = extract(article(text, None))
    assert [(c.system, c.category, c.supplier, c.recipient) for c in claims] == [
        ("Mistral", "Ships", "FRA", "EGY")
    ]


def test_a_maker_or_an_origin_names_no_production() -> None:
    got = keys("Headline\n\nThe manufacturing company sold Russia-produced Su-35 jets to Egypt.")
    assert {k[3] for k in got if k[0] == "Su-35"} == {"agreement"}


def test_a_scheduled_step_noun_is_expected() -> None:
    text = (
        "Headline\n\nQatar ordered 24 Rafale jets from France in 2015. "
        "Deliveries of the jets to Doha are expected in late 2017."
    )
    got = keys(text)
    assert ("Rafale", "FRA", "QAT", "agreement", "asserted") in got
    assert ("Rafale", "FRA", "QAT", "delivery", "expected") in got
    assert ("Rafale", "FRA", "QAT", "delivery", "asserted") not in got


def test_a_bare_step_noun_opening_a_sentence_refers_to_the_system_in_focus() -> None:
    text = (
        "Headline\n\nQatar ordered 24 Rafale jets from France in 2015. "
        "Deliveries are to start in late 2017."
    )
    assert ("Rafale", "FRA", "QAT", "delivery", "expected") in keys(text)


def test_a_contract_to_build_is_production() -> None:
    got = keys("Headline\n\nNaval Group won a contract to build four Gowind corvettes for Egypt.")
    assert ("Gowind", "FRA", "EGY", "production", "asserted") in got


def test_a_halt_keeps_the_giver_as_its_subject_and_thanks_name_suppliers() -> None:
    got = keys(
        "Headline\n\nThe Indian Navy has postponed the transfer of a Kilo-class submarine "
        "to the Myanmar Navy. Kyiv thanked Germany and the Netherlands for supplying "
        "Patriot launchers."
    )
    assert ("Kilo", "IND", "MMR", "postponed", "asserted") in got
    assert ("Patriot", "DEU", "UKR", "delivery", "asserted") in got
    assert ("Patriot", "NLD", "UKR", "delivery", "asserted") in got


def test_a_condition_opening_the_sentence_hedges_its_main_clause() -> None:
    got = keys("Headline\n\nIf the talks succeed, Peru will receive six Su-30 jets from Russia.")
    assert ("Su-30", "RUS", "PER", "delivery", "possible") in got


def test_a_background_system_makes_no_claim_through_its_own_head_noun() -> None:
    # "MiG-29 aircraft": the noun after a background system is no reference to it.
    text = (
        "Headline\n\nIndia ordered MiG-29 jets from Russia in 2019. "
        "Delhi signed a contract for aero-engines for MiG-29 aircraft with a local firm."
    )
    got = keys(text)
    assert ("MiG-29", "RUS", "IND", "agreement", "asserted") in got
    assert len([k for k in got if k[0] == "MiG-29"]) == 1


def test_replaced_licensed_copied_or_supported_systems_make_no_claim() -> None:
    got = keys(
        "Headline\n\nPeru signed a contract for Gripen jets as a replacement for its ageing "
        "fleet of French-made Mirage 2000 fighters. The deal also funds logistics support for "
        "the Apache fleet."
    )
    assert {k[0] for k in got} == {"Gripen"}


def test_a_makers_own_forces_flying_their_systems_transfer_nothing() -> None:
    got = keys(
        "Headline\n\nTwo U.S. Air Force F-15 Eagle fighter jets arrived in Poland on Monday. "
        "Poland received its first K2 tanks from South Korea."
    )
    assert not [k for k in got if k[0] == "F-15"]
    assert ("K2", "KOR", "POL", "delivery", "asserted") in got


def test_another_states_service_keeps_its_delivery() -> None:
    got = keys("Headline\n\nThe Polish Air Force received its first F-35 jets from the US.")
    assert ("F-35", "USA", "POL", "delivery", "asserted") in got


def test_upgrades_of_a_fleet_make_no_claim_but_a_deployment_keeps_its_delivery() -> None:
    got = keys(
        "Headline\n\nRussia upgraded Egypt's MiG-29 jets last year. "
        "BAE signed a contract for the Warrior upgrade with the British Army."
    )
    assert not [k for k in got if k[0] in {"MiG-29", "Warrior"}]
    kept = keys("Headline\n\nIndia deployed the S-400 it received from Russia along its border.")
    assert ("S-400", "RUS", "IND", "delivery", "asserted") in kept


def test_a_target_standard_and_an_armys_upgraded_vehicles_make_no_claim() -> None:
    got = keys(
        "Headline\n\nBelarus upgraded Serbian Army T-72 tanks to T-72B3 standard under a 2019 "
        "contract. Russia arrived at a deal in 2020 to sell Su-35 jets to Egypt."
    )
    assert not [k for k in got if k[0] == "T-72"]
