"""How the press dates transfer steps: wire, defence-trade, Indian, Korean and Turkish styles,
in sentences and mini-articles written for these tests (CLAIMS.md "when" and rule 12: a partial
ISO date at the precision the text gives, relative dates read against the publication date,
null when the text gives no time for the step itself). Published on Tuesday 2024-05-14."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from tests.conftest import article

PUBLISHED = "2024-05-14"


def whens(text: str, stage: str, system: str | None = None) -> list[str | None]:
    claims = extract(article(text, PUBLISHED))
    return [
        c.when for c in claims if str(c.stage) == stage and (system is None or c.system == system)
    ]


@pytest.mark.parametrize(
    ("text", "stage", "expected"),
    [
        (
            "Poland received the first K2 tanks from South Korea earlier this year.",
            "delivery",
            "2024",
        ),
        (
            "India signed a contract with Russia for S-400 systems late last year.",
            "agreement",
            "2023",
        ),
        (
            "Greece will receive the first Rafale jets from France in early 2025.",
            "delivery",
            "2025",
        ),
        (
            "The first F-35 jets will be delivered to Poland in the first quarter.",
            "delivery",
            "2024",
        ),
        (
            "The first F-35 jets will be delivered to Poland in the first quarter of 2026.",
            "delivery",
            "2026",
        ),
        (
            "Deliveries of K9 howitzers to Norway are scheduled for Q3 2024.",
            "delivery",
            "2024",
        ),
        # A span from now: only what its two ends agree on ('within two years' null; 'in two
        # years' is the span's end; 'in the coming months', up to six, this year in May).
        (
            "The US will deliver more Patriot batteries to Ukraine in the coming months.",
            "delivery",
            "2024",
        ),
        (
            "Germany will send IRIS-T systems to Ukraine in the coming weeks.",
            "delivery",
            "2024",
        ),
        (
            "Indonesia will receive all 42 Rafale jets from France by the end of the decade.",
            "delivery",
            "2029",
        ),
        (
            "Turkey will receive the Eurofighter jets from Britain within two years.",
            "delivery",
            None,
        ),
        (
            "Turkey will receive the Eurofighter jets from Britain in the next six months.",
            "delivery",
            "2024",
        ),
        (
            "Turkey will receive the Eurofighter jets from Britain in the next nine months.",
            "delivery",
            None,
        ),
        (
            "Turkey will receive the Eurofighter jets from Britain within a month.",
            "delivery",
            "2024",
        ),
        (
            "Turkey will receive the Eurofighter jets from Britain in two years.",
            "delivery",
            "2026",
        ),
        (
            "Romania will take delivery of the HIMARS launchers from the US next spring.",
            "delivery",
            "2025",
        ),
        (
            "Egypt will receive the Su-35 fighters from Russia this summer.",
            "delivery",
            "2024",
        ),
        (
            "The first Leopard 2 tanks will arrive in the Czech Republic from Germany in mid-2026.",
            "delivery",
            "2026",
        ),
        (
            "Russia delivered S-400 systems to China in 2019-2020.",
            "delivery",
            "2019",
        ),
        (
            "Russia delivered Su-35 jets to China between 2016 and 2018.",
            "delivery",
            "2016",
        ),
        # 'As of' a month: that month, read against the article's date.
        (
            "As of March, Ukraine had received 30 Leopard 2 tanks from Germany.",
            "delivery",
            "2024-03",
        ),
        (
            "Norway handed over NASAMS launchers to Ukraine on 12 March.",
            "delivery",
            "2024-03-12",
        ),
        (
            "Norway handed over NASAMS launchers to Ukraine on March 12.",
            "delivery",
            "2024-03-12",
        ),
        # Dots write the day first.
        (
            "Norway handed over NASAMS launchers to Ukraine on 12.03.2024.",
            "delivery",
            "2024-03-12",
        ),
        (
            "The contract for K9 howitzers was signed between South Korea and Egypt on 01.02.2022.",
            "agreement",
            "2022-02-01",
        ),
        (
            "Serbia received the first Rafale jets from France last Tuesday.",
            "delivery",
            "2024-05-07",
        ),
        (
            "Serbia received the first Rafale jets from France a week ago.",
            "delivery",
            "2024-05",
        ),
        (
            "Serbia received the first Rafale jets from France yesterday.",
            "delivery",
            "2024-05-13",
        ),
        (
            "Russia has delivered S-400 components to India, a source said on Friday.",
            "delivery",
            "2024-05-10",
        ),
        (
            "India signed a deal with France for 26 Rafale jets, the ministry said on Friday.",
            "agreement",
            None,
        ),
        # A wire dateline is the article's own date: it dates no step.
        (
            "MOSCOW, March 3 (Reuters) - Russia has delivered a new batch of S-400 systems to "
            "India, a source said.",
            "delivery",
            None,
        ),
        (
            "ANKARA, May 13 (Reuters) - Turkey signed a deal with Britain for 40 Eurofighter "
            "jets in 2023, officials said.",
            "agreement",
            "2023",
        ),
        (
            "NEW DELHI, May 10 (PTI) - India will receive the remaining S-400 squadrons from "
            "Russia by 2026.",
            "delivery",
            "2026",
        ),
        (
            "SEOUL, May 12 (Yonhap) -- South Korea signed a deal to export K9 howitzers to "
            "Vietnam, the agency said.",
            "agreement",
            None,
        ),
        (
            "The Rafale jets, ordered in 2018, will arrive in Egypt from France in 2026.",
            "delivery",
            "2026",
        ),
        (
            "The Rafale jets, ordered from France in 2018, will arrive in Egypt in 2026.",
            "agreement",
            "2018",
        ),
        (
            "Egypt signed for the Rafale jets in 2015 and received them from France in 2017.",
            "delivery",
            "2017",
        ),
        (
            "Egypt signed for the Rafale jets in 2015 and received them from France in 2017.",
            "agreement",
            "2015",
        ),
        (
            "Qatar ordered Rafale jets from France in 2015 (deliveries began in 2019).",
            "agreement",
            "2015",
        ),
        (
            "Qatar ordered 24 Rafale jets from France (in 2015) for its air force.",
            "agreement",
            "2015",
        ),
        (
            "Two years after the contract was signed, Poland received the first K2 tanks from "
            "South Korea.",
            "delivery",
            None,
        ),
        (
            "India received the first S-400 squadron from Russia in December 2021.",
            "delivery",
            "2021-12",
        ),
        (
            "Turkey took delivery of the S-400 from Russia in July 2019, the ministry said on "
            "Monday.",
            "delivery",
            "2019-07",
        ),
        (
            "On Monday, the ministry said Turkey had received the S-400 from Russia in 2019.",
            "delivery",
            "2019",
        ),
        (
            "The Philippines will receive BrahMos missiles from India next month.",
            "delivery",
            "2024-06",
        ),
        (
            "The Philippines received BrahMos missiles from India last month.",
            "delivery",
            "2024-04",
        ),
        (
            "The Philippines received the first BrahMos batteries from India in April.",
            "delivery",
            "2024-04",
        ),
        (
            "The Philippines will receive the second BrahMos batteries from India in April.",
            "delivery",
            "2025-04",
        ),
        (
            "Deliveries of Bayraktar TB2 drones to Kuwait will start in the second half of 2025.",
            "delivery",
            "2025",
        ),
        (
            "Deliveries of Bayraktar TB2 drones to Kuwait will start in the second half of "
            "next year.",
            "delivery",
            "2025",
        ),
        (
            "Deliveries of Bayraktar TB2 drones to Kuwait will start at the end of this year.",
            "delivery",
            "2024",
        ),
        (
            "Deliveries of Bayraktar TB2 drones to Kuwait will start by the end of next year.",
            "delivery",
            "2025",
        ),
        (
            "Algeria received Su-57 jets from Russia in early 2024, according to TASS.",
            "delivery",
            "2024",
        ),
        (
            "Russia supplied Su-30 fighters to Algeria in the 2000s.",
            "delivery",
            None,
        ),
        (
            "Russia will deliver S-400 systems to India by 2026, Interfax reported on Tuesday.",
            "delivery",
            "2026",
        ),
        (
            "The deal for KF-21 jets between South Korea and Indonesia was signed in February.",
            "agreement",
            "2024-02",
        ),
        (
            "The contract for T-50 trainers between South Korea and Poland was signed on 28 "
            "July 2022.",
            "agreement",
            "2022-07-28",
        ),
        (
            "South Korea's Hanwha will ship K9 howitzers to Australia from 2026 to 2028.",
            "delivery",
            "2026",
        ),
        (
            "Delivery of the Akinci drones to Pakistan is planned for 2025, Baykar said in a "
            "statement on Thursday.",
            "delivery",
            "2025",
        ),
        (
            "Turkey has sent Bayraktar TB2 drones to Ukraine this week.",
            "delivery",
            "2024-05",
        ),
        (
            "Turkey will send Bayraktar TB2 drones to Ukraine next week.",
            "delivery",
            "2024-05",
        ),
        (
            "Russia will deliver Su-35 jets to Iran in the fall.",
            "delivery",
            "2024",
        ),
        (
            "Russia delivered Su-35 jets to Iran in the fall.",
            "delivery",
            "2023",
        ),
        (
            "Russia delivered Yak-130 trainers to Iran last autumn.",
            "delivery",
            "2023",
        ),
        (
            "Brazil signed a contract for Gripen fighters with Sweden in 2014; the first jets "
            "arrived in 2020.",
            "agreement",
            "2014",
        ),
        (
            "India ordered 36 Rafale jets from France in 2016, and all of them had been "
            "delivered by 2022.",
            "delivery",
            "2022",
        ),
        (
            "Poland will receive 96 AH-64 helicopters from the US over the next decade.",
            "delivery",
            None,
        ),
        (
            "The first F-16 jets from Denmark arrived in Ukraine at the end of last month.",
            "delivery",
            "2024-04",
        ),
        (
            "Japan decided in 2022 to buy Tomahawk missiles from the United States.",
            "negotiation",
            "2022",
        ),
        (
            "Japan will receive the Tomahawk missiles from the US in fiscal 2025.",
            "delivery",
            "2025",
        ),
        (
            "Japan will receive the Tomahawk missiles from the US in fiscal year 2025.",
            "delivery",
            "2025",
        ),
        (
            "Deliveries of F-35 jets to Switzerland will begin in 2027 and end in 2030.",
            "delivery",
            "2027",
        ),
        (
            "Vietnam bought Su-30 jets from Russia a decade ago.",
            "agreement",
            None,
        ),
        (
            "The Netherlands delivered F-16s to Ukraine, Prime Minister Rutte said on 13 May.",
            "delivery",
            "2024-05-13",
        ),
        (
            "Germany delivered Leopard 2 tanks to Ukraine on Monday.",
            "delivery",
            "2024-05-13",
        ),
        (
            "Germany will deliver Leopard 2 tanks to Ukraine on Monday.",
            "delivery",
            "2024-05-20",
        ),
        (
            "South Korea's DAPA said on Wednesday it had signed a contract to export K2 tanks "
            "to Poland in 2022.",
            "agreement",
            "2022",
        ),
        (
            "In 2020, Hungary ordered Leopard 2 tanks from Germany.",
            "agreement",
            "2020",
        ),
        (
            "Back in 2017, Turkey signed a deal with Russia for S-400 systems.",
            "agreement",
            "2017",
        ),
        (
            "Turkey signed a deal with Russia for S-400 systems in late 2017.",
            "agreement",
            "2017",
        ),
        (
            "By March 2024, Ukraine had received 60 Leopard 2 tanks from Germany.",
            "delivery",
            "2024-03",
        ),
        (
            "Greece received 18 Rafale jets from France by the end of 2023.",
            "delivery",
            "2023",
        ),
        (
            "Greece will receive 6 more Rafale jets from France by the end of 2024.",
            "delivery",
            "2024",
        ),
        (
            "Croatia received 12 Rafale jets from France during 2023-24.",
            "delivery",
            "2023",
        ),
        (
            "Russia supplied S-300 systems to Iran in 2016.",
            "delivery",
            "2016",
        ),
        (
            "The Su-57 deal between Russia and Algeria, signed in 2019, will see deliveries in "
            "2025.",
            "delivery",
            "2025",
        ),
        # 'The next year' counts from the date told before it; 'in the next year' from now.
        (
            "Iraq bought T-90 tanks from Russia in 2017 and received them the next year.",
            "delivery",
            "2018",
        ),
        (
            "Iraq bought T-90 tanks from Russia in 2017 and received them a year later.",
            "delivery",
            "2018",
        ),
        (
            "Kazakhstan received Su-30 jets from Russia on the 10th of April.",
            "delivery",
            "2024-04-10",
        ),
        (
            "The Indian Air Force received the first Rafale jets from France in July last year.",
            "delivery",
            "2023-07",
        ),
        (
            "India will get the last S-400 units from Russia in August next year.",
            "delivery",
            "2025-08",
        ),
        (
            "India will get the last S-400 units from Russia by August 2026.",
            "delivery",
            "2026-08",
        ),
        (
            "Egypt will receive K9 howitzers from South Korea by mid-year.",
            "delivery",
            "2024",
        ),
        (
            "Egypt will receive K9 howitzers from South Korea before the end of the year.",
            "delivery",
            "2024",
        ),
        (
            "Egypt will receive K9 howitzers from South Korea later this year.",
            "delivery",
            "2024",
        ),
        (
            "Egypt will receive K9 howitzers from South Korea early next year.",
            "delivery",
            "2025",
        ),
        (
            "Pakistan received J-10 fighters from China in March 2022, just days before the "
            "election.",
            "delivery",
            "2022-03",
        ),
        (
            "Bangladesh ordered Yak-130 jets from Russia two years ago.",
            "agreement",
            "2022",
        ),
        (
            "Bangladesh ordered Yak-130 jets from Russia three months ago.",
            "agreement",
            "2024-02",
        ),
        (
            "Indonesia signed for 42 Rafale jets with France in February 2022 and a further "
            "batch in January 2024.",
            "agreement",
            "2022-02",
        ),
        (
            "The last of the Patriot batteries promised by Germany reached Ukraine in mid-April.",
            "delivery",
            "2024-04",
        ),
        (
            "Morocco is set to receive the AH-64 helicopters from the US in 2024-2025.",
            "delivery",
            "2024",
        ),
        (
            "Saudi Arabia approved the purchase of THAAD systems from the US in 2017 and the "
            "first battery arrived in 2023.",
            "delivery",
            "2023",
        ),
        (
            "Russia began delivering S-400 systems to India in late 2021, TASS said.",
            "delivery",
            "2021",
        ),
        (
            "Poland to receive first F-35 jets from US in 2026",
            "delivery",
            "2026",
        ),
        (
            "Uzbekistan signed a contract with China for J-10 jets this month.",
            "agreement",
            "2024-05",
        ),
        (
            "Argentina bought F-16 jets from Denmark on April 16, 2024.",
            "agreement",
            "2024-04-16",
        ),
        (
            "Argentina bought F-16 jets from Denmark on 16 April 2024.",
            "agreement",
            "2024-04-16",
        ),
        (
            "Argentina bought F-16 jets from Denmark on 16/04/2024.",
            "agreement",
            "2024-04-16",
        ),
        (
            "Argentina bought F-16 jets from Denmark in April 2024.",
            "agreement",
            "2024-04",
        ),
        (
            "Argentina will receive the F-16 jets from Denmark starting in December 2024.",
            "delivery",
            "2024-12",
        ),
        (
            "The F-16 jets will reach Argentina from Denmark in the spring of 2025.",
            "delivery",
            "2025",
        ),
        (
            "Argentina will receive F-16 jets from Denmark this year and next.",
            "delivery",
            "2024",
        ),
        (
            "Since 2022, the United States has supplied HIMARS launchers to Ukraine.",
            "delivery",
            "2022",
        ),
        (
            "Ukraine has received HIMARS launchers from the United States since June 2022.",
            "delivery",
            "2022-06",
        ),
        (
            "The contract, signed on Monday, covers 48 K9 howitzers for Egypt from South Korea.",
            "agreement",
            "2024-05-13",
        ),
        (
            "A year ago, Poland signed a contract for 96 AH-64 helicopters with the United States.",
            "agreement",
            "2023",
        ),
        (
            "Poland signed a contract for 96 AH-64 helicopters with the United States a year ago.",
            "agreement",
            "2023",
        ),
        (
            "The first deliveries of S-400 systems from Russia to India are slated for 2026-27.",
            "delivery",
            "2026",
        ),
        (
            "India will receive the remaining S-400 units from Russia by the end of FY25.",
            "delivery",
            "2025",
        ),
        (
            "India will receive the remaining S-400 units from Russia in FY 2025-26.",
            "delivery",
            "2025",
        ),
        (
            "Egypt will receive the K9 howitzers from South Korea in the second half of the year.",
            "delivery",
            "2024",
        ),
        (
            "Egypt will receive the K9 howitzers from South Korea in the first half of the year.",
            "delivery",
            "2024",
        ),
        (
            "Egypt will receive the K9 howitzers from South Korea by year's end.",
            "delivery",
            "2024",
        ),
        (
            "Egypt received K9 howitzers from South Korea in the summer of 2023.",
            "delivery",
            "2023",
        ),
        (
            "Egypt will receive K9 howitzers from South Korea in two years' time.",
            "delivery",
            "2026",
        ),
        # A span counted from another step: the article's date cannot resolve it.
        (
            "South Korea will deliver the K9 howitzers to Egypt within 36 months of signing.",
            "delivery",
            None,
        ),
        (
            "South Korea will deliver the K9 howitzers to Egypt within 24 months of the contract.",
            "delivery",
            None,
        ),
        (
            "South Korea will deliver the K9 howitzers to Egypt within 24 months.",
            "delivery",
            None,
        ),
        (
            "India will get the MQ-9 drones from the US by 2029-end.",
            "delivery",
            "2029",
        ),
        (
            "India will get the MQ-9 drones from the US by end-2029.",
            "delivery",
            "2029",
        ),
        (
            "India will get the MQ-9 drones from the US in mid-March.",
            "delivery",
            "2025-03",
        ),
        (
            "Hanwha Aerospace said Tuesday it signed a deal to supply K9 howitzers to Romania.",
            "agreement",
            None,
        ),
        (
            "South Korea on Tuesday signed a deal to supply K9 howitzers to Romania.",
            "agreement",
            "2024-05-14",
        ),
        (
            "The 2019 contract for Su-57 jets between Russia and Algeria is worth $2 billion.",
            "agreement",
            "2019",
        ),
        (
            "A 2021 order from Greece for 24 Rafale jets from France followed.",
            "agreement",
            "2021",
        ),
        (
            "Romania bought F-16 Block 70 jets from the US, the first of which arrived in 2023.",
            "delivery",
            "2023",
        ),
        (
            "Turkey, which received the S-400 from Russia in 2019, was removed from the F-35 "
            "programme by the US.",
            "cancelled",
            None,
        ),
        (
            "Turkey, which received the S-400 from Russia in 2019, was removed from the F-35 "
            "programme by the US.",
            "delivery",
            "2019",
        ),
        (
            "The US removed Turkey from the F-35 programme in July 2019 after it received "
            "S-400 systems from Russia.",
            "cancelled",
            "2019-07",
        ),
        (
            "In a deal signed in 2021, Egypt will get 30 more Rafale jets from France.",
            "delivery",
            None,
        ),
        (
            "The Rafale jets Egypt ordered from France in 2021 will arrive in 2026.",
            "delivery",
            "2026",
        ),
        (
            "Russia has been supplying S-400 systems to India since 2021.",
            "delivery",
            "2021",
        ),
        (
            "The UAE suspended talks with the US on F-35 jets in December 2021.",
            "postponed",
            "2021-12",
        ),
        (
            "The UAE suspended talks with the US on F-35 jets late last year.",
            "postponed",
            "2023",
        ),
        (
            "Switzerland will receive the first Patriot systems from the US in 2027 instead of "
            "2026.",
            "delivery",
            "2027",
        ),
        (
            "Delivery of Patriot systems from the US to Switzerland was postponed from 2026 to "
            "2027.",
            "postponed",
            None,
        ),
        (
            "Delivery of Patriot systems from the US to Switzerland was postponed last month.",
            "postponed",
            "2024-04",
        ),
        (
            "The US delayed deliveries of Patriot systems to Switzerland by up to two years.",
            "postponed",
            None,
        ),
        (
            "Egypt will receive the Rafale jets from France in 2026, a year later than planned.",
            "delivery",
            "2026",
        ),
        (
            "Poland expects to receive the first K2PL tanks from South Korea in 2026, Defence "
            "Minister Kosiniak-Kamysz said on Monday.",
            "delivery",
            "2026",
        ),
        (
            "India is negotiating with France for 26 Rafale jets, and a deal is expected by "
            "the end of the year.",
            "agreement",
            "2024",
        ),
        (
            "The two countries began talks between Russia and Egypt on Su-35 jets in 2015 and "
            "signed the contract in 2018.",
            "negotiation",
            "2015",
        ),
        (
            "Greece signed for F-35 jets with the US on 25 July, and deliveries will begin in "
            "2028.",
            "delivery",
            "2028",
        ),
        (
            "Greece signed for F-35 jets with the US on 25 July, and deliveries will begin in "
            "2028.",
            "agreement",
            "2023-07-25",
        ),
        (
            "The Bayraktar TB2 drones that Poland bought from Turkey in 2021 arrived last year.",
            "delivery",
            "2023",
        ),
        (
            "The Bayraktar TB2 drones that Poland bought from Turkey in 2021 arrived last year.",
            "agreement",
            "2021",
        ),
        (
            "Ukraine received the first F-16 jets from Denmark this summer, more than a year "
            "after the pledge.",
            "delivery",
            "2024",
        ),
        (
            "Nigeria took delivery of the first A-29 jets from the US on 22 July 2021, its air "
            "force said in a statement on Friday.",
            "delivery",
            "2021-07-22",
        ),
        (
            "The UK will send Challenger 2 tanks to Ukraine by March next year.",
            "delivery",
            "2025-03",
        ),
        (
            "The UK will send Challenger 2 tanks to Ukraine by next March.",
            "delivery",
            "2025-03",
        ),
        (
            "The UK sent Challenger 2 tanks to Ukraine at the end of March.",
            "delivery",
            "2024-03",
        ),
        (
            "The UK sent Challenger 2 tanks to Ukraine at the start of the year.",
            "delivery",
            "2024",
        ),
        (
            "Deliveries of the Su-57 jets from Russia to Algeria began this year.",
            "delivery",
            "2024",
        ),
        (
            "Deliveries of the Su-57 jets from Russia to Algeria began in the first months of "
            "2024.",
            "delivery",
            "2024",
        ),
        (
            "Russia will hand over the S-400 to India in the first half.",
            "delivery",
            None,
        ),
        (
            "India will sign a deal with France for Rafale jets during Modi's visit in July.",
            "agreement",
            "2024-07",
        ),
        (
            "The contract for K2 tanks was signed on 26.08.2022 in Warsaw between Poland and "
            "South Korea.",
            "agreement",
            "2022-08-26",
        ),
        (
            "Pakistan will receive the J-35 jets from China in 2026, two years earlier than "
            "expected.",
            "delivery",
            "2026",
        ),
        (
            "Russia will deliver S-400 systems to India in the next year.",
            "delivery",
            "2025",
        ),
        (
            "Defence Minister Rajnath Singh on Thursday said India will receive the remaining "
            "two S-400 squadrons from Russia by 2026.",
            "delivery",
            "2026",
        ),
        (
            "Defence Minister Rajnath Singh said India will receive the remaining two S-400 "
            "squadrons from Russia by next year.",
            "delivery",
            "2025",
        ),
        (
            "The Ministry of Defence on Monday inked a contract with HAL for 12 Su-30MKI jets "
            "from Russia.",
            "agreement",
            "2024-05-13",
        ),
        (
            "The Turkish Defence Ministry said last week that Turkey would receive the F-16 "
            "Block 70 jets from the US in 2026.",
            "delivery",
            "2026",
        ),
        (
            "The Turkish Defence Ministry said last week that Turkey had received F-16 parts "
            "from the US.",
            "delivery",
            None,
        ),
        (
            "Yonhap reported on Monday that South Korea had shipped the first FA-50 jets to "
            "Poland in July 2023.",
            "delivery",
            "2023-07",
        ),
        (
            "Poland took delivery of the first FA-50 jets from South Korea in July 2023, "
            "months after signing the deal in September 2022.",
            "delivery",
            "2023-07",
        ),
        (
            "Poland took delivery of the first FA-50 jets from South Korea in July 2023, "
            "months after signing the deal in September 2022.",
            "agreement",
            "2022-09",
        ),
        (
            "The first two of the 48 FA-50 jets Poland ordered from South Korea in 2022 "
            "arrived on Friday.",
            "delivery",
            "2024-05-10",
        ),
        (
            "The first two of the 48 FA-50 jets Poland ordered from South Korea in 2022 "
            "arrived on Friday.",
            "agreement",
            "2022",
        ),
        (
            "The S-400 systems, which India bought from Russia for $5.4 billion in 2018, are "
            "deployed on the border.",
            "agreement",
            "2018",
        ),
        (
            "Russia completed deliveries of Su-30 jets to Algeria last December.",
            "delivery",
            "2023-12",
        ),
        (
            "Russia completed deliveries of Su-30 jets to Algeria in December last year.",
            "delivery",
            "2023-12",
        ),
        (
            "Algeria received the first Su-30 jets from Russia at the start of 2022 and the "
            "last at the end of 2023.",
            "delivery",
            "2022",
        ),
        (
            "Turkey received the S-400 from Russia in July 2019 (the first batch) and "
            "September 2019 (the second).",
            "delivery",
            "2019-07",
        ),
        (
            "Indonesia signed a contract with France on 10 February 2022 for 42 Rafale jets.",
            "agreement",
            "2022-02-10",
        ),
        (
            "Indonesia signed a contract with France for 42 Rafale jets (February 10, 2022).",
            "agreement",
            "2022-02-10",
        ),
        (
            "Indonesia signed a contract with France for 42 Rafale jets on Feb. 10, 2022.",
            "agreement",
            "2022-02-10",
        ),
        (
            "Indonesia signed a contract with France for 42 Rafale jets on 10th February 2022.",
            "agreement",
            "2022-02-10",
        ),
        (
            "Indonesia signed a contract with France for 42 Rafale jets on February 10th.",
            "agreement",
            "2024-02-10",
        ),
        (
            "Argentina agreed to buy 24 F-16 jets from Denmark in a deal finalised on April 16.",
            "agreement",
            "2024-04-16",
        ),
        (
            "The first six F-16s will arrive in Argentina from Denmark in December, the "
            "ministry said on April 16.",
            "delivery",
            "2024-12",
        ),
        (
            "Ukraine will receive F-16 jets from Norway in 2024 and 2025.",
            "delivery",
            "2024",
        ),
        (
            "The Netherlands will deliver F-16s to Ukraine over 2024-2025.",
            "delivery",
            "2024",
        ),
        (
            "Kazakhstan plans to receive Su-30 jets from Russia in 2024-25, TASS reported last "
            "month.",
            "delivery",
            "2024",
        ),
        (
            "The last of the 36 Rafale jets from France reached India in December 2022, more "
            "than six years after the 2016 contract.",
            "delivery",
            "2022-12",
        ),
        (
            "The last of the 36 Rafale jets from France reached India in December 2022, more "
            "than six years after the 2016 contract.",
            "agreement",
            "2016",
        ),
        (
            "Russia expects to sign a contract with India for Su-57 jets before the end of 2025.",
            "agreement",
            "2025",
        ),
        # A past month without a year continues the year told before it in the sentence.
        (
            "Greece and France signed a deal for Rafale jets in January 2021; the first six "
            "were handed over in July.",
            "delivery",
            "2021-07",
        ),
        (
            "On Tuesday, the ministry said the K9 howitzers had arrived in Egypt from South "
            "Korea in April.",
            "delivery",
            "2024-04",
        ),
        (
            "In a statement on Tuesday, Rosoboronexport said it had delivered Su-35 jets to Iran.",
            "delivery",
            None,
        ),
        (
            "Rosoboronexport said on Tuesday it had delivered Su-35 jets to Iran last year.",
            "delivery",
            "2023",
        ),
        (
            "The S-400 systems Turkey received from Russia in 2019 remain in storage.",
            "delivery",
            "2019",
        ),
        (
            "Turkey, which took delivery of S-400 systems from Russia in 2019, was hit with US "
            "sanctions in December 2020.",
            "delivery",
            "2019",
        ),
        (
            "India received the first Rafale jets from France on July 29, 2020, four years "
            "after the deal.",
            "delivery",
            "2020-07-29",
        ),
        (
            "Egypt ordered 24 Rafale jets from France in 2015 and 30 more in 2021.",
            "agreement",
            "2015",
        ),
        (
            "Vietnam ordered Su-30 jets from Russia in 2003, 2009 and 2013.",
            "agreement",
            "2003",
        ),
        (
            "Russia will complete deliveries of the S-400 to India in 2025-2026, a source told "
            "TASS.",
            "delivery",
            "2025",
        ),
        (
            "The deliveries of S-400 from Russia to India will be completed by the end of "
            "2026, not 2024 as planned.",
            "delivery",
            "2026",
        ),
        (
            "The delivery of Su-35 jets from Russia to Egypt, planned for 2020, did not happen.",
            "delivery",
            "2020",
        ),
        (
            "The 2021 agreement between Egypt and France covers 30 Rafale jets.",
            "agreement",
            "2021",
        ),
        (
            "Egypt's 2021 agreement with France covers 30 Rafale jets.",
            "agreement",
            "2021",
        ),
        (
            "Qatar took delivery of the last of 36 Rafale jets from France in February this year.",
            "delivery",
            "2024-02",
        ),
        (
            "Qatar took delivery of the last of 36 Rafale jets from France this February.",
            "delivery",
            "2024-02",
        ),
        (
            "Qatar took delivery of the last of 36 Rafale jets from France in early February.",
            "delivery",
            "2024-02",
        ),
        (
            "Qatar took delivery of the last of 36 Rafale jets from France at the end of last "
            "year.",
            "delivery",
            "2023",
        ),
        (
            "Qatar took delivery of the last of 36 Rafale jets from France the previous month.",
            "delivery",
            None,
        ),
        (
            "Poland will receive the first AH-64 helicopters from the US in 2028, a year after "
            "the contract is signed.",
            "delivery",
            "2028",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US around 2025.",
            "delivery",
            "2025",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US no earlier than 2026.",
            "delivery",
            "2026",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US not before 2026.",
            "delivery",
            "2026",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US starting 2026.",
            "delivery",
            "2026",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US beginning in 2026.",
            "delivery",
            "2026",
        ),
        (
            "Morocco has received the first AH-64 helicopters from the US, the army said on 10 "
            "May 2024.",
            "delivery",
            "2024-05-10",
        ),
        (
            "Morocco received AH-64 helicopters from the US in the 2020s.",
            "delivery",
            None,
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US by the middle of "
            "next year.",
            "delivery",
            "2025",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US by mid-next year.",
            "delivery",
            "2025",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US in the latter half "
            "of 2025.",
            "delivery",
            "2025",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US in H2 2025.",
            "delivery",
            "2025",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US in 1H 2025.",
            "delivery",
            "2025",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US in the fourth "
            "quarter of 2025.",
            "delivery",
            "2025",
        ),
        # 'The current year' is this one.
        (
            "Morocco will receive the first AH-64 helicopters from the US by the end of the "
            "current year.",
            "delivery",
            "2024",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US in the current year.",
            "delivery",
            "2024",
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US in the year ahead.",
            "delivery",
            None,
        ),
        (
            "Morocco will receive the first AH-64 helicopters from the US during the current "
            "fiscal year.",
            "delivery",
            None,
        ),
        # 'Two years after the contract was signed' counts from the deal's date told before it.
        (
            "Iraq ordered T-90 tanks from Russia in 2017. Two years after the contract was "
            "signed, Russia delivered the first T-90 tanks to Iraq.",
            "delivery",
            "2019",
        ),
        (
            "Iraq ordered T-90 tanks from Russia in 2017 and received them a year after the order.",
            "delivery",
            "2018",
        ),
        (
            "Russia delivered T-90 tanks to Iraq two years after the contract was signed.",
            "delivery",
            None,
        ),
        (
            "A day after the talks, Russia delivered T-90 tanks to Iraq.",
            "delivery",
            None,
        ),
    ],
)
def test_sentence_dates_its_step(text: str, stage: str, expected: str | None) -> None:
    found = whens(text, stage)
    assert found and all(w == expected for w in found), found


@pytest.mark.parametrize(
    ("text", "system", "stage", "expected"),
    [
        (
            "India gets third S-400 squadron from Russia\n\nNEW DELHI, May 13 (PTI) - India "
            "has received the third squadron of S-400 systems from Russia, officials said on "
            "Monday.",
            "S-400",
            "delivery",
            "2024-05-13",
        ),
        (
            "Russia ships S-400 to India\n\nMOSCOW, May 13 (Reuters) - Russia has shipped a "
            "new batch of S-400 systems to India, a source told Reuters. The contract was "
            "signed in October 2018.",
            "S-400",
            "agreement",
            "2018-10",
        ),
        (
            "Russia ships S-400 to India\n\nMOSCOW, May 13 (Reuters) - Russia has shipped a "
            "new batch of S-400 systems to India, a source told Reuters.",
            "S-400",
            "delivery",
            None,
        ),
        (
            "Poland signs for more K2 tanks\n\nSEOUL, May 12 (Yonhap) -- South Korea and "
            "Poland signed a second contract for 180 K2 tanks on Friday, the arms agency said.",
            "K2",
            "agreement",
            "2024-05-10",
        ),
        (
            "Turkey to get Eurofighters in 2026\n\nANKARA (AA) - Turkey will receive the first "
            "Eurofighter jets from Britain in 2026, the defence minister said.",
            "Eurofighter",
            "delivery",
            "2026",
        ),
        (
            "Egypt received its first Rafale jets from France in 2015. The jets, ordered the "
            "same year, were the first export Rafales.",
            "Rafale",
            "delivery",
            "2015",
        ),
        (
            "Iraq ordered T-90 tanks from Russia in 2017. Two years after the contract was "
            "signed, the first T-90 tanks arrived in Baghdad.",
            "T-90",
            "agreement",
            "2017",
        ),
        (
            "Iraq ordered T-90 tanks from Russia in 2017. Two years later, Russia delivered "
            "the first T-90 tanks to Iraq.",
            "T-90",
            "delivery",
            "2019",
        ),
        (
            "MOSCOW, March 3. /TASS/. Russia has delivered the first Su-35 fighters to Iran, "
            "the source said.",
            "Su-35",
            "delivery",
            None,
        ),
        (
            "Korea Aerospace Industries will deliver 12 FA-50 jets to Malaysia by 2026, KAI "
            "said on Monday. Malaysia signed the FA-50 contract with South Korea in May 2023.",
            "FA-50",
            "agreement",
            "2023-05",
        ),
        (
            "Korea Aerospace Industries will deliver 12 FA-50 jets to Malaysia by 2026, KAI "
            "said on Monday.",
            "FA-50",
            "delivery",
            "2026",
        ),
        (
            "India, France sign Rafale-M deal on April 28\n\nIndia and France signed a "
            "contract for 26 Rafale-M jets.",
            "Rafale",
            "agreement",
            "2024-04-28",
        ),
        (
            "The Philippines received BrahMos missiles from India on 19 April. The missiles "
            "were ordered in January 2022.",
            "BrahMos",
            "delivery",
            "2024-04-19",
        ),
        (
            "Japan received its first Tomahawk missiles from the US in March, months earlier "
            "than planned.",
            "Tomahawk",
            "delivery",
            "2024-03",
        ),
        (
            "Switzerland ordered 36 F-35 jets from the US in September 2022. The first four "
            "F-35s will be delivered in 2027 and the rest by 2030.",
            "F-35",
            "delivery",
            "2027",
        ),
        (
            "Spain will send Patriot missiles to Ukraine, Defence Minister Robles said on "
            "Friday, days after Kyiv asked for them.",
            "Patriot",
            "delivery",
            None,
        ),
        (
            "South Korea's Hyundai Rotem said on Tuesday that it had shipped 10 K2 tanks to "
            "Poland in March.",
            "K2",
            "delivery",
            "2024-03",
        ),
        (
            "Algeria took delivery of Su-30 jets from Russia in 2019 and 2020.",
            "Su-30",
            "delivery",
            "2019",
        ),
        (
            "Russia supplied MiG-29s to Serbia in 2017 (six jets) and in 2019 (four jets).",
            "MiG-29",
            "delivery",
            "2017",
        ),
    ],
)
def test_article_dates_its_step(text: str, system: str, stage: str, expected: str | None) -> None:
    found = whens(text, stage, system)
    assert found and all(w == expected for w in found), found
