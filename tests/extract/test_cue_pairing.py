"""The rules' own cue-system pairing (extract/cue_pairing.py)."""

from __future__ import annotations

from armsledger.extract.cue_pairing import pair_cues
from armsledger.extract.cue_rules import load_rules
from armsledger.extract.cues import find_cues
from armsledger.extract.gazetteer import SYSTEM
from armsledger.extract.mentions import find_mentions
from armsledger.extract.sentences import clause_bounds


def pairs_of(sentence: str) -> set[tuple[str, str]]:
    mentions, _ = find_mentions(sentence, "en")
    systems = [m for m in mentions if m.kind == SYSTEM]
    cues = find_cues(sentence, load_rules("en"))
    found = pair_cues(sentence, cues, systems, clause_bounds(sentence), referenced=False)
    return {(sentence[c.start : c.end], m.value) for c, m in found}


def test_a_cue_takes_the_nearest_system_and_those_listed_with_it() -> None:
    assert pairs_of("Lima received K9 howitzers and Black Hawk helicopters in May.") == {
        ("received", "K9"),
        ("received", "UH-60"),
    }


def test_each_clause_keeps_its_own_system() -> None:
    assert pairs_of("Lima ordered Rafale jets, and Quito received Gripen jets.") == {
        ("ordered", "Rafale"),
        ("received", "Gripen"),
    }


def test_a_clause_naming_no_system_pairs_nothing_without_a_reference() -> None:
    assert pairs_of("Lima bought Rafale jets; the minister was delivered a letter.") == {
        ("bought", "Rafale"),
    }
