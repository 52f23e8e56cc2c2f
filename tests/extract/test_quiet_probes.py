"""Probe sentences for systems named where no international transfer is reported (issue 10,
English precision): a state's forces using, flying, firing, testing, losing or retiring their own
systems, or basing and moving them; the fleet a buy replaces, named with its maker; a state
buying from its own industry (no international transfer, so no claim: CLAIMS.md 'The record');
comparisons, rivals and tender losers; shows, unveilings, prototypes and maiden flights of a
domestic type; upgrades, repairs and training without a contract; the history of a system's use
in a war; sanctions and laws that name a system generically; export talk of no buyer at all;
opinion and analysis; programme costs, rates and capabilities (CLAIMS.md rules 1, 7 and 10).
Hypothetical purchases are at most possible (rule 11). The constructions of
test_no_transfer_probes.py (deployments, upkeep contracts, supplemented fleets, another system's
cue) and test_background_probes.py are not repeated here.

Each quiet sentence is read twice: alone, and after a sentence of its own that reports an
unrelated transfer, so that a recipient is on offer in the article (the held-out errors borrow
one). Either way it must make no claim of the system it names. The paired sentences report a
transfer in the same construction, and keep their claim.

Every sentence is our own, written for these probes (never taken from news or ../shared); each
article has a title of its own, so the sentences are read as body text."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

Key = tuple[str, str | None, str | None, str, str]


def k(system: str, supplier: str | None, recipient: str, stage: str, fact: str = "asserted") -> Key:
    return (system, supplier, recipient, stage, fact)


# A state's forces using, flying, firing, testing, losing or retiring their own systems.
USE = [
    "Polish K2 tanks fired live rounds at a range near Drawsko.",
    "The Indian Air Force retired its last MiG-21 fighters in September.",
    "A Russian Su-34 was shot down over the Donetsk region on Tuesday.",
    "Turkish F-16s struck targets in northern Iraq overnight.",
    "The Swedish air force flew its Gripen jets from a motorway strip during the drill.",
    "A South Korean K9 battery returned fire after shells hit the island.",
    "Israel's Iron Dome intercepted most of the rockets fired from Gaza.",
    "The US Army test-fired a PrSM missile from a HIMARS launcher in New Mexico.",
    "Russia launched Kalibr cruise missiles from warships in the Black Sea.",
    "An Indian Tejas crashed near Jaisalmer during a display.",
    "Ukrainian gunners shot down a Russian Ka-52 helicopter near Bakhmut.",
    "Russian Su-57 jets fired missiles at Ukrainian targets from Russian airspace.",
    "North Korea test-fired a Hwasong-18 missile into the sea on Thursday.",
    "The Chinese navy commissioned its third Type 055 destroyer in Qingdao.",
    "The French navy's Rafale M jets flew strikes from the carrier Charles de Gaulle.",
    "The Royal Navy's HMS Diamond fired a Sea Viper missile at a drone over the Red Sea.",
    "Russia has lost more than 3,000 T-72 tanks since the start of the war, analysts estimate.",
    "The US Navy decommissioned its last Ticonderoga cruiser based in Japan.",
    "A Pakistani JF-17 fighter crashed during a training sortie near Mianwali.",
    "The Luftwaffe grounded its Tornado jets after a fault was found.",
    "The Russian army keeps its Iskander launchers close to the border.",
    "South Korean K2 tanks rolled through Seoul in the Armed Forces Day parade.",
    "Chinese J-20 fighters flew over Tiananmen Square in the parade.",
    "The Israeli Air Force used F-35I jets in the strikes on Iran.",
    "Two American F-22 jets shot down a balloon over South Carolina.",
    "Indian BrahMos missiles hit airbases in Pakistan, New Delhi said.",
    "Britain's Challenger 2 tanks took part in a live-fire exercise on Salisbury Plain.",
    "A Russian Tu-22M3 bomber crashed in the Stavropol region.",
    "Ukraine's air force lost a Su-25 attack jet in the east.",
    "The Egyptian navy's Gowind corvettes escorted the convoy.",
    "French Caesar howitzers fired during the drill in Mourmelon.",
    "Japanese Type 10 tanks took part in a drill on Hokkaido.",
    "The Australian Army's Tiger helicopters will be withdrawn early because of poor availability.",
    "The Greek navy will decommission two of its Type 209 submarines next year.",
    "The Indian Navy's MiG-29K jets will fly from the new carrier.",
]

# A state's own forces stationed, based or moved abroad or at home (no arrival for a drill, as
# in test_no_transfer_probes.py, but basing and relocation).
STATIONED = [
    "Russia moved S-400 batteries to Crimea last month.",
    "Moscow deployed Iskander missiles in Kaliningrad in response to NATO drills.",
    "The United States will station Typhon launchers in Germany from 2026.",
    "Washington stationed a Patriot battery in Poland to protect the airport in Rzeszow.",
    "The Pentagon redeployed THAAD batteries from South Korea to the Middle East.",
    "China moved J-20 fighters to an airbase close to the Indian border.",
    "Russia has based Su-35 jets at Hmeimim in Syria since 2015.",
    "The US Navy sent a second carrier group with F-35C jets to the eastern Mediterranean.",
    "Britain will base Typhoon jets in Poland for four months.",
    "France keeps Rafale jets at its base in the United Arab Emirates.",
    "Russia relocated Tu-22M3 bombers to an airfield in Belarus for the drills.",
    "The US Army rotated a brigade of Abrams tanks through Lithuania.",
    "Turkish Bayraktar TB2 drones operated from a base in northern Cyprus.",
    "Iran's Revolutionary Guards moved Fateh-110 missiles closer to the Gulf.",
    "Some 200 American troops and a Patriot battery arrived in Saudi Arabia last week.",
    "British soldiers together with Sky Sabre launchers landed in Poland on Monday.",
    "Additional American personnel and THAAD interceptors will keep arriving in the Emirates.",
    "The French Rafale jets based in Jordan struck targets in Syria.",
]

# The fleet a buy or a contest replaces, named with its maker.
REPLACED = [
    "Saab won the contest to replace Brazil's fleet of Northrop Grumman F-5 fighters.",
    "The new jets will replace the Swiss air force's ageing fleet of Boeing F/A-18 Hornets.",
    "The tender drew offers for a jet to replace the country's old Dassault Mirage 2000 fighters.",
    "The competition to replace its Northrop F-5 jets drew bids from four makers.",
    "Iraq also flies a version of the FA-50 that it calls the T-50IQ.",
]

# A state buying from its own industry, or its own forces receiving a domestic type: no
# international transfer (CLAIMS.md 'The record': a transfer from a supplier to a recipient).
DOMESTIC = [
    "The Pentagon ordered 40 more F-35s from Lockheed Martin.",
    "The French army took delivery of Caesar guns from KNDS France.",
    "The Russian Defence Ministry received more Su-34 bombers from a plant in Novosibirsk.",
    "The US Army awarded General Dynamics a contract for 100 more Abrams tanks.",
    "China's navy took delivery of its fourth Type 075 assault ship.",
    "The Indian Army signed a contract with HAL for 156 Prachand helicopters.",
    "Turkey's armed forces received more Bayraktar TB2 drones from Baykar.",
    "The South Korean army ordered more K9 howitzers from Hanwha Aerospace.",
    "Sweden ordered Gripen E jets from Saab for its own air force.",
    "The Bundeswehr ordered 18 more Leopard 2A8 tanks from KNDS Deutschland.",
    "The Russian Aerospace Forces received two Su-35S fighters from the plant in Komsomolsk.",
    "Uralvagonzavod shipped a batch of T-90M tanks to the Russian army.",
    "Israel's Defence Ministry signed a deal with Rafael for more Iron Dome interceptors.",
    "The Italian navy took delivery of a new FREMM frigate from Fincantieri.",
    "The US Air Force accepted its first B-21 bomber.",
    "India's defence ministry approved the purchase of 97 more Tejas jets from HAL.",
    "The Pakistan Air Force received JF-17 Block III jets from the Kamra complex.",
    "The Spanish navy received the S-80 submarine from Navantia in Cartagena.",
    "The Pentagon plans to buy thousands more Javelin missiles for the army.",
    "France's procurement agency ordered 42 more Rafale jets from Dassault.",
    "Seoul will buy 20 more KF-21 fighters from Korea Aerospace Industries.",
    "The Luftwaffe ordered 20 more Eurofighters from Airbus.",
    "The Royal Air Force took delivery of its last Typhoon from BAE Systems.",
    "Rostec delivered a new batch of Su-57 fighters to the Russian Aerospace Forces.",
    "The Chinese air force is receiving J-20 fighters at a rapid pace.",
    "The Japanese defence ministry ordered more Type 12 missiles from Mitsubishi.",
    "The Indian Navy ordered 26 more BrahMos missiles from BrahMos Aerospace.",
    "The US Marine Corps received its last CH-53K helicopter of the year from Sikorsky.",
    "Germany's army will get 105 more Leopard 2 tanks under a new order.",
    "The French army ordered 300 more Serval vehicles from Arquus.",
    "India inducted the first squadron of home-built Prachand helicopters.",
    "The Chinese navy commissioned a new Type 054A frigate in Zhoushan.",
    "The Russian navy hoisted its flag on a new Project 22350 frigate.",
    "The Turkish navy commissioned the TCG Anadolu, built at a yard in Istanbul.",
    "The Indian Navy commissioned INS Vikrant, the first carrier built in India.",
    "The Korean navy took delivery of its third KSS-III submarine from Hanwha Ocean.",
    "The Japanese navy commissioned its new Mogami frigate in Nagasaki.",
    "Dassault delivered three more Rafale jets to the French procurement agency.",
]

# Comparisons, rivals, benchmarks, capability lists, 'the same class as'.
COMPARE = [
    "Pakistan's JF-17 is often compared with India's Tejas.",
    "The KF-21 is a jet comparable to the F-16 in size and cost.",
    "The Su-35 is Russia's answer to the American F-15EX.",
    "Analysts say the J-10C matches the Rafale in most roles.",
    "The Altay tank is said to be as capable as the Leopard 2.",
    "Unlike the Patriot, the S-400 can track targets 600 km away.",
    "The KAAN is designed to rival the F-35.",
    "The Gripen costs far less per flight hour than the F-35, Saab says.",
    "The J-35 is similar in size to the American F-35.",
    "The frigate belongs to the same class as the Italian navy's FREMM ships.",
    "The Chinese HQ-9 is often described as a copy of the S-300.",
    "On paper the Su-57 is no match for the F-22.",
    "The Type 99 tank is heavier than the T-90 but lighter than the Abrams.",
    "The Tejas Mk2 will be in the same class as the Rafale and the Gripen.",
    "The new corvette will carry Exocet missiles and a Mistral launcher.",
    "The Italian FREMM frigates carry Aster 30 missiles, a 127 mm gun and an NH90 helicopter.",
    "The Leopard 2A8 has better armour than the earlier Leopard 2A6.",
    "Critics say the K2 is a cheaper tank than the Abrams but less proven.",
    "The Bayraktar TB2 is slower than the MQ-9 Reaper but far cheaper.",
]

# The loser of a type selection or a tender makes no claim (the text says only that it was not
# chosen); the winner of a selection keeps its negotiation (CLAIMS.md rule 8).
TENDER: list[tuple[str, tuple[str, ...], Key | None]] = [
    (
        "Switzerland picked the F-35 over the Rafale.",
        ("Rafale",),
        k("F-35", "USA", "CHE", "negotiation"),
    ),
    (
        "Indonesia chose the Rafale over the Su-35.",
        ("Su-35",),
        k("Rafale", "FRA", "IDN", "negotiation"),
    ),
    (
        "Colombia selected the Gripen over the F-16.",
        ("F-16",),
        k("Gripen", "SWE", "COL", "negotiation"),
    ),
    (
        "Manila picked the FA-50 jets, edging out the M-346.",
        ("M-346",),
        k("FA-50", "KOR", "PHL", "negotiation"),
    ),
    ("Peru favoured the K2 over the Leopard 2 in its tank tender.", ("Leopard 2",), None),
    ("The Rafale beat the Gripen in the Croatian tender.", ("Gripen",), None),
    (
        "In Finland the F-35 beat the Gripen, the Rafale and the Super Hornet.",
        ("Gripen", "Rafale", "F/A-18"),
        None,
    ),
    ("The K9 outbid the Caesar howitzer in the Estonian competition.", ("Caesar",), None),
    ("The shortlist left out the Rafale and the Eurofighter.", ("Rafale", "Eurofighter"), None),
    ("The initial field also included the JF-17 and the MiG-35.", ("JF-17", "MiG-35"), None),
]

# Shows, unveilings, prototypes, development programmes, maiden flights of a domestic type.
SHOW = [
    "Turkey unveiled a full-scale mock-up of the KAAN fighter at the Paris Air Show.",
    "The Su-57 performed aerobatics at the Zhuhai air show.",
    "Hanwha displayed the K9A2 howitzer at Eurosatory in Paris.",
    "The KF-21 prototype made its maiden flight in Sacheon.",
    "Embraer showed the C-390 at the Dubai Airshow.",
    "China unveiled the J-35A stealth fighter at the Zhuhai air show.",
    "Russia exhibited the S-500 at a defence forum near Moscow.",
    "Rheinmetall presented the KF51 Panther tank at Eurosatory.",
    "Baykar's Kizilelma drone completed its first flight.",
    "The Leopard 2A8 was displayed at the IDEX exhibition in Abu Dhabi.",
    "The T-90MS drew crowds at the Defexpo show in New Delhi.",
    "A mock-up of the Su-75 Checkmate was shown at the Dubai Airshow.",
    "The US Air Force's B-21 bomber flew for the first time in Palmdale.",
    "The Chinese carrier Fujian began its sea trials on Wednesday.",
    "Dassault rolled out the first Rafale F4 at its Merignac plant.",
    "The Indian AMCA programme passed a key design review.",
    "The first GCAP demonstrator is to fly in 2027.",
    "Lockheed Martin showed a model of the F-21 at Aero India in Bengaluru.",
    "The Altay tank entered serial production in Turkey this year.",
    "Korea Aerospace Industries flew the first FA-50 Block 20 prototype.",
    "Saab flew the Gripen E at the Farnborough air show.",
    "The Armata tank made its debut at the Victory Day parade in Moscow.",
    "Airbus displayed the Eurofighter at the ILA show in Berlin.",
    "The MQ-9B was on display at the Singapore Airshow.",
    "The second Su-75 prototype made its first flight in Komsomolsk.",
    "Turkey's Hurjet trainer prototype made its maiden flight in Ankara.",
    "The Rafale flew at the Bastille Day parade in Paris.",
    "Russian S-400 launchers rolled across Red Square in the Victory Day parade.",
    "The Su-57 made its first foreign appearance at the Aero India show in Bengaluru.",
    "The J-10C was flown by a Chinese display team over Zhuhai.",
    "The F-35 demonstration team performed at the Royal International Air Tattoo.",
    "Sweden tested the Gripen E from a road base in the north.",
    "The Indian Army test-fired a Pralay missile off the Odisha coast.",
    "Pakistan test-fired a Babur cruise missile on Wednesday.",
    "Russia tested its Sarmat missile from Plesetsk.",
    "The US Air Force tested the AGM-183 hypersonic missile over the Pacific.",
]

# Programme costs, production rates, capabilities, a maker's results, combat reports.
FACTS = [
    "The F-35 programme has cost the Pentagon more than 400 billion dollars.",
    "Production of the Su-57 at the Komsomolsk plant fell behind schedule.",
    "Lockheed Martin will raise F-35 production to 156 jets a year.",
    "Rheinmetall plans to produce 700,000 shells a year at its new plant.",
    "The price of a single Patriot interceptor is about 4 million dollars.",
    "Russia's T-14 Armata has not been seen in combat in Ukraine.",
    "The KF-21 programme is a joint effort of South Korea and Indonesia.",
    "The Gripen's maker Saab reported record profits this year.",
    "Sales of the Rafale have made Dassault's best year.",
    "The HIMARS launcher can fire six GMLRS rockets in a minute.",
    "The F-16 has been in service for almost fifty years.",
    "The S-400 has a range of up to 400 km.",
    "Russia said its S-400 systems shot down HIMARS rockets over the Belgorod region.",
    "Ukrainian drones hit a Russian S-400 launcher in Crimea.",
    "A Ukrainian Neptune missile struck a Russian landing ship in Sevastopol.",
    "The Rafale production line was then turned over to export orders.",
    "Production rates of the K2 tank will double next year.",
    "The plant's production capacity for the Su-34 is about a dozen jets a year.",
]

# Upgrades, overhaul, repairs and training told without a contract or a transfer.
UPKEEP = [
    "Technicians at the Russian plant overhauled a batch of Su-25 jets for the Aerospace Forces.",
    "The US Navy's Super Hornet fleet is undergoing a service-life extension.",
    "Pilots of the Indian Air Force trained on the Tejas simulator in Bengaluru.",
    "The Swiss army completed the upgrade of its M109 howitzers.",
    "A French depot refurbished dozens of VAB carriers for the French army.",
    "The overhaul of the carrier Admiral Kuznetsov has dragged on for years.",
    "Russia's MiG-31 fleet is being upgraded to carry the Kinzhal missile.",
    "Saab will upgrade the Swedish air force's Gripen C jets.",
    "Lockheed Martin began fitting the US Air Force's F-35s with new software.",
    "Spare parts for the Su-30 are scarce because of sanctions, Indian officers say.",
    "The Indian Air Force's Su-30 jets are being refitted with new radars at Nashik.",
    "Repair crews returned two damaged Patriot launchers to service in Germany.",
    "The Greek air force is repairing its Mirage 2000 fleet at Tanagra.",
    "The Royal Navy's Type 45 destroyers are getting new engines.",
]

# The history of a system's use in a war.
HISTORY = [
    "The T-34 tank played a key role in the Battle of Kursk.",
    "The A-10 flew thousands of sorties during the Gulf War.",
    "The Exocet sank HMS Sheffield during the Falklands War.",
    "Scud missiles hit Riyadh and Tel Aviv during the 1991 war.",
    "The Bayraktar TB2 made its name in the Karabakh war of 2020.",
    "Neptune missiles sank the cruiser Moskva in April 2022.",
    "HIMARS became a household name in the summer of 2022.",
    "The MiG-21 first saw combat in Vietnam in the 1960s.",
    "The Stinger changed the course of the war in Afghanistan in the 1980s.",
    "Israeli F-15s shot down Syrian MiG-23s over Lebanon in 1982.",
    "The F-117 was shot down over Serbia in 1999 by an old Soviet missile.",
    "During the 2003 invasion Patriot batteries shot down Iraqi missiles over Kuwait.",
    "The Harrier jets proved their worth in the Falklands in 1982.",
]

# Sanctions, embargoes and laws that name a system generically.
SANCTIONS = [
    "CAATSA allows sanctions on any state that buys Russian arms such as the S-400.",
    "The EU embargo covers every weapon, from rifles to T-72 tanks.",
    "The sanctions target Russian firms that make Iskander missiles.",
    "The court ruled that the rules on Leopard 2 exports breached the constitution.",
    "The law bars the sharing of F-35 secrets with any state that operates Russian air defence.",
    "The US blacklisted Chinese companies that build parts for the J-20.",
    "Treasury sanctioned Iranian firms that produce Shahed drones.",
    "The treaty limits how many T-72 tanks each signatory may keep.",
    "Any country that buys the Su-35 risks American sanctions, the envoy warned.",
]

# An export, sale or offer told of no buyer at all.
NO_BUYER = [
    "The F-22 cannot be exported under US law.",
    "Washington has never exported the F-22 to any country.",
    "The Su-57 has yet to enter serial production.",
    "The Armata tank will not be exported before 2030, Rostec said.",
    "Russia has not offered the Su-57 to any foreign customer so far.",
    "China does not export the J-20.",
    "The export version of the J-35 has no buyers yet.",
    "No foreign customer has ordered the KAAN so far.",
    "The B-21 will never be sold abroad, officials say.",
    "Israel does not sell the Arrow 3 without American consent.",
    "The S-500 is not available for export, Moscow says.",
    "An export variant of the Su-57, the Su-57E, is being marketed abroad.",
    "Turkey plans to offer the KAAN for export in the 2030s.",
    # a sale or transfer on to a buyer left unnamed
    "The two Mistral ships could be sold to another customer, Paris said.",
    "The unwanted Leopard 1 tanks may go to a third country instead.",
    "Kyiv fears the Storm Shadow missiles could be passed on to other states.",
    "The surplus Su-35 jets might be offered to a new buyer.",
]

# Opinion and analysis.
OPINION = [
    "Analysts argue that the Rafale is overpriced for what it offers.",
    "The F-35 is the best fighter in the world, the general said.",
    "A Su-57 would struggle against an F-22 in combat, experts say.",
    "In a war over Taiwan, Chinese DF-21 missiles could threaten US carriers.",
    "The Gripen would be a good fit for a small air force, analysts say.",
    "Critics say the Littoral Combat Ship was a waste of money.",
    "Some experts argue the Abrams is too heavy for the mud of Ukraine.",
    "The S-400 could in theory shoot down an F-35, a Russian general claimed.",
    "Many pilots say the Su-30 is a joy to fly.",
    "The MQ-9 Reaper is vulnerable to modern air defences, a report found.",
]

QUIET = (
    USE
    + STATIONED
    + REPLACED
    + DOMESTIC
    + COMPARE
    + SHOW
    + UPKEEP
    + HISTORY
    + SANCTIONS
    + NO_BUYER
    + OPINION
    + FACTS
)

# The sentence before a quiet one reports a transfer of a system that none of the quiet
# sentences names, so a recipient is on offer in the article.
CONTEXTS = [
    ("Hungary signed a contract for two more C-390 transports from Brazil.", "C-390"),
    ("Vietnam received its first Yak-130 trainers from Russia in March.", "Yak-130"),
    ("Nigeria took delivery of M-346 trainers from Italy in May.", "M-346"),
    ("Morocco ordered 12 H225M helicopters from France.", "H225M"),
]

# Quiet sentences the extractor still gets wrong, with the reason.
KNOWN_ALONE: dict[str, str] = {
    "Israel does not sell the Arrow 3 without American consent.": (
        "the state whose consent is needed is read as the buyer of a denied sale"
    ),
    "The Turkish navy commissioned the TCG Anadolu, built at a yard in Istanbul.": (
        "a ship built at home to a foreign design: the designer is read as the supplier"
    ),
}
# The domestic buyer is the maker state: the decider makes it the supplier and borrows the
# other sentence's recipient. The rules read a home purchase where the sentence names no state
# but the supplier's, in a buyer's slot and a supplier's (roles.assign_roles); these still slip
# by (a contract awarded to a maker, a plant with no state, a buyer slot the words do not mark).
_HOME = "domestic buyer read as the supplier; the recipient is borrowed from the article"
KNOWN_IN_CONTEXT: dict[str, str] = {
    "The Turkish navy commissioned the TCG Anadolu, built at a yard in Istanbul.": (
        "a ship built at home to a foreign design: the designer is read as the supplier"
    ),
    "The Russian Defence Ministry received more Su-34 bombers from a plant in Novosibirsk.": _HOME,
    "The US Army awarded General Dynamics a contract for 100 more Abrams tanks.": _HOME,
    "The Indian Army signed a contract with HAL for 156 Prachand helicopters.": _HOME,
    "The Bundeswehr ordered 18 more Leopard 2A8 tanks from KNDS Deutschland.": _HOME,
    "Israel's Defence Ministry signed a deal with Rafael for more Iron Dome interceptors.": _HOME,
    "The US Air Force accepted its first B-21 bomber.": _HOME,
    "India's defence ministry approved the purchase of 97 more Tejas jets from HAL.": _HOME,
    "The Pentagon plans to buy thousands more Javelin missiles for the army.": _HOME,
    "France's procurement agency ordered 42 more Rafale jets from Dassault.": _HOME,
    "The Luftwaffe ordered 20 more Eurofighters from Airbus.": _HOME,
    "The Japanese defence ministry ordered more Type 12 missiles from Mitsubishi.": _HOME,
    "Germany's army will get 105 more Leopard 2 tanks under a new order.": _HOME,
    "The Russian navy hoisted its flag on a new Project 22350 frigate.": _HOME,
    "Production of the Su-57 at the Komsomolsk plant fell behind schedule.": (
        "a slip of production with no customer named borrows the article's recipient"
    ),
    "Sales of the Rafale have made Dassault's best year.": (
        "generic 'sales of' with no buyer named borrows the article's recipient"
    ),
    "The Rafale production line was then turned over to export orders.": (
        "generic 'export orders' with no buyer named borrow the article's recipient"
    ),
    "Israel does not sell the Arrow 3 without American consent.": (
        "a sale denied with no buyer named borrows the article's recipient"
    ),
    "The Armata tank will not be exported before 2030, Rostec said.": (
        "an export denied with no buyer named borrows the article's recipient"
    ),
    "Baykar's Kizilelma drone completed its first flight.": (
        "a first flight with no customer named borrows the article's recipient as production"
    ),
    "Dassault rolled out the first Rafale F4 at its Merignac plant.": (
        "a roll-out with no customer named borrows the article's recipient as production"
    ),
    "The Altay tank entered serial production in Turkey this year.": (
        "serial production with no customer named borrows the article's recipient"
    ),
}


def _context(text: str) -> tuple[str, str]:
    """A context sentence, in turn by the quiet sentence's place, whose system it does not name."""
    at = QUIET.index(text)
    turn = CONTEXTS[at % len(CONTEXTS) :] + CONTEXTS[: at % len(CONTEXTS)]
    return next((s, system) for s, system in turn if system not in text)


@pytest.mark.parametrize(
    ("text", "unused"), with_known_misses([(s, None) for s in QUIET], KNOWN_ALONE)
)
def test_quiet_alone(text: str, unused: None) -> None:
    assert probe_claims(text) == set()


@pytest.mark.parametrize(
    ("text", "unused"), with_known_misses([(s, None) for s in QUIET], KNOWN_IN_CONTEXT)
)
def test_quiet_after_a_transfer(text: str, unused: None) -> None:
    before, system = _context(text)
    assert {c for c in probe_claims(f"{before} {text}") if c[0] != system} == set()


def test_sentences_are_distinct() -> None:
    assert len(set(QUIET)) == len(QUIET)


# The same constructions reporting a transfer: the claim stays.
KEEP = [
    # use of a system the text says was transferred
    (
        "Poland's K2 tanks, which arrived from South Korea in December, fired live rounds.",
        k("K2", "KOR", "POL", "delivery"),
    ),
    (
        "Ukraine fired Storm Shadow missiles supplied by Britain at a bridge in Crimea.",
        k("Storm Shadow", "GBR", "UKR", "delivery"),
    ),
    (
        "The Indian Air Force retired its last MiG-21s and received more Rafale jets from France.",
        k("Rafale", "FRA", "IND", "delivery"),
    ),
    (
        "Russia delivered Su-35 fighters to Iran while losing more Su-34s over Ukraine.",
        k("Su-35", "RUS", "IRN", "delivery"),
    ),
    (
        "Egypt flew the Rafale jets it bought from France over Cairo.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Morocco's air force flew its first F-16 Block 72 jets, delivered by the United States "
        "in March.",
        k("F-16", "USA", "MAR", "delivery"),
    ),
    (
        "The Slovak air force lost a MiG-29, and received its first F-16s from the United States.",
        k("F-16", "USA", "SVK", "delivery"),
    ),
    # a foreign buyer ordering from a maker's company
    ("Poland ordered 180 more K2 tanks from Hyundai Rotem.", k("K2", "KOR", "POL", "agreement")),
    (
        "The Indian Air Force took delivery of more Rafale jets from Dassault.",
        k("Rafale", "FRA", "IND", "delivery"),
    ),
    ("Norway ordered more K9 howitzers from Hanwha Aerospace.", k("K9", "KOR", "NOR", "agreement")),
    ("Ukraine received IRIS-T systems from Diehl Defence.", k("IRIS-T", "DEU", "UKR", "delivery")),
    (
        "The Philippines ordered 12 more FA-50 jets from Korea Aerospace Industries.",
        k("FA-50", "KOR", "PHL", "agreement"),
    ),
    (
        "The Royal Moroccan Air Force ordered 24 AH-64E helicopters from Boeing.",
        k("AH-64", "USA", "MAR", "agreement"),
    ),
    (
        "Lockheed Martin delivered the first F-16 Block 70 to the Slovak Air Force.",
        k("F-16", "USA", "SVK", "delivery"),
    ),
    (
        "KNDS France delivered the first Caesar howitzers to the Belgian army.",
        k("Caesar", "FRA", "BEL", "delivery"),
    ),
    (
        "Embraer delivered the first C-390 to the Portuguese Air Force.",
        k("C-390", "BRA", "PRT", "delivery"),
    ),
    (
        "Saab will deliver more Gripen E jets to the Brazilian Air Force next year.",
        k("Gripen", "SWE", "BRA", "delivery", "expected"),
    ),
    (
        "The Pentagon ordered 32 F-35s from Lockheed Martin for Poland.",
        k("F-35", "USA", "POL", "agreement"),
    ),
    (
        "Rheinmetall will supply Skynex systems to Ukraine.",
        k("Skynex", "DEU", "UKR", "delivery", "expected"),
    ),
    (
        "The Hellenic Air Force received its first Rafale from Dassault Aviation.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    # comparisons beside a transfer
    (
        "Egypt ordered 30 more Rafale jets, a type comparable to the F-16.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Vietnam bought Yak-130 jets from Russia, a trainer similar to the M-346.",
        k("Yak-130", "RUS", "VNM", "agreement"),
    ),
    (
        "The Rafale is cheaper than the F-35, which is why India ordered 26 of them.",
        k("Rafale", "FRA", "IND", "agreement"),
    ),
    (
        "Iraq received T-50 jets from South Korea, a type lighter than the F-16.",
        k("T-50", "KOR", "IRQ", "delivery"),
    ),
    # shows and displays beside a transfer
    (
        "Saab showed the Gripen E to Thai officials, who are weighing a purchase.",
        k("Gripen", "SWE", "THA", "negotiation"),
    ),
    (
        "The UAE ordered 80 Rafale jets from France at the Dubai Airshow.",
        k("Rafale", "FRA", "ARE", "agreement"),
    ),
    (
        "At the Eurosatory show, Belgium signed a contract for more Caesar howitzers from France.",
        k("Caesar", "FRA", "BEL", "agreement"),
    ),
    (
        "The first Su-35 for Algeria made its maiden flight in Komsomolsk.",
        k("Su-35", "RUS", "DZA", "production"),
    ),
    # upkeep beside a transfer
    (
        "Russia will upgrade Algeria's Su-30 fleet and deliver 14 new Su-35 jets.",
        k("Su-35", "RUS", "DZA", "delivery", "expected"),
    ),
    (
        "Indian crews trained on the S-400 squadrons delivered by Russia.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    # history and sanctions beside a transfer
    (
        "Argentina bought Exocet missiles from France before the Falklands War.",
        k("Exocet", "FRA", "ARG", "agreement"),
    ),
    (
        "Washington sanctioned Turkey after it bought the S-400 from Russia.",
        k("S-400", "RUS", "TUR", "agreement"),
    ),
    (
        "India took delivery of the last S-400 squadron from Russia despite the threat of "
        "sanctions.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    (
        "Vietnam will buy more Su-30 jets from Russia despite US sanctions.",
        k("Su-30", "RUS", "VNM", "negotiation"),
    ),
    # opinion beside a transfer
    (
        "Analysts say Egypt's purchase of 30 more Rafale jets from France was too costly.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Critics argue that Germany has sent too few Leopard 2 tanks to Ukraine.",
        k("Leopard 2", "DEU", "UKR", "delivery"),
    ),
    (
        "A Ukrainian F-16, one of those donated by Denmark, was shot down.",
        k("F-16", "DNK", "UKR", "delivery"),
    ),
    (
        "The Netherlands handed over its last F-16s to Ukraine.",
        k("F-16", "NLD", "UKR", "delivery"),
    ),
    # the same constructions in a sentence that also reports a transfer
    (
        "Washington sold a Patriot battery to Poland, which stationed it near Rzeszow.",
        k("Patriot", "USA", "POL", "agreement"),
    ),
    (
        "Russia delivered S-400 batteries to India, which moved them to the Pakistani border.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    (
        "The US sent more F-35 jets to Israel, which used them against Iran.",
        k("F-35", "USA", "ISR", "delivery"),
    ),
    (
        "The Indian Air Force inducted the first Rafale jets from France.",
        k("Rafale", "FRA", "IND", "delivery"),
    ),
    (
        "Egypt's navy commissioned a FREMM frigate bought from Italy.",
        k("FREMM", "ITA", "EGY", "agreement"),
    ),
    (
        "The Rafale jets that India bought from France flew at the Republic Day parade.",
        k("Rafale", "FRA", "IND", "agreement"),
    ),
    (
        "Hungary displayed the Leopard 2A7 tanks it received from Germany at a parade.",
        k("Leopard 2", "DEU", "HUN", "delivery"),
    ),
    (
        "The F-35 programme has cost a fortune, yet Poland ordered 32 of the jets.",
        k("F-35", "USA", "POL", "agreement"),
    ),
    (
        "India received the fifth S-400 squadron from Russia this year.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    (
        "Dassault's record year came from Rafale sales to Indonesia.",
        k("Rafale", "FRA", "IDN", "agreement"),
    ),
    (
        "The Hungarian army received Leopard 2A7 tanks from KNDS Deutschland.",
        k("Leopard 2", "DEU", "HUN", "delivery"),
    ),
    (
        "The Estonian army ordered more K9 howitzers from Hanwha Aerospace.",
        k("K9", "KOR", "EST", "agreement"),
    ),
    (
        "Experts say the Su-35 jets Russia delivered to Iran will change the balance.",
        k("Su-35", "RUS", "IRN", "delivery"),
    ),
    (
        "Bogota ordered 17 Gripen jets from Sweden, a good fit for its air force, analysts say.",
        k("Gripen", "SWE", "COL", "agreement"),
    ),
    (
        "Washington threatened sanctions after Cairo ordered Su-35 jets from Moscow.",
        k("Su-35", "RUS", "EGY", "agreement"),
    ),
    (
        "During the Gulf War, Saudi Arabia used the Patriot batteries it bought from the "
        "United States.",
        k("Patriot", "USA", "SAU", "agreement"),
    ),
    (
        "The Stinger missiles the CIA gave Afghan fighters in the 1980s downed Soviet helicopters.",
        k("Stinger", "USA", "AFG", "delivery"),
    ),
    (
        "Pakistan received its second Babur-class corvette from Turkey.",
        k("Babur", "TUR", "PAK", "delivery"),
    ),
    (
        "The Greek air force retired its Mirage F1 jets and took delivery of Rafale jets from "
        "France.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "A Ukrainian Leopard 2 tank, sent by Germany in 2023, was destroyed near Robotyne.",
        k("Leopard 2", "DEU", "UKR", "delivery"),
    ),
    (
        "Israel shot down the drones with the Iron Dome, and the United States bought two "
        "batteries from Israel.",
        k("Iron Dome", "ISR", "USA", "agreement"),
    ),
    (
        "Sweden tested the Gripen E and Thailand ordered four of the jets.",
        k("Gripen", "SWE", "THA", "agreement"),
    ),
    # a loser's bid is an offer: a negotiation (CLAIMS.md 'Stages')
    (
        "Colombia picked the Gripen, which beat bids from Lockheed's F-16 and France's Rafale.",
        k("F-16", "USA", "COL", "negotiation"),
    ),
    # an export to a named buyer beside the same words
    ("Russia offered the Su-35 for export to Indonesia.", k("Su-35", "RUS", "IDN", "negotiation")),
    (
        "France sold the two Mistral ships to Egypt, another customer of the yard.",
        k("Mistral", "FRA", "EGY", "agreement"),
    ),
    (
        "Washington has never exported the F-22, but it sold F-35 jets to Japan.",
        k("F-35", "USA", "JPN", "agreement"),
    ),
    # the words of the quiet constructions beside a real transfer
    (
        "Germany sent more Leopard 2 tanks to the front line in Ukraine.",
        k("Leopard 2", "DEU", "UKR", "delivery"),
    ),
    (
        "France sent Caesar howitzers to Ukraine, where they went to the front.",
        k("Caesar", "FRA", "UKR", "delivery"),
    ),
    (
        "Poland ordered more K2 tanks from South Korea than any other country.",
        k("K2", "KOR", "POL", "agreement"),
    ),
    (
        "Egypt ordered more Rafale jets than any other export customer.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Ukrainian crews and the first Abrams tanks arrived from the United States.",
        k("Abrams", "USA", "UKR", "delivery"),
    ),
    (
        "Norway supplied NASAMS launchers to Ukraine, like other states.",
        k("NASAMS", "NOR", "UKR", "delivery"),
    ),
]

KNOWN_KEEP: dict[str, str] = {}


@pytest.mark.parametrize(("text", "claim"), with_known_misses(KEEP, KNOWN_KEEP))
def test_transfer_keeps_its_claim(text: str, claim: Key) -> None:
    assert claim in probe_claims(text)


KNOWN_TENDER: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "losers", "winner"),
    [
        pytest.param(*t, marks=pytest.mark.xfail(reason=KNOWN_TENDER[t[0]], strict=True))
        if t[0] in KNOWN_TENDER
        else pytest.param(*t)
        for t in TENDER
    ],
)
def test_tender_loser_makes_no_claim(
    text: str, losers: tuple[str, ...], winner: Key | None
) -> None:
    claims = probe_claims(text)
    assert not {c[0] for c in claims} & set(losers)
    assert winner is None or winner in claims
    before = next(s for s, system in CONTEXTS if system not in text)
    assert not {c[0] for c in probe_claims(f"{before} {text}")} & set(losers)


# A hypothetical purchase is at most possible (CLAIMS.md rule 11: speculative), never asserted.
HYPOTHETICAL = [
    ("If Ankara were to buy the F-35, it would have to give up its air defence plans.", "F-35"),
    ("Should Riyadh buy the J-35, Washington would review its arms sales.", "J-35"),
    ("Were Egypt to order the Su-35 again, it would face American sanctions.", "Su-35"),
    ("If Manila bought the Gripen, it would need new bases.", "Gripen"),
]


KNOWN_HYPOTHETICAL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "system"), with_known_misses(HYPOTHETICAL, KNOWN_HYPOTHETICAL))
def test_hypothetical_is_not_asserted(text: str, system: str) -> None:
    assert all(c[4] != "asserted" for c in probe_claims(text) if c[0] == system)
