"""Russian news sentences of our own (issue 12, round 2): aid packages, carried-out contracts,
shipments en route, parties set against the deal, Cyrillic names. None comes from
../shared/eval."""

from __future__ import annotations

from functools import partial

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article
from tests.conftest import claim_keys

keys = partial(claim_keys, published="2025-06-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Новый пакет военной помощи США Украине включает HIMARS.",
            {"HIMARS|USA|UKR|agreement|asserted"},
        ),
        (
            "В пакет помощи Украине вошли британские танки Challenger 2.",
            {"Challenger 2|GBR|UKR|agreement|asserted"},
        ),
        (
            "США могут включить ракеты ATACMS в следующий пакет помощи Украине.",
            {"ATACMS|USA|UKR|agreement|possible"},
        ),
        (
            "Россия полностью реализовала контракт с Индией на поставку С-400.",
            {"S-400|RUS|IND|delivery|asserted", "S-400|RUS|IND|agreement|asserted"},
        ),
        ("Индия — С-400: вторая партия в пути", {"S-400|RUS|IND|delivery|asserted"}),
        ("Су-35 для Ирана уже в пути, сообщил источник.", {"Su-35|RUS|IRN|delivery|asserted"}),
    ],
)
def test_packages_contracts_and_shipments(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Индия, не дожидаясь решения США, получила от России вторую партию С-400.",
        "Невзирая на угрозы санкций США, Индия получила С-400 от России.",
    ],
)
def test_a_state_set_against_the_deal_is_no_party(text: str) -> None:
    assert keys(text) == {"S-400|RUS|IND|delivery|asserted"}


def test_a_real_list_still_shares_the_step() -> None:
    assert keys("Россия поставит вертолеты Ми-17 Перу и Боливии.") == {
        "Mi-17|RUS|PER|delivery|expected",
        "Mi-17|RUS|BOL|delivery|expected",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("США не одобряют сделку Турции с Россией по С-400.", {"S-400|RUS|TUR|agreement|asserted"}),
        ("Конгресс не одобрил продажу F-35 Турции.", {"F-35|USA|TUR|negotiation|denied"}),
        (
            "Вопреки позиции Вашингтона Анкара приняла вторую партию С-400.",
            {"S-400|RUS|TUR|delivery|asserted"},
        ),
    ],
)
def test_a_third_states_view_and_a_batch_taken(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Перу получило ЗСУ «Шилка».", "ZSU-23-4"),
        ("Перу получило гаубицы «Мста-Б».", "2A65"),
        ("Перу получило от Литвы БТР-Д.", "BTR-D"),
        ("Перу получило тяжелые огнеметные системы «Буратино».", "TOS-1"),
        ("Перу получило беспилотники «Аксунгур».", "Aksungur"),
        ("Перу получило ракетный комплекс «Гром-2».", "Hrim-2"),
    ],
)
def test_cyrillic_names_of_exported_systems(text: str, family: str) -> None:
    assert family in {c.system for c in extract(Article(doc="t", text=text))}


def test_a_common_word_alias_needs_a_weapon_beside_it() -> None:
    assert not extract(Article(doc="t", text="Перу закупило в Нидерландах Тюльпаны."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Сербию прибыли белорусские МиГ-29.", {"MiG-29|BLR|SRB|delivery|asserted"}),
        ("Украина получила польские МиГ-29.", {"MiG-29|POL|UKR|delivery|asserted"}),
        ("Индийские С-400 прибыли на позиции.", {"S-400|RUS|IND|delivery|asserted"}),
    ],
)
def test_an_owner_passing_its_systems_on_supplies(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


def test_an_interview_outlet_after_the_speaker_relays() -> None:
    (claim,) = extract(
        Article(
            doc="t",
            text="Поставки Су-35 Египту идут по графику, заявил глава концерна Иван Петров "
            "в интервью «Известиям».",
        )
    )
    assert (claim.source, claim.via) == ("глава концерна Иван Петров", ("Известия",))


def test_forces_replenished_received() -> None:
    assert keys("Белорусские ВВС пополнились очередной парой Су-30СМ2.") == {
        "Su-30|RUS|BLR|delivery|asserted"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В ФСВТС опровергли информацию о задержке поставок С-400 Индии.",
            {"S-400|RUS|IND|postponed|denied", "S-400|RUS|IND|postponed|asserted"},
        ),
        ("Турция может рассмотреть покупку Су-57.", {"Su-57|RUS|TUR|negotiation|possible"}),
    ],
)
def test_a_dative_after_deliveries_and_a_purchase_considered(text: str, expected: set[str]) -> None:
    assert keys(text) == expected
