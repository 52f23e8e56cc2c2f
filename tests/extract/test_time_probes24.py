"""`when` probes, time24 set: our own sentences on wording the study sets lack, read against an
article dated 2026-06-17 (a Wednesday; Tuesday is 06-16, Monday 06-15, Friday 06-12). Relative
spans ("earlier this month", "late last year", "two years ago", "in the coming weeks", "in
recent weeks", "next spring", "over the winter", quarters, halves, fiscal years); dates in many
formats (slashes both ways, dots, ISO, ordinals, "the 3rd of March", "Mar. 3", weekdays before a
date); datelines and page date lines ("ANKARA (June 16) - ", "Posted on June 16, 2026"), which
date no step; a date after an aside that ends in the date's own preposition ("the tanks, ordered
in July 2022, in December 2022"); counts past twelve ("eighteen months later"); "that July"; a
month's "last days" (not "the last few days"); two steps in one sentence; the day of a saying
against the step's; a timeline's entry that opens with its date ("June 16, 2026 - "), which
dates its step; plans with future dates. An expected value is a prefix of every claim's date of
the key, as the scorer compares (gold precision); None: all undated."""

from __future__ import annotations

import pytest

from tests.conftest import with_known_misses
from tests.extract.test_time_probes5 import agrees, whens

PUBLISHED = "2026-06-17"


# Spans, formats, asides, counts and two steps in one sentence.
SPANS_AND_FORMATS = [
    (
        "Romania took delivery of its first F-35 jets from the United States earlier this month.",
        "F-35",
        "delivery",
        "2026-06",
    ),
    (
        "Greece received the last Rafale jets from France late last year.",
        "Rafale",
        "delivery",
        "2025",
    ),
    (
        "Norway ordered 54 CV90 vehicles from Sweden at the start of the year.",
        "CV90",
        "agreement",
        "2026",
    ),
    (
        "Chile signed a contract for Leopard 2 tanks with Germany at the beginning of the year.",
        "Leopard 2",
        "agreement",
        "2026",
    ),
    (
        "Egypt bought K9 howitzers from South Korea two years ago.",
        "K9",
        "agreement",
        "2024",
    ),
    (
        "Poland signed for the Apache helicopters with the United States three years ago.",
        "AH-64",
        "agreement",
        "2023",
    ),
    (
        "The Philippines will receive BrahMos missiles from India in the coming weeks.",
        "BrahMos",
        "delivery",
        "2026",
    ),
    (
        "Qatar is to take delivery of NASAMS systems from Norway by the end of the decade.",
        "NASAMS",
        "delivery",
        "2029",
    ),
    (
        "Slovakia expects the first F-16 jets from the United States next spring.",
        "F-16",
        "delivery",
        "2027",
    ),
    (
        "Denmark will send more Caesar howitzers to Ukraine this summer.",
        "Caesar",
        "delivery",
        "2026",
    ),
    (
        "Kuwait received Eurofighter jets from Italy in the first quarter.",
        "Eurofighter",
        "delivery",
        "2026",
    ),
    (
        "Lithuania will receive HIMARS launchers from the United States in H2 2027.",
        "HIMARS",
        "delivery",
        "2027",
    ),
    (
        "Estonia will receive K9 howitzers from South Korea in the second half of 2027.",
        "K9",
        "delivery",
        "2027",
    ),
    (
        "The Harpoon missiles from the United States will be delivered to Taiwan in fiscal 2027.",
        "Harpoon",
        "delivery",
        "2027",
    ),
    (
        "Australia will take delivery of Tomahawk missiles from the United States in FY2027.",
        "Tomahawk",
        "delivery",
        "2027",
    ),
    (
        "Japan will receive Tomahawk missiles from the United States in fiscal year 2027.",
        "Tomahawk",
        "delivery",
        "2027",
    ),
    (
        "Indonesia received Rafale jets from France last month.",
        "Rafale",
        "delivery",
        "2026-05",
    ),
    (
        "Morocco took delivery of Apache helicopters from the United States last week.",
        "AH-64",
        "delivery",
        "2026-06",
    ),
    (
        "Serbia received FK-3 air defence systems from China earlier this year.",
        "HQ-22",
        "delivery",
        "2026",
    ),
    (
        "Vietnam will receive T-90 tanks from Russia later this year.",
        "T-90",
        "delivery",
        "2026",
    ),
    (
        "India received S-400 systems from Russia late last month.",
        "S-400",
        "delivery",
        "2026-05",
    ),
    (
        "Algeria received Su-57 jets from Russia early this year.",
        "Su-57",
        "delivery",
        "2026",
    ),
    (
        "Brazil will receive Gripen jets from Sweden early next year.",
        "Gripen",
        "delivery",
        "2027",
    ),
    (
        "Hungary received Leopard 2 tanks from Germany in the spring.",
        "Leopard 2",
        "delivery",
        "2026",
    ),
    (
        "Bulgaria will get F-16 jets from the United States in the autumn.",
        "F-16",
        "delivery",
        "2026",
    ),
    (
        "Croatia received Rafale jets from France last autumn.",
        "Rafale",
        "delivery",
        "2025",
    ),
    (
        "Ukraine received Patriot systems from Germany over the winter.",
        "Patriot",
        "delivery",
        None,
    ),
    (
        "Armenia signed a contract for Akash systems with India last summer.",
        "Akash",
        "agreement",
        "2025",
    ),
    (
        "Armenia signed a contract for Akash systems with India in the summer of 2024.",
        "Akash",
        "agreement",
        "2024",
    ),
    (
        "Pakistan received J-10C jets from China in spring 2022.",
        "J-10",
        "delivery",
        "2022",
    ),
    (
        "Pakistan received J-10C jets from China in the spring of 2022.",
        "J-10",
        "delivery",
        "2022",
    ),
    (
        "Greece received Rafale jets from France in the third quarter of 2023.",
        "Rafale",
        "delivery",
        "2023",
    ),
    (
        "Greece received Rafale jets from France in Q3 2023.",
        "Rafale",
        "delivery",
        "2023",
    ),
    (
        "Greece received Rafale jets from France in the final quarter of last year.",
        "Rafale",
        "delivery",
        "2025",
    ),
    (
        "Saudi Arabia signed for THAAD systems with the United States in mid-2017.",
        "THAAD",
        "agreement",
        "2017",
    ),
    (
        "Saudi Arabia signed for THAAD systems with the United States in the middle of 2017.",
        "THAAD",
        "agreement",
        "2017",
    ),
    (
        "Iraq received T-90 tanks from Russia at the end of 2017.",
        "T-90",
        "delivery",
        "2017",
    ),
    (
        "Iraq received T-90 tanks from Russia towards the end of 2017.",
        "T-90",
        "delivery",
        "2017",
    ),
    (
        "Iraq received T-90 tanks from Russia in late 2017.",
        "T-90",
        "delivery",
        "2017",
    ),
    (
        "Iraq received T-90 tanks from Russia in the late 2010s.",
        "T-90",
        "delivery",
        None,
    ),
    (
        "Venezuela received Su-30 jets from Russia in the late 2000s.",
        "Su-30",
        "delivery",
        None,
    ),
    (
        "Venezuela bought Su-30 jets from Russia in the 2000s.",
        "Su-30",
        "agreement",
        None,
    ),
    (
        "India signed a contract for Rafale jets with France on 03/12/2026.",
        "Rafale",
        "agreement",
        "2026",
    ),
    (
        "India signed a contract for Rafale jets with France on 12.03.2026.",
        "Rafale",
        "agreement",
        "2026-03-12",
    ),
    (
        "India signed a contract for Rafale jets with France on 2026-03-12.",
        "Rafale",
        "agreement",
        "2026-03-12",
    ),
    (
        "India signed a contract for Rafale jets with France on March 3rd.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on the 3rd of March.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on Mar. 3.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on Tuesday, March 3.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on Tuesday, 3 March.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on Tuesday, March 3, 2026.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on 3 March 2026.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on March 3, 2026.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on 3rd March 2026.",
        "Rafale",
        "agreement",
        "2026-03-03",
    ),
    (
        "India signed a contract for Rafale jets with France on the 3rd.",
        "Rafale",
        "agreement",
        "2026-06-03",
    ),
    (
        "India signed a contract for Rafale jets with France on June 3.",
        "Rafale",
        "agreement",
        "2026-06-03",
    ),
    (
        "India signed a contract for Rafale jets with France in Sept. 2025.",
        "Rafale",
        "agreement",
        "2025-09",
    ),
    (
        "India signed a contract for Rafale jets with France in September of 2025.",
        "Rafale",
        "agreement",
        "2025-09",
    ),
    (
        "India signed a contract for Rafale jets with France on 2026/03/12.",
        "Rafale",
        "agreement",
        "2026-03-12",
    ),
    (
        "India signed a contract for Rafale jets with France on 25/03/2026.",
        "Rafale",
        "agreement",
        "2026-03-25",
    ),
    (
        "India signed a contract for Rafale jets with France on 3/25/2026.",
        "Rafale",
        "agreement",
        "2026-03-25",
    ),
    (
        "MOSCOW, March 3 (Reuters) - Russia delivered S-400 systems to India.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "NEW DELHI, June 16 (Reuters) - Russia delivered S-400 systems to India on Monday.",
        "S-400",
        "delivery",
        "2026-06-15",
    ),
    (
        "WARSAW, June 16 /PAP/ - Poland received the first K2 tanks from South Korea.",
        "K2",
        "delivery",
        None,
    ),
    (
        (
            "Signed in 2019, the contract saw deliveries of S-400 systems from Russia to Turkey "
            "begin in 2022."
        ),
        "S-400",
        "delivery",
        "2022",
    ),
    (
        (
            "Signed in 2019, the contract saw deliveries of S-400 systems from Russia to Turkey "
            "begin in 2022."
        ),
        "S-400",
        "agreement",
        "2019",
    ),
    (
        "Turkey, which ordered S-400 systems from Russia in 2017, received them in 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Turkey, which ordered S-400 systems from Russia in 2017, received them in 2019.",
        "S-400",
        "agreement",
        "2017",
    ),
    (
        (
            "Greece ordered Rafale jets from France in January 2021 and received the first ones in "
            "July 2021."
        ),
        "Rafale",
        "delivery",
        "2021-07",
    ),
    (
        (
            "Greece ordered Rafale jets from France in January 2021 and received the first ones in "
            "July 2021."
        ),
        "Rafale",
        "agreement",
        "2021-01",
    ),
    (
        (
            "Poland received the first K2 tanks, ordered from South Korea in July 2022, in December"
            " 2022."
        ),
        "K2",
        "delivery",
        "2022-12",
    ),
    (
        (
            "Poland received the first K2 tanks, ordered from South Korea in July 2022, in December"
            " 2022."
        ),
        "K2",
        "agreement",
        "2022-07",
    ),
    (
        (
            "Qatar, which bought Rafale jets from France in 2015, received the last Rafale jets "
            "last month."
        ),
        "Rafale",
        "delivery",
        "2026-05",
    ),
    (
        "Under a 2019 deal, Russia delivered Su-35 jets to Egypt on Tuesday.",
        "Su-35",
        "delivery",
        "2026-06-16",
    ),
    (
        "Under a contract signed in 2019, Russia delivered Su-35 jets to Egypt on Tuesday.",
        "Su-35",
        "delivery",
        "2026-06-16",
    ),
    (
        "Under a contract signed in 2019, Russia delivered Su-35 jets to Egypt on Tuesday.",
        "Su-35",
        "agreement",
        "2019",
    ),
    (
        "Two years after signing the contract, Egypt received Su-35 jets from Russia.",
        "Su-35",
        "delivery",
        None,
    ),
    (
        "The ministry said on Tuesday that Russia had delivered S-400 systems to India in May.",
        "S-400",
        "delivery",
        "2026-05",
    ),
    (
        "On Monday, the ministry said Russia had delivered S-400 systems to India last year.",
        "S-400",
        "delivery",
        "2025",
    ),
    (
        (
            "In a statement on Friday, the ministry said Russia would deliver S-400 systems to "
            "India in 2027."
        ),
        "S-400",
        "delivery",
        "2027",
    ),
    (
        "Speaking on Monday, the minister said Greece had received the Rafale jets from France.",
        "Rafale",
        "delivery",
        None,
    ),
    (
        (
            "The minister told reporters on Friday that Poland will receive the K2 tanks from South"
            " Korea in 2027."
        ),
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The first K2 tanks from South Korea are due in Poland in 2027.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will arrive in Poland by 2028.",
        "K2",
        "delivery",
        "2028",
    ),
    (
        "Delivery of the K2 tanks from South Korea to Poland is scheduled for 2028.",
        "K2",
        "delivery",
        "2028",
    ),
    (
        "Delivery of the K2 tanks from South Korea to Poland is scheduled for March 2028.",
        "K2",
        "delivery",
        "2028-03",
    ),
    (
        "Delivery of the K2 tanks from South Korea to Poland is slated for next year.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        (
            "Delivery of the K2 tanks from South Korea to Poland is planned for the second half of "
            "next year."
        ),
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea are expected to reach Poland in September.",
        "K2",
        "delivery",
        "2026-09",
    ),
    (
        "The K2 tanks from South Korea are expected to reach Poland in March.",
        "K2",
        "delivery",
        "2027-03",
    ),
    (
        "The K2 tanks from South Korea are expected to reach Poland within two years.",
        "K2",
        "delivery",
        None,
    ),
    (
        "The K2 tanks from South Korea are expected to reach Poland in two years.",
        "K2",
        "delivery",
        "2028",
    ),
    (
        "The K2 tanks from South Korea are expected to reach Poland in two years' time.",
        "K2",
        "delivery",
        "2028",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea in the next few weeks.",
        "K2",
        "agreement",
        "2026",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea before the end of the year.",
        "K2",
        "agreement",
        "2026",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea before year-end.",
        "K2",
        "agreement",
        "2026",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea by the end of next month.",
        "K2",
        "agreement",
        "2026-07",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea next month.",
        "K2",
        "agreement",
        "2026-07",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea on July 1.",
        "K2",
        "agreement",
        "2026-07-01",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea on Friday.",
        "K2",
        "agreement",
        "2026-06-19",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea next Tuesday.",
        "K2",
        "agreement",
        "2026-06-23",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea next week.",
        "K2",
        "agreement",
        "2026",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea in the autumn.",
        "K2",
        "agreement",
        "2026",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea in early 2027.",
        "K2",
        "agreement",
        "2027",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea by mid-2027.",
        "K2",
        "agreement",
        "2027",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea later this month.",
        "K2",
        "agreement",
        "2026-06",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea this month.",
        "K2",
        "agreement",
        "2026-06",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea in the coming days.",
        "K2",
        "agreement",
        "2026-06",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea in the coming months.",
        "K2",
        "agreement",
        "2026",
    ),
    (
        "Poland will sign a contract for K2 tanks with South Korea in the coming year.",
        "K2",
        "agreement",
        None,
    ),
    (
        (
            "Egypt ordered Rafale jets from France in 2015. Egypt ordered more Rafale jets from "
            "France the following year."
        ),
        "Rafale",
        "agreement",
        "2015",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in 2015. A year later, Egypt received the first "
            "Rafale jets from France."
        ),
        "Rafale",
        "delivery",
        "2016",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in 2015. The year before, Egypt had received "
            "FREMM frigates from France."
        ),
        "FREMM",
        "delivery",
        "2014",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in 2015. The previous year, Egypt had received "
            "FREMM frigates from France."
        ),
        "FREMM",
        "delivery",
        "2014",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in 2015. The next year, Egypt received Mistral "
            "ships from France."
        ),
        "Mistral",
        "delivery",
        "2016",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in March 2015. Eighteen months later, Egypt "
            "received the first Rafale jets from France."
        ),
        "Rafale",
        "delivery",
        "2016-09",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in March 2015 and received the first ones that "
            "July."
        ),
        "Rafale",
        "delivery",
        "2015-07",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in March 2015 and received the first ones in "
            "July of that year."
        ),
        "Rafale",
        "delivery",
        "2015-07",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in March 2015 and received the first ones later "
            "that year."
        ),
        "Rafale",
        "delivery",
        "2015",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in March 2015 and received the first ones by the"
            " end of that year."
        ),
        "Rafale",
        "delivery",
        "2015",
    ),
    (
        (
            "Egypt ordered Rafale jets from France in March 2015 and received the first ones within"
            " a year."
        ),
        "Rafale",
        "delivery",
        None,
    ),
    (
        "On June 3, Russia handed over Su-35 jets to Iran.",
        "Su-35",
        "delivery",
        "2026-06-03",
    ),
    (
        "On the 3rd of June, Russia handed over Su-35 jets to Iran.",
        "Su-35",
        "delivery",
        "2026-06-03",
    ),
    (
        "Russia handed over Su-35 jets to Iran on the morning of June 3.",
        "Su-35",
        "delivery",
        "2026-06-03",
    ),
    (
        "Russia handed over Su-35 jets to Iran on the night of June 3 to 4.",
        "Su-35",
        "delivery",
        "2026-06",
    ),
    (
        "Russia handed over Su-35 jets to Iran on Monday night.",
        "Su-35",
        "delivery",
        "2026-06-15",
    ),
    (
        "Russia handed over Su-35 jets to Iran on Monday morning.",
        "Su-35",
        "delivery",
        "2026-06-15",
    ),
    (
        "Russia handed over Su-35 jets to Iran late on Monday.",
        "Su-35",
        "delivery",
        "2026-06-15",
    ),
    (
        "Russia handed over Su-35 jets to Iran earlier on Monday.",
        "Su-35",
        "delivery",
        "2026-06-15",
    ),
    (
        "Russia handed over Su-35 jets to Iran over the past week.",
        "Su-35",
        "delivery",
        "2026-06",
    ),
    (
        "Russia handed over Su-35 jets to Iran in recent days.",
        "Su-35",
        "delivery",
        "2026-06",
    ),
    (
        "Russia handed over Su-35 jets to Iran in recent weeks.",
        "Su-35",
        "delivery",
        "2026",
    ),
    (
        "Russia handed over Su-35 jets to Iran in mid-May.",
        "Su-35",
        "delivery",
        "2026-05",
    ),
    (
        "Russia handed over Su-35 jets to Iran in late May.",
        "Su-35",
        "delivery",
        "2026-05",
    ),
    (
        "Russia handed over Su-35 jets to Iran at the end of May.",
        "Su-35",
        "delivery",
        "2026-05",
    ),
    (
        "Russia handed over Su-35 jets to Iran at the end of last month.",
        "Su-35",
        "delivery",
        "2026-05",
    ),
    (
        "Russia handed over Su-35 jets to Iran at the turn of the year.",
        "Su-35",
        "delivery",
        None,
    ),
    (
        "Russia handed over Su-35 jets to Iran in January and February.",
        "Su-35",
        "delivery",
        "2026",
    ),
    (
        "Russia handed over Su-35 jets to Iran this past weekend.",
        "Su-35",
        "delivery",
        "2026-06",
    ),
    (
        "Russia handed over Su-35 jets to Iran on May 30-31.",
        "Su-35",
        "delivery",
        "2026-05",
    ),
    (
        "Russia handed over Su-35 jets to Iran on 30-31 May.",
        "Su-35",
        "delivery",
        "2026-05",
    ),
    (
        "Russia handed over Su-35 jets to Iran last December.",
        "Su-35",
        "delivery",
        "2025-12",
    ),
    (
        "Russia handed over Su-35 jets to Iran in December.",
        "Su-35",
        "delivery",
        "2025-12",
    ),
    (
        "Russia handed over Su-35 jets to Iran in December last year.",
        "Su-35",
        "delivery",
        "2025-12",
    ),
    (
        "Russia handed over Su-35 jets to Iran in December of last year.",
        "Su-35",
        "delivery",
        "2025-12",
    ),
    (
        "Russia handed over Su-35 jets to Iran in the last days of May.",
        "Su-35",
        "delivery",
        "2026-05",
    ),
    (
        "Russia handed over Su-35 jets to Iran in the first days of June.",
        "Su-35",
        "delivery",
        "2026-06",
    ),
]

# Plans, backgrounds, sayings, datelines and more formats.
PLANS_AND_LINES = [
    (
        "The K2 tanks from South Korea are to be delivered to Poland no later than 2028.",
        "K2",
        "delivery",
        "2028",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland by 2030.",
        "K2",
        "delivery",
        "2030",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland by the mid-2030s.",
        "K2",
        "delivery",
        None,
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland over the next five years.",
        "K2",
        "delivery",
        None,
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland over the next decade.",
        "K2",
        "delivery",
        None,
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland from 2027 to 2030.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in 2027 and 2028.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in mid-next year.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in the middle of next year.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland at the end of the month.",
        "K2",
        "delivery",
        "2026-06",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland this week.",
        "K2",
        "delivery",
        "2026-06",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in early July.",
        "K2",
        "delivery",
        "2026-07",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in the first week of July.",
        "K2",
        "delivery",
        "2026-07",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in the week of July 6.",
        "K2",
        "delivery",
        "2026-07",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland around mid-July.",
        "K2",
        "delivery",
        "2026-07",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in the third quarter.",
        "K2",
        "delivery",
        "2026",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in the fourth quarter of 2027.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in Q4.",
        "K2",
        "delivery",
        "2026",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in 4Q 2027.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in the 2027 fiscal year.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland during fiscal year 2027.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in the 2027-2028 period.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in 2H 2027.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "The K2 tanks from South Korea will be delivered to Poland in H1 2027.",
        "K2",
        "delivery",
        "2027",
    ),
    (
        "Back in 2019, Turkey received S-400 systems from Russia.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "As early as 2019, Turkey received S-400 systems from Russia.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "In July of 2019, Turkey received S-400 systems from Russia.",
        "S-400",
        "delivery",
        "2019-07",
    ),
    (
        "Turkey received S-400 systems from Russia in the summer of 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Turkey received S-400 systems from Russia over the summer.",
        "S-400",
        "delivery",
        "2026",
    ),
    (
        "Turkey received S-400 systems from Russia that summer.",
        "S-400",
        "delivery",
        None,
    ),
    (
        (
            "Turkey received S-400 systems from Russia in July 2019, a year and a half after the "
            "deal was signed."
        ),
        "S-400",
        "delivery",
        "2019-07",
    ),
    (
        (
            "Turkey received S-400 systems from Russia in July 2019, two years after signing the "
            "contract."
        ),
        "S-400",
        "delivery",
        "2019-07",
    ),
    (
        "Two years after signing the contract in 2017, Turkey received S-400 systems from Russia.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "The S-400 systems, which Russia delivered to Turkey in 2019, remain in storage.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "The S-400 systems that Russia delivered to Turkey in 2019 remain in storage.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Turkey, a NATO member since 1952, received S-400 systems from Russia in 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Turkey, which joined NATO in 1952, received S-400 systems from Russia in 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Turkey received S-400 systems from Russia in 2019 under a deal worth $2.5 billion.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Turkey received S-400 systems from Russia under a $2.5 billion deal signed in 2017.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "Turkey received S-400 systems from Russia under a $2.5 billion deal signed in 2017.",
        "S-400",
        "agreement",
        "2017",
    ),
    (
        "Under a 2017 contract, Turkey received S-400 systems from Russia.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "Under a 2017 contract, Turkey received S-400 systems from Russia.",
        "S-400",
        "agreement",
        "2017",
    ),
    (
        "The 2017 contract for S-400 systems between Russia and Turkey was worth $2.5 billion.",
        "S-400",
        "agreement",
        "2017",
    ),
    (
        "In a December 2017 contract, Russia agreed to sell S-400 systems to Turkey.",
        "S-400",
        "agreement",
        "2017-12",
    ),
    (
        "Russia's December 2017 sale of S-400 systems to Turkey angered Washington.",
        "S-400",
        "agreement",
        "2017-12",
    ),
    (
        "Russia's sale of S-400 systems to Turkey in December 2017 angered Washington.",
        "S-400",
        "agreement",
        "2017-12",
    ),
    (
        "Turkey received S-400 systems from Russia in 2019, Erdogan said in a speech on Monday.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Erdogan said on Monday that Turkey had received S-400 systems from Russia in 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        (
            "Erdogan told reporters on Monday in Ankara that Turkey would receive more S-400 "
            "systems from Russia."
        ),
        "S-400",
        "delivery",
        None,
    ),
    (
        (
            "In an interview published on Sunday, the minister said Turkey would receive more S-400"
            " systems from Russia next year."
        ),
        "S-400",
        "delivery",
        "2027",
    ),
    (
        (
            "According to a statement issued on Monday, Russia will deliver S-400 systems to Turkey"
            " in 2027."
        ),
        "S-400",
        "delivery",
        "2027",
    ),
    (
        "Monday's statement said Russia will deliver S-400 systems to Turkey.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "Russia will deliver more S-400 systems to Turkey, the Kremlin confirmed on Tuesday.",
        "S-400",
        "delivery",
        None,
    ),
    (
        (
            "Russia will deliver more S-400 systems to Turkey, the Kremlin confirmed on Tuesday, "
            "without giving a date."
        ),
        "S-400",
        "delivery",
        None,
    ),
    (
        "Russia delivered S-400 systems to Turkey on Friday, July 12, 2019.",
        "S-400",
        "delivery",
        "2019-07-12",
    ),
    (
        "Russia delivered S-400 systems to Turkey on Friday 12 July 2019.",
        "S-400",
        "delivery",
        "2019-07-12",
    ),
    (
        "Russia delivered S-400 systems to Turkey on Fri., July 12.",
        "S-400",
        "delivery",
        "2025-07-12",
    ),
    (
        "Russia delivered S-400 systems to Turkey on July 12th, 2019.",
        "S-400",
        "delivery",
        "2019-07-12",
    ),
    (
        "Russia delivered S-400 systems to Turkey on 12th July, 2019.",
        "S-400",
        "delivery",
        "2019-07-12",
    ),
    (
        "Russia delivered S-400 systems to Turkey on 12 Jul 2019.",
        "S-400",
        "delivery",
        "2019-07-12",
    ),
    (
        "Russia delivered S-400 systems to Turkey on 12.07.19.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "Russia delivered S-400 systems to Turkey on 07/12/2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Russia delivered S-400 systems to Turkey on 13/07/2019.",
        "S-400",
        "delivery",
        "2019-07-13",
    ),
    (
        "Russia delivered S-400 systems to Turkey on June 3 and June 5.",
        "S-400",
        "delivery",
        "2026-06",
    ),
    (
        "Russia delivered S-400 systems to Turkey between June 3 and June 5.",
        "S-400",
        "delivery",
        "2026-06",
    ),
    (
        "Russia delivered S-400 systems to Turkey from June 3 to 5.",
        "S-400",
        "delivery",
        "2026-06",
    ),
    (
        "ANKARA, June 16 (AP) — Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "ANKARA, Turkey (AP) — Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "ANKARA, Turkey, June 16 (AP) — Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "Ankara, June 16 — Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "ANKARA (June 16) - Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "June 16, 2026 - Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        "2026-06-16",
    ),
    (
        "16 June 2026: Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        "2026-06-16",
    ),
    (
        "ANKARA, June 16 (Reuters) - Russia delivered S-400 systems to Turkey on Monday.",
        "S-400",
        "delivery",
        "2026-06-15",
    ),
    (
        "Ankara, 16 June (TASS) - Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "Posted on June 16, 2026 Russia has delivered S-400 systems to Turkey.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "Russia delivered S-400 systems to Turkey on 3 June.",
        "S-400",
        "delivery",
        "2026-06-03",
    ),
    (
        "Russia delivered S-400 systems to Turkey in the past month.",
        "S-400",
        "delivery",
        "2026",
    ),
    (
        "Russia delivered S-400 systems to Turkey earlier today.",
        "S-400",
        "delivery",
        "2026-06-17",
    ),
    (
        "Russia delivered S-400 systems to Turkey overnight.",
        "S-400",
        "delivery",
        None,
    ),
    (
        "Russia delivered S-400 systems to Turkey on Sunday evening.",
        "S-400",
        "delivery",
        "2026-06-14",
    ),
    (
        "Russia delivered S-400 systems to Turkey at the weekend.",
        "S-400",
        "delivery",
        "2026-06",
    ),
    (
        "Russia delivered S-400 systems to Turkey a week ago.",
        "S-400",
        "delivery",
        "2026-06",
    ),
    (
        "Russia delivered S-400 systems to Turkey some two years ago.",
        "S-400",
        "delivery",
        "2024",
    ),
    (
        "Russia delivered S-400 systems to Turkey about two years ago.",
        "S-400",
        "delivery",
        "2024",
    ),
    (
        "Russia delivered S-400 systems to Turkey nearly two years ago.",
        "S-400",
        "delivery",
        "2024",
    ),
    (
        "Russia delivered S-400 systems to Turkey six months ago.",
        "S-400",
        "delivery",
        "2025-12",
    ),
    (
        "Russia delivered S-400 systems to Turkey 18 months ago.",
        "S-400",
        "delivery",
        "2024-12",
    ),
    (
        "Russia delivered S-400 systems to Turkey seven years ago.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Russia delivered S-400 systems to Turkey in the year 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Russia delivered S-400 systems to Turkey in calendar year 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Russia delivered S-400 systems to Turkey in 2019's second half.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Russia delivered S-400 systems to Turkey in mid-July 2019.",
        "S-400",
        "delivery",
        "2019-07",
    ),
    (
        "Russia delivered S-400 systems to Turkey in late July 2019.",
        "S-400",
        "delivery",
        "2019-07",
    ),
    (
        "Russia delivered S-400 systems to Turkey at the end of July 2019.",
        "S-400",
        "delivery",
        "2019-07",
    ),
    (
        "Russia delivered S-400 systems to Turkey in July-August 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Russia delivered S-400 systems to Turkey in the summer months of 2019.",
        "S-400",
        "delivery",
        "2019",
    ),
    (
        "Russia delivered S-400 systems to Turkey last night.",
        "S-400",
        "delivery",
        "2026-06-16",
    ),
]

KNOWN_MISSES = {
    "India signed a contract for Rafale jets with France on the 3rd.": (
        "a day of the month alone ('on the 3rd') is not read as a date"
    ),
    "Russia delivered S-400 systems to Turkey last night.": (
        "'last night' is not read ('night' is no time word of time.any_time)"
    ),
}


def _cases() -> list[tuple[str, tuple[str, str, str | None]]]:
    return [(t, (s, st, e)) for t, s, st, e in SPANS_AND_FORMATS + PLANS_AND_LINES]


@pytest.mark.parametrize(("text", "key"), with_known_misses(_cases(), KNOWN_MISSES))
def test_step_date(text: str, key: tuple[str, str, str | None]) -> None:
    system, stage, expected = key
    got = whens(text, system, stage, PUBLISHED)
    assert agrees(got, expected), got
