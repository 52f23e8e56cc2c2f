"""A state named as a place rather than a party: the land a region lies in or a weapon struck
("a depot in Russia's Bryansk region", "at targets inside Russia"), or, in Russian, where
unnamed officials speak ("В Москве передачу назвали нарушением"). Read by the roles layer
(``role_words``): such a state neither supplies nor receives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from armsledger.extract.morphology import can_be_case
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH, RUSSIAN

if TYPE_CHECKING:
    from armsledger.extract.roles import Mention

_TABLE = rule_table()
_PLACE_AFTER = _TABLE["roles.place_after"]
_TARGET_PLACE = _TABLE["roles.target_place_before"]
_TRANSIT = _TABLE["roles.transit_before"]
_SPEAKERS_PLACE = _TABLE["roles.ru.speakers_place_before"]
_SPEAKERS_VERB = _TABLE["roles.ru.speakers_verb_after"]
_SPEAKERS_VERB_BEFORE = _TABLE["roles.ru.speakers_verb_before"]
# How far around a state its region noun or attack words are read.
PLACE_CHARS = 60
# "Помимо Индии, ...": a state set beside the step's parties (roles.ru.besides_before), read in
# the few characters before it.
_BESIDES = _TABLE["roles.ru.besides_before"]
BESIDES_CHARS = 12
# "a consortium of the UK, Germany, Italy and Spain", "Turkey, Greece's ally": states the
# sentence names only as a system's co-makers or to describe another state.
_CONSORTIUM_MEMBER = _TABLE["roles.consortium_member_before"]
_RELATION = _TABLE["roles.relation_after"]
_VOICE = _TABLE["roles.voice_after"]
# How far before a state its consortium's list is read.
CONSORTIUM_CHARS = 100


def is_place(sentence: str, p: Mention, lang: str) -> bool:
    """Whether ``p`` is named as where a thing lies, a weapon struck or the systems passed
    through (English: roles.place_after, roles.target_place_before, roles.transit_before), or
    as where officials speak (Russian)."""
    if lang == RUSSIAN:
        return speakers_place(sentence, p)
    if lang != ENGLISH:
        return False
    before = sentence[max(0, p.start - PLACE_CHARS) : p.start]
    return bool(
        _PLACE_AFTER.match(sentence[p.end : p.end + PLACE_CHARS])
        or _TARGET_PLACE.search(before)
        or _TRANSIT.search(before)
    )


def speakers_place(sentence: str, p: Mention) -> bool:
    """Russian "В Москве ... назвали", "заявили в Белом доме": the state (or its office) in
    the prepositional ("Москве", not the destination "Москву"), where the sentence opens on
    it and an impersonal verb of speaking follows (roles.ru.speakers_place_before,
    roles.ru.speakers_verb_after), or right after such a verb (roles.ru.speakers_verb_before)."""
    words = sentence[p.start : p.end].split()
    if not words:
        return False
    if _SPEAKERS_PLACE.search(sentence[: p.start]) is not None:
        speaks = _SPEAKERS_VERB.match(sentence, p.end) is not None
    else:
        before = sentence[max(0, p.start - PLACE_CHARS) : p.start]
        speaks = _SPEAKERS_VERB_BEFORE.search(before) is not None
    # A name that does not decline ("В Баку назвали", "в Осло считают") reads as a destination
    # too; beside a verb of speaking it is where officials speak.
    return speaks and can_be_case(words[-1], "loct")


def set_beside(sentence: str, p: Mention, lang: str) -> bool:
    """Russian "Помимо Индии, эти системы были поставлены Китаю": a state after "помимо" or
    "кроме" is set beside the step's parties, none of them (roles.ru.besides_before)."""
    return (
        lang == RUSSIAN
        and _BESIDES.search(sentence[max(0, p.start - BESIDES_CHARS) : p.start]) is not None
    )


def described_only(sentence: str, p: Mention, lang: str) -> bool:
    """English "built by a consortium of the UK, Germany, Italy and Spain", "Turkey, Greece's
    NATO ally, ...": a state named only as one of a system's co-makers or to describe another
    state (roles.consortium_member_before, roles.relation_after), so the step the sentence
    tells is not its own even where the article speaks of it."""
    if lang != ENGLISH:
        return False
    before = sentence[max(0, p.start - CONSORTIUM_CHARS) : p.start]
    return bool(
        _RELATION.match(sentence[p.end : p.end + PLACE_CHARS]) or _CONSORTIUM_MEMBER.search(before)
    )


def speaks_of_deal(sentence: str, p: Mention, lang: str) -> bool:
    """English "Russian social media channels", "India's ambassador", "US sanctions", "Greece's
    NATO ally": a state named for who speaks of the deal, weighs on it or is tied to another
    (roles.voice_after, roles.relation_after) is no option for either role."""
    if lang != ENGLISH:
        return False
    after = sentence[p.end : p.end + PLACE_CHARS]
    return bool(_VOICE.match(after) or _RELATION.match(after))
