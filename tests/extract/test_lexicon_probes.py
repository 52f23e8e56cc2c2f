"""Probe sentences for the words of each stage and factuality value (CLAIMS.md rules 1, 8-11):
the verbs and nouns a reporter uses for each step, headline style, schedules, hedges, parties
named by companies and services, and sentences that name a system with no transfer.

The sentences are our own, written for these probes (never taken from news or ../shared); they
live in ``tests/fixtures/probes/lexicon.tsv``, one per line with the claim it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import probe_claims

PROBES = Path(__file__).resolve().parents[1] / "fixtures" / "probes" / "lexicon.tsv"


def read_probes(path: Path) -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, sep, key = line.partition("\t")
        assert sep and text and key, f"{path.name}:{number}: needs sentence<TAB>key"
        rows.append((text, key))
    return rows


ROWS = read_probes(PROBES)
CLAIMED = [(text, key) for text, key in ROWS if key != "-"]
QUIET = [text for text, key in ROWS if key == "-"]


def key_of(key: str) -> tuple[str | None, ...]:
    return tuple(None if part == "None" else part for part in key.split("|"))


def test_table_is_read() -> None:
    assert len(CLAIMED) > 150 and len(QUIET) >= 10
    assert all(len(key_of(key)) == 5 for _, key in CLAIMED)


@pytest.mark.parametrize(("text", "key"), CLAIMED)
def test_sentence_gives_its_claim(text: str, key: str) -> None:
    assert key_of(key) in probe_claims(text)


@pytest.mark.parametrize("text", QUIET)
def test_sentence_without_transfer_stays_quiet(text: str) -> None:
    assert probe_claims(text) == set()
