"""The subject of a cue's verb against the decider's pick (extract/subjects.py). Sentences are
our own."""

from __future__ import annotations

from armsledger.extract import extract
from armsledger.extract.pipeline import extract_with
from armsledger.extract.record import Sentence
from armsledger.extract.roles import Roles
from armsledger.extract.subjects import other_clause_subjects, subject_kept
from armsledger.models import Article


def _sentence(body: str) -> Sentence:
    seen: list[Sentence] = []
    extract_with(
        Article(doc="t", text=f"News\n\n{body}", published="2024-05-01"), observe=seen.append
    )
    return seen[-1]


def _kept(body: str, system: str, verb: str, rules: Roles, chosen: Roles) -> Roles:
    sent = _sentence(body)
    mention = next(m for m in sent.systems if m.value == system)
    cue = next(c for c in sent.cues if sent.text[c.start : c.end].startswith(verb))
    return subject_kept(sent, mention, cue, rules, chosen)


def test_the_antecedent_keeps_its_role_against_a_main_clause_party() -> None:
    body = "Neighbouring Peru, which received 12 MiG-29 jets from Belarus, watched Chile."
    kept = _kept(body, "MiG-29", "received", Roles("BLR", "PER"), Roles("BLR", "CHL"))
    assert kept.recipient == "PER"


def test_a_listed_antecedent_keeps_the_deciders_pick() -> None:
    body = "The firm signed contracts with Peru and Colombia, which are buying C-390 jets."
    kept = _kept(body, "C-390", "buying", Roles("BRA", "COL"), Roles("BRA", "PER"))
    assert kept.recipient == "PER"


def test_another_clauses_subject_is_no_option() -> None:
    body = "Poland will send Krab howitzers, while Slovakia will send Zuzana howitzers."
    sent = _sentence(body)
    system = next(m for m in sent.systems if m.value == "Zuzana")
    cue = next(c for c in sent.cues if c.start > sent.text.index("Slovakia"))
    foreign = other_clause_subjects(sent, cue, system, "en")
    assert sent.text.index("Poland") in foreign
    claims = {(c.system, c.supplier) for c in extract(Article(doc="t", text=f"News\n\n{body}"))}
    assert ("Zuzana", "POL") not in claims
