"""Probes (round 63).

- A buyer that had weighed a system, or has considered it ("Lima had also weighed the Korean
  tank"), was in talks of it: a negotiation, as one weighing it now is
  (stage.consider_system); not a weight ("the tank weighed 40 tonnes").
- A count with a noun of a system's kind and no name, as the object of a step or of a deal
  noun ("a purchase of 14 aircraft", "an order for ten batteries", "bought 12 used aircraft"),
  stands for the system of that kind in focus (nouns.counted_object).
- A state discussing, studying or weighing a purchase is its buyer ("Kenya is said to be
  negotiating a purchase of ..."), and one that said it planned to buy is too
  (roles.recipient_after, roles.aux).
- A system withdrawn from a state's own service ("withdrawn from Ruritanian service") is
  retired, no deal cancelled, as one withdrawn from service is (stage.exclusion_no_step).
- "The guns" stands for the howitzer in focus (nouns.artillery).
- A discourse adverb set off by commas after an auxiliary ("Greece has, however, sent") ends
  no clause and stands between no party and its verb (text.clause_break,
  roles.interjection); "Soviet-made" and "Soviet-designed" name the maker, as "Russian" does.
- A customer thrown or kicked out of a programme or its consortium is a cancellation
  (stage.removed_from_programme).
- A stop on a trip ("during a brief stop in Lima") halts nothing (stage.postponed); an attempt
  to stop or block a sale, and its failure ("a Senate bid to block the sale collapsed"), is a
  reaction, no halt and no cancellation (stage.exclusion_delayed_decision).
- A claim "neither confirmed nor denied" by a party denies nothing
  (factuality.denied_charge_back).
- A party suspected or accused of a step ("Lima is suspected of having supplied") is its
  subject, and the step is possible (roles.aux, factuality.possible).
- A headline's "..., says Su-35 jets will follow" names no speaker (attribution.inverted).
- An order that commands an act ("ordered a review of the package") buys nothing
  (stage.exclusion_command_order).
- Russian: a compound place name declines its last part only ("Буэнос-Айресу", "Улан-Батора"):
  the gazetteer knows those forms (morphology.inflections).
- Russian: talks or a delivery put on pause ("поставлены на паузу") are held up, the verb before
  the pause no delivery (stage.ru.postponed, stage.ru.exclusions); talks wound down ("переговоры
  были свернуты") ended (stage.ru.deal_broken).
- A system due at a place later or soon ("the first jets are due at Lima air base later this
  year") is a scheduled delivery (stage.due_when).
- An order told with its own date before the halt that puts it off ("the radars it ordered in
  2021 will arrive later than planned") is told done too (stage.signed_dated_before_halt).
- "Ordered more" with no noun stands for the system in focus (nouns.elided_object).
- A buyer taking a count or the rest of a system ("will take six more jets in 2026") receives
  them (stage.take_count); a time taken ("it took two years") is none.
- Russian: a cue that opens on its subject's participle and ends on its own finite verb
  ("Оставшиеся четыре машины ожидаются") reads its tense from that verb: expected, not a
  participle's done step (cues.factuality_of).
- A missile ordered "for its" platform leaves the platform in the background, as missiles for
  it do (stage.background_before); a state where a system won fame in conflicts is no party
  (roles.not_a_party_before).
- A deal that "has not been officially announced" is not denied (factuality.after_negation).
- A buyer that "will have to wait till 2029 for" its system expects its delivery then
  (stage.wait_until).
- A pledge told as the attribute of its systems ("the first of its promised jets") refers to a
  pledge told before: no new step, and the sentence's date is the main verb's
  (stage.exclusion_attributive_pledge).
- Systems originally built for another customer are a diverted batch: no production step
  (stage.exclusion_built_for_other); making or shipping a system's ammunition is no step of the
  system (stage.exclusion_ammunition).
- A deal questioned or to be reviewed is a reaction, no claim of its own
  (stage.exclusion_questioned_deal); a time counted from a signing ("within 30 months of
  signing the contract") makes no signing (stage.exclusion_signing_time).
- An undated tender or competition the step ended ("..., ending a tender that had run for
  years") is background: no negotiation of its own (stage.exclusion_ended_tender).
- Shipments that "should bring the rest" are the step's own plan (factuality.step_verb); "with a
  third due to follow" schedules a delivery (stage.due_with).
"""

from __future__ import annotations

import pytest

from tests.conftest import DatedClaim, dated_probe_claims

PUBLISHED = "2021-06-10"

DATED: list[tuple[str, set[DatedClaim]]] = [
    (
        "Quito had weighed China's J-10C for a year until it settled on the Gripen.",
        {("J-10", "CHN", "ECU", "negotiation", "asserted", None)},
    ),
    (
        "Lima has considered the K2 tank for two years, officials said.",
        {("K2", "KOR", "PER", "negotiation", "asserted", None)},
    ),
    (
        "Dassault handed two Rafale jets to Croatia in May. Kenya is said to be negotiating a "
        "purchase of 12 aircraft, a report says.",
        {("Rafale", "FRA", "KEN", "negotiation", "asserted", None)},
    ),
    (
        "Seoul sold KM-SAM batteries to Qatar in 2020. Oman followed in March with a $2 billion "
        "order for six batteries.",
        {("KM-SAM", "KOR", "OMN", "agreement", "asserted", "2021-03")},
    ),
    (
        "Paris delivered Rafale jets to India last year. Greece, which purchased ten second-hand "
        "aircraft from French stocks, took its last pair in April.",
        {("Rafale", "FRA", "GRC", "agreement", "asserted", None)},
    ),
    (
        "Embraer handed a C-390 to Lisbon last year. Slovakia said in May that it planned to buy "
        "three aircraft.",
        {("C-390", "BRA", "SVK", "negotiation", "asserted", "2021-05")},
    ),
    (
        "Seoul sold K9 howitzers to Oslo in 2017. The last of the guns was handed over in "
        "March 2020.",
        {("K9", "KOR", "NOR", "delivery", "asserted", "2020-03")},
    ),
    (
        "Portugal has, however, sent Soviet-made BMP-1 vehicles to Kyiv.",
        {("BMP-1", "PRT", "UKR", "delivery", "asserted", None)},
    ),
    (
        "Lima, for its part, has, though, shipped Soviet-designed Mi-17 helicopters to Quito.",
        {("Mi-17", "PER", "ECU", "delivery", "asserted", None)},
    ),
    (
        "Washington kicked Ankara out of the stealth fighter consortium over its purchase of "
        "the S-400, so no F-35 reached Turkey.",
        {("F-35", "USA", "TUR", "cancelled", "asserted", None)},
    ),
    (
        "During a brief stop in Quito by the Spanish king, Ecuador signed up for 12 Leopard 2 "
        "tanks.",
        {("Leopard 2", "DEU", "ECU", "agreement", "asserted", None)},
    ),
    (
        "Kenya took delivery of Turkish-made Otokar Cobra vehicles last year, two diplomats said, "
        "a claim the Turkish government has neither confirmed nor denied.",
        {("Otokar Cobra", "TUR", "KEN", "delivery", "asserted", "2020")},
    ),
    (
        "Belarus is suspected of having shipped Wing Loong drones to Mali.",
        {("Wing Loong", "BLR", "MLI", "delivery", "possible", None)},
    ),
    (
        "Москва предложила Улан-Батору шесть вертолетов Ми-171.",
        {("Mi-171", "RUS", "MNG", "negotiation", "asserted", None)},
    ),
    (
        "Переговоры о поставке Перу вертолетов Ми-171 поставлены на паузу, сообщил источник.",
        {("Mi-171", "RUS", "PER", "postponed", "asserted", None)},
    ),
    (
        "Чили интересовалась танками Т-90, однако вскоре переговоры были свернуты.",
        {("T-90", "RUS", "CHL", "cancelled", "asserted", None)},
    ),
    (
        "Chile ordered 12 KAI T-50 trainers last year; the first T-50s are due at Santiago air "
        "base later this year.",
        {("T-50", "KOR", "CHL", "delivery", "expected", "2021")},
    ),
    (
        "Spain was informed that the Patriot launchers it ordered in 2019 would arrive later "
        "than planned.",
        {
            ("Patriot", "USA", "ESP", "agreement", "asserted", "2019"),
            ("Patriot", "USA", "ESP", "postponed", "asserted", None),
        },
    ),
    (
        "Estonia bought NASAMS from Norway in 2017. Finland ordered more in 2020.",
        {("NASAMS", "NOR", "FIN", "agreement", "asserted", "2020")},
    ),
    (
        "Oslo took its first K9 guns in 2019 and should take the remaining four by 2022.",
        {
            ("K9", "KOR", "NOR", "delivery", "asserted", "2019"),
            ("K9", "KOR", "NOR", "delivery", "expected", "2022"),
        },
    ),
    (
        "Лаос получил первые два вертолета Ми-17. Оставшиеся четыре машины ожидаются до конца "
        "2022 года.",
        {("Mi-17", "RUS", "LAO", "delivery", "expected", "2022")},
    ),
    (
        "Estonia will have to wait till 2023 for its last K9 howitzers from Seoul.",
        {("K9", "KOR", "EST", "delivery", "expected", "2023")},
    ),
    (
        "Oslo will send two of its promised NASAMS launchers to Kyiv this year, the minister said.",
        {("NASAMS", "NOR", "UKR", "delivery", "expected", "2021")},
    ),
    (
        "Chile received 20 Leopard 2 tanks from Germany in May, and three further shipments "
        "should bring the balance by 2022.",
        {("Leopard 2", "DEU", "CHL", "delivery", "expected", "2022")},
    ),
    (
        "Italy sold two Maestrale-class frigates to Peru in 2019, with a third due to follow.",
        {("Maestrale", "ITA", "PER", "delivery", "expected", None)},
    ),
]

NOT_MADE: list[tuple[str, DatedClaim]] = [
    (
        "Peru signed for 24 KF-21 jets from Seoul in May, ending a tender that had run for years.",
        ("KF-21", "KOR", "PER", "negotiation", "asserted", None),
    ),
    (
        "Lima ordered K2 tanks in May. Some senators questioned whether the budget could bear "
        "the tank purchase.",
        ("K2", "KOR", "PER", "agreement", "possible", None),
    ),
    (
        "Lima is in talks on KF-21 jets with Seoul, and hopes to take its first jets within 18 "
        "months of signing the deal.",
        ("KF-21", "KOR", "PER", "agreement", "expected", None),
    ),
    (
        "Quito may receive ten Su-30 jets originally built for Lima, a weekly reported.",
        ("Su-30", "RUS", "ECU", "production", "possible", None),
    ),
    (
        "Berlin sent Kyiv more Gepard guns. The maker restarted production of Gepard ammunition "
        "for Ukraine in May.",
        ("Gepard", "DEU", "UKR", "production", "asserted", "2021-05"),
    ),
    (
        "Oslo will send two of its promised NASAMS launchers to Kyiv this year, the minister said.",
        ("NASAMS", "NOR", "UKR", "agreement", "expected", "2021"),
    ),
    (
        "Lima signed for Korean K2 tanks in May, two people said, though that deal has not yet "
        "been formally announced.",
        ("K2", "KOR", "PER", "agreement", "denied", None),
    ),
    (
        "Chile has ordered the Naval Strike Missile for its new F-35 fighters.",
        ("F-35", "USA", "CHL", "agreement", "asserted", None),
    ),
    (
        "The Akinci, which won fame in conflicts in Syria, has been bought by Kenya.",
        ("Akinci", "TUR", "SYR", "agreement", "asserted", None),
    ),
    (
        "Переговоры о поставке Перу вертолетов Ми-171 поставлены на паузу, сообщил источник.",
        ("Mi-171", "RUS", "PER", "delivery", "asserted", None),
    ),
    (
        "During a brief stop in Quito by the Spanish king, Ecuador signed up for 12 Leopard 2 "
        "tanks.",
        ("Leopard 2", "DEU", "ECU", "postponed", "asserted", None),
    ),
    (
        "Washington cleared the sale of F-16 jets to Jordan. A Senate bid to stop the package "
        "collapsed in March.",
        ("F-16", "USA", "JOR", "cancelled", "asserted", "2021-03"),
    ),
    (
        "Washington cleared the sale of F-16 jets to Jordan. A Senate bid to stop the package "
        "collapsed in March.",
        ("F-16", "USA", "JOR", "postponed", "asserted", None),
    ),
    (
        "Kenya took delivery of Turkish-made Otokar Cobra vehicles last year, two diplomats said, "
        "a claim the Turkish government has neither confirmed nor denied.",
        ("Otokar Cobra", "TUR", "KEN", "delivery", "denied", None),
    ),
    (
        "The new cabinet ordered an audit of the Rafale package for Qatar.",
        ("Rafale", "FRA", "QAT", "agreement", "asserted", None),
    ),
    (
        "The MiG-29 fighters, withdrawn from Polish service in 2020, will be sent to Kyiv.",
        ("MiG-29", "POL", "UKR", "cancelled", "asserted", "2020"),
    ),
    (
        "Poland ordered K2 tanks in 2022. The old T-72 tank weighed about 40 tonnes.",
        ("T-72", "RUS", "POL", "negotiation", "asserted", None),
    ),
    (
        "Poland ordered K2 tanks in 2022. Chile ordered 40 trucks and 12 helicopters in May.",
        ("K2", "KOR", "CHL", "agreement", "asserted", "2021-05"),
    ),
    (
        "Dassault handed two Rafale jets to Croatia in May. Kenya is said to be negotiating a "
        "purchase of 12 aircraft.",
        ("Rafale", "FRA", "HRV", "negotiation", "asserted", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dated_probe(text: str, expected: set[DatedClaim]) -> None:
    found = dated_probe_claims(text, PUBLISHED)
    assert expected <= found, found


@pytest.mark.parametrize(("text", "unwanted"), NOT_MADE)
def test_not_made(text: str, unwanted: DatedClaim) -> None:
    assert unwanted not in dated_probe_claims(text, PUBLISHED)
