"""Russian articles (issue 12): language, gazetteer, morphology, rules, time, attribution and
whole claims. Every sentence here is written for these tests (none comes from ../shared/eval)."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from armsledger.errors import DataFileError
from armsledger.extract.cue_rules import load_rules
from armsledger.extract.folding import fold
from armsledger.extract.gazetteer import load_gazetteer
from armsledger.extract.morphology import can_be_case, inflections, lemma, nominative
from armsledger.extract.pipeline import extract
from armsledger.extract.rules import build_table, read_rule_files, rule_table
from armsledger.extract.russian import NO_RECALL, Recall, find_attribution
from armsledger.extract.timex import find_timexes
from armsledger.language import detect_language
from armsledger.models import Article, Factuality, Stage

# --- language -------------------------------------------------------------------------------


def test_language_is_told_from_the_letters() -> None:
    assert detect_language("Польша передала Перу гаубицы K9 и танки PT-91.") == "ru"
    assert detect_language("Poland handed Peru its K9 howitzers (по-русски: гаубицы).") == "en"
    assert detect_language("") == "en"


def test_an_article_stores_its_language() -> None:
    assert Article(doc="a", text="Перу получило фрегаты.").language == "ru"
    assert Article(doc="b", text="Peru received frigates.").language == "en"
    assert Article(doc="c", text="Peru received frigates.", language="ru").language == "ru"
    record = Article(doc="d", text="Перу получило фрегаты.").to_record()
    assert record["language"] == "ru" and Article.from_record(record).language == "ru"


# --- gazetteer and morphology -----------------------------------------------------------------


def hits(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.value) for _, _, _, e in load_gazetteer("ru").scan(text)]


def test_an_inflected_form_names_one_family_unless_ambiguous() -> None:
    owners: dict[str, set[str]] = {}
    ambiguous: set[tuple[str, str]] = set()
    for _closing_space, payload in load_gazetteer("ru").automaton.values():
        for name, entry in payload:
            if entry.kind == "system":
                owners.setdefault(fold(name).strip(), set()).add(entry.value)
                if entry.ambiguous:
                    ambiguous.add((fold(name).strip(), entry.value))
    for key, fams in owners.items():
        if len(fams) > 1:
            assert all((key, f) in ambiguous for f in fams), (key, fams)


def test_english_runs_do_not_inflect() -> None:
    assert ("state", "IND") not in [
        (e.kind, e.value) for _, _, _, e in load_gazetteer().scan("поставки в Индию")
    ]


@pytest.mark.parametrize("form", ["Индия", "Индии", "Индию", "Индией"])
def test_a_state_in_every_case(form: str) -> None:
    assert ("state", "IND") in hits(f"Речь шла о том, что {form} ждет танки.")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("комплексы С-400 «Триумф» в строю", "S-400"),
        ("комплексы C-400 в строю", "S-400"),  # a Latin C among Cyrillic letters
        ("истребители Су-30СМ2 прибыли", "Su-30"),
        ("комплексов «Панцирь-С1» стало больше", "Pantsir"),
        ("вертолеты Ми-171Ш летают", "Mi-171"),
        ("танки Т-90MC (латинские буквы) прибыли", "T-90"),
    ],
)
def test_cyrillic_names_map_to_the_english_family(text: str, family: str) -> None:
    assert ("system", family) in hits(text)


def test_demonyms_capitals_institutions_and_media() -> None:
    found = hits("Российские военные, индийской стороне, в Пекине, ФСВТС и Рособоронэкспорт, ТАСС")
    assert ("demonym", "RUS") in found and ("demonym", "IND") in found
    assert ("state", "CHN") in found and ("state", "RUS") in found
    assert ("media", "ТАСС") in found


def test_look_alike_letters_fold_to_one_key() -> None:
    assert fold("С-400") == fold("C-400") == "c 400"
    assert len(fold("Т-90МС")) == len("Т-90МС")  # offsets hold


def test_inflections_of_a_name() -> None:
    assert {"Южной Кореи", "Южную Корею"} <= set(inflections("Южная Корея"))
    assert "российской" in inflections("российский")
    assert inflections("США") == ("США",)  # an abbreviation does not inflect


def test_lemma_case_and_nominative() -> None:
    assert lemma("перенесли") == "перенести"
    assert can_be_case("Бразилию", "accs") and not can_be_case("Бразилии", "accs")
    assert nominative("Дмитрия Шугаева") == "Дмитрий Шугаев"
    assert nominative("министра обороны Перу") == "министр обороны Перу"


# --- the rule table's lang field ---------------------------------------------------------------


def test_russian_rules_are_their_own_language() -> None:
    table = rule_table()
    assert all(r.lang == "ru" for r in table.rules if ".ru." in r.id)
    assert table.section("stage_cues", "ru") and all(
        r.lang == "en" for r in table.section("stage_cues")
    )
    ru = load_rules("ru")
    assert ru.lang == "ru" and ru.cue_regex.search("поставка") is not None
    assert load_rules().cue_regex.search("поставка") is None


def test_an_unknown_lang_or_a_misnamed_russian_rule_is_a_load_error() -> None:
    files = copy.deepcopy(read_rule_files())
    files["rules_stage.json"]["stage_cues"][0]["lang"] = "de"
    with pytest.raises(DataFileError, match="unknown lang"):
        build_table(files)
    files = copy.deepcopy(read_rule_files())
    files["rules_stage.json"]["stage_cues"][0]["lang"] = "ru"  # an English id
    with pytest.raises(DataFileError, match="ru"):
        build_table(files)


# --- time --------------------------------------------------------------------------------------

ANCHOR = date(2021, 6, 15)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Танки прибыли в прошлом месяце.", "2021-05"),
        ("Контракт подписали 23 марта.", "2021-03-23"),
        ("Контракт подписали 23 марта 2019 года.", "2019-03-23"),
        ("Фрегаты заказали в 2018 году.", "2018"),
        ("Гаубицы прибудут до конца года.", "2021"),
        ("Поставки начнутся во втором полугодии.", "2021"),
        ("Заказ разместили в октябре 2017 года.", "2017-10"),
        ("Сделку заключили в прошлом году.", "2020"),
    ],
)
def test_russian_time_expressions(sentence: str, value: str) -> None:
    assert [t.value for t in find_timexes(sentence, ANCHOR, False, "ru")] == [value]


# --- attribution -------------------------------------------------------------------------------


def attribution(sentence: str, media: list[tuple[int, str]] | None = None) -> tuple[object, ...]:
    a = find_attribution(
        sentence,
        media_names=media or [],
        outlet=None,
        previous=Recall("министр", None),
        is_headline=False,
    )
    return a.source, a.via


def test_a_speaker_after_the_claim_with_the_relay_first() -> None:
    s = "Перу получит гаубицы весной, сообщил ТАСС военно-дипломатический источник."
    assert attribution(s, [(s.index("ТАСС"), "ТАСС")]) == (
        "военно-дипломатический источник",
        ("ТАСС",),
    )


def test_citing_puts_the_speaker_in_the_nominative() -> None:
    s = "Газета сообщает со ссылкой на Ивана Петрова, что фрегаты готовы."
    assert attribution(s) == ("Иван Петров", ())


def test_as_written_according_to_and_pronouns() -> None:
    assert attribution("Как пишет газета «Вестник», танки прибыли.")[0] == "газета «Вестник»"
    assert attribution("По данным экспертов, сделка готова.")[0] == "эксперты"
    assert attribution("По его словам, сделка готова.")[0] == "министр"
    assert attribution("Министерство обороны сообщило, что танки прибыли.")[0] == (
        "Министерство обороны"
    )


# --- whole claims ------------------------------------------------------------------------------


def claims(text: str, published: str = "2021-06-15") -> list[tuple[object, ...]]:
    article = Article(doc="t", text=text, published=published)
    return [
        (c.system, c.supplier, c.recipient, c.stage, c.factuality, c.when) for c in extract(article)
    ]


def test_delivery_into_a_country_in_the_accusative() -> None:
    assert claims("Россия поставила в Бразилию комплексы «Панцирь-С1» в 2019 году.") == [
        ("Pantsir", "RUS", "BRA", Stage.DELIVERY, Factuality.ASSERTED, "2019")
    ]


def test_a_dative_recipient_and_a_future_handover() -> None:
    assert claims("Польша передаст Перу танки Т-72 до конца года.") == [
        ("T-72", "POL", "PER", Stage.DELIVERY, Factuality.EXPECTED, "2021")
    ]


def test_from_a_state_and_for_its_air_force() -> None:
    found = claims("Вертолеты Ми-17 из России прибыли для ВВС Перу в прошлом месяце.")
    assert found == [("Mi-17", "RUS", "PER", Stage.DELIVERY, Factuality.ASSERTED, "2021-05")]


def test_the_maker_adjective_is_the_supplier() -> None:
    found = claims("Вьетнам заказал российские истребители Су-30.")
    assert found == [("Su-30", "RUS", "VNM", Stage.AGREEMENT, Factuality.ASSERTED, None)]


def test_negation_denial_and_hedges() -> None:
    assert claims("Россия не поставляла Ирану комплексы С-400.")[0][3:5] == (
        Stage.DELIVERY,
        Factuality.DENIED,
    )
    assert claims("Министерство опровергло поставку в Египет истребителей Су-35.")[0][4] == (
        Factuality.DENIED
    )
    assert claims("Аргентина может купить у Китая истребители J-10.")[0][1:5] == (
        "CHN",
        "ARG",
        Stage.AGREEMENT,
        Factuality.POSSIBLE,
    )
    assert claims("Поставку в Индию фрегатов Talwar отложили на год.")[0][3:5] == (
        Stage.POSTPONED,
        Factuality.ASSERTED,
    )


def test_a_contract_for_a_supply_is_one_agreement() -> None:
    assert claims("Египет и Россия подписали контракт на поставку вертолетов Ка-52.") == [
        ("Ka-52", "RUS", "EGY", Stage.AGREEMENT, Factuality.ASSERTED, None)
    ]


def test_a_domestic_order_makes_no_claim() -> None:
    assert claims("Минобороны России заказало для ВКС новые истребители Су-57.") == []


def test_evidence_points_into_the_russian_text() -> None:
    text = "Новости дня.\n\nИндонезия отказалась от покупки истребителей Су-35, сообщил источник."
    article = Article(doc="t", text=text, published="2021-12-20")
    (claim,) = extract(article)
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    assert claim.evidence.text.startswith("Индонезия отказалась")
    assert (claim.stage, claim.recipient, claim.source) == (Stage.CANCELLED, "IDN", "источник")


def test_the_next_sentence_names_the_source() -> None:
    text = (
        "Перу получило от Франции два истребителя Rafale. "
        "Об этом в среду ТАСС сообщил военно-морской источник."
    )
    article = Article(doc="t", text=text, published="2021-06-15")
    (claim,) = extract(article)
    assert (claim.supplier, claim.recipient, claim.stage) == ("FRA", "PER", Stage.DELIVERY)
    assert (claim.source, claim.via) == ("военно-морской источник", ("ТАСС",))


def test_a_speaker_before_the_verb_of_an_about_this_sentence() -> None:
    text = (
        "Армения закупит у Индии гаубицы ATAGS. Об этом министр обороны Армении заявил в Ереване."
    )
    article = Article(doc="t", text=text, published="2021-06-15")
    assert [(c.recipient, c.source) for c in extract(article)] == [
        ("ARM", "министр обороны Армении")
    ]


def test_a_headline_dash_and_a_place_that_speaks() -> None:
    headline = find_attribution(
        "Перу получит танки Т-90 — СМИ",
        media_names=[],
        outlet=None,
        previous=NO_RECALL,
        is_headline=True,
    )
    assert headline.source == "СМИ"
    assert attribution("Как уточнили в министерстве обороны, танки прибыли.")[0] == (
        "министерство обороны"
    )


def test_a_place_that_speaks_before_its_verb() -> None:
    assert attribution("В ФСВТС опровергли сообщения о поставке танков.")[0] == "ФСВТС"
    # An indeclinable head keeps its dependent in the genitive.
    assert nominative("Минобороны Сербии") == "Минобороны Сербии"
    assert nominative("пресс-службе Рособоронэкспорта") == "пресс-служба Рособоронэкспорта"


def test_a_refusal_to_hand_over_denies_the_delivery() -> None:
    assert claims("Германия отказалась передавать Украине ракеты Taurus.") == [
        ("Taurus", "DEU", "UKR", Stage.DELIVERY, Factuality.DENIED, None)
    ]
    # Abandoning a purchase is still a cancellation.
    assert claims("Перу отказалось от покупки истребителей Су-35.")[0][3] == Stage.CANCELLED


def test_pressure_by_a_state_makes_it_no_party() -> None:
    found = claims("Египет приостановил закупку Су-35 под давлением США.")
    assert found == [("Su-35", "RUS", "EGY", Stage.POSTPONED, Factuality.ASSERTED, None)]
    found = claims("Перу отказалось от танков Т-90 из-за угрозы санкций со стороны США.")
    assert [c[1:3] for c in found] == [("RUS", "PER")]


def test_a_passive_participle_after_a_party_makes_it_no_supplier() -> None:
    found = claims("Первые Су-35 для Ирана уже изготовлены на заводе.")
    assert found == [("Su-35", "RUS", "IRN", Stage.PRODUCTION, Factuality.ASSERTED, None)]


def test_providing_requests_and_considering() -> None:
    assert claims("Дания предоставила Украине истребители F-16.") == [
        ("F-16", "DNK", "UKR", Stage.DELIVERY, Factuality.ASSERTED, None)
    ]
    assert claims("Норвегия предоставит Украине комплексы NASAMS.")[0][3:5] == (
        Stage.DELIVERY,
        Factuality.EXPECTED,
    )
    assert claims("Перу просило Францию о поставке истребителей Rafale.")[0][3] == (
        Stage.NEGOTIATION
    )
    assert claims("Франция рассматривает возможность передачи Перу истребителей Rafale.")[0][3] == (
        Stage.NEGOTIATION
    )
    assert claims("Польша в мае начнет поставки Перу танков Т-72.")[0][3:5] == (
        Stage.DELIVERY,
        Factuality.EXPECTED,
    )


def test_forces_between_a_state_and_its_verb_of_receiving() -> None:
    found = claims("Индийские ВВС получили первые истребители Rafale.")
    assert [c[1:5] for c in found] == [("FRA", "IND", Stage.DELIVERY, Factuality.ASSERTED)]


def test_cyrillic_names_added_to_the_gazetteer() -> None:
    gaz = load_gazetteer("ru")
    text = "Флот получил фрегаты проекта 22350 и РСЗО «Смерч», а армия — гаубицы Д-30."
    found = {e.value for _, _, _, e in gaz.scan(text) if e.kind == "system"}
    assert {"Project 22350", "BM-30 Smerch", "D-30"} <= found
    # A common word counts only beside a weapon noun (the pipeline's check).
    assert not claims("Ураган «Смерч» прошел над Перу, сообщили синоптики.")


def test_the_industry_and_weapons_at_large_refer_to_no_system() -> None:
    text = (
        "Перу получило от России комплексы «Панцирь-С1». "
        "Источник в оборонно-промышленном комплексе сообщил, что поставки вооружений выросли. "
        "США предлагали Перу купить американские системы ПВО."
    )
    found = extract(Article(doc="t", text=text, published="2021-06-15"))
    assert [(c.supplier, c.recipient, c.stage) for c in found] == [("RUS", "PER", Stage.DELIVERY)]


def test_a_state_that_sends_a_notice_is_no_party() -> None:
    text = (
        "Рособоронэкспорт не получал от США уведомления об отказе от контракта на поставку "
        "в Перу вертолетов Ми-17."
    )
    assert [c[1:5] for c in claims(text)] == [("RUS", "PER", Stage.CANCELLED, Factuality.DENIED)]


def test_a_state_before_a_reference_noun_is_no_maker_of_it() -> None:
    text = (
        "Нидерланды передали Украине истребители F-16. "
        "Вскоре на Украину направят самолеты из Дании."
    )
    found = extract(Article(doc="t", text=text, published="2024-08-01"))
    assert [(c.supplier, c.recipient, c.factuality) for c in found] == [
        ("NLD", "UKR", Factuality.ASSERTED),
        ("DNK", "UKR", Factuality.EXPECTED),
    ]


def test_a_negation_stops_at_a_verb_of_naming() -> None:
    found = claims("Источник не стал называть сроки поставки танков Т-90 в Перу.")
    assert [c[3:5] for c in found] == [(Stage.DELIVERY, Factuality.ASSERTED)]
