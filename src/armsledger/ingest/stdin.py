"""Standard input as a source: ``cat story.txt | armsledger extract -``.

The bytes piped in are read whole, their kind is sniffed from the first bytes like a file
without an extension (a WARC record, JSON lines, an HTML page, a feed; anything else is plain
text), and they are spooled to a temporary file so that the file readers (which read paths,
and in the WARC and gzip cases stream them) read them unchanged. A single article read this
way is named after its content (``stdin-<hash>``), so piping the same text in twice upserts
the same article, as re-reading a file does; records that carry their own ids (JSON lines,
WARC, feeds) keep them.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from armsledger.errors import IngestError
from armsledger.models import Article, content_hash

STDIN = "-"
# Suffixes the sniffed kinds are spooled under, so ``reader_for`` picks the same reader.
_SPOOL_NAME = "stdin"
_HINT = "pipe an article in, e.g. `cat story.txt | armsledger extract -`"


def read_stdin(
    stream: BinaryIO,
    read_file: Callable[[Path], Iterator[Article | IngestError]],
) -> Iterator[Article | IngestError]:
    """The articles (and errors) of the bytes on ``stream``, read as ``read_file`` reads a
    file; the spool file is removed once they are read."""
    data = stream.read()
    if not data.strip():
        yield IngestError("nothing on standard input", path=STDIN, hint=_HINT)
        return
    name = f"{_SPOOL_NAME}-{content_hash(data.hex(), length=12)}"
    with tempfile.TemporaryDirectory(prefix="armsledger-stdin-") as folder:
        spool = Path(folder, name)
        spool.write_bytes(data)
        for item in read_file(spool):
            yield _from_stdin(item, spool, name)


def _from_stdin(item: Article | IngestError, spool: Path, name: str) -> Article | IngestError:
    """``item`` as read from "-" rather than from the spool file, which is about to go."""
    if isinstance(item, IngestError):
        return IngestError(
            item.message.replace(str(spool), STDIN),
            path=STDIN,
            record=item.record,
            hint=item.hint,
        )
    doc = name if item.doc == spool.name else item.doc
    id_ = item.id if doc == item.doc else ""  # the id hashes the doc: computed again
    return dataclasses.replace(item, doc=doc, path=STDIN, id=id_)
