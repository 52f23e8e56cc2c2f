"""The rule table: every example of every rule, and the schema's load errors."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from armsledger.errors import DataFileError
from armsledger.extract.cue_rules import load_rules
from armsledger.extract.rules import (
    RULE_FILES,
    Rule,
    build_table,
    fires,
    read_rule_files,
    rule_table,
)

RULES = rule_table().rules


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_example_of_every_rule(rule: Rule) -> None:
    missed = [ex for ex in rule.fire if not fires(rule, ex)]
    wrong = [ex for ex in rule.quiet if fires(rule, ex)]
    assert not missed, f"{rule.id} ({rule.file}) does not fire on {missed}"
    assert not wrong, f"{rule.id} ({rule.file}) fires on {wrong}"


def test_every_rule_has_its_examples_and_a_one_line_purpose() -> None:
    for rule in RULES:
        assert len(rule.fire) >= 2 and rule.quiet, rule.id
        assert rule.purpose.strip() and "\n" not in rule.purpose, rule.id


def test_ids_are_unique_and_name_their_file() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.file == f"rules_{rule.id.split('.')[0]}.json"


def test_one_noun_list_serves_references_categories_and_weapon_context() -> None:
    rules = load_rules()
    for noun in ("frigates", "SAMs", "choppers", "deliveries", "batch"):
        assert rules.reference_nouns.search(f"Then the new {noun} came."), noun
    assert rules.category_nouns["Ships"].search("two corvettes")
    assert rules.category_nouns["Aircraft"].search("the choppers")
    assert rules.weapon_noun.search("Hawk air defence") and rules.weapon_noun.search("Tiger class")
    assert not rules.reference_nouns.search("Norway's air defence improved.")
    assert rules.reference_heads.exists(" frigates ") and rules.reference_heads.exists(" deal ")


def _files() -> dict[str, Any]:
    return copy.deepcopy(read_rule_files())


def _error(files: dict[str, Any]) -> str:
    with pytest.raises(DataFileError) as info:
        build_table(files)
    return str(info.value)


def test_the_packaged_files_build() -> None:
    assert len(build_table(_files()).rules) == len(RULES)


def test_a_missing_section_names_file_and_key() -> None:
    files = _files()
    del files["rules_stage.json"]["stage_cues"]
    message = _error(files)
    assert "rules_stage.json" in message and "stage_cues" in message


def test_a_misspelt_section_names_file_and_key() -> None:
    files = _files()
    files["rules_time.json"]["time_expresions"] = files["rules_time.json"].pop("time_expressions")
    message = _error(files)
    assert "rules_time.json" in message and "time_expresions" in message


@pytest.mark.parametrize("field", ["id", "purpose", "pattern", "examples"])
def test_a_missing_field_names_file_and_key(field: str) -> None:
    files = _files()
    del files["rules_roles.json"]["roles"][2][field]
    message = _error(files)
    assert "rules_roles.json" in message and f"'{field}'" in message and "roles[2]" in message


def test_a_misspelt_field_names_file_and_key() -> None:
    files = _files()
    entry = files["rules_nouns.json"]["nouns"][0]
    entry["categroy"] = entry.pop("category")
    message = _error(files)
    assert "rules_nouns.json" in message and "categroy" in message and "nouns.aircraft" in message


def test_too_few_examples_is_a_load_error() -> None:
    files = _files()
    files["rules_text.json"]["mentions"][0]["examples"]["fire"] = ["Norway sent 12 |NASAMS."]
    assert "rules_text.json" in _error(files)


def test_a_scoped_example_needs_its_mark() -> None:
    files = _files()
    scoped = next(
        r for r in files["rules_roles.json"]["roles"] if r["id"] == "roles.recipient_before"
    )
    scoped["examples"]["quiet"] = ["Launchers from Norway."]
    assert "mark" in _error(files)


def test_duplicate_id_bad_regex_and_unknown_reference_are_load_errors() -> None:
    files = _files()
    files["rules_text.json"]["mentions"][1]["id"] = "text.quantity"
    assert "duplicate id 'text.quantity'" in _error(files)
    files = _files()
    files["rules_text.json"]["mentions"][0]["pattern"] = "(unclosed"
    assert "invalid regular expression" in _error(files)
    files = _files()
    files["rules_text.json"]["mentions"][0]["pattern"] = "{@text.nowhere}"
    assert "{@text.nowhere}" in _error(files)


def test_an_id_the_code_asks_for_must_exist() -> None:
    table = build_table(_files())
    with pytest.raises(DataFileError) as info:
        table["roles.no_such_rule"]
    assert "rules_roles.json" in str(info.value) and "roles.no_such_rule" in str(info.value)


def test_every_file_is_in_the_schema() -> None:
    assert set(read_rule_files()) == set(RULE_FILES)


def test_a_word_lists_values_must_match_its_words() -> None:
    files = _files()
    sections = [v for v in files["rules_text.json"].values() if isinstance(v, list)]
    rule = next(r for section in sections for r in section if r["id"] == "text.number_words")
    rule["values"] = rule["values"][:-1]
    assert "values" in _error(files)
