"""`when` probes, third set (issue 10): short texts of our own, each with the date of one claim's
step (CLAIMS.md "when", rule 12). Several dates in one sentence, each its own clause's step
("ordered in 2015 and received the last in 2023", "the contract, signed in 2018, foresees
deliveries from 2026"); ranges and spans (a range's start: "between 2029 and 2032", "from 2026 to
2028", "in 2025-26"); forms relative to the article's date ("a year ago", "the previous spring",
"in H2 2025", "FY2025", "in the coming months": the year its six months share); dates on step
nouns ("the 2018 contract", "its 2021 order"); and a step told again in the next sentence.
Weekdays: 2025-06-12 is a Thursday, 2024-03-20 a Wednesday, 2023-11-03 a Friday."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article


def when_of(published: str, text: str, system: str, stage: str) -> set[str | None]:
    claims = extract(Article(doc="probe", text=text, published=published))
    return {c.when for c in claims if c.system == system and c.stage.value == stage}


# (publication date, text, system, stage, expected date); grouped by construction.
SEVERAL = [
    (
        "2025-06-12",
        ("Egypt ordered 24 Rafale jets from France in 2015 and received the last of them in 2023."),
        "Rafale",
        "agreement",
        "2015",
    ),
    (
        "2025-06-12",
        ("Egypt ordered 24 Rafale jets from France in 2015 and received the last of them in 2023."),
        "Rafale",
        "delivery",
        "2023",
    ),
    (
        "2025-06-12",
        (
            "The contract for 30 K9 howitzers, signed by Australia with South Korea in 2021, "
            "foresees deliveries from 2026."
        ),
        "K9",
        "agreement",
        "2021",
    ),
    (
        "2025-06-12",
        (
            "Greece signed for 18 Rafale jets with France in January 2021 and took delivery of "
            "the first six in July 2021."
        ),
        "Rafale",
        "delivery",
        "2021-07",
    ),
    (
        "2025-06-12",
        (
            "Greece signed for 18 Rafale jets with France in January 2021 and took delivery of "
            "the first six in July 2021."
        ),
        "Rafale",
        "agreement",
        "2021-01",
    ),
    (
        "2025-06-12",
        (
            "Qatar agreed to buy 24 Typhoon jets from Britain in December 2017 and received the "
            "first of them in August 2022."
        ),
        "Eurofighter",
        "agreement",
        "2017-12",
    ),
    (
        "2025-06-12",
        (
            "Qatar agreed to buy 24 Typhoon jets from Britain in December 2017 and received the "
            "first of them in August 2022."
        ),
        "Eurofighter",
        "delivery",
        "2022-08",
    ),
    (
        "2025-06-12",
        (
            "After signing a deal with Sweden in 2014, Brazil received its first Gripen fighter "
            "in 2020."
        ),
        "Gripen",
        "delivery",
        "2020",
    ),
    (
        "2024-03-20",
        (
            "Norway ordered 24 K9 howitzers from South Korea in 2017; the first were delivered in"
            " 2019."
        ),
        "K9",
        "agreement",
        "2017",
    ),
    (
        "2024-03-20",
        ("In 2019 Turkey took delivery of S-400 batteries that it had bought from Russia in 2017."),
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "2024-03-20",
        (
            "Indonesia, which ordered 42 Rafale jets from France in 2022, expects the first of "
            "them in 2026."
        ),
        "Rafale",
        "agreement",
        "2022",
    ),
    (
        "2023-11-03",
        (
            "Poland signed for 32 F-35 jets with the United States in January 2020, and the first"
            " is due to arrive in 2024."
        ),
        "F-35",
        "agreement",
        "2020-01",
    ),
    (
        "2023-11-03",
        (
            "Hungary bought 44 Leopard 2A7 tanks from Germany in 2018 and received the first of "
            "them in 2023."
        ),
        "Leopard 2",
        "delivery",
        "2023",
    ),
    (
        "2024-06-12",
        (
            "Serbia, a buyer of Russian arms since 2006, received the Pantsir systems from Russia"
            " in 2020."
        ),
        "Pantsir",
        "delivery",
        "2020",
    ),
    (
        "2024-06-12",
        (
            "Chile, the only user of the type since 2006, ordered ten more F-16 jets from the "
            "Netherlands in 2023."
        ),
        "F-16",
        "agreement",
        "2023",
    ),
    (
        "2024-06-12",
        "Serbia, a buyer of Russian arms since 2006, received Pantsir systems from Russia.",
        "Pantsir",
        "delivery",
        None,
    ),
    (
        "2024-06-12",
        "Serbia, in 2020, received the Pantsir systems from Russia.",
        "Pantsir",
        "delivery",
        "2020",
    ),
    (
        "2024-06-12",
        (
            "Ordered in 2019 and delivered in 2020, the Pantsir systems Serbia bought from Russia"
            " guard Belgrade."
        ),
        "Pantsir",
        "delivery",
        "2020",
    ),
    (
        "2024-06-12",
        ("Russia, which agreed in 2019 to sell Pantsir systems to Serbia, delivered them in 2020."),
        "Pantsir",
        "agreement",
        "2019",
    ),
    (
        "2024-06-12",
        (
            "The contract for 12 Pantsir systems was signed by Russia and Serbia in 2019, and the"
            " deliveries began in 2020."
        ),
        "Pantsir",
        "delivery",
        "2020",
    ),
    (
        "2024-06-12",
        (
            "Two years after ordering them in 2019, Serbia received the first Pantsir systems "
            "from Russia in 2021."
        ),
        "Pantsir",
        "delivery",
        "2021",
    ),
    (
        "2024-06-12",
        "After ordering them in 2019, Serbia received Pantsir systems from Russia.",
        "Pantsir",
        "delivery",
        None,
    ),
    (
        "2024-06-12",
        ("Before signing for F-35 jets in 2024, Romania bought 18 F-16 jets from Norway in 2023."),
        "F-16",
        "agreement",
        "2023",
    ),
    (
        "2024-06-12",
        "In 2021, Serbia received Pantsir systems from Russia.",
        "Pantsir",
        "delivery",
        "2021",
    ),
]

SPANS = [
    (
        "2024-03-20",
        "South Korea will deliver 48 FA-50 jets to Poland between 2025 and 2028.",
        "FA-50",
        "delivery",
        "2025",
    ),
    (
        "2024-03-20",
        (
            "Deliveries of the 12 Caesar howitzers from France to Belgium are planned from 2026 "
            "to 2028."
        ),
        "Caesar",
        "delivery",
        "2026",
    ),
    (
        "2024-03-20",
        "Germany delivered 30 Leopard 1 tanks to Ukraine in 2023-24.",
        "Leopard 1",
        "delivery",
        "2023",
    ),
    (
        "2024-03-20",
        "Spain will hand over 20 Leopard 2 tanks to Ukraine over the next three years.",
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2024-03-20",
        (
            "Turkey will deliver the first Bayraktar TB2 drones to Kuwait within 18 months of "
            "signing."
        ),
        "Bayraktar TB2",
        "delivery",
        None,
    ),
    (
        "2024-03-20",
        "Brazil received 36 Gripen fighters from Sweden between 2020 and 2024.",
        "Gripen",
        "delivery",
        "2020",
    ),
    (
        "2024-03-20",
        "The United States sold 40 F-16 jets to Turkey from 2019 through 2022.",
        "F-16",
        "agreement",
        "2019",
    ),
    (
        "2024-03-20",
        (
            "The navy will receive the three Scorpene boats from France during 2027–2029, India "
            "said."
        ),
        "Scorpene",
        "delivery",
        "2027",
    ),
    (
        "2025-06-02",
        (
            "Slovakia will receive the last F-16 jets from the United States in the next two or "
            "three weeks."
        ),
        "F-16",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        "Germany delivered 20 Marder vehicles to Ukraine two to three weeks ago.",
        "Marder",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        "France will deliver Rafale jets to India from April to September 2028.",
        "Rafale",
        "delivery",
        "2028-04",
    ),
    (
        "2025-06-12",
        "France will deliver Rafale jets to India between March and June next year.",
        "Rafale",
        "delivery",
        "2026-03",
    ),
    (
        "2025-06-12",
        "Italy handed the two FREMM frigates to Egypt in January-March 2021.",
        "FREMM",
        "delivery",
        "2021-01",
    ),
    (
        "2025-06-12",
        "France delivered Rafale jets to India during 2020–2022.",
        "Rafale",
        "delivery",
        "2020",
    ),
    (
        "2025-06-12",
        "France delivered Rafale jets to India in 2020 through 2022.",
        "Rafale",
        "delivery",
        "2020",
    ),
    (
        "2025-06-12",
        "France will deliver Rafale jets to India from 2028 onwards.",
        "Rafale",
        "delivery",
        "2028",
    ),
    (
        "2025-06-12",
        "France will deliver Rafale jets to India starting in 2028.",
        "Rafale",
        "delivery",
        "2028",
    ),
    (
        "2025-06-12",
        (
            "France delivered Rafale jets to India between 2020 and 2022, the ministry said on "
            "Tuesday."
        ),
        "Rafale",
        "delivery",
        "2020",
    ),
]

RELATIVE = [
    (
        "2025-06-12",
        "Romania ordered 18 F-16 jets from Norway a year ago.",
        "F-16",
        "agreement",
        "2024",
    ),
    (
        "2025-06-12",
        "Two weeks ago Germany delivered a fourth IRIS-T SLM battery to Ukraine.",
        "IRIS-T",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        "Slovakia signed for 152 CV90 vehicles with Sweden in late 2023.",
        "CV90",
        "agreement",
        "2023",
    ),
    (
        "2025-06-12",
        "Earlier this month Lithuania received the first Leopard 2 tanks from Germany.",
        "Leopard 2",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        "Latvia ordered NASAMS systems from Norway last year.",
        "NASAMS",
        "agreement",
        "2024",
    ),
    (
        "2025-06-12",
        "Estonia will receive the K9 howitzers from South Korea this autumn.",
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        (
            "Finland will take delivery of the first F-35 from the United States by the end of "
            "next year."
        ),
        "F-35",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        "Egypt received the first FREMM frigate from Italy in the first quarter.",
        "FREMM",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        "Spain will deliver the Leopard 2 tanks to Ukraine in H2 2025.",
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        "India took delivery of 26 Rafale Marine jets from France in FY2024.",
        "Rafale",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        (
            "Greece is expected to sign for 20 F-35 jets with the United States in the coming "
            "months."
        ),
        "F-35",
        "agreement",
        "2025",
    ),
    (
        "2023-11-03",
        (
            "Israel delivered the first Spyder batteries to the Philippines in the first half of "
            "this year."
        ),
        "Spyder",
        "delivery",
        "2023",
    ),
    (
        "2023-11-03",
        "Morocco ordered 24 AH-64E Apaches from the United States three years ago.",
        "AH-64",
        "agreement",
        "2020",
    ),
    (
        "2023-11-03",
        "Poland received the first K2 tanks from South Korea late last year.",
        "K2",
        "delivery",
        "2022",
    ),
    (
        "2025-06-12",
        "Serbia received six Rafale jets from France last spring.",
        "Rafale",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        "India will receive the Rafale jets from France in H1 2026.",
        "Rafale",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        "India will receive the Rafale jets from France in the second half of the year.",
        "Rafale",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        "India received the first Rafale jets from France in fiscal year 2024.",
        "Rafale",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        "Romania ordered 18 F-16 jets from Norway some two years ago.",
        "F-16",
        "agreement",
        "2023",
    ),
    (
        "2025-06-12",
        "Romania ordered 18 F-16 jets from Norway earlier this year.",
        "F-16",
        "agreement",
        "2025",
    ),
    (
        "2025-06-12",
        "Romania ordered 18 F-16 jets from Norway last month.",
        "F-16",
        "agreement",
        "2025-05",
    ),
    (
        "2025-06-12",
        "Romania ordered 18 F-16 jets from Norway in mid-May.",
        "F-16",
        "agreement",
        "2025-05",
    ),
    (
        "2024-06-12",
        (
            "Chile will receive the F-16 jets from the United States in the last quarter of the "
            "year."
        ),
        "F-16",
        "delivery",
        "2024",
    ),
    (
        "2024-06-12",
        (
            "Chile will receive the F-16 jets from the United States in the first quarter of next"
            " year."
        ),
        "F-16",
        "delivery",
        "2025",
    ),
    (
        "2024-06-12",
        "Chile will receive the F-16 jets from the United States in FY2025-26.",
        "F-16",
        "delivery",
        "2025",
    ),
    (
        "2024-06-12",
        "Chile will receive the F-16 jets from the United States in the period 2026-2030.",
        "F-16",
        "delivery",
        "2026",
    ),
    (
        "2024-06-12",
        "Chile will receive the F-16 jets from the United States in the coming year.",
        "F-16",
        "delivery",
        None,
    ),
]

NOUNS = [
    (
        "2024-03-20",
        "France delivered the last Rafale to Qatar under the 2015 contract.",
        "Rafale",
        "agreement",
        "2015",
    ),
    (
        "2024-03-20",
        "Under a 2018 deal, Russia delivered the S-400 batteries to India.",
        "S-400",
        "agreement",
        "2018",
    ),
    (
        "2024-03-20",
        "Egypt's 2021 order for 30 Rafale jets from France is being delivered.",
        "Rafale",
        "agreement",
        "2021",
    ),
    (
        "2024-03-20",
        (
            "The 2019 agreement for 12 Bayraktar TB2 drones between Turkey and Ukraine was the "
            "first."
        ),
        "Bayraktar TB2",
        "agreement",
        "2019",
    ),
    (
        "2024-03-20",
        "Turkey has been delivering Bayraktar TB2 drones to Ukraine since 2019.",
        "Bayraktar TB2",
        "delivery",
        "2019",
    ),
    (
        "2024-03-20",
        "Since 2021, South Korea has supplied K9 howitzers to Egypt.",
        "K9",
        "delivery",
        "2021",
    ),
    (
        "2025-06-12",
        "Norway delivered the last F-16 to Romania under a contract signed in 2022.",
        "F-16",
        "agreement",
        "2022",
    ),
    (
        "2025-06-12",
        "Norway delivered the last F-16 to Romania in May under a contract signed in 2022.",
        "F-16",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        (
            "Romania, which ordered F-16 jets from Norway in 2022, received the last of them on "
            "Monday."
        ),
        "F-16",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        "Since March, Norway has supplied 12 F-16 jets to Romania.",
        "F-16",
        "delivery",
        "2025-03",
    ),
]

NEXT = [
    (
        "2024-03-20",
        "Egypt bought 30 Rafale jets from France. The deal was signed in May 2021.",
        "Rafale",
        "agreement",
        "2021-05",
    ),
    (
        "2024-03-20",
        ("Norway delivered the NASAMS batteries to Ukraine. The handover took place in November."),
        "NASAMS",
        "delivery",
        "2023-11",
    ),
    (
        "2024-03-20",
        ("Romania received the first F-16 jets from Norway. They arrived at the base on Monday."),
        "F-16",
        "delivery",
        "2024-03-18",
    ),
    (
        "2025-06-12",
        (
            "Romania signed for 32 F-35 jets with the United States. The contract was signed on "
            "14 November."
        ),
        "F-35",
        "agreement",
        "2024-11-14",
    ),
    (
        "2025-06-12",
        "Romania bought 32 F-35 jets from the United States. The deal was signed last year.",
        "F-35",
        "agreement",
        "2024",
    ),
    (
        "2024-03-20",
        (
            "The deal was signed in December 2018. Under it, Germany sold 44 Leopard 2A7 tanks to"
            " Hungary."
        ),
        "Leopard 2",
        "agreement",
        "2018-12",
    ),
    (
        "2024-03-20",
        (
            "The contract was signed on Monday. Under it, Egypt bought 30 K9 howitzers from South"
            " Korea."
        ),
        "K9",
        "agreement",
        "2024-03-18",
    ),
    (
        "2024-03-20",
        ("The agreement was concluded last year. Under it, Norway sold 20 F-16 jets to Romania."),
        "F-16",
        "agreement",
        "2023",
    ),
    (
        "2024-03-20",
        ("France and India signed a deal in 2016. Germany sold 44 Leopard 2A7 tanks to Hungary."),
        "Leopard 2",
        "agreement",
        None,
    ),
    (
        "2024-03-20",
        (
            "Germany delivered the first Leopard 2A7 tanks to Hungary. They reached the country "
            "on Friday."
        ),
        "Leopard 2",
        "delivery",
        "2024-03-15",
    ),
    (
        "2024-03-20",
        (
            "Hungary ordered 44 Leopard 2A7 tanks from Germany. The order was placed in December "
            "2018."
        ),
        "Leopard 2",
        "agreement",
        "2018-12",
    ),
    (
        "2024-04-02",
        (
            "Italy Hands Frigate to Indonesia\n\nThe Indonesian Navy has received the first of two "
            "FREMM frigates built by Fincantieri. The handover ceremony took place on 14 March in"
            " Muggiano (Italy), and came after the government approved the sale in May 2023.\n\nThe"
            " frigate, delivered by Fincantieri to the Indonesian Navy in March 2024.\n"
        ),
        "FREMM",
        "delivery",
        "2024-03-14",
    ),
    (
        "2025-03-01",
        (
            "Germany has delivered the first IRIS-T SLM battery to Egypt. The handover took place"
            " on 3 February at the plant.\n\nGermany delivered the IRIS-T SLM battery to Egypt in "
            "February 2025, officials said."
        ),
        "IRIS-T",
        "delivery",
        "2025-02-03",
    ),
    (
        "2025-03-01",
        (
            "Germany has delivered the first IRIS-T SLM battery to Egypt. The handover took place"
            " on 3 January at the plant.\n\nGermany delivered the IRIS-T SLM battery to Egypt in "
            "February 2025, officials said."
        ),
        "IRIS-T",
        "delivery",
        "2025-02",
    ),
    (
        "2024-06-12",
        (
            "Spain and Turkey signed a framework agreement in March. Spain and Turkey signed the "
            "contracts on 14 May. Turkey agreed to buy 24 Eurofighter jets from Spain under the "
            "deal."
        ),
        "Eurofighter",
        "agreement",
        "2024-03",
    ),
    (
        "2024-06-12",
        (
            "Egypt signed a framework deal with France on 2 February. The contract between France"
            " and Egypt was signed on 20 April. Egypt agreed to buy 30 Rafale jets under the "
            "deal."
        ),
        "Rafale",
        "agreement",
        "2024-02-02",
    ),
    (
        "2024-06-12",
        (
            "Egypt signed a framework deal with France in 2023. The contract between France and "
            "Egypt was signed on 20 April. Egypt agreed to buy 30 Rafale jets under the deal."
        ),
        "Rafale",
        "agreement",
        None,
    ),
]

PROBES = SEVERAL + SPANS + RELATIVE + NOUNS + NEXT


@pytest.mark.parametrize(("published", "text", "system", "stage", "expected"), PROBES)
def test_probe_when(
    published: str, text: str, system: str, stage: str, expected: str | None
) -> None:
    assert expected in when_of(published, text, system, stage)
