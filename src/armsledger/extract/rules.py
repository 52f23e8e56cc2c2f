"""The rule table: every linguistic pattern the extractor uses, as checked data.

The table is a few JSON files under ``data/`` (``RULE_FILES``; schema in ``data/README.md``),
loaded once by ``rule_table()``: a missing or misspelt file, section, field or id is a
``DataFileError`` naming the file and the key. Python keeps the mechanics only. The stage,
factuality and noun rules compiled for the cue finder (``Rules``, ``load_rules``) are in
cue_rules.py, which reads this table.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from armsledger.errors import DataFileError
from armsledger.extract.pattern_cache import compile_pattern
from armsledger.extract.patterns import RulePattern, word_alternation
from armsledger.language import ENGLISH, LANGUAGES

# ---------------------------------------------------------------------------------------------
# The rule table: every linguistic pattern the extractor uses, as data (data/README.md).


@dataclass(frozen=True)
class Rule:
    """One entry of the rule table, compiled."""

    id: str
    file: str
    section: str
    purpose: str
    regex: RulePattern
    scope: str  # how the code applies it: on a sentence, before/after/between marks
    fire: tuple[str, ...]  # examples it must fire on
    quiet: tuple[str, ...]  # examples it must not fire on
    extra: dict[str, Any]  # section-specific fields (stage, factuality, category, ...)
    words: tuple[str, ...] = ()  # the literal phrases of a word-list entry
    lang: str = ENGLISH  # the language of the texts it reads ("lang" field; default English)


# Which sections each file must hold (and no others): the schema's first level.
RULE_FILES: dict[str, tuple[str, ...]] = {
    "rules_nouns.json": ("nouns", "weapon_context", "references"),
    "rules_stage.json": ("stage_cues", "stage_context"),
    "rules_factuality.json": ("factuality_cues", "scope"),
    "rules_roles.json": ("roles", "lists"),
    "rules_attribution.json": ("attribution",),
    "rules_time.json": ("time_parts", "time_expressions", "time_context"),
    "rules_text.json": ("sentences", "mentions"),
}
_REQUIRED = ("id", "purpose", "pattern", "examples")
_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "case": str, "bounded": bool, "scope": str, "stage": str, "factuality": str, "unmarked": str,
    "governs": bool, "category": (str, type(None)), "weapon": bool, "needs": list, "lang": str,
    "borrows": bool,  # a stage cue that takes the stage of the article's last claim
    "news": bool,  # a stage cue whose step, told as just done, is the news of a day
    "values": list,  # a word list's numbers, one a word ("text.number_words")
    "states": dict,  # the states each word of a description fits ("text.state_description")
}  # fmt: skip
# How the code applies a rule, so how its examples are run: on the whole sentence (search), on
# the text before or after one mark "|" (search / match there), on the text between two marks
# (search) or on exactly that text ("span": fullmatch).
_SCOPES = {"sentence": 0, "before": 1, "after": 1, "between": 2, "span": 2}
MARK = "|"
_REFERENCE = re.compile(r"\{@([\w.]+)\}")
# "{~поставить передать:!futr,!impr}": every form of the dictionary words named (those whose
# tags hold the grammemes listed and none of the "!" ones), from the morphological dictionary.
_LEXEME = re.compile(r"\{~([^{}:]+)(?::([\w!,]+))?\}")
_ID = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
# A rule that matches nothing: what a language without its own version of a rule gets.
NEVER = RulePattern(re.compile(r"(?!)"))


class RuleTable:
    """All rules by id and by section, in file order."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.by_id = {r.id: r for r in rules}

    def __getitem__(self, rule_id: str) -> RulePattern:
        rule = self.by_id.get(rule_id)
        if rule is None:
            raise DataFileError(
                f"no rule with id {rule_id!r}",
                path=_file_of_id(rule_id),
                record=rule_id,
                hint="the code asks for this id; restore it or fix its spelling",
            )
        return rule.regex

    def section(self, name: str, lang: str = ENGLISH) -> list[Rule]:
        return [r for r in self.rules if r.section == name and r.lang == lang]

    def pick(self, rule_id: str, lang: str = ENGLISH) -> RulePattern:
        """The ``lang`` version of an English rule: "stage.exclusions" is read in Russian
        text by "stage.ru.exclusions"; a language without its own version gets a rule that
        matches nothing (English patterns on another language only misfire)."""
        if lang == ENGLISH:
            return self[rule_id]
        name, _, rest = rule_id.partition(".")
        rule = self.by_id.get(f"{name}.{lang}.{rest}")
        return rule.regex if rule is not None else NEVER


def word_values(rule_id: str) -> dict[str, int]:
    """A word list's words with their numbers ("text.number_words": "two" -> 2)."""
    rule = rule_table().by_id[rule_id]
    return dict(zip(rule.words, rule.extra["values"], strict=True))


def _file_of_id(rule_id: str) -> str:
    # An id starts with its file's name: "time.iso" lives in rules_time.json.
    return f"rules_{rule_id.partition('.')[0]}.json"


def _fail(message: str, file: str, key: str, hint: str | None = None) -> DataFileError:
    return DataFileError(message, path=file, record=key, hint=hint)


def _entries(file: str, data: object) -> list[tuple[str, str, dict[str, Any]]]:
    """(section, key, entry) of one file, after checking its sections and entry fields."""
    if not isinstance(data, dict):
        raise _fail("the file must hold a JSON object", file, "(top)")
    expected = RULE_FILES[file]
    for name in data:
        if name not in expected and name != "_doc":
            raise _fail(f"unknown section {name!r}", file, name, f"sections: {list(expected)}")
    out = []
    for name in expected:
        if name not in data:
            raise _fail(f"missing section {name!r}", file, name)
        if not isinstance(data[name], list) or not data[name]:
            raise _fail("a section is a non-empty list of rules", file, name)
        for i, entry in enumerate(data[name]):
            key = f"{name}[{i}]"
            if not isinstance(entry, dict):
                raise _fail("a rule is a JSON object", file, key)
            key = f"{name}[{i}] {entry.get('id', '')}".strip()
            for field in _REQUIRED:
                if field not in entry:
                    raise _fail(f"missing field {field!r}", file, key)
            for field, value in entry.items():
                kind = _OPTIONAL.get(field)
                if field not in _REQUIRED and kind is None:
                    raise _fail(f"unknown field {field!r}", file, key, f"fields: {_REQUIRED}")
                if kind is not None and not isinstance(value, kind):
                    raise _fail(f"field {field!r} has the wrong type", file, key)
            values = entry.get("values")
            if values is not None and (
                not isinstance(entry["pattern"], list)
                or len(values) != len(entry["pattern"])
                or not all(isinstance(v, int) for v in values)
            ):
                raise _fail("'values' needs a word list and one whole number a word", file, key)
            out.append((name, key, entry))
    return out


def _check_entry(file: str, key: str, entry: dict[str, Any]) -> None:
    if not isinstance(entry["id"], str) or not _ID.fullmatch(entry["id"]):
        raise _fail("an id is dotted lower-case words ('stage.delivery_words')", file, key)
    if _file_of_id(entry["id"]) != file:
        raise _fail(f"an id in {file} starts with {file[6:-5]!r}.", file, key)
    lang = entry.get("lang", ENGLISH)
    if lang not in LANGUAGES:
        raise _fail(f"unknown lang {lang!r}", file, f"{key}.lang", f"one of {list(LANGUAGES)}")
    if (lang != ENGLISH) != (entry["id"].split(".")[1] == lang):
        # "stage.ru.exclusions" is the Russian "stage.exclusions" (RuleTable.pick).
        raise _fail(f"a {lang!r} rule's id is '<file>.{lang}.<name>'", file, f"{key}.id")
    purpose = entry["purpose"]
    if not isinstance(purpose, str) or not purpose.strip() or "\n" in purpose:
        raise _fail("the purpose is one non-empty line", file, f"{key}.purpose")
    pattern = entry["pattern"]
    if not (isinstance(pattern, str) and pattern) and not (
        isinstance(pattern, list) and pattern and all(isinstance(w, str) and w for w in pattern)
    ):
        raise _fail("a pattern is a regex string or a list of words", file, f"{key}.pattern")
    scope = entry.get("scope", "sentence")
    if scope not in _SCOPES:
        raise _fail(f"unknown scope {scope!r}", file, f"{key}.scope", f"one of {list(_SCOPES)}")
    if entry.get("case", "blind") not in ("blind", "sensitive"):
        raise _fail("case is 'blind' or 'sensitive'", file, f"{key}.case")
    examples = entry["examples"]
    if not isinstance(examples, dict) or set(examples) != {"fire", "quiet"}:
        raise _fail("examples is an object with 'fire' and 'quiet' lists", file, f"{key}.examples")
    fire, quiet = examples["fire"], examples["quiet"]
    if not isinstance(fire, list) or len(fire) < 2 or not isinstance(quiet, list) or not quiet:
        raise _fail("at least two 'fire' and one 'quiet' example", file, f"{key}.examples")
    for ex in fire + quiet:
        marks = _SCOPES[scope]  # a sentence-scope example may hold a literal "|"
        if not isinstance(ex, str) or not ex or (marks and ex.count(MARK) != marks):
            raise _fail(
                f"example {ex!r} needs {_SCOPES[scope]} {MARK!r} mark(s) for scope {scope!r}",
                file,
                f"{key}.examples",
            )


def _source(entry: dict[str, Any]) -> str:
    pattern = entry["pattern"]
    if isinstance(pattern, list):
        # Literal phrases, longest first so a compound wins; a space matches a space or a hyphen.
        # Ties in alphabetical order: the same rule is the same regex in every run (a set's
        # order changes with the process), so its compiled form can be kept (pattern_cache).
        alts = {r"[\s-]+".join(map(re.escape, w.split())) for w in pattern}
        # A noun of a system's kind (a nouns entry: the ones with a category) is no noun
        # inside a hyphenated modifier: "anti-aircraft missiles" name no aircraft,
        # "anti-tank weapons" no tank, "anti-ship" no ship.
        lead = r"(?<!\w-)" if "category" in entry else ""
        return lead + r"\b(?:" + "|".join(sorted(alts, key=lambda a: (-len(a), a))) + r")\b"
    return rf"\b(?:{pattern})\b" if entry.get("bounded") else str(pattern)


def _lexeme(m: re.Match[str], file: str, key: str) -> str:
    """The forms a "{~lemma ...:tags}" names, as one alternation of whole words."""
    from armsledger.extract.morphology import lexeme_forms  # the dictionary: only when used

    tags = [t for t in (m.group(2) or "").split(",") if t]
    need = frozenset(t for t in tags if not t.startswith("!"))
    avoid = frozenset(t[1:] for t in tags if t.startswith("!"))
    forms: list[str] = []
    for lemma in m.group(1).split():
        found = lexeme_forms(lemma, need, avoid)
        if not found:
            raise _fail(f"{{~{lemma}}} has no form in the dictionary", file, f"{key}.pattern")
        forms += found
    return word_alternation(forms)


def build_table(files: dict[str, object]) -> RuleTable:
    """Check and compile the parsed JSON of every rule file (``RULE_FILES``)."""
    raw: dict[str, tuple[str, str, str, dict[str, Any]]] = {}  # id -> (file, section, key, entry)
    sections: dict[str, list[str]] = {}
    for file in RULE_FILES:
        if file not in files:
            raise _fail("missing rule file", file, "(file)")
        for section, key, entry in _entries(file, files[file]):
            _check_entry(file, key, entry)
            if entry["id"] in raw or entry["id"] in RULE_FILES[file]:
                raise _fail(f"duplicate id {entry['id']!r}", file, key)
            raw[entry["id"]] = (file, section, key, entry)
            sections.setdefault(section, []).append(entry["id"])
    expanded: dict[str, str] = {}

    def expand(rule_id: str, stack: tuple[str, ...]) -> str:
        # "{@id}" inlines another rule, "{@section}" all rules of a section; an inlined rule
        # takes the case of the rule that includes it ("States" is no speech verb in a
        # case-sensitive pattern).
        if rule_id in expanded:
            return expanded[rule_id]
        file, _, key, entry = raw[rule_id]

        def inline(m: re.Match[str]) -> str:
            name = m.group(1)
            # A section inlines the rules of the including rule's language only.
            lang = entry.get("lang", ENGLISH)
            ids = (
                [name]
                if name in raw
                else [i for i in sections.get(name, []) if raw[i][3].get("lang", ENGLISH) == lang]
            )
            if not ids or name in stack:
                why = "refers to itself" if name in stack else "refers to no rule or section"
                raise _fail(f"{{@{name}}} {why}", file, f"{key}.pattern")
            return "(?:" + "|".join(f"(?:{expand(i, (*stack, rule_id))})" for i in ids) + ")"

        source = _LEXEME.sub(lambda m: _lexeme(m, file, key), _source(entry))
        expanded[rule_id] = _REFERENCE.sub(inline, source)
        return expanded[rule_id]

    rules = []
    for rule_id, (file, section, key, entry) in raw.items():
        flags = re.IGNORECASE if entry.get("case", "blind") == "blind" else 0
        try:
            # Its scanners are worked out when it is first used (most rules are not by a run).
            regex = RulePattern(compile_pattern(expand(rule_id, ()), flags), lazy=True)
        except re.error as exc:
            raise _fail(
                f"invalid regular expression: {exc}",
                file,
                f"{key}.pattern",
                "check the escaping (backslashes are doubled in JSON)",
            ) from exc
        extra = {k: v for k, v in entry.items() if k in _OPTIONAL}
        words = tuple(entry["pattern"]) if isinstance(entry["pattern"], list) else ()
        examples = entry["examples"]
        rules.append(
            Rule(
                rule_id, file, section, entry["purpose"], regex, entry.get("scope", "sentence"),
                tuple(examples["fire"]), tuple(examples["quiet"]), extra, words,
                entry.get("lang", ENGLISH),
            )
        )  # fmt: skip
    return RuleTable(rules)


def read_rule_files() -> dict[str, object]:
    out: dict[str, object] = {}
    for file in RULE_FILES:
        path = resources.files("armsledger.extract") / "data" / file
        try:
            out[file] = json.loads(path.read_text("utf-8"))
        except FileNotFoundError as exc:
            raise _fail("missing rule file", file, "(file)") from exc
        except json.JSONDecodeError as exc:
            raise _fail(f"invalid JSON: {exc}", file, "(file)") from exc
    return out


@lru_cache(maxsize=1)
def rule_table() -> RuleTable:
    """The packaged rule table, loaded and checked once."""
    return build_table(read_rule_files())


def fires(rule: Rule, example: str) -> bool:
    """Whether ``rule`` fires on ``example`` applied the way the code applies it (``scope``)."""
    parts = example.split(MARK)
    if rule.scope == "before":
        return rule.regex.search(parts[0]) is not None
    if rule.scope == "after":
        return rule.regex.match(parts[1]) is not None
    if rule.scope == "between":
        return rule.regex.search(parts[1]) is not None
    if rule.scope == "span":
        # On the whole example at the span's place, as the code does: a look-behind sees the
        # words before the span.
        start = len(parts[0])
        return rule.regex.fullmatch("".join(parts), start, start + len(parts[1])) is not None
    return rule.regex.search(example) is not None
