"""The words around a party and the role they give it (extract/role_words.py and
extract/pattern_roles.py), on sentences written here."""

from __future__ import annotations

from armsledger.extract.pattern_roles import role_patterns
from armsledger.extract.role_words import is_target, list_ends, party_runs
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table


def _party(sentence: str, name: str, code: str, kind: str = "party") -> Mention:
    start = sentence.index(name)
    return Mention(start, start + len(name), kind, code, code)


def test_the_words_after_and_before_a_party_give_its_role() -> None:
    s = "Norway delivered launchers to Chile, and Peru's army observed."
    parties = [_party(s, "Norway", "NOR"), _party(s, "Chile", "CHL"), _party(s, "Peru", "PER")]
    assert role_patterns(s, parties) == ["supplier", "recipient", "none"]


def test_a_time_adverbial_between_a_party_and_its_verb_keeps_the_role() -> None:
    s = "Chile last year received two frigates."
    assert role_patterns(s, [_party(s, "Chile", "CHL")]) == ["recipient"]


def test_a_list_of_parties_ends_where_its_last_member_ends() -> None:
    s = "Latvia and Lithuania will send radars."
    latvia, lithuania = _party(s, "Latvia", "LVA"), _party(s, "Lithuania", "LTU")
    glue = rule_table()["roles.party_list"]
    assert party_runs(s, [latvia, lithuania], glue) == [[latvia, lithuania]]
    assert list_ends(s, [latvia, lithuania], glue) == {latvia.start: lithuania.end,
                                                        lithuania.start: lithuania.end}  # fmt: skip


def test_a_state_adjective_after_an_attack_verb_is_the_target() -> None:
    s = "The launchers struck a Russian depot."
    assert is_target(s, _party(s, "Russian", "RUS", kind="demonym"))
    calm = "The launchers came from a Russian depot."
    assert not is_target(calm, _party(calm, "Russian", "RUS", kind="demonym"))
