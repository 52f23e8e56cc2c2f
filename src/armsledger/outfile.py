"""Writing an output file whole or not at all.

A disk that fills up, a quota or a killed process must not leave a half-written export where
the user expects a complete one, nor destroy the file it was replacing. So ``-o FILE`` is
written to a temporary file beside it, flushed to disk, and renamed over ``FILE`` only when
every byte is written. An output that is not a regular file (``/dev/stdout``, a FIFO,
``/dev/full``) is written in place: renaming over a device node would replace the device.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from armsledger.errors import OutputError

__all__ = ["output_error", "write_whole"]


@contextlib.contextmanager
def write_whole(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text stream (UTF-8, no newline translation) whose content replaces ``path`` on
    success; any failure (``OSError`` becomes ``OutputError``) leaves ``path`` as it was."""
    target = Path(path)
    try:
        if _special(target):
            with open(target, "w", encoding="utf-8", newline="") as stream:
                yield stream
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise output_error(exc, str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise output_error(exc, str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def output_error(exc: OSError, path: str) -> OutputError:
    return OutputError(
        f"cannot write: {exc.strerror or exc}",
        path=path,
        hint="check that the folder exists, is writable and has space",
    )


def _special(target: Path) -> bool:
    """Whether ``target`` exists and is not a regular file (a device, a FIFO)."""
    try:
        return not stat.S_ISREG(target.stat().st_mode)
    except FileNotFoundError:
        return False


def _keep_mode(target: Path, tmp: str) -> None:
    """Give the new file the permissions of the one it replaces (mkstemp makes it 0600), or
    the umask's default for a new file."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
