"""`when` probes, time22 set: our own texts of two to four sentences, read against an article
dated 2024-06-15 (a Saturday), for CLAIMS.md "when" and rule 12 across sentences. A date told in
one sentence that dates the next sentence's step ("signed in January 2021. The first six arrived
in July": 2021-07) or must not (a visit dated Monday, then "India will buy": undated; a bare
year is background, so "in 2019 ... Deliveries began in July" keeps the article's July);
"a year later", "two years later", "the year before" counted from the sentence before;
relative dates ("on Tuesday", "last month", "earlier this year", "in the second quarter",
"by 2027", "next spring", seasons, fiscal years); a wire dateline, which is the article's
date and dates no step; the report's date ("said on Friday that it had sent"); a background
year in a relative clause; a wait held since a year. An expected value is a prefix of the
claim's date, as the scorer compares (gold precision); None: every claim of the key is
undated."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article

PUBLISHED = "2024-06-15"


def whens(text: str, system: str, stage: str) -> set[str | None]:
    claims = extract(Article(doc="probe", text=text, published=PUBLISHED))
    return {c.when for c in claims if c.system == system and c.stage.value == stage}


def agrees(got: set[str | None], expected: str | None) -> bool:
    if expected is None:
        return got == {None}
    return bool(got) and all(w is not None and w.startswith(expected) for w in got)


# A month told without its year continues the story of the date told to its month in the
# sentence before (the next year when it comes before that date's month).
STORY = [
    (
        "Egypt signed for Rafale jets from France in January 2021. "
        "The first six were handed over in July.",
        "Rafale",
        "delivery",
        "2021-07",
    ),
    (
        "In March 2022, Germany agreed to sell IRIS-T systems to Ukraine. "
        "Berlin delivered the first system in October.",
        "IRIS-T",
        "delivery",
        "2022-10",
    ),
    (
        "Poland signed a deal for K2 tanks with South Korea in July 2022. "
        "The first tanks reached Gdynia in December.",
        "K2",
        "delivery",
        "2022-12",
    ),
    (
        "Croatia bought Rafale jets from France in November 2021. Delivery was completed in April.",
        "Rafale",
        "delivery",
        "2022-04",
    ),
    (
        "Egypt signed for Rafale jets from France in January 2021. "
        "Cairo also ordered Mistral ships in July.",
        "Mistral",
        "agreement",
        "2021-07",
    ),
    # A bare year is background: the month is the article's last one.
    (
        "In 2019, Turkey signed a deal with Russia for the S-400. Deliveries began in July.",
        "S-400",
        "delivery",
        "2023-07",
    ),
    # "Last month" is read against the article, whatever the sentence before says.
    (
        "Qatar ordered NH90 helicopters from Italy in March 2018. "
        "The first helicopter arrived last month.",
        "NH90",
        "delivery",
        "2024-05",
    ),
    # A month that would fall after the article keeps its own reading.
    (
        "Norway agreed to sell NASAMS to Ukraine in May 2024. The first systems arrived in June.",
        "NASAMS",
        "delivery",
        "2024-06",
    ),
]

# Dates in one sentence and the step of the next, and spans counted from the sentence before.
ACROSS = [
    (
        "The defence minister visited Paris on Monday. India will buy more Rafale jets from "
        "France.",
        "Rafale",
        "negotiation",
        None,
    ),
    (
        "Greece agreed to buy F-35 fighters from the United States in 2022. "
        "A year later, the first jets were handed over.",
        "F-35",
        "delivery",
        "2023",
    ),
    (
        "Nigeria ordered Super Tucano aircraft from Brazil in 2017. "
        "Two years later, the aircraft were delivered.",
        "A-29",
        "delivery",
        "2019",
    ),
    (
        "Egypt bought Rafale jets from France in 2015. The second batch arrived on Monday.",
        "Rafale",
        "delivery",
        "2024-06-10",
    ),
    (
        "On Monday, Vietnam received T-90 tanks from Russia. "
        "Officials said the contract was signed in 2017.",
        "T-90",
        "agreement",
        "2017",
    ),
    (
        "Poland ordered K2 tanks from South Korea. The contract was signed on 27 July 2022.",
        "K2",
        "agreement",
        "2022-07-27",
    ),
    (
        "Last year, Qatar signed a deal for NASAMS from Norway. "
        "The systems will arrive next spring.",
        "NASAMS",
        "delivery",
        "2025",
    ),
    (
        "India signed a contract for 36 Rafale jets with France on Tuesday. "
        "The first aircraft will arrive by 2027.",
        "Rafale",
        "delivery",
        "2027",
    ),
]

# Relative dates, seasons, quarters and fiscal years; datelines; the report's date; background.
RELATIVE = [
    (
        "Egypt received the first K9 howitzers from South Korea last month.",
        "K9",
        "delivery",
        "2024-05",
    ),
    (
        "Earlier this year, Poland ordered 96 AH-64 helicopters from the United States.",
        "AH-64",
        "agreement",
        "2024",
    ),
    (
        "The Philippines expects delivery of BrahMos missiles from India in the second quarter.",
        "BrahMos",
        "delivery",
        "2024",
    ),
    (
        "Canada will take delivery of the P-8 from the United States in fiscal year 2026.",
        "P-8",
        "delivery",
        "2026",
    ),
    (
        "Deliveries of the K2 tanks from South Korea to Poland are due to start in the fourth "
        "quarter of 2025.",
        "K2",
        "delivery",
        "2025",
    ),
    (
        "Thailand received Gripen fighters from Sweden in the first half of 2011.",
        "Gripen",
        "delivery",
        "2011",
    ),
    (
        "Algeria, which bought Su-30 jets from Russia in 2006, received Su-35 fighters this "
        "spring.",
        "Su-35",
        "delivery",
        "2024",
    ),
    (
        "MOSCOW, March 3 (Reuters) - Russia has delivered S-400 systems to India, a spokesman "
        "said.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "TOKYO, Jan. 10 (AP) - Japan will buy Tomahawk missiles from the United States, officials "
        "said.",
        "Tomahawk",
        "negotiation",
        None,
    ),
    (
        "Germany said on Friday that it had sent IRIS-T systems to Ukraine.",
        "IRIS-T",
        "delivery",
        None,
    ),
    (
        "Spain will deliver Leopard 2 tanks to Ukraine in the coming weeks, the minister said on "
        "Thursday.",
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "Argentina signed for F-16 jets from Denmark on April 16. The first six jets are due in "
        "December.",
        "F-16",
        "delivery",
        "2024-12",
    ),
]


# "Since" a year: a wait held since then dates no step; deliveries or a delay since then do.
SINCE = [
    (
        "Turkey has been waiting for F-16 jets from the United States since 2019.",
        "F-16",
        "delivery",
        None,
    ),
    (
        "Ankara has waited since 2021 for the delivery of F-16 fighters from Washington.",
        "F-16",
        "delivery",
        None,
    ),
    (
        "Ukraine has received 20 Leopard 2 tanks from Germany since 2023.",
        "Leopard 2",
        "delivery",
        "2023",
    ),
    (
        "Deliveries of S-400 systems to India have been delayed since 2022.",
        "S-400",
        "postponed",
        "2022",
    ),
]


# Counted from the sentence before: "the year before", "two years before", "the year after"
# closing their clause (not "the year before the election", which names its own event).
COUNTED_BACK = [
    (
        "Chile bought F-16 jets from Norway in 2016. "
        "The Netherlands had sold F-16 jets to Chile the year before.",
        "2015",
    ),
    (
        "Chile bought F-16 jets from Norway in 2016. "
        "The Netherlands sold F-16 jets to Chile two years before.",
        "2014",
    ),
    (
        "Chile bought F-16 jets from Norway in 2016. "
        "The Netherlands sold F-16 jets to Chile the year after.",
        "2017",
    ),
    (
        "Chile bought F-16 jets from Norway in 2016. "
        "The Netherlands had sold F-16 jets to Chile the previous year.",
        "2015",
    ),
    (
        "The Netherlands sold F-16 jets to Chile the year before the election.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_BACK)
def test_counted_from_the_sentence_before(text: str, expected: str | None) -> None:
    claims = extract(Article(doc="probe", text=text, published=PUBLISHED))
    got = {c.when for c in claims if c.supplier == "NLD"}
    assert agrees(got, expected), got


@pytest.mark.parametrize(("text", "system", "stage", "expected"), STORY + ACROSS + RELATIVE + SINCE)
def test_when_across_sentences(text: str, system: str, stage: str, expected: str | None) -> None:
    got = whens(text, system, stage)
    assert agrees(got, expected), got
