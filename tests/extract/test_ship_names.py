"""Ship classes named as the article names them (``claims.as_told``; CLAIMS.md: the family
designation "as the press names it"): a class told by another name than the gazetteer's
family keeps the article's name, without "-class", its ship noun or a numbered variant's
letters; a variant or a Cyrillic name is the family's; other categories keep the family.

Every sentence is our own, written for these tests (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

NAMED: list[tuple[str, str]] = [
    # The class as told, without "-class".
    ("Vietnam received two Kilo-class submarines from Russia.", "Kilo"),
    ("The Philippines ordered two Jose Rizal-class frigates from South Korea.", "Jose Rizal"),
    ("Pakistan bought four Istanbul-class frigates from Turkey.", "Istanbul"),
    ("Australia will buy Virginia-class submarines from the United States.", "Virginia"),
    # A project number as told, without its sub-number or variant letters.
    ("Algeria ordered two Project 636.3 submarines from Russia.", "Project 636"),
    ("Algeria received two Project 877EKM submarines from Russia.", "Project 877"),
    ("Egypt took delivery of a MEKO A-200EN frigate from Germany.", "MEKO A-200"),
    # A ship noun the name ends in is not the name; a design whose name holds one keeps it.
    ("Egypt ordered Gowind corvettes from France.", "Gowind"),
    ("Greece bought Zubr hovercraft from Ukraine in 2000.", "Zubr"),
    ("Colombia received a Fassmer OPV 80 from Germany.", "Fassmer OPV 80"),
    # A variant folds into its family (CLAIMS.md: "Type 054A" is the Type 054).
    ("China sent two Type 054A frigates to Pakistan.", "Type 054"),
    # The family's own name anywhere in the article wins over a first other name.
    ("Canada ordered River-class destroyers based on the Type 26 from Britain.", "Type 26"),
    # Other categories keep their designation, whatever the article calls them.
    ("India received Fighting Falcon jets from the United States.", "F-16"),
    ("Egypt bought Apache helicopters from the United States.", "AH-64"),
]


@pytest.mark.parametrize(("sentence", "system"), NAMED)
def test_ship_is_named_as_told(sentence: str, system: str) -> None:
    assert {c[0] for c in probe_claims(sentence)} == {system}


def test_one_article_names_one_class_one_way() -> None:
    """Every claim on a class takes the article's first name for it: one name, one key."""
    got = probe_claims(
        "Egypt ordered MEKO A-200 frigates from Germany in 2019. The first Meko frigate "
        "was handed over in 2021."
    )
    assert {c[0] for c in got} == {"MEKO A-200"}
    assert {c[3] for c in got} == {"agreement", "delivery"}


def test_cyrillic_name_gives_the_english_family() -> None:
    """CLAIMS.md rule 13: a Russian article's system is the English family designation."""
    got = probe_claims("Россия передала Вьетнаму две подводные лодки «Варшавянка».")
    assert {c[0] for c in got} == {"Kilo"}
