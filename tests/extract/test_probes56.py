"""Probes (round 56).

- Rejecting a report with a word or two before its noun ("rejected a newspaper report that it
  was in talks with Seoul") denies what it reports (factuality.denied).
- Receiving assurances, guarantees, promises or a loan receives no system (stage.exclusions).
- A deal noun whose own verb is "will follow" ("a contract for the missiles would follow within
  months") is the deal still to come, no later delivery beside it
  (stage.follow_own_noun, factuality.step_verb).
- A buyer waiting on its supplier for a system ("has long been waiting on Minsk for two more
  jets") awaits its delivery, and a system "promised for" a time is scheduled then, no new
  pledge (stage.await_system, stage.promised_for_time).
- What a deal or a system would give its buyer ("the deal would give Accra its first modern
  fighter") tells no step (stage.exclusion_gives_first).
- A subject with a relative clause set off by commas before its verb ("Norway, which retired its
  last tanks in 2021, has announced plans to buy 40") takes the verb's role
  (roles.recipient_after).
- Systems named in a "followed by" phrase take the date told in it (time.followed_by); a step
  told in a participle phrase after a comma ("..., ordering 24 guns") takes the main clause's
  date where it has none of its own (time.participle_adjunct).
- A step whose subject is a noun of another kind than the system ("..., but the missiles meant
  for them never arrived") is no step of the system (stage.unnamed_subject).
- "No question of" a step denies it (factuality.denied).
- A state approving the transfer or the sale of a system to another, with no other seller
  named, is its seller (roles.supplier_after).
- A Russian buyer's intention ("рассчитывает приобрести") is an asserted negotiation held now,
  even where a later date is the purchase's (stage.ru.intention).
- A Russian seller that "никогда не продавал" is the seller denied (roles.ru.supplier_after).
- A judgement of deliveries or a sale ("назвал поставки «провокационными»", "called the sale
  destabilising") is a reaction: no claim (stage.ru.exclusion_deal_reaction,
  stage.exclusion_deal_reaction).
- Sending a team, troops sent, a deployed system withdrawn, or what a postponement would leave
  behind tell no step (stage.exclusions, stage.exclusion_no_step, stage.exclusion_deal_reaction).
- "No plans at present to buy" denies the plan (stage.plan_to_buy).
- A company "in" a state that sells the system names its seller's state (roles.supplier_before).
- "Việt Nam" is Vietnam.
- A system "carrying the launchers" is their carrier (stage.carrier_after); the ships missiles
  are bought "for its" are background (stage.background_before); a paper delivered, a partner's
  agreement required, other weapons sent and what a deal "would make" its buyer tell no step
  (stage.exclusion_no_step, stage.exclusion_gives_first).
- A noun cue keeps its own schedule past a participle aside ("Deliveries of the radars,
  approved by Oslo in 2021, are expected to start in 2026": factuality.noun_tail).
- The lone party opening a sentence is the subject of a transfer verb after "and later", whatever
  the first verb (gapping.english_elided_subject).
- Of several systems the sentence before told, a deal noun ("сделка отложена", "the deal was
  put on hold") stands for the one it told a deal of (references._just_named).
- Russian: ruling a step out ("исключил передачу") denies it, not "не исключил"
  (factuality.ru.denied); a noun's relative pronoun right after it ("гаубицы, поставка которых
  ожидается весной") keeps the noun's own schedule (factuality.ru.noun_tail).
- A state's head of government or minister ruling out a transfer ("Norway's prime minister
  ruled out sending") speaks for the giver (roles.party_head, roles.step_control).
- A second-hand seller the article told of before sells on only to its own buyer: a new buyer's
  order of the same type is the maker's (parties.decide).
- A Russian transport named with its operator before its verb of carrying ("транспортный
  самолет Ил-76 ВВС Перу доставил ...") is the carrier, no item (stage.ru.carrier_after).
- A contract named only as what sets a step's terms ("в сроки, оговоренные контрактом") is no
  new agreement (stage.ru.exclusion_contract_terms).
"""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, probe_whens

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Ecuador's defence ministry on Friday rejected a local newspaper's story that it had"
        " held talks with Sweden on buying Gripen fighters.",
        {("Gripen", "SWE", "ECU", "negotiation", "denied")},
    ),
    (
        "Peru walked away from the K2 tank deal with Seoul in 2022 after receiving assurances"
        " on a cheaper package.",
        {("K2", "KOR", "PER", "cancelled", "asserted")},
    ),
    (
        "Armenia ordered CAESAR howitzers from France in 2023. The minister said a contract for"
        " Mistral missiles with France would follow before the summer.",
        {
            ("Caesar", "FRA", "ARM", "agreement", "asserted"),
            ("Mistral", "FRA", "ARM", "agreement", "expected"),
        },
    ),
    (
        "Hanoi has been waiting on Russia for its final four Su-30MK2 fighters, now promised"
        " for 2027.",
        {("Su-30", "RUS", "VNM", "delivery", "expected")},
    ),
    (
        "Ghana is in talks with Beijing over J-10C fighters. The deal would give Accra its first"
        " modern combat aircraft.",
        {("J-10", "CHN", "GHA", "negotiation", "asserted")},
    ),
    (
        "Lithuania ordered 44 Leopard 2 tanks in 2024. Norway, which retired its last old tanks"
        " in 2021, has announced plans to buy 40.",
        {
            ("Leopard 2", "DEU", "LTU", "agreement", "asserted"),
            ("Leopard 2", "DEU", "NOR", "negotiation", "asserted"),
        },
    ),
    (
        "Kenya got six Mi-17 helicopters from Russia in 2019, yet the missiles ordered for them"
        " never arrived.",
        {("Mi-17", "RUS", "KEN", "delivery", "asserted")},
    ),
    (
        '"There is no question of Chile sending its Leopard 2 tanks to Kyiv," the minister said.',
        {("Leopard 2", "CHL", "UKR", "delivery", "denied")},
    ),
    (
        "On Friday the Czech government approved the transfer of six Mi-24 helicopters to Ukraine.",
        {("Mi-24", "CZE", "UKR", "negotiation", "asserted")},
    ),
]


CASES += [
    (
        "Лима в будущем году рассчитывает приобрести у Китая два фрегата Type 054A.",
        {("Type 054", "CHN", "PER", "negotiation", "asserted")},
    ),
    (
        "Эквадор никогда не продавал Перу свои истребители Mirage 2000, заявили в министерстве.",
        {("Mirage 2000", "ECU", "PER", "agreement", "denied")},
    ),
    (
        "Министр обороны Боливии назвал поставки перуанских танков T-55 в Чили «провокационными».",
        set(),
    ),
    (
        "Вертолеты Ми-171 будут переданы Перу в сроки, оговоренные контрактом.",
        {("Mi-171", "RUS", "PER", "delivery", "expected")},
    ),
    ('Lima called the sale of K9 howitzers to Quito "destabilising".', set()),
    (
        "В мае транспортный самолет Ил-76 ВВС Перу доставил в Лиму первые гаубицы K9 из Кореи.",
        {("K9", "KOR", "PER", "delivery", "asserted")},
    ),
    (
        "Norway's prime minister ruled out sending F-35 jets to Chile.",
        {("F-35", "NOR", "CHL", "delivery", "denied")},
    ),
    (
        "Канцлер Германии вновь исключил передачу Чили комплексов IRIS-T.",
        {("IRIS-T", "DEU", "CHL", "delivery", "denied")},
    ),
    (
        "В 2022 году Чили заказало у Кореи гаубицы K9, поставка которых ожидается весной.",
        {
            ("K9", "KOR", "CHL", "agreement", "asserted"),
            ("K9", "KOR", "CHL", "delivery", "expected"),
        },
    ),
    ("Beijing urged Washington to withdraw the HIMARS launchers it had deployed in Luzon.", set()),
    (
        "Ghana's government has no plans at present to buy J-10C fighters from China, the"
        " minister said.",
        {("J-10", "CHN", "GHA", "negotiation", "denied")},
    ),
    (
        "Manila postponed the purchase of Gripen jets. Officials warned that the postponement"
        " would leave its old F-5 jets flying for years.",
        {("Gripen", "SWE", "PHL", "postponed", "asserted")},
    ),
    (
        "Việt Nam bought six Kilo-class submarines from Russia in 2013.",
        {("Kilo", "RUS", "VNM", "agreement", "asserted")},
    ),
    (
        "Kenyan soldiers had been sent to Somalia, while Kenya bought six Mi-17 helicopters"
        " from Russia.",
        {("Mi-17", "RUS", "KEN", "agreement", "asserted")},
    ),
    (
        "A Chilean Air Force C-17 carrying the Spike launchers landed in Santiago on Friday.",
        {("Spike", "ISR", "CHL", "delivery", "asserted")},
    ),
    (
        "Canberra was cleared in May to buy 200 SM-2 missiles for its Hobart-class destroyers.",
        {("SM-2", "USA", "AUS", "negotiation", "asserted")},
    ),
    (
        "Hungary grounded its MiG-29 jets in 2021 and later sold six of the jets to Ukraine.",
        {("MiG-29", "HUN", "UKR", "agreement", "asserted")},
    ),
    (
        "Deliveries of NASAMS launchers to Chile, approved by Oslo in 2021, are expected to"
        " start in 2026.",
        {("NASAMS", "NOR", "CHL", "delivery", "expected")},
    ),
    ("Any export of the Eurofighter needs the agreement of every partner state.", set()),
    (
        "Quito may buy J-10C jets from China by 2027, a purchase that would make Ecuador the"
        " first export buyer of the type.",
        {("J-10", "CHN", "ECU", "agreement", "possible")},
    ),
    (
        "Peru ordered two C-27J airlifters from Leonardo in Italy.",
        {("C-27", "ITA", "PER", "agreement", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def test_a_followed_by_phrase_dates_its_own_systems() -> None:
    whens = probe_whens(
        "Four Mi-17 helicopters arrived in Bamako in May 2021, followed by L-39 trainers and"
        " Su-24 bombers in 2023.",
        published="2024-09-10",
    )
    assert {("Mi-17", "delivery", "2021-05"), ("L-39", "delivery", "2023")} <= whens
    assert ("Su-24", "delivery", "2023") in whens


def test_approving_another_states_transfer_stays_no_sale() -> None:
    # The state approving a transfer from another is no side of it (roles.approver_after).
    claims = probe_claims("Washington approved the transfer of F-16 jets from Denmark to Ukraine.")
    assert ("F-16", "DNK", "UKR", "negotiation", "asserted") in claims
    assert not any(c[1] == "USA" for c in claims)


def test_a_rest_that_will_follow_is_still_a_delivery() -> None:
    claims = probe_claims(
        "Chile received two NASAMS launchers from Norway in May; the rest are to follow by the"
        " autumn."
    )
    assert ("NASAMS", "NOR", "CHL", "delivery", "expected") in claims


def test_an_intention_keeps_no_later_date() -> None:
    whens = probe_whens(
        "Лима в будущем году рассчитывает приобрести у Китая два фрегата Type 054A.",
        published="2024-04-20",
    )
    assert whens == {("Type 054", "negotiation", None)}


def test_a_participle_phrase_takes_the_main_clauses_date() -> None:
    whens = probe_whens(
        "In March Chile chose the K9 howitzer over the Caesar, ordering 24 guns from Hanwha.",
        published="2024-07-12",
    )
    assert ("K9", "agreement", "2024-03") in whens


def test_a_deal_noun_stands_for_the_deal_told_just_before() -> None:
    # The sentence before names two systems, one in a purpose clause and one in a deal: "сделка"
    # is the deal's (references._just_named, text.ru.deal_word).
    claims = probe_claims(
        "Перу заказало 24 истребителя Gripen у Швеции. Чтобы не остаться без авиации до прибытия"
        " Gripen, в мае 2023 года Перу заключило с Чили соглашение о покупке десяти подержанных"
        " F-16. Однако в июне министерство сообщило, что сделка отложена."
    )
    assert ("F-16", "CHL", "PER", "postponed", "asserted") in claims
    assert not any(c[0] == "Gripen" and c[3] == "postponed" for c in claims)


def test_a_second_hand_seller_sells_on_only_to_its_own_buyer() -> None:
    # Belgium's promise of used F-16 jets to Ukraine does not make it the seller of the F-16
    # jets Denmark ordered new in 1975: the maker stands in (parties.decide, "before").
    claims = probe_claims(
        "Belgium has promised 30 used F-16 jets to Ukraine. Denmark bought its first batch of"
        " F-16 jets in 1975."
    )
    assert ("F-16", "USA", "DNK", "agreement", "asserted") in claims
    assert not any(c[1] == "BEL" and c[2] == "DNK" for c in claims)
