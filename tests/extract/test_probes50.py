"""Probes (round 50): spans of a few weeks or months from the article's date, and a step
counted "weeks later" from the date told before it.

- "In the coming weeks", "in recent weeks", "within months", "over the past months": a few
  weeks or months after or before the article's date (up to six), dated with what every
  reading of that stretch shares: the year of a June article, nothing where the stretch
  crosses into another year (time.fewdays).
- "Weeks later", "days later" with no count are a few (time.later), counted from the date the
  sentence gives before them, as "a few weeks later" is.
- A buying or receiving verb after "and" with no subject of its own ("Slovakia gave Ukraine its
  MiG-29 jets and has since bought F-16s from the United States") takes the sentence's subject
  as its recipient, not the first clause's receiver: "bought" is a buying verb as "buy" is
  (roles.buy_verb), and "received", "took delivery of", "obtained" are receiving verbs
  (roles.take_verb).
- A line that ends on no full stop reads as a headline though it is not the article's own (a
  related story's title): its "X to supply Y" is a step to come (text.stopped_line,
  factuality.headline_expected).
- A government that green-lights or clears a "buy" or an "acquisition" approves it, as one
  that clears a purchase does (stage.authorise_sale): a negotiation.
- A buyer "close to buying" or that "nears a deal for" a state's used systems is their buyer,
  the owner their seller (roles.recipient_after): "Peru is close to buying Jordan's used F-16
  jets" made Jordan the buyer of US jets.
- A reference noun in a component phrase ("engines for the ships") is no reference to the
  system in focus, as a system named there is not (stage.background_before); Russian power
  plants ("силовые установки") are no reference noun (nouns.ru.reference).
- Russian: "будут", "могут" before a giving verb keep its subject the giver ("Афины и Мадрид
  не будут передавать": roles.ru.supplier_after).
- A transfer verb in -ing right after a comma ("Egypt turned to Russia in 2013, ordering 46
  Ka-52 helicopters") is an adjunct: its subject is the clause's, not a party named between
  (roles.adjunct_participle_before, roles.ing_form).
- A pledge not made ("has not agreed to send", "never pledged") is denied: the pledge cue is
  asserted only where its clause marks nothing else (stage.pledge, now "unmarked"), and a date
  may stand between "agreed" and its "to hand" ("agreed in June to hand").
- Russian: a name that does not decline, where officials speak ("В Баку назвали сделку
  угрозой"), is no destination and no party, as a declined one is (places.speakers_place).
- A page's tag line ("Tags: ...", "Теги: ...") lists subjects and tells no step (text.tag_line).
- Russian: a state that refused or chose not to hand over a system ("Испания отказалась
  поставлять", "не стала передавать") is its giver, as one that decided to is
  (roles.ru.supplier_after).
- The rivals a chosen system finished "ahead of" are background, as those it was chosen "over"
  are (stage.background_before): "a contract has yet to be signed" denies none of them.

Every text is our own."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import probe_claims
from tests.extract.test_time_probes5 import agrees, whens

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Slovakia gave Ukraine its MiG-29 jets and has since bought F-16 jets from the United "
        "States.",
        {
            ("MiG-29", "SVK", "UKR", "delivery", "asserted"),
            ("F-16", "USA", "SVK", "agreement", "asserted"),
        },
    ),
    (
        "Portugal sent Leopard 2 tanks to Ukraine and bought CV90 vehicles from Sweden.",
        {
            ("Leopard 2", "PRT", "UKR", "delivery", "asserted"),
            ("CV90", "SWE", "PRT", "agreement", "asserted"),
        },
    ),
    (
        "Ecuador sent its Cheetah jets back to South Africa and has since obtained Kfir fighters "
        "from Israel.",
        {
            ("Cheetah", "ECU", "ZAF", "delivery", "asserted"),
            ("Kfir", "ISR", "ECU", "delivery", "asserted"),
        },
    ),
    (
        "Spain green-lights Hurjet trainer buy",
        {("Hürjet", "TUR", "ESP", "negotiation", "asserted")},
    ),
    (
        "Seoul chose the C-390 ahead of the A400M and the C-130J, but a contract has yet to be "
        "signed.",
        {
            ("C-390", "BRA", "KOR", "negotiation", "asserted"),
            ("C-390", "BRA", "KOR", "agreement", "denied"),
        },
    ),
    (
        "Португалия не стала передавать Киеву свои вертолеты Ми-17.",
        {("Mi-17", "PRT", "UKR", "delivery", "denied")},
    ),
    (
        "Испания отказалась поставлять Украине танки Leopard 2.",
        {("Leopard 2", "ESP", "UKR", "delivery", "denied")},
    ),
    (
        "Peru is close to buying Jordan's used F-16 jets.",
        {("F-16", "JOR", "PER", "negotiation", "asserted")},
    ),
    (
        "Peru nears a deal for Chile's used Leopard 2 tanks",
        {("Leopard 2", "CHL", "PER", "negotiation", "asserted")},
    ),
    (
        "Chile received two Type 23 frigates from Britain in 2006. Chile bought engines for the "
        "ships from Germany.",
        {("Type 23", "GBR", "CHL", "delivery", "asserted")},
    ),
    (
        "Индия получила фрегат проекта 11356 от России в 2024 году. Силовые установки для "
        "кораблей индийская сторона закупила у украинской компании.",
        {("Talwar", "RUS", "IND", "delivery", "asserted")},
    ),
    (
        "Премьер-министр заявил, что Афины и Мадрид не будут передавать Украине комплексы Patriot.",
        {
            ("Patriot", "GRC", "UKR", "delivery", "denied"),
            ("Patriot", "ESP", "UKR", "delivery", "denied"),
        },
    ),
    (
        "Germany has not agreed to send Taurus missiles to Kyiv.",
        {("Taurus", "DEU", "UKR", "agreement", "denied")},
    ),
    (
        "Norway never pledged NASAMS launchers to Kyiv.",
        {("NASAMS", "NOR", "UKR", "agreement", "denied")},
    ),
    (
        "Romania agreed in June to hand one of its Patriot batteries to Ukraine.",
        {("Patriot", "ROU", "UKR", "agreement", "asserted")},
    ),
    (
        "Morocco is buying Apache helicopters. Egypt turned to Russia in 2013, ordering 46 "
        "Ka-52 helicopters.",
        {
            ("AH-64", "USA", "MAR", "agreement", "asserted"),
            ("Ka-52", "RUS", "EGY", "agreement", "asserted"),
        },
    ),
    (
        "Chile is buying F-16 jets. Peru broke with Moscow in 2019, buying Black Hawk "
        "helicopters from the United States.",
        {
            ("F-16", "USA", "CHL", "agreement", "asserted"),
            ("UH-60", "USA", "PER", "agreement", "asserted"),
        },
    ),
    (
        "Южная Корея подписала контракт с Польшей на танки K2. В Баку назвали сделку угрозой "
        "региональной стабильности.",
        {("K2", "KOR", "POL", "agreement", "asserted")},
    ),
]


# Texts with their own headline, for lines that read as headlines without being the title.
HEADLINED: list[tuple[str, str, set[Key]]] = [
    (
        "Lima eyes more Black Hawks",
        "Peru is in talks with the United States on ten more Black Hawk helicopters.\n\n"
        "Related: Russia to supply Belarus with more Tor-M2 air defence systems",
        {
            ("UH-60", "USA", "PER", "negotiation", "asserted"),
            ("Tor", "RUS", "BLR", "delivery", "expected"),
        },
    ),
    (
        "Czech Republic hands DANA howitzers to Ukraine",
        "The Czech Republic handed DANA howitzers to Ukraine.\n\n"
        "Tags: Czech Republic, Ukraine, DANA, K9, FA-50, arms exports",
        {("Dana", "CZE", "UKR", "delivery", "asserted")},
    ),
    (
        "Чехия передала Украине гаубицы DANA",
        "Чехия передала Украине гаубицы DANA.\n\n"
        "Теги: Чехия, Украина, DANA, K9, FA-50, экспорт вооружений",
        {("Dana", "CZE", "UKR", "delivery", "asserted")},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), HEADLINED, ids=[t for t, _, _ in HEADLINED])
def test_headlined(title: str, text: str, expected: set[Key]) -> None:
    article = Article(doc="t", text=f"{title}\n\n{text}", published="2024-06-12", title=title)
    assert {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in extract(article)
    } == expected


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


# (published, text, system, stage, expected when: a prefix of every date of the key, or None)
WHEN_CASES: list[tuple[str, str, str, str, str | None]] = [
    (
        "2024-03-05",
        "Quito expects to sign for the Black Hawk helicopters in the coming months.",
        "UH-60",
        "agreement",
        "2024",
    ),
    (
        "2024-11-20",
        "Quito expects to sign for the Black Hawk helicopters in the coming months.",
        "UH-60",
        "agreement",
        None,
    ),
    (
        "2024-09-10",
        "Jakarta took delivery of two more CN-235 aircraft from Spain in recent weeks.",
        "CN-235",
        "delivery",
        "2024",
    ),
    (
        "2024-01-20",
        "Jakarta took delivery of two more CN-235 aircraft from Spain in recent weeks.",
        "CN-235",
        "delivery",
        None,
    ),
    (
        "2025-04-02",
        "The Czech Republic will hand over the last Leopard 2 tanks to Ukraine within weeks.",
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2025-04-02",
        "The tanks will reach Ukraine within weeks of the order, Prague said of its Leopard 2s.",
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2025-04-02",
        "Lima ordered Mi-17 helicopters from Russia in May 2013 and cancelled the order weeks "
        "later.",
        "Mi-17",
        "cancelled",
        "2013",
    ),
    (
        "2025-04-02",
        "Lima ordered Mi-17 helicopters from Russia in October 2013, but dropped the deal "
        "months later.",
        "Mi-17",
        "cancelled",
        None,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "system", "stage", "expected"),
    WHEN_CASES,
    ids=[f"{c[0]}-{c[1][:40]}" for c in WHEN_CASES],
)
def test_step_date(
    published: str, text: str, system: str, stage: str, expected: str | None
) -> None:
    assert agrees(whens(text, system, stage, published), expected)
