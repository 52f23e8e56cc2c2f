"""Probes (round 62).

- Russian: a quotation that runs over two sentences and names its speaker only where it closes
  ("«... . ...», — сказал собеседник") lends that speaker to its first sentence, but not the
  place of his speech verb: a date of the first sentence is its own step's, not the report's
  (``russian.quoted_speaker``).
- A state that threatens or imposes sanctions over another's purchase ("Washington threatened
  Quito with sanctions over its purchase", "США грозят Эквадору санкциями за покупку") weighs
  on the deal from outside: no party, and the state threatened for a purchase is its buyer
  (roles.sanctioner_after, roles.ru.not_a_party_after, roles.ru.recipient_after).
- A delivery deadline extended ("extended the delivery deadline", "продлила сроки поставки")
  puts the delivery off (stage.postponed, stage.ru.postponed).
- Russian: a month a step is scheduled for ("запланирована на октябрь") dates it, as "в
  октябре" does; a new term after a postponement ("перенесли на ноябрь") does not date the
  postponement (time.ru.relmonth).
- A deal set in apposition that its party "has not officially confirmed" or "has not denied" is
  not denied by that silence (factuality.after_negation).
- A report the text calls wrong as it tells it ("a Lima daily falsely said that ...",
  "газета ошибочно написала, что ...") denies the step reported (factuality.denied,
  factuality.ru.denied_above).
- Russian: drones told as "аппараты" (plural) stand for the drone in focus, as "беспилотники"
  do: the first step told of them keeps its own date (nouns.ru.aircraft).
- A date that opens a new conjunct before a verb that is no step ("halted the sale pending an
  audit and only in June let it proceed") is that verb's: it dates no step before the conjunction
  (time.conjunct_verb, time.conjunct_opener).
- Russian: a buyer that "присматривается к" a system or its purchase is considering it, a
  negotiation as English "eyes" is (stage.ru.eyes).
- Russian: a call on another to cancel or stop a step ("призвали отказаться от закупок", "с
  требованием прекратить поставки") is a reaction, no cancellation
  (stage.ru.exclusion_call_to_cancel).
- A supplier "in no hurry to deliver" ("не спешит передавать", "не торопится с поставкой")
  holds the delivery back: put off, not denied (stage.postponed, stage.ru.postponed).
- A system named as what radars or avionics are for ("supplied radars for Chile's F-16 fleet")
  is background: not the item moved (stage.background_before).
- A step noun that "never took place" or "did not go ahead" is denied
  (factuality.noun_after_negation).
- Urging or calling on a supplier, or two named together, to send or hand over a system ("Quito
  urged Madrid and Rome to hand over ...") is a request, a negotiation, not a delivery
  (stage.request_to_receive).
- A "with" phrase whose step noun has an adjective ("with local production from 2028") has no
  tense of its own: a plan when its date is after the article's (time.with_plan).
- A government that approves its own sending ("approved sending ten old jets to ...") has
  decided to give: a pledge, an agreement with itself as supplier (stage.pledge,
  roles.supplier_after).
- Talks, a deal or a plan that died, broke down or went nowhere was cancelled, as one that
  collapsed was (stage.collapse); a pilot who died ends no deal.
- The gazetteer knows more families often sold second-hand or to smaller buyers (trainers,
  patrol boats, light weapons): 103 families added, each with its maker and its aliases.
- A seller that plans, intends or aims to sell ("Washington intends to sell Lima 24 jets")
  states an intention: a negotiation, as one that wants to sell (stage.offer_to_sell).
- The competition a deal was won against ("against stiff competition including the
  Gripen") is background: no negotiation of the winner, and its rivals are no items
  (stage.exclusion_won_against, stage.background_before).
- A step said to remain on the table ("scrapping the order remains on the table") is an open
  option: possible (factuality.hedge_after).
- A party talking to another about buying ("was talking to Paris about buying frigates") is in
  talks: a negotiation, the purchase its topic (stage.talking_about).
- A party hoping to take a step itself ("hopes to sign the contract next year") plans it:
  expected, as one that plans to (factuality.expected); a hope that another acts ("hopes that
  Berlin will deliver") still hedges it (factuality.possible).
- A counted subject "the other four" with no noun stands for the system in focus, as "the
  remaining four" does (nouns.elliptic_subject).
"""

from __future__ import annotations

import pytest

from tests.conftest import DatedClaim, dated_probe_claims

PUBLISHED = "2019-05-02"

DATED: list[tuple[str, set[DatedClaim]]] = [
    (
        "Казахстан получил от России вторую партию вертолетов Ми-35М, сообщил источник.\n\n"
        "«Вертолеты переданы заказчику по контракту, подписанному в 2017 году. Остальные машины "
        "придут в следующем году», — пояснил представитель завода.",
        {
            ("Mi-35", "RUS", "KAZ", "delivery", "asserted", None),
            ("Mi-35", "RUS", "KAZ", "agreement", "asserted", "2017"),
        },
    ),
    (
        "Washington threatened Quito with sanctions over its purchase of Su-30 jets from Russia.",
        {("Su-30", "RUS", "ECU", "agreement", "asserted", None)},
    ),
    (
        "США грозят Эквадору санкциями за покупку российских истребителей Су-30.",
        {("Su-30", "RUS", "ECU", "agreement", "asserted", None)},
    ),
    (
        "Seoul has extended the delivery deadline for the K9 howitzers bought by Estonia.",
        {("K9", "KOR", "EST", "postponed", "asserted", None)},
    ),
    (
        "Берлин дважды продлевал Каиру сроки поставки подводных лодок Type 209.",
        {("Type 209", "DEU", "EGY", "postponed", "asserted", None)},
    ),
    (
        "Передача Перу первых двух вертолетов Ми-171 запланирована на октябрь.",
        {("Mi-171", "RUS", "PER", "delivery", "expected", "2019-10")},
    ),
    (
        "Поставку Перу вертолетов Ми-171 из России перенесли на ноябрь.",
        {("Mi-171", "RUS", "PER", "postponed", "asserted", None)},
    ),
    (
        "The Kenyan army has bought ten Otokar Cobra vehicles from Turkey, a deal Ankara has not "
        "denied.",
        {("Otokar Cobra", "TUR", "KEN", "agreement", "asserted", None)},
    ),
    (
        "A Lima daily falsely said that Peru had dropped its order for K2 tanks from South Korea.",
        {("K2", "KOR", "PER", "cancelled", "denied", None)},
    ),
    (
        "Одна газета ошибочно написала, что Перу отказалось от покупки танков K2 у Южной Кореи.",
        {("K2", "KOR", "PER", "cancelled", "denied", None)},
    ),
    (
        "Литва заказала у Турции шесть беспилотников Bayraktar TB2. Первые аппараты литовская "
        "армия получит в 2020 году, а поставки завершатся к 2021 году.",
        {("Bayraktar TB2", "TUR", "LTU", "delivery", "expected", "2020")},
    ),
    (
        "Berlin halted the sale of Leopard 2 tanks to Qatar pending an audit and only in March "
        "let it proceed.",
        {("Leopard 2", "DEU", "QAT", "postponed", "asserted", None)},
    ),
    (
        "Lima signed for K2 tanks from Seoul in April and in May asked Washington for HIMARS.",
        {
            ("K2", "KOR", "PER", "agreement", "asserted", "2019-04"),
            ("HIMARS", "USA", "PER", "negotiation", "asserted", "2019-05"),
        },
    ),
    (
        "Армия Перу присматривается к корейским танкам K2.",
        {("K2", "KOR", "PER", "negotiation", "asserted", None)},
    ),
    (
        "Seoul is in no hurry to deliver the last K9 howitzers to Estonia.",
        {("K9", "KOR", "EST", "postponed", "asserted", None)},
    ),
    (
        "Гаубицы K9 для Эстонии готовы, но отдавать их Сеул пока не торопится.",
        {("K9", "KOR", "EST", "postponed", "asserted", None)},
    ),
    (
        "Deliveries of the Su-35 jets to Algeria never took place.",
        {("Su-35", "RUS", "DZA", "delivery", "denied", None)},
    ),
    (
        "Officials in Quito urged Madrid and Rome to hand over more Aspide missiles.",
        {
            ("Aspide", "ESP", "ECU", "negotiation", "asserted", None),
            ("Aspide", "ITA", "ECU", "negotiation", "asserted", None),
        },
    ),
    (
        "Romania signed a deal for 54 more K9 howitzers, with local production from 2022.",
        {("K9", "KOR", "ROU", "production", "expected", "2022")},
    ),
    (
        "Bulgaria approved sending ten old MiG-29 jets to Ukraine.",
        {("MiG-29", "BGR", "UKR", "agreement", "asserted", None)},
    ),
    (
        "Lima courted Paris for Rafale jets in 2019, but the talks died within a year.",
        {("Rafale", "FRA", "PER", "cancelled", "asserted", None)},
    ),
    (
        "Paraguay received four T-35 Pillán trainers from Chile.",
        {("T-35", "CHL", "PRY", "delivery", "asserted", None)},
    ),
    (
        "Кения получила из России гранатометы СПГ-9.",
        {("SPG-9", "RUS", "KEN", "delivery", "asserted", None)},
    ),
    (
        "Washington intends to sell Peru 24 new F-16 fighters.",
        {("F-16", "USA", "PER", "negotiation", "asserted", None)},
    ),
    (
        "Ecuador's plan to scrap its order for K2 tanks from South Korea remains on the table.",
        {("K2", "KOR", "ECU", "cancelled", "possible", None)},
    ),
    (
        "Uruguay was talking to Spain about buying two used F-110 frigates.",
        {("F-110 frigate", "ESP", "URY", "negotiation", "asserted", None)},
    ),
    (
        "Bolivia hopes to sign a contract for six K-8 trainers with China next year.",
        {("K-8", "CHN", "BOL", "agreement", "expected", "2020")},
    ),
    (
        "Kenya received the first two Z-9 helicopters from China. The other four should arrive by "
        "mid-2020.",
        {("Z-9", "CHN", "KEN", "delivery", "expected", "2020")},
    ),
]

NOT_MADE: list[tuple[str, DatedClaim]] = [
    (
        "The Kenyan army has bought ten Otokar Cobra vehicles from Turkey, a deal Ankara has not "
        "denied.",
        ("Otokar Cobra", "TUR", "KEN", "agreement", "denied", None),
    ),
    (
        "Чилийские депутаты призвали правительство отказаться от покупки танков K2 у Сеула.",
        ("K2", "KOR", "CHL", "cancelled", "asserted", None),
    ),
    (
        "Seoul is in no hurry to deliver the last K9 howitzers to Estonia.",
        ("K9", "KOR", "EST", "delivery", "denied", None),
    ),
    (
        "Israel supplied new radars for Chile's F-16 fleet.",
        ("F-16", "ISR", "CHL", "delivery", "asserted", None),
    ),
    (
        "Peru signed for 12 KF-21 jets from Seoul, against stiff competition including the Gripen "
        "from Sweden.",
        ("Gripen", "SWE", "PER", "negotiation", "asserted", None),
    ),
    (
        "Peru signed for 12 KF-21 jets from Seoul, against stiff competition including the Gripen "
        "from Sweden.",
        ("KF-21", "KOR", "PER", "negotiation", "asserted", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dated_probe(text: str, expected: set[DatedClaim]) -> None:
    found = dated_probe_claims(text, PUBLISHED)
    assert expected <= found, found


@pytest.mark.parametrize(("text", "unwanted"), NOT_MADE)
def test_not_made(text: str, unwanted: DatedClaim) -> None:
    assert unwanted not in dated_probe_claims(text, PUBLISHED)
