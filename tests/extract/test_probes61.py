"""Probes (round 61): times told by a bound or an estimate rather than a plain preposition.

- A month with no year after "before", "as early as", "as soon as", "no later than" or
  "around" ("should reach Lima before June is out", "could land as early as March") dates its
  step to that month, as one after "by" or "in" does (time.relmonth).
- A buyer that "expects" a counted batch ("expects eight Boxer vehicles from Germany") awaits
  its delivery, as one "expecting" it does; a count of time, money or orders is no batch
  (stage.expect_batch).
- A season "later this summer" points ahead of the article's day as "later this year" does: a
  present dated so is a plan (factuality.time_ahead).
- "Handed" reaches its "to" past a longer object ("handed four of the army's older Krab
  howitzers to Ukraine"): up to seven words (stage.delivery_words).
- A demonym right before a rival system set aside ("chose the Gripen over the French Rafale")
  tells that system's origin: no party to the step (roles.rival_maker_before).
- "Chosen" is a form of "choose" (stage.background_before and stage.type_selection had spelt it
  "choosen"): a rival after "had chosen X over" is set aside as after "chose X over".
- Russian: a readiness to discuss a supply ("готов обсуждать поставки") is an offer to talk,
  one negotiation cue asserted as English "ready to discuss" is, not a plan
  (stage.ru.ready_to_supply); a readiness to sign ("готова заключить контракт") stays a plan.
- A noun cue's own modal is looked for up to 100 characters after it (cues.AFTER_MODAL_CHARS):
  a Russian tail of several words and a source aside runs past 60.
- Russian: a system followed by a participle or a relative clause of its past transfer
  ("заменят МиГ-29, поставленные Перу в 1996 году") is no background: the participle's
  step is its own (stage.ru.transfer_relative).
- Russian: a gapped clause with its own subject before the dash and its object after it, named
  with several kind words ("а Мьянма — новые лёгкие учебные самолёты Як-130"), lists its
  system with the first clause's (roles.ru.gap_subject_object).
- A delay or a postponement said to have no effect on another step ("the radar delay did
  not affect Peru's purchase of the K2 tanks") postpones nothing and denies nothing of it
  (stage.exclusion_no_effect, factuality.negation_cancelers).
- A step noun whose schedule is told in the past perfect ("deliveries had been scheduled for
  2020") is a plan, as one "is scheduled" is (factuality.scheduled_noun).
- A single buyer left unnamed ("with one Gulf state", "to an unnamed Asian country", an order
  "from an undisclosed customer") is no
  buyer of the article's: the one told before does not fill the step (roles.unnamed_buyers).
- Russian: aircraft that landed at a base or in a country ("приземлились на авиабазе",
  "совершили посадку в") were delivered there, as English "landed at" is (stage.ru.landed);
  one that landed with another's cargo on board ("с гаубицами на борту") carried it and is no
  item of the step (stage.ru.carrier_on_board).
- Russian: a nuclear, peace, trade or grain deal or talks ("после заключения «ядерной сделки»")
  are no step of an arms transfer (stage.ru.exclusion_other_deals).
- Russian: arms that "went" to a named country or to the customer ("в Перу ушла первая
  партия", "ушли заказчику") were delivered there; a minister who "went" into retirement
  ("ушёл в отставку") moved nothing (stage.ru.went_to).
- Russian: a count of units in the instrumental ("заказанные двумя годами ранее") counts from
  the date told before it, as "годом ранее" does (time.ru.counted_instrumental).
- Russian: a season with no year ("летом") is the nearest such season as the tense asks, as
  English "in the summer" is: a summer told as past in a May article is last year's
  (time.ru.bare_season; the seasons' months are data, time.season_starts).
- Russian: an agreement or a declaration of intent ("подписали соглашение о намерениях") is
  a negotiation, as a letter of intent is (CLAIMS.md rule 8), not a signed contract
  (stage.ru.negotiation_words, stage.ru.sign_contract).
"""

from __future__ import annotations

import pytest

from tests.conftest import DatedClaim, dated_probe_claims

PUBLISHED = "2019-05-02"

DATED: list[tuple[str, set[DatedClaim]]] = [
    (
        "An official said ten Rafale jets from France should reach India before June is out.",
        {("Rafale", "FRA", "IND", "delivery", "expected", "2019-06")},
    ),
    (
        "The first K2 tanks could arrive in Poland as early as November, officials said.",
        {("K2", "KOR", "POL", "delivery", "possible", "2019-11")},
    ),
    (
        "Seoul says the K9 howitzers will reach Estonia no later than August.",
        {("K9", "KOR", "EST", "delivery", "expected", "2019-08")},
    ),
    (
        "Estonia ordered K9 howitzers from South Korea. Deliveries had been scheduled for 2020.",
        {
            ("K9", "KOR", "EST", "agreement", "asserted", None),
            ("K9", "KOR", "EST", "delivery", "expected", "2020"),
        },
    ),
    (
        "Australia expects eight Boxer vehicles from Germany next year.",
        {("Boxer", "DEU", "AUS", "delivery", "expected", "2020")},
    ),
    (
        "The Nigerian Air Force expects 12 A-29 aircraft from the United States.",
        {("A-29", "USA", "NGA", "delivery", "expected", None)},
    ),
    (
        "The second batch of Leopard 2 tanks from Germany arrives in Hungary later this summer.",
        {("Leopard 2", "DEU", "HUN", "delivery", "expected", "2019")},
    ),
    (
        "Poland has handed four of the army's older Krab howitzers to Ukraine since 2017.",
        {("Krab", "POL", "UKR", "delivery", "asserted", "2017")},
    ),
    (
        "The ministry said in May that Chile had chosen the Gripen jet over the French Rafale.",
        {("Gripen", "SWE", "CHL", "negotiation", "asserted", None)},
    ),
    (
        "Chile has chosen the Gripen jet as its preferred fighter.",
        {("Gripen", "SWE", "CHL", "negotiation", "asserted", None)},
    ),
    (
        "Сеул готов обсуждать с Лимой поставки танков K2.",
        {("K2", "KOR", "PER", "negotiation", "asserted", None)},
    ),
    (
        "Поставки оставшихся трёх батарей Patriot Украине, по заявлениям немецкой стороны, "
        "ожидаются к 2026 году.",
        {("Patriot", "USA", "UKR", "delivery", "expected", "2026")},
    ),
    (
        "Новые истребители заменят МиГ-29, поставленные Перу в 1996 году.",
        {("MiG-29", "RUS", "PER", "delivery", "asserted", "1996")},
    ),
    (
        "Вьетнам получил танки Т-90С, а Мьянма — новые лёгкие учебные самолёты Як-130.",
        {
            ("T-90", "RUS", "VNM", "delivery", "asserted", None),
            ("Yak-130", "RUS", "MMR", "delivery", "asserted", None),
        },
    ),
    (
        "Первые два истребителя Су-35 для ВВС Египта приземлились на авиабазе под Каиром в марте.",
        {("Su-35", "RUS", "EGY", "delivery", "asserted", "2019-03")},
    ),
    (
        "В мае два Ил-76 приземлились в Лиме с гаубицами Д-30 на борту.",
        {("D-30", "RUS", "PER", "delivery", "asserted", "2019-05")},
    ),
    (
        "В 2017 году, после заключения «ядерной сделки», танки Т-90 всё же были поставлены Ирану.",
        {("T-90", "RUS", "IRN", "delivery", "asserted", "2017")},
    ),
    (
        "В 2018 году в Перу ушла первая партия вертолётов Ми-171.",
        {("Mi-171", "RUS", "PER", "delivery", "asserted", "2018")},
    ),
    (
        "Вертолёты Ми-171 ушли в Перу.",
        {("Mi-171", "RUS", "PER", "delivery", "asserted", None)},
    ),
    ("Министр обороны Перу ушёл в отставку после скандала с вертолётами Ми-171.", set()),
    (
        "В 2018 году Перу получило вертолёты Ми-171, заказанные двумя годами ранее.",
        {
            ("Mi-171", "RUS", "PER", "delivery", "asserted", "2018"),
            ("Mi-171", "RUS", "PER", "agreement", "asserted", "2016"),
        },
    ),
    (
        "Россия и Перу подписали соглашение о намерениях по вертолётам Ми-171.",
        {("Mi-171", "RUS", "PER", "negotiation", "asserted", None)},
    ),
]

# A Russian season with no year, read as the tense asks (the article is of 2019-05-02).
SEASONS: list[tuple[str, set[DatedClaim]]] = [
    (
        "Первые вертолёты Ми-171 были переданы Перу летом.",
        {("Mi-171", "RUS", "PER", "delivery", "asserted", "2018")},
    ),
    (
        "Первые вертолёты Ми-171 будут переданы Перу летом.",
        {("Mi-171", "RUS", "PER", "delivery", "expected", "2019")},
    ),
    (
        "Первые вертолёты Ми-171 будут переданы Перу летом этого года.",
        {("Mi-171", "RUS", "PER", "delivery", "expected", "2019")},
    ),
]

# Must not change: a past step keeps the nearest past month; a bare "before" a clause is no
# month.
GUARDS: list[tuple[str, set[DatedClaim]]] = [
    (
        "Estonia received the K9 howitzers from South Korea before March.",
        {("K9", "KOR", "EST", "delivery", "asserted", "2019-03")},
    ),
    (
        "Estonia received the K9 howitzers from South Korea before the election.",
        {("K9", "KOR", "EST", "delivery", "asserted", None)},
    ),
    ("Dassault expects two more Rafale contracts this year.", set()),
    (
        "The ministry said the radar delay did not affect Peru's purchase of the K2 tanks.",
        {("K2", "KOR", "PER", "agreement", "asserted", None)},
    ),
    (
        "Peru bought RBS 70 launchers from Saab. The Swedish firm has also won a Carl-Gustaf "
        "order from an undisclosed customer.",
        {("RBS 70", "SWE", "PER", "agreement", "asserted", None)},
    ),
    (
        "Belarus ordered Yak-130 jets. Russia also sold Mi-171 helicopters to one Gulf state.",
        {("Yak-130", "RUS", "BLR", "agreement", "asserted", None)},
    ),
    (
        "The second batch of Leopard 2 tanks from Germany arrived in Hungary this summer.",
        {("Leopard 2", "DEU", "HUN", "delivery", "asserted", "2019")},
    ),
]


def dated_claims(text: str) -> set[DatedClaim]:
    return dated_probe_claims(text, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), DATED + GUARDS + SEASONS)
def test_dated_probe(text: str, expected: set[DatedClaim]) -> None:
    assert dated_claims(text) == expected
