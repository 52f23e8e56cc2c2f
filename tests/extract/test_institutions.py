"""A state's own institution named bare stands for the state the article named it for
(institutions.bare_institutions)."""

from __future__ import annotations

from armsledger.extract.institutions import bare_institutions
from armsledger.extract.mentions import find_mentions
from tests.conftest import probe_claims


def _bare(text: str) -> list[tuple[str, str | None]]:
    found, _ = find_mentions(text, "en")
    return [(text[m.start : m.end], m.code) for m in bare_institutions(text, found)]


def test_the_institution_named_before_gives_its_state() -> None:
    text = (
        "Chile's Ministry of Defence ordered two radars. Peru bought tanks. The ministry also"
        " plans to buy frigates."
    )
    assert _bare(text) == [("ministry", "CHL")]


def test_the_dateline_gives_the_state_where_nothing_else_does() -> None:
    text = "QUITO — The government has approved the purchase of six radars."
    assert _bare(text) == [("government", "ECU")]


def test_a_place_in_the_sentence_beats_an_earlier_state() -> None:
    text = (
        "The French air force flies jets. In Ecuador, where the air force wants new jets,"
        " nothing has moved."
    )
    assert _bare(text) == [("air force", "ECU")]


def test_an_institution_with_its_own_state_after_it_is_not_bare() -> None:
    text = "LIMA — The government in Quito and the Ministry of Defence of Chile disagree."
    assert _bare(text) == []


def test_a_state_in_the_line_before_names_no_institution() -> None:
    # "Ecuador.\n\nThe government": a new line, and a sentence of its own.
    text = "Chile sends jets to Ecuador.\n\nThe government has decided to donate two radars."
    assert _bare(text) == []


def test_the_bare_navy_receives_for_its_state() -> None:
    claims = probe_claims(
        "MANILA — The Philippine Navy ordered two frigates from South Korea in 2021. The Navy"
        " has now also received four AW159 helicopters from Britain."
    )
    assert ("AW159", "GBR", "PHL", "delivery", "asserted") in claims
