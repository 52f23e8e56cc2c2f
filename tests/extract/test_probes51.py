"""Probes (round 51).

- A sale, a transfer or an export that a verb approves, blocks or halts ("Washington approved
  the sale in May", "the transfer was frozen") is a step of the system in focus, as "the deal"
  is (nouns.sale_object); elsewhere "the sale" stays a reason or a reaction, and a demand
  ("urged Washington to cancel the sale") is no step. The sale a state approves is of a system
  it makes: the latest such system the article named, where the article's topic is another's.
- A promise with the receiving state before what is promised ("promised Minsk the Iskander-M
  launchers", "promised Tehran Su-35 jets") pledges it: an agreement (stage.pledge).
- A purchase told as a concluded deal's terms ("Under the deal, Brazil will buy 36 Gripen jets",
  "a deal under which Peru was to buy eight jets") is that agreement, not an intention to buy
  (stage.deal_terms); a proposed deal's is still an intention.
- Russian: a clause of contrast with a subject of its own ("Сербия уже получила «Панцири», а
  Венгрия только планирует закупку") gives its subject the role its cue gives, not the clause
  before's party (roles.ru.contrast_subject_before, gapping.contrast_subject).
- Russian: the object noun of a stated step ("Алжир, заключивший с Москвой контракт на
  закупку Су-35, может разорвать") is one predication with its verb: the main clause's
  modal does not reach it.
- Russian: "позже" after a stretch of time ("доставили двумя годами позже") counts from a step told
  before and marks no future (factuality.ru.expected).
- A buyer ready to buy ("Варшава готова купить", "is ready to buy", "declared its readiness
  to purchase") states its wish: an asserted negotiation (stage.ru.plan_to_buy,
  stage.plan_to_buy).
- A verb taking a reference as its object ("Дели подписал контракт на 36 машин") predicates:
  only a cue inside the reference is the reference itself.
- Russian: a flight or a squadron ("второе звено", "новую эскадрилью") stands for the
  aircraft in focus; a system told as promised ("обещанных Киеву в мае 2024 года", "часть
  обещанных машин") was pledged (stage.ru.pledge).
- Russian: a state that "выступила первым заказчиком" has an agreement, as one that "стала
  заказчиком" has (stage.ru.became_buyer); an intention to contract ("намеревался
  законтрактовать у Москвы") is a negotiation (stage.ru.plan_to_buy).
- A step whose consequence is warned of ("the delivery of the missiles would mark a new stage
  of escalation", "передача ракет станет «опасным витком эскалации»", "будет означать
  участие в конфликте") is a hypothetical: possible (factuality.hedge_after and its Russian
  version).
- Russian "не скрывал раздражения" (made no secret of) negates no step
  (factuality.ru.negation_cancelers).
- "Reached a contract" is no arrival (stage.delivery_words); a demand that a state not take a
  step ("envoys pressed Moscow not to ship") is a reaction: no step and no denial
  (stage.exclusion_demand_not_to).
- A reference may have a sum before its noun ("the $90 million contract", nouns.reference); a
  step or a request stuck or stalled ("has been stuck in Congress since May", "the sale
  stalled") is held up (stage.postponed), not one a state "has stuck with"; pushing a purchase
  back ("pushes back Rafale purchase") puts it off, no urging (stage.urge_to_buy).
- An intention "of buying" ("has no intention of buying") is a plan to buy: a negotiation,
  here denied (stage.plan_to_buy).
- A system named as another's rival or likeness ("The J-10C, a rival of the F-16, was ordered
  by Pakistan", "similar to the Patriot") is background (stage.background_before), not "the
  arrival of" one.
- Russian: a clause of contrast that names no party ("Иран получил Як-130, а поставка Су-35
  ожидается позже") goes on with the receiver the sentence opened on (roles.ru.contrast_opener,
  gapping.carried_receiver).
- A deal whose own object is of another kind ("After a deal for two radars in 2019, Peru
  ordered K9 howitzers in 2021") is no step of the system named after it: the howitzers' order
  takes its own date (clause_steps.object_of_other_kind, stage.unnamed_object).
- Russian: the maker's adjective ("американские истребители") supplies only where no party
  supplies by pattern, as in English: "Дания передала Украине американские истребители" is
  Denmark's transfer (roles.assign_roles); states that "взяли на себя обязательство передать"
  promise to give, and a state that "может согласиться отправить" is the giver
  (roles.ru.supplier_after).
- Russian: a donor's decision to hand over ("решила передать") commits it as a pledge does
  (stage.ru.pledge), not one "не передавать".
- Doubt that a step will happen ("analysts doubt that Egypt will receive", "эксперты
  сомневаются, что ... получит") hedges it: possible (factuality.hedge_above and its Russian
  version).

Every text is our own."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Romania will receive 32 F-35 jets from the United States. Washington cleared the "
        "proposed sale in early September.",
        {
            ("F-35", "USA", "ROU", "delivery", "expected"),
            ("F-35", "USA", "ROU", "negotiation", "asserted"),
        },
    ),
    (
        "Chile took delivery of its first KC-46 tanker last week. The sale was approved by "
        "Washington in March 2022.",
        {
            ("KC-46", "USA", "CHL", "delivery", "asserted"),
            ("KC-46", "USA", "CHL", "negotiation", "asserted"),
        },
    ),
    (
        "Ghana has ordered ten K-8 jets from China. The export was suspended last year after "
        "a payment dispute.",
        {
            ("K-8", "CHN", "GHA", "agreement", "asserted"),
            ("K-8", "CHN", "GHA", "postponed", "asserted"),
        },
    ),
    (
        "Taiwan will buy 40 Abrams tanks from Washington. Beijing urged Washington to cancel "
        "the sale at once to avoid damage to ties.",
        {("Abrams", "USA", "TWN", "negotiation", "asserted")},
    ),
    (
        "Peru ordered 40 K2 tanks from South Korea in 2023. The tanks will be built in "
        "Changwon. Lima is also in talks with the United States about buying F-16 jets. A "
        "request for 24 of the jets went out in 2024. Washington approved the sale last week.",
        {
            ("K2", "KOR", "PER", "agreement", "asserted"),
            ("K2", "KOR", "PER", "production", "expected"),
            ("F-16", "USA", "PER", "negotiation", "asserted"),
        },
    ),
    (
        "The Kremlin promised Minsk the Iskander-M launchers at a summit in Sochi.",
        {("Iskander", "RUS", "BLR", "agreement", "asserted")},
    ),
    (
        "The Kremlin promised Tehran Su-35 jets in 2023.",
        {("Su-35", "RUS", "IRN", "agreement", "asserted")},
    ),
    (
        "Under the deal, Brazil will buy 36 Gripen jets from Sweden.",
        {("Gripen", "SWE", "BRA", "agreement", "asserted")},
    ),
    (
        "Lima and Washington struck a deal under which Peru was to buy eight F-16 jets from "
        "the United States.",
        {("F-16", "USA", "PER", "agreement", "asserted")},
    ),
    (
        "Under a proposed deal, Peru would buy eight F-16 jets from the United States.",
        {("F-16", "USA", "PER", "negotiation", "asserted")},
    ),
    (
        "Сербия уже получила комплексы «Панцирь-С1», а Венгрия только планирует закупку.",
        {
            ("Pantsir", "RUS", "SRB", "delivery", "asserted"),
            ("Pantsir", "RUS", "HUN", "negotiation", "asserted"),
        },
    ),
    (
        "Египет уже получил истребители Су-35, а Алжир ждет первые машины к 2027 году.",
        {
            ("Su-35", "RUS", "EGY", "delivery", "asserted"),
            ("Su-35", "RUS", "DZA", "delivery", "expected"),
        },
    ),
    (
        "Алжир, заключивший с Москвой контракт на закупку Су-35, теперь может разорвать "
        "соглашение.",
        {
            ("Su-35", "RUS", "DZA", "agreement", "asserted"),
            ("Su-35", "RUS", "DZA", "cancelled", "possible"),
        },
    ),
    (
        "Перу заказало вертолеты Ми-17 у России, а первые машины доставили в Лиму двумя "
        "годами позже.",
        {
            ("Mi-17", "RUS", "PER", "agreement", "asserted"),
            ("Mi-17", "RUS", "PER", "delivery", "asserted"),
        },
    ),
    (
        "Варшава готова купить у США ещё шесть батарей Patriot.",
        {("Patriot", "USA", "POL", "negotiation", "asserted")},
    ),
    (
        "Warsaw is ready to buy six more Patriot batteries from the United States.",
        {("Patriot", "USA", "POL", "negotiation", "asserted")},
    ),
    (
        "Индия получила истребители Rafale от Франции. В 2016 году Дели подписал контракт на "
        "36 машин, и к 2022 году все они прибыли.",
        {
            ("Rafale", "FRA", "IND", "agreement", "asserted"),
            ("Rafale", "FRA", "IND", "delivery", "asserted"),
        },
    ),
    (
        "Белоруссия получила от России истребители Су-30СМ2. Второе звено ВВС страны получат "
        "летом, сообщил генерал.",
        {
            ("Su-30", "RUS", "BLR", "delivery", "asserted"),
            ("Su-30", "RUS", "BLR", "delivery", "expected"),
        },
    ),
    (
        "Бельгия отправила Украине первые из 30 истребителей F-16, обещанных Киеву в мае 2024 "
        "года.",
        {
            ("F-16", "BEL", "UKR", "delivery", "asserted"),
            ("F-16", "BEL", "UKR", "agreement", "asserted"),
        },
    ),
    (
        "Комплексы «Панцирь» поставлялись в Перу, которое в 2019 году выступило первым "
        "заказчиком морской версии системы.",
        {
            ("Pantsir", "RUS", "PER", "delivery", "asserted"),
            ("Pantsir", "RUS", "PER", "agreement", "asserted"),
        },
    ),
    (
        "Минск намеревался законтрактовать у Москвы двенадцать Су-30.",
        {("Su-30", "RUS", "BLR", "negotiation", "asserted")},
    ),
    (
        "The Kremlin warned that the delivery of Tomahawk missiles to Ukraine would mark a "
        "new stage of escalation.",
        {("Tomahawk", "USA", "UKR", "delivery", "possible")},
    ),
    (
        "Москва дала понять, что передача Киеву ракет Tomahawk станет «опасным витком эскалации».",
        {("Tomahawk", "USA", "UKR", "delivery", "possible")},
    ),
    (
        "Посол заявил, что отправка Киеву ракет Storm Shadow будет означать участие Лондона в "
        "конфликте.",
        {("Storm Shadow", None, "UKR", "delivery", "possible")},
    ),
    (
        "Дели не скрывал раздражения сроками поставок С-400 из России.",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
    ),
    (
        "In 2016 Moscow and Tehran finally reached a contract on S-300 batteries.",
        {("S-300", "RUS", "IRN", "agreement", "asserted")},
    ),
    (
        "Iran ordered the S-300 system from Russia in 2007. Israeli envoys pressed Moscow for "
        "months not to ship the S-300 batteries to Tehran.",
        {("S-300", "RUS", "IRN", "agreement", "asserted")},
    ),
    (
        "Kenya bought Z-9 helicopters from China. The $90 million contract was held up twice.",
        {
            ("Z-9", "CHN", "KEN", "agreement", "asserted"),
            ("Z-9", "CHN", "KEN", "postponed", "asserted"),
        },
    ),
    (
        "A Peruvian request to acquire 24 F-16 jets from the US has been stuck in Congress "
        "since May.",
        {
            ("F-16", "USA", "PER", "negotiation", "asserted"),
            ("F-16", "USA", "PER", "postponed", "asserted"),
        },
    ),
    (
        "The sale of Rafale jets to Colombia stalled over financing.",
        {("Rafale", "FRA", "COL", "postponed", "asserted")},
    ),
    (
        "Lithuania has stuck with the NASAMS it bought from Norway years ago.",
        {("NASAMS", "NOR", "LTU", "agreement", "asserted")},
    ),
    (
        "Peru has no intention of buying Su-30 jets from Russia.",
        {("Su-30", "RUS", "PER", "negotiation", "denied")},
    ),
    (
        "The J-10C, a rival of the F-16, was ordered by Pakistan in 2021.",
        {("J-10", "CHN", "PAK", "agreement", "asserted")},
    ),
    (
        "В 2023 году Иран получил от России самолеты Як-130, а поставка Су-35 ожидается позже.",
        {
            ("Yak-130", "RUS", "IRN", "delivery", "asserted"),
            ("Su-35", "RUS", "IRN", "delivery", "expected"),
        },
    ),
    (
        "Литва передала Украине американские бронемашины M113.",
        {("M113", "LTU", "UKR", "delivery", "asserted")},
    ),
    (
        "Норвегия пообещала передать Украине американские истребители F-16.",
        {("F-16", "NOR", "UKR", "agreement", "asserted")},
    ),
    (
        "Перу купило у Израиля американские вертолеты UH-60.",
        {("UH-60", "ISR", "PER", "agreement", "asserted")},
    ),
    (
        "Мадрид может согласиться отправить Украине ракеты Patriot.",
        {("Patriot", "ESP", "UKR", "delivery", "possible")},
    ),
    (
        "Германия решила передать Украине танки Leopard 1.",
        {("Leopard 1", "DEU", "UKR", "agreement", "asserted")},
    ),
    (
        "Analysts doubt that Egypt will receive the Su-35 jets from Russia this year.",
        {("Su-35", "RUS", "EGY", "delivery", "possible")},
    ),
    (
        "Эксперты сомневаются, что Египет получит от России истребители Су-35 в этом году.",
        {("Su-35", "RUS", "EGY", "delivery", "possible")},
    ),
    (
        "Чили и Колумбия взяли на себя обязательство передать Перу вертолеты UH-60.",
        {
            ("UH-60", "CHL", "PER", "agreement", "asserted"),
            ("UH-60", "COL", "PER", "agreement", "asserted"),
        },
    ),
    (
        "Kenya bought six Z-9 helicopters from China. Critics said the sale would strain the "
        "budget.",
        {("Z-9", "CHN", "KEN", "agreement", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def test_approved_sale_dates_the_approving_makers_system() -> None:
    text = CASES[4][0]
    article = Article(doc="t", text=text, published="2025-06-01", title="Arms trade roundup")
    whens = {(c.system, c.stage.value): c.when for c in extract(article)}
    assert whens[("F-16", "negotiation")] == "2025-05"
    assert whens[("K2", "agreement")] == "2023"


def test_a_deal_for_another_kind_lends_no_date() -> None:
    text = (
        "After a small deal for two radars in 2019, Peru ordered K9 howitzers in 2021 and Black "
        "Hawk helicopters in 2022."
    )
    article = Article(doc="t", text=text, published="2025-06-01", title="Arms trade roundup")
    whens = {(c.system, c.stage.value): c.when for c in extract(article)}
    assert whens == {("K9", "agreement"): "2021", ("UH-60", "agreement"): "2022"}
