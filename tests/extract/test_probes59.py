"""Probes (round 59).

- Buyers listed after a general noun of buyers, however it is counted ("to more than 20
  countries, including A, B and C", "to a dozen countries, among them A and B"), all receive
  (roles.recipient_before, role_words.RECIPIENT_CHARS).
- A list whose later member has its own count and its own preposition ("48 jets to Warsaw and
  18 to Kuala Lumpur") keeps both receivers (roles.party_list).
- A relative clause telling a system's transfer keeps its subject past an adverb ("the Z-9,
  which China has also sold to Ghana") (stage.transfer_relative).
- A deal a halt stops, named with a date of its own ("may cancel the 2016 deal", "dropped a
  contract signed in 2016") is an agreement told as done with that date, and the date is not
  the halt's (stage.dated_deal_year_before, stage.dated_deal_signed_after,
  factuality.own_deal_before).
- A state named before a maker's participle ("US-made F-16s") owns that system only, and is
  no party of another system's step in the sentence (roles.owner_possessive).
- A referenced system's step that names its seller in a phrase ("negotiating over the
  missile with New Delhi") takes the one other party before the cue in its clause as buyer, not the
  article's earlier buyer (subjects.subject_buyer).
- Gapped clauses with a subject and an object each ("Paris put forward the Rafale, and
  Washington its F-16") give each subject its own system only
  (roles.gapped_object_between, owners.gapped_apart).
- A verb of supply whose object is arms named by a general noun only ("never shipped the
  weapons it was paid for") tells no step of a system named elsewhere in the sentence
  (stage.exclusion_generic_arms).
- A step noun right after a system's name is that system's ("a record Rafale order"), and that
  system is no other step's where that step has its own (text.compound_step,
  clause_steps.compound_owners).
- A receiver the rules read as the system's owner by its possessive ("Bratislava's own
  F-16 jets") keeps its role where the scorer put the article's earlier buyer there
  (subjects.subject_kept).
- A maker named only by its adjective on the system ("the American F-16 jets handed over by
  Oslo and Copenhagen", Russian "американских F-16, переданных Норвегией и Данией") is no
  supplier where the rules read the states passing the system on; Russian lists share the role
  their first member's case gives it, as English ones do (owners.agent_kept,
  roles.assign_roles).
"""

from __future__ import annotations

import pytest

from tests.conftest import DatedClaim, dated_probe_claims, probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Ankara has exported the Bayraktar TB2 to more than 20 countries, including Poland, "
        "Kenya and Morocco.",
        {
            ("Bayraktar TB2", "TUR", "POL", "delivery", "asserted"),
            ("Bayraktar TB2", "TUR", "KEN", "delivery", "asserted"),
            ("Bayraktar TB2", "TUR", "MAR", "delivery", "asserted"),
        },
    ),
    (
        "Seoul has sold the K9 howitzer to a dozen countries, among them Finland and Egypt.",
        {
            ("K9", "KOR", "FIN", "agreement", "asserted"),
            ("K9", "KOR", "EGY", "agreement", "asserted"),
        },
    ),
    (
        "Korea Aerospace will deliver 48 FA-50 jets to Poland and 18 to Malaysia.",
        {
            ("FA-50", "KOR", "POL", "delivery", "expected"),
            ("FA-50", "KOR", "MYS", "delivery", "expected"),
        },
    ),
    (
        "Kenya flies the Z-9 helicopter, which China has also sold to Ghana and Zambia.",
        {
            ("Z-9", "CHN", "GHA", "agreement", "asserted"),
            ("Z-9", "CHN", "ZMB", "agreement", "asserted"),
        },
    ),
    (
        "Lima's air force also flies US-made A-37 jets and Su-25 jets acquired from Russia.",
        {
            ("A-37", "USA", "PER", "delivery", "asserted"),
            ("Su-25", "RUS", "PER", "delivery", "asserted"),
        },
    ),
    (
        "Manila bought the BrahMos in 2022. Jakarta is now negotiating over the missile "
        "with New Delhi.",
        {
            ("BrahMos", "IND", "PHL", "agreement", "asserted"),
            ("BrahMos", "IND", "IDN", "negotiation", "asserted"),
        },
    ),
    (
        "Bogota chose the Gripen in June. Paris had offered the Rafale, Seoul the FA-50 "
        "and Washington its F-16.",
        {
            ("Gripen", "SWE", "COL", "negotiation", "asserted"),
            ("Rafale", "FRA", "COL", "negotiation", "asserted"),
            ("FA-50", "KOR", "COL", "negotiation", "asserted"),
            ("F-16", "USA", "COL", "negotiation", "asserted"),
        },
    ),
    (
        "As Minsk never shipped the weapons Yerevan had paid for, Yerevan ordered Pinaka "
        "launchers from India.",
        {("Pinaka", "IND", "ARM", "agreement", "asserted")},
    ),
    (
        "Lima is weighing used F-16 jets from Norway. Bratislava's own F-16 jets, due last "
        "year under a 2018 contract, will only arrive in 2025, the ministry said.",
        {
            ("F-16", "NOR", "PER", "negotiation", "asserted"),
            ("F-16", "USA", "SVK", "delivery", "expected"),
            ("F-16", "USA", "SVK", "agreement", "asserted"),
        },
    ),
    (
        "Kyiv's crews now fly the American F-16 jets handed over by Oslo and Copenhagen.",
        {
            ("F-16", "NOR", "UKR", "delivery", "asserted"),
            ("F-16", "DNK", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "Украинские экипажи уже летают на американских F-16, переданных Норвегией и Данией.",
        {
            ("F-16", "NOR", "UKR", "delivery", "asserted"),
            ("F-16", "DNK", "UKR", "delivery", "asserted"),
        },
    ),
]

GUARDS: list[tuple[str, set[Key]]] = [
    (
        "Moscow delivered weapons including Pinaka launchers to Yerevan.",
        {("Pinaka", "RUS", "ARM", "delivery", "asserted")},
    ),
    (
        "Manila bought the BrahMos in 2022. The missile was also delivered to Hanoi.",
        {
            ("BrahMos", "IND", "PHL", "agreement", "asserted"),
            ("BrahMos", "IND", "VNM", "delivery", "asserted"),
        },
    ),
    (
        "Kyiv received Polish-made Krab howitzers.",
        {("Krab", "POL", "UKR", "delivery", "asserted")},
    ),
    (
        "Ankara has exported the Bayraktar TB2 to Poland and Kenya.",
        {
            ("Bayraktar TB2", "TUR", "POL", "delivery", "asserted"),
            ("Bayraktar TB2", "TUR", "KEN", "delivery", "asserted"),
        },
    ),
    (
        "Chile cancelled its deal for Scorpene submarines from France.",
        {("Scorpene", "FRA", "CHL", "cancelled", "asserted")},
    ),
]

DATED: list[tuple[str, set[DatedClaim]]] = [
    (
        "Kuwait may scrap its 2016 agreement with France for 30 Caracal helicopters.",
        {
            ("H225M", "FRA", "KWT", "cancelled", "possible", None),
            ("H225M", "FRA", "KWT", "agreement", "asserted", "2016"),
        },
    ),
    (
        "Chile dropped a contract signed in 2019 for Scorpene submarines from France.",
        {
            ("Scorpene", "FRA", "CHL", "cancelled", "asserted", None),
            ("Scorpene", "FRA", "CHL", "agreement", "asserted", "2019"),
        },
    ),
    (
        "Peru froze its 2018 contract for K9 howitzers from South Korea in May.",
        {
            ("K9", "KOR", "PER", "postponed", "asserted", "2024-05"),
            ("K9", "KOR", "PER", "agreement", "asserted", "2018"),
        },
    ),
]


def test_compound_step_noun_keeps_its_system() -> None:
    headline = "Lima halts Gripen talks a week after its Rafale order"
    assert probe_claims(headline, title=headline) == {
        ("Gripen", "SWE", "PER", "postponed", "asserted"),
        ("Rafale", "FRA", "PER", "agreement", "asserted"),
    }


def dated_claims(text: str) -> set[DatedClaim]:
    return dated_probe_claims(text, "2024-11-20")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guard(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dated_deal(text: str, expected: set[DatedClaim]) -> None:
    assert dated_claims(text) == expected
