"""Probes (round 54).

- A claim's parties come from its own clause where the rules name a buyer there: where the rules
  give the recipient a passive's agent or a 'to' phrase in the cue's clause ("...: the FA-50 has
  been ordered by Peru and Ecuador") and the scorer chose a state named only in another clause,
  the named buyer is kept (scorer._named_buyer_kept).
- "States" speaks only before "that", a comma or a colon: "pitched its jets to Gulf states" is
  the noun, and the clause before it is no source (attribution.say).
- A semicolon, or a colon before a space, between a cue with a system of its own and another
  system closes the cue's part of the sentence, unless a system of the cue's own stands past it
  too; a semicolon before "and" joins a list's last item (text.strong_break,
  conjuncts.across_break).
- A seller seeking a foothold, a market or buyers is no buyer's negotiation
  (stage.want_to_sign).
- "Donations" is a giving noun as "donation" is, and a time adverb or adjective ("earlier",
  "previous", "recent") between the giver and its verb or noun keeps the giver the subject
  (stage.delivery_words, roles.aux, roles.supplier_after).
- A state qualifying websites, newspapers, outlets or the press is a voice, no party
  (roles.voice_after; its examples in the rule table).
- The nouns for a state's people stand for the state as a party: "the Saudis", "the Turks",
  Russian "туркам", "египтяне" (states.json, states_ru.json: peoples).
- An order told as due at a time in an apposition ("ordered four more jets in February, due in
  2026"), or its first or last unit told as expected then ("; the first one is now expected by
  spring"), is a scheduled delivery (stage.due_apposition, stage.ordinal_expected).
- A sentence opening on a deal noun with no content of its own ("The order ends decades of
  reliance on MiG-29s") speaks of the deal told before and makes no step of a system named in
  passing (nouns.opening_deal, nouns.deal_content_before, references.opening_deal).
- A system "given by" a party is handed over (stage.delivery_words).
- Sending combat aircraft as part of a deployment is a state's own forces on the move, no
  delivery (stage.exclusion_exercise).
- Completing or finishing a transfer keeps the party the giver: "Norway, which also pledged
  F-16s, will complete the handover of its jets" (roles.aux).
- An owner named in the system's clause ("Qatar's TB2 drones, delivered in 2019") passes nothing
  on in a later clause that opens on a buyer of its own ("..., and Albania signed for three")
  (roles.assign_roles).
- A progressive transfer dated after the article ("Britain is sending two frigates to Chile next
  year") is a schedule, expected (factuality.present_for_future).
- A clause of concession or contrast ("although", "though", "whereas") tells a fact beside the
  step: no pairing crosses its edge, unless it denies the deal itself ("though no contract has
  followed") (text.concession_clause).
"""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, probe_whens

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Chile received Type 209 submarines from Germany over the past decade, while Korean "
        "makers are seeking a foothold: the FA-50 has been ordered by Peru and Ecuador.",
        {
            ("FA-50", "KOR", "ECU", "agreement", "asserted"),
            ("FA-50", "KOR", "PER", "agreement", "asserted"),
            ("Type 209", "DEU", "CHL", "delivery", "asserted"),
        },
    ),
    (
        "Chile remains the biggest buyer of German submarines in the region, with Type 209 "
        "boats delivered over the years; Peru meanwhile ordered the FA-50 from Korea.",
        {
            ("FA-50", "KOR", "PER", "agreement", "asserted"),
            ("Type 209", "DEU", "CHL", "delivery", "asserted"),
        },
    ),
    (
        "The FA-50 has been ordered by Peru and Ecuador, and KAI has pitched its KUH-1 "
        "helicopter to Andean states.",
        {
            ("FA-50", "KOR", "ECU", "agreement", "asserted"),
            ("FA-50", "KOR", "PER", "agreement", "asserted"),
        },
    ),
    (
        "Bulgaria's earlier donations to Kyiv included an S-300 battery.",
        {("S-300", "BGR", "UKR", "delivery", "asserted")},
    ),
    (
        "Slovakia earlier donated 13 MiG-29 jets to Ukraine.",
        {("MiG-29", "SVK", "UKR", "delivery", "asserted")},
    ),
    (
        "Nigeria is reportedly negotiating for the TB2, although its army mostly flies Wing "
        "Loong II drones from China.",
        {("Bayraktar TB2", "TUR", "NGA", "negotiation", "asserted")},
    ),
    (
        "The Saudis bought 48 Typhoon jets from Britain.",
        {("Eurofighter", "GBR", "SAU", "agreement", "asserted")},
    ),
    (
        "Туркам первая партия С-400 поставлена в июле.",
        {("S-400", "RUS", "TUR", "delivery", "asserted")},
    ),
    (
        "Египтяне получили вертолеты Ка-52.",
        {("Ka-52", "RUS", "EGY", "delivery", "asserted")},
    ),
    (
        "Chile ordered four more Gripen C jets from Sweden in February, due in 2026.",
        {
            ("Gripen", "SWE", "CHL", "agreement", "asserted"),
            ("Gripen", "SWE", "CHL", "delivery", "expected"),
        },
    ),
    (
        "Chile ordered 12 K9 howitzers from Seoul; the first one is now expected by the autumn.",
        {
            ("K9", "KOR", "CHL", "agreement", "asserted"),
            ("K9", "KOR", "CHL", "delivery", "expected"),
        },
    ),
    (
        "Serbia bought 12 Rafale jets from France in 2024. The order ends decades of reliance "
        "on MiG-29 jets.",
        {("Rafale", "FRA", "SRB", "agreement", "asserted")},
    ),
    (
        "Serbia flies six MiG-29 jets given to it by Russia in 2017.",
        {("MiG-29", "RUS", "SRB", "delivery", "asserted")},
    ),
    (
        "Spain and Italy sent Eurofighter jets to Australia last month as part of a NATO "
        "deployment.",
        set(),
    ),
    (
        "Denmark has handed over its first F-16 jets to Ukraine. Norway, which also pledged "
        "F-16 jets, will complete the handover of its six aircraft this year.",
        {
            ("F-16", "DNK", "UKR", "delivery", "asserted"),
            ("F-16", "NOR", "UKR", "agreement", "asserted"),
            ("F-16", "NOR", "UKR", "delivery", "expected"),
        },
    ),
    (
        "Qatar's TB2 drones, delivered in 2019, have flown for years, and Albania signed for "
        "three in 2022.",
        {
            ("Bayraktar TB2", "TUR", "ALB", "agreement", "asserted"),
            ("Bayraktar TB2", "TUR", "QAT", "delivery", "asserted"),
        },
    ),
    (
        "Britain is sending two Type 23 frigates to Chile next year.",
        {("Type 23", "GBR", "CHL", "delivery", "expected")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def test_a_russian_ordinal_year_dates_its_step() -> None:
    # "в 2017-м" is the press's short "в 2017 году".
    assert probe_whens("Казахстан в 2016-м закупил у Китая ударные беспилотники Wing Loong.") == {
        ("Wing Loong", "agreement", "2016")
    }
    assert ("S-300", "delivery", "2016") in probe_whens(
        "Алжир заказал танки Т-90 в 2014 году, а в 2016-м его армия получила ЗРК С-300ПМУ2."
    )


def test_the_same_time_is_the_time_told_before() -> None:
    # At that date's own precision: a year told before gives a year, a day a day.
    assert ("Buk", "delivery", "2017") in probe_whens(
        "В 2017 году Египет получил зенитные системы С-300ВМ. Тогда же египетской стороне"
        " передали первую партию ЗРК «Бук-М2Э»."
    )
    assert ("T-90", "delivery", "2019-03-03") in probe_whens(
        "Контракт подписали 3 марта 2019 года, и в тот же день Индия получила первые танки Т-90."
    )
    assert ("K2", "delivery", "2019-03") in probe_whens(
        "Chile signed for two Type 23 frigates in March 2019. Around the same time Peru"
        " received its first K2 tanks from South Korea."
    )


def test_a_day_counted_from_the_date_told_before() -> None:
    assert ("Type 23", "delivery", "2019-03-04") in probe_whens(
        "Chile signed for two Type 23 frigates on March 3, 2019. Britain handed over the first"
        " Type 23 the following day."
    )
    assert ("Type 23", "delivery", "2019-03-03") in probe_whens(
        "Chile signed for two Type 23 frigates on March 3, 2019, and Britain handed over the"
        " first one the same day."
    )


def test_a_date_past_a_closed_source_aside_is_the_steps() -> None:
    # The aside names who says so; the date after its closing comma dates the step.
    assert ("Rafale", "delivery", "2030") in probe_whens(
        "Chile ordered 26 Rafale jets from France. Deliveries, the ministry said, will be"
        " completed by 2030."
    )
    assert ("Rafale", "delivery", "2030") in probe_whens(
        "Чили заказала 26 истребителей Rafale у Франции. Поставки, как говорится в сообщении"
        " министерства, будут завершены к 2030 году."
    )


def test_a_russian_date_before_its_verb_is_the_verbs() -> None:
    whens = probe_whens(
        "Представитель ФСВТС заявил, что по этому соглашению Бишкек к концу года получит"
        " еще два вертолета Ми-8МТВ.",
        published="2023-08-15",
    )
    assert ("Mi-8", "delivery", "2023") in whens
    assert ("Mi-8", "agreement", None) in whens


def test_a_few_days_ahead_in_russian() -> None:
    assert ("Mi-35", "delivery", "2021-12") in probe_whens(
        "Лукашенко сообщил, что в ближайшие дни белорусская армия получит очередные вертолеты"
        " Ми-35М.",
        published="2021-12-03",
    )
