"""Where the decider's parties give way to the rules' (extract/kept_roles.py), through the
pipeline: each test's sentence is one the decider alone would read otherwise."""

from __future__ import annotations

from tests.conftest import probe_claims


def test_the_transferring_states_beat_the_makers_adjective() -> None:
    assert probe_claims("Kyiv's crews fly the American F-16 jets handed over by Oslo.") == {
        ("F-16", "NOR", "UKR", "delivery", "asserted")
    }


def test_russian_agents_in_the_instrumental_beat_the_makers_adjective() -> None:
    assert probe_claims("Украина получила американские F-16, переданные Норвегией.") == {
        ("F-16", "NOR", "UKR", "delivery", "asserted")
    }


def test_the_owner_by_its_possessive_keeps_the_receiver_role() -> None:
    claims = probe_claims(
        "Lima is weighing used F-16 jets from Norway. Riga's own F-16 jets, due last year "
        "under a 2019 contract, will only arrive in 2026, the ministry said."
    )
    assert ("F-16", "USA", "LVA", "agreement", "asserted") in claims
    assert ("F-16", "USA", "PER", "agreement", "asserted") not in claims
