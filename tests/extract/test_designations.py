"""Designations the gazetteer has never seen, on sentences written for these tests (issue 11).

The designations here ("QX-17", "Project 41870") are made up, so no gazetteer entry can
answer for them."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.extract.designations import candidates
from armsledger.models import Claim, Stage
from tests.conftest import article


def claims(text: str) -> list[Claim]:
    return extract(article(f"Headline\n\n{text}", "2021-03-01"))


def systems(text: str) -> set[str]:
    return {c.system for c in claims(text)}


@pytest.mark.parametrize(
    ("sentence", "system", "category"),
    [
        ("China delivered four QX-17 helicopters to Peru.", "QX-17", "Aircraft"),
        ("Spain delivered two Project 41870 frigates to Chile.", "Project 41870", "Ships"),
        ("Bolivia has received ten VRM-4 APCs from Brazil.", "VRM-4", "Armoured vehicles"),
        ("Serbia sold 12 NHZ-155 self-propelled howitzers to Cyprus.", "NHZ-155", "Artillery"),
        ("Egypt received KT-9A air defence systems from China.", "KT-9A", "Air defence systems"),
        ("India delivered XB-2 anti-ship missiles to Vietnam.", "XB-2", "Missiles"),
        ("Italy delivered 20 MTH-45 heavyweight torpedoes to Chile.", "MTH-45", "Naval weapons"),
        ("France delivered the ORB-3 reconnaissance satellite to Morocco.", "ORB-3", "Satellites"),
        ("Turkey delivered the first Type-638K corvettes to Pakistan.", "Type-638K", "Ships"),
    ],
)  # fmt: skip
def test_an_unseen_designation_before_a_category_noun(
    sentence: str, system: str, category: str
) -> None:
    found = [c for c in claims(sentence) if c.system == system]
    assert found, sentence
    assert all(c.category == category and not c.recognised for c in found)
    assert found[0].stage is Stage.DELIVERY or found[0].stage is Stage.AGREEMENT


def test_an_unseen_designation_in_a_transfer_frame_has_no_category() -> None:
    for text in (
        "Beijing delivered the first QX-17 to Dhaka.",
        "Dhaka has received 12 QX-17 from Beijing.",
        "Lima took delivery of the QX-17 from the Netherlands.",
    ):
        found = [c for c in claims(text) if c.system == "QX-17"]
        assert found and found[0].category is None and not found[0].recognised, text
        assert found[0].supplier in ("CHN", "NLD") and found[0].recipient in ("BGD", "PER")


def test_no_frame_and_no_noun_makes_no_system() -> None:
    assert "QX-17" not in systems("Beijing said the QX-17 was ready and Peru agreed to buy jets.")
    assert "QX-17" not in systems("Oslo delivered the QX-17 report to Lima.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia delivered 2024 vehicles to Serbia.",
        "Members of Unit 8200 delivered radar systems to Peru.",
        "Israel delivered Unit 8200 helicopters to Peru.",
        "France sold $1.5bn of helicopters to Egypt.",
        "Spain delivered USD1.5bn worth of frigates to Chile.",
        "Spain delivered 12% more frigates to Chile in March 2024.",
        "The COVID-19 vehicles were delivered to Peru by Spain.",
        "Brazil delivered G20 aircraft to Chile.",
        "Italy delivered F1 cars and two helicopters to Qatar.",
        "Norway delivered FY2025 frigates to Chile.",
        "Russia delivered 8x8 armoured vehicles to Serbia on 15-03-2024.",
    ],
)
def test_words_that_are_no_designations_never_become_systems(sentence: str) -> None:
    got = claims(sentence)
    assert all(c.recognised for c in got), [(c.system, c.category) for c in got]


def test_candidate_shapes_both_ways() -> None:
    text = "Oslo sent AN/APG-83 radars and MKU-2/P racks; Lima bought KS-1As from Oslo."
    names = {d.name for d in candidates(text)}
    assert names == {"AN/APG-83", "KS-1A"}  # a plural "s" is no variant letter; racks no noun
    assert not candidates("Unit 8200, COVID-19, G20, F1, Q3 and FY2024 helicopters.")


def test_a_known_designation_spelt_otherwise_is_the_known_family() -> None:
    got = claims("China delivered the first Type-054A frigates to Pakistan.")
    assert {(c.system, c.category, c.recognised) for c in got} == {("Type 054", "Ships", True)}


def test_a_designation_beside_a_known_name_is_that_systems_designation() -> None:
    got = systems("France delivered ten ZR-88 Rafale jets to Greece.")
    assert got == {"Rafale"}


def test_engines_and_radars_only_in_a_transfer_frame() -> None:
    # A fit on a platform (CLAIMS.md rule 10) makes no claim; a transfer of them does.
    assert not claims("The jets Italy sold to Qatar carry new XTF-80 engines.")
    assert not claims("India will buy jets with QRD-7 radars from France.")
    got = claims("The United States delivered six XTF-80 turbofans to India.")
    assert [(c.system, c.category, c.recognised) for c in got] == [("XTF-80", "Engines", False)]
    got = claims("Israel sold QRD-7 radars to Chile.")
    assert [(c.system, c.supplier, c.recipient, c.category) for c in got] == [
        ("QRD-7", "ISR", "CHL", "Sensors")
    ]


def test_one_name_keeps_its_sense_through_the_document() -> None:
    text = (
        "Peru ordered eight QX-17 helicopters from China in 2019. "
        "The QX-17 deliveries to Peru began in March, officials said."
    )
    got = [c for c in claims(text) if c.system == "QX-17"]
    assert {c.stage for c in got} >= {Stage.AGREEMENT, Stage.DELIVERY}
    assert all(c.category == "Aircraft" for c in got)


def test_gazetteer_claims_carry_their_category_and_round_trip() -> None:
    got = claims("Norway delivered NASAMS launchers to Ukraine.")
    assert [(c.system, c.category, c.recognised) for c in got] == [
        ("NASAMS", "Air defence systems", True)
    ]
    unseen = claims("China delivered four QX-17 helicopters to Peru.")[0]
    record = unseen.to_record()
    assert record["category"] == "Aircraft" and record["recognised"] is False
    assert Claim.from_record(record) == unseen
    del record["category"], record["recognised"]  # a record written before issue 11
    old = Claim.from_record(record)
    assert old.category is None and old.recognised
