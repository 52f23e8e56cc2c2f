"""Whole short articles of our own (wire copy with a dateline, a defence trade site, a
government press release, a sale notice), each with a headline, a lead, quotes, a background
paragraph with an older contract, a second system, relative dates and anaphora ("the jets",
"the rest", "they"): the claims the extractor should make of each, ``when`` included, as
CLAIMS.md puts it (the article's date dates nothing by itself; "said on Friday" dates the
statement, and a step told as just done by it, see KNOWN_MISSES; an undated lead takes the
date the article gives its step later, the extractor's merge rule). Every text was written
for these tests.

Each expected claim is a case of its own, and so is "no claim beyond these" for each article;
what the extractor still gets wrong is a strict xfail with the reason, so a fix shows up.
"""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article

# (system, supplier, recipient, stage, factuality, when)
Claim6 = tuple[str, str | None, str | None, str, str, str | None]

ARTICLES: list[tuple[str, str, str, set[Claim6]]] = [
    (
        "wire_su35_iran",
        "2023-03-03",
        (
            "Russia begins delivering Su-35 fighters to Iran, sources say\n\n"
            "MOSCOW, March 3 (Reuters) - Russia has begun delivering Su-35 fighter jets to Iran, "
            "two sources familiar with the matter said on Friday. The first two jets landed at an "
            'air base near Isfahan on Tuesday, one of the sources said. "The aircraft were handed '
            'over after a short test flight," the source said. Iran ordered 24 of the jets in '
            "2021, according to the sources. Russia's Federal Service for Military-Technical "
            "Cooperation declined to comment. Iran also wants to buy S-400 air defence systems "
            "from Russia, the sources said. A deal for the systems could be signed by the end of "
            "2024, one of them said. Tehran has made no public comment on the deliveries."
        ),
        {
            ("S-400", "RUS", "IRN", "agreement", "possible", "2024"),
            ("S-400", "RUS", "IRN", "negotiation", "asserted", None),
            ("Su-35", "RUS", "IRN", "agreement", "asserted", "2021"),
            ("Su-35", "RUS", "IRN", "delivery", "asserted", "2023-02-28"),
        },
    ),
    (
        "trade_k9_poland",
        "2024-06-12",
        (
            "Poland orders 152 more K9 howitzers\n\n"
            "Poland has signed a contract with South Korea for 152 more K9 self-propelled "
            'howitzers, the Armament Agency announced on Monday. "This is the largest single '
            'order in the history of our artillery," Deputy Defence Minister Pawel Bejda said. '
            "Deliveries of the howitzers will start in 2025 and run until 2027. Poland received "
            "its first 24 K9 howitzers from South Korea in December 2022. Separately, a batch of "
            "K2 tanks from South Korea arrived at the port of Gdynia last month. The tanks will "
            "join the 16th Mechanised Division. South Korea is also due to deliver more FA-50 "
            "light combat aircraft to Poland next year, the agency said."
        ),
        {
            ("FA-50", "KOR", "POL", "delivery", "expected", "2025"),
            ("K2", "KOR", "POL", "delivery", "asserted", "2024-05"),
            ("K9", "KOR", "POL", "agreement", "asserted", None),
            ("K9", "KOR", "POL", "delivery", "asserted", "2022-12"),
            ("K9", "KOR", "POL", "delivery", "expected", "2025"),
        },
    ),
    (
        "release_himars_estonia",
        "2022-11-17",
        (
            "Estonia signs for HIMARS launchers\n\n"
            "TALLINN, 17 November 2022 - The Estonian Centre for Defence Investment said on "
            "Thursday that it had signed a contract with the United States for six HIMARS "
            "multiple rocket launchers. The launchers will arrive in 2024, the centre said. "
            '"These systems will give our division a long-range fire capability it has never '
            'had," Defence Minister Hanno Pevkur said. The purchase was approved by the US State '
            "Department in July. Estonia also plans to buy more Javelin anti-tank missiles from "
            "the United States next year. The country received its first Javelins in 2015. "
            "Russia's embassy in Tallinn criticised the purchase on Friday. The launchers can "
            "strike targets up to 300 kilometres away."
        ),
        {
            ("HIMARS", "USA", "EST", "agreement", "asserted", None),
            ("HIMARS", "USA", "EST", "delivery", "expected", "2024"),
            ("HIMARS", "USA", "EST", "negotiation", "asserted", "2022-07"),
            ("Javelin", "USA", "EST", "delivery", "asserted", "2015"),
            ("Javelin", "USA", "EST", "negotiation", "asserted", None),
        },
    ),
    (
        "sale_dsca_morocco",
        "2025-02-20",
        (
            "Morocco - Javelin missiles\n\n"
            "WASHINGTON, Feb. 20, 2025 - The State Department has made a determination approving "
            "a possible Foreign Military Sale to the Government of Morocco of 612 Javelin "
            "missiles and related equipment for an estimated cost of $260 million. The Defense "
            "Security Cooperation Agency delivered the required certification notifying Congress "
            "of this possible sale today. The Government of Morocco has requested to buy the "
            "missiles. The proposed sale will improve Morocco's capability to meet current and "
            "future threats. The principal contractor will be the Javelin Joint Venture. There "
            "are no known offset agreements proposed in connection with this potential sale. "
            "Morocco bought 200 Javelin missiles under an earlier sale in 2019."
        ),
        {
            ("Javelin", "USA", "MAR", "agreement", "asserted", "2019"),
            ("Javelin", "USA", "MAR", "negotiation", "asserted", "2025-02-20"),
        },
    ),
    (
        "wire_tb2_ethiopia",
        "2021-09-08",
        (
            "Turkey ships armed drones to Ethiopia, diplomats say\n\n"
            "ANKARA, Sept 8 (Reuters) - Turkey delivered Bayraktar TB2 drones to Ethiopia last "
            "month, three diplomats said on Wednesday. The drones were flown to an air base near "
            "Addis Ababa in August, one of them said. Turkey's defence ministry did not reply to "
            "a request for comment. Ethiopia signed a military cooperation agreement with Turkey "
            "in July. Ethiopia may also buy Akinci drones from Turkey next year, a diplomat said. "
            "The two countries have deepened ties since 2019. Ethiopia's government declined to "
            "comment on Wednesday. The TB2 can stay in the air for more than 24 hours."
        ),
        {
            ("Akinci", "TUR", "ETH", "agreement", "possible", "2022"),
            ("Bayraktar TB2", "TUR", "ETH", "delivery", "asserted", "2021-08"),
        },
    ),
    (
        "trade_rafale_india",
        "2024-10-04",
        (
            "India clears purchase of 26 Rafale Marine jets\n\n"
            "India's Defence Acquisition Council approved the purchase of 26 Rafale Marine "
            "fighters from France on Tuesday, officials said. The jets will fly from the carrier "
            'INS Vikrant. "Negotiations on the price will start next month," a defence ministry '
            "official said. India signed a contract for 36 Rafale jets for its air force in 2016. "
            "The last of those jets arrived in December 2022. The navy also plans to acquire "
            "three more Scorpene submarines from France. The submarines would be built at Mazagon "
            "Dock in Mumbai."
        ),
        {
            ("Rafale", "FRA", "IND", "agreement", "asserted", "2016"),
            ("Rafale", "FRA", "IND", "delivery", "asserted", "2022-12"),
            ("Rafale", "FRA", "IND", "negotiation", "asserted", "2024-10-01"),
            ("Scorpene", "FRA", "IND", "negotiation", "asserted", None),
            # "The submarines would be built at Mazagon Dock": built in India for its navy
            ("Scorpene", "FRA", "IND", "production", "expected", None),
        },
    ),
    (
        "release_leopard_czech",
        "2023-07-26",
        (
            "Czech Republic to buy Leopard 2A8 tanks from Germany\n\n"
            "PRAGUE, 26 July 2023 - The Ministry of Defence of the Czech Republic announced today "
            "that it will sign a contract with Germany for 77 Leopard 2A8 tanks. The contract "
            "will be signed by the end of the year, the ministry said. The first tanks are to be "
            'delivered in 2026. "The new tanks will replace our ageing T-72s," Defence Minister '
            "Jana Cernochova said on Tuesday. Germany donated 14 Leopard 2A4 tanks to the Czech "
            "Republic last year. The last of the donated tanks arrived in May. The tank can fire "
            "on the move at night. The opposition criticised the price of the deal."
        ),
        {
            ("Leopard 2", "DEU", "CZE", "agreement", "expected", "2023"),
            ("Leopard 2", "DEU", "CZE", "delivery", "asserted", "2022"),
            ("Leopard 2", "DEU", "CZE", "delivery", "expected", "2026"),
            ("Leopard 2", "DEU", "CZE", "negotiation", "asserted", None),
        },
    ),
    (
        "wire_s400_turkey",
        "2025-05-14",
        (
            "Turkey says it will not return S-400 systems to Russia\n\n"
            "ANKARA, May 14 (Reuters) - Turkey has no plan to send its S-400 air defence systems "
            "back to Russia, Defence Minister Yasar Guler said on Wednesday. Ankara bought the "
            "systems from Moscow under a 2017 deal. The first batteries arrived in July 2019, "
            'prompting Washington to remove Turkey from the F-35 programme. "The systems are ours '
            'and they will stay in Turkey," Guler told reporters. Turkey is still seeking to buy '
            "40 F-16 jets from the United States. Washington approved the sale of the jets in "
            "January 2024. The Kremlin welcomed his remarks on Thursday. Guler spoke after a "
            "cabinet meeting in Ankara."
        ),
        {
            ("F-16", "USA", "TUR", "negotiation", "asserted", "2024-01"),
            ("F-35", "USA", "TUR", "cancelled", "asserted", None),
            ("S-400", "RUS", "TUR", "agreement", "asserted", "2017"),
            ("S-400", "RUS", "TUR", "delivery", "asserted", "2019-07"),
        },
    ),
    (
        "trade_gripen_thailand",
        "2025-08-29",
        (
            "Thailand picks Gripen over F-16\n\n"
            "The Royal Thai Air Force has selected the Saab Gripen E/F to replace its ageing F-16 "
            "fleet, the service said on Thursday. Thailand intends to order four Gripens from "
            'Sweden in 2025 and up to 14 by 2034. "The aircraft meets every requirement we set," '
            "Air Chief Marshal Punpakdee Pattanakul said. A contract is expected to be signed in "
            "November. Thailand bought 12 Gripen C/D jets from Sweden under a 2008 agreement. The "
            "last of them were delivered in 2013. Lockheed Martin had offered Thailand the F-16 "
            "Block 70."
        ),
        {
            ("F-16", "USA", "THA", "negotiation", "asserted", None),
            ("Gripen", "SWE", "THA", "agreement", "asserted", "2008"),
            ("Gripen", "SWE", "THA", "agreement", "expected", "2025-11"),
            ("Gripen", "SWE", "THA", "delivery", "asserted", "2013"),
            ("Gripen", "SWE", "THA", "negotiation", "asserted", "2025-08-28"),
        },
    ),
    (
        "sale_patriot_swiss",
        "2022-04-21",
        (
            "Switzerland signs for Patriot systems\n\n"
            "BERN, 21 April 2022 - Armasuisse and the US government have signed the contract for "
            "five Patriot fire units, the Federal Department of Defence said today. The systems "
            "are scheduled to be delivered between 2026 and 2028. Parliament approved the "
            "purchase of the Patriot systems in March. Switzerland also signed for 36 F-35A jets "
            'from the United States on Monday. "Both systems will protect Swiss airspace for '
            'decades," the department said. Critics of the purchase collected signatures for a '
            "referendum last year. The Patriot can intercept ballistic missiles. Neutral "
            "Switzerland has not sent weapons to any party to the war in Ukraine."
        ),
        {
            ("F-35", "USA", "CHE", "agreement", "asserted", "2022-04-18"),
            ("Patriot", "USA", "CHE", "agreement", "asserted", None),
            ("Patriot", "USA", "CHE", "delivery", "expected", "2026"),
            ("Patriot", "USA", "CHE", "negotiation", "asserted", "2022-03"),
        },
    ),
    (
        "wire_mig29_slovakia",
        "2023-03-03",
        (
            "Slovakia to give MiG-29 jets to Ukraine\n\n"
            "BRATISLAVA, March 3 (Reuters) - Slovakia will hand over 13 MiG-29 fighter jets to "
            "Ukraine, Prime Minister Eduard Heger said on Friday. The first four jets will be "
            "transferred in the coming weeks, he said. Poland said last month that it had already "
            "sent four MiG-29s to Ukraine. Slovakia received the jets from the Soviet Union in "
            "1989. The country grounded its MiG-29s last year and now relies on Polish and Czech "
            "jets to guard its airspace. It ordered 14 F-16 Block 70 jets from the United States "
            "in 2018. Russia condemned the decision on Friday. The jets are more than 30 years "
            "old."
        ),
        {
            ("F-16", "USA", "SVK", "agreement", "asserted", "2018"),
            ("MiG-29", "POL", "UKR", "delivery", "asserted", None),
            ("MiG-29", "SUN", "SVK", "delivery", "asserted", "1989"),
            ("MiG-29", "SVK", "UKR", "delivery", "expected", "2023"),
        },
    ),
    (
        "trade_nasams_hungary",
        "2024-01-18",
        (
            "Hungary receives first NASAMS battery\n\n"
            "Hungary has taken delivery of its first NASAMS air defence battery from Norway, "
            "Kongsberg said on Thursday. The battery was handed over at a ceremony in Budapest on "
            'Monday. "It is a big step for our ground-based air defence," a Hungarian defence '
            "official said. Budapest ordered the systems under a 2020 contract worth $1 billion. "
            "The remaining batteries will follow by the end of 2025. Hungary is also in talks "
            "with Germany about more Lynx infantry fighting vehicles. The system can engage "
            "aircraft and cruise missiles at medium range. Kongsberg shares rose 2% on Thursday."
        ),
        {
            ("Lynx KF41", "DEU", "HUN", "negotiation", "asserted", None),
            ("NASAMS", "NOR", "HUN", "agreement", "asserted", "2020"),
            ("NASAMS", "NOR", "HUN", "delivery", "asserted", "2024-01-15"),
            ("NASAMS", "NOR", "HUN", "delivery", "expected", "2025"),
        },
    ),
    (
        "wire_su30_algeria",
        "2022-11-17",
        (
            "Algeria to get more Su-30 fighters from Russia\n\n"
            "MOSCOW, Nov 17 (Reuters) - Russia will deliver 14 more Su-30MKA fighters to Algeria "
            "next year, the RIA news agency reported on Thursday, citing a source in the defence "
            "industry. The aircraft are being built at the Irkut plant in Irkutsk, the source "
            "said. Algeria signed for the jets in 2019, according to RIA. Algeria has operated "
            "Su-30s since 2007. It also received Su-35 fighters from Russia earlier this year, "
            "the source said, although Moscow has never confirmed that sale. Algeria's defence "
            "ministry did not respond to questions. The Su-30MKA is a two-seat multirole fighter. "
            "Algeria is one of Russia's largest arms customers."
        ),
        {
            ("Su-30", "RUS", "DZA", "agreement", "asserted", "2019"),
            ("Su-30", "RUS", "DZA", "delivery", "expected", "2023"),
            ("Su-30", "RUS", "DZA", "production", "asserted", None),
            ("Su-35", "RUS", "DZA", "delivery", "asserted", "2022"),
        },
    ),
    (
        "release_caesar_belgium",
        "2025-02-20",
        (
            "Belgium orders Caesar howitzers from France\n\n"
            "BRUSSELS, 20 February 2025 - Belgium has ordered nine more Caesar howitzers from "
            "France, the Ministry of Defence said in a statement on Thursday. The order was "
            "placed on Monday through the joint French-Belgian CaMo programme. The new howitzers "
            "will arrive in 2027. Belgium bought its first 19 Caesar howitzers under a 2022 "
            "contract. Those guns were delivered in September and October of last year. France "
            "will also supply Belgium with Akeron MP missiles next year, the ministry said. The "
            "Caesar can fire six rounds a minute. The minister visited the Nexter plant in "
            "Bourges last month."
        ),
        {
            ("Caesar", "FRA", "BEL", "agreement", "asserted", "2025-02-17"),
            ("Caesar", "FRA", "BEL", "delivery", "asserted", "2024-09"),
            ("Caesar", "FRA", "BEL", "delivery", "expected", "2027"),
            ("MMP", "FRA", "BEL", "delivery", "expected", "2026"),
        },
    ),
    (
        "wire_j10_egypt_denied",
        "2024-06-12",
        (
            "Egypt denies buying Chinese J-10 jets\n\n"
            "CAIRO, June 12 (Reuters) - Egypt has not bought J-10C fighter jets from China, the "
            "Egyptian military spokesman said on Wednesday, denying reports published last week. "
            'Several websites had reported that Egypt signed a deal for the jets in May. "There '
            'is no such contract," the spokesman said. Egypt bought 24 Rafale jets from France in '
            "2015 and ordered 30 more in 2021. The last of the second batch is due to be "
            "delivered in 2026. The J-10C is China's most advanced export fighter. China's "
            "embassy in Cairo did not reply to a request for comment. Egypt's military is the "
            "largest in Africa."
        ),
        {
            ("J-10", "CHN", "EGY", "agreement", "asserted", "2024-05"),
            ("J-10", "CHN", "EGY", "agreement", "denied", None),
            ("Rafale", "FRA", "EGY", "agreement", "asserted", "2015"),
            ("Rafale", "FRA", "EGY", "delivery", "expected", "2026"),
        },
    ),
    (
        "trade_kf21_indonesia",
        "2023-12-06",
        (
            "Indonesia cuts its share in KF-21 programme\n\n"
            "Indonesia has scaled back its role in the South Korean KF-21 fighter programme, "
            "officials in Seoul said on Tuesday. Jakarta had agreed in 2015 to buy 48 of the jets "
            "from South Korea. The country now plans to take only a handful of the aircraft. "
            "Indonesia signed a contract for 42 Rafale jets from France in February 2022. The "
            "first six Rafales are due in early 2026, the French defence ministry said. Indonesia "
            "also ordered two Scorpene submarines from France in March. The KF-21 made its first "
            "flight in July 2022. A Korean official called the decision regrettable."
        ),
        {
            ("KF-21", "KOR", "IDN", "agreement", "asserted", "2015"),
            ("Rafale", "FRA", "IDN", "agreement", "asserted", "2022-02"),
            ("Rafale", "FRA", "IDN", "delivery", "expected", "2026"),
            ("Scorpene", "FRA", "IDN", "agreement", "asserted", "2023-03"),
        },
    ),
    (
        "sale_fms_taiwan",
        "2024-10-04",
        (
            "Taiwan - NASAMS air defense systems\n\n"
            "WASHINGTON, Oct. 4 - The State Department has approved a possible Foreign Military "
            "Sale to Taiwan of three NASAMS air defense systems for an estimated $1.16 billion, "
            "the Defense Security Cooperation Agency said on Friday. Taiwan had requested to buy "
            "the systems last year. The sale comes after the delivery of the first HIMARS "
            "launchers to Taiwan in May. Taiwan ordered 29 HIMARS in 2022, and the rest of the "
            "launchers will be delivered by 2026. China condemned the sale on Saturday. The "
            "NASAMS can engage aircraft, drones and cruise missiles. Beijing claims Taiwan as its "
            "own territory."
        ),
        {
            ("HIMARS", "USA", "TWN", "agreement", "asserted", "2022"),
            ("HIMARS", "USA", "TWN", "delivery", "asserted", "2024-05"),
            ("HIMARS", "USA", "TWN", "delivery", "expected", "2026"),
            ("NASAMS", "USA", "TWN", "negotiation", "asserted", "2024-10-04"),
        },
    ),
    (
        "wire_iris_ukraine",
        "2022-11-17",
        (
            "Germany delivers second IRIS-T system to Ukraine\n\n"
            "BERLIN, Nov 17 (Reuters) - Germany has delivered a second IRIS-T SLM air defence "
            "system to Ukraine, a government spokesman said on Thursday. The first system arrived "
            "in October. Germany pledged four of the systems to Kyiv in June and later raised the "
            'number to eight. "They have shot down nearly every missile fired at them," the '
            "spokesman said. Berlin will also send more Gepard anti-aircraft guns to Ukraine by "
            "the end of the year, he said. The system protects a city against missiles and "
            "drones. Ukraine's defence minister thanked Berlin on Twitter. Russia called the "
            "transfer a provocation."
        ),
        {
            ("Gepard", "DEU", "UKR", "delivery", "expected", "2022"),
            ("IRIS-T", "DEU", "UKR", "agreement", "asserted", "2022-06"),
            ("IRIS-T", "DEU", "UKR", "delivery", "asserted", "2022-11-17"),
        },
    ),
    (
        "trade_apache_morocco",
        "2025-05-14",
        (
            "Morocco receives first AH-64E Apache helicopters\n\n"
            "Morocco has received the first of 24 AH-64E Apache attack helicopters it ordered "
            "from the United States, the Royal Moroccan Armed Forces said. The first six "
            "helicopters arrived at a base near Sale in March. Morocco signed for the helicopters "
            "in 2020, a year after the State Department approved the sale. The rest are due to be "
            "delivered by next year. Morocco is also seeking to buy F-35 jets from the United "
            "States, according to local media. The helicopters will be based in the south of the "
            "country. Algeria criticised the purchase last year. The AH-64E carries Hellfire "
            "missiles."
        ),
        {
            ("AH-64", "USA", "MAR", "agreement", "asserted", "2020"),
            ("AH-64", "USA", "MAR", "delivery", "asserted", "2025-03"),
            ("AH-64", "USA", "MAR", "delivery", "expected", "2026"),
            ("AH-64", "USA", "MAR", "negotiation", "asserted", "2019"),
            ("F-35", "USA", "MAR", "negotiation", "asserted", None),
        },
    ),
    (
        "release_brahmos_philippines",
        "2024-01-18",
        (
            "Philippines to receive BrahMos missiles in March\n\n"
            "MANILA, 18 January 2024 - The Department of National Defense said on Thursday that "
            "India will deliver the first BrahMos shore-based anti-ship missile batteries to the "
            "Philippines in March. The Philippines signed a $375 million contract with India for "
            'the missiles in January 2022. "The missiles will strengthen our coastal defence," '
            "Defence Secretary Gilberto Teodoro said. The country also plans to buy more FA-50 "
            "light fighter jets from South Korea. It received 12 of the jets from South Korea "
            "between 2015 and 2017. China's foreign ministry said on Friday that the missiles "
            "would not change the situation in the region. The missile flies at nearly three "
            "times the speed of sound."
        ),
        {
            ("BrahMos", "IND", "PHL", "agreement", "asserted", "2022-01"),
            ("BrahMos", "IND", "PHL", "delivery", "expected", "2024-03"),
            ("FA-50", "KOR", "PHL", "delivery", "asserted", "2015"),
            ("FA-50", "KOR", "PHL", "negotiation", "asserted", None),
        },
    ),
    (
        "wire_t90_delay",
        "2023-12-06",
        (
            "Russia delays T-90 tank deliveries to Algeria\n\n"
            "MOSCOW, Dec 6 (Reuters) - Russia has postponed the delivery of T-90 tanks to Algeria "
            "until next year because of its own needs in Ukraine, two sources said on Wednesday. "
            "The tanks were to be shipped in October. Algeria ordered the tanks in 2019, "
            "according to the sources. Russia's Rosoboronexport declined to comment on the "
            "postponement. Algeria also received a batch of Su-35 fighters from Russia last "
            "month, one source said. The T-90 is Russia's most modern tank in serial production. "
            "Algeria's army already operates hundreds of Russian tanks. The Kremlin declined to "
            "comment."
        ),
        {
            ("Su-35", "RUS", "DZA", "delivery", "asserted", "2023-11"),
            ("T-90", "RUS", "DZA", "agreement", "asserted", "2019"),
            ("T-90", "RUS", "DZA", "delivery", "expected", "2023-10"),
            ("T-90", "RUS", "DZA", "postponed", "asserted", None),
        },
    ),
    (
        "trade_chinook_germany",
        "2022-04-21",
        (
            "Germany to buy CH-47 Chinook helicopters\n\n"
            "Germany plans to buy 60 CH-47F Chinook heavy-lift helicopters from the United "
            "States, the defence ministry said on Wednesday. The helicopters will replace the air "
            "force's CH-53 fleet. A contract is expected next year. Germany chose the Chinook "
            "over the CH-53K in June. The ministry also confirmed that it wants to buy F-35 "
            "fighters from the United States. It said in March that it would order 35 of the "
            "jets. The CH-47 can carry up to 55 troops. Boeing welcomed the decision."
        ),
        {
            ("CH-47", "USA", "DEU", "negotiation", "asserted", "2022-04-20"),
            ("F-35", "USA", "DEU", "negotiation", "asserted", None),
        },
    ),
    (
        "sale_notice_tanks_romania",
        "2023-07-26",
        (
            "Romania - M1A2 Abrams main battle tanks\n\n"
            "WASHINGTON, July 26, 2023 - The State Department has made a determination approving "
            "a possible Foreign Military Sale to the Government of Romania of 54 M1A2 Abrams "
            "tanks and related equipment for an estimated cost of $1 billion. The Government of "
            "Romania has requested to buy the tanks. The proposed sale will improve Romania's "
            "capability to meet current and future threats. Romania received its first HIMARS "
            "launchers from the United States in 2021. It signed a contract for F-16 jets from "
            "Norway in November 2022. The Abrams is powered by a gas turbine engine. Romania "
            "borders Ukraine. Its parliament must approve the purchase."
        ),
        {
            ("Abrams", "USA", "ROU", "negotiation", "asserted", None),
            ("Abrams", "USA", "ROU", "negotiation", "expected", None),
            ("F-16", "NOR", "ROU", "agreement", "asserted", "2022-11"),
            ("HIMARS", "USA", "ROU", "delivery", "asserted", "2021"),
        },
    ),
    (
        "wire_pantsir_serbia",
        "2021-09-08",
        (
            "Serbia shows off new Chinese air defence system\n\n"
            "BELGRADE, Sept 8 (Reuters) - Serbia displayed the FK-3 air defence system it bought "
            "from China at a military parade on Tuesday. Serbia received the FK-3 batteries in "
            "April, the defence ministry said. Belgrade ordered the systems in 2019. It has also "
            "received Pantsir-S1 systems from Russia. Russia delivered the first Pantsir battery "
            "to Serbia in 2020. Serbia will receive more of them in the coming months, President "
            "Aleksandar Vucic said. Serbia is not a member of NATO. The FK-3 can hit targets at a "
            "range of 100 kilometres."
        ),
        {
            ("HQ-22", "CHN", "SRB", "agreement", "asserted", "2019"),
            ("HQ-22", "CHN", "SRB", "delivery", "asserted", "2021-04"),
            ("Pantsir", "RUS", "SRB", "delivery", "asserted", "2020"),
            ("Pantsir", "RUS", "SRB", "delivery", "expected", None),
        },
    ),
    (
        "wire_march_future",
        "2023-11-15",
        (
            "Vietnam to receive Indian BrahMos missiles in March\n\n"
            "HANOI, Nov 15 (Reuters) - India will deliver the first BrahMos anti-ship missile "
            "systems to Vietnam in March, a Vietnamese defence official said on Wednesday. "
            'Vietnam signed a contract for the systems with India in June. "They will be deployed '
            'along our coast," the official said. The contract is worth about $700 million. '
            "Vietnam also wants to buy Su-30 jets from Russia, but talks have stalled. China's "
            "foreign ministry declined to comment on Thursday. The BrahMos was developed jointly "
            "by India and Russia. Vietnam and China have competing claims in the South China Sea."
        ),
        {
            ("BrahMos", "IND", "VNM", "agreement", "asserted", "2023-06"),
            ("BrahMos", "IND", "VNM", "delivery", "expected", "2024-03"),
            ("Su-30", "RUS", "VNM", "negotiation", "asserted", None),
            ("Su-30", "RUS", "VNM", "postponed", "asserted", None),
        },
    ),
    (
        "release_k2_norway_tuesday",
        "2024-06-12",
        (
            "Norway confirms order for K2 tanks\n\n"
            "OSLO, 12 June 2024 - The Norwegian Defence Materiel Agency signed a contract with "
            "Hyundai Rotem on Tuesday for 54 K2 tanks from South Korea. The tanks will be "
            'delivered by the end of 2027. "They will replace our Leopard 2A4s," Defence Minister '
            "Bjorn Arild Gram said. Norway tested the K2 and the Leopard 2A7 in 2021 before it "
            "picked the German tank in February 2023. The agency will take delivery of the last "
            "of the tanks in 2028, it said. The K2 is built by Hyundai Rotem in Changwon. Norway "
            "shares a border with Russia in the far north."
        ),
        {
            ("K2", "KOR", "NOR", "agreement", "asserted", "2024-06-11"),
            ("K2", "KOR", "NOR", "delivery", "expected", "2027"),
            ("Leopard 2", "DEU", "NOR", "negotiation", "asserted", "2023-02"),
        },
    ),
    (
        "trade_tb2_poland_pronoun",
        "2022-04-21",
        (
            "Poland gets its first Bayraktar drones\n\n"
            "Poland has received its first Bayraktar TB2 drones from Turkey, the Armament Agency "
            "said on Wednesday. They arrived at an air base in Mirosławiec last week. Warsaw "
            "ordered 24 of the drones in May 2021, becoming the first NATO member to buy them. "
            "The rest will be delivered next year. Poland is also in talks with the United States "
            "about buying MQ-9B Reaper drones, officials said. The drones will be operated by the "
            "12th Drone Base. Turkey's defence industry chief welcomed the delivery. The TB2 "
            "became famous in the war in Ukraine."
        ),
        {
            ("Bayraktar TB2", "TUR", "POL", "agreement", "asserted", "2021-05"),
            ("Bayraktar TB2", "TUR", "POL", "delivery", "asserted", "2022-04-20"),
            ("Bayraktar TB2", "TUR", "POL", "delivery", "expected", "2023"),
            ("MQ-9", "USA", "POL", "negotiation", "asserted", None),
        },
    ),
    (
        "sale_notice_past_march",
        "2025-08-29",
        (
            "Sale of Stryker vehicles to Bulgaria completed\n\n"
            "SOFIA, 29 August 2025 - The Ministry of Defence announced the arrival of the last "
            "Stryker armoured vehicles from the United States. The vehicles arrived in Varna on "
            "Monday. Bulgaria signed the contract for 90 Strykers with the United States in "
            "March. The first batch was handed over in July. The United States approved the sale "
            "of the Stryker vehicles in 2023. Bulgaria also received its first F-16 Block 70 jet "
            "from the United States in March. The Stryker is an eight-wheeled armoured vehicle. "
            "Bulgaria joined NATO in 2004."
        ),
        {
            ("F-16", "USA", "BGR", "delivery", "asserted", "2025-03"),
            ("Stryker", "USA", "BGR", "agreement", "asserted", "2025-03"),
            ("Stryker", "USA", "BGR", "delivery", "asserted", "2025-08-25"),
            ("Stryker", "USA", "BGR", "negotiation", "asserted", "2023"),
        },
    ),
    (
        "wire_gripen_ukraine_plan",
        "2025-02-20",
        (
            "Sweden says Gripen jets for Ukraine remain on hold\n\n"
            "STOCKHOLM, Feb 20 (Reuters) - Sweden will not send Gripen fighter jets to Ukraine "
            "this year, Defence Minister Pal Jonson said on Thursday, as Kyiv focuses on F-16s. "
            'Sweden had offered Ukraine the Gripen C/D in 2024. "The jets will go to Ukraine '
            'later," Jonson said. Sweden has already sent two ASC 890 surveillance aircraft to '
            "Ukraine, the ministry said. Norway delivered the first F-16 jets to Ukraine last "
            "year. The Gripen can operate from short roads. Kyiv has asked its allies for more "
            "fighter jets since 2022."
        ),
        {
            ("F-16", "NOR", "UKR", "delivery", "asserted", "2024"),
            ("Gripen", "SWE", "UKR", "delivery", "denied", "2025"),
            ("Gripen", "SWE", "UKR", "delivery", "expected", None),
            ("Gripen", "SWE", "UKR", "negotiation", "asserted", "2024"),
            ("Gripen", "SWE", "UKR", "postponed", "asserted", None),
            ("Saab 340", "SWE", "UKR", "delivery", "asserted", None),
        },
    ),
    (
        "trade_akinci_pronoun",
        "2024-10-04",
        (
            "Indonesia signs for Turkish Akinci and Anka drones\n\n"
            "Indonesia has signed a contract with Turkish Aerospace for 12 Anka drones, the "
            "Indonesian defence ministry said on Friday. It was signed at the Indo Defence "
            "exhibition in Jakarta in 2022, but only took effect this week. The drones will be "
            "built partly in Indonesia by PT Dirgantara Indonesia. Indonesia bought 60 Akinci "
            "drones from Turkey in February, the ministry said. They will be delivered from 2026. "
            "The Akinci can carry cruise missiles. Indonesia is South-East Asia's largest "
            "country. Turkish officials welcomed the order on Saturday."
        ),
        {
            ("Akinci", "TUR", "IDN", "agreement", "asserted", "2024-02"),
            ("Akinci", "TUR", "IDN", "delivery", "expected", "2026"),
            ("Anka", "TUR", "IDN", "agreement", "asserted", "2022"),
            ("Anka", "TUR", "IDN", "production", "expected", None),
        },
    ),
    (
        "wire_frigates_greece",
        "2024-01-18",
        (
            "Greece signs for French frigates, eyes more\n\n"
            "ATHENS, Jan 18 (Reuters) - Greece will take delivery of its first FDI frigate from "
            "France early next year, the defence ministry said on Thursday. Athens signed a "
            "contract with Naval Group for three of the frigates in March 2022 and added a fourth "
            'a year later. "The ships will be the backbone of our fleet," Defence Minister Nikos '
            "Dendias told reporters. The second frigate is to be handed over later this year. "
            "Work on the third ship began at the Lorient shipyard over the weekend. Greece "
            "ordered 24 Rafale jets from France in 2021, and the last of them arrived the "
            "following year. It is also in talks with the United States about buying F-35 jets. A "
            "letter of request for 20 of the jets was sent in 2022. Washington approved the "
            "possible sale last week, officials said."
        ),
        {
            ("F-35", "USA", "GRC", "negotiation", "asserted", "2024-01"),
            ("FDI", "FRA", "GRC", "agreement", "asserted", "2022-03"),
            ("FDI", "FRA", "GRC", "delivery", "expected", "2025"),
            ("FDI", "FRA", "GRC", "negotiation", "asserted", None),
            ("FDI", "FRA", "GRC", "production", "asserted", "2024-01"),
            ("Rafale", "FRA", "GRC", "agreement", "asserted", "2021"),
            ("Rafale", "FRA", "GRC", "delivery", "asserted", "2022"),
        },
    ),
    (
        "release_cv90_lithuania",
        "2025-05-14",
        (
            "Lithuania orders CV90 infantry fighting vehicles\n\n"
            "VILNIUS, 14 May 2025 - The Ministry of National Defence of Lithuania has signed an "
            "agreement with Sweden to buy CV90 infantry fighting vehicles, the ministry said. The "
            "deal was signed in Stockholm on Monday. The vehicles are to be delivered between "
            '2028 and 2030. "This is the largest investment in the history of our land forces," '
            "Minister Dovile Sakaliene said. Lithuania, a NATO member since 2004, bought 21 "
            "NASAMS launchers from Norway under earlier contracts. The first of the launchers "
            "reached Vilnius in 2020. Lithuania also expects to receive the first of its Leopard "
            "2A8 tanks from Germany in 2027. It will sign the tank contract later this month, the "
            "ministry said. The country has received HIMARS launchers from the United States "
            "since January."
        ),
        {
            ("CV90", "SWE", "LTU", "agreement", "asserted", "2025-05-12"),
            ("CV90", "SWE", "LTU", "delivery", "expected", "2028"),
            ("HIMARS", "USA", "LTU", "delivery", "asserted", "2025-01"),
            ("Leopard 2", "DEU", "LTU", "agreement", "expected", "2025-05"),
            ("Leopard 2", "DEU", "LTU", "delivery", "expected", "2027"),
            ("NASAMS", "NOR", "LTU", "agreement", "asserted", None),
            ("NASAMS", "NOR", "LTU", "delivery", "asserted", "2020"),
        },
    ),
    (
        "trade_s400_india_tuesday",
        "2023-07-26",
        (
            "India to get last S-400 squadrons by 2024\n\n"
            "India expects Russia to deliver the remaining two S-400 squadrons by the end of "
            "2024, officials said on Tuesday. India signed a $5.4 billion contract with Russia "
            "for five squadrons of the system in October 2018. The first squadron arrived in "
            "December 2021, and two more followed in 2022. Deliveries of the rest have been "
            'delayed by the war in Ukraine, the officials said. "We are in touch with the Russian '
            'side," one of them said. India also plans to buy more Su-30MKI fighters from Russia, '
            "to be built by Hindustan Aeronautics. It ordered 12 of the jets in 2021. The Indian "
            "navy took delivery of its first MH-60R helicopters from the United States in 2021."
        ),
        {
            ("MH-60R", "USA", "IND", "delivery", "asserted", "2021"),
            ("S-400", "RUS", "IND", "agreement", "asserted", "2018-10"),
            ("S-400", "RUS", "IND", "delivery", "asserted", "2021-12"),
            ("S-400", "RUS", "IND", "delivery", "expected", "2024"),
            ("S-400", "RUS", "IND", "postponed", "asserted", None),
            ("Su-30", "RUS", "IND", "agreement", "asserted", "2021"),
            ("Su-30", "RUS", "IND", "negotiation", "asserted", None),
            ("Su-30", "RUS", "IND", "production", "expected", None),
        },
    ),
]

# A step told as just done with the report's date right after the speech verb ("has begun
# delivering ..., the sources said on Friday") takes that date: the study gold dates such
# steps so more often than not (without it, English CV `when` falls from 0.830 to 0.790), a
# reading of CLAIMS.md rule 12 that the expectations below follow. A later mention of the
# same step with a day of its own replaces it (in the report's month or the week before it).

# A reaction to a step ("criticised the purchase on Friday", CLAIMS.md rule 7) is no claim of
# its own, and its date is the reaction's, not the step's.
REACTION = (
    "a reaction to the step ('... criticised the purchase on Friday') is read as the step: "
    "its date replaces or dates the step's (stage cues take 'the purchase' as a step noun)"
)

# (article, expected claim) -> why the extractor misses it.
KNOWN_MISSES: dict[tuple[str, Claim6], str] = {
    ("release_himars_estonia", ("Javelin", "USA", "EST", "negotiation", "asserted", None)): (
        "lending gives the undated intention ('plans to buy ... next year': the date is the "
        "purchase's) the date of the HIMARS approval told in the sentence before"
    ),
    ("wire_s400_turkey", ("S-400", "RUS", "TUR", "delivery", "asserted", "2019-07")): (
        "'The first batteries arrived ..., prompting Washington to remove Turkey from the F-35 "
        "programme': a sentence that names a system reads no reference, so the arrival is "
        "paired with the F-35"
    ),
    ("trade_gripen_thailand", ("Gripen", "SWE", "THA", "agreement", "expected", "2025-11")): (
        "'A contract is expected to be signed in November.' names no system nor a reference "
        "noun: the sentence is not read"
    ),
    ("trade_chinook_germany", ("F-35", "USA", "DEU", "negotiation", "asserted", None)): (
        "lending gives the undated F-35 intention the date of the Chinook selection told in "
        "the sentence before"
    ),
    ("wire_pantsir_serbia", ("HQ-22", "CHN", "SRB", "agreement", "asserted", "2019")): (
        "the parade's date ('... it bought from China at a military parade on Tuesday') goes "
        "to the contact relative clause 'it bought', and that lead's date wins"
    ),
    ("wire_gripen_ukraine_plan", ("Gripen", "SWE", "UKR", "delivery", "expected", None)): (
        "'The jets will go to Ukraine later': 'go to' is no delivery cue"
    ),
    ("sale_patriot_swiss", ("Patriot", "USA", "CHE", "agreement", "asserted", None)): REACTION,
}

# Article -> why the extractor makes claims beyond the expected ones.
KNOWN_EXTRAS: dict[str, str] = {
    "release_himars_estonia": (
        "the Javelin intention takes the HIMARS approval's date; the HIMARS purchase takes "
        "the date of the embassy's criticism"
    ),
    "wire_s400_turkey": (
        "the S-400 arrival paired with the F-35; 'the jets' (approved sale) goes to the "
        "most talked-of aircraft (F-35), not the F-16 of the sentence before; 'no plan to send "
        "its S-400 systems back to Russia' (a return) read as RUS->TUR delivery denied"
    ),
    "trade_chinook_germany": "the F-35 intention takes the Chinook selection's June",
    "wire_pantsir_serbia": "the FK-3 purchase takes the parade's date",
    "release_k2_norway_tuesday": (
        "'picked the German tank' is paired with both systems the sentence names"
    ),
    "release_leopard_czech": "'The opposition criticised the price of the deal': " + REACTION,
    "sale_patriot_swiss": REACTION,
    "trade_kf21_indonesia": (
        "'The KF-21 made its first flight in July 2022' (a prototype's test flight) is read "
        "as production for Indonesia"
    ),
    "wire_t90_delay": (
        "'the T-90 is Russia's most modern tank in serial production' (a description, "
        "CLAIMS.md rule 1) is read as production for Algeria"
    ),
}


def claims_of(text: str, published: str) -> set[Claim6]:
    """The claims of an article read as the JSONL reader gives it (title = first line)."""
    article = Article(doc="t", text=text, title=text.split("\n", 1)[0], published=published)
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value, c.when)
        for c in extract(article)
    }


def _expected_cases() -> list[object]:
    cases = []
    for name, published, text, expected in ARTICLES:
        for claim in sorted(expected, key=str):
            reason = KNOWN_MISSES.get((name, claim))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(text, published, claim, id=f"{name}-{claim}", marks=marks))
    return cases


def _article_cases() -> list[object]:
    return [
        pytest.param(
            text,
            published,
            expected,
            id=name,
            marks=[pytest.mark.xfail(reason=KNOWN_EXTRAS[name], strict=True)]
            if name in KNOWN_EXTRAS
            else [],
        )
        for name, published, text, expected in ARTICLES
    ]


@pytest.mark.parametrize(("text", "published", "claim"), _expected_cases())
def test_article_makes_the_claim(text: str, published: str, claim: Claim6) -> None:
    assert claim in claims_of(text, published)


@pytest.mark.parametrize(("text", "published", "expected"), _article_cases())
def test_article_makes_no_other_claim(text: str, published: str, expected: set[Claim6]) -> None:
    assert claims_of(text, published) <= expected


def test_every_known_miss_is_an_expected_claim() -> None:
    expected = {(name, claim) for name, _, _, claims in ARTICLES for claim in claims}
    assert set(KNOWN_MISSES) <= expected
    assert set(KNOWN_EXTRAS) <= {name for name, *_ in ARTICLES}


def test_the_articles_are_articles() -> None:
    # 8-12 sentences is the brief's size; a headline and a dated lead each.
    assert len(ARTICLES) >= 30
    for _, published, text, _ in ARTICLES:
        assert "\n\n" in text and len(published) == 10


# (article, system, stage, factuality, word, supplier): a word the claim's source must
# contain (None: the article's own voice), the supplier (None: any) where the rest is not one claim.
SOURCES: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("wire_su35_iran", "S-400", "agreement", "possible", "sources", None),  # "one of them said"
    ("wire_su35_iran", "Su-35", "agreement", "asserted", "sources", None),
    ("wire_su30_algeria", "Su-30", "agreement", "asserted", "RIA", None),
    ("wire_j10_egypt_denied", "J-10", "agreement", "asserted", "websites", None),
    ("wire_mig29_slovakia", "MiG-29", "delivery", "asserted", "Poland", "POL"),
    ("trade_apache_morocco", "F-35", "negotiation", "asserted", "media", None),
    ("wire_gripen_ukraine_plan", "Saab 340", "delivery", "asserted", "ministry", None),
    ("sale_notice_tanks_romania", "HIMARS", "delivery", "asserted", None, None),
    ("release_himars_estonia", "HIMARS", "delivery", "expected", "centre", None),
]
KNOWN_SOURCE_MISSES = {
    ("release_himars_estonia", "HIMARS"): (
        "'the centre said': 'centre' is no source noun, and a lower-case phrase that names "
        "no kind of speaker is dropped (like 'the company')"
    ),
}


def _source_cases() -> list[object]:
    texts = {name: (text, published) for name, published, text, _ in ARTICLES}
    cases = []
    for name, system, stage, fact, word, supplier in SOURCES:
        reason = KNOWN_SOURCE_MISSES.get((name, system))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        text, published = texts[name]
        case = (text, published, system, stage, fact, word, supplier)
        cases.append(pytest.param(*case, id=f"{name}-{system}-{stage}", marks=marks))
    return cases


@pytest.mark.parametrize(
    ("text", "published", "system", "stage", "fact", "word", "supplier"), _source_cases()
)
def test_article_claim_source(
    text: str,
    published: str,
    system: str,
    stage: str,
    fact: str,
    word: str | None,
    supplier: str | None,
) -> None:
    article = Article(doc="t", text=text, title=text.split("\n", 1)[0], published=published)
    (source,) = [
        c.source
        for c in extract(article)
        if (c.system, c.stage.value, c.factuality.value) == (system, stage, fact)
        and c.supplier == (supplier or c.supplier)
    ]
    if word is None:
        assert source is None
    else:
        assert source is not None and word.lower() in source.lower()
