"""`when` probes, time23b set: our own sentences read against an article dated 2025-03-12 (a
Wednesday; Monday is 03-10). A date that closes the saying's occasion ("said at a press
conference after talks with Seoul on Monday that ...") is the report's: it dates a step reported
as just done, and no longer stays with the talks noun alone. Also a timeline line's leading date
("2024:", "March 2023 -"), a date right after "announced that", "as of May 2024", a year as a
noun modifier ("the 2019 contract", "a 2021 deal", "its 2018 order": the agreement's date), and
"in the coming weeks" (the year every reading of the next six weeks shares). An expected value is
a prefix of every claim's date of the key, as the scorer compares; None: all undated."""

from __future__ import annotations

import pytest

# The same publication date and readers as the fifth battery.
from tests.extract.test_time_probes5 import agrees, whens

OCCASION = [
    (
        "The minister said at a press conference after talks with Seoul on Monday that the "
        "first K2 tanks from South Korea arrived in Poland.",
        "K2",
        "delivery",
        "2025-03-10",
    ),
    (
        "The minister said after talks with his Korean counterpart on Monday that the delivery "
        "of K2 tanks from South Korea to Poland was completed.",
        "K2",
        "delivery",
        "2025-03-10",
    ),
    (
        "The minister said at a press conference after talks with his Polish counterpart on "
        "Monday that the delivery of K2 tanks from South Korea would be completed next year.",
        "K2",
        "delivery",
        "2026",
    ),
    (
        "The president said after meeting Biden on Friday that the F-16 jets from the US had "
        "arrived in Ukraine in February.",
        "F-16",
        "delivery",
        "2025-02",
    ),
]

TIMELINE = [
    (
        "2024: Poland signed a contract with South Korea for 180 K2 tanks.",
        "K2",
        "agreement",
        "2024",
    ),
    (
        "March 2023 - Egypt received the first Rafale jets from France.",
        "Rafale",
        "delivery",
        "2023-03",
    ),
    (
        "July 2022 – Norway delivered NASAMS launchers to Ukraine.",
        "NASAMS",
        "delivery",
        "2022-07",
    ),
    (
        "June 2020: India signed a deal with Russia for 21 MiG-29 fighters.",
        "MiG-29",
        "agreement",
        "2020-06",
    ),
    ("May 2018 -- Qatar ordered NH90 helicopters from Italy.", "NH90", "agreement", "2018-05"),
]

REPORTED = [
    (
        "The ministry informs that on 21 November the first Rafale jets arrived in Greece from "
        "France.",
        "Rafale",
        "delivery",
        "2024-11-21",
    ),
    (
        "Rosoboronexport announced that on 3 February it delivered Su-35 fighters to Iran.",
        "Su-35",
        "delivery",
        "2025-02-03",
    ),
    (
        "Hanwha announced on Monday that on 2 March the first K9 howitzers arrived in Australia.",
        "K9",
        "delivery",
        "2025-03",
    ),
    (
        "The army informs that on 5 January Hungary received Leopard 2 tanks from Germany.",
        "Leopard 2",
        "delivery",
        "2025-01-05",
    ),
]

AS_OF = [
    (
        "As of May 2024, Ukraine had received 20 F-16 jets from Denmark.",
        "F-16",
        "delivery",
        "2024-05",
    ),
    (
        "Germany had delivered 18 Leopard 2 tanks to Ukraine as of April 2023.",
        "Leopard 2",
        "delivery",
        "2023-04",
    ),
    (
        "Ukraine will receive F-16 jets from the Netherlands in the coming weeks.",
        "F-16",
        "delivery",
        "2025",
    ),
]

YEAR_MODIFIER = [
    (
        "Egypt received the first Su-35 fighters from Russia under the 2019 contract.",
        "Su-35",
        "agreement",
        "2019",
    ),
    ("Indonesia's 2021 deal with France covers 42 Rafale jets.", "Rafale", "agreement", "2021"),
    (
        "Since its 2018 order, Serbia has received six Pantsir systems from Russia.",
        "Pantsir",
        "agreement",
        "2018",
    ),
    (
        "The Philippines received BrahMos missiles from India under a 2022 deal.",
        "BrahMos",
        "agreement",
        "2022",
    ),
    (
        "Hungary's 2018 contract with Germany for Leopard 2 tanks was delivered in full.",
        "Leopard 2",
        "agreement",
        "2018",
    ),
]


@pytest.mark.parametrize(
    ("text", "system", "stage", "expected"),
    OCCASION + TIMELINE + REPORTED + AS_OF + YEAR_MODIFIER,
)
def test_probe(text: str, system: str, stage: str, expected: str | None) -> None:
    got = whens(text, system, stage)
    assert agrees(got, expected), got
