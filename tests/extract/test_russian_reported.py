"""Russian reported speech, factuality and time read from the grammar (issue 12, round 5):
the whole family of each construction, on sentences written for these tests (none comes from
../shared/eval)."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article


def claims(text: str, published: str = "2021-06-15") -> list[tuple[object, ...]]:
    return [
        (c.system, c.stage.value, c.factuality.value, c.when, c.source, c.via)
        for c in extract(Article(doc="t", text="Новости\n\n" + text, published=published))
    ]


def sources(text: str) -> set[tuple[str | None, tuple[str, ...]]]:
    return {(c[4], c[5]) for c in claims(text)}  # type: ignore[misc]


# --- attribution ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # "ссылаясь на X" is "со ссылкой на X"; the outlet after it relays as well as before.
        (
            "Ссылаясь на источник в ФСВТС, газета «Ведомости» пишет, что Египет получил Су-35.",
            "источник в ФСВТС",
            ("Ведомости",),
        ),
        (
            "Агентство Bloomberg, ссылаясь на осведомленных чиновников, сообщило, что Египет "
            "получил Су-35.",
            "осведомленные чиновники",
            ("Bloomberg",),
        ),
        # The cited phrase ends at the outlet that speaks after it.
        (
            "Со ссылкой на источник в ФСВТС «Ведомости» пишут, что Египет получил Су-35.",
            "источник в ФСВТС",
            ("Ведомости",),
        ),
        # Nobody named among the outlet's sources: the outlet speaks.
        (
            "Египет получил Су-35, пишет «Коммерсантъ» со ссылкой на свои данные.",
            "Коммерсантъ",
            (),
        ),
        # The quoting outlet relays the one it quotes, whatever the order.
        (
            "ТАСС цитирует Сергея Петрова: «Египет уже получил истребители Су-35».",
            "Сергей Петров",
            ("ТАСС",),
        ),
        # Any speech verb after "как"; a neuter ministry speaks too.
        (
            "Как отметил глава ФСВТС Дмитрий Шугаев, Египет получил Су-35.",
            "глава ФСВТС Дмитрий Шугаев",
            (),
        ),
        (
            "Египет получил Су-35, заявило министерство обороны Египта.",
            "министерство обороны Египта",
            (),
        ),
        # The document or channel a speaker spoke in: the owner speaks.
        ("В заявлении ФСВТС говорится, что Египет получил Су-35.", "ФСВТС", ()),
        ("Египет получил Су-35, следует из сообщения ФСВТС.", "ФСВТС", ()),
        ("Согласно докладу SIPRI, Египет получил Су-35.", "SIPRI", ()),
        ("По сообщению агентства Reuters, Египет получил Су-35.", "агентство Reuters", ()),
        # A stance is a speaker's: "допустил", "не исключил".
        (
            "Власти Египта допустили, что страна купит истребители Су-35.",
            "Власти Египта",
            (),
        ),
    ],
)
def test_reported_speech_family(text: str, source: str, via: tuple[str, ...]) -> None:
    assert (source, via) in sources(text)


@pytest.mark.parametrize(
    "text",
    [
        "Министр обороны Египта, выступая в парламенте, заявил, что Египет получил Су-35.",
        "Министр обороны Египта в среду журналистам сообщил, что Египет получил Су-35.",
    ],
)
def test_what_stands_between_speaker_and_verb_is_no_name(text: str) -> None:
    assert {s for s, _ in sources(text)} == {"Министр обороны Египта"}


def test_a_sentence_adverb_is_no_speaker() -> None:
    text = "Египет получил Су-35, сообщил министр. Так он прокомментировал заявление посла."
    assert sources(text) == {("министр", ())}


def test_a_contract_named_by_according_to_is_no_source() -> None:
    assert sources("Согласно контракту, Египет получит Су-35 весной.") == {(None, ())}
