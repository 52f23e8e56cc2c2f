"""The regexes and scanner sources kept between runs (extract/pattern_cache.py): what is read
back behaves as what was worked out, a bad or foreign file is never trusted, and the cache can
be turned off."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from armsledger.extract import pattern_cache
from armsledger.extract.pattern_cache import CACHE_ENV, KEEP_FILES, compile_pattern, stored

# Patterns of the kinds the rule table holds: named groups, look-arounds, back references,
# case-blind Cyrillic, classes, lazy and bounded repeats.
PATTERNS = [
    (r"\b(?P<buyer>[A-Z]\w+)\s+(?:bought|ordered)\s+(\d+)\s+(?P<what>[A-Z][\w-]+)", 0),
    (r"(?<![\w-])S-?(?:300|400)(?:PMU-?\d)?\b", re.IGNORECASE),
    (r"\b(поставил[аио]?|передал[аи]?)\s+(?:\S+\s+){0,3}?Индии", re.IGNORECASE),
    (r"(?P<y>\d{4})\D+(?P=y)", 0),
    (r"\b(?:will|shall)\s+(?!not\b)\w+", re.IGNORECASE),
    (r"[\d\s]+(?=tanks)", 0),
]
TEXTS = [
    "Poland ordered 48 K2-tanks and Egypt bought 30 Rafale jets.",
    "Russia delivered the s-400 and S400PMU-2 systems; not S-4000.",
    "Россия поставила в прошлом году Индии пять комплексов. Передали индии?",
    "In 2018 and again in 2018 the batch came.",
    "The ministry WILL NOT sign; it will sign later.",
    "He saw 12 34 tanks",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache of its own in a temporary directory, and a fresh store reading it."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    return tmp_path


def _reload(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the next process does: write this one's entries, read them afresh."""
    pattern_cache._STORE.save()
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())


def _same_matches(ours: re.Pattern[str], theirs: re.Pattern[str]) -> None:
    assert (ours.pattern, ours.flags, ours.groups, dict(ours.groupindex)) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        dict(theirs.groupindex),
    )
    for text in TEXTS:
        found = [(m.span(), m.groups(), m.groupdict()) for m in ours.finditer(text)]
        expected = [(m.span(), m.groups(), m.groupdict()) for m in theirs.finditer(text)]
        assert found == expected, (ours.pattern, text)


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_pattern_read_back_matches_as_re_compiles_it(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, source: str, flags: int
) -> None:
    first = compile_pattern(source, flags)
    _reload(monkeypatch)
    assert list(cache_dir.glob("patterns-*.marshal"))
    assert pattern_cache._STORE.get(("re", source, flags)) is not None  # read from the file
    again = compile_pattern(source, re.RegexFlag(flags))
    for ours in (first, again):
        _same_matches(ours, re.compile(source, flags))


def test_a_bad_pattern_raises_as_re_does(cache_dir: Path) -> None:
    with pytest.raises(re.error):
        compile_pattern(r"(?P<a>x", 0)
    with pytest.raises(re.error):
        compile_pattern(r"(?P<a>x", 0)  # not kept as if it had compiled


def test_a_stored_function_runs_once_across_runs(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int]] = []

    @stored
    def words(source: str, limit: int = 2) -> tuple[str, ...] | None:
        calls.append((source, limit))
        found = tuple(re.findall(r"[a-z]+", source))
        return found[:limit] or None

    assert words("sold|bought|ordered") == ("sold", "bought")
    assert words("sold|bought|ordered", limit=2) == ("sold", "bought")  # one entry: defaults
    assert words("123") is None
    _reload(monkeypatch)
    assert words("sold|bought|ordered", 2) == ("sold", "bought")
    assert words("123") is None  # a None result is kept too
    assert calls == [("sold|bought|ordered", 2), ("123", 2)]


def test_an_unreadable_file_is_ignored_and_replaced(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_pattern("a+b", 0)
    _reload(monkeypatch)
    (path,) = cache_dir.glob("patterns-*.marshal")
    path.write_bytes(b"\x00not marshal data")
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    _same_matches(compile_pattern("a+b", 0), re.compile("a+b"))
    _reload(monkeypatch)
    assert pattern_cache._STORE.get(("re", "a+b", 0)) is not None


def test_another_python_reads_a_file_of_its_own(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_pattern("x|y", 0)
    _reload(monkeypatch)
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    assert pattern_cache._STORE.get(("re", "x|y", 0)) is None
    compile_pattern("x|y", 0)
    _reload(monkeypatch)
    assert len(list(cache_dir.glob("patterns-*.marshal"))) == 2


def test_old_files_are_pruned(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(KEEP_FILES + 2):
        (cache_dir / f"patterns-old{n}.marshal").write_bytes(b"")
    compile_pattern("z+", 0)
    _reload(monkeypatch)
    assert len(list(cache_dir.glob("patterns-*.marshal"))) == KEEP_FILES


def test_turned_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    _same_matches(compile_pattern(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    pattern_cache._STORE.save()
    assert not list(tmp_path.rglob("*.marshal"))


def test_an_unwritable_directory_leaves_runs_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    _same_matches(compile_pattern(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    pattern_cache._STORE.save()  # fails quietly: nothing to read next time, nothing wrong
    assert blocker.read_text().startswith("a file")


def test_the_rule_table_is_the_same_regexes_in_every_process() -> None:
    """A word list's alternatives in the same order whatever a process's hash seed: else each
    run would build regexes the file does not hold, and read them slowly."""

    program = (
        "import hashlib; from armsledger.extract.rules import rule_table; t = rule_table(); "
        "print(hashlib.sha256(repr(sorted((r.id, r.lang, r.regex.pattern) for r in "
        "t.by_id.values())).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run(
            [sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True
        )
        digests.add(run.stdout.strip())
    assert len(digests) == 1


def test_no_home_no_cache_in_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # "~" stays "~"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    _same_matches(compile_pattern(*PATTERNS[2]), re.compile(*PATTERNS[2]))
    pattern_cache._STORE.save()
    assert not list(tmp_path.iterdir())


def test_entries_that_are_not_ours_are_worked_out_again(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of the right name holding other values (written by hand, or by a bug) is not
    trusted: a program the engine rejects, or a result of the wrong shape, is built anew."""

    def halves(text: str) -> tuple[str, str]:
        return text[: len(text) // 2], text[len(text) // 2 :]

    store = pattern_cache._STORE
    entries = store.load()
    entries[("re", "a(b)c", 0)] = (32, [1, 2, 3], 1, {}, (None, None))  # no program
    entries[(f"{halves.__module__}.{halves.__qualname__}", ("abcd",))] = "not a 1-tuple"
    store.added = True
    _reload(monkeypatch)
    assert pattern_cache._STORE.get(("re", "a(b)c", 0)) is not None  # the bad one, read back
    _same_matches(compile_pattern("a(b)c", 0), re.compile("a(b)c"))
    assert stored(halves)("abcd") == ("ab", "cd")
