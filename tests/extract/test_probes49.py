"""Probes (round 49): systems readied for a handover, visits, halts told by their giver, pages
with headline strips, and clauses with a pronoun for a subject.

- A system readied or prepared for a step awaits it: "has readied the first of two frigates
  for delivery to Quito" is a delivery to come (factuality.expected).
- A person's or a delegation's arrival is a visit, no delivery of a system named in another
  clause ("Hours after Lula arrived in Paris, Brazil ordered ...": stage.person_arrival,
  and its Russian version).
- A verb that ends or shelves a step keeps the step's party as its subject, as "postponed"
  does: "The Netherlands cancelled the sale of ... to Egypt", "dropped plans to supply" are
  the Netherlands' (roles.step_control), and so is the noun "sale" after it
  (roles.supplier_after); not a third party's block.
- A state's possessive opening a new clause after ", and" is no member of the list before it:
  "on credit from Moscow, and Mexico's navy flies Mi-17s" gives Mexico no Venezuelan helicopter
  (roles.subject_after_comma).
- A pipe between spaces ends a sentence: a strip of headlines is not one sentence
  (text.sentence_end).
- A clause opening on "after" or "but" with a pronoun subject has a subject of its own ("...,
  after it rejected the US-made M109": text.time_clause, text.new_subject_clause).
- The rest that "would follow" may take its time in quotation marks (stage.will_follow).
- A state's name right before another system's name is that system's attribute ("the US
  F-16"), no party to the steps of the systems listed with it.
- An order book told as a sum ("its export order book exceeded $60 billion") is no order of
  the system in focus (stage.exclusion_order_book; Russian "портфель заказов превысил").
- A state that "has shown interest in" a system is its prospective buyer
  (roles.recipient_after), as one "interested in" it is.
- A deal "performed over three years" is in force, no plan (factuality.step_verb).
- A deal noun whose object names another kind ("funding the purchase of air defence systems
  and drones") is no reference to the anti-tank missile in focus (nouns.deal_object).
- The receiver named again later in the sentence is no lone loose party to supply ("is due to
  receive ..., agreed between BrahMos Aerospace and Manila's ministry").
- Russian: the case of "российской стороной" is the noun's ("стороной": the instrumental
  agent), not the adjective's, which reads as a dative too; and a maker named after an armed
  service ("на вооружение белорусской армии поступили переданные российской стороной") does
  not make the service its own.
- A state that pays for a transfer to another gives it ("Germany will fund the transfer of
  two Patriot batteries to Ukraine", "Германия оплатит передачу Украине": roles.step_control,
  roles.ru.supplier_after).
- A title whose pipe ends the headline before the site's name ("... to Kyiv - Der Standard |
  example.org") is still the headline, and its dash names the source; an aside "in addition"
  is no part of a speaker's name (attribution.aside).
- "I can confirm that the tanks arrived" hedges nothing (factuality.possible); a system
  "built in the United States" is made there, the place no receiver (roles.not_a_party_before);
  a relative clause telling a lease, with a subject of three capitalised words ("the Gripen
  fighters that the Czech Air Force has leased from Sweden"), is the Gripen's, not the
  replacing F-35s' (stage.transfer_relative).
- A sentence that quotes a state's office ("Argentina's Ministry of Defence said the F-16s
  bought from Denmark are due to arrive") and names no buyer speaks of that state's purchase,
  not of the article's buyer from before (pronouns.speaking_state).
- The state a company is "of" in a deal's "with" phrase is the deal's other side ("signed a
  contract with Daewoo of South Korea for three Type 209 submarines": roles.counterparty_before).
- Russian: a named maker of a system several states make, chosen by the decider, sells it
  ("Турция и Великобритания подписали контракт на поставку ... Eurofighter": Britain), where
  the rules left the seller open (russian_lists.named_kept).
- Russian: a perfective future of building ("Китай изготовит для Пакистана ... подводных
  лодок") is production to come (stage.ru.production_future); carrying out a contract for
  production is that production (stage.ru.implement_production), not a delivery; ships being
  completed ("достраиваются") are in production.
- Russian: a transfer verb after ", а" with no subject of its own takes the subject the
  sentence opens on (gapping.elided_subject); the perfective futures of lasting ("растянутся",
  "продлятся") schedule a step; power plants for ships are components; a discussion of a
  transfer is talk; officials who "встречают" news react; calling reports of a step
  "спекуляциями" denies it.
- Russian: "весной того года" dates from the year told before, as "того же года" does.
- Russian: a transport aircraft named before its carrying verb ("военно-транспортные самолеты
  Y-20 доставили ... комплексы FK-3") is the carrier, the cargo is delivered
  (stage.ru.carrier_before, stage.ru.carrier_after); a discourse word set off by commas
  ("впрочем") lets a halt govern the step before it; a step that "did not follow" ("контрактов
  так и не последовало") or that things never "came to" is denied; "интересовался" is interest;
  the states put after "проявляли (интерес)" are the interested buyers, and a later clause of
  the sentence goes on with all of them ("контрактов с ними"); a list's later member set in a
  participle clause ("переданные Украине Данией и Нидерландами") is no loose party of the main
  clause's step; officials who warn ("В Кремле предупредили") speak; "страна" opening a later
  sentence is the state a recent sentence opened on.

Every text is our own."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Italy's Fincantieri has readied the first of two FREMM frigates for delivery to "
        "Indonesia, the company said.",
        {("FREMM", "ITA", "IDN", "delivery", "expected")},
    ),
    (
        "Two Patriot batteries were being readied for shipment to Ukraine from Germany.",
        {("Patriot", "DEU", "UKR", "delivery", "expected")},
    ),
    (
        "The Dutch F-16s have been prepared for their delivery flight to Romania.",
        {("F-16", "NLD", "ROU", "delivery", "expected")},
    ),
    (
        "Hours after Lula arrived in Paris, Brazil ordered four Scorpene submarines from France.",
        {("Scorpene", "FRA", "BRA", "agreement", "asserted")},
    ),
    (
        "Modi arrived in Paris on Thursday, where India is expected to announce the purchase "
        "of 26 Rafale-M jets.",
        {("Rafale", "FRA", "IND", "negotiation", "asserted")},
    ),
    (
        "After the Rafales arrived in Belgrade, Serbia retired its MiG-29 jets.",
        {("Rafale", "FRA", "SRB", "delivery", "asserted")},
    ),
    (
        "The Netherlands cancelled the sale of Patriot missiles to Egypt.",
        {("Patriot", "NLD", "EGY", "cancelled", "asserted")},
    ),
    (
        "The Netherlands dropped plans to supply Patriot missiles to Egypt.",
        {("Patriot", "NLD", "EGY", "cancelled", "asserted")},
    ),
    (
        "The Netherlands suspended the sale of Patriot missiles to Egypt.",
        {("Patriot", "NLD", "EGY", "postponed", "asserted")},
    ),
    (
        "Venezuela received about 40 Mi-17V-5 and Mi-26 helicopters between 2006 and 2010 on "
        "credit from Moscow, and Mexico's navy flies Mi-17s acquired in the late 1990s.",
        {
            ("Mi-17", "RUS", "VEN", "delivery", "asserted"),
            ("Mi-26", "RUS", "VEN", "delivery", "asserted"),
        },
    ),
    (
        "More stories: Delhi tests a glide bomb from a Su-30MKI | Polish army to form a sixth "
        "division | Chile extends F-16 support contract with Lockheed Martin | Quito opens an "
        "air show",
        set(),
    ),
    (
        "Romania is expected to sign for 54 K9s next year, after it rejected the US-made M109.",
        {("K9", "KOR", "ROU", "agreement", "expected")},
    ),
    (
        "Tehran says the Yak-130 trainers have been delivered, while the Su-35s would follow "
        '"in the near future".',
        {
            ("Yak-130", "RUS", "IRN", "delivery", "asserted"),
            ("Su-35", "RUS", "IRN", "delivery", "expected"),
        },
    ),
    (
        "Colombia chose the Gripen, ending a competition that had included the French Rafale "
        "and the US F-16.",
        {
            ("Gripen", "SWE", "COL", "negotiation", "asserted"),
            ("Rafale", "FRA", "COL", "negotiation", "asserted"),
            ("F-16", "USA", "COL", "negotiation", "asserted"),
        },
    ),
    (
        "The Philippines bought BrahMos missiles from India. Vietnam has also shown interest in "
        "the system, officials said.",
        {
            ("BrahMos", "IND", "PHL", "agreement", "asserted"),
            ("BrahMos", "IND", "VNM", "negotiation", "asserted"),
        },
    ),
    (
        "Denmark signed a contract with Elbit for PULS rocket launchers. The contract, valued "
        "at about $130 million, will be performed over a period of three years.",
        {("PULS", "ISR", "DNK", "agreement", "asserted")},
    ),
    (
        "Britain sent NLAW missiles to Ukraine. The UK is also funding the purchase of air "
        "defence systems and drones.",
        {("NLAW", "GBR", "UKR", "delivery", "asserted")},
    ),
    (
        "India delivered the first BrahMos batteries to the Philippines. Vietnam has also shown "
        "interest in the system. The Philippines is due to receive the remaining two batteries "
        "by 2025, under a timeline agreed between BrahMos Aerospace and Manila's Department of "
        "National Defense.",
        {
            ("BrahMos", "IND", "PHL", "delivery", "asserted"),
            ("BrahMos", "IND", "VNM", "negotiation", "asserted"),
            ("BrahMos", "IND", "PHL", "delivery", "expected"),
        },
    ),
    (
        "Rosoboronexport delivered S-400 systems to India. Its export order book exceeded $60 "
        "billion last year.",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
    ),
    (
        "В апреле военно-транспортные самолеты Y-20 доставили в Белград зенитные ракетные "
        "комплексы FK-3.",
        {("HQ-22", "CHN", "SRB", "delivery", "asserted")},
    ),
    (
        "От идеи получить F-35 Анкара, впрочем, не отказалась.",
        {("F-35", "USA", "TUR", "cancelled", "denied")},
    ),
    (
        "Интерес к С-400 проявляли Катар и Египет, однако контрактов с ними так и не последовало.",
        {
            ("S-400", "RUS", "QAT", "negotiation", "asserted"),
            ("S-400", "RUS", "EGY", "negotiation", "asserted"),
            ("S-400", "RUS", "QAT", "agreement", "denied"),
            ("S-400", "RUS", "EGY", "agreement", "denied"),
        },
    ),
    (
        "Индия закупила С-400 у России. Интерес к комплексу проявляли также Катар и Египет, "
        "однако до контракта дело не дошло.",
        {
            ("S-400", "RUS", "IND", "agreement", "asserted"),
            ("S-400", "RUS", "QAT", "negotiation", "asserted"),
            ("S-400", "RUS", "EGY", "negotiation", "asserted"),
            ("S-400", "RUS", "QAT", "agreement", "denied"),
            ("S-400", "RUS", "EGY", "agreement", "denied"),
        },
    ),
    (
        "Катар интересовался российскими комплексами С-400.",
        {("S-400", "RUS", "QAT", "negotiation", "asserted")},
    ),
    (
        "Первые истребители F-16, переданные Украине Данией и Нидерландами, прибыли в страну.",
        {
            ("F-16", "DNK", "UKR", "delivery", "asserted"),
            ("F-16", "NLD", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "В Кремле заранее предупредили, что поставка Tomahawk станет новым этапом эскалации.",
        set(),
    ),
    (
        "ВВС Мьянмы в четверг показали первые два истребителя Су-30СМ. Контракт на шесть машин "
        "был подписан в 2018 году. Ранее страна также получила из России учебно-боевые Як-130.",
        {("Yak-130", "RUS", "MMR", "delivery", "asserted")},
    ),
    (
        "На вооружение белорусской армии поступили переданные российской стороной "
        "оперативно-тактические ракетные комплексы «Искандер».",
        {("Iskander", "RUS", "BLR", "delivery", "asserted")},
    ),
    (
        "I can confirm that all the Challenger 2s arrived in Ukraine in March.",
        {("Challenger 2", "GBR", "UKR", "delivery", "asserted")},
    ),
    (
        "The F-35s will replace the 14 Gripen fighters that the Czech Air Force has leased from "
        "Sweden since 2005.",
        {("Gripen", "SWE", "CZE", "delivery", "asserted")},
    ),
    (
        "Twelve A-29 Super Tucano aircraft, built in the United States by Sierra Nevada, arrived "
        "in Nigeria in July.",
        {("A-29", "BRA", "NGA", "delivery", "asserted")},
    ),
    (
        "Китай изготовит для Пакистана восемь подводных лодок Hangor.",
        {("Hangor", "CHN", "PAK", "production", "expected")},
    ),
    (
        "Завод выполняет контракт на производство истребителей Су-35 для Египта.",
        {("Su-35", "RUS", "EGY", "production", "asserted")},
    ),
    (
        "Корабли проекта 11356 для Индии достраиваются на верфи «Янтарь».",
        {("Talwar", "RUS", "IND", "production", "asserted")},
    ),
    (
        "Indonesia bought Rafale jets last year. Argentina's Ministry of Defence said the first "
        "six of 24 F-16 fighters bought from Denmark are due to arrive by the end of 2025.",
        {
            ("Rafale", "FRA", "IDN", "agreement", "asserted"),
            ("F-16", "DNK", "ARG", "delivery", "expected"),
            ("F-16", "DNK", "ARG", "agreement", "asserted"),
        },
    ),
    (
        "Indonesia signed a contract with Daewoo of South Korea for three Type 209 submarines.",
        {("Type 209", "KOR", "IDN", "agreement", "asserted")},
    ),
    (
        "Турция и Великобритания подписали контракт на поставку 20 истребителей Eurofighter "
        "Typhoon.",
        {("Eurofighter", "GBR", "TUR", "agreement", "asserted")},
    ),
    (
        "Germany will fund the transfer of two Patriot batteries to Ukraine.",
        {("Patriot", "DEU", "UKR", "delivery", "expected")},
    ),
    (
        "Германия оплатит передачу Украине двух батарей Patriot.",
        {("Patriot", "DEU", "UKR", "agreement", "asserted")},
    ),
    (
        "Словакия вывела из эксплуатации МиГ-29, а в 2023 году передала 13 таких истребителей "
        "Украине.",
        {("MiG-29", "SVK", "UKR", "delivery", "asserted")},
    ),
    (
        "Поставки KAAN в Индонезию, по словам турецкой стороны, растянутся на десять лет.",
        {("KAAN", "TUR", "IDN", "delivery", "expected")},
    ),
    (
        "Газотурбинные установки для фрегатов проекта 11356 Индия закупила напрямую у "
        "украинского предприятия «Зоря-Машпроект».",
        set(),
    ),
    (
        "Дискуссия о передаче Украине немецких крылатых ракет Taurus длится уже два года.",
        {("Taurus", "DEU", "UKR", "negotiation", "asserted")},
    ),
    (
        "Министр назвал сообщения о скорой поставке J-35 Пакистану «не более чем медийными "
        "спекуляциями».",
        {
            ("J-35", "CHN", "PAK", "delivery", "denied"),
            ("J-35", "CHN", "PAK", "delivery", "asserted"),
        },
    ),
    (
        "Путин прибыл в Нью-Дели, где Индия и Россия обсудят поставки С-400.",
        {("S-400", "RUS", "IND", "negotiation", "asserted")},
    ),
    (
        "Первые Су-35 прибыли в Алжир в мае, сообщил источник.",
        {("Su-35", "RUS", "DZA", "delivery", "asserted")},
    ),
]


def test_a_headline_before_a_pipe_keeps_its_source() -> None:
    title = "Berlin to send more Gepard guns to Kyiv - Der Standard | example.org"
    article = Article(doc="t", text=f"{title}\n", published="2024-01-01", title=title)
    assert [(c.system, c.source) for c in extract(article)] == [("Gepard", "Der Standard")]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected
