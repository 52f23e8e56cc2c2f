"""Russian stage verbs in every form the dictionary gives ("{~lemma:tags}" in the rule table):
each tense, voice, participle and gerund of a stage verb is a cue of its stage, the perfective
future an expected one, on sentence frames written for these tests."""

from __future__ import annotations

import re

import pytest

from armsledger.errors import DataFileError
from armsledger.extract.cue_rules import load_rules
from armsledger.extract.cues import find_cues
from armsledger.extract.morphology import lexeme_forms
from armsledger.extract.patterns import word_alternation
from armsledger.extract.rules import build_table, read_rule_files
from armsledger.models import Factuality, Stage

RU = load_rules("ru")
NONE: frozenset[str] = frozenset()
# Imperatives and the first and second persons ("поставь", "передашь") are not how news tells
# of a transfer: left out of what must be caught.
SKIP = frozenset({"impr", "1per", "2per"})

# (stage, lemmas): every non-future form of the perfective verbs and every form of the
# imperfective ones is a cue of the stage.
STAGE_VERBS = [
    (
        Stage.DELIVERY,
        "поставить передать получить доставить отгрузить отправить предоставить подарить"
        " поставлять передавать получать доставлять отгружать отправлять предоставлять"
        " поставляться передаваться доставляться отгружаться",
    ),
    (
        Stage.AGREEMENT,
        "продать заказать подписать заключить продавать покупать закупать приобретать"
        " заказывать подписывать заключать",
    ),
    (Stage.PRODUCTION, "изготовить изготавливать строить"),
    (
        Stage.POSTPONED,
        "отложить откладывать перенести переносить задержать задерживать приостановить"
        " приостанавливать заморозить замораживать отсрочить",
    ),
    (Stage.CANCELLED, "расторгнуть расторгать отменить отменять прекратить прекращать"),
    (Stage.NEGOTIATION, "обсудить обсуждать"),
]


def _forms(lemma: str, *, future: bool) -> list[str]:
    forms = lexeme_forms(lemma, NONE, SKIP | {"PRTF"})
    futures = set(lexeme_forms(lemma, frozenset({"futr"}), NONE))
    if not lexeme_forms(lemma, frozenset({"perf"}), NONE):  # imperfective: no future of its own
        return [] if future else list(forms)
    return [f for f in forms if (f in futures) == future]


def _cue_at(word: str) -> tuple[Stage, Factuality | None] | None:
    sentence = f"Танки Т-90 {word} в Перу."
    at = sentence.index(word)
    hits = [c for c in find_cues(sentence, RU) if c.start <= at < c.end]
    return (hits[0].stage, hits[0].unmarked) if hits else None


@pytest.mark.parametrize(("stage", "lemmas"), STAGE_VERBS, ids=[s.value for s, _ in STAGE_VERBS])
def test_every_past_present_and_passive_form_is_a_cue(stage: Stage, lemmas: str) -> None:
    missed = [
        f"{w}->{found}"
        for lemma in lemmas.split()
        for w in _forms(lemma, future=False)
        if (found := _cue_at(w)) is None or found[0] is not stage
    ]
    assert not missed, missed


@pytest.mark.parametrize(
    ("stage", "lemmas"),
    [
        (Stage.DELIVERY, "поставить передать получить доставить отгрузить отправить"),
        (Stage.AGREEMENT, "подписать заключить заказать"),
    ],
)
def test_the_perfective_future_is_an_expected_cue(stage: Stage, lemmas: str) -> None:
    missed = [
        f"{w}->{found}"
        for lemma in lemmas.split()
        for w in _forms(lemma, future=True)
        if (found := _cue_at(w)) != (stage, Factuality.EXPECTED)
    ]
    assert not missed, missed


def test_lexeme_forms_filter_by_grammemes() -> None:
    future = lexeme_forms("поставить", frozenset({"futr"}), NONE)
    assert "поставит" in future and "поставил" not in future
    past = lexeme_forms("поставить", NONE, frozenset({"futr", "impr"}))
    assert {"поставил", "поставлены", "поставив", "поставленных"} <= set(past)
    assert "поставит" not in past
    # "ё" is also written "е", as the press mostly does.
    assert {"перенёс", "перенес"} <= set(lexeme_forms("перенести", NONE, NONE))
    assert lexeme_forms("нетакогослова", NONE, NONE) == ()


@pytest.mark.parametrize(
    "words", [["поставил", "поставила", "поставили", "поставлен"], ["а"], ["ab", "abc", "b"]]
)
def test_word_alternation_matches_exactly_its_words(words: list[str]) -> None:
    regex = re.compile(word_alternation(words))
    assert all(regex.fullmatch(w) for w in words)
    assert regex.match(words[0] + "x") is None  # a whole word, not a prefix
    assert regex.match("zzz") is None


def test_an_unknown_lemma_is_a_load_error() -> None:
    files = read_rule_files()
    rule = next(
        r
        for r in files["rules_stage.json"]["stage_cues"]  # type: ignore[index]
        if r["id"] == "stage.ru.postponed"
    )
    rule["pattern"] = "{~нетакогослова}"
    with pytest.raises(DataFileError) as info:
        build_table(files)
    assert "нетакогослова" in str(info.value)
