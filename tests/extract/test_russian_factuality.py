"""Russian factuality, stage phrases and quoted speakers read by the grammar (not fitted to the
study documents): attributive participles, the conditional 'бы', a noun's negated verb, terms
changed or not, a contract carried out, a fleet joined, and a quotation running over several
sentences. Every sentence is written for these tests (none comes from ../shared/eval)."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article
from tests.conftest import claim_keys as keys


def sources(text: str) -> set[str | None]:
    return {c.source for c in extract(Article(doc="t", text=text, published="2024-01-01"))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A full participle is an attribute: the transfer is given, the modal is another verb's.
        (
            "Поставленные Россией в Индию С-400 будут развернуты на границе.",
            {"S-400|RUS|IND|delivery|asserted"},
        ),
        (
            "Полученные от России танки Т-72 Сербия может модернизировать.",
            {"T-72|RUS|SRB|delivery|asserted"},
        ),
        # A verb cue takes no modal from after it; a noun cue does.
        (
            "Россия поставила Индии пять полков С-400, которые могут сбивать цели.",
            {"S-400|RUS|IND|delivery|asserted"},
        ),
        (
            "Поставки российских Су-35 в Иран могут начаться в следующем году.",
            {"Su-35|RUS|IRN|delivery|possible"},
        ),
        # The conditional mood.
        (
            "Россия поставила бы Ирану С-400, если бы Тегеран заплатил.",
            {"S-400|RUS|IRN|delivery|possible"},
        ),
        # A noun's negated verb after its complements.
        ("Поставок С-400 из России в Иран не было.", {"S-400|RUS|IRN|delivery|denied"}),
        (
            "Задержек с поставкой российских С-400 в Индию не будет.",
            {"S-400|RUS|IND|postponed|denied"},
        ),
        ("Поставки С-400 из России в Иран не планируются.", {"S-400|RUS|IRN|delivery|denied"}),
        # "не" negates its own verb, not one joined to it by "и".
        (
            "Индия не стала ждать и закупила у России С-400.",
            {"S-400|RUS|IND|agreement|asserted"},
        ),
        (
            "Россия так и не поставила Индии последний полк С-400.",
            {"S-400|RUS|IND|delivery|denied"},
        ),
        # A perfective future of finishing or resuming schedules the step.
        (
            "Россия завершит поставки С-400 в Индию в 2026 году.",
            {"S-400|RUS|IND|delivery|expected"},
        ),
        # Plans named as a noun.
        ("Россия заявила о планах поставить Ирану Су-35.", {"Su-35|RUS|IRN|delivery|expected"}),
        # Waiting for a step expects it.
        (
            "Индия ждет поставки российских С-400 до конца года.",
            {"S-400|RUS|IND|delivery|expected"},
        ),
        # Terms changed or not.
        (
            "Сроки поставки российских С-400 в Индию не изменились.",
            {"S-400|RUS|IND|postponed|denied"},
        ),
        (
            "Сроки поставки российских С-400 в Индию изменены.",
            {"S-400|RUS|IND|postponed|asserted"},
        ),
        # Carrying out a contract, joining a fleet, accepting a batch: delivery.
        (
            "Россия выполнила контракт на поставку С-400 в Китай.",
            {"S-400|RUS|CHN|delivery|asserted"},
        ),
        ("Российские Су-35 пополнили парк ВВС Алжира.", {"Su-35|RUS|DZA|delivery|asserted"}),
        ("Алжир принял первую партию российских Су-35.", {"Su-35|RUS|DZA|delivery|asserted"}),
        ("Фрегат проекта 11356 вошел в состав ВМС Индии.", {"Talwar|RUS|IND|delivery|asserted"}),
        # Verbs in forms no list held before: imperfective past, reflexive passive.
        ("Россия доставляла в Сирию комплексы С-300.", {"S-300|RUS|SYR|delivery|asserted"}),
        (
            "Истребители Су-35 передавались Египту партиями.",
            {"Su-35|RUS|EGY|delivery|asserted"},
        ),
        ("Россия и Индия обсудили поставки Су-57.", {"Su-57|RUS|IND|negotiation|asserted"}),
        # The agent of a passive transfer, in the instrumental, supplies.
        ("Танки Leopard 2 переданы Украине Польшей.", {"Leopard 2|POL|UKR|delivery|asserted"}),
        (
            "Истребители F-16 были переданы Украине Нидерландами.",
            {"F-16|NLD|UKR|delivery|asserted"},
        ),
        # Parts, munitions and upkeep for a platform move no platform (CLAIMS.md rule 10),
        # and the platform's own head noun is no reference to it.
        ("Россия поставила Индии ракеты для комплексов С-400.", set()),
        ("Россия поставила Индии запчасти к вертолетам Ми-17.", set()),
        ("Россия и Индия подписали контракт на модернизацию истребителей Су-30МКИ.", set()),
        # A demonym in the dative after a passive receives ("индийской" may be instrumental too).
        (
            "Три полковых комплекта С-400 уже переданы индийской стороне.",
            {"S-400|RUS|IND|delivery|asserted"},
        ),
        # Joint making is co-development: no claim.
        ("Ракеты БраМос производятся совместным предприятием России и Индии.", set()),
    ],
)
def test_russian_grammar_sets_stage_and_factuality(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


def test_a_quotation_over_several_sentences_takes_the_speaker_named_where_it_closes() -> None:
    text = (
        "«Мы поставили Индии С-400. Мы поставили Китаю Су-35. Мы поставили Египту Ми-17»,"
        " — перечислил Сергей Чемезов."
    )
    assert sources(text) == {"Сергей Чемезов"}


def test_a_closed_quotation_lends_no_speaker() -> None:
    assert sources("«Мы поставили Индии С-400». Это главное.") == {None}
    assert sources("Россия поставила Индии С-400. «Триумф» стоит дорого.") == {None}
