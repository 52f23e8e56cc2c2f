"""The rule table's regexes and what is worked out from them, kept between runs.

Reading the rule table's regexes is most of a short run's cost: Python parses and compiles
each of them (the stage-cue union alone holds ~730 alternatives), and the scanners, skippers
and prefilters of ``patterns.RulePattern`` parse them again to learn their first characters
and the words every match needs. None of it depends on the article read: a one-sentence
article took ~17 s of CPU through ``armsledger extract`` on this machine, ~0.02 s of it
reading the sentence.

So, as Python keeps a module's byte code in ``__pycache__``, this module keeps
- each regex's compiled program (``compile_pattern``): the opcodes ``re`` would build for the
  same source and flags, handed to the engine directly, and
- the results of the pure functions of a regex's source that the scanners are built with
  (``stored``),
in one file of the user's cache directory (``$ARMSLEDGER_CACHE_DIR``, else
``$XDG_CACHE_HOME/armsledger``, else ``~/.cache/armsledger``), written when the process ends
if it learnt anything new. The file's name holds a digest of this package's extraction code
and of the Python that wrote it: a changed function or another Python reads a file of its
own, never a stale result. A file that cannot be read is ignored and replaced; a cache
directory that cannot be written leaves every run as slow as the first, and as right.
``ARMSLEDGER_CACHE_DIR=off`` turns the cache off.

The compiled program is ``re``'s internal form (``re._compiler``, ``_sre``): where this
Python's ``re`` does not have the parts used, or a program read back does not behave as the
regex it was compiled from, every regex is compiled by ``re.compile``.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import inspect
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

try:  # CPython's regex engine and compiler, used only through the checks below
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    _sre = None

CACHE_ENV = "ARMSLEDGER_CACHE_DIR"
OFF = "off"
# A file above this size is started afresh rather than read and grown: each change of the rule
# table leaves the regexes it no longer builds behind (a run over the study sets, English and
# Russian, wrote ~19 MB).
MAX_FILE_BYTES = 64 * 1024 * 1024

# The files kept in the cache directory, this one among them: a few versions of the code
# (two checkouts, a branch and main) each find their own.
KEEP_FILES = 4

_F = TypeVar("_F", bound=Callable[..., Any])


def _cache_dir() -> Path | None:
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", OFF) else Path(chosen)
    base = Path(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"))
    # No home to expand "~" to (a service account): no cache, rather than one under the
    # current directory.
    return base / "armsledger" if base.is_absolute() else None


def _fingerprint() -> str:
    """A digest of the extraction code and of the Python running it."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    digest.update(str(getattr(_sre, "MAGIC", "")).encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class _Store:
    """The entries of one cache file: read at first use, written at exit if any was added."""

    def __init__(self) -> None:
        self.entries: dict[Any, Any] | None = None
        self.path: Path | None = None
        self.added = False

    def load(self) -> dict[Any, Any]:
        if self.entries is not None:
            return self.entries
        self.entries = {}
        folder = _cache_dir()
        if folder is None:
            return self.entries
        self.path = folder / f"patterns-{_fingerprint()}.marshal"
        try:
            if self.path.stat().st_size <= MAX_FILE_BYTES:
                found = marshal.loads(self.path.read_bytes())
                if isinstance(found, dict):
                    self.entries = found
        except (OSError, ValueError, EOFError, TypeError):
            pass  # none yet, or unreadable: worked out again and written anew
        atexit.register(self.save)
        return self.entries

    def save(self) -> None:
        """Write the file if entries were added: to a temporary file first, then renamed
        over the old one, so a reader never sees half a file and two writers never mix."""
        if not self.added or self.path is None or self.entries is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = marshal.dumps(self.entries)
            fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(tmp, self.path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
            self.added = False
            _prune(self.path)
        except (OSError, ValueError):
            pass  # a read-only or full disk: the next run works it out again

    def enabled(self) -> bool:
        self.load()
        return self.path is not None

    def get(self, key: Any) -> Any:
        return self.load().get(key)

    def put(self, key: Any, value: Any) -> None:
        entries = self.load()
        if self.path is not None:
            entries[key] = value
            self.added = True


def _prune(kept: Path) -> None:
    """Remove the files of other code or Pythons but the ``KEEP_FILES`` last written: each
    change of the extraction code leaves one behind."""
    others = [p for p in kept.parent.glob("patterns-*.marshal") if p != kept]
    try:
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_FILES - 1 :]:
            old.unlink()
    except OSError:
        pass  # removed meanwhile by another process, or not ours to remove


_STORE = _Store()
_MISSING = object()


def stored(fn: _F) -> _F:
    """``fn`` (a pure function of strings, numbers and tuples of them, whose result is made
    of the same, sets and frozensets, or None) with its results kept in the cache file."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if kwargs or len(args) < len(signature.parameters):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()  # f(x) and f(x, default) are one entry
            args = tuple(bound.arguments.values())
        # Flags come as ``re.RegexFlag``: kept as the plain numbers they are.
        key = (name, tuple(_plain(a) for a in args))
        found = _STORE.get(key)
        if not (isinstance(found, tuple) and len(found) == 1):  # none, or not ours
            result = fn(*args)
            # Kept in a 1-tuple: ``get`` answers None for no entry, and a result may be None.
            _STORE.put(key, (result,))
            return result
        return found[0]

    return wrapper  # type: ignore[return-value]


_Program = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]


def _plain(value: Any) -> Any:
    return int(value) if isinstance(value, re.RegexFlag) else value


def _program(source: str, flags: int) -> _Program:
    """What ``re._compiler.compile`` hands the engine for ``source``, in plain ints."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group, number in groupindex.items():
        indexgroup[number] = group
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _from_program(source: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    pattern: re.Pattern[str] = _sre.compile(source, flags, code, groups, groupindex, indexgroup)
    return pattern


def _programs_work() -> bool:
    """True when a program built here and handed to the engine reads as ``re.compile``'s."""
    if _sre is None or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        return False
    source, text = r"(?P<word>\w+)\s+(\d+)(?=\b)", "Sold 12 tanks"
    try:
        ours = _from_program(source, _program(source, re.IGNORECASE))
        theirs = re.compile(source, re.IGNORECASE)
        a, b = ours.search(text), theirs.search(text)
        return (
            a is not None
            and b is not None
            and (a.span(), a.groups(), a.groupdict()) == (b.span(), b.groups(), b.groupdict())
            and ours.flags == theirs.flags
            and ours.groupindex == theirs.groupindex
        )
    except Exception:  # any failure of the internals: re.compile it is
        return False


_PROGRAMS_WORK = _programs_work()


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its program read from the cache file when known."""
    flags = int(flags)
    if not _PROGRAMS_WORK or not _STORE.enabled():
        return re.compile(source, flags)
    key = ("re", source, flags)
    program = _STORE.get(key)
    if program is not None:
        try:
            return _from_program(source, program)
        except Exception:  # not a program of this Python's (the engine checks it): built anew
            pass
    program = _program(source, flags)  # raises re.error as re.compile would
    _STORE.put(key, program)
    return _from_program(source, program)
