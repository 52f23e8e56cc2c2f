"""`when` probes, time23 set: our own sentences and short texts on wording the study sets rarely
use, read against an article dated 2025-03-12 (a Wednesday; Monday is 03-10, Friday 03-07).
A date right after an aside that tells another step (a parenthesis, a pair of dashes, a
participle or relative clause between commas: "the jets (ordered in 2021) on Tuesday") dates
the step the aside interrupts, and the aside's own date stays its step's; a day in digits with
a slash and no year ("on 3/14"); dotted dates; "mid-2028", "early next year", quarters, fiscal
years, "by the end of the decade", "over the weekend", "earlier this month", "late last year";
weekdays of the saying against those of the step; headlines and wire datelines; a date in a
quote; a date carried to the next sentence about the same step. An expected value is a prefix
of every claim's date of the key, as the scorer compares (gold precision); None: all undated."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article

PUBLISHED = "2025-03-12"


def whens(text: str, system: str, stage: str, published: str = PUBLISHED) -> set[str | None]:
    claims = extract(Article(doc="probe", text=text, published=published))
    return {c.when for c in claims if c.system == system and c.stage.value == stage}


def agrees(got: set[str | None], expected: str | None) -> bool:
    if expected is None:
        return got == {None}
    return bool(got) and all(w is not None and w.startswith(expected) for w in got)


# A date after a closed aside that tells another step is the interrupted step's.
ASIDES = [
    (
        "Egypt took delivery of the last Rafale jets from France (ordered in 2021) on Tuesday.",
        "Rafale",
        "delivery",
        "2025-03-11",
    ),
    (
        "Egypt took delivery of the last Rafale jets from France (ordered in 2021) on Tuesday.",
        "Rafale",
        "agreement",
        "2021",
    ),
    (
        "Poland received its first K2 tanks from South Korea (the contract was signed in July "
        "2022) on Tuesday.",
        "K2",
        "delivery",
        "2025-03-11",
    ),
    (
        "Poland received its first K2 tanks from South Korea - ordered in July 2022 - on Tuesday.",
        "K2",
        "delivery",
        "2025-03-11",
    ),
    (
        "Poland received its first K2 tanks from South Korea - ordered in July 2022 - on Tuesday.",
        "K2",
        "agreement",
        "2022-07",
    ),
    (
        "Morocco received its first F-16 Block 72 jets, bought from the United States in 2019, "
        "on Friday.",
        "F-16",
        "delivery",
        "2025-03-07",
    ),
    (
        "Morocco received its first F-16 Block 72 jets, bought from the United States in 2019, "
        "on Friday.",
        "F-16",
        "agreement",
        "2019",
    ),
    (
        "Oman received the Typhoon jets from Britain, which it ordered in 2012, on Friday.",
        "Eurofighter",
        "delivery",
        "2025-03-07",
    ),
    (
        "Oman received the Typhoon jets from Britain, which it ordered in 2012, on Friday.",
        "Eurofighter",
        "agreement",
        "2012",
    ),
    (
        "Hungary received the C-390 aircraft from Brazil (signed for in 2020) on Monday, the "
        "ministry said.",
        "C-390",
        "delivery",
        "2025-03-10",
    ),
    # Not closed before the date, or the date inside the aside: unchanged.
    (
        "The Rafale jets, ordered in 2019, arrived in Greece on Monday.",
        "Rafale",
        "delivery",
        "2025-03-10",
    ),
    (
        "The S-400 systems, which Turkey bought from Russia in 2017, arrived in Ankara in July "
        "2019.",
        "S-400",
        "agreement",
        "2017",
    ),
    (
        "Vietnam, which bought the K9 howitzers from Korea in 2024, received the first of them "
        "on Monday.",
        "K9",
        "delivery",
        "2025-03-10",
    ),
    (
        "The first Gripen jets (Brazil ordered 36 from Sweden in 2014) landed in Brazil in "
        "September 2020.",
        "Gripen",
        "delivery",
        "2020-09",
    ),
    (
        "Poland received its first K2 tanks from South Korea on Tuesday — two years after "
        "ordering them.",
        "K2",
        "delivery",
        "2025-03-11",
    ),
]

# Date forms. "On 3/4" could be March 4 or April 3: the year both share.
FORMS = [
    (
        "Lockheed Martin handed over the first two F-16 jets to Slovakia on 3/4.",
        "F-16",
        "delivery",
        "2025",
    ),
    (
        "Lockheed Martin handed over two more F-16 jets to Slovakia on 2/27.",
        "F-16",
        "delivery",
        "2025-02-27",
    ),
    (
        "Kuwait signed the contract for Eurofighter jets with Italy on 21/2.",
        "Eurofighter",
        "agreement",
        "2025-02-21",
    ),
    (
        "Turkey received the first S-400 battery from Russia on 12.07.2019.",
        "S-400",
        "delivery",
        "2019-07-12",
    ),
    (
        "Greece expects to receive the first F-35 jets from the United States in mid-2028.",
        "F-35",
        "delivery",
        "2028",
    ),
    (
        "Norway will deliver more NASAMS systems to Ukraine early next year.",
        "NASAMS",
        "delivery",
        "2026",
    ),
    (
        "Deliveries of K9 howitzers to Romania will start in the first quarter of 2026.",
        "K9",
        "delivery",
        "2026",
    ),
    (
        "Hanwha will ship the K9 howitzers to Vietnam in the third quarter of this year.",
        "K9",
        "delivery",
        "2025",
    ),
    (
        "Russia will deliver all the Su-35 jets to Iran by the end of the decade.",
        "Su-35",
        "delivery",
        "2029",
    ),
    (
        "Germany will send more Leopard 2 tanks to Ukraine in the coming weeks.",
        "Leopard 2",
        "delivery",
        "2025",
    ),
    ("Egypt expects its first Rafale jets from France this autumn.", "Rafale", "delivery", "2025"),
    (
        "Ukraine received the first Mirage 2000 jets from France over the weekend.",
        "Mirage 2000",
        "delivery",
        "2025-03",
    ),
    (
        "Earlier this month, Morocco took delivery of Apache helicopters from the United States.",
        "AH-64",
        "delivery",
        "2025-03",
    ),
    (
        "Indonesia signed a contract for 42 Rafale jets with France late last year.",
        "Rafale",
        "agreement",
        "2024",
    ),
    (
        "The first Patriot batteries reached Ukraine at the end of last month.",
        "Patriot",
        "delivery",
        "2025-02",
    ),
    (
        "Qatar ordered 12 more Rafale jets from France in the spring of 2017.",
        "Rafale",
        "agreement",
        "2017",
    ),
    (
        "Brazil received the Gripen jets from Sweden on March 3rd.",
        "Gripen",
        "delivery",
        "2025-03-03",
    ),
    (
        "Chile signed for the C-390 aircraft with Brazil on the 5th of March.",
        "C-390",
        "agreement",
        "2025-03-05",
    ),
    (
        "Slovakia received the last F-16 jets from the United States in mid-January.",
        "F-16",
        "delivery",
        "2025-01",
    ),
    (
        "Kazakhstan took delivery of the C295 aircraft from Spain on Saturday 8 March.",
        "C-295",
        "delivery",
        "2025-03-08",
    ),
    (
        (
            "Morocco will receive the Apache helicopters from the United States in the second "
            "half of next year."
        ),
        "AH-64",
        "delivery",
        "2026",
    ),
]

# A part of a month with no year ("in the first week of February"): the month's nearest year.
FORMS += [
    (
        "Poland received the first Apache helicopters from the United States in the first week "
        "of February.",
        "AH-64",
        "delivery",
        "2025-02",
    ),
    (
        "Poland received the first Apache helicopters from the United States in the first days "
        "of March.",
        "AH-64",
        "delivery",
        "2025-03",
    ),
    (
        "Latvia took delivery of the NASAMS batteries from Norway in the last week of January.",
        "NASAMS",
        "delivery",
        "2025-01",
    ),
    (
        "Latvia took delivery of the NASAMS batteries from Norway in the final days of "
        "November 2024.",
        "NASAMS",
        "delivery",
        "2024-11",
    ),
    (
        "Egypt will receive the last FREMM frigate from Italy in the second week of June.",
        "FREMM",
        "delivery",
        "2025-06",
    ),
]

# Weekdays, headlines, datelines, quotes, dates carried to the next sentence.
TEXTS = [
    (
        "Ukraine received IRIS-T systems from Germany on Tuesday, the defence minister said.",
        "IRIS-T",
        "delivery",
        "2025-03-11",
    ),
    (
        "The minister said on Monday that Ukraine had received Patriot systems from Germany.",
        "Patriot",
        "delivery",
        None,
    ),
    (
        "The minister said Ukraine received the Patriot systems from Germany on Monday.",
        "Patriot",
        "delivery",
        "2025-03-10",
    ),
    (
        "Speaking on Friday, the minister confirmed that Greece had signed for 20 F-35 jets.",
        "F-35",
        "agreement",
        None,
    ),
    (
        (
            "Greece signed for 20 F-35 jets with the United States on Friday, the minister "
            "confirmed on Saturday."
        ),
        "F-35",
        "agreement",
        "2025-03-07",
    ),
    (
        (
            "On Monday the Egyptian defence minister said Cairo had ordered Rafale jets from "
            "France in 2021."
        ),
        "Rafale",
        "agreement",
        "2021",
    ),
    (
        (
            "The Pentagon announced on Tuesday that Lockheed Martin had delivered the F-35 jets "
            "to Poland last year."
        ),
        "F-35",
        "delivery",
        "2024",
    ),
    (
        (
            "MOSCOW, March 3 (Reuters) - Russia has delivered a new batch of S-400 systems to "
            "India, a source said."
        ),
        "S-400",
        "delivery",
        None,
    ),
    (
        (
            "NEW DELHI, March 10 (PTI) - India received the fourth S-400 squadron from Russia on "
            "Sunday, officials said."
        ),
        "S-400",
        "delivery",
        "2025-03-09",
    ),
    (
        (
            "Serbia receives first Rafale jets from France\n\nBELGRADE, March 10 (Reuters) - "
            "Serbia received its first Rafale jets from France on Monday, the defence ministry "
            "said."
        ),
        "Rafale",
        "delivery",
        "2025-03-10",
    ),
    (
        (
            "WASHINGTON, March 7 - The United States delivered two F-16 jets to Bulgaria on "
            "March 5, the Pentagon said."
        ),
        "F-16",
        "delivery",
        "2025-03-05",
    ),
    (
        (
            '"We received the first F-16 jets from the United States on Friday," the Romanian '
            "defence minister said."
        ),
        "F-16",
        "delivery",
        "2025-03-07",
    ),
    (
        (
            '"We signed the deal for the K2 tanks with Korea in July," the Polish minister said '
            "on Monday."
        ),
        "K2",
        "agreement",
        "2024-07",
    ),
    (
        (
            "Greece signed a contract for 20 F-35 jets with the United States on Monday. The "
            "first aircraft will be delivered to Greece in 2028."
        ),
        "F-35",
        "delivery",
        "2028",
    ),
    (
        (
            "Greece signed a contract for 20 F-35 jets with the United States on Monday. "
            "Deliveries of the F-35 jets to Greece are expected to begin later."
        ),
        "F-35",
        "delivery",
        None,
    ),
    (
        (
            "The Philippines signed a contract for 12 FA-50 jets with South Korea in June 2024. "
            "The deal for the FA-50 jets with South Korea is worth $700 million."
        ),
        "FA-50",
        "agreement",
        "2024-06",
    ),
    (
        (
            "Norway signed a contract for K9 howitzers with South Korea on Monday. The contract "
            "for the K9 howitzers is worth $200 million."
        ),
        "K9",
        "agreement",
        "2025-03-10",
    ),
    (
        (
            "Ukraine received the first F-16 jets from Denmark on Sunday. The F-16 jets will be "
            "used for air defence, the minister said on Monday."
        ),
        "F-16",
        "delivery",
        "2025-03-09",
    ),
    (
        (
            "The defence minister visited Paris on Monday. Serbia will buy Rafale jets from "
            "France, he said."
        ),
        "Rafale",
        "negotiation",
        None,
    ),
    (
        (
            "In 2019, Turkey received S-400 systems from Russia. The S-400 systems were then "
            "stored at an air base."
        ),
        "S-400",
        "delivery",
        "2019",
    ),
]


@pytest.mark.parametrize(("text", "system", "stage", "expected"), ASIDES + FORMS + TEXTS)
def test_step_date(text: str, system: str, stage: str, expected: str | None) -> None:
    got = whens(text, system, stage)
    assert agrees(got, expected), got
