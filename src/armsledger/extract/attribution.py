"""Who a sentence's claim comes from (the original voice) and through whom it reached us.

"Citing the daily Izvestia, Interfax reported" -> source Izvestia, via [Interfax];
"a defence industry source told the TASS news agency" -> source the source, via [TASS];
"X said, as Sputnik reported" -> source X, via [Sputnik]; "Y quoted X as saying" -> X via [Y].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from armsledger.extract.rules import rule_table

_TABLE = rule_table()
CITING_FIRST = _TABLE["attribution.citing_first"]
CITING_AFTER = _TABLE["attribution.citing_after"]
QUOTED_AS = _TABLE["attribution.quoted_as"]
CITING_ASIDE = _TABLE["attribution.citing_aside"]
CITED_BY = _TABLE["attribution.cited_by"]
OWN_SOURCES = _TABLE["attribution.own_sources"]
AS_REPORTED = _TABLE["attribution.as_reported"]
ACCORDING_TO = _TABLE["attribution.according_to"]
AS_FIRST = _TABLE["attribution.as_first"]
APPOSITIVE = _TABLE["attribution.appositive"]
RELATIVE_ASIDE = _TABLE["attribution.relative_aside"]
SUBJECT = _TABLE["attribution.subject"]
INVERTED = _TABLE["attribution.inverted"]
HEADLINE_DASH = _TABLE["attribution.headline_dash"]
HEADLINE_COLON = _TABLE["attribution.headline_colon"]
HEADLINE_SAYS = _TABLE["attribution.headline_says"]
NEGATED_SPEECH = _TABLE["attribution.negated_speech"]
# Every attribution pattern needs one of these words; most sentences have none.
ANY_ATTRIBUTION = _TABLE["attribution.any"]
ASIDE = _TABLE["attribution.aside"]
TOLD_VIA = _TABLE["attribution.told_via"]
RELAY_NOUN = _TABLE["attribution.relay_noun"]
REASON_PHRASE = _TABLE["attribution.reason_phrase"]
SOURCE_NOUN = _TABLE["attribution.source_noun"]
LEADING_CONJUNCTION = _TABLE["attribution.leading_conjunction"]
TRAILING_TIME = _TABLE["attribution.np_trailing_time"]
LEADING_DETERMINER = _TABLE["attribution.leading_determiner"]
STANCE = _TABLE["attribution.stance"]

# A noun phrase ends at the last of these words going left ("a week after a senior official").
STOP_WORDS = frozenset(_TABLE.by_id["attribution.np_stop_words"].words)
PRONOUNS = frozenset(_TABLE.by_id["attribution.pronouns"].words)
BAD_END = frozenset(_TABLE.by_id["attribution.np_bad_end"].words)
MAX_NP_TOKENS = 9


@dataclass(frozen=True)
class Attribution:
    source: str | None
    via: tuple[str, ...]
    verb_end: int | None  # where the speech verb ends (a date right after it is report time)


def _tail_np(text: str) -> str | None:
    tokens = text.strip().split()
    kept: list[str] = []
    for tok in reversed(tokens):
        if tok.lower() in STOP_WORDS or len(kept) >= MAX_NP_TOKENS:
            break
        kept.append(tok)
    np = " ".join(reversed(kept)).strip(" ,.'\"“”")
    return np or None


def _clean(np: str | None, previous: str | None) -> str | None:
    if not np:
        return None
    np = LEADING_CONJUNCTION.sub("", np.strip(" ,.'\"“”*•"))
    np = TRAILING_TIME.sub("", np)
    if not np:
        return None
    if np.split()[-1].lower() in BAD_END:
        return None  # "for a reported sum": the verb is no speech verb here
    if np.lower() in PRONOUNS:
        return previous if np.lower() in ("he", "she", "it", "they") else None
    if RELAY_NOUN.fullmatch(np):
        return previous
    bare = LEADING_DETERMINER.sub("", np, count=1)
    if REASON_PHRASE.fullmatch(bare):
        return None  # "citing fears of sanctions": a motive, not a voice
    if not re.search(r"[A-Z]", bare) and not SOURCE_NOUN.search(np):
        return None
    return np


def find_attribution(
    sentence: str,
    *,
    media_names: list[tuple[int, str]],
    outlet: str | None,
    previous: str | None,
    is_headline: bool,
) -> Attribution:
    """The attribution of one sentence; ``media_names`` are (offset, name) of media mentions."""

    def via_of(text: str | None) -> tuple[str, ...]:
        if not text:
            return ()
        names = [name for _, name in media_names if name.lower() in text.lower()]
        name = names[0] if names else _tail_np(text)
        if not name or (outlet and _same_outlet(name, outlet)):
            return ()
        return (name,)

    if not is_headline and not ANY_ATTRIBUTION.search(sentence):
        return Attribution(None, (), None)
    # Asides between subject and verb ("Egypt, for its part, insisted") hide the subject.
    sentence = ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    lowered = sentence.lower()
    # Each pattern runs only where its key word occurs: they scan noun phrases at every
    # position, which costs more than all the cheap substring tests together.
    for key, pattern in (("citing", CITING_FIRST), ("citing", CITING_AFTER),
                         ("citing", CITING_ASIDE), ("quoting", CITING_ASIDE),
                         ("quot", QUOTED_AS), ("cite", QUOTED_AS)):  # fmt: skip
        m = pattern.search(sentence) if key in lowered else None
        if m:
            if OWN_SOURCES.fullmatch(m.group("src").strip()):
                # "Der Spiegel, citing its own sources, said": the outlet's own voice.
                return Attribution(_clean(_tail_np(m.group("via")), previous), (), m.end())
            src = _clean(_tail_np(m.group("src")), previous)
            return Attribution(src, via_of(m.group("via")), m.end())
    m = ACCORDING_TO.search(sentence) if "according" in lowered else None
    if m:
        relayed = CITED_BY.match(m.group("src"))
        if relayed:  # "according to a report by Sohu cited by UAWire"
            return Attribution(
                _clean(relayed.group("src"), previous), via_of(relayed.group("via")), None
            )
        return Attribution(_clean(m.group("src"), previous), (), None)
    m = AS_FIRST.match(sentence) if lowered.lstrip().startswith("as ") else None
    if m:
        src = _clean(m.group("by") or _tail_np(m.group("src")), previous)
        if src:
            return Attribution(src, (), m.end())
    for pattern in (APPOSITIVE, RELATIVE_ASIDE, SUBJECT):
        for m in pattern.finditer(sentence):
            if NEGATED_SPEECH.search(m.group("src")):
                continue  # "officials have not said": nobody says anything
            raw = m.group("src")
            if pattern is APPOSITIVE:
                # "A study by X, a UK-based group, said": the head's tail, then its apposition.
                head, _, apposition = raw.partition(",")
                raw = f"{_tail_np(head) or ''},{apposition}"
            src = _clean(_tail_np(raw) if pattern is not APPOSITIVE else raw, previous)
            if not src:
                continue
            via: tuple[str, ...] = ()
            rest = sentence[m.end() :]
            told = (
                TOLD_VIA.match(sentence, m.end() - len("told"))
                if m.group(0).endswith("told")
                else None
            )
            if told and any(name.lower() in told.group("obj").lower() for _, name in media_names):
                via = via_of(told.group("obj"))
            reported = AS_REPORTED.search(rest) if ", as " in rest else None
            if reported:
                via = via_of(reported.group("via"))
            return Attribution(src, via, m.end())
    m = STANCE.match(sentence)
    if m:
        src = _clean(_tail_np(m.group("src")), previous)
        if src:
            return Attribution(src, (), m.end("verb"))
    m = INVERTED.search(sentence)
    if m:
        return Attribution(_clean(m.group("src"), previous), (), m.end("verb"))
    if is_headline:
        for pattern in (HEADLINE_SAYS, HEADLINE_DASH, HEADLINE_COLON):
            m = pattern.search(sentence)
            if m and not m.group("src").isupper():
                return Attribution(m.group("src").strip(), (), None)
    return Attribution(None, (), None)


def _same_outlet(name: str, outlet: str) -> bool:
    """Whether a relay is the article's own outlet ("Interfax reported" on interfax.ru)."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    return bool(key) and key in re.sub(r"[^a-z0-9]", "", outlet.lower())
