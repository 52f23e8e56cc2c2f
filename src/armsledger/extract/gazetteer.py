"""Gazetteers as data: weapon-system families, states, parties, companies, media.

The JSON files in ``extract/data`` are validated when loaded (``DataFileError`` names the file
and the entry); one Aho-Corasick automaton is built over every name so a document is scanned
once, at ~70 MB/s, instead of once per name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick
import pycountry

from armsledger.errors import DataFileError
from armsledger.extract.folding import fold
from armsledger.extract.morphology import has_cyrillic, inflections
from armsledger.language import ENGLISH, LANGUAGES, RUSSIAN

CATEGORIES = frozenset(
    {
        "Aircraft",
        "Air defence systems",
        "Anti-submarine warfare",
        "Armoured vehicles",
        "Artillery",
        "Engines",
        "Missiles",
        "Naval weapons",
        "Satellites",
        "Sensors",
        "Ships",
        "Other",
    }
)
# CLAIMS.md rule 10: engines and components make no claim, and radars, sonars and pods are
# mostly named as fits of a platform ("an Erieye radar on a Saab 340"), so a hit on them would
# steal the platform's claim. They stay in the gazetteer (with their category) but out of the
# automaton the extractor scans, until the pipeline can tell a component from a transfer.
NO_CLAIM_CATEGORIES = frozenset({"Engines", "Sensors"})
# ISO 3166-3 codes of former states the press still names as suppliers or recipients.
HISTORICAL_CODES = frozenset({"SUN", "YUG", "CSK", "DDR"})

# A mention's kind: what the name stands for.
SYSTEM, STATE, DEMONYM, PARTY, COMPANY, MEDIA, PLACE = (
    "system",
    "state",
    "demonym",
    "party",
    "company",
    "media",
    "place",  # a place whose name holds a state's ("South China Sea"): never a party
)


@dataclass(frozen=True)
class Family:
    family: str
    category: str
    makers: tuple[str, ...]
    ambiguous: frozenset[str] = frozenset()
    # False for a designation found by its shape (extract/designations.py), not in the data.
    recognised: bool = True
    # What a claim names the system, where SIPRI's designation is another family's too (the
    # Mistral ships and the Mistral missiles): the family key stays unique. Default: family.
    designation: str = ""

    @property
    def name(self) -> str:
        return self.designation or self.family

    @property
    def maker(self) -> str | None:
        """The maker state, only when unambiguous (CLAIMS.md: supplier fallback)."""
        return self.makers[0] if len(self.makers) == 1 else None


@dataclass(frozen=True)
class Entry:
    """What one surface name in the automaton stands for."""

    kind: str
    value: str  # family name, ISO3 code, party/company/media name
    code: str | None  # ISO3 of the state behind it (None for parties, multinational firms)
    case_blind: bool = False
    ambiguous: bool = False
    capital: bool = False
    variant: bool = False


@dataclass
class Gazetteer:
    families: dict[str, Family] = field(default_factory=dict)
    # ahocorasick.Automaton: " " + folded name (+ " " unless a system) -> (1 when it ends in
    # that space, else 0; [(name, Entry)])
    automaton: Any = None
    system_automaton: Any = None
    # Every system name by ``name_key`` ("type054a"): a designation spelt another way
    # ("Type-054A") is still known. ``withheld``: the keys of NO_CLAIM_CATEGORIES names.
    keys: dict[str, str] = field(default_factory=dict)
    withheld: set[str] = field(default_factory=set)

    def may_name_a_system(self, text: str, folded: str) -> bool:
        """False when ``scan`` would find no system in ``text`` (``folded`` is ``fold(text)``):
        the same tests on the system names alone, so that "the bill" (the BILL missile's
        name in lower case) or "at 3" (AT-3) does not send a text to the full scan, and a
        plural ("Rafales") does."""
        padded = " " + folded
        size = len(text)
        for end, payload in self.system_automaton.iter(padded):
            inside_word = end < size and _is_word_char(text[end])
            if inside_word and not _may_go_on(text[end]):
                continue  # "BILL" in "billion": no name's variant or plural (``_variant_ok``)
            for name, entry in payload:
                if _surface(text, end, name, entry, inside_word) is not None:
                    return True
        return False

    def named(self, name: str) -> list[Entry]:
        """What the whole name ``name`` stands for (no entry: an empty list)."""
        key = " " + fold(name.casefold())
        found = self.automaton.get(key, None) or self.automaton.get(key + " ", None)
        return [entry for _, entry in found[1]] if found else []

    def scan(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, str, Entry]]:
        """Every whole-word hit as (start, end, surface, entry); overlaps left to the caller.

        Names and text are folded alike (lower case, every non-word character a space, length
        unchanged) and keys start with a space, so the automaton only reports hits that begin
        at a word start: "us" inside "because" is never even found.
        """
        padded = " " + (folded if folded is not None else fold(text)) + " "
        size = len(text)
        for end, (closing_space, payload) in self.automaton.iter(padded):
            end -= closing_space  # the leading space shifts by one, a closing one back
            # Most raw hits end inside a word ("us" in "use"): that test first, once a hit.
            inside_word = end < size and _is_word_char(text[end])
            if inside_word and not _may_go_on(text[end]):
                continue  # "TOW" in "towards": no name's variant or plural (``_variant_ok``)
            for name, entry in payload:
                surface = _surface(text, end, name, entry, inside_word)
                if surface is not None:
                    yield end - len(name), end, surface, entry


def _surface(text: str, end: int, name: str, entry: Entry, inside_word: bool) -> str | None:
    """The text a hit of ``name`` ending at ``end`` covers, when it is that name: a whole word
    (or a system's variant or plural), with the name's punctuation and case."""
    if inside_word and not _variant_ok(text, end, entry):
        return None
    surface = text[end - len(name) : end]
    if surface != name and (
        not _punctuation_agrees(surface, name, entry)
        or not (entry.case_blind or _case_ok(surface, name))
    ):
        return None  # folding matched "at 3" to "AT-3": punctuation must agree
    return surface


_NON_WORD_RUN = re.compile(r"\w+")  # removing the words leaves the punctuation pattern
_JOINERS = frozenset({("-", " "), (" ", "-")})


def _punctuation_agrees(surface: str, name: str, entry: Entry) -> bool:
    """The surface has the name's punctuation; for a system a hyphen and a space are one
    joiner ("Wing Loong-2" is "Wing Loong 2", "Khordad 15" is "Khordad-15"), but a space for
    the name's hyphen only with the name's own letters and capitals ("at 3" is no "AT-3")."""
    if _NON_WORD_RUN.sub("", surface) == _NON_WORD_RUN.sub("", name):
        return True
    if entry.kind != SYSTEM:
        return False
    spaced = False
    for i, (s, n) in enumerate(zip(surface, name, strict=True)):
        if s != n and not (s.isalnum() and n.isalnum()):
            if (s, n) not in _JOINERS:
                return False
            # "Su 30", "MiG 29", "Khordad 15"; a lone letter is too weak ("J-F 17" is no F-17).
            if s == " " and (i < 2 or not name[i - 2 : i].isalpha()):
                return False
            spaced = spaced or s == " "
    return not spaced or [c for c in surface if c.isalnum()] == [c for c in name if c.isalnum()]


def name_key(name: str) -> str:
    """A name's letters and digits, lower-cased: "Type-054A", "Type 054A" and "TYPE054A" agree."""
    return "".join(c for c in name.lower() if c.isalnum())


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _may_go_on(nxt: str) -> bool:
    """Whether a name may run on into this letter (``_variant_ok``: a plural "s" or a
    variant's capital): tested once a hit, before each of its names is."""
    return nxt == "s" or nxt.isupper()


def _case_ok(surface: str, name: str) -> bool:
    # Designations vary in case in the press ("SU-35", "Mig-29") and match case-blind; plain
    # words keep their capitals ("patriot" the adjective is no hit), but a headline may set a
    # name in capitals or capitalise its first letter ("The Kremlin").
    if any(c.isdigit() for c in name):
        return True
    if surface[1:] == name[1:] and (surface[0] == name[0] or surface[0].isupper()):
        return True
    return surface.isupper() and len(surface) > 3


def _variant_ok(text: str, end: int, entry: Entry) -> bool:
    """A designation followed by variant letters ("F-16V", "Su-30MKI") still matches its family;
    a plural "s" does too ("Su-35s")."""
    if entry.kind != SYSTEM:
        # Possessive or plural of a name ("Russias" is no word, but "Rafales" is handled above).
        return False
    name_ends_digit = text[end - 1].isdigit()
    nxt = text[end]
    if nxt == "s" and (end + 1 == len(text) or not _is_word_char(text[end + 1])):
        return True
    return name_ends_digit and nxt.isalpha() and nxt.isupper()


def _data_files(prefix: str) -> list[tuple[str, Any]]:
    base = resources.files("armsledger.extract") / "data"
    out = []
    for item in sorted(base.iterdir(), key=lambda p: p.name):
        if item.name.startswith(prefix) and item.name.endswith(".json"):
            try:
                out.append((item.name, json.loads(item.read_text(encoding="utf-8"))))
            except json.JSONDecodeError as exc:
                raise DataFileError(
                    f"invalid JSON: {exc}", path=item.name, hint="fix the JSON syntax"
                ) from exc
    return out


def _valid_code(code: str) -> bool:
    return code in HISTORICAL_CODES or pycountry.countries.get(alpha_3=code) is not None


def _require(obj: dict[str, Any], key: str, kind: type, path: str, record: str) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind):
        raise DataFileError(
            f"field {key!r} missing or not a {kind.__name__}",
            path=path,
            record=record,
            hint=f"give {key!r} as in extract/data/README.md",
        )
    return value


class _Builder:
    def __init__(self, inflect: bool = False) -> None:
        self.names: dict[str, list[tuple[str, Entry]]] = {}
        self.inflect = inflect

    def add(self, name: str, entry: Entry) -> None:
        # A Cyrillic name is found in every case ("Индию", "Индией"): see morphology.py.
        if self.inflect and has_cyrillic(name):
            for form in inflections(name.strip()):
                self._add(form, entry)
        else:
            self._add(name, entry)

    def _add(self, name: str, entry: Entry) -> None:
        name = name.strip()
        if len(name) < 2:
            return
        # fold, not lower(): "İ" lower-cases to two characters, and a key longer than the
        # text it names would never be found ("SİPER", "HİSAR").
        bucket = self.names.setdefault(fold(name), [])
        if any(e == entry and n == name for n, e in bucket):  # "HIMARS" and "Himars" both
            return
        bucket.append((name, entry))


def system_records(path: str, text: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each line of a ``systems_*.jsonl`` file as (where, record): one family a line keeps a
    review diff to the families that changed."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(
                f"invalid JSON: {exc.msg}", path=path, record=where, hint="one JSON object a line"
            ) from exc
        if not isinstance(item, dict):
            raise DataFileError(
                "not a JSON object", path=path, record=where, hint="one JSON object a line"
            )
        yield where, item


def system_files() -> Iterator[tuple[str, str]]:
    base = resources.files("armsledger.extract") / "data"
    for item in sorted(base.iterdir(), key=lambda p: p.name):
        if item.name.startswith("systems_") and item.name.endswith(".jsonl"):
            yield item.name, item.read_text(encoding="utf-8")


def _names(item: dict[str, Any], key: str, path: str, record: str) -> list[str]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(
            f"field {key!r} is not a list of names",
            path=path,
            record=record,
            hint=f"give {key!r} as in extract/data/README.md",
        )
    return value


def _load_systems(builder: _Builder, gaz: Gazetteer) -> None:
    named: list[tuple[str, Entry]] = []
    families_by_key: dict[str, set[str]] = {}
    for path, text in system_files():
        for where, item in system_records(path, text):
            name = _require(item, "family", str, path, f"{where}, key 'family'")
            record = f"{where} {name!r}"
            category = _require(item, "category", str, path, f"{record}, key 'category'")
            if category not in CATEGORIES:
                raise DataFileError(
                    f"unknown category {category!r}",
                    path=path,
                    record=f"{record}, key 'category'",
                    hint=f"use one of {sorted(CATEGORIES)}",
                )
            makers = tuple(_names(item, "makers", path, f"{record}, key 'makers'"))
            for code in makers:
                if not _valid_code(code):
                    raise DataFileError(
                        f"maker {code!r} is no ISO 3166-1 alpha-3 code",
                        path=path,
                        record=f"{record}, key 'makers'",
                        hint="use codes such as RUS, USA, FRA",
                    )
            if not makers:
                raise DataFileError(
                    "no maker state", path=path, record=f"{record}, key 'makers'",
                    hint="name at least one maker state",
                )  # fmt: skip
            if name in gaz.families:
                raise DataFileError(
                    "family defined twice",
                    path=path,
                    record=f"{record}, key 'family'",
                    hint="keep one entry",
                )
            aliases = _names(item, "aliases", path, f"{record}, key 'aliases'")
            variants = set(_names(item, "variants", path, f"{record}, key 'variants'"))
            ambiguous = frozenset(
                _names(item, "ambiguous_aliases", path, f"{record}, key 'ambiguous_aliases'")
            )
            designation = item.get("designation", "")
            if not isinstance(designation, str):
                raise DataFileError(
                    "designation is not a name", path=path, record=f"{record}, key 'designation'",
                    hint="give it as a string or leave it out",
                )  # fmt: skip
            gaz.families[name] = Family(name, category, makers, ambiguous, designation=designation)
            for alias in [name, *aliases, *variants]:
                families_by_key.setdefault(name_key(alias), set()).add(name)
            if category in NO_CLAIM_CATEGORIES:
                gaz.withheld.update(name_key(a) for a in [name, *aliases, *variants])
                continue
            for alias in [name, *aliases, *variants]:
                gaz.keys.setdefault(name_key(alias), name)
                entry = Entry(
                    SYSTEM,
                    name,
                    None,
                    case_blind=bool(item.get("case_blind")),
                    ambiguous=alias in ambiguous,
                    variant=alias in variants,
                )
                builder.add(alias, entry)
                named.append((alias, entry))
    for alias, entry in named:
        # Only a spelling no other family answers to: the F-16's "F-21" is not the F21.
        if families_by_key[name_key(alias)] == {entry.value}:
            for spelling in _respellings(alias):
                builder.add(spelling, entry)
            numeral = _numeral_respelling(alias)
            if numeral and families_by_key.get(name_key(numeral), {entry.value}) == {entry.value}:
                builder.add(numeral, entry)


def _respellings(alias: str) -> list[str]:
    """A short-prefix designation's other spelling: "K9" and "K-9", "FA-50" and "FA50"
    (the rule table's "text.short_designation")."""
    from armsledger.extract.rules import rule_table  # rules reads fold() from this module

    m = rule_table()["text.short_designation"].match(alias)
    if m is None:
        return []
    prefix, hyphen, number = m.group("prefix", "hyphen", "number")
    return [f"{prefix}{number}" if hyphen else f"{prefix}-{number}"]


# A model number the press writes in Arabic or Roman numerals: "Leopard II", "Wing Loong 2".
# "I" is left out: "the Leopard I saw" would be a name.
_ROMAN = {"2": "II", "3": "III", "4": "IV", "5": "V"}
_ARABIC = {roman: arabic for arabic, roman in _ROMAN.items()}


def _numeral_respelling(alias: str) -> str | None:
    """The other numeral of a name ending in a model number after a space, if any."""
    head, space, last = alias.rpartition(" ")
    if not (head and space) or has_cyrillic(alias):
        return None
    other = _ROMAN.get(last) or _ARABIC.get(last)
    return f"{head} {other}" if other else None


def _load_states(builder: _Builder) -> None:
    files = _data_files("states")
    for path, data in files:
        for i, item in enumerate(data.get("states", [])):
            record = f"states[{i}]"
            code = _require(item, "iso3", str, path, record)
            if not _valid_code(code):
                raise DataFileError(
                    f"{code!r} is no ISO 3166-1 alpha-3 code", path=path, record=record
                )
            ambiguous = set(item.get("ambiguous") or ())
            # "peoples": the nouns for a state's people, which the press uses for the state
            # as a party ("туркам поставлена первая партия": Turkey receives).
            for key in ("names", "former_names", "institutions", "peoples"):
                for name in item.get(key) or ():
                    builder.add(name, Entry(STATE, code, code, ambiguous=name in ambiguous))
            for name in item.get("capitals") or ():
                builder.add(
                    name, Entry(STATE, code, code, ambiguous=name in ambiguous, capital=True)
                )
            for name in item.get("demonyms") or ():
                builder.add(name, Entry(DEMONYM, code, code))
        for i, item in enumerate(data.get("parties", [])):
            name = _require(item, "name", str, path, f"parties[{i}]")
            for alias in [name, *(item.get("aliases") or ())]:
                builder.add(alias, Entry(PARTY, name, None))
        for name in data.get("places", []):
            builder.add(name, Entry(PLACE, name, None))
        for kind, key in ((COMPANY, "companies"), (MEDIA, "media")):
            for i, item in enumerate(data.get(key, [])):
                name = _require(item, "name", str, path, f"{key}[{i}]")
                ambiguous = set(item.get("ambiguous") or ())
                for alias in [name, *(item.get("aliases") or ())]:
                    builder.add(
                        alias,
                        Entry(kind, name, item.get("iso3"), ambiguous=alias in ambiguous),
                    )


@lru_cache(maxsize=len(LANGUAGES))
def load_gazetteer(lang: str = ENGLISH) -> Gazetteer:
    """Load, validate and index every gazetteer file (once per process and language).

    Every language's automaton holds every name; a Russian one also holds every case form of
    each Cyrillic name, which takes ~2 s to derive: English-only runs never pay for it."""
    gaz = Gazetteer()
    builder = _Builder(inflect=lang == RUSSIAN)
    _load_systems(builder, gaz)
    _load_states(builder)
    if not gaz.families:
        raise DataFileError(
            "no weapon-system families found",
            path="extract/data/systems_*.jsonl",
            hint="reinstall armsledger: its data files are missing",
        )
    automaton = ahocorasick.Automaton()
    keys: dict[str, list[tuple[str, Entry]]] = {}
    for lowered, payload in builder.names.items():
        keys.setdefault(" " + fold(lowered), []).extend(payload)
    for key, payload in keys.items():
        # A system may end inside a word ("F-16V", "Su-35s"); any other name is a whole word,
        # so its key ends in a space too and the automaton never reports it inside one (a
        # third of all raw hits in news text: "us" in "use").
        if any(entry.kind == SYSTEM for _, entry in payload):
            automaton.add_word(key, (0, payload))
        else:
            automaton.add_word(key + " ", (1, payload))
    automaton.make_automaton()
    gaz.automaton = automaton
    # Systems alone, for the cheap first question about a document: does it name any?
    systems = ahocorasick.Automaton()
    for key, payload in keys.items():
        named = [(name, entry) for name, entry in payload if entry.kind == SYSTEM]
        if named:
            systems.add_word(key, named)
    systems.make_automaton()
    gaz.system_automaton = systems
    return gaz
