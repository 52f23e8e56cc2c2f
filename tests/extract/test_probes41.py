"""Probes (round 41): a system said to be sent, shipped or delivered abroad names no buyer ("the
first time the system is sent abroad"); what a deal will do or how it will be paid for ("the
contract will be financed through a loan", "the sale would not alter the balance") is a comment on
a deal told elsewhere, no step; a state named only to describe another by their tie ("Turkey,
Greece's NATO ally and rival, ...") or as one of a consortium that makes the system ("built by a
consortium of companies from Britain, Germany, Italy and Spain") is no party, and the article does
not lend it to the sentence's step either. A delay told as an adverb of a future verb ("will
receive the jets later than planned") is a term still to come: the report's date does not date
it. A state where a war is fought ("delayed on account of the conflict in Ukraine") is that
war's place, one that supplies only engines or parts ("the supply of engines from the US") supplies
no system, and one named for an outlet, an envoy or sanctions ("Russian social media channels")
is no option for the decider either. Counted buyers left unnamed ("with two countries, which he did
not name") are no buyer of the article's; "its first" after a step verb ("received its first in
2023") stands for the system in focus. Russian: "нет" after a step noun in the genitive ("Задержек
по контракту, по его словам, нет") denies it; a purchase put first keeps its approval after a long
object ("Закупку 12 истребителей и модернизацию 20 уже имеющихся машин одобрил совет"). A transport
that carried the systems ("in rare Y-20 airlift", "Их доставили ... шесть военно-транспортных
самолетов Y-20") is no item moved. What deliveries will do ("поставки F-16 не изменят ситуацию
..., а лишь затянут конфликт") is a comment, no step; plans for a purchase ("Планы по закупке")
are a negotiation. "The deal" in a sentence naming the maker of a system the
sentence before told a step of ("Neither Moscow nor Cairo has confirmed the deal" after a Su-35
contract) is that system's deal. A step whose own system the rules found is no step of a system
told with a step of its own in a later clause with a subject of its own ("..., and the United
States approved a possible sale of F-15 jets", "..., while a 2023 deal to buy Mirage jets was
postponed"). A system followed by a participle of its transfer dated in the past ("the 12 FA-50
jets delivered to the air force between November 2015 and May 2017") is in the recipient's hands,
whatever the main clause's tense. A system that receives an upgrade receives work, no transfer.
Rivals each named with their own maker, before or after them ("the JF-17, made by the Pakistan
Aeronautical Complex, and the Russian-made MiG-35"), are each supplied by their own maker only.
A long list of systems after a step, each near the one before with no other step between ("has
requested to buy 96 AH-64E helicopters; 245 engines; 1,844 Hellfire missiles; and 460 Stinger
missiles"), is the step's object to its end. Buyers listed after a general noun ("delivered to
customers including Qatar, Ukraine, Azerbaijan and Poland") each receive. A noun cue's modal after
a phrase on what it is about ("talks on the sale of Su-35 jets to Egypt could resume") hedges it,
and so does one after the noun's complements and an aside ("Deliveries of the Rafale jets to Egypt,
according to the maker, will begin", "A contract for 12 Rafale jets, worth about 2 billion euros,
could be signed"). Plural talks about a system ("in talks about buying Rafale jets") are talks; only
the verb ("he talks about", "talked about") is none. A deal after a possessive ("will continue
with its contract") is the party's own deal: asserted, whatever the modal before it.
Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more, or the (system, stage, when) of the steps it dates."""

from __future__ import annotations

import pytest

from tests.extract.test_probes34 import english_claims
from tests.extract.test_probes37 import english_whens
from tests.extract.test_russian_probes29 import claims as russian_claims

Claim = tuple[str, str | None, str | None, str, str]

ENGLISH: list[tuple[str, set[Claim]]] = [
    # sent abroad: no buyer named, so no asserted twin beside the planned delivery
    (
        "Germany and Norway will supply an IRIS-T air defence system to Ukraine in the autumn,"
        " the first time the system is sent abroad.",
        {
            ("IRIS-T", "DEU", "UKR", "delivery", "expected"),
            ("IRIS-T", "NOR", "UKR", "delivery", "expected"),
        },
    ),
    # how a deal is paid for, or what it will do: no step of its own
    (
        "Egypt ordered 30 Rafale jets from France. The contract will be financed through a loan"
        " from French banks.",
        {("Rafale", "FRA", "EGY", "agreement", "asserted")},
    ),
    (
        "The US approved the sale of THAAD to Saudi Arabia. The State Department said the THAAD"
        " sale would not alter the basic military balance in the region.",
        {("THAAD", "USA", "SAU", "negotiation", "asserted")},
    ),
    # a state described by its tie to another is no party, nor lent by the article
    (
        "Greece ordered 18 Rafale jets from France. Turkey, Greece's NATO ally and rival, was"
        " removed from the F-35 programme in 2019 after taking delivery of Russian S-400 systems.",
        {
            ("Rafale", "FRA", "GRC", "agreement", "asserted"),
            ("F-35", "USA", "TUR", "cancelled", "asserted"),
            ("S-400", "RUS", "TUR", "delivery", "asserted"),
        },
    ),
    # the place of a war is no party, nor an option for the article's buyer
    (
        "India ordered five S-400 squadrons from Russia in 2018. The delivery of the last two"
        " squadrons of the S-400 system has been delayed on account of the ongoing conflict in"
        " Ukraine, the government said.",
        {
            ("S-400", "RUS", "IND", "agreement", "asserted"),
            ("S-400", "RUS", "IND", "postponed", "asserted"),
        },
    ),
    # a home order whose engines come from abroad: no transfer of the jet
    (
        "HAL has yet to deliver one of the 83 Tejas jets ordered by the Indian Air Force, blaming"
        " delays in the supply of engines from the US.",
        set(),
    ),
    # counted buyers left unnamed: the article's buyer does not fill the step
    (
        "Poland ordered Bayraktar TB2 drones from Turkey. Baykar said it had also signed export"
        " contracts for the Bayraktar Akinci with two countries, which he did not name.",
        {("Bayraktar TB2", "TUR", "POL", "agreement", "asserted")},
    ),
    # "its first" after a step verb: the system in focus
    (
        "Seoul sold K9 howitzers to Norway and Estonia. Estonia received its first in May.",
        {
            ("K9", "KOR", "NOR", "agreement", "asserted"),
            ("K9", "KOR", "EST", "agreement", "asserted"),
            ("K9", "KOR", "EST", "delivery", "asserted"),
        },
    ),
    # the deal of the system whose maker the sentence names
    (
        "Egypt ordered 30 more Rafale jets from France in May. It took delivery of 46 MiG-29M"
        " fighters from Russia starting in 2017, and Kommersant reported in 2019 that Egypt had"
        " signed a contract for two dozen Su-35 jets. Moscow has since put the deal on hold.",
        {
            ("Rafale", "FRA", "EGY", "agreement", "asserted"),
            ("MiG-29", "RUS", "EGY", "delivery", "asserted"),
            ("MiG-29", "RUS", "EGY", "agreement", "asserted"),
            ("Su-35", "RUS", "EGY", "agreement", "asserted"),
            ("Su-35", "RUS", "EGY", "postponed", "asserted"),
        },
    ),
    # the transport that carried the systems moves no system of its own
    (
        "Serbia takes delivery of Chinese HQ-22 air defence systems in rare Y-20 airlift",
        {("HQ-22", "CHN", "SRB", "delivery", "asserted")},
    ),
    # a later clause with its own subject and step keeps its system to itself
    (
        "Indonesia orders Rafale jets as US approves F-15 sale. JAKARTA, Feb 10 (Reuters) -"
        " Indonesia signed a deal on Thursday to buy 42 Rafale fighter jets from France, and the"
        " United States approved a possible sale of up to 36 Boeing F-15 jets to the Southeast"
        " Asian nation, as Jakarta seeks to modernise its air force.",
        {
            ("Rafale", "FRA", "IDN", "agreement", "asserted"),
            ("F-15", "USA", "IDN", "negotiation", "asserted"),
        },
    ),
    # a participle of a dated past transfer: in the recipient's hands
    (
        "The new aircraft will join the 12 FA-50PH jets delivered to the Philippine Air Force"
        " between November 2015 and May 2017.",
        {("FA-50", "KOR", "PHL", "delivery", "asserted")},
    ),
    # receiving an upgrade is no delivery
    (
        "Australia operates six Collins-class submarines from Sweden, which will receive a"
        " life-extension upgrade.",
        set(),
    ),
    # rivals each named with their own maker: each supplied by its own
    (
        "Malaysia picked the FA-50 from South Korea. The country had shortlisted the two types out"
        " of an initial field that included the JF-17, made by the Pakistan Aeronautical Complex,"
        " and the Russian-made MiG-35.",
        {
            ("FA-50", "KOR", "MYS", "negotiation", "asserted"),
            ("JF-17", "PAK", "MYS", "negotiation", "asserted"),
            ("MiG-35", "RUS", "MYS", "negotiation", "asserted"),
        },
    ),
    # a long list after the step: its object to the end
    (
        "The Government of Poland has requested to buy ninety-six (96) AH-64E Apache helicopters;"
        " two hundred forty-five (245) T700-GE-701D engines; one thousand eight hundred forty-four"
        " (1,844) AGM-114R2 Hellfire missiles; and four hundred sixty (460) FIM-92K Stinger"
        " missiles.",
        {
            ("AH-64", "USA", "POL", "negotiation", "asserted"),
            ("Hellfire", "USA", "POL", "negotiation", "asserted"),
            ("Stinger", "USA", "POL", "negotiation", "asserted"),
        },
    ),
    # buyers listed after a general noun each receive
    (
        "The Bayraktar TB2 has been delivered to customers including Qatar, Ukraine, Azerbaijan"
        " and Poland.",
        {
            ("Bayraktar TB2", "TUR", "QAT", "delivery", "asserted"),
            ("Bayraktar TB2", "TUR", "UKR", "delivery", "asserted"),
            ("Bayraktar TB2", "TUR", "AZE", "delivery", "asserted"),
            ("Bayraktar TB2", "TUR", "POL", "delivery", "asserted"),
        },
    ),
    # a noun cue's modal after a phrase on what it is about
    (
        "Talks on the sale of Su-35 jets to Egypt could resume next year, the official said.",
        {("Su-35", "RUS", "EGY", "negotiation", "possible")},
    ),
    # the noun's modal past its complements and an aside
    (
        "A contract for 12 Rafale jets with France, worth about 2 billion euros, could be signed"
        " next month, Egypt said.",
        {("Rafale", "FRA", "EGY", "agreement", "possible")},
    ),
    (
        "Deliveries of the Rafale jets to Egypt, according to the maker, will begin in 2027.",
        {("Rafale", "FRA", "EGY", "delivery", "expected")},
    ),
    # talks about a system are talks
    (
        "Egypt is in talks about buying Rafale jets from France.",
        {("Rafale", "FRA", "EGY", "negotiation", "asserted")},
    ),
    # the party's own deal is asserted, whatever the modal before it
    (
        "Thailand will continue with its contract for a Chinese-built S26T submarine, the"
        " minister said.",
        {("S26T", "CHN", "THA", "agreement", "asserted")},
    ),
    (
        "Egypt will sign its first contract for Rafale jets with France next year.",
        {("Rafale", "FRA", "EGY", "agreement", "expected")},
    ),
    # the members of the consortium that builds the system are not lent as its sellers
    (
        "Qatar is buying 24 Eurofighter Typhoon jets from Britain. The Typhoon is built by a"
        " consortium of companies from Britain, Germany, Italy and Spain, and the sale to Qatar"
        " was approved in July.",
        {
            ("Eurofighter", "GBR", "QAT", "agreement", "asserted"),
            ("Eurofighter", "GBR", "QAT", "negotiation", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


def test_a_later_clause_with_a_noun_phrase_subject_keeps_its_system() -> None:
    # "signed a contract" is the KAAN's step, not that of the Mirage jets whose deal the later
    # clause, with a subject of its own, tells as put off
    claims = english_claims(
        "In June, Indonesia signed a contract for 48 KAAN jets from Turkey, while a 2023 deal to"
        " buy 12 used Mirage 2000 jets from Qatar was postponed."
    )
    assert ("KAAN", "TUR", "IDN", "agreement", "asserted") in claims
    assert ("Mirage 2000", "QAT", "IDN", "postponed", "asserted") in claims
    assert ("Mirage 2000", "QAT", "IDN", "agreement", "asserted") not in claims


WHENS: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # a delay of a future step: the saying's date is not the delay's
    (
        "Switzerland will receive its Patriot air defence systems later than planned, the"
        " department said on Monday.",
        {("Patriot", "postponed", None)},
    ),
    (
        "Poland will get its K2 tanks two years behind schedule, the ministry said on Friday.",
        {("K2", "postponed", None)},
    ),
    # a delay told as done keeps the report's date
    (
        "Deliveries of the K2 tanks to Poland have been delayed, the ministry said on Monday.",
        {("K2", "postponed", "2024-05-13")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHENS, ids=[t[:50] for t, _ in WHENS])
def test_english_when(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert expected <= english_whens(text)


RUSSIAN: list[tuple[str, set[Claim]]] = [
    # "нет" after the step noun in the genitive: there is none
    (
        "Россия поставляет Су-30 в Мьянму. Задержек по контракту, по его словам, нет.",
        {
            ("Su-30", "RUS", "MMR", "delivery", "asserted"),
            ("Su-30", "RUS", "MMR", "postponed", "denied"),
        },
    ),
    # the transport as the subject of the carrying verb moves no system of its own
    (
        "Сербия получила от Китая ЗРК HQ-22. Их доставили в Белград шесть военно-транспортных"
        " самолетов Y-20, что стало первой подобной операцией.",
        {("HQ-22", "CHN", "SRB", "delivery", "asserted")},
    ),
    # what deliveries will do is a comment on them, no step
    (
        "Норвегия передала Украине F-16. В Кремле ранее заявляли, что поставки F-16 не изменят"
        " ситуацию на поле боя, а лишь затянут конфликт.",
        {("F-16", "NOR", "UKR", "delivery", "asserted")},
    ),
    # the purchase put first, its approval after a long object: a negotiation
    (
        "Закупку 12 истребителей МиГ-29 и модернизацию 20 уже имеющихся машин одобрил Совет по"
        " оборонным закупкам Индии в июле.",
        {("MiG-29", "RUS", "IND", "negotiation", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN, ids=[t[:50] for t, _ in RUSSIAN])
def test_russian(text: str, expected: set[Claim]) -> None:
    assert russian_claims(text) == expected
