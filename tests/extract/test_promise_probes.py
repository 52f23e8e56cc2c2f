"""Who gives and who takes around promises, passives of giving and verbs of weighing.

- A promise of systems is a pledge (CLAIMS.md rule 9: agreement, asserted), told actively with
  its receiver as an object ("has promised Ukraine 19 jets") or passively with its giver as
  the agent ("Ukraine has been promised jets by Denmark"; stage.pledge, roles.supplier_after,
  roles.supplier_before).
- The subject of a passive giving verb with an object of its own receives ("Ukraine was sent
  tanks by Spain"; roles.recipient_after, roles.passive_after).
- A party weighing a transfer ("Spain is considering providing", "Greece is mulling selling")
  still gives it (roles.weighing), and the gerunds of 'provide' and 'donate' are giving verbs.

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.extract.test_factuality_probes2 import _check

PROMISES = [
    (
        "Ukraine has been promised F-16 jets by Denmark and Norway.",
        "F-16|DNK|UKR|agreement|asserted;F-16|NOR|UKR|agreement|asserted",
    ),
    ("India was promised S-400 systems by Russia.", "S-400|RUS|IND|agreement|asserted"),
    (
        "Denmark has promised Ukraine 19 F-16 jets.",
        "F-16|DNK|UKR|agreement|asserted;!F-16|USA|UKR|agreement|asserted",
    ),
    (
        "Belgium promised F-16 jets to Ukraine.",
        "F-16|BEL|UKR|agreement|asserted;!F-16|USA|UKR|agreement|asserted",
    ),
    (
        "The F-16 jets pledged by Norway arrived in Ukraine.",
        "F-16|NOR|UKR|delivery|asserted;!F-16|USA|NOR|delivery|asserted",
    ),
    # A promise of something else is no pledge of arms.
    ("The minister promised the crowd that F-16 jets would come.", "!F-16|agreement|asserted"),
]

PASSIVES = [
    (
        "Ukraine was sent Leopard 2 tanks by Spain.",
        "Leopard 2|ESP|UKR|delivery|asserted;!Leopard 2|DEU|UKR|delivery|asserted",
    ),
    (
        "Ukraine has been sent Leopard 2 tanks by Portugal.",
        "Leopard 2|PRT|UKR|delivery|asserted;!Leopard 2|DEU|PRT|delivery|asserted",
    ),
    ("Kyiv was offered Leopard 2 tanks by Spain.", "Leopard 2|ESP|UKR|negotiation|asserted"),
    # Active giving keeps its subject the giver.
    ("Norway has sent NASAMS to Ukraine.", "NASAMS|NOR|UKR|delivery|asserted"),
    ("Norway is sending NASAMS to Ukraine.", "NASAMS|NOR|UKR|delivery|asserted"),
]

WEIGHING = [
    (
        "Spain is considering providing Leopard 2 tanks to Ukraine.",
        "Leopard 2|ESP|UKR|negotiation|asserted;!Leopard 2|DEU|UKR|negotiation|asserted",
    ),
    (
        "Greece is mulling selling its Mirage 2000 jets to India.",
        "Mirage 2000|GRC|IND|negotiation|asserted",
    ),
    ("Slovakia is weighing sending MiG-29 jets to Ukraine.", "MiG-29|SVK|UKR|negotiation|asserted"),
    (
        "Denmark is studying donating Caesar howitzers to Ukraine.",
        "Caesar|DNK|UKR|negotiation|asserted",
    ),
    (
        "India is considering buying more Rafale jets from France.",
        "Rafale|FRA|IND|negotiation|asserted",
    ),
    ("Norway has been providing NASAMS to Ukraine.", "NASAMS|NOR|UKR|delivery|asserted"),
]


# A commitment to the transfer of systems is a pledge too (stage.pledge), its subjects the givers.
COMMITMENTS = [
    (
        "The Netherlands and Denmark commit to the transfer of F-16 jets to Ukraine.",
        "F-16|NLD|UKR|agreement|asserted;F-16|DNK|UKR|agreement|asserted;"
        "!F-16|USA|UKR|delivery|asserted",
    ),
    ("Norway committed to the delivery of NASAMS to Ukraine.", "NASAMS|NOR|UKR|agreement|asserted"),
]


@pytest.mark.parametrize(("text", "spec"), PROMISES + PASSIVES + WEIGHING + COMMITMENTS)
def test_promise_probe(text: str, spec: str) -> None:
    _check(text, spec)
