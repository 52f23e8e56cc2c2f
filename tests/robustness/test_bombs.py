"""Compressed bombs (issue 14): a small .jsonl.zst or .jsonl.gz holding 512 MiB is read in flat
memory, whether the 512 MiB are one line (refused by line, like any record over
MAX_DOCUMENT_BYTES) or many short ones (read, here skipped as blank); so is a .warc.gz, or a
.warc whose page is gzip-encoded, holding one 512 MiB page (refused as too large).

.zst had no bound: its decompressor turned a whole 64 KB input chunk into one buffer (a 32 KB
file holding 1 GiB on one line reached 2.2 GB). The bound held here: under BOMB_EXTRA_MB of
peak memory beyond the interpreter's own, for 512 MiB of content.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import zstandard

from armsledger.ingest.decode import MAX_DOCUMENT_BYTES

BOMB_BYTES = 512 * 1024 * 1024
BOMB_EXTRA_MB = 150
BOMB_SECONDS = 60

# Reads the file with iter_articles in a fresh interpreter, so the peak RSS is its own.
_READ = r"""
import json, resource, sys, time
from pathlib import Path
from armsledger.ingest import iter_articles

before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
began = time.monotonic()
errors = []
articles = sum(1 for _ in iter_articles([Path(sys.argv[1])], on_error=errors.append))
print(json.dumps({
    "articles": articles,
    "errors": [str(e) for e in errors[:3]],
    "error_count": len(errors),
    "seconds": time.monotonic() - began,
    "extra_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024,
}))
"""


def _write_bomb(path: Path, line: bytes) -> None:
    """BOMB_BYTES of ``line`` repeated, compressed as the suffix says, streamed to disk."""
    block = line * (4 * 1024 * 1024 // len(line))
    if path.name.endswith(".zst"):
        with path.open("wb") as raw, zstandard.ZstdCompressor(level=3).stream_writer(raw) as fh:
            for _ in range(BOMB_BYTES // len(block)):
                fh.write(block)
    else:
        with gzip.open(path, "wb", compresslevel=9) as fh:
            for _ in range(BOMB_BYTES // len(block)):
                fh.write(block)


def _read_bounded(path: Path) -> dict[str, Any]:
    """Read ``path`` in a fresh interpreter; its memory and time stay within the bounds."""
    proc = subprocess.run(
        [sys.executable, "-c", _READ, str(path)],
        capture_output=True,
        text=True,
        timeout=BOMB_SECONDS * 2,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    assert result["extra_mb"] < BOMB_EXTRA_MB, result
    assert result["seconds"] < BOMB_SECONDS, result
    return result


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".jsonl.zst", ".jsonl.gz"])
@pytest.mark.parametrize("shape", ["one-line", "short-lines"])
def test_a_compressed_bomb_is_read_in_flat_memory(tmp_path: Path, suffix: str, shape: str) -> None:
    path = tmp_path / f"bomb{suffix}"
    # One line: "a" without a newline (refused as over-long); short lines: 1 KiB blank lines.
    _write_bomb(path, b"a" * 1024 if shape == "one-line" else b" " * 1023 + b"\n")
    assert path.stat().st_size < 2 * 1024 * 1024
    result = _read_bounded(path)
    assert result["articles"] == 0
    if shape == "one-line":
        [error] = result["errors"]
        assert f"record of {BOMB_BYTES:,} bytes is over the {MAX_DOCUMENT_BYTES:,}" in error
    else:
        assert result["error_count"] == 0


def _warc_head(body_len: int, extra: bytes = b"") -> bytes:
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        + extra
        + b"Content-Length: %d\r\n\r\n" % body_len
    )
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/x\r\n"
        b"WARC-Date: 2021-05-01T06:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: %d\r\n\r\n" % (len(http) + body_len)
    ) + http


@pytest.mark.slow
@pytest.mark.parametrize("layer", ["warc.gz", "http-gzip"])
def test_a_warc_bomb_is_read_in_flat_memory(tmp_path: Path, layer: str) -> None:
    # warc.gz: the WARC file itself is gzip, one record of 512 MiB; http-gzip: a plain WARC
    # whose one page is sent with Content-Encoding: gzip and inflates to 512 MiB.
    block = b"<p>" + b"a" * (4 * 1024 * 1024 - 3)
    if layer == "warc.gz":
        path = tmp_path / "bomb.warc.gz"
        with gzip.open(path, "wb", compresslevel=9) as fh:
            fh.write(_warc_head(BOMB_BYTES // len(block) * len(block)))
            for _ in range(BOMB_BYTES // len(block)):
                fh.write(block)
            fh.write(b"\r\n\r\n")
    else:
        path = tmp_path / "bomb.warc"
        inflated = io.BytesIO()  # compressed a block at a time: 512 MiB never held here
        with gzip.GzipFile(fileobj=inflated, mode="wb", compresslevel=9) as fh:
            for _ in range(BOMB_BYTES // len(block)):
                fh.write(block)
        payload = inflated.getvalue()
        path.write_bytes(_warc_head(len(payload), b"Content-Encoding: gzip\r\n") + payload)
    assert path.stat().st_size < 2 * 1024 * 1024
    result = _read_bounded(path)
    assert result["articles"] == 0
    [error] = result["errors"]
    assert "page too large for one article" in error
