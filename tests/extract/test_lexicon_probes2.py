# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""A second battery of probe sentences for the words of each stage and factuality value
(CLAIMS.md 'Stages', 'Factuality', rules 1 and 8-11): the verbs, nouns and idioms of the wire
and trade press that ``lexicon.tsv`` does not hold, in passives, other tenses and headlines,
with sentences that name a system and make no claim.

The sentences are our own (never taken from news or ../shared); they live in
``tests/fixtures/probes/lexicon2.tsv``. A line the extractor still gets wrong is a strict xfail
in KNOWN_MISSES, with the reason, so that fixing it fails the test until the entry goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import probe_claims, with_known_misses
from tests.extract.test_lexicon_probes import key_of, read_probes

PROBES = Path(__file__).resolve().parents[1] / "fixtures" / "probes" / "lexicon2.tsv"
ROWS = read_probes(PROBES)
CLAIMED = [(text, key) for text, key in ROWS if key != "-"]
QUIET = [(text, key) for text, key in ROWS if key == "-"]

KNOWN_MISSES = {
    "The first KF-21 jets were formally accepted by Indonesia from South Korea.": "a passive 'accepted by' is no delivery cue ('the offer was accepted by')",
    "Some observers believe Belarus has received more Iskander systems from Russia.": "'believe' is read as attribution, not as a hedge",
    "Sources suggest that Iran has taken delivery of Su-35 jets from Russia.": "a person or source who 'suggests' reports (attribution), unlike images or data",
    "Spain is gearing up to ship more Leopard 2 tanks to Ukraine.": "factuality right; the subject is not taken as the supplier over the maker",
    "The Netherlands is scheduled to hand over the remaining F-16s to Ukraine in 2025.": "factuality right; the subject is not taken as the supplier over the maker",
    "Manila is keen to complete the BrahMos deal with New Delhi this year.": "'keen to complete' is not read as talks (adding it cost a false claim on the study sets)",
    "The F-35 sale to Turkey was derailed by the S-400 purchase.": "'derailed' is left out ('failed to derail' is not read as a negation)",
    "Indonesia is keen to close the Rafale deal with France this year.": "'keen to close' is not read as talks",
    "The second FREMM frigate for Egypt sailed for Alexandria after the handover in La Spezia.": "stage right; the maker of the family is not the only one offered as supplier",
    "The S-400 systems from Russia are now operational with the Indian Air Force.": "'operational with' is no delivery cue (bare fleet lines are optional claims)",
    "A Thai delegation visited Sweden to inspect the Gripen E.": "a visit to inspect a system is not read as talks",
    "Egypt made a U-turn on the purchase of Su-35 jets from Russia.": "'U-turn' with a capital U is not found by the cue scan (a lower-case 'u-turn' is)",
    "A deal for 24 Su-35 jets for Iran was mooted in 2022.": "'mooted' after its noun is not read as a hedge on the deal",
    "The Su-35 deal with Egypt was dumped under US pressure.": "cue right ('dumped'); the decider rejects the candidate",
}


def test_table_is_read() -> None:
    assert len(CLAIMED) > 300 and len(QUIET) >= 30
    assert all(len(key_of(key)) == 5 for _, key in CLAIMED)
    assert set(KNOWN_MISSES) <= {text for text, _ in ROWS}


@pytest.mark.parametrize(("text", "key"), with_known_misses(CLAIMED, KNOWN_MISSES))
def test_sentence_gives_its_claim(text: str, key: str) -> None:
    assert key_of(key) in probe_claims(text)


@pytest.mark.parametrize(("text", "key"), with_known_misses(QUIET, KNOWN_MISSES))
def test_sentence_without_transfer_stays_quiet(text: str, key: str) -> None:
    assert probe_claims(text) == set()
