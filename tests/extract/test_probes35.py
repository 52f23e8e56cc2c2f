# ruff: noqa: E501
"""Probes (round 35), English and Russian, from sets written to order that no rule had read: giving
a figure or a schedule rather than arms; a headline's second story opening on 'as'; a full
maker's name holding another system's alias; 'a deal neither side has confirmed'; a state the
systems pass through; scrap as junk; two coordinated steps, each with its own object; a
memorandum on a step; the first member to buy; an aside before a step noun's verb; an appositive
between a party and its verb; a time adverbial before a pronoun subject; arrears; a maker's own
forces taking a system into service; an order dropped and another bought instead; a programme to
acquire; Russian refusals to comment, unanswered inquiries, officials speaking 'в Белом доме',
an accord named in guillemets, 'предложение X', a state approving a sale, and buyers counted but
not named. Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article
from tests.extract.test_probes34 import english_claims
from tests.extract.test_russian_probes29 import Claim
from tests.extract.test_russian_probes29 import claims as russian_claims

ENGLISH: list[tuple[str, set[Claim]]] = [
    # a number, a value or a schedule not given is information, no transfer denied
    (
        "He did not give the number of VT-4 tanks Nigeria received from China or the value of the contract.",
        {
            ("VT-4", "CHN", "NGA", "delivery", "asserted"),
            ("VT-4", "CHN", "NGA", "agreement", "asserted"),
        },
    ),
    (
        "The council did not give a delivery schedule for the L-15 jets the UAE ordered from China.",
        {("L-15", "CHN", "ARE", "agreement", "asserted")},
    ),
    # the maker's full name holds the C-390's own alias, not the naval gun's
    (
        "Hungary has taken delivery of its first Embraer C-390 Millennium transport aircraft from Brazil.",
        {("C-390", "BRA", "HUN", "delivery", "asserted")},
    ),
    # unconfirmed is not denied
    (
        "Vietnam had ordered SPYDER air defence systems from Israel, a deal neither side has confirmed.",
        {("Spyder", "ISR", "VNM", "agreement", "asserted")},
    ),
    # the state the launchers passed through is no party
    (
        "India sold Pinaka launchers to Armenia in 2022. The first launchers reached Armenia in July, shipped through Iran's Bandar Abbas port.",
        {
            ("Pinaka", "IND", "ARM", "agreement", "asserted"),
            ("Pinaka", "IND", "ARM", "delivery", "asserted"),
        },
    ),
    # scrap as junk cancels nothing
    (
        'Ecuador will send its Mi-17 helicopters to the United States, though the president called them "scrap".',
        {("Mi-17", "ECU", "USA", "delivery", "expected")},
    ),
    # each coordinated step keeps its own object
    (
        "Qatar exercised an option for 12 more Rafale fighters and signed a letter of intent for up to 490 VBCI vehicles from France.",
        {
            ("Rafale", "FRA", "QAT", "agreement", "asserted"),
            ("VBCI", "FRA", "QAT", "negotiation", "asserted"),
        },
    ),
    # a memorandum on a future supply is one negotiation
    (
        "Armenia signed a memorandum of understanding with France on the future supply of Mistral missiles.",
        {("Mistral", "FRA", "ARM", "negotiation", "asserted")},
    ),
    # the first member to buy has a deal
    (
        "Poland becomes first NATO member to buy Turkish Bayraktar TB2 drones",
        {("Bayraktar TB2", "TUR", "POL", "agreement", "asserted")},
    ),
    # an attribution between a step noun and its modal keeps the modal
    (
        "Colombia signed for 17 Gripen jets from Sweden. Deliveries, the ministry said, will begin in 2026.",
        {
            ("Gripen", "SWE", "COL", "agreement", "asserted"),
            ("Gripen", "SWE", "COL", "delivery", "expected"),
        },
    ),
    (
        "The UAE signed a contract for 80 Rafale fighters. Deliveries, according to the French side, will begin in 2027.",
        {
            ("Rafale", "FRA", "ARE", "agreement", "asserted"),
            ("Rafale", "FRA", "ARE", "delivery", "expected"),
        },
    ),
    # an appositive between the subject and its verb: the subject receives, not the lead's buyer
    (
        "Russia has begun S-400 deliveries to India. Turkey, the only NATO member to have bought the system, received its first S-400 batteries in July 2019.",
        {
            ("S-400", "RUS", "IND", "delivery", "asserted"),
            ("S-400", "RUS", "TUR", "agreement", "asserted"),
            ("S-400", "RUS", "TUR", "delivery", "asserted"),
        },
    ),
    # a pronoun subject after a time adverbial is the state the sentence before opened on
    (
        "Slovakia has sent MiG-29 jets to Ukraine. In April it gave Ukraine its only S-300 system.",
        {
            ("MiG-29", "SVK", "UKR", "delivery", "asserted"),
            ("S-300", "SVK", "UKR", "delivery", "asserted"),
        },
    ),
    # the Dutch submarines are Naval Group's, not Turkey's torpedo of the same name
    (
        "In the Netherlands, Naval Group signed a contract for four Orka submarines.",
        {("Orka submarines", "FRA", "NLD", "agreement", "asserted")},
    ),
    # the maker's own air force taking it into service is no transfer to the article's buyer
    (
        "South Korea picked the Embraer C-390 transport. The C-390 entered service with the Brazilian Air Force in 2019.",
        {("C-390", "BRA", "KOR", "negotiation", "asserted")},
    ),
    # an order dropped, and another system to be bought instead: each step its own
    (
        "Pakistan had dropped the T129 order and would buy Chinese Z-10ME attack helicopters instead.",
        {
            ("T129", "TUR", "PAK", "cancelled", "asserted"),
            ("Z-10", "CHN", "PAK", "negotiation", "asserted"),
        },
    ),
    # a programme to acquire is a plan, not a signed deal
    (
        "Australia has chosen the upgraded Mogami-class frigate from Japan for a A$10 billion programme to acquire 11 frigates.",
        {("Mogami-class", "JPN", "AUS", "negotiation", "asserted")},
    ),
    # payments fallen behind defer no step
    (
        "Egypt has fallen behind on its payments for the Rafale jets it bought from France.",
        {("Rafale", "FRA", "EGY", "agreement", "asserted")},
    ),
]

RUSSIAN: list[tuple[str, set[Claim]]] = [
    # declining to give details cancels nothing
    (
        "Собеседник подтвердил, что самолеты Су-35 для Египта находятся в производстве, но от подробностей отказался.",
        {("Su-35", "RUS", "EGY", "production", "asserted")},
    ),
    # declining to discuss contracts denies none
    (
        "В «Рособоронэкспорте» отказываются обсуждать контракты на Су-35 с Египтом.",
        {("Su-35", "RUS", "EGY", "agreement", "asserted")},
    ),
    # an unanswered inquiry tells no step
    (
        "В Минобороны Белоруссии на запрос ТАСС о сроках возможной сделки по С-400 не ответили.",
        set(),
    ),
    # officials speaking 'в Белом доме' are no buyer
    (
        "Турция получила российские С-400. Об этом заявили в Белом доме, назвав приобретение российских систем С-400 «несовместимым» с участием в программе.",
        {
            ("S-400", "RUS", "TUR", "delivery", "asserted"),
            ("S-400", "RUS", "TUR", "agreement", "asserted"),
        },
    ),
    # an accord named in guillemets is no arms deal
    (
        "Госдепартамент США одобрил продажу Эмиратам истребителей F-35 вскоре после подписания «Авраамовых соглашений».",
        {("F-35", "USA", "ARE", "negotiation", "asserted")},
    ),
    # the aside right after the step noun keeps its modal
    (
        "ОАЭ подписали контракт на 80 истребителей Rafale. Поставки, по данным французской стороны, начнутся в 2027 году.",
        {
            ("Rafale", "FRA", "ARE", "agreement", "asserted"),
            ("Rafale", "FRA", "ARE", "delivery", "expected"),
        },
    ),
    # buyers counted but not named are not the article's buyer
    (
        "Турция поставила Марокко беспилотники Bayraktar TB2. Интерес к турецким дронам Bayraktar TB2 проявляют и другие страны.",
        {("Bayraktar TB2", "TUR", "MAR", "delivery", "asserted")},
    ),
    # the offerer sells
    (
        "В 2018 году Хорватия выбрала предложение Израиля о продаже 12 подержанных F-16.",
        {("F-16", "ISR", "HRV", "negotiation", "asserted")},
    ),
    # the state approving a sale supplies; the island is the article's buyer
    (
        "Тайвань заказал у США истребители F-16. В среду Госдепартамент одобрил продажу острову 11 систем HIMARS.",
        {
            ("F-16", "USA", "TWN", "agreement", "asserted"),
            ("HIMARS", "USA", "TWN", "negotiation", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian(text: str, expected: set[Claim]) -> None:
    assert russian_claims(text) == expected


def test_a_headline_clause_opening_on_as_keeps_its_own_halt() -> None:
    # "as K-8 deal remains stalled" is the second story of the headline: its halt is the
    # K-8's, not the helicopters'.
    article = Article(
        doc="h",
        text="Ghana receives four Z-9 helicopters from China as K-8 deal remains stalled\n\n"
        "Accra said on Monday the helicopters had arrived.",
        published="2024-05-15",
    )
    found = {(c.system, c.stage.value) for c in extract(article)}
    assert ("Z-9", "delivery") in found
    assert ("K-8", "postponed") in found
    assert ("Z-9", "postponed") not in found


def test_a_date_opening_a_conjunct_dates_its_own_verb() -> None:
    article = Article(
        doc="d",
        text="News\n\nWarsaw signed for 250 Abrams tanks in April and in May asked Washington for 500 HIMARS launchers.",
        published="2022-08-27",
    )
    when = {c.system: c.when for c in extract(article)}
    assert when == {"Abrams": "2022-04", "HIMARS": "2022-05"}
