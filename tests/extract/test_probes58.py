"""Probes (round 58).

- A party that has not confirmed a step told as a noun ("Lima has not confirmed the order",
  "Oslo has neither confirmed nor denied launcher sales") only withholds its word: no claim,
  and another source's report of the step keeps its own factuality
  (stage.exclusion_unconfirmed).
- A place a firm or a speaker is based in ("an analyst at a Lima-based think tank") is no
  party to the step and no option for the scorer (roles.voice_after).
- The place a system is used in or against ("bought from Minsk for use in Syria") is no
  receiver (roles.not_a_party_before).
- A deal to supply keeps its infinitive past a long official name ("a contract with the Ministry
  of Defence of the Republic of Ghana to supply ...": stage.deal_to).
- A verb of supply whose object is technology transfer, key components, training or support
  ("with Seoul providing technology transfer and key components") moves no system
  (stage.exclusion_components).
- A name that also means a weapon beside a bare capitalised word ("Ruslan Pukhov", "chief
  executive Haluk Bayraktar") is a person (text.surname_after, text.first_name_before).
- A system first designed or developed for another buyer ("Skyguard guns, originally designed
  for Egypt") is not that buyer's (roles.not_a_party_before).
- Equipment given away and replaced ("to make up for the arms it gave away") is the
  reason for a purchase and pairs with none of its systems (stage.exclusion_replaced_stocks).
- The money that pays for a deal ("US loans", "American credits") names no supplier
  (roles.voice_after).
- A reference of one kind of aircraft ("the fighters") passes over a system the article named
  only with nouns of another kind ("Yak-130 trainers", "Mi-17 helicopters"), and a named
  system's head nouns stop where its sentence does (references.NOUN_KINDS, nouns.kind_*).
- Russian: being close to signing a contract to build ("близки к заключению контракта на
  строительство") is talks, with no construction under way (stage.ru.close_to_deal).
- Systems flown in for a drill or airlifted from their own base are deployed, not delivered
  (stage.exclusion_exercise); an armed service's own transports landing with a cargo carry
  it and are none of it (stage.carrier_owner_before, stage.carrier_landing_after).
- A request listing items split by semicolons keeps its systems past items that name none
  ("...; thirty engines (24 installed, 6 spares); forty sights; ...": clause_steps.in_reach).
- A package told with its own verb of agreeing before its contents ("a package agreed in 2012
  included ...") is an agreement, not the stage of the article's last claim
  (stage.package_agreed).
- A long list of buyers that names the maker among them as its own user ("selected by Brazil,
  Portugal, Hungary and Austria") keeps its other buyers (scorer.LONG_LIST); munitions for an
  armed service's platform ("missiles for the Navy's MH-60R fleet") are no step of the
  platform (stage.background_before).
- Stopping a system from becoming operational halts its use, no step of its transfer
  (stage.exclusion_use_stopped); calling off an exercise or a visit halts no transfer
  (stage.exclusion_event_called_off).
- A Leopard 2 named by its version alone ("the older 2A4 tanks", "the 2A6s") is the
  Leopard 2 (gazetteer aliases).
"""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Peru has not confirmed the order for K2 tanks.",
        set(),
    ),
    (
        "Oslo has neither confirmed nor denied NASAMS sales to Kyiv.",
        set(),
    ),
    (
        "A Lima weekly reported that Peru had signed for K2 tanks from Seoul, but the ministry"
        " never confirmed the deal.",
        {("K2", "KOR", "PER", "agreement", "asserted")},
    ),
    (
        "Neither side has publicly confirmed the purchase of the Gripen jets by Colombia.",
        set(),
    ),
    (
        "Colombia has yet to confirm the acquisition of Gripen jets from Sweden.",
        set(),
    ),
    (
        'Cairo ordered Su-35 jets from Moscow in 2018. "The Su-35 deal is only frozen," said an'
        " analyst at a Rome-based think tank.",
        {
            ("Su-35", "RUS", "EGY", "agreement", "asserted"),
            ("Su-35", "RUS", "EGY", "postponed", "asserted"),
        },
    ),
    (
        "Two London-based analysts said Egypt had received the K9 howitzers from Seoul.",
        {("K9", "KOR", "EGY", "delivery", "asserted")},
    ),
    (
        "Moscow may offer Tehran fighters in exchange for Shahed-136 drones, which it buys"
        " from Iran for use in Ukraine.",
        {("Shahed-136", "IRN", "RUS", "agreement", "asserted")},
    ),
    (
        "Hanwha won a contract from the Defence Ministry of the Republic of Ghana to supply"
        " K9 howitzers.",
        {("K9", "KOR", "GHA", "agreement", "asserted")},
    ),
    (
        "Ghana will build the K9 howitzers at home, with Hanwha providing technology transfer and"
        " key components.",
        set(),
    ),
    (
        "The deal was signed in Doha before Baykar's chief Haluk Bayraktar and Qatari officials.",
        set(),
    ),
    (
        "Eighteen Skyguard guns, originally designed for Egypt, arrived in Ukraine from Germany."
        " Germany also sent IRIS-T launchers.",
        {
            ("Skyguard", "DEU", "UKR", "delivery", "asserted"),
            ("IRIS-T", "DEU", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "To make up for the arms it gave away, Oslo has begun negotiations with Seoul on buying K9"
        " howitzers.",
        {("K9", "KOR", "NOR", "negotiation", "asserted")},
    ),
    (
        "Kyiv will buy Krab howitzers with American credits, the minister said.",
        {("Krab", "POL", "UKR", "negotiation", "asserted")},
    ),
    (
        "Ghana ordered K-8 trainers and Su-30 fighters from abroad in 2021. Last month Ghana"
        " received two Mi-17 helicopters from Russia. The fighters will arrive in March.",
        {
            ("K-8", "CHN", "GHA", "agreement", "asserted"),
            ("Su-30", "RUS", "GHA", "agreement", "asserted"),
            ("Mi-17", "RUS", "GHA", "delivery", "asserted"),
            ("Su-30", "RUS", "GHA", "delivery", "expected"),
        },
    ),
    (
        "Россия и Перу близки к заключению контракта на строительство двух фрегатов проекта 11356.",
        {("Talwar", "RUS", "PER", "negotiation", "asserted")},
    ),
    (
        "Three HIMARS systems, ferried over from their home base in Germany, fired on a range in"
        " Latvia.",
        set(),
    ),
    (
        "A Patriot battery brought in from Spain for an exercise was switched on in Latvia.",
        set(),
    ),
    (
        "Ghana took delivery of K9 howitzers bought from Seoul, with two Korean Air Force C-130"
        " transports touching down in Accra.",
        {("K9", "KOR", "GHA", "delivery", "asserted")},
    ),
    (
        "Four Y-20 airlifters of the Chinese air force touched down in Accra on Sunday.",
        set(),
    ),
    (
        "The Government of Greece has requested to buy ten (10) AH-64E Apache helicopters;"
        " twenty-four (24) T700-GE-701D engines (20 installed, 4 spares); twelve (12) AN/ASQ-170"
        " Modernized Target Acquisition and Designation Sights; and eighty (80) AGM-114R Hellfire"
        " missiles.",
        {
            ("AH-64", "USA", "GRC", "negotiation", "asserted"),
            ("Hellfire", "USA", "GRC", "negotiation", "asserted"),
        },
    ),
    (
        "Peru received K2 tanks from Seoul in 2023. A $900 million package signed in 2014"
        " included Mi-35M helicopters and Pantsir-S1 systems.",
        {
            ("K2", "KOR", "PER", "delivery", "asserted"),
            ("Mi-35", "RUS", "PER", "agreement", "asserted"),
            ("Pantsir", "RUS", "PER", "agreement", "asserted"),
        },
    ),
    (
        "The C-390 has been chosen by Brazil, Portugal, Hungary, Sweden and Austria.",
        {
            ("C-390", "BRA", "PRT", "negotiation", "asserted"),
            ("C-390", "BRA", "HUN", "negotiation", "asserted"),
            ("C-390", "BRA", "SWE", "negotiation", "asserted"),
            ("C-390", "BRA", "AUT", "negotiation", "asserted"),
        },
    ),
    (
        "Lima ordered Hellfire missiles for the Navy's MH-60R helicopters in May.",
        {("Hellfire", "USA", "PER", "agreement", "asserted")},
    ),
    (
        "Moscow delivered S-300 batteries to Damascus. Ankara vowed to stop the batteries from"
        " becoming operational.",
        {("S-300", "RUS", "SYR", "delivery", "asserted")},
    ),
    (
        "In June Washington held up the shipment of six F-16 jets to Cairo, and in July it called"
        " off the joint Desert Shield exercise.",
        {("F-16", "USA", "EGY", "postponed", "asserted")},
    ),
    (
        "Madrid said it could send Kyiv some of the 2A4 tanks it keeps in store.",
        {("Leopard 2", "ESP", "UKR", "delivery", "possible")},
    ),
]

GUARDS: list[tuple[str, set[Key]]] = [
    (
        "Russia and China discussed the S-400 deal.",
        {("S-400", "RUS", "CHN", "negotiation", "asserted")},
    ),
    (
        "Two C-390 transport aircraft for Hungary landed in Budapest in May.",
        {("C-390", "BRA", "HUN", "delivery", "asserted")},
    ),
    (
        "Ruritania sent Shahed-136 drones for use by Ukraine.",
        {("Shahed-136", "IRN", "UKR", "delivery", "asserted")},
    ),
    (
        "Ghana flew its Turkish-made Bayraktar drones over Accra after Turkey delivered them.",
        {("Bayraktar TB2", "TUR", "GHA", "delivery", "asserted")},
    ),
    (
        "Peru confirmed the order for K2 tanks from South Korea.",
        {("K2", "KOR", "PER", "agreement", "asserted")},
    ),
    (
        "The ministry declined to confirm that Peru had received the K2 tanks.",
        {("K2", "KOR", "PER", "delivery", "possible")},
    ),
    (
        "Peru has not signed the deal for K2 tanks from South Korea.",
        {("K2", "KOR", "PER", "agreement", "denied")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guard(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected
