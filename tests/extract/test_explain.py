"""`armsledger explain`: every candidate with its rule, its scores and why it became a claim."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from armsledger.cli import cli
from armsledger.extract import extract
from armsledger.extract.explain import explain, format_explanation
from armsledger.extract.scorer import RuleDecider
from tests.conftest import article

TEXT = (
    "Kongsberg hands over launchers\n\n"
    "Norway delivered two NASAMS batteries to Ukraine in March, the ministry said. "
    "The weather in Oslo was mild."
)


def test_explain_returns_the_claims_extract_returns() -> None:
    got = explain(article(TEXT))
    steps, claims = got.steps, got.claims
    assert claims == extract(article(TEXT))
    assert steps and all(s.cand.cue.rule.startswith("stage.") for s in steps)
    made = [s for s in steps if s.decisions]
    assert made and all(s.accept is not None and s.accept >= (s.threshold or 0) for s in made)


def test_explain_under_the_rules_alone_says_so() -> None:
    text = format_explanation(explain(article(TEXT), RuleDecider()))
    assert "made: the rules' answer" in text
    assert "scores" not in text  # no learned scores to show


def test_explain_command_on_a_text_and_on_a_file(tmp_path: Path) -> None:
    runner = CliRunner()
    got = runner.invoke(cli, ["explain", TEXT, "--published", "2024-04-02"])
    assert got.exit_code == 0, got.output
    assert "sentence: Norway delivered two NASAMS" in got.output
    assert "[rule stage." in got.output and "supplier scores:" in got.output
    assert "NASAMS NOR -> UKR delivery/asserted when=2024-03" in got.output
    path = tmp_path / "note.txt"
    path.write_text("The weather in Oslo was mild.\n", "utf-8")
    got = runner.invoke(cli, ["explain", str(path)])
    assert got.exit_code == 0, got.output
    assert "no candidate" in got.output and "claims (0):" in got.output


def test_explain_dates_a_plain_text_file_by_published(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(f"Norway note\n\n{TEXT}\n", "utf-8")
    got = CliRunner().invoke(cli, ["explain", str(path), "--published", "2024-04-02"])
    assert got.exit_code == 0, got.output
    assert "(published 2024-04-02)" in got.output
    assert "NASAMS NOR -> UKR delivery/asserted when=2024-03" in got.output
    undated = CliRunner().invoke(cli, ["explain", str(path)])
    assert "(published -)" in undated.output and "when=2024-03" not in undated.output


def test_explain_prints_each_layer_and_why_a_sentence_made_nothing() -> None:
    text = format_explanation(explain(article(TEXT)))
    block = text.split("sentence: Norway delivered")[1].split("sentence:")[0]
    for layer in ("mentions:", "cues:", "pairings:", "attribution: the ministry", "factuality:"):
        assert layer in block
    assert "time: NASAMS delivery when=" in block
    # A headline naming a maker but no system and no cue says why nothing came of it.
    head = text.split("sentence: Kongsberg hands over launchers")[1].split("sentence:")[0]
    assert "no stage cue" in head


def test_explain_names_a_sentence_whose_cue_speaks_of_no_system() -> None:
    text = "Norway sold NASAMS to Ukraine.\n\nThe weather was mild when the ships arrived."
    got = format_explanation(explain(article(text)))
    assert "no cue speaks of a system" in got


def test_explain_reads_a_text_too_long_to_be_a_file_name() -> None:
    long_text = "Norway delivered two NASAMS batteries to Ukraine. " * 10
    got = CliRunner().invoke(cli, ["explain", long_text])
    assert got.exit_code == 0, got.output
    assert "NASAMS NOR -> UKR delivery/asserted" in got.output


def test_explain_command_on_a_text_longer_than_a_file_name() -> None:
    # 2 bytes a Cyrillic letter: this is more than the 255 bytes a file name may have.
    text = "Норвегия передала Украине комплексы NASAMS в марте, сообщило министерство. " * 3
    got = CliRunner().invoke(cli, ["explain", text, "--published", "2024-04-02"])
    assert got.exit_code == 0, got.output
    assert "NASAMS NOR -> UKR delivery/asserted" in got.output
