"""The clauses a pairing's roles are read in (extract/clause_scope.py). Sentences our own."""

from __future__ import annotations

from armsledger.extract.clause_scope import antecedent_of, main_clauses, subject_of, with_subject
from armsledger.extract.sentences import clause_bounds, clause_of
from armsledger.language import ENGLISH, RUSSIAN


def test_a_relative_clause_between_subject_and_verb_brings_the_subject_in() -> None:
    text = "Poland, which ordered 212 howitzers in 2022, has received 100 so far."
    clauses = clause_bounds(text, ENGLISH)
    cue = text.index("received")
    span = clause_of(clauses, cue)
    subject = subject_of(text, clauses, span)
    assert subject is not None and text[subject[0] : subject[1]].strip() == "Poland"
    assert with_subject(text, clauses, span) == (subject[0], span[1])
    system = text.index("howitzers")
    assert subject in main_clauses(text, clauses, system, cue, ENGLISH)


def test_no_relative_clause_no_subject_clause() -> None:
    text = "Poland ordered 212 howitzers in 2022, and Norway received 24."
    clauses = clause_bounds(text, ENGLISH)
    cue = text.index("received")
    span = clause_of(clauses, cue)
    assert subject_of(text, clauses, span) is None
    assert with_subject(text, clauses, span) == span
    assert len(main_clauses(text, clauses, text.index("howitzers"), cue, ENGLISH)) == 2


def test_other_languages_read_the_two_clauses_only() -> None:
    text = "Польша, которая заказала гаубицы, получила 100."
    clauses = clause_bounds(text, RUSSIAN)
    assert (
        len(main_clauses(text, clauses, text.index("гаубицы"), text.index("получила"), RUSSIAN))
        == 2
    )


def test_a_cue_in_a_relative_clause_reads_its_antecedent() -> None:
    text = "Neighbouring Peru, which bought 12 MiG-29 jets from Belarus, watched closely."
    clauses = clause_bounds(text, ENGLISH)
    cue = text.index("bought")
    span = clause_of(clauses, cue)
    before = antecedent_of(text, clauses, span)
    assert before is not None and "Peru" in text[before[0] : before[1]]
    assert before in main_clauses(text, clauses, text.index("MiG-29"), cue, ENGLISH)


def test_the_antecedent_is_the_words_right_before_the_relative_clause() -> None:
    text = "Saab beat the American firm Lockheed Martin, which offered the F-16 Block 70."
    clauses = clause_bounds(text, ENGLISH)
    span = clause_of(clauses, text.index("offered"))
    before = antecedent_of(text, clauses, span)
    assert before is not None
    assert "Lockheed Martin" in text[before[0] : before[1]]
    assert "Saab" not in text[before[0] : before[1]]
