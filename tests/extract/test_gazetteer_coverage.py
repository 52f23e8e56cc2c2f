"""Gazetteer coverage (issue: systems the study articles never named vanished on unseen news).

Template sentences of our own, one per system and name form the press uses (designation with or
without hyphen, popular name, class name, maker prefix, plural, Russian Cyrillic), each checked
for the family it must be read as; and names that are also common words, which must name no
system when no weapon noun stands beside them."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.extract.gazetteer import SYSTEM, load_gazetteer
from armsledger.extract.mentions import scan
from armsledger.models import Article

# (sentence, family the claim must name)
FOUND = [
    ("Egypt took delivery of 12 F-16s from the United States last year.", "F-16"),
    ("Indonesia ordered 24 Fighting Falcon jets from the United States.", "F-16"),
    ("Algeria received 14 Su-30MKI fighters from Russia in 2019.", "Su-30"),
    ("Vietnam took delivery of 6 Yak-130 trainers from Russia.", "Yak-130"),
    ("India signed for 26 Rafale M jets from France.", "Rafale"),
    ("Thailand ordered four Gripen E fighter jets from Sweden.", "Gripen"),
    ("Nigeria received 12 Super Tucano aircraft from Brazil.", "A-29"),
    ("Poland took delivery of 12 FA-50PL jets from South Korea.", "FA-50"),
    ("Peru bought 4 C-27J Spartan transport aircraft from Italy.", "C-27"),
    ("Kazakhstan received two A400M Atlas aircraft from France.", "A400M"),
    ("Morocco ordered a Falcon 900 aircraft from France for maritime patrol.", "Falcon 900"),
    ("Malaysia received 4 AW139 helicopters from Italy.", "AW139"),
    ("Brazil took delivery of 12 H225M Caracal helicopters from France.", "H225M"),
    ("Egypt received 46 Ka-52 helicopters from Russia.", "Ka-52"),
    ("Peru ordered 24 Mi-171Sh helicopters from Russia.", "Mi-171"),
    ("Chile bought 3 Bell-412 helicopters from Canada.", "Bell 412"),
    ("Ukraine received 50 Bayraktar TB2 drones from Turkey.", "Bayraktar TB2"),
    ("Russia received hundreds of Shahed-136 drones from Iran.", "Shahed-136"),
    ("Azerbaijan bought Harop loitering munitions from Israel.", "Harop"),
    ("Taiwan ordered four MQ-9B SkyGuardian drones from the United States.", "MQ-9"),
    ("Turkey took delivery of the S-400 air defence systems from Russia.", "S-400"),
    ("Egypt ordered Buk-M2E air defence systems from Russia.", "Buk"),
    ("Serbia received Pantsir-S1 air defence systems from Russia.", "Pantsir"),
    ("Malaysia ordered Chunma air defence systems from South Korea.", "Cheonma"),
    ("India received MR-SAM air defence systems from Israel.", "Barak 8"),
    ("Taiwan bought NASAMS from Norway.", "NASAMS"),
    ("Ukraine received ADATS air defence systems from Switzerland.", "ADATS"),
    ("Germany delivered MANTIS air defence systems to Slovakia.", "MANTIS"),
    ("Ukraine took delivery of Javelins from the United States.", "Javelin"),
    ("Egypt received Kornet-EM anti-tank missiles from Russia.", "Kornet"),
    ("The Philippines took delivery of BrahMos missiles from India.", "BrahMos"),
    ("Ukraine received Storm Shadow missiles from the United Kingdom.", "Storm Shadow"),
    ("Vietnam bought Kh-35 Uran missiles from Russia.", "Kh-35"),
    ("Georgia received Corsar anti-tank missiles from Ukraine.", "Corsar"),
    ("Indonesia bought Tayfun missiles from Turkey.", "Tayfun"),
    ("Poland ordered Rampage missiles from Israel.", "Rampage"),
    ("The Netherlands ordered RAM missiles from the United States.", "RIM-116"),
    ("Algeria received KAB-1500 guided bombs from Russia.", "KAB-1500"),
    ("Ukraine took delivery of M777 howitzers from the United States.", "M777"),
    ("Ukraine received Caesar howitzers from France.", "Caesar"),
    ("Pakistan ordered PLZ-52 howitzers from China.", "PLZ-52"),
    ("Ukraine received LAROM rocket launchers from Romania.", "LAROM"),
    ("Indonesia ordered T-155 howitzers from Turkey.", "T-155 Fırtına"),
    ("Ukraine took delivery of Leopard 2A4 tanks from Poland.", "Leopard 2"),
    ("Egypt ordered T-90S tanks from Russia.", "T-90"),
    ("Indonesia ordered V-BAT drones from the United States.", "V-BAT"),
    ("Azerbaijan bought C-Dome air defence systems from Israel.", "C-Dome"),
    ("Iraq received Al-Wahsh armoured vehicles from Jordan.", "Al-Wahsh"),
    ("Tunisia ordered Arma 6x6 armoured vehicles from Turkey.", "Otokar Arma"),
    ("Iraq bought Mowag Eagle armoured vehicles from Switzerland.", "MOWAG Eagle"),
    ("The Philippines ordered two Jose Rizal-class frigates from South Korea.", "Jose Rizal"),
    ("Brazil ordered four Scorpene submarines from France.", "Scorpene"),
    ("Vietnam received six Kilo-class submarines from Russia.", "Kilo"),
    ("Pakistan bought four Istanbul-class frigates from Turkey.", "Istanbul"),
    ("Indonesia ordered two Merah Putih-class frigates from the United Kingdom.", "Merah Putih"),
    ("Nigeria received an Ocean Eagle 43 patrol vessel from France.", "Ocean Eagle 43"),
    ("Qatar ordered 76mm Super Rapid naval guns from Italy.", "OTO Melara 76mm"),
    ("Indonesia received K745 torpedoes from South Korea.", "K-Shark"),
    ("Египет получил от России 12 истребителей Су-30МКИ.", "Su-30"),
    ("Индия получила от России зенитные ракетные комплексы С-400.", "S-400"),
    ("Алжир получил от России 20 вертолётов Ми-17В-5.", "Mi-17"),
    ("Вьетнам получил от России 64 танка Т-90С.", "T-90"),
    ("Индонезия получила от России боевые машины пехоты БМП-3Ф.", "BMP-3"),
    ("Сербия получила от России комплексы Тор-М2Э.", "Tor"),
    ("Армения получила от России комплексы Искандер-Э.", "Iskander"),
    ("Египет получил от России противотанковые ракеты Корнет-ЭМ.", "Kornet"),
    ("Индия получила от России ракеты РВВ-АЕ.", "R-77"),
    ("Иран получил от России авиабомбы КАБ-1500.", "KAB-1500"),
]

# Names that are common words or names: with no weapon noun beside them they name nothing.
QUIET = [
    "The tiger was seen near the village.",
    "A hawk circled over the lorries that delivered the grain.",
    "The lynx population in the forest has recovered.",
    "The boxer won the title fight in Cairo.",
    "A cobra bit a farmer near the depot.",
    "A leopard was spotted near the barracks.",
    "Piranha were found in the river near the base.",
    "The panther escaped from the zoo.",
    "The falcon returned to its handler.",
    "An eagle nested on the radio mast.",
    "A fox crossed the runway at dawn.",
    "Flights from Milan to Cairo resumed after the strike.",
    "The server needs more RAM and a faster disk.",
    "Rampage in the market left three dead.",
    "Jais airport in Uttar Pradesh reopened.",
    "Ajban is a village near Abu Dhabi.",
    "Invar is an alloy of iron and nickel.",
    "Paolo Thaon di Revel was an Italian admiral.",
    "Jose Rizal is a national hero of the Philippines.",
    "Helina visited her family in Delhi.",
    "The Neptun shipyard in Rostock changed owners.",
    "Arma is a town in the Peruvian Andes.",
    "Togan is a common surname in Turkey.",
    "Qaem Shahr is a city in northern Iran.",
    "В парке цвёл каштан.",
    "Малютка спала в коляске.",
    "Гепард бежал по саванне.",
    "Он бросил бумеранг через поле.",
    "На площади росла пальма.",
    "Рефлекс сработал мгновенно.",
    "Томагавк висел на стене музея.",
    "Жерар Леклерк приехал в Москву.",
]


def _systems(text: str) -> set[str]:
    return {
        c.system
        for c in extract(Article(doc="t", text=f"Headline\n\n{text}", published="2024-03-01"))
        if c.recognised
    }


@pytest.mark.parametrize(("text", "family"), FOUND)
def test_a_system_is_known_by_the_name_the_press_uses(text: str, family: str) -> None:
    assert family in _systems(text), text


@pytest.mark.parametrize("text", QUIET)
def test_a_common_word_names_no_system(text: str) -> None:
    lang = "ru" if any("а" <= ch <= "я" for ch in text.lower()) else "en"
    hits = [m for m in scan(load_gazetteer(lang), text) if m.kind == SYSTEM]
    assert not hits, (text, hits)
