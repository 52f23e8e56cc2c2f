"""Probes (round 57).

- A list whose items each name their own source ("42 Rafale fighters from France and two A400M
  transports from Spain") keeps each item's source where the scorer would take an earlier
  item's for all (scorer._named_seller_kept, roles.own_from).
- A point in time that a "when" clause then tells of ("reached Hungary in 1995, when Moscow
  sold them") dates the step before it too (time.point_before_when).
- "Has taken four K-8 trainers from China" receives them (stage.take_from); "South American"
  and its like name a region, no state.
- A step whose direct object is a noun of another kind than a system named before it ("took
  delivery of KA-1S jets and then bought six patrol boats from Ankara") is no step of that
  system (stage.unnamed_direct_object).
- A gapped count with "another" keeps its own source ("buy 12 used F-16s from Norway and
  another 12 from Denmark": roles.gapped_from).
- A charge set in apposition and denied there ("..., a charge the minister rejected outright")
  denies each step it told, in the denier's voice (factuality.denied_charge_back).
- A compound adjective ("air-delivered munitions") is no delivery (stage.delivery_words).
- A relative clause with its preposition after a name ("Chile, with which Peru cut ties in
  2019, is awaiting") dates nothing of the main step (time.apposition).
- A deal told to end the talks (", ending negotiations that had dragged on") concludes them;
  it cancels nothing (stage.end_talks).
- A participle of buying after the plural noun it describes ("frigates bought from Germany long
  ago") tells a system in the buyer's hands, no new purchase, unless the sentence goes on
  to its arrival or a step to come (stage.bought_in_hands).
- A bare institution stands for the state the article named it for first; a later one is most
  often another state's, told in passing (institutions.bare_institutions).
- Russian: dates or numbers not named take the genitive after a negated verb ("Сроков поставок
  министр не назвал"): no step (stage.ru.exclusion_no_comment); a transport adjective right
  before a system ("военно-транспортный Ан-22 доставил") names the carrier, no item
  (stage.ru.carrier_before).
- The review window of a notified sale ("the Senate gets 15 days to stop the deal",
  "сенату отводится 15 суток, чтобы остановить продажу") tells no step
  (stage.exclusion_review_window, stage.ru.exclusion_review_window).
- "Stopped short of" saying something halts nothing (stage.postponed) and says nothing
  (attribution.negated_speech); a step a speaker declines to confirm, or stops short of
  confirming, is left open (factuality.possible_unconfirmed).
- A step not announced or not confirmed yet ("but no deal has been made public so far") denies
  nothing (stage.exclusion_not_announced).
- A speaker's own clause keeps its subject past a month after "in" ("Chile's ministry said in
  April it was buying the drones": roles.said_it).
- A noun in a speaker's phrase ("a source close to the talks said ...") governs nothing of what
  is said (stage.governed_break); a noun's own schedule is read past a phrase with "by"
  ("deliveries of the jets bought by Egypt are expected to begin": factuality.noun_tail).
- A promise closing a sentence ("..., the chancellor promised.") names its speaker; "promised
  to send" and "pledged 30 jets" stay the step itself (attribution.say).
"""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import probe_claims, probe_whens

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Indonesia signed contracts for 42 Rafale fighters from France and two A400M transports"
        " from Spain.",
        {
            ("Rafale", "FRA", "IDN", "agreement", "asserted"),
            ("A400M", "ESP", "IDN", "agreement", "asserted"),
        },
    ),
    (
        "Ghana has also taken four K-8 trainers from China and Mi-17 helicopters from Russia.",
        {
            ("K-8", "CHN", "GHA", "delivery", "asserted"),
            ("Mi-17", "RUS", "GHA", "delivery", "asserted"),
        },
    ),
    (
        "Chile, so far the only South American Leopard 2 operator, ordered 140 of the tanks.",
        {("Leopard 2", "DEU", "CHL", "agreement", "asserted")},
    ),
    (
        "Peru has agreed to buy 12 used F-16s from Norway and another 12 from Denmark.",
        {
            ("F-16", "NOR", "PER", "agreement", "asserted"),
            ("F-16", "DNK", "PER", "agreement", "asserted"),
        },
    ),
    (
        "Washington says Iran will soon ship Fateh-110 missiles to Moscow, a charge the Iranian"
        " minister rejected outright.",
        {
            ("Fateh-110", "IRN", "RUS", "delivery", "expected"),
            ("Fateh-110", "IRN", "RUS", "delivery", "denied"),
        },
    ),
    (
        "Washington cleared the possible sale of 12 F-35A jets, six MQ-9B drones and a stock of"
        " air-delivered bombs to Abu Dhabi.",
        {
            ("F-35", "USA", "ARE", "negotiation", "asserted"),
            ("MQ-9", "USA", "ARE", "negotiation", "asserted"),
        },
    ),
    (
        "Peru on Tuesday signed a contract with Korea for 20 K2 tanks, ending negotiations that"
        " had dragged on for three years.",
        {
            ("K2", "KOR", "PER", "agreement", "asserted"),
            ("K2", "KOR", "PER", "negotiation", "asserted"),
        },
    ),
    (
        "Greece operates four MEKO 200 frigates bought from Germany long ago.",
        {("MEKO 200", "DEU", "GRC", "delivery", "asserted")},
    ),
    (
        "Белоруссия получит истребители Су-30СМ. Сроков поставок и количества техники министр"
        " не назвал.",
        {("Su-30", "RUS", "BLR", "delivery", "expected")},
    ),
    (
        "Военно-транспортный Ан-22 в четверг доставил в Белград первые комплексы «Панцирь-С1».",
        {("Pantsir", "RUS", "SRB", "delivery", "asserted")},
    ),
    (
        "The ministry declined to confirm that Ghana had received the K-8 trainers from China.",
        {("K-8", "CHN", "GHA", "delivery", "possible")},
    ),
    (
        "Ghana was in talks to buy more K-8 trainers from China, but no deal has been made public"
        " so far.",
        {("K-8", "CHN", "GHA", "negotiation", "asserted")},
    ),
    (
        "Peruvian gunners shot down a Hermes 900, the drone that Chile's air force said in April"
        " it was buying.",
        {("Hermes 900", "ISR", "CHL", "agreement", "asserted")},
    ),
    (
        "A source close to the talks said Ghana had signed a contract for six K-8 trainers.",
        {("K-8", "CHN", "GHA", "agreement", "asserted")},
    ),
    (
        "Deliveries of the 12 K-8 trainers bought by Ghana are expected to start in May.",
        {
            ("K-8", "CHN", "GHA", "delivery", "expected"),
            ("K-8", "CHN", "GHA", "agreement", "asserted"),
        },
    ),
    ("The Senate gets 15 days to stop the deal for F-16 jets for Peru.", set()),
    ("Сенату отводится 15 суток, чтобы остановить продажу Грузии ракет Javelin.", set()),
    (
        "Peru ordered K2 tanks from Seoul. The minister said the K2 tanks would soon arrive,"
        " but stopped short of giving a date.",
        {
            ("K2", "KOR", "PER", "agreement", "asserted"),
            ("K2", "KOR", "PER", "delivery", "expected"),
        },
    ),
    (
        "Kenya took delivery of KA-1S aircraft from Korea and then bought six patrol boats"
        " from Ankara.",
        {("KT-1", "KOR", "KEN", "delivery", "asserted")},
    ),
]

GUARDS: list[tuple[str, set[Key]]] = [
    (
        "Lima halted the K2 tank deal with Seoul in May.",
        {("K2", "KOR", "PER", "postponed", "asserted")},
    ),
    (
        "KARACHI: The Pakistan Navy marked its anniversary on Thursday. Officers of the Turkish"
        " Navy attended. The navy took delivery of a fourth Type 054A/P frigate from China in"
        " January.",
        {("Type 054", "CHN", "PAK", "delivery", "asserted")},
    ),
    (
        "Greece bought four MEKO 200 frigates from Germany in 1992.",
        {("MEKO 200", "DEU", "GRC", "agreement", "asserted")},
    ),
    (
        "Lima broke off negotiations with Seoul on the K2 tanks in May.",
        {("K2", "KOR", "PER", "cancelled", "asserted")},
    ),
    (
        "Ghana took part in drills with K-8 trainers from China.",
        set(),
    ),
    (
        "Cairo ordered two dozen jets along with one FREMM frigate from Paris in 2015.",
        {("FREMM", "FRA", "EGY", "agreement", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guard(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def test_a_point_in_time_told_again_by_a_when_clause_dates_both_steps() -> None:
    whens = probe_whens(
        "The MiG-29 jets reached Hungary in 1995, when Moscow sold 28 of the fighters.",
        published="2024-04-15",
    )
    assert whens == {("MiG-29", "delivery", "1995"), ("MiG-29", "agreement", "1995")}


def test_a_relative_clause_after_a_name_dates_nothing_of_the_main_step() -> None:
    whens = probe_whens(
        "Chile, with which Peru cut ties in 2019, expects delivery of the F-16 jets it ordered"
        " in 2020.",
        published="2024-04-15",
    )
    assert whens == {("F-16", "delivery", None), ("F-16", "agreement", "2020")}


def test_a_span_told_by_a_when_clause_dates_only_that_clause() -> None:
    whens = probe_whens(
        "It is the first MiG-29 sale since 1995, when Moscow sold 28 jets to Hungary.",
        published="2024-04-15",
    )
    assert ("MiG-29", "agreement", "1995") in whens


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def _sources(text: str) -> set[str | None]:
    return {c.source for c in extract(Article(doc="t", text=text, published="2024-06-15"))}


def test_a_closing_promise_names_its_speaker() -> None:
    text = (
        "Norway will send two more NASAMS launchers to Ukraine by May, the prime minister promised."
    )
    assert _sources(text) == {"the prime minister"}


def test_a_promise_to_send_is_no_speaker() -> None:
    assert _sources("Norway promised to send two NASAMS launchers to Ukraine.") == {None}
