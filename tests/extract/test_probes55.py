"""Probes (round 55).

- A party named after the step's clause as its subject's companion ("Oslo sent the launchers to
  Kyiv in 2023, together with Washington") takes the same step in the subject's role
  (roles.companion_before, coordination.companion_parties).
- Between two systems, a conjunction opening a new verb phrase with an auxiliary or a modal
  ("dropped the Su-30 order and will now focus on the Gripen") ends the first verb's list
  (roles.new_verb_phrase).
- A party governed by a preposition before such a new verb phrase ("sold its F-16 jets to Romania
  and has since received F-35 jets") is the first verb's: the rules' buyer, the sentence's
  subject, is kept (clause_steps.left_in_earlier_phrase, scorer._named_buyer_kept).
- Talks held with several parties, each about its own system ("negotiating with Stockholm over
  the Gripen and with Seoul for the FA-50"), make each party the other side for its own system only
  (roles.counterpart_topic_between, coordination.counterparts_apart).
- A prepositional phrase opening the sentence ("Under a deal with Berlin, Slovenia plans to
  send ...") lists none of its parties with the subject after its comma (roles.fronted_clause).
- A system named as the platform that aircraft are for ("26 Rafale jets from Paris for the carrier
  INS Vikrant") is background, no step (stage.background_before).
- A phrase whose verb is a participle telling no step ("..., suggesting F-16s instead") takes
  its system as the participle's object, no object of a cue outside it; a participle telling a
  deal's content ("..., covering twelve F-16 jets") is no such verb (text.participle_clause,
  clause_steps.participle_phrases).
- A reaction to a deal told through its noun alone makes no claim in Russian as in English:
  "Баку раскритиковал сделку", "reacted angrily to the deal" (stage.ru.exclusion_deal_reaction,
  stage.exclusion_deal_reaction).
- An approved plan, proposal or request to buy is a negotiation (stage.approve_sale).
- Deliveries "said to start" later are a plan (factuality.scheduled_noun); systems "not due
  until" or "not expected before" a time are a scheduled delivery (stage.due_when,
  stage.expected_when).
- Russian donors that agree among themselves to hand a system over ("договорились передать")
  pledge it, one agreement (stage.ru.pledge); a part of the systems told before awaited at a
  time ("Первые из них ожидаются летом") is their scheduled delivery (stage.ru.batch_awaited).
- A deal noun whose sides the sentence names ("Neither Moscow nor Cairo has confirmed the
  contract") is the deal of the latest system one of them makes, not only of one named in the
  sentence right before; a state named for its sanctions is no side
  (references._maker_named).
- A Russian companion ("Норвегия вместе с США поставила", "Германия, наряду с Нидерландами,
  передала") is listed with the subject and shares its role (roles.ru.party_list,
  roles.ru.party_aside).
- A date in a subordinate phrase that opens the sentence ("After the coup in March 2019, ...")
  is that phrase's event: a date of the step's own clause beats it (time.fronted_lead).
- A listed system takes the first date its own item tells ("six F-16 jets in 2009 and two more
  in 2016, four C-130 transports in 2011"), where every item tells one
  (date_owners.system_dates).
"""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, probe_whens

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Norway supplied NASAMS launchers to Ukraine in 2023, together with the United States.",
        {
            ("NASAMS", "NOR", "UKR", "delivery", "asserted"),
            ("NASAMS", "USA", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "Spain sent Leopard 2 tanks to Ukraine along with Portugal, the ministry said.",
        {
            ("Leopard 2", "ESP", "UKR", "delivery", "asserted"),
            ("Leopard 2", "PRT", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "Peru dropped its Su-30 order and will now focus on the Gripen and the F-16.",
        {("Su-30", "RUS", "PER", "cancelled", "asserted")},
    ),
    (
        "Under a deal with Berlin, Slovenia plans to send 28 M-55S tanks to Ukraine, with Germany"
        " paying for new vehicles.",
        {
            ("M-55S", "SVN", "UKR", "agreement", "asserted"),
            ("M-55S", "SVN", "UKR", "delivery", "expected"),
        },
    ),
    (
        "Delhi agreed last month to buy 26 Rafale jets from Paris for the carrier INS Vikrant.",
        {("Rafale", "FRA", "IND", "agreement", "asserted")},
    ),
    (
        "Chile wants new jets. Washington turned down Chile's request to buy F-35 fighters in"
        " 2023, suggesting F-16s instead.",
        {
            ("F-35", "USA", "CHL", "negotiation", "asserted"),
            ("F-35", "USA", "CHL", "cancelled", "asserted"),
        },
    ),
    (
        "Lima signed a letter of acceptance with Washington in May 2020, covering twelve F-16"
        " jets.",
        {("F-16", "USA", "PER", "agreement", "asserted")},
    ),
    (
        "Армения получила гаубицы Caesar из Франции в 2024 году. Баку раскритиковал сделку.",
        {("Caesar", "FRA", "ARM", "delivery", "asserted")},
    ),
    (
        "Armenia received Caesar howitzers from France in 2024. Baku reacted angrily to the deal.",
        {("Caesar", "FRA", "ARM", "delivery", "asserted")},
    ),
    (
        "Peru's cabinet approved a proposal to buy 16 J-10C jets from Beijing.",
        {("J-10", "CHN", "PER", "negotiation", "asserted")},
    ),
    (
        "Lima agreed to buy 40 KAAN jets from Ankara, with deliveries said to begin within ten"
        " years.",
        {
            ("KAAN", "TUR", "PER", "agreement", "asserted"),
            ("KAAN", "TUR", "PER", "delivery", "expected"),
        },
    ),
    (
        "Peru ordered F-35 jets in 2020. The F-35s are not due in Lima until 2026.",
        {
            ("F-35", "USA", "PER", "agreement", "asserted"),
            ("F-35", "USA", "PER", "delivery", "expected"),
        },
    ),
    (
        "Peru ordered F-35 jets in 2020. The first jets are not expected before 2027.",
        {
            ("F-35", "USA", "PER", "agreement", "asserted"),
            ("F-35", "USA", "PER", "delivery", "expected"),
        },
    ),
    (
        "Литва и Польша договорились передать Перу сто танков Leopard 1.",
        {
            ("Leopard 1", "LTU", "PER", "agreement", "asserted"),
            ("Leopard 1", "POL", "PER", "agreement", "asserted"),
        },
    ),
    (
        "Перу заказало у Франции 24 истребителя Rafale. Первые из них ожидаются летом 2026 года.",
        {
            ("Rafale", "FRA", "PER", "agreement", "asserted"),
            ("Rafale", "FRA", "PER", "delivery", "expected"),
        },
    ),
    (
        "Egypt signed for 24 Su-35 jets from Russia in 2018. Egypt also bought 30 Rafale jets"
        " from France in 2021. The Rafale deal will be funded by a French loan. Moscow has"
        " since put the contract on hold.",
        {
            ("Su-35", "RUS", "EGY", "agreement", "asserted"),
            ("Rafale", "FRA", "EGY", "agreement", "asserted"),
            ("Su-35", "RUS", "EGY", "postponed", "asserted"),
        },
    ),
    (
        "Норвегия вместе с США поставила Украине комплексы NASAMS.",
        {
            ("NASAMS", "NOR", "UKR", "delivery", "asserted"),
            ("NASAMS", "USA", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "Германия, наряду с Нидерландами, передала Украине комплексы Patriot.",
        {
            ("Patriot", "DEU", "UKR", "delivery", "asserted"),
            ("Patriot", "NLD", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "Quito bought Mirage 2000 jets from France but has kept its Kfir fleet.",
        {("Mirage 2000", "FRA", "ECU", "agreement", "asserted")},
    ),
    (
        "The Netherlands sold its F-16 jets to Romania and has since received F-35 jets from the"
        " United States.",
        {
            ("F-16", "NLD", "ROU", "agreement", "asserted"),
            ("F-35", "USA", "NLD", "delivery", "asserted"),
        },
    ),
    (
        "Chile wants new fighter jets. Its envoys are negotiating with Stockholm over the Gripen"
        " and with Seoul for the FA-50.",
        {
            ("Gripen", "SWE", "CHL", "negotiation", "asserted"),
            ("FA-50", "KOR", "CHL", "negotiation", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def test_a_companion_in_another_clause_is_no_party() -> None:
    # The jets' makers work with China in a relative clause: China supplies nothing here.
    claims = probe_claims(
        "Iraq will buy JF-17 fighters from Pakistan, which builds them jointly with China."
    )
    assert not any(c[1] == "CHN" or c[2] == "CHN" for c in claims)


def test_a_fronted_phrase_date_yields_to_the_steps_own() -> None:
    whens = probe_whens(
        "After the coup in March 2019, Washington suspended deliveries of F-16 jets to Lima"
        " that November.",
        published="2021-12-20",
    )
    assert ("F-16", "postponed", "2019-11") in whens


def test_each_listed_system_takes_its_items_first_date() -> None:
    whens = probe_whens(
        "Lima ordered six F-16 jets in 2009 and two more in 2016, four C-130 transports in"
        " 2011, and ten AH-64 helicopters in 2015.",
        published="2021-12-20",
    )
    assert {("F-16", "agreement", "2009"), ("C-130", "agreement", "2011")} <= whens
    assert ("AH-64", "agreement", "2015") in whens
