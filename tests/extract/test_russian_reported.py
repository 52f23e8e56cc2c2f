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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Со своей стороны источник в ФСВТС сообщил, что Египет получил Су-35.",
            "источник в ФСВТС",
        ),
        ("Министр, в свою очередь, заявил, что Египет получил Су-35.", "Министр"),
    ],
)
def test_an_aside_is_no_part_of_the_speaker(text: str, source: str) -> None:
    assert {s for s, _ in sources(text)} == {source}


def test_a_quoted_name_opens_a_headline() -> None:
    text = "«Военный вестник»: Египет получил Су-35\n\nТекст заметки."
    got = {c.source for c in extract(Article(doc="t", text=text, published="2021-06-15"))}
    assert got == {"Военный вестник"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Египет получил Су-35. Об этом стало известно из сообщения ФСВТС.", "ФСВТС"),
        ("Египет получил Су-35. Об этом стало известно от источника в ФСВТС.", "источник в ФСВТС"),
    ],
)
def test_what_became_known_from_someone(text: str, source: str) -> None:
    assert {s for s, _ in sources(text)} == {source}


def test_a_sentence_adverb_is_no_speaker() -> None:
    text = "Египет получил Су-35, сообщил министр. Так он прокомментировал заявление посла."
    assert sources(text) == {("министр", ())}


def test_a_contract_named_by_according_to_is_no_source() -> None:
    assert sources("Согласно контракту, Египет получит Су-35 весной.") == {(None, ())}


# --- factuality -------------------------------------------------------------------------------


def facts(text: str) -> set[str]:
    return {str(c[2]) for c in claims(text)}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # Hedges of every kind: sentence adverbs, conditions before or after a plan.
        ("Египет, по-видимому, получил истребители Су-35 из России.", "possible"),
        ("Египет, судя по всему, получил истребители Су-35 из России.", "possible"),
        ("В случае одобрения кредита Россия поставит Египту истребители Су-35.", "possible"),
        ("Россия поставит Египту истребители Су-35, если Каир найдет деньги.", "possible"),
        ("Россия поставит Египту истребители Су-35 при условии предоплаты.", "possible"),
        # The imperfective of selling, negated.
        ("Россия никогда не продавала Египту истребители Су-35.", "denied"),
        # What negates another clause or nothing at all.
        ("Россия не раз поставляла Египту истребители Су-35.", "asserted"),
        ("Россия не впервые поставила Египту истребители Су-35.", "asserted"),
        ("Хотя США были не согласны, Россия поставила Египту истребители Су-35.", "asserted"),
        ("Не дожидаясь оплаты, Россия поставила Египту истребители Су-35.", "asserted"),
        # A comparison is no condition.
        (
            "Как и в случае с вертолетами, Россия поставит Египту истребители Су-35 весной.",
            "expected",
        ),
    ],
)
def test_factuality_family(text: str, fact: str) -> None:
    assert facts(text) == {fact}


# --- time -------------------------------------------------------------------------------------


def whens(text: str) -> set[object]:
    return {c[3] for c in claims(text)}  # the article is dated Tuesday 2021-06-15


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Египет получил истребители Су-35 прошлой осенью.", "2020"),
        ("Египет получил истребители Су-35 в январе-феврале 2020 года.", "2020"),
        ("Египет получил истребители Су-35 15.03.2020.", "2020-03-15"),
        ("Египет получил истребители Су-35 несколько лет назад.", None),
        ("Накануне Египет получил истребители Су-35.", "2021-06-14"),
        ("Египет получил истребители Су-35 в конце мая.", "2021-05"),
        ("Россия поставит Египту истребители Су-35 до конца года.", "2021"),
        # "до конца переговоров" ends no year.
        ("Россия поставит Египту истребители Су-35 до конца переговоров.", None),
    ],
)
def test_time_family(text: str, when: object) -> None:
    assert whens(text) == {when}


# --- parties around speech and case -----------------------------------------------------------


def keys(text: str) -> set[str]:
    return {
        f"{c.system}|{c.supplier}|{c.recipient}|{c.stage.value}|{c.factuality.value}"
        for c in extract(Article(doc="t", text="Новости\n\n" + text, published="2021-06-15"))
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A dative party before a supply verb with no subject receives.
        ("Египту поставили истребители Су-35.", "Su-35|RUS|EGY|delivery|asserted"),
        ("Алжиру поставят истребители Су-35.", "Su-35|RUS|DZA|delivery|expected"),
        # A speaker named after the step takes no part in it.
        (
            "Египет получит истребители Су-35 в срок, заверили в ФСВТС.",
            "Su-35|RUS|EGY|delivery|expected",
        ),
        # The imperfective of receiving.
        ("Египет никогда не получал истребители Су-35.", "Su-35|RUS|EGY|delivery|denied"),
    ],
)
def test_case_and_speaker_parties(text: str, key: str) -> None:
    assert keys(text) == {key}
