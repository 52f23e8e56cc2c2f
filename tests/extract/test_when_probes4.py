"""`when` probes, fourth set: batteries of our own sentences for the time constructions of news
of arms transfers (CLAIMS.md "when", rule 12). Absolute dates in every common shape ("on 12
March 2024", "Nov. 2024", "30.08.2024", "in the 2024-25 financial year", "FY2026", "between
January and March"); dates relative to the article's ("last month", "on Tuesday", "days ago";
"earlier in the year" with no date before it is the article's year, "the previous year" then
stays undated); a date of the report against the step's; background years in their own clause
("under a 2020 deal ... in April": the article's April; "Poland, which signed in April 2022,
received the first in January"); plans dated by their target; datelines ("KYIV, Ukraine, May 2
-"); articles with no date (relative dates stay null). Weekdays: 2025-06-12 is a Thursday,
2024-09-18 a Wednesday. An expected value is a prefix of the claim's date, as the scorer
compares (gold precision)."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article


def whens(published: str | None, text: str, system: str, stage: str) -> set[str | None]:
    claims = extract(Article(doc="probe", text=text, published=published))
    return {c.when for c in claims if c.system == system and c.stage.value == stage}


def agrees(got: set[str | None], expected: str | None) -> bool:
    """Every claim of the key dated as expected, at the expected precision (or all undated)."""
    if expected is None:
        return got == {None}
    return bool(got) and all(w is not None and w.startswith(expected) for w in got)


# (publication date, text, system, stage, expected date), by construction.
PROBES = [
    # ABS: absolute dates in common formats (pub 2025-06-12 Thursday)
    (
        "2025-06-12",
        ("Poland received the first 24 K9 howitzers from South Korea on 12 March 2024."),
        "K9",
        "delivery",
        "2024-03-12",
    ),
    (
        "2025-06-12",
        ("South Korea delivered 18 K9 howitzers to Poland on March 12, 2024."),
        "K9",
        "delivery",
        "2024-03-12",
    ),
    (
        "2025-06-12",
        ("India signed a contract with France for 26 Rafale jets on March 12."),
        "Rafale",
        "agreement",
        "2025-03-12",
    ),
    (
        "2025-06-12",
        ("Croatia signed for 12 Rafale fighters from France on 12 March."),
        "Rafale",
        "agreement",
        "2025-03-12",
    ),
    (
        "2025-06-12",
        ("Thailand ordered four Gripen jets from Sweden in the first quarter of 2025."),
        "Gripen",
        "agreement",
        "2025",
    ),
    (
        "2025-06-12",
        ("Germany will deliver 44 Leopard 2 tanks to Lithuania by the end of 2026."),
        "Leopard 2",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("Germany delivered a Patriot battery to Ukraine in early 2023."),
        "Patriot",
        "delivery",
        "2023",
    ),
    (
        "2025-06-12",
        ("The Netherlands shipped two Patriot launchers to Ukraine in mid-2023."),
        "Patriot",
        "delivery",
        "2023",
    ),
    (
        "2025-06-12",
        ("Romania handed a Patriot system to Ukraine in late 2023."),
        "Patriot",
        "delivery",
        "2023",
    ),
    (
        "2025-06-12",
        (
            "Under the budget for fiscal year 2025, the United States will sell "
            "eight F-35 jets to Greece."
        ),
        "F-35",
        "agreement",
        "2025",
    ),
    (
        "2025-06-12",
        ("The first F-35 jets for Poland from the United States are due in FY2026."),
        "F-35",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("Belarus supplied MiG-29 fighters to Serbia in the 2010s."),
        "MiG-29",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        ("Russia delivered Su-35 jets to China between 2019 and 2021."),
        "Su-35",
        "delivery",
        "2019",
    ),
    (
        "2025-06-12",
        ("The United States will deliver F-16 jets to Bulgaria from 2027."),
        "F-16",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("Estonia will receive HIMARS launchers from the United States starting next year."),
        "HIMARS",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("France will deliver 18 CAESAR howitzers to Belgium within 18 months."),
        "Caesar",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        (
            "Germany will deliver 100 Leopard 2 tanks to the Czech Republic over the "
            "next five years."
        ),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        ("Turkey delivered six Bayraktar TB2 drones to Kenya on 5/11/2024."),
        "Bayraktar TB2",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("Turkey delivered six Bayraktar TB2 drones to Kenya in November 2024."),
        "Bayraktar TB2",
        "delivery",
        "2024-11",
    ),
    (
        "2025-06-12",
        ("Turkey delivered six Bayraktar TB2 drones to Kenya in Nov. 2024."),
        "Bayraktar TB2",
        "delivery",
        "2024-11",
    ),
    (
        "2025-06-12",
        ("Russia delivered the first S-400 parts to Turkey on July 12th, 2019."),
        "S-400",
        "delivery",
        "2019-07-12",
    ),
    (
        "2025-06-12",
        ("Russia delivered the first S-400 parts to Turkey on the 12th of July 2019."),
        "S-400",
        "delivery",
        "2019-07-12",
    ),
    (
        "2025-06-12",
        ("Russia began delivering S-400 systems to Turkey in July of 2019."),
        "S-400",
        "delivery",
        "2019-07",
    ),
    (
        "2025-06-12",
        ("Poland signed a deal for 180 K2 tanks with South Korea in the second half of 2022."),
        "K2",
        "agreement",
        "2022",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver the next K2 tanks to Poland in the second half of this year."),
        "K2",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("France is to deliver the first Rafale jets to Serbia in the first half of 2027."),
        "Rafale",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("France plans to hand over the first Rafale jets to Indonesia in Q1 2027."),
        "Rafale",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("France plans to hand over the first Rafale jets to Indonesia in Q1 of 2027."),
        "Rafale",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("France plans to hand over the first Rafale jets to Indonesia in the spring of 2027."),
        "Rafale",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("Deliveries of the Rafale jets from France to Indonesia will begin in 2026."),
        "Rafale",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        (
            "Deliveries of Rafale jets from France to Indonesia are expected in the "
            "2026 fiscal year."
        ),
        "Rafale",
        "delivery",
        "2026",
    ),
    # REL: relatives against the publication date (pub 2025-06-12 Thursday)
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine last month."),
        "Leopard 2",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine this year."),
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("Germany will deliver ten Leopard 2 tanks to Ukraine next spring."),
        "Leopard 2",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine earlier this week."),
        "Leopard 2",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine on Tuesday."),
        "Leopard 2",
        "delivery",
        "2025-06-10",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine a year ago."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine last year."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine yesterday."),
        "Leopard 2",
        "delivery",
        "2025-06-11",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine last week."),
        "Leopard 2",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine earlier this month."),
        "Leopard 2",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine two months ago."),
        "Leopard 2",
        "delivery",
        "2025-04",
    ),
    (
        "2025-06-12",
        ("Germany will deliver ten Leopard 2 tanks to Ukraine next month."),
        "Leopard 2",
        "delivery",
        "2025-07",
    ),
    (
        "2025-06-12",
        ("Germany will deliver ten Leopard 2 tanks to Ukraine next year."),
        "Leopard 2",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("Germany will deliver ten Leopard 2 tanks to Ukraine later this year."),
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("Germany will deliver ten Leopard 2 tanks to Ukraine on Tuesday."),
        "Leopard 2",
        "delivery",
        "2025-06-17",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine last spring."),
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine in January."),
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("Germany will deliver ten Leopard 2 tanks to Ukraine in September."),
        "Leopard 2",
        "delivery",
        "2025-09",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine in September."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine today."),
        "Leopard 2",
        "delivery",
        "2025-06-12",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine in December last year."),
        "Leopard 2",
        "delivery",
        "2024-12",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine late last year."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("Germany delivered ten Leopard 2 tanks to Ukraine earlier this year."),
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("Germany will deliver ten Leopard 2 tanks to Ukraine early next year."),
        "Leopard 2",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        (
            "Spain ordered Leopard 2 tanks from Germany in 2021. Two years later, "
            "the first tanks arrived in Spain from Germany."
        ),
        "Leopard 2",
        "delivery",
        "2023",
    ),
    (
        "2025-06-12",
        (
            "Spain ordered Leopard 2 tanks from Germany in 2021, and the tanks "
            "arrived two years later."
        ),
        "Leopard 2",
        "delivery",
        "2023",
    ),
    # REPORT: reporting act vs step
    (
        "2025-06-12",
        (
            "Iran's defence minister said on Tuesday that deliveries of Su-35 jets "
            "from Russia began in May."
        ),
        "Su-35",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        (
            "Deliveries of Su-35 jets from Russia to Iran began in May, the defence "
            "minister said on Tuesday."
        ),
        "Su-35",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        ("Iran signed a contract for Su-35 jets with Russia in 2023, an official said on Monday."),
        "Su-35",
        "agreement",
        "2023",
    ),
    (
        "2025-06-12",
        ("Russia will deliver Su-35 jets to Iran, the deputy minister said on Wednesday."),
        "Su-35",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        (
            "Russia will deliver Su-35 jets to Iran in 2026, the deputy minister "
            "told reporters on Monday."
        ),
        "Su-35",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("Egypt ordered J-10 fighters from China last year, the newspaper reported on Friday."),
        "J-10",
        "agreement",
        "2024",
    ),
    (
        "2025-06-12",
        (
            "On Friday, the newspaper reported that Egypt ordered J-10 fighters from "
            "China last year."
        ),
        "J-10",
        "agreement",
        "2024",
    ),
    # BACKGROUND: background years attached to their own clause
    (
        "2025-06-12",
        ("Under a 2019 contract, France delivered Rafale jets to Greece last year."),
        "Rafale",
        "agreement",
        "2019",
    ),
    (
        "2025-06-12",
        ("Under a 2019 contract, France delivered Rafale jets to Greece last year."),
        "Rafale",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("The 2014 deal for Su-30 jets between Russia and Myanmar was worth $400 million."),
        "Su-30",
        "agreement",
        "2014",
    ),
    (
        "2025-06-12",
        ("Myanmar ordered six Su-30 fighters from Russia in 2018 and received them last year."),
        "Su-30",
        "agreement",
        "2018",
    ),
    (
        "2025-06-12",
        ("Myanmar ordered six Su-30 fighters from Russia in 2018 and received them last year."),
        "Su-30",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        (
            "Under a 2020 deal, the United States delivered 12 Black Hawk "
            "helicopters to Croatia in April."
        ),
        "UH-60",
        "delivery",
        "2025-04",
    ),
    (
        "2025-06-12",
        (
            "Under a 2020 deal, the United States delivered 12 Black Hawk "
            "helicopters to Croatia in April."
        ),
        "UH-60",
        "agreement",
        "2020",
    ),
    (
        "2025-06-12",
        (
            "Slovakia, which ordered 152 CV90 vehicles from Sweden in 2022, received "
            "the first ones this year."
        ),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        (
            "Slovakia, which ordered 152 CV90 vehicles from Sweden in 2022, received "
            "the first ones this year."
        ),
        "CV90",
        "agreement",
        "2022",
    ),
    (
        "2025-06-12",
        ("Romania received HIMARS launchers from the United States in 2024 under its 2021 order."),
        "HIMARS",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("Romania received HIMARS launchers from the United States in 2024 under its 2021 order."),
        "HIMARS",
        "agreement",
        "2021",
    ),
    # EXPECTED: target dates
    (
        "2025-06-12",
        ("Deliveries of K9 howitzers from South Korea to Norway are due in 2027."),
        "K9",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("Deliveries of K9 howitzers from South Korea to Estonia are slated for 2028."),
        "K9",
        "delivery",
        "2028",
    ),
    (
        "2025-06-12",
        ("South Korea is to deliver all K9 howitzers to Romania by 2030."),
        "K9",
        "delivery",
        "2030",
    ),
    (
        "2025-06-12",
        ("The first K9 howitzers for Vietnam from South Korea are expected to arrive in 2027."),
        "K9",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("The first K9 howitzers from South Korea are scheduled to reach Egypt in 2027."),
        "K9",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("Switzerland expects to receive its first F-35 jets from the United States in 2028."),
        "F-35",
        "delivery",
        "2028",
    ),
    (
        "2025-06-12",
        ("The first F-35s for the Czech Republic from the United States should arrive in 2028."),
        "F-35",
        "delivery",
        "2028",
    ),
    (
        "2025-06-12",
        ("The United States will complete delivery of F-35 jets to Finland by 2031."),
        "F-35",
        "delivery",
        "2031",
    ),
    (
        "2025-06-12",
        ("Hungary will take delivery of four more Gripen jets from Sweden in 2026."),
        "Gripen",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("Colombia is expected to sign a contract for Gripen jets with Sweden later this year."),
        "Gripen",
        "agreement",
        "2025",
    ),
    # HEADLINE / DATELINE
    (
        "2025-03-03",
        (
            "MOSCOW, March 3 (Reuters) - Russia delivered a second S-400 regiment to "
            "India on Monday, a source said."
        ),
        "S-400",
        "delivery",
        "2025-03-03",
    ),
    (
        "2025-03-03",
        (
            "MOSCOW, March 3 (Reuters) - Russia has delivered a second S-400 "
            "regiment to India, a source said."
        ),
        "S-400",
        "delivery",
        None,
    ),
    (
        "2025-03-03",
        (
            "MOSCOW, March 3 (Reuters) - Russia delivered Su-57 jets to Algeria in "
            "December, a source said."
        ),
        "Su-57",
        "delivery",
        "2024-12",
    ),
    (
        "2025-03-03",
        (
            "MOSCOW, March 3, 2025 (Reuters) - Russia delivered Su-57 jets to "
            "Algeria in December, a source said."
        ),
        "Su-57",
        "delivery",
        "2024-12",
    ),
    # NODATE
    (
        None,
        ("Germany delivered ten Leopard 2 tanks to Ukraine last month."),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        None,
        ("Germany delivered ten Leopard 2 tanks to Ukraine on Tuesday."),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        None,
        ("Germany delivered ten Leopard 2 tanks to Ukraine in 2023."),
        "Leopard 2",
        "delivery",
        "2023",
    ),
    (
        None,
        ("Germany delivered ten Leopard 2 tanks to Ukraine in May 2023."),
        "Leopard 2",
        "delivery",
        "2023-05",
    ),
    (
        None,
        ("Germany delivered ten Leopard 2 tanks to Ukraine in May."),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        None,
        ("Germany will deliver ten Leopard 2 tanks to Ukraine next year."),
        "Leopard 2",
        "delivery",
        None,
    ),
    # MORE REPORT (pub 2024-09-18 Wednesday)
    (
        "2024-09-18",
        (
            "Poland's defence ministry said on Monday that it had sent more T-72 "
            "tanks to Ukraine in August."
        ),
        "T-72",
        "delivery",
        "2024-08",
    ),
    (
        "2024-09-18",
        ("Poland will send more T-72 tanks to Ukraine, the ministry announced on Monday."),
        "T-72",
        "delivery",
        None,
    ),
    (
        "2024-09-18",
        ("Poland sent a new batch of T-72 tanks to Ukraine on Monday, the ministry said."),
        "T-72",
        "delivery",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        (
            "The Netherlands delivered a Patriot system to Ukraine earlier this "
            "year, Dutch Prime Minister Dick Schoof said on Tuesday."
        ),
        "Patriot",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        (
            "The State Department on Tuesday approved the possible sale of Patriot "
            "missiles to Saudi Arabia."
        ),
        "Patriot",
        "negotiation",
        "2024-09-17",
    ),
    (
        "2024-09-18",
        (
            "The U.S. State Department approved on Tuesday a possible sale of "
            "Patriot interceptors to Kuwait."
        ),
        "Patriot",
        "negotiation",
        "2024-09-17",
    ),
    (
        "2024-09-18",
        (
            "The State Department approved a possible $2 billion sale of F-16 "
            "fighters to Turkey on Monday."
        ),
        "F-16",
        "negotiation",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        (
            "Lithuania signed a contract with Germany for 44 Leopard 2 tanks on "
            "Tuesday, the ministry said on Wednesday."
        ),
        "Leopard 2",
        "agreement",
        "2024-09-17",
    ),
    (
        "2024-09-18",
        ("On Tuesday Lithuania signed a contract with Germany for 44 Leopard 2 tanks."),
        "Leopard 2",
        "agreement",
        "2024-09-17",
    ),
    (
        "2024-09-18",
        ("Lithuania signed a contract with Germany for 44 Leopard 2 tanks earlier this month."),
        "Leopard 2",
        "agreement",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Lithuania signed a contract with Germany for 44 Leopard 2 tanks on Wednesday."),
        "Leopard 2",
        "agreement",
        "2024-09-18",
    ),
    (
        "2024-09-18",
        ("Lithuania signed a contract with Germany for 44 Leopard 2 tanks this Monday."),
        "Leopard 2",
        "agreement",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        ("Lithuania signed a contract with Germany for 44 Leopard 2 tanks last Friday."),
        "Leopard 2",
        "agreement",
        "2024-09-13",
    ),
    (
        "2024-09-18",
        ("Germany will hand over the first Leopard 2 tanks to Lithuania on Friday."),
        "Leopard 2",
        "delivery",
        "2024-09-20",
    ),
    # MORE BACKGROUND
    (
        "2024-09-18",
        ("Turkey bought the S-400 from Russia in 2017 and received it in 2019."),
        "S-400",
        "agreement",
        "2017",
    ),
    (
        "2024-09-18",
        ("Turkey bought the S-400 from Russia in 2017 and received it in 2019."),
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "2024-09-18",
        (
            "India, which signed a $5.4 billion deal for five S-400 units with "
            "Russia in 2018, received the third unit in 2023."
        ),
        "S-400",
        "agreement",
        "2018",
    ),
    (
        "2024-09-18",
        (
            "India, which signed a $5.4 billion deal for five S-400 units with "
            "Russia in 2018, received the third unit in 2023."
        ),
        "S-400",
        "delivery",
        "2023",
    ),
    (
        "2024-09-18",
        ("The 2018 contract for S-400 systems between India and Russia covers five regiments."),
        "S-400",
        "agreement",
        "2018",
    ),
    (
        "2024-09-18",
        ("Russia delivered the fourth S-400 regiment to India this year under the 2018 contract."),
        "S-400",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Russia delivered four Su-30 jets to Belarus in May under a 2017 deal."),
        "Su-30",
        "delivery",
        "2024-05",
    ),
    (
        "2024-09-18",
        ("Under a contract signed in 2017, Russia delivered four Su-30 jets to Belarus in May."),
        "Su-30",
        "delivery",
        "2024-05",
    ),
    (
        "2024-09-18",
        (
            "Poland, which signed for 180 K2 tanks with South Korea in 2022, "
            "received the latest batch in March."
        ),
        "K2",
        "delivery",
        "2024-03",
    ),
    (
        "2024-09-18",
        (
            "Indonesia signed a contract for 42 Rafale jets with France in February "
            "2022; the first jets are due in 2026."
        ),
        "Rafale",
        "agreement",
        "2022",
    ),
    (
        "2024-09-18",
        (
            "Indonesia signed a contract for 42 Rafale jets with France in February "
            "2022; the first jets are due in 2026."
        ),
        "Rafale",
        "delivery",
        "2026",
    ),
    (
        "2024-09-18",
        (
            "Indonesia ordered 42 Rafale jets from France in 2022, with deliveries "
            "expected to begin in 2026."
        ),
        "Rafale",
        "delivery",
        "2026",
    ),
    # HEADLINES (first line headline, then text)
    (
        "2024-09-18",
        (
            "Germany delivers Leopard 2 tanks to Lithuania\nGermany handed over the "
            "first Leopard 2 tanks to Lithuania on Monday."
        ),
        "Leopard 2",
        "delivery",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        (
            "Germany to deliver Leopard 2 tanks to Lithuania in 2024\nThe tanks will "
            "be handed over by Germany to Lithuania in the autumn."
        ),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    # EXPECTED MORE
    (
        "2024-09-18",
        (
            "The first CV90 vehicles from Sweden are expected to reach Lithuania in "
            "the first half of 2026."
        ),
        "CV90",
        "delivery",
        "2026",
    ),
    (
        "2024-09-18",
        ("Sweden is set to deliver the first CV90 vehicles to Slovakia next year."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("The delivery of CV90 vehicles from Sweden to Slovakia is planned for next year."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("The delivery of CV90 vehicles from Sweden to Slovakia is planned for March."),
        "CV90",
        "delivery",
        "2025-03",
    ),
    (
        "2024-09-18",
        ("The delivery of CV90 vehicles from Sweden to Slovakia is planned for October."),
        "CV90",
        "delivery",
        "2024-10",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia by mid-2025."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia by the end of next year."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia by the end of the year."),
        "CV90",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia before the end of this year."),
        "CV90",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia before year-end."),
        "CV90",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia in December."),
        "CV90",
        "delivery",
        "2024-12",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia within a month."),
        "CV90",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia in the fourth quarter."),
        "CV90",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia in the first quarter of next year."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia in early 2025."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia in the 2025 fiscal year."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia in FY25."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia in fiscal 2025."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia next summer."),
        "CV90",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia in January."),
        "CV90",
        "delivery",
        "2025-01",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia later this month."),
        "CV90",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia at the end of this month."),
        "CV90",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Sweden will deliver CV90 vehicles to Slovakia next week."),
        "CV90",
        "delivery",
        "2024-09",
    ),
    # pub 2024-09-18 Wednesday
    (
        "2024-09-18",
        (
            "The first Leopard 2 tanks ordered by Lithuania were delivered by "
            "Germany on Monday, the army said."
        ),
        "Leopard 2",
        "delivery",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        ("The first Leopard 2 tanks from Germany arrived in Lithuania on Monday."),
        "Leopard 2",
        "delivery",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        ("It was on Monday that Germany delivered the first Leopard 2 tanks to Lithuania."),
        "Leopard 2",
        "delivery",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        (
            "Germany has delivered the first Leopard 2 tanks to Lithuania this "
            "month, the ministry said on Tuesday."
        ),
        "Leopard 2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany in mid-September."),
        "Leopard 2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        (
            "Lithuania took delivery of its first Leopard 2 tanks from Germany at "
            "the start of September."
        ),
        "Leopard 2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany in late August."),
        "Leopard 2",
        "delivery",
        "2024-08",
    ),
    (
        "2024-09-18",
        (
            "Lithuania took delivery of its first Leopard 2 tanks from Germany at "
            "the end of last month."
        ),
        "Leopard 2",
        "delivery",
        "2024-08",
    ),
    (
        "2024-09-18",
        (
            "Lithuania took delivery of its first Leopard 2 tanks from Germany in "
            "August, according to the ministry."
        ),
        "Leopard 2",
        "delivery",
        "2024-08",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany on Aug. 30."),
        "Leopard 2",
        "delivery",
        "2024-08-30",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany on August 30th."),
        "Leopard 2",
        "delivery",
        "2024-08-30",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany on 30 Aug."),
        "Leopard 2",
        "delivery",
        "2024-08-30",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany on Friday, August 30."),
        "Leopard 2",
        "delivery",
        "2024-08-30",
    ),
    (
        "2024-09-18",
        (
            "Lithuania took delivery of its first Leopard 2 tanks from Germany on "
            "Friday, Aug. 30, 2024."
        ),
        "Leopard 2",
        "delivery",
        "2024-08-30",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany on 2024-08-30."),
        "Leopard 2",
        "delivery",
        "2024-08-30",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany on 30.08.2024."),
        "Leopard 2",
        "delivery",
        "2024-08-30",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany over the summer."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany this summer."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany last week."),
        "Leopard 2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany days ago."),
        "Leopard 2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany a few days ago."),
        "Leopard 2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany a week ago."),
        "Leopard 2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany two days ago."),
        "Leopard 2",
        "delivery",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany earlier in the year."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany in the spring."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        (
            "Lithuania took delivery of its first Leopard 2 tanks from Germany in "
            "the autumn of last year."
        ),
        "Leopard 2",
        "delivery",
        "2023",
    ),
    (
        "2024-09-18",
        (
            "Lithuania took delivery of its first Leopard 2 tanks from Germany in "
            "the last quarter of 2023."
        ),
        "Leopard 2",
        "delivery",
        "2023",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany in Q2."),
        "Leopard 2",
        "delivery",
        "2024",
    ),
    (
        "2024-09-18",
        ("Lithuania took delivery of its first Leopard 2 tanks from Germany the previous year."),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2024-09-18",
        ("In June 2023, Lithuania signed a deal with Germany for 44 Leopard 2 tanks."),
        "Leopard 2",
        "agreement",
        "2023-06",
    ),
    (
        "2024-09-18",
        ("Lithuania, in June 2023, signed a deal with Germany for 44 Leopard 2 tanks."),
        "Leopard 2",
        "agreement",
        "2023-06",
    ),
    (
        "2024-09-18",
        (
            "The deal for 44 Leopard 2 tanks, signed by Lithuania and Germany in "
            "June 2023, is worth 950 million euros."
        ),
        "Leopard 2",
        "agreement",
        "2023-06",
    ),
    (
        "2024-09-18",
        ("Lithuania signed a deal with Germany for 44 Leopard 2 tanks more than a year ago."),
        "Leopard 2",
        "agreement",
        "2023",
    ),
    (
        "2024-09-18",
        ("Lithuania signed a deal with Germany for 44 Leopard 2 tanks two years ago."),
        "Leopard 2",
        "agreement",
        "2022",
    ),
    (
        "2024-09-18",
        (
            "Germany will deliver 44 Leopard 2 tanks to Lithuania by 2026, a year "
            "later than planned."
        ),
        "Leopard 2",
        "delivery",
        "2026",
    ),
    (
        "2024-09-18",
        (
            "Deliveries of the Leopard 2 tanks from Germany to Lithuania are now "
            "expected in 2026 rather than 2025."
        ),
        "Leopard 2",
        "delivery",
        "2026",
    ),
    (
        "2024-09-18",
        ("Deliveries of the Leopard 2 tanks from Germany to Lithuania will run until 2027."),
        "Leopard 2",
        "delivery",
        "2027",
    ),
    (
        "2024-09-18",
        ("Germany is expected to start delivering Leopard 2 tanks to Lithuania in 2025."),
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("The Leopard 2 tanks will be delivered to Lithuania by Germany in 2025-2026."),
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        (
            "The Leopard 2 tanks will be delivered to Lithuania by Germany in the "
            "2025\u20132026 period."
        ),
        "Leopard 2",
        "delivery",
        "2025",
    ),
    (
        "2024-09-18",
        ("Germany did not deliver any Leopard 2 tanks to Lithuania in the years before the war."),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2024-09-18",
        ("Germany did not deliver any Leopard 2 tanks to Ukraine in 2022."),
        "Leopard 2",
        "delivery",
        "2022",
    ),
    (
        "2024-09-18",
        ("Germany announced in January 2023 that it would deliver Leopard 2 tanks to Ukraine."),
        "Leopard 2",
        "delivery",
        None,
    ),
    # datelines
    (
        "2024-09-18",
        (
            "VILNIUS, Sept 18 (Reuters) - Germany delivered the first Leopard 2 "
            "tanks to Lithuania on Monday, the army said."
        ),
        "Leopard 2",
        "delivery",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        (
            "VILNIUS, Sept 18 (Reuters) - Germany has delivered the first Leopard 2 "
            "tanks to Lithuania, the army said."
        ),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2024-09-18",
        (
            "VILNIUS, Lithuania, September 18 - Germany has delivered the first "
            "Leopard 2 tanks to Lithuania, the army said."
        ),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2024-09-18",
        (
            "VILNIUS (Reuters) - Germany has delivered the first Leopard 2 tanks to "
            "Lithuania, the army said."
        ),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2024-09-18",
        (
            "Vilnius, 18 September 2024 - Germany has delivered the first Leopard 2 "
            "tanks to Lithuania, the army said."
        ),
        "Leopard 2",
        "delivery",
        None,
    ),
    # multi-sentence articles, pub 2024-09-18 Wednesday
    (
        "2024-09-18",
        (
            "Lithuania receives first Leopard 2 tanks from Germany\nThe first four "
            "Leopard 2 tanks were handed over to the Lithuanian army on Monday in "
            "Pabrade."
        ),
        "Leopard 2",
        "delivery",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        (
            "Germany completes Leopard 2 delivery to Lithuania\nThe last of the 44 "
            "Leopard 2 tanks were delivered in September, according to several "
            "reports. The army has trained crews since 2023."
        ),
        "Leopard 2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        (
            "Russia delivers last Mi-17 helicopters to Mali\nThe last of the 12 Mi-17 "
            "helicopters that Mali ordered from Russia were delivered in August, "
            "according to local media."
        ),
        "Mi-17",
        "delivery",
        "2024-08",
    ),
    (
        "2024-09-18",
        (
            "Russia hands Su-30 jets to Myanmar\nMyanmar's air force received two "
            "more Su-30 fighters from Russia. The aircraft landed at Meiktila air "
            "base on Tuesday, state media said."
        ),
        "Su-30",
        "delivery",
        "2024-09-17",
    ),
    (
        "2024-09-18",
        (
            "Serbia signs for 12 Rafale jets\nSerbia signed a contract with France "
            "for 12 Rafale fighters. The deal was signed in Belgrade on Monday "
            "during a visit by the French president."
        ),
        "Rafale",
        "agreement",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        (
            "Serbia signs for 12 Rafale jets\nSerbia signed a contract with France "
            "for 12 Rafale fighters. The contract, worth 2.7 billion euros, was "
            "signed on Monday."
        ),
        "Rafale",
        "agreement",
        "2024-09-16",
    ),
    (
        "2024-09-18",
        (
            "Poland takes more K2 tanks\nPoland received another batch of K2 tanks "
            "from South Korea. The tanks arrived in the port of Gdynia earlier this "
            "month."
        ),
        "K2",
        "delivery",
        "2024-09",
    ),
    (
        "2024-09-18",
        (
            "Poland takes more K2 tanks\nPoland received another batch of K2 tanks "
            "from South Korea. The tanks are part of a deal signed in 2022. Poland "
            "ordered 180 K2 tanks from South Korea."
        ),
        "K2",
        "agreement",
        "2022",
    ),
    (
        "2024-09-18",
        (
            "Norway sends F-16s to Ukraine\nNorway has sent F-16 jets to Ukraine. The "
            "first of the jets arrived in July, the Norwegian defence ministry said "
            "on Tuesday."
        ),
        "F-16",
        "delivery",
        "2024-07",
    ),
    # pub 2025-06-12 Thursday: several dates, report vs step
    (
        "2025-06-12",
        (
            "Iran received its first Su-35 jets from Russia in May, two years after "
            "ordering them in 2023."
        ),
        "Su-35",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        ("Iran, which ordered Su-35 jets from Russia in 2023, received the first ones last month."),
        "Su-35",
        "agreement",
        "2023",
    ),
    (
        "2025-06-12",
        ("Iran, which ordered Su-35 jets from Russia in 2023, received the first ones last month."),
        "Su-35",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        ("After years of delays, Russia delivered the first Su-35 jets to Iran in May 2025."),
        "Su-35",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        (
            "Russia delivered the first Su-35 jets to Iran in May, more than a year "
            "after the contract was signed."
        ),
        "Su-35",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        ("Russia delivered the first Su-35 jets to Iran on Monday, Tasnim reported on Tuesday."),
        "Su-35",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        (
            "Tasnim reported on Wednesday that the first Su-35 jets from Russia "
            "landed in Iran on Tuesday."
        ),
        "Su-35",
        "delivery",
        "2025-06-10",
    ),
    (
        "2025-06-12",
        ("The first Su-35 jets from Russia landed in Iran on Tuesday, Tasnim reported."),
        "Su-35",
        "delivery",
        "2025-06-10",
    ),
    (
        "2025-06-12",
        (
            "Russia has begun delivering Su-35 jets to Iran this year, a source told "
            "Reuters on Monday."
        ),
        "Su-35",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        (
            "Russia will deliver the rest of the Su-35 jets to Iran next year, a "
            "source said on Monday."
        ),
        "Su-35",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        (
            "A source said on Monday that Russia would deliver the rest of the Su-35 "
            "jets to Iran next year."
        ),
        "Su-35",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        (
            "Iran took delivery of two Su-35 jets from Russia on Monday, the Iranian "
            "army said on Wednesday."
        ),
        "Su-35",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        (
            "Two Su-35 jets from Russia were handed over to Iran on Monday, "
            "according to the Iranian army."
        ),
        "Su-35",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        (
            "Two Su-35 jets from Russia were handed over to Iran earlier this month, "
            "according to the Iranian army."
        ),
        "Su-35",
        "delivery",
        "2025-06",
    ),
    # mixed background and step
    (
        "2025-06-12",
        (
            "Romania received five more F-16 jets from Norway in April; it bought 32 "
            "of them in 2022."
        ),
        "F-16",
        "delivery",
        "2025-04",
    ),
    (
        "2025-06-12",
        (
            "Romania received five more F-16 jets from Norway in April; it bought 32 "
            "of them in 2022."
        ),
        "F-16",
        "agreement",
        "2022",
    ),
    (
        "2025-06-12",
        ("Norway delivered the first F-16 jets to Romania in 2024 under a 2022 agreement."),
        "F-16",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("The F-16s, bought from Norway in 2022, reached Romania in 2024."),
        "F-16",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("The F-16s, bought from Norway in 2022, reached Romania in 2024."),
        "F-16",
        "agreement",
        "2022",
    ),
    (
        "2025-06-12",
        (
            "In 2024, Norway delivered the first F-16 jets to Romania, which had "
            "ordered them in 2022."
        ),
        "F-16",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        (
            "In 2024, Norway delivered the first F-16 jets to Romania, which had "
            "ordered them in 2022."
        ),
        "F-16",
        "agreement",
        "2022",
    ),
    (
        "2025-06-12",
        ("Since 2024, Norway has delivered 20 F-16 jets to Romania."),
        "F-16",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        (
            "Norway delivered the last F-16 jets to Romania in November, completing "
            "a contract signed in 2022."
        ),
        "F-16",
        "delivery",
        "2024-11",
    ),
    (
        "2025-06-12",
        (
            "Norway delivered the last F-16 jets to Romania in November, completing "
            "a contract signed in 2022."
        ),
        "F-16",
        "agreement",
        "2022",
    ),
    (
        "2025-06-12",
        ("Norway delivered the last F-16 jets to Romania on 28 November."),
        "F-16",
        "delivery",
        "2024-11",
    ),
    (
        "2025-06-12",
        ("Norway delivered the last F-16 jets to Romania in February."),
        "F-16",
        "delivery",
        "2025-02",
    ),
    (
        "2025-06-12",
        ("Norway delivered the last F-16 jets to Romania on June 2."),
        "F-16",
        "delivery",
        "2025-06-02",
    ),
    (
        "2025-06-12",
        ("Norway will deliver the last F-16 jets to Romania on June 16."),
        "F-16",
        "delivery",
        "2025-06-16",
    ),
    (
        "2025-06-12",
        ("Norway will deliver the last F-16 jets to Romania in February."),
        "F-16",
        "delivery",
        "2026-02",
    ),
    (
        "2025-06-12",
        ("Norway is set to deliver the last F-16 jets to Romania later this month."),
        "F-16",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        ("Norway will deliver the last F-16 jets to Romania this month."),
        "F-16",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        ("Norway will deliver the last F-16 jets to Romania soon."),
        "F-16",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        ("Norway will deliver the last F-16 jets to Romania in the near future."),
        "F-16",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        ("Norway delivered F-16 jets to Romania, a NATO member since 2004."),
        "F-16",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        ("Romania, a NATO member since 2004, received F-16 jets from Norway."),
        "F-16",
        "delivery",
        None,
    ),
    # pub 2025-06-12 Thursday: format variants
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt on Monday (June 9)."),
        "K9",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt on Jun 9."),
        "K9",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt on 9th June."),
        "K9",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt on June 9-10."),
        "K9",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt in early June."),
        "K9",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt in late May."),
        "K9",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt in mid-June."),
        "K9",
        "delivery",
        "2025-06",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt by end-2025."),
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt by end-June."),
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt by mid-2026."),
        "K9",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt in H1 2026."),
        "K9",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt in 1H 2026."),
        "K9",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt between January and March."),
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to India in the 2024-25 financial year."),
        "K9",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to India in FY 2025-26."),
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to India in 2025/26."),
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt by year's end."),
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt within two years."),
        "K9",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt in two years' time."),
        "K9",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt in two years."),
        "K9",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt this autumn."),
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("South Korea will deliver K9 howitzers to Egypt this fall."),
        "K9",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt on 1 Jan. 2024."),
        "K9",
        "delivery",
        "2024-01-01",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt on Jan 1st 2024."),
        "K9",
        "delivery",
        "2024-01-01",
    ),
    (
        "2025-06-12",
        ("South Korea delivered K9 howitzers to Egypt on Jan. 1st, 2024."),
        "K9",
        "delivery",
        "2024-01-01",
    ),
    (
        "2025-06-12",
        ("Monday's delivery of K9 howitzers from South Korea to Egypt was the first."),
        "K9",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        (
            "Egypt's deal with South Korea for K9 howitzers, inked last Thursday, is "
            "worth $1.7 billion."
        ),
        "K9",
        "agreement",
        "2025-06-05",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers late on Wednesday."),
        "K9",
        "agreement",
        "2025-06-11",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers on Wednesday evening."),
        "K9",
        "agreement",
        "2025-06-11",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers at the beginning of the month."),
        "K9",
        "agreement",
        "2025-06",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers in the spring."),
        "K9",
        "agreement",
        "2025",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers in December."),
        "K9",
        "agreement",
        "2024",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers at the start of the year."),
        "K9",
        "agreement",
        "2025",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers in the first months of this year."),
        "K9",
        "agreement",
        "2025",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers in March this year."),
        "K9",
        "agreement",
        "2025-03",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers in March last year."),
        "K9",
        "agreement",
        "2024-03",
    ),
    (
        "2025-06-12",
        ("Egypt signed a deal with South Korea for K9 howitzers in 2024's second half."),
        "K9",
        "agreement",
        "2024",
    ),
    # A report's date past adjuncts of the saying, with no step told after it.
    (
        "2025-06-12",
        (
            "Russia will deliver more S-400 systems to India, the minister said at a "
            "press conference in Moscow on Tuesday."
        ),
        "S-400",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        (
            "Russia will deliver more S-400 systems to Egypt, the minister said in an "
            "interview published on Tuesday."
        ),
        "S-400",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        (
            "Russia will hand over Su-35 jets to Algeria in 2026, the deputy minister said at "
            "an arms fair in Moscow on Monday."
        ),
        "Su-35",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        (
            "Russia will deliver more S-400 systems to India, according to a statement "
            "released on Tuesday."
        ),
        "S-400",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        "Russia will deliver more S-400 systems to Vietnam, according to the Kremlin on Tuesday.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "2025-06-12",
        (
            "Russia delivered the fourth S-400 regiment to India in May, an Indian official "
            "said on the sidelines of a conference in Delhi on Monday."
        ),
        "S-400",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        (
            "Russia will deliver the remaining S-400 systems to India by 2026, the deputy "
            "minister said in comments to reporters on Monday."
        ),
        "S-400",
        "delivery",
        "2026",
    ),
]


@pytest.mark.parametrize(("published", "text", "system", "stage", "expected"), PROBES)
def test_when_probe(
    published: str | None, text: str, system: str, stage: str, expected: str | None
) -> None:
    got = whens(published, text, system, stage)
    assert agrees(got, expected), got
