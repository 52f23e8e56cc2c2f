"""extract/descriptions.py: a Russian noun standing for a state named before. Texts are our own."""

from __future__ import annotations

from tests.conftest import probe_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None, str, str]]:
    return probe_claims(text, title="Обзор")


def test_the_country_is_the_state_a_recent_sentence_opened_on() -> None:
    # Poland is the article's buyer so far; the country of the last story is Peru.
    got = _claims(
        "Польша получила первые танки K2. Польша заказала 180 машин, и Польша ждет еще. "
        "ВВС Перу в четверг показали новые танки Т-90. Их стоимость не раскрывается. "
        "Ранее страна также получила из России вертолеты Ми-17."
    )
    assert ("Mi-17", "RUS", "PER", "delivery", "asserted") in got
    assert ("Mi-17", "RUS", "POL", "delivery", "asserted") not in got


def test_a_sentence_naming_its_own_receiver_keeps_it() -> None:
    got = _claims(
        "Перу получило танки Т-90 в мае. Чили, как и эта страна, получило из России "
        "вертолеты Ми-17."
    )
    assert ("Mi-17", "RUS", "PER", "delivery", "asserted") not in got
