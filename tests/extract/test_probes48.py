"""Probes (round 48): a buyer told by its order alone, approvals, design and schedules.

- A count after a deal's noun and "for" is the object of that deal ("Hungary followed with an
  order for two in 2020", "placed an order for 36"): it stands for the system in focus, as
  "ordered 36" does (nouns.elided_object through nouns.object_step_verb); the state that
  "followed with an order" is its buyer (roles.recipient_after).
- Giving consent (a blessing) to a sale is an approval, a negotiation (CLAIMS.md rule 8), no
  handover (stage.give, stage.approval_for_sale).
- What a system was built or designed to do is its design, no production for a customer
  ("was built to operate from rough strips": stage.exclusion_design_purpose); so is where a
  type is made, told in the present ("its missiles are produced in France and Italy":
  stage.exclusion_made_in).
- Being close to a deal to supply a system is talks, no plan of a delivery nor a sale of its
  own (stage.close_to_deal).
- A schedule set off as an aside after a delivery ("Delivery of the jets, originally due in
  2023, has been postponed") makes that delivery a plan (factuality.scheduled_noun).
- A state named twice lists with the parties beside its mention nearest the system: "Warsaw and
  Bratislava handed over jets, and Poland has supplied tanks" gives Slovakia no tanks.
- A noun of a system's kind inside a hyphenated modifier is none: "Chinese anti-aircraft
  missiles" in a headline stand for no aircraft the article names later (the transport planes
  that carried them).
- A step the rules gave a system of its own is not that of a system past a later predicate
  with its own verb: "abandoned plans to buy Su-35 jets and will focus instead on acquiring
  French Rafales" abandons no Rafale (stage.conjunct_verb_before reads "and will focus instead
  on").
  A list in the cue's own clause holds, though one of its states is named again after it
  ("The Netherlands and Austria signed for nine C-390s, five for the Dutch air force and four
  for Austria, while Portugal took delivery": both signed).
- A supplier phrase governs a possessive after it: "NASAMS from Norway's Kongsberg" is the
  NASAMS's maker, so it is no supplier of the Rafale jets the sentence told before.
- A relative clause between a subject and its verb closes at the comma before the verb past
  the commas of a list of names inside it: "Egypt, which operates a mixed fleet of American,
  French and Russian combat aircraft, has ordered 30 more Rafale jets" is Egypt's order, not
  one for the states the fleet's makers are (text.clause_break).
- Awaiting a decision on a system is no delivery awaited ("Turkey awaits F-16 decision":
  stage.await_system).
- Russian: engines with their own designation before "для" leave the platform they are for as
  background ("двигатели АЛ-31Ф для истребителей J-10": stage.ru.background_before); a report
  called "абсолютно ложными" is denied as one called "ложными" is; the buyer's noun may open
  the sentence with the system's name and a date before "стал"; "более чем в десять стран"
  counts unnamed buyers; a notice that did not arrive is no delivery ("уведомлений ... не
  поступало"); a promise keeps its verb across a time adverbial ("пообещал в ближайшие месяцы
  передать"); a transfer no decision has been taken on is denied, as in English.

Every text is our own."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Saab has sold the Gripen to several air forces. Colombia followed with an order "
        "for 17 in 2025.",
        {
            ("Gripen", "SWE", "COL", "agreement", "asserted"),
        },
    ),
    (
        "Saab has sold the Gripen to several air forces. Brazil placed an order for 36 in 2014.",
        {
            ("Gripen", "SWE", "BRA", "agreement", "asserted"),
        },
    ),
    (
        "The State Department gave its consent to the sale of F-16 jets to Argentina.",
        {("F-16", "USA", "ARG", "negotiation", "asserted")},
    ),
    ("The Su-25 was built to operate from rough airstrips, which suits Mali.", set()),
    ("The SAMP/T is built by Eurosam, and its Aster missiles are produced in France.", set()),
    # production for a customer stays one
    (
        "The FREMM frigates for Egypt are being built in Lorient.",
        {("FREMM", "FRA", "EGY", "production", "asserted")},
    ),
    (
        "Hanwha is close to a deal to supply K9 howitzers to Vietnam.",
        {("K9", "KOR", "VNM", "negotiation", "asserted")},
    ),
    (
        "Ankara is nearing a deal to sell Bayraktar TB2 drones to Kenya.",
        {("Bayraktar TB2", "TUR", "KEN", "negotiation", "asserted")},
    ),
    (
        "Delivery of the MiG-29 jets to Peru, originally due in 2023, has been postponed.",
        {
            ("MiG-29", "RUS", "PER", "delivery", "expected"),
            ("MiG-29", "RUS", "PER", "postponed", "asserted"),
        },
    ),
    (
        "Warsaw and Bratislava handed over MiG-29 fighters to Kyiv last year, and Poland has "
        "supplied more than 300 T-72 tanks.",
        {
            ("MiG-29", "POL", "UKR", "delivery", "asserted"),
            ("MiG-29", "SVK", "UKR", "delivery", "asserted"),
            ("T-72", "POL", "UKR", "delivery", "asserted"),
        },
    ),
]


CASES += [
    (
        "Serbia receives Chinese anti-aircraft missiles in covert delivery\n"
        "Serbia has received the FK-3 system from China, the ministry said. Six Y-20 transport "
        "planes flew the equipment in.",
        {("HQ-22", "CHN", "SRB", "delivery", "asserted")},
    ),
    (
        "Indonesia has abandoned plans to buy Su-35 jets and will focus instead on acquiring "
        "French Rafales.",
        {
            ("Su-35", "RUS", "IDN", "cancelled", "asserted"),
            ("Rafale", "FRA", "IDN", "negotiation", "asserted"),
        },
    ),
]

CASES.append(
    (
        "Qatar received Rafale jets in May and signed for NASAMS from Norway's Kongsberg.",
        {
            ("Rafale", "FRA", "QAT", "delivery", "asserted"),
            ("NASAMS", "NOR", "QAT", "agreement", "asserted"),
        },
    )
)

CASES += [
    (
        "Egypt, which operates a mixed fleet of American, French and Russian combat aircraft, "
        "has ordered 30 more Rafale jets from France.",
        {("Rafale", "FRA", "EGY", "agreement", "asserted")},
    ),
    (
        "Greece eyes more Rafales as Turkey awaits F-16 decision",
        {("Rafale", "FRA", "GRC", "negotiation", "asserted")},
    ),
]

CASES.append(
    (
        "Sweden picked the C-390 transport. The Netherlands and Austria signed a joint contract "
        "last month for nine C-390s, five for the Dutch air force and four for Austria, while "
        "Portugal took delivery of its first aircraft in 2023.",
        {
            ("C-390", "BRA", "SWE", "negotiation", "asserted"),
            ("C-390", "BRA", "NLD", "agreement", "asserted"),
            ("C-390", "BRA", "AUT", "agreement", "asserted"),
            ("C-390", "BRA", "PRT", "delivery", "asserted"),
        },
    )
)

RUSSIAN: list[tuple[str, set[Key]]] = [
    ("Ранее Китай закупал в России двигатели АЛ-31Ф для истребителей J-10.", set()),
    (
        "Сообщения о передаче Москве ракет Fateh-110 министр назвал абсолютно ложными.",
        {
            ("Fateh-110", "IRN", "RUS", "delivery", "denied"),
            ("Fateh-110", "IRN", "RUS", "delivery", "asserted"),
        },
    ),
    (
        "Первым зарубежным заказчиком системы «Полонез» в 2018 году стал Азербайджан.",
        {("Polonez", "BLR", "AZE", "agreement", "asserted")},
    ),
    (
        "Ирак получил вертолеты Ми-17 в 2018 году. В 2019 году российские вертолеты "
        "поставлены более чем в десять стран.",
        {("Mi-17", "RUS", "IRQ", "delivery", "asserted")},
    ),
    (
        "«Официальных уведомлений от индонезийской стороны не поступало, контракт на Су-35 "
        "остается в силе», — сказал он.",
        {("Su-35", "RUS", "IDN", "agreement", "asserted")},
    ),
    (
        "Президент пообещал в ближайшие месяцы передать Минску «Искандер-М».",
        {("Iskander", "RUS", "BLR", "agreement", "asserted")},
    ),
    (
        "Киев в мае запросил у Германии крылатые ракеты Taurus, однако решение о передаче "
        "пока не принято.",
        {
            ("Taurus", "DEU", "UKR", "negotiation", "asserted"),
            ("Taurus", "DEU", "UKR", "delivery", "denied"),
        },
    ),
]

CASES += RUSSIAN

# Texts whose first line is the article's headline (the rest, body text).
HEADLINED = {
    "Serbia receives Chinese anti-aircraft missiles in covert delivery",
    "Greece eyes more Rafales as Turkey awaits F-16 decision",
}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    first = text.split("\n", 1)[0]
    if first in HEADLINED:
        assert probe_claims(text, title=first) == expected
    else:
        assert probe_claims(text) == expected
