"""`when` probes: short articles of our own, each with the date of one claim's step (CLAIMS.md
"when" and rule 12). A step dated in a later sentence, a headline dated in the body, dates
relative to the article's ("earlier this month", "last week", "on Tuesday" before and after the
verb), parts of years, fiscal years, open spans from now ("within weeks": the year its six weeks
share, as test_when_press holds), ranges (their first year), years that qualify another step
("the 2016 contract"), and dates of the statement only ("said on Friday that deliveries had
begun": null). Weekdays: 2025-06-12 and 2026-02-05 are Thursdays, 2024-03-20 a Wednesday,
2023-11-03 a Friday."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article


def when_of(published: str, text: str, system: str, stage: str) -> set[str | None]:
    claims = extract(Article(doc="probe", text=text, published=published))
    return {c.when for c in claims if c.system == system and c.stage.value == stage}


PROBES = [
    (
        "2025-06-12",
        (
            "Egypt receives Rafale jets\n\nEgypt received the first three Rafale fighters from "
            "France. The jets landed at Cairo West air base on Monday."
        ),
        "Rafale",
        "delivery",
        "2025-06-09",
    ),
    (
        "2024-03-20",
        (
            "Serbia gets Chinese drones\n\nSerbia has taken delivery of CH-92A drones from "
            "China. The drones arrived at Batajnica airport on Monday, officials said."
        ),
        "CH-92",  # CLAIMS.md: the family drops variant letters
        "delivery",
        "2024-03-18",
    ),
    (
        "2023-11-03",
        (
            "Ukraine gets more tanks\n\nGermany delivered Leopard 1A5 tanks to Ukraine. The "
            "tanks reached Ukraine on Thursday."
        ),
        "Leopard 1",
        "delivery",
        "2023-11-02",
    ),
    (
        "2026-02-05",
        (
            "Jets arrive in Hungary\n\nHungary received four more Gripen fighters from Sweden. "
            "The aircraft touched down at Kecskemet in January."
        ),
        "Gripen",
        "delivery",
        "2026-01",
    ),
    (
        "2025-06-12",
        (
            "Deal done\n\nIndonesia signed a contract for 42 Rafale jets with France. The "
            "contract was signed in Jakarta on Tuesday."
        ),
        "Rafale",
        "agreement",
        "2025-06-10",
    ),
    (
        "2024-03-20",
        (
            "Philippines buys BrahMos\n\nThe Philippines has received its first BrahMos "
            "missile batteries from India. The shipment arrived in Manila last week."
        ),
        "BrahMos",
        "delivery",
        "2024-03",
    ),
    (
        "2025-06-12",
        (
            "Poland signs for more K2 tanks\n\nPoland signed a contract with South Korea for "
            "180 K2 tanks on Tuesday."
        ),
        "K2",
        "agreement",
        "2025-06-10",
    ),
    (
        "2023-11-03",
        (
            "Morocco orders Apache helicopters\n\nOn Monday Morocco ordered 24 Apache "
            "helicopters from the United States."
        ),
        "AH-64",
        "agreement",
        "2023-10-30",
    ),
    (
        "2026-02-05",
        (
            "Greece takes delivery of frigate\n\nGreece took delivery of its first FDI frigate "
            "from France on January 20."
        ),
        "FDI",
        "delivery",
        "2026-01-20",
    ),
    (
        "2025-06-12",
        "Slovakia received the first F-16 fighters from the United States earlier this month.",
        "F-16",
        "delivery",
        "2025-06",
    ),
    (
        "2024-03-20",
        "Earlier this year, Algeria received Su-57 fighters from Russia.",
        "Su-57",
        "delivery",
        "2024",
    ),
    (
        "2023-11-03",
        "Norway delivered NASAMS launchers to Ukraine last week.",
        "NASAMS",
        "delivery",
        "2023-10",
    ),
    (
        "2026-02-05",
        "Last week India signed a deal with France for 26 Rafale M jets.",
        "Rafale",
        "agreement",
        "2026-01",
    ),
    (
        "2025-06-12",
        (
            "Earlier this month, Romania signed a contract for 54 Abrams tanks from the "
            "United States."
        ),
        "Abrams",
        "agreement",
        "2025-06",
    ),
    (
        "2025-06-12",
        "Brazil on Tuesday signed a contract for four Scorpene submarines from France.",
        "Scorpene",
        "agreement",
        "2025-06-10",
    ),
    (
        "2025-06-12",
        "Brazil signed a contract on Tuesday for four Scorpene submarines from France.",
        "Scorpene",
        "agreement",
        "2025-06-10",
    ),
    (
        "2025-06-12",
        "Brazil signed a contract for four Scorpene submarines from France on Tuesday.",
        "Scorpene",
        "agreement",
        "2025-06-10",
    ),
    (
        "2025-06-12",
        "On Tuesday, Brazil signed a contract for four Scorpene submarines from France.",
        "Scorpene",
        "agreement",
        "2025-06-10",
    ),
    (
        "2023-11-03",
        "Turkey will deliver Bayraktar TB2 drones to Kuwait on Monday.",
        "Bayraktar TB2",
        "delivery",
        "2023-11-06",
    ),
    (
        "2023-11-03",
        "The first Patriot batteries from Germany arrived in Ukraine on Wednesday.",
        "Patriot",
        "delivery",
        "2023-11-01",
    ),
    (
        "2025-06-12",
        (
            "Romania expects to receive the first F-35 jets from the United States in the "
            "first quarter of 2027."
        ),
        "F-35",
        "delivery",
        "2027",
    ),
    (
        "2024-03-20",
        (
            "Poland received the first Apache helicopters from the United States in the "
            "first quarter."
        ),
        "AH-64",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        "Russia will deliver the remaining S-400 batteries to India by the end of 2026.",
        "S-400",
        "delivery",
        "2026",
    ),
    (
        "2024-03-20",
        "Germany will deliver IRIS-T systems to Ukraine next spring.",
        "IRIS-T",
        "delivery",
        "2025",
    ),
    (
        "2023-11-03",
        "The Netherlands will hand over F-16 jets to Ukraine next spring.",
        "F-16",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        "Taiwan will receive the M1A2 tanks from the United States in fiscal 2026.",
        "Abrams",
        "delivery",
        "2026",
    ),
    (
        "2023-11-03",
        (
            "The first HIMARS launchers from the United States are expected to arrive in "
            "Estonia within weeks."
        ),
        "HIMARS",
        "delivery",
        "2023",
    ),
    (
        "2025-06-12",
        "France will deliver 12 Caesar howitzers to Armenia between 2025 and 2027.",
        "Caesar",
        "delivery",
        "2025",
    ),
    (
        "2024-03-20",
        "Russia delivered 24 Su-30 fighters to Algeria between 2019 and 2021.",
        "Su-30",
        "delivery",
        "2019",
    ),
    (
        "2023-11-03",
        "From 2024 to 2026 South Korea will deliver 48 FA-50 jets to Poland.",
        "FA-50",
        "delivery",
        "2024",
    ),
    (
        "2025-06-12",
        (
            "Under the 2016 contract, France delivered the last of 36 Rafale jets to India "
            "last month."
        ),
        "Rafale",
        "delivery",
        "2025-05",
    ),
    (
        "2024-03-20",
        (
            "Signed in 2016, the deal for S-400 systems saw Russia deliver the first battery "
            "to India in December 2021."
        ),
        "S-400",
        "delivery",
        "2021-12",
    ),
    (
        "2023-11-03",
        (
            "The 2018 agreement between Turkey and Russia for S-400 systems was completed "
            "when the last battery arrived on Monday."
        ),
        "S-400",
        "delivery",
        "2023-10-30",
    ),
    (
        "2026-02-05",
        ("Qatar, which ordered the jets in 2015, received the final Rafale from France on Monday."),
        "Rafale",
        "delivery",
        "2026-02-02",
    ),
    (
        "2025-06-12",
        (
            "The Ukrainian defence ministry said on Friday that deliveries of Leopard 2 "
            "tanks from Germany had begun."
        ),
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2023-11-03",
        (
            "A ministry spokesman told reporters on Thursday that Pakistan will buy J-10C "
            "fighters from China."
        ),
        "J-10",
        "negotiation",
        None,
    ),
    (
        "2026-02-05",
        "The minister said Tuesday that Spain will send more Leopard 2 tanks to Ukraine.",
        "Leopard 2",
        "delivery",
        None,
    ),
    (
        "2024-03-20",
        (
            "Spain Delivers Last Patrol Ship to Angola\n\nThe last of three Avante 2200 patrol "
            "ships that Angola ordered from Spain was delivered in February, according to "
            "officials."
        ),
        "Avante 2200",
        "delivery",
        "2024-02",
    ),
    (
        "2024-03-20",
        (
            "Russia Delivers Last Mi-17 Helicopters to Mali\n\nThe last of 12 Mi-17 "
            "helicopters that Mali ordered from Russia were delivered in February, officials "
            "said."
        ),
        "Mi-17",
        "delivery",
        "2024-02",
    ),
    (
        "2026-02-05",
        (
            "Ghana received two Z-9 helicopters from China. The helicopters were handed over "
            "in Accra on Monday."
        ),
        "Z-9",
        "delivery",
        "2026-02-02",
    ),
    (
        "2026-02-05",
        (
            "Kenya has taken delivery of AW139 helicopters from Italy. The helicopters were "
            "delivered to Nairobi on January 28."
        ),
        "AW139",
        "delivery",
        "2026-01-28",
    ),
    (
        "2025-06-12",
        (
            "Bangladesh received a batch of Yak-130 jets from Russia. They arrived in Dhaka "
            "on Monday aboard a cargo ship."
        ),
        "Yak-130",
        "delivery",
        "2025-06-09",
    ),
    (
        "2025-06-12",
        (
            "Bangladesh received a batch of Yak-130 jets from Russia. The delivery took "
            "place on Monday."
        ),
        "Yak-130",
        "delivery",
        "2025-06-09",
    ),
    (
        "2024-03-20",
        (
            "Ukraine has received the first Gripen fighters from Sweden. The first aircraft "
            "were handed over in early March, the ministry said."
        ),
        "Gripen",
        "delivery",
        "2024-03",
    ),
    (
        "2024-03-20",
        (
            "Vietnam signed a contract for Yak-130 trainers with Russia. The contract was "
            "signed in Hanoi last month."
        ),
        "Yak-130",
        "agreement",
        "2024-02",
    ),
    (
        "2024-03-20",
        (
            "Vietnam has ordered Yak-130 trainers from Russia. The deal was concluded in "
            "January, officials said."
        ),
        "Yak-130",
        "agreement",
        "2024-01",
    ),
    (
        "2023-11-03",
        (
            "Peru to get K2 tanks\n\nPeru signed an agreement with South Korea for K2 tanks. "
            "The agreement was signed in Lima on Wednesday."
        ),
        "K2",
        "agreement",
        "2023-11-01",
    ),
    (
        "2023-11-03",
        (
            "Croatia receives Rafale jets\n\nCroatia has received the first six Rafale jets "
            "from France. The aircraft arrived at Pleso air base on 25 October."
        ),
        "Rafale",
        "delivery",
        "2023-10-25",
    ),
    (
        "2026-02-05",
        (
            "Estonia receives first HIMARS launchers from the US\n\nThe launchers arrived in "
            "Tallinn on Tuesday, the Estonian defence ministry said."
        ),
        "HIMARS",
        "delivery",
        "2026-02-03",
    ),
    (
        "2026-02-05",
        (
            "Nigeria gets A-29 jets from the United States\n\nThe first six aircraft landed in "
            "Kainji on Monday."
        ),
        "A-29",
        "delivery",
        "2026-02-02",
    ),
    (
        "2025-06-12",
        (
            "Chile buys F-16s from Norway\n\nThe contract was signed in Santiago on Tuesday by "
            "the two defence ministers."
        ),
        "F-16",
        "agreement",
        "2025-06-10",
    ),
    (
        "2024-03-20",
        (
            "Egypt orders more Rafale jets from France\n\nEgypt signed the contract for 30 "
            "Rafale jets on Monday, the French defence ministry said."
        ),
        "Rafale",
        "agreement",
        "2024-03-18",
    ),
    (
        "2023-11-03",
        (
            "State Department approves sale of F-35 jets to Greece\n\nThe US State Department "
            "approved the possible sale of 40 F-35 jets to Greece on Thursday."
        ),
        "F-35",
        "negotiation",
        "2023-11-02",
    ),
    (
        "2023-11-03",
        (
            "Russia Delivers Last Helicopters to Afghanistan\n\nThe last of 63 Mi-17 "
            "helicopters that the Pentagon ordered from Russia for Afghanistan were "
            "delivered in October."
        ),
        "Mi-17",
        "delivery",
        "2023-10",
    ),
    (
        "2025-06-12",
        "Serbia received 11 H145M helicopters from Germany in May.",
        "H145M",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        "In May, Serbia received 11 H145M helicopters from Germany.",
        "H145M",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        "Serbia's 11 H145M helicopters were delivered by Germany in May.",
        "H145M",
        "delivery",
        "2025-05",
    ),
    (
        "2025-06-12",
        "Germany did not deliver the Taurus missiles to Ukraine in May.",
        "Taurus",
        "delivery",
        "2025-05",
    ),
    (
        "2024-03-20",
        (
            "The Pentagon said Thursday that the United States delivered ATACMS missiles to "
            "Ukraine last week."
        ),
        "ATACMS",
        "delivery",
        "2024-03",
    ),
    (
        "2024-03-20",
        (
            "The United States delivered ATACMS missiles to Ukraine last week, the Pentagon "
            "said Thursday."
        ),
        "ATACMS",
        "delivery",
        "2024-03",
    ),
    (
        "2024-03-20",
        ("The United States has delivered ATACMS missiles to Ukraine, the Pentagon said Thursday."),
        "ATACMS",
        "delivery",
        "2024-03-14",
    ),
    (
        "2024-03-20",
        (
            "Speaking on Monday, the minister said India had ordered 26 Rafale M jets from "
            "France in 2023."
        ),
        "Rafale",
        "agreement",
        "2023",
    ),
    (
        "2026-02-05",
        "Morocco signed a contract for 18 Caesar howitzers with France a year ago.",
        "Caesar",
        "agreement",
        "2025",
    ),
    (
        "2026-02-05",
        "Morocco signed a contract for 18 Caesar howitzers with France two months ago.",
        "Caesar",
        "agreement",
        "2025-12",
    ),
    (
        "2026-02-05",
        "Two weeks ago Armenia received Akash systems from India.",
        "Akash",
        "delivery",
        "2026-01",
    ),
    (
        "2026-02-05",
        "Armenia received Akash systems from India in late January.",
        "Akash",
        "delivery",
        "2026-01",
    ),
    (
        "2026-02-05",
        "India will deliver more Akash systems to Armenia later this year.",
        "Akash",
        "delivery",
        "2026",
    ),
    (
        "2026-02-05",
        "India is expected to deliver more Akash systems to Armenia by mid-2027.",
        "Akash",
        "delivery",
        "2027",
    ),
    (
        "2026-02-05",
        "The first Akash battery is due to reach Armenia in the second half of next year.",
        "Akash",
        "delivery",
        "2027",
    ),
    (
        "2025-06-12",
        (
            "The contract, signed in 2016, covered 36 Rafale jets for India; France "
            "delivered the last jet in 2022."
        ),
        "Rafale",
        "delivery",
        "2022",
    ),
    (
        "2025-06-12",
        "Under the 2016 deal, France will deliver 26 more Rafale jets to India next year.",
        "Rafale",
        "delivery",
        "2026",
    ),
    (
        "2025-06-12",
        (
            "The Philippines will take delivery of more BrahMos batteries from India in the "
            "coming weeks."
        ),
        "BrahMos",
        "delivery",
        "2025",
    ),
    (
        "2025-06-12",
        "Norway will receive its first K9 howitzers from South Korea next month.",
        "K9",
        "delivery",
        "2025-07",
    ),
    (
        "2023-11-03",
        (
            "The deal for Greece's FDI frigates was signed with France in March 2022 and the "
            "first ship will arrive in 2025."
        ),
        "FDI",
        "delivery",
        "2025",
    ),
    (
        "2023-11-03",
        (
            "The deal for Greece's FDI frigates was signed with France in March 2022 and the "
            "first ship will arrive in 2025."
        ),
        "FDI",
        "agreement",
        "2022-03",
    ),
    (
        "2025-06-12",
        (
            "Qatar signed a deal for 12 more Rafale jets with France. The deal, signed on "
            "Tuesday, is worth 3 billion euros."
        ),
        "Rafale",
        "agreement",
        "2025-06-10",
    ),
    (
        "2025-06-12",
        (
            "The deal for 12 Rafale jets, signed by Qatar and France on Tuesday, is worth 3 "
            "billion euros."
        ),
        "Rafale",
        "agreement",
        "2025-06-10",
    ),
    (
        "2025-06-12",
        "Tuesday's deal with France covers 12 Rafale jets for Qatar.",
        "Rafale",
        "agreement",
        "2025-06-10",
    ),
    (
        "2024-03-20",
        (
            "The jets were handed over to Slovakia by the United States on Monday. Slovakia "
            "now has eight F-16 jets."
        ),
        "F-16",
        "delivery",
        "2024-03-18",
    ),
    (
        "2024-03-20",
        (
            "Slovakia took delivery of four F-16 jets from the United States. The jets "
            "arrived Monday at Kuchyna air base."
        ),
        "F-16",
        "delivery",
        "2024-03-18",
    ),
    (
        "2024-03-20",
        (
            "Slovakia took delivery of four F-16 jets from the United States on Monday, the "
            "defence ministry said on Tuesday."
        ),
        "F-16",
        "delivery",
        "2024-03-18",
    ),
    (
        "2024-03-20",
        (
            "The defence ministry said on Tuesday that Slovakia took delivery of four F-16 "
            "jets from the United States on Monday."
        ),
        "F-16",
        "delivery",
        "2024-03-18",
    ),
    (
        "2023-11-03",
        "Kazakhstan received two C295 aircraft from Spain last month, the ministry said.",
        "C-295",
        "delivery",
        "2023-10",
    ),
    (
        "2023-11-03",
        "Kazakhstan received two C295 aircraft from Spain in the third quarter.",
        "C-295",
        "delivery",
        "2023",
    ),
    (
        "2023-11-03",
        (
            "Kazakhstan will receive two more C295 aircraft from Spain in the first quarter "
            "of next year."
        ),
        "C-295",
        "delivery",
        "2024",
    ),
    (
        "2023-11-03",
        "Kazakhstan will receive two more C295 aircraft from Spain by the end of next year.",
        "C-295",
        "delivery",
        "2024",
    ),
    (
        "2023-11-03",
        "Kazakhstan will receive two more C295 aircraft from Spain in early 2025.",
        "C-295",
        "delivery",
        "2025",
    ),
    (
        "2023-11-03",
        "Kazakhstan will receive two more C295 aircraft from Spain next spring.",
        "C-295",
        "delivery",
        "2024",
    ),
    (
        "2023-11-03",
        "Spain will deliver two more C295 aircraft to Kazakhstan in fiscal 2025.",
        "C-295",
        "delivery",
        "2025",
    ),
    (
        "2023-11-03",
        "Spain will deliver two more C295 aircraft to Kazakhstan in fiscal year 2025.",
        "C-295",
        "delivery",
        "2025",
    ),
    (
        "2023-11-03",
        "Spain will deliver two more C295 aircraft to Kazakhstan within weeks.",
        "C-295",
        "delivery",
        "2023",
    ),
    (
        "2026-02-05",
        "Earlier this month, Vietnam received the first batch of T-90S tanks from Russia.",
        "T-90",
        "delivery",
        "2026-02",
    ),
    (
        "2026-02-05",
        "Vietnam received the first batch of T-90S tanks from Russia earlier this year.",
        "T-90",
        "delivery",
        "2026",
    ),
    (
        "2026-02-05",
        (
            "Vietnam received the first batch of T-90S tanks from Russia last year, "
            "officials said on Monday."
        ),
        "T-90",
        "delivery",
        "2025",
    ),
    (
        "2026-02-05",
        (
            "Officials said on Monday that Vietnam had received the first batch of T-90S "
            "tanks from Russia."
        ),
        "T-90",
        "delivery",
        None,
    ),
    (
        "2026-02-05",
        (
            "Vietnam has received the first batch of T-90S tanks from Russia, officials said "
            "on Monday."
        ),
        "T-90",
        "delivery",
        "2026-02-02",
    ),
    (
        "2026-02-05",
        "Between 2023 and 2025 Russia delivered 64 T-90S tanks to Vietnam.",
        "T-90",
        "delivery",
        "2023",
    ),
    (
        "2026-02-05",
        "Russia delivered 64 T-90S tanks to Vietnam from 2023 to 2025.",
        "T-90",
        "delivery",
        "2023",
    ),
    (
        "2026-02-05",
        "Russia delivered 64 T-90S tanks to Vietnam under a 2017 contract in 2023.",
        "T-90",
        "delivery",
        "2023",
    ),
    (
        "2026-02-05",
        ("Under a contract signed in 2017, Russia delivered 64 T-90S tanks to Vietnam last year."),
        "T-90",
        "delivery",
        "2025",
    ),
    (
        "2026-02-05",
        "Signed in 2017, the contract saw Russia deliver 64 T-90S tanks to Vietnam.",
        "T-90",
        "delivery",
        None,
    ),
    (
        "2026-02-05",
        (
            "Signed in 2017, the contract for 64 T-90S tanks from Russia was Vietnam's "
            "largest arms deal."
        ),
        "T-90",
        "agreement",
        "2017",
    ),
    (
        "2025-06-12",
        (
            "Thyssenkrupp has launched the third Type 212 submarine for the Norwegian Navy "
            "at its yard in Kiel. The boat was launched on 4 June."
        ),
        "Type 212",
        "production",
        "2025-06-04",
    ),
    (
        "2023-11-03",
        (
            "The Indonesian Navy has taken delivery of the second FREMM frigate from Italy. "
            "The handover ceremony took place on 27 October in La Spezia."
        ),
        "FREMM",
        "delivery",
        "2023-10-27",
    ),
    (
        "2025-06-12",
        "Egypt received its first Rafale jet from France. It arrived at Cairo West on Monday.",
        "Rafale",
        "delivery",
        "2025-06-09",
    ),
    (
        "2024-03-20",
        (
            "Slovakia took delivery of four F-16 jets from the United States. The handover "
            "took place at Kuchyna air base on Monday."
        ),
        "F-16",
        "delivery",
        "2024-03-18",
    ),
]


@pytest.mark.parametrize(("published", "text", "system", "stage", "expected"), PROBES)
def test_when_probe(
    published: str, text: str, system: str, stage: str, expected: str | None
) -> None:
    assert when_of(published, text, system, stage) == {expected}
