"""Russian stage cues and roles from the grammar of the language (issue of round 6): each verb
and noun of a stage in the forms news uses, and each role frame, on sentences written for these
tests (none comes from ../shared/eval)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_keys as keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shipping in every form, arrival as a noun
        ("Комплексы С-400 отгружены в Индию.", {"S-400|RUS|IND|delivery|asserted"}),
        (
            "Прибытие первых комплексов С-400 в Индию ожидается в мае.",
            {"S-400|RUS|IND|delivery|expected"},
        ),
        # production in the passive and reflexive, for a customer
        (
            "Истребители Су-35 для Египта производятся на заводе в Комсомольске.",
            {"Su-35|RUS|EGY|production|asserted"},
        ),
        (
            "Подводные лодки Scorpene для Бразилии строятся во Франции.",
            {"Scorpene|FRA|BRA|production|asserted"},
        ),
        ("Вертолеты Ка-52 производятся в интересах Египта.", {"Ka-52|RUS|EGY|production|asserted"}),
        # a respite, a deal fallen through, an order withdrawn, removal from a programme
        (
            "Поставка комплексов С-400 Индии отсрочена.",
            {"S-400|RUS|IND|postponed|asserted"},
        ),
        (
            "Сделка по поставке истребителей Су-35 Индонезии сорвалась.",
            {"Su-35|RUS|IDN|cancelled|asserted"},
        ),
        (
            "Индонезия отозвала заказ на истребители Су-35.",
            {"Su-35|RUS|IDN|cancelled|asserted"},
        ),
        ("США исключили Турцию из программы F-35.", {"F-35|USA|TUR|cancelled|asserted"}),
        # offers, interest, requests: negotiation, not a purchase
        ("Россия предлагает Египту истребители Су-35.", {"Su-35|RUS|EGY|negotiation|asserted"}),
        ("Египет интересуется истребителями Су-35.", {"Su-35|RUS|EGY|negotiation|asserted"}),
        (
            "Индия направила запрос на покупку истребителей Су-35.",
            {"Su-35|RUS|IND|negotiation|asserted"},
        ),
        (
            "Украина попросила у Норвегии комплексы NASAMS.",
            {"NASAMS|NOR|UKR|negotiation|asserted"},
        ),
        (
            "Продажа Египту истребителей Рафаль одобрена.",
            {"Rafale|FRA|EGY|negotiation|asserted"},
        ),
        # a contract between two states on a supply is one agreement
        (
            "Сделка между Россией и Египтом о поставке истребителей Су-35 заключена.",
            {"Su-35|RUS|EGY|agreement|asserted"},
        ),
        # where it was made is no production
        (
            "Поставка Украине комплексов NASAMS производства Норвегии завершена.",
            {"NASAMS|NOR|UKR|delivery|asserted"},
        ),
    ],
)
def test_stage_cues_in_the_forms_news_uses(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "у X" names a source in the genitive only
        ("У России Египет купил истребители Су-35.", {"Su-35|RUS|EGY|agreement|asserted"}),
        # the demonym nearer the system qualifies it, the other its own noun
        (
            "Украинские военные получили норвежские комплексы NASAMS.",
            {"NASAMS|NOR|UKR|delivery|asserted"},
        ),
        # a relative clause speaks of the system before it
        (
            "Истребители Су-35, которые Россия поставила Египту, стоят на базе.",
            {"Su-35|RUS|EGY|delivery|asserted"},
        ),
        # the dative right after the transfer word outranks "для X" of a participle phrase
        (
            "Германия договорилась о продаже Польше танков Leopard 2, выпущенных для армии Чехии.",
            {"Leopard 2|DEU|POL|agreement|asserted"},
        ),
        (
            "Франция начала передачу Египту вертолетоносцев Мистраль, строившихся для ВМФ России.",
            {"Mistral|FRA|EGY|delivery|asserted"},
        ),
        # "России" may be a genitive: the supplier, not a receiver
        (
            "Поставки России в Индию комплексов С-400 завершены.",
            {"S-400|RUS|IND|delivery|asserted"},
        ),
    ],
)
def test_role_frames(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


def test_assembly_and_arrival_of_people_make_no_step() -> None:
    talks = keys("Стороны обсуждают лицензионную сборку танков Т-90 в Индии.")
    assert not any("production" in k for k in talks)
    assert keys("По прибытии в Каир министр осмотрел истребители Су-35.") == set()
