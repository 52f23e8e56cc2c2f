"""Feature strings that name no word of the text, made once a process (``candidates``).

A candidate's event features and each option's role features open with strings made of a
stage, flags and buckets only ("s:stage=delivery|rule=True"). Formatting ~20 of them an option
was a third of the decider's time, and a string made once keeps its hash, which the scorer's
weight lookup (``LinearModel.score``) would otherwise compute again for every new copy. Each
group of them is kept by the values it is made of; the words around a cue or a party are
never part of a key, so nothing here is kept by a text.
"""

from __future__ import annotations

from typing import Any

_TF = ("False", "True")  # str() of a boolean, by indexing (False is 0)
# The values come from small sets; the cap only bounds a table that a caller fills with many.
TABLE_CAP = 1 << 14


class Table(dict[tuple[Any, ...], tuple[str, ...]]):
    """Strings by the values they are made of."""

    def put(self, key: tuple[Any, ...], strings: tuple[str, ...]) -> tuple[str, ...]:
        if len(self) >= TABLE_CAP:
            self.clear()
        self[key] = strings
        return strings


EVENT_HEADS = Table()
ROLE_HEADS = Table()
NAMED_HEADS = Table()


def event_head(
    stage: str,
    category: str,
    rule_fact: str,
    rule_made: bool,
    paired: bool,
    fixed: str,
    headline: bool,
    referenced: bool,
    same_clause: bool,
    gap: str,
    cue_first: bool,
    n_systems: int,
    n_cues: int,
    attributed: bool,
    system_freq: str,
    top_system: bool,
) -> tuple[str, ...]:
    """The event features that name no word (all but "bias" and "cue="), in their order."""
    return (
        f"stage={stage}",
        f"cat={category}",
        f"stage={stage}|cat={category}",
        f"rulef={rule_fact}",
        f"stage={stage}|rulef={rule_fact}",
        f"rulemade={_TF[rule_made]}",
        f"paired={_TF[paired]}",
        f"paired={_TF[paired]}|stage={stage}",
        f"fixed={fixed}",
        f"headline={_TF[headline]}",
        f"ref={_TF[referenced]}",
        f"sameclause={_TF[same_clause]}",
        f"gap={gap}",
        f"order={'cue' if cue_first else 'sys'}",
        f"nsys={n_systems}",
        f"ncues={n_cues}",
        f"attributed={_TF[attributed]}",
        f"sysfreq={system_freq}",
        f"topsys={_TF[top_system]}",
        f"stage={stage}|topsys={_TF[top_system]}",
    )


def role_head(
    role: str,
    stage: str,
    has_value: bool,
    is_rule: bool,
    rule_made: bool,
    is_maker: bool,
    is_focus: bool,
    is_doc_recipient: bool,
    rule_open: bool | None,
    n_parties: int | None,
) -> tuple[str, ...]:
    """The role features every option has, and an open option's (``has_value`` False)."""
    head = (
        f"{role}:bias",
        f"{role}:none={_TF[not has_value]}",
        f"{role}:rule={_TF[is_rule]}",
        f"{role}:rule={_TF[is_rule]}|made={_TF[rule_made]}",
        f"{role}:stage={stage}|rule={_TF[is_rule]}",
        f"{role}:maker={_TF[is_maker]}",
        f"{role}:stage={stage}|maker={_TF[is_maker]}",
        f"{role}:focus={_TF[is_focus]}",
        f"{role}:docrec={_TF[is_doc_recipient]}",
    )
    if has_value:
        return head
    return (*head, f"{role}:none|rule={_TF[bool(rule_open)]}", f"{role}:none|nparties={n_parties}")


def named_head(
    role: str,
    stage: str,
    kind: str,
    before_cue: bool,
    before_system: bool,
    in_clause: bool,
    first: bool,
    beside_system: bool,
    glue: str,
    pattern: str,
) -> tuple[str, ...]:
    """The features of an option named in the sentence that name no word."""
    vscue = "before" if before_cue else "after"
    return (
        f"{role}:named=True",
        f"{role}:kind={kind}",
        f"{role}:vscue={vscue}",
        f"{role}:vssys={'before' if before_system else 'after'}",
        f"{role}:inclause={_TF[in_clause]}",
        f"{role}:first={_TF[first]}",
        f"{role}:adjsys={_TF[beside_system]}",
        f"{role}:stage={stage}|vscue={vscue}",
        f"{role}:glue={glue}",
        f"{role}:pattern={pattern}",
        f"{role}:pattern={pattern}|inclause={_TF[in_clause]}",
    )
