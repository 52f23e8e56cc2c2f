"""A state named as a place rather than a party: the land a region lies in or a weapon struck
("a depot in Russia's Bryansk region", "at targets inside Russia"). Read by the roles layer
(``role_words``): such a state neither supplies nor receives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH

if TYPE_CHECKING:
    from armsledger.extract.roles import Mention

_TABLE = rule_table()
_PLACE_AFTER = _TABLE["roles.place_after"]
_TARGET_PLACE = _TABLE["roles.target_place_before"]
# How far around a state its region noun or attack words are read.
PLACE_CHARS = 60


def is_place(sentence: str, p: Mention, lang: str) -> bool:
    """Whether English ``p`` is named as where a thing lies or a weapon struck
    (roles.place_after, roles.target_place_before)."""
    return lang == ENGLISH and bool(
        _PLACE_AFTER.match(sentence[p.end : p.end + PLACE_CHARS])
        or _TARGET_PLACE.search(sentence[max(0, p.start - PLACE_CHARS) : p.start])
    )
