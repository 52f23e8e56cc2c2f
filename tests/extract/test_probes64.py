"""Probes (round 64).

- "The Emirates" names the United Arab Emirates, as "the UAE" does (a gazetteer name).
- A deal, a sale or a purchase that still needs a consent, an approval or a firm contract ("a
  deal that still needs Berlin's consent") is not concluded: no agreement of its own
  (stage.exclusion_deal_needs).
- A system or its part offering a quality ("a cab offering better protection") is
  described, not offered (stage.exclusion_offers_quality); something built around a system
  ("a pavilion built around the drone") makes no production of it (stage.exclusion_built_around).
- "Deliveries of the 26 jets ordered by Lima in April 2019 will begin in 2024": the noun's own
  verb and its date stand after a long tail with the participle's date in it; the deliveries
  are planned and dated by the main verb (factuality.noun_tail, time.main_verb_after,
  time.step_noun_subject). The tail holds no conjunction: "the contract
  for the corvettes was signed in 2019 and the last ship will sail in 2024" leaves the
  contract signed (factuality.noun_tail).
- A party whose relative clause tells the step ("South Africa, which received 26 Gripen jets
  in 2008, offered ...") takes its role from that clause's verb, not from the main clause's
  (roles.relative_opener, pattern_roles.role_in_scope).
- "US-sold" names the seller, as "US-supplied" does (roles.supplier_after).
- Russian: an agreement of intent to buy ("соглашение о намерениях по закупке") is a step of
  the talks, no contract (stage.ru.contract_for, stage.ru.negotiation_words); a system "серийно
  выпускаемый" by a plant is described by its maker, no production for a customer
  (stage.ru.exclusion_maker).
- A government that gave a green light for a possible package, or signed off on the potential
  sale, approved it: the approval is asserted, not hedged (factuality.possible,
  stage.approval_for_sale); a buyer that "may buy" after such a sign-off is told of the
  approval, a sale notice's wording (stage.may_buy_approved).
- "Tor-E2" is the Tor, not the E-2 inside it; the OPV 58 S names a patrol ship family of its
  own (gazetteer).
- Russian: "ещё" stands between a party and its verb as "уже" does ("Минск ещё в 2008 году
  передал"): the party keeps its verb's role (roles.ru.adverbial).
- A state that owns a paper named by its title ("Singapore's Straits Times wrote")
  is no party and no speaking buyer (roles.voice_after, pronouns.speaking_state); a state a
  system saw combat against is the enemy (roles.target_place_before).
- A present tense dated "this year" is a plan ("Chile receives its first six K9 howitzers this
  year"), as one dated after the article is; a past tense keeps the step done
  (factuality.time_ahead).
- A letter of intent governs the step it is about: the purchase it names is talked of, not
  made (stage.sign_mou); a package cleared or signed off on is the sale approved
  (stage.authorise_sale).
- A fleet bought from a seller, and jets bought decades ago, are in the buyer's hands: a
  delivery, as jets bought from a seller are (stage.bought_in_hands; CLAIMS.md rule 10).
- A step told in a sentence for a buyer it names is not told again there for the article's
  buyer from before (claims._named_buyers_kept; tests/extract/test_claims_layer.py).
- A demonym after the new owner's possessive ("Kenya's first Dutch F-16s") names the
  previous owner, who passes the system on, as "ex-Dutch" does (roles.assign_roles).
- A retired system given away ("gave Peru a retired Donghae-class ship") is the step's object, not
  a fleet it replaces (stage.background_before); the Donghae-class corvette and the SH5 gun
  are in the gazetteer.
- A state that operates systems named as made or built abroad ("its army flies
  Russian-made helicopters") holds them after a transfer: a delivery
  (stage.operates_foreign_made; CLAIMS.md rule 10).
"""

from __future__ import annotations

import pytest

from tests.conftest import DatedClaim, dated_probe_claims

PUBLISHED = "2021-06-10"

DATED: list[tuple[str, set[DatedClaim]]] = [
    (
        "The Emirates signed for 80 Rafale jets in December.",
        {("Rafale", "FRA", "ARE", "agreement", "asserted", "2020-12")},
    ),
    (
        "Ankara discussed the purchase of 40 Eurofighter jets with London, a sale that still "
        "needs the consent of Berlin.",
        {("Eurofighter", "GBR", "TUR", "negotiation", "asserted", None)},
    ),
    (
        "Deliveries of the 26 Rafale jets ordered by the Indian navy in April 2019 will begin in "
        "2024, the maker said.",
        {
            ("Rafale", "FRA", "IND", "delivery", "expected", "2024"),
            ("Rafale", "FRA", "IND", "agreement", "asserted", "2019-04"),
        },
    ),
    (
        "South Africa, which received 26 Gripen jets in 2008, offered to train Botswana's pilots.",
        {("Gripen", "SWE", "ZAF", "delivery", "asserted", "2008")},
    ),
    (
        "Kenya bought six US-sold A-29 aircraft in 2018.",
        {("A-29", "USA", "KEN", "agreement", "asserted", "2018")},
    ),
    (
        "В 2017 году ОАЭ парафировали с Россией соглашение о намерениях на приобретение Су-35.",
        {("Su-35", "RUS", "ARE", "negotiation", "asserted", "2017")},
    ),
    (
        "In May, Washington gave a green light to a possible $300 million package of AT-802L "
        "aircraft for Zambia.",
        {("AT-802", "USA", "ZMB", "negotiation", "asserted", "2021-05")},
    ),
    (
        "Uganda may purchase eight UH-60M helicopters, after Washington signed off on the "
        "potential sale.",
        {("UH-60", "USA", "UGA", "negotiation", "asserted", None)},
    ),
    (
        "Rosoboronexport signed a contract with Egypt for the Tor-E2.",
        {("Tor", "RUS", "EGY", "agreement", "asserted", None)},
    ),
    (
        "Piriou and Kership handed over an OPV 58 S patrol vessel to Senegal.",
        {("OPV 58 S", "FRA", "SEN", "delivery", "asserted", None)},
    ),
    (
        "Минск ещё в 2008 году передал Судану шесть штурмовиков Су-25.",
        {("Su-25", "BLR", "SDN", "delivery", "asserted", "2008")},
    ),
    (
        "Chile receives its first six K9 howitzers this year.",
        {("K9", "KOR", "CHL", "delivery", "expected", "2021")},
    ),
    (
        "Chile received its first six K9 howitzers earlier this year.",
        {("K9", "KOR", "CHL", "delivery", "asserted", "2021")},
    ),
    (
        "The Pentagon said the State Department had cleared a $500 million package of HIMARS "
        "launchers for Tunisia.",
        {("HIMARS", "USA", "TUN", "negotiation", "asserted", None)},
    ),
    (
        "Cuba's air force still flies MiG-29 jets bought decades ago.",
        {("MiG-29", "RUS", "CUB", "delivery", "asserted", None)},
    ),
    (
        "The Su-30 fleet bought from Russia is Uganda's only fighter force.",
        {("Su-30", "RUS", "UGA", "delivery", "asserted", None)},
    ),
    (
        "Kenya's first Dutch F-16s are now due this summer.",
        {("F-16", "NLD", "KEN", "delivery", "expected", "2021")},
    ),
    (
        "In May Seoul gave Peru a retired Donghae-class ship free of charge.",
        {("Donghae-class", "KOR", "PER", "delivery", "asserted", "2021-05")},
    ),
    (
        "Chad's army flies six Russian-built Mi-171Sh helicopters.",
        {("Mi-171", "RUS", "TCD", "delivery", "asserted", None)},
    ),
]

NOT_MADE: list[tuple[str, DatedClaim]] = [
    (
        "Ankara discussed the purchase of 40 Eurofighter jets with London, a sale that still "
        "needs the consent of Berlin.",
        ("Eurofighter", "GBR", "TUR", "agreement", "asserted", None),
    ),
    (
        "France sold CAESAR howitzers to Belgium in 2019. The CAESAR's upgraded cab, offering "
        "better protection for the crew, is heavier.",
        ("Caesar", "FRA", "BEL", "negotiation", "asserted", None),
    ),
    (
        "The Turkish pavilion was built around the Kizilelma drone, and the Chinese stand showed "
        "the CH-5.",
        ("Kizilelma", "TUR", "CHN", "production", "asserted", None),
    ),
    (
        "The contract for Egypt's Gowind corvettes was signed with France in June 2019 and the "
        "last ship will sail home in 2024.",
        ("Gowind", "FRA", "EGY", "agreement", "expected", None),
    ),
    (
        "Мьянма получила шесть истребителей Су-30СМЭ. Это экспортная версия машины, серийно "
        "выпускаемой Иркутским авиационным заводом.",
        ("Su-30", "RUS", "MMR", "production", "asserted", None),
    ),
    (
        "Uganda may purchase eight UH-60M helicopters, after Washington signed off on the "
        "potential sale.",
        ("UH-60", "USA", "UGA", "agreement", "possible", None),
    ),
    (
        "DHAKA - The minister said no J-10C purchase had been finalised. Singapore's Straits "
        "Times wrote that the first J-10C jets could arrive within a year.",
        ("J-10", "CHN", "SGP", "delivery", "possible", None),
    ),
    (
        "Its J-10C jets, which were inducted in June 2019, saw combat against India last month.",
        ("J-10", "CHN", "IND", "delivery", "asserted", "2019-06"),
    ),
    (
        "In 2019 the Hanwha chief said the Peruvians had signed an LOI with Seoul to buy K9 "
        "howitzers.",
        ("K9", "KOR", "PER", "agreement", "asserted", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dated_probe(text: str, expected: set[DatedClaim]) -> None:
    found = dated_probe_claims(text, PUBLISHED)
    assert expected <= found, found


@pytest.mark.parametrize(("text", "unwanted"), NOT_MADE)
def test_not_made(text: str, unwanted: DatedClaim) -> None:
    assert unwanted not in dated_probe_claims(text, PUBLISHED)
