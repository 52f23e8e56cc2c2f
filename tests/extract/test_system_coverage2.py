"""Systems added to the gazetteer from a checklist of exported systems (2020s transfer news),
in English and in Russian, read in sentences of our own; and quiet sentences where a new
ambiguous alias (a common word, a person's or a ship's name) must not make a system.
Companion of test_system_coverage.py."""

from __future__ import annotations

import pytest

from armsledger.extract.gazetteer import SYSTEM
from armsledger.extract.mentions import find_mentions

# (name, noun after it, family)
NAMES = [
    ("Pilatus PC-24", "aircraft", "PC-24"),
    ("N219", "transport aircraft", "N219"),
    ("An-132D", "transport aircraft", "An-132"),
    ("S-70 Black Hawk", "helicopters", "UH-60"),
    ("HAL LUH", "helicopters", "LUH"),
    ("CH-7", "drones", "CH-7"),
    ("FH-97A", "drones", "FH-97"),
    ("Drishti-10", "drones", "Hermes 900"),
    ("XQ-58A Valkyrie", "drones", "XQ-58"),
    ("Quantum Vector", "drones", "Vector"),
    ("Vector", "reconnaissance drones", "Vector"),
    ("Rheinmetall Lynx", "infantry fighting vehicles", "Lynx KF41"),
    ("Lynx", "infantry fighting vehicles", "Lynx KF41"),
    ("Vamtac", "vehicles", "VAMTAC"),
    ("Booker", "light tanks", "M10 Booker"),
    ("ASCOD Sabrah", "light tanks", "Sabrah"),
    ("Cougar JERRV", "armoured vehicles", "Cougar MRAP"),
    ("Bergepanzer 3", "recovery vehicles", "Büffel"),
    ("Bharat 52", "howitzers", "Bharat 52"),
    ("Garuda 105", "howitzers", "Garuda 105"),
    ("AH4", "howitzers", "AH4"),
    ("GMARS", "rocket launchers", "GMARS"),
    ("Jobaria", "rocket launchers", "Jobaria"),
    ("LAR-160", "rocket launchers", "LAR-160"),
    ("Steel Dome", "air defence systems", "Steel Dome"),
    ("Hawk XXI", "air defence systems", "MIM-23 Hawk"),
    ("Gibka-S", "air defence systems", "Gibka"),
    ("Çakır", "cruise missiles", "Cakir"),
    ("Cakir", "cruise missiles", "Cakir"),
    ("Harbah", "cruise missiles", "Harbah"),
    ("Zarb", "anti-ship missiles", "Zarb"),
    ("SANT", "missiles", "SANT"),
    ("P18N", "offshore patrol vessels", "P18N"),
    ("Dakar-class", "submarines", "Dakar-class"),
    ("SSN-AUKUS", "submarines", "SSN-AUKUS"),
    ("Hisar-class", "offshore patrol vessels", "Hisar-class"),
    ("INS Tamal", "frigates", "Talwar"),
    ("Bofors 57 mm", "naval guns", "Bofors 57mm"),
    ("Otobreda 76 mm", "naval guns", "OTO Melara 76mm"),
    ("Navantia F110", "frigates", "Bonifaz-class"),
    ("Rheinmetall Panther", "tanks", "KF51 Panther"),
    ("Hanwha Tigon", "armoured vehicles", "Tigon"),
    ("HDF-3000", "frigates", "HDF-3000"),
    ("FP-5 Flamingo", "cruise missiles", "Flamingo"),
    ("Penguin C", "drones", "Penguin C"),
    ("MQ-20 Avenger", "drones", "MQ-20"),
    ("Bayraktar Mini UAV", "systems", "Bayraktar Mini"),
    ("L3Harris VAMPIRE", "counter-drone systems", "L3Harris VAMPIRE"),
]

# Russian sentences of our own: the name in several cases.
RUSSIAN = [
    ("Рособоронэкспорт предложил ОАЭ истребители «Чекмейт».", "Su-75"),
    ("Индонезия закупила ракеты «Эксосет» у Франции.", "Exocet"),
    ("Словакия заказала у Швеции боевые машины Си-Ви-90.", "CV90"),
    ("Украина заказала транспортные самолеты Ан-132.", "An-132"),
    ("Польша получила первые РСЗО «Чонму» от Южной Кореи.", "Chunmoo"),
    ("Контракт на поставку «Грипенов» Таиланду подписан.", "Gripen"),
    ("Бразилия приняла ещё два «Грипена».", "Gripen"),
    ("Вашингтон передал Киеву новую партию «Джавелинов».", "Javelin"),
    ("Россия применяла беспилотники «Герань-2».", "Shahed-136"),
    ("Китай поставил Сербии беспилотники «Вин Лунг».", "Wing Loong"),
    ("ОАЭ закупили беспилотники «Илун-2».", "Wing Loong II"),
    ("Египет получил корвет типа «Гоувинд».", "Gowind"),
    ("Турция спустила на воду фрегат типа «Истиф».", "Istif-class"),
    ("Германия передала Украине ещё один комплекс «Ирис-Т».", "IRIS-T"),
    ("Польша закупила новые бронетранспортеры «Росомак».", "Patria AMV"),
    ("Германия получила противоракетный комплекс «Эрроу-3» от Израиля.", "Arrow 3"),
    ("Саудовская Аравия разместила батареи ТХААД.", "THAAD"),
    ("Турция передала Катару гаубицы «Фыртына».", "T-155 Fırtına"),
    ("Турция начала поставки ЗРК «Сипер».", "Siper"),
    ("Индия получила фрегат «Тамал» с российской верфи.", "Talwar"),
    ("Белоруссия получила ЗРК «Бук-МБ3К».", "Buk"),
    ("Марокко закупило вертолеты «Блэк Хок».", "UH-60"),
    ("Турция предложила Пакистану крылатые ракеты «Чакыр».", "Cakir"),
]

# A name two kinds of system share goes to the one its noun names.
IN_CONTEXT = [
    ("Tunisia received AT-6 light attack aircraft from the United States.", "T-6"),
    ("Moscow offered the AT-6 Spiral missiles to Hanoi in the 1990s.", "Shturm"),
    ("Russia exported Orion drones to Algeria, a report said.", "Kronshtadt Orion"),
    ("Vietnam bought two more Gepard frigates from Russia.", "Gepard-class"),
    ("Egypt bought the two Mistral helicopter carriers in 2015.", "Mistral-class"),
    ("Brazil bought Puma helicopters from France in the 1980s.", "SA 330"),
    ("Kazakhstan bought Cobra armoured vehicles from Turkey.", "Otokar Cobra"),
    ("Australia ordered AS10 ammunition resupply vehicles.", "K10"),
    ("Australia chose the Hunter frigate design.", "Type 26"),
    ("Greece ordered S-70B Seahawk helicopters.", "SH-60"),
    ("Ukraine received Penguin C drones from the United States.", "Penguin C"),
    ("Norway ordered the Penguin anti-ship missiles.", "Penguin"),
    ("Egypt bought Avenger air defence systems.", "Avenger"),
    ("Qatar bought the Hawk Phase III air defence system.", "MIM-23 Hawk"),
]
RUSSIAN_IN_CONTEXT = [
    ("Россия передала Индии в аренду подводную лодку «Чакра».", "Akula"),
    ("Индия интересовалась подлодкой «Ясень».", "Project 885"),
    ("Индия получила вертолеты «Сихок» из США.", "MH-60R"),
    ("Египет получил комплексы «Антей-4000».", "S-300"),
    ("Китай закупил самоходки «Мста-СМ2».", "2S19 Msta-S"),
    ("Россия предложила Индии подлодки «Амур-950».", "Amur-1650"),
    ("Ирак получил вертолеты «Ночной охотник».", "Mi-28"),
    ("Пакистан получил фрегаты «Тугрил».", "Type 054"),
    ("Израиль поставил Азербайджану беспилотники «Скайстрайкер».", "SkyStriker"),
    ("Испания передала Украине ЗРК «Аспид».", "Aspide"),
    ("Австралия передала Украине бронемашины «Бушмастеры».", "Bushmaster"),
    ("Германия передала Украине гаубицы «Панцерхаубитце 2000».", "PzH 2000"),
    ("Польша разворачивает ЗРК «Висла».", "Patriot"),
    ("Норвегия закупила ещё САУ «Видар».", "K9"),
]

# Ambiguous aliases added here that must stay quiet without a weapon beside them.
QUIET = [
    "Lynx, a wildlife charity, counted the cats in the Carpathians last winter.",
    "The Booker Prize judges met in London on Tuesday.",
    "Vector, the logistics start-up, opened an office in Warsaw.",
    "Tamal and coffee were served at the reception in Mexico City.",
    "Tushil Singh won the regional chess title in Pune.",
    "The Tahya Misr Fund paid for two new hospitals in Aswan.",
    "Zarb, the poet, read his verses at the festival in Lahore.",
    "A Flamingo colony nests on the lake every spring.",
    "The Tigon at the zoo was born to a lion and a tigress.",
]
QUIET_RU = [
    "У побережья Египта рыбаки заметили акулу.",
    "Осенью в парке пожелтел старый ясень.",
    "На подоконнике цвела красная герань.",
    "Скиф на старинной вазе держит лук.",
    "Иван Грен родился в Петербурге и стал инженером.",
    "В лесу под Псковом заметили рысь.",
    "Паладин из романа спас принцессу.",
    "Висла разлилась после дождей под Краковом.",
]


def _families(text: str, lang: str = "en") -> set[str]:
    """The recognised families a text names, as the pipeline reads them (with the language's
    weapon nouns for ambiguous aliases)."""
    found, gaz = find_mentions(text, lang)
    return {m.value for m in found if m.kind == SYSTEM and gaz.families[m.value].recognised}


def test_every_added_name_is_read_as_its_family() -> None:
    missed = [
        (name, family)
        for name, noun, family in NAMES
        if family not in _families(f"Vietnam ordered 8 {name} {noun} in 2025.")
    ]
    assert not missed


@pytest.mark.parametrize(("text", "family"), RUSSIAN)
def test_a_russian_name_is_read_in_its_case(text: str, family: str) -> None:
    assert family in _families(text, "ru")


@pytest.mark.parametrize("text", QUIET)
def test_a_new_ambiguous_alias_names_no_system(text: str) -> None:
    assert not _families(text)


@pytest.mark.parametrize("text", QUIET_RU)
def test_a_new_russian_ambiguous_alias_names_no_system(text: str) -> None:
    assert not _families(text, "ru")


@pytest.mark.parametrize(("text", "family"), IN_CONTEXT)
def test_a_shared_name_goes_to_the_system_its_noun_names(text: str, family: str) -> None:
    assert family in _families(text)


@pytest.mark.parametrize(("text", "family"), RUSSIAN_IN_CONTEXT)
def test_a_russian_name_beside_its_noun_is_read(text: str, family: str) -> None:
    assert family in _families(text, "ru")


def test_a_chunmoo_is_no_cheonma() -> None:
    # "Чонму" (Chunmoo) was the accusative of "Чонма" (the Cheonma SAM) and went to it.
    found = _families("Польша разместила «Чонму» у границы.", "ru")
    assert "Cheonma" not in found


def test_an_s70_black_hawk_is_no_okhotnik() -> None:
    found = _families("Brazil ordered S-70 Black Hawk helicopters in 2025.")
    assert found == {"UH-60"}
