"""Systems listed together ("VAB carriers and 6 Caesar howitzers") and the system a step
cue takes as its object ("the delivery of S-400 systems"). Read by the predications layer
(``predications``) when it pairs cues with systems."""

from __future__ import annotations

from armsledger.extract.cues import Cue
from armsledger.extract.morphology import can_be_case, has_cyrillic, names_a_kind
from armsledger.extract.patterns import RulePattern
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH, LANGUAGES

_TABLE = rule_table()
_CONJUNCTION = _TABLE["roles.conjunction"]
_PREPOSITION = _TABLE["roles.preposition"]
_NEW_VERB_PHRASE = _TABLE["roles.new_verb_phrase"]
_OBJECT_AFTER = {lang: _TABLE.pick("stage.object_after", lang) for lang in LANGUAGES}
_GOVERNED_OBJECT = _TABLE["stage.governed_object"]
_GAP_TIME_OBJECT = _TABLE.pick("roles.gap_time_object", "ru")
_GAP_OBJECT_FIRST = _TABLE.pick("roles.gap_object_first", "ru")
_GAP_TIME_AFTER = _TABLE.pick("roles.gap_time_after", "ru")
_GAP_SUBJECT_OBJECT = _TABLE.pick("roles.gap_subject_object", "ru")
# "X and Y", "X, Y and Z": systems joined by a conjunction within this many characters.
COORDINATION_CHARS = 80
# A bare comma joins a list only across a short stretch with no preposition ("K2 tanks, 672
# K9 howitzers and ..."), not "Su-35 plan, turns to Rafale".
COMMA_LIST_CHARS = 25
# Russian names the kind before the designation ("танки Т-90СА, зенитные ракетно-пушечные
# комплексы «Панцирь-С1» и истребители Су-30"), so a listed item's own words stand between
# the commas (names_a_kind): set to hold two long adjectives and a noun. The Russian study sets
# kept every claim; the lists of the Russian sets written for us were found.
RU_COMMA_LIST_CHARS = 60


def governed_after(sentence: str, cue: Cue, local: list[Mention], lang: str) -> Mention | None:
    """The first system after ``cue`` if the step takes it as its object: through "of",
    "for" or "on" in English (stage.governed_object), right after it in Russian, whose
    object stands in the genitive or the accusative (stage.ru.object_after)."""
    if lang == ENGLISH:
        return first_object(sentence, cue, local, _GOVERNED_OBJECT)
    first = object_after(sentence, cue, local, lang)
    if first is None:
        return None
    # Only a noun phrase stands between: adjectives, nouns, numbers, and the buyer in the
    # instrumental ("закупку Индией французских Rafale"); a verb opens another clause ("в
    # тендере участвовал также российский МиГ-35").
    words = sentence[cue.end : first.start].split()
    return first if all(names_a_kind(w) or _agent(w) for w in words) else None


def _agent(word: str) -> bool:
    """A capitalised Russian name that may be in the instrumental: the agent of a step noun."""
    return word[:1].isupper() and has_cyrillic(word) and can_be_case(word, "ablt")


def object_after(sentence: str, cue: Cue, local: list[Mention], lang: str) -> Mention | None:
    """The first system after ``cue`` if the words between make it the cue's object."""
    return first_object(sentence, cue, local, _OBJECT_AFTER[lang])


def first_object(
    sentence: str, cue: Cue, systems: list[Mention], between: RulePattern
) -> Mention | None:
    """The first of ``systems`` after ``cue`` where ``between`` takes the whole stretch
    between them (an object rule: stage.object_after, stage.governed_object, ...)."""
    after = [m for m in systems if m.start >= cue.end]
    if not after:
        return None
    first = min(after, key=lambda m: m.start)
    return first if between.fullmatch(sentence, cue.end, first.start) else None


def listed_with(
    sentence: str, target: Mention, systems: list[Mention], cues: list[Cue], lang: str
) -> list[Mention]:
    """The systems listed with ``target`` ("VAB carriers and 6 Caesar howitzers"), walking the
    list from one neighbour to the next, so a system past a non-list stretch is not taken."""
    ordered = sorted(systems, key=lambda m: m.start)
    at = next((i for i, m in enumerate(ordered) if m is target), None)
    if at is None:
        return []
    out: list[Mention] = []
    for step in (1, -1):
        i = at
        while 0 <= i + step < len(ordered) and _coordinated(
            sentence, ordered[i], ordered[i + step], cues, lang
        ):
            i += step
            out.append(ordered[i])
    return out


def _coordinated(
    sentence: str, a: Mention, b: Mention, cues: list[Cue], lang: str = ENGLISH
) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    between = sentence[lo.end : hi.start]
    # A bracketed aside between two listed systems ("six Mi-26 (another eight are due), a
    # batch of Pantsir-S1") leaves the list whole: its words and cues are not the list's.
    open_at, close_at = between.find("("), between.find(")")
    aside = (lo.end + open_at, lo.end + close_at + 1) if 0 <= open_at < close_at else None
    if aside is not None:
        between = between[:open_at].rstrip() + between[close_at + 1 :]
    if len(between) > COORDINATION_CHARS:
        return False
    if lang != ENGLISH and aside is None and _GAP_TIME_AFTER.match(sentence, hi.end):
        # "купила гаубицы Dana в 2021 году, а ЗРК Tor — через год", "гаубицы Dana Армения
        # купила в 2021 году, а ...": a gapped clause naming its object first and its time
        # after the dash lists the object with the first clause's (read from the verb where
        # it stands between them).
        start = max([lo.end] + [c.end for c in cues if lo.end <= c.start < hi.start])
        first = _GAP_OBJECT_FIRST.match(sentence[start : hi.start])
        if first is not None:
            return _names_kinds(first.group("kind"))
    if any(
        lo.end <= c.start < hi.start and not (aside and aside[0] <= c.start < aside[1])
        for c in cues
    ):
        return False
    conjunction, preposition = _CONJUNCTION, _PREPOSITION
    if lang != ENGLISH:
        conjunction = _TABLE.pick("roles.conjunction", lang)
        preposition = _TABLE.pick("roles.preposition", lang)
    if lang == ENGLISH and _NEW_VERB_PHRASE.search(between):
        return False  # "dropped the Su-30 order and will now focus on the Gripen"
    if conjunction.search(between):
        return True
    if lang != ENGLISH and (gap := _GAP_TIME_OBJECT.match(between)) is not None:
        # "получила «Панцирь-С1», а в 2022-м — китайские ЗРК FK-3": a gapped clause that
        # changes only the time lists its object with the first clause's.
        return _names_kinds(between[gap.end() :])
    if lang != ENGLISH and (gap := _GAP_SUBJECT_OBJECT.match(between)) is not None:
        # "получила вертолёты Ми-35, а Ангола — модернизированные истребители Су-30К": a
        # gapped clause with a subject of its own lists its object with the first clause's.
        return _names_kinds(between[gap.end() :])
    if "," not in between or preposition.search(between):
        return False
    if len(between) <= COMMA_LIST_CHARS:
        return True
    # A longer Russian stretch lists only when its words name the next item's kind: no verb
    # or conjunction ("Gripen, но не раньше, чем ВСУ освоят F-16" is no list).
    return (
        lang != ENGLISH
        and len(between) <= RU_COMMA_LIST_CHARS
        and _names_kinds(between.replace(",", " "))
    )


def _names_kinds(text: str) -> bool:
    """Whether every word of ``text`` may stand in a Russian noun phrase naming a system's kind."""
    return all(names_a_kind(w) for w in text.split())
