"""Who a sentence's claim comes from (the original voice) and through whom it reached us.

"Citing the daily Izvestia, Interfax reported" -> source Izvestia, via [Interfax];
"a defence industry source told the TASS news agency" -> source the source, via [TASS];
"X said, as Sputnik reported" -> source X, via [Sputnik]; "Y quoted X as saying" -> X via [Y].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SAY = (
    r"said|says|say|told|tells|stated|states|announced|announces|reported|reports|noted|notes"
    r"|claimed|claims|confirmed|confirms|added|adds|wrote|writes|declared|declares|explained"
    r"|insisted|stressed|revealed|reveals|clarified|informed|disclosed|warned|denied|denies"
    r"|brushed\s+off|dismissed|rejected|quoted|cited|announcing"
)
_NP = r"[^,\"“”;:]{1,90}?"
_QUOTE_OR_START = r"(?:^|[\"“”]\s*|,\s+|:\s+|\bthat\s+|\(\w+\)\s+-\s+)"

CITING_FIRST = re.compile(
    rf"\b[Cc]iting\s+(?P<src>{_NP}),\s+(?P<via>{_NP})\s+(?:reported|reports|said|says|wrote|writes)\b"
)
CITING_AFTER = re.compile(
    rf"(?P<via>{_NP})\s+(?:reported|reports|said|says|wrote|writes),?\s+citing\s+(?P<src>{_NP})(?=[,.;]|$|\s+(?:as|on|that)\b)"
)
QUOTED_AS = re.compile(rf"(?P<via>{_NP})\s+(?:quoted|cited)\s+(?P<src>{_NP})\s+as\s+saying\b")
AS_REPORTED = re.compile(rf",\s+as\s+(?P<via>{_NP})\s+(?:reported|reports|said|wrote|writes)\b")
ACCORDING_TO = re.compile(
    r"\b[Aa]ccording\s+to\s+(?P<src>(?!plan\b|schedule\b|the\s+(?:plan|schedule|contract|deal|agreement)\b)"
    r"[^,\"“”;:.]{2,80}?)(?=[,.;:]|$|\s+(?:the|a|an|which|who|on|in)\s)"
)
APPOSITIVE = re.compile(
    rf"{_QUOTE_OR_START}(?P<src>[A-Z][^,\"“”;:]{{1,60}},\s+[^,\"“”;:]{{2,80}}?),\s+(?:{_SAY})\b"
)
SUBJECT = re.compile(
    rf"{_QUOTE_OR_START}(?P<src>[^,\"“”;:]{{1,100}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)?(?:\w+ly\s+)?(?P<verb>{_SAY})\b"
)
INVERTED = re.compile(
    r"(?:,|[\"”])\s*(?P<verb>reports|reported|writes|wrote|adds|added|said|says)\s+"
    r"(?P<src>(?:the\s+)?[A-Z][^,.;:\"“”]{1,60}?(?:,\s+(?:the|a|an)\s+[^.;:\"“”]{1,90}?)?)"
    r"\s*(?:[.,;]|$)"
)
HEADLINE_DASH = re.compile(r"\s[-–—]\s+(?P<src>[A-Z][\w.'’ -]{1,40}?)\s*(?:\|.*)?$")
HEADLINE_COLON = re.compile(r"^(?P<src>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}):\s")
NEGATED_SPEECH = re.compile(r"\b(?:not|never|n't|declined\s+to|refused\s+to)\s*$", re.I)
# Every attribution pattern needs one of these words; most sentences have none.
ANY_ATTRIBUTION = re.compile(rf"\b(?:{_SAY}|citing|according)\b", re.I)
ASIDE = re.compile(
    r",\s+(?:in\s+turn|however|meanwhile|though|too|also|in\s+fact|for\s+(?:its|their|his|her)\s+part),",
    re.I,
)
TOLD_VIA = re.compile(r"\btold\s+(?P<obj>[^,.;]{1,60})")

# A noun phrase ends at the last of these words going left ("a week after a senior official").
STOP_WORDS = frozenset(
    [
        "by",
        "after",
        "before",
        "when",
        "while",
        "since",
        "because",
        "as",
        "if",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "comes",
        "came",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "did",
        "does",
        "do",
        "but",
        "than",
        "then",
        "also",
        "so",
        "meanwhile",
        "however",
        "it's",
        "there",
        "where",
        "although",
        "though",
        "yet",
        "even",
        "once",
        "until",
        "unless",
        "recently",
        "moreover",
    ]
)
PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "this", "these", "those"])
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
    np = re.sub(r"^(?:and|but|so|then|also)\s+", "", np.strip(" ,.'\"“”*•"), flags=re.I)
    if np.lower() in PRONOUNS:
        return previous if np.lower() in ("he", "she") else None
    if np.lower() in ("the report", "the statement", "the paper", "the newspaper"):
        return previous
    if not re.search(r"[A-Z]", np) and not re.search(
        r"\b(?:sources?|officials?|spokes\w+|minist\w+|lawmakers?|diplomats?|agency|newspaper|media|daily|analysts?|experts?)\b",
        np,
        re.I,
    ):
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
                         ("quoted", QUOTED_AS), ("cited", QUOTED_AS)):  # fmt: skip
        m = pattern.search(sentence) if key in lowered else None
        if m:
            src = _clean(_tail_np(m.group("src")), previous)
            return Attribution(src, via_of(m.group("via")), m.end())
    m = ACCORDING_TO.search(sentence) if "according" in lowered else None
    if m:
        return Attribution(_clean(m.group("src"), previous), (), None)
    for pattern in (APPOSITIVE, SUBJECT):
        for m in pattern.finditer(sentence):
            if NEGATED_SPEECH.search(m.group("src")):
                continue  # "officials have not said": nobody says anything
            raw = m.group("src")
            if pattern is APPOSITIVE:
                # "A study by X, a UK-based group, said": the head's tail, then its apposition.
                head, _, apposition = raw.partition(",")
                raw = f"{_tail_np(head) or ''},{apposition}"
            src = _clean(_tail_np(raw) if pattern is SUBJECT else raw, previous)
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
    m = INVERTED.search(sentence)
    if m:
        return Attribution(_clean(m.group("src"), previous), (), m.end("verb"))
    if is_headline:
        for pattern in (HEADLINE_DASH, HEADLINE_COLON):
            m = pattern.search(sentence)
            if m and not m.group("src").isupper():
                return Attribution(m.group("src").strip(), (), None)
    return Attribution(None, (), None)


def _same_outlet(name: str, outlet: str) -> bool:
    """Whether a relay is the article's own outlet ("Interfax reported" on interfax.ru)."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    return bool(key) and key in re.sub(r"[^a-z0-9]", "", outlet.lower())
