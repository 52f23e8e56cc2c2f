"""Bytes → str for files whose encoding nobody declared.

Order of trust: a byte-order mark, then a charset the container declared (HTTP header, HTML
``<meta>``), then strict UTF-8, then a guess between cp1251 (Cyrillic) and cp1252/latin-1.
The guess is a byte-distribution heuristic rather than a detector library: news files that
are not UTF-8 are almost always one of these three legacy Windows/ISO code pages, and the
heuristic is a few lines of arithmetic with no dependency.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from armsledger.errors import IngestError

# BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# In cp1251, 0xC0–0xFF are the 64 Cyrillic letters А–я; in cp1252 the same bytes are accented
# Latin letters. Latin-script text has a few accented letters among mostly ASCII ones; Russian,
# Ukrainian or Bulgarian text has whole words of them. These thresholds separate the two on
# mixed news text (Cyrillic quotes in an English story still lean cp1252 unless most letters
# are high bytes) and are deliberately conservative: a wrong cp1251 guess garbles a Latin
# document completely, a wrong cp1252 guess only the Cyrillic words.
_CYRILLIC_SHARE = 0.5
_CYRILLIC_RUN = re.compile(rb"[\xc0-\xff\xa8\xb8]{3,}")
_HIGH_LETTERS = bytes(range(0xC0, 0x100)) + b"\xa8\xb8"
_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))

# One article should never be this big; a file that is was probably concatenated or is not
# an article, and reading it whole would hold it all in memory.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


def read_document_bytes(path: Path) -> bytes:
    """Read a one-article file whole, refusing ones too large to be a single article."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise IngestError(
                f"file too large for one article ({size:,} bytes)",
                path=str(path),
                hint="split it into one file per article, or use JSONL for many articles",
            )
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror}", path=str(path)) from None


# How much of a large input the heuristics look at; the distribution settles long before.
_SAMPLE = 64 * 1024


def decode_bytes(data: bytes, *, path: str, declared: str | None = None) -> str:
    """Decode a whole document; raise ``IngestError`` for empty or binary input.

    ``declared`` is a charset named by the container (HTTP ``Content-Type``, ``<meta>``); it
    is tried after any BOM and before the guesses, and ignored if unknown or wrong.
    """
    if not data:
        raise IngestError("empty file", path=path, hint="remove the file or give it content")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"invalid {encoding.upper()} after a byte-order mark: {exc.reason}",
                    path=path,
                    hint="re-save the file as UTF-8",
                ) from None
    if declared:
        text = _try_decode(data, declared)
        if text is not None:
            return text
    # NUL never occurs in real text in any 8-bit code page, and all-NUL or NUL-padded binary
    # can still be valid UTF-8, so this check comes before the UTF-8 attempt.
    if b"\x00" in data[:_SAMPLE]:
        bomless = _bomless_utf16(data)
        if bomless is not None:
            return bomless
        raise IngestError(
            "binary file (contains NUL bytes and is not UTF-16)",
            path=path,
            hint="give armsledger text, HTML, JSONL, WARC or feed files; "
            "remove or rename files that are not",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_legacy(data)


def decode_legacy(data: bytes) -> str:
    """Decode bytes that are not UTF-8: cp1251 if they look Cyrillic, else cp1252/latin-1."""
    if looks_cyrillic(data[:_SAMPLE]):
        return data.decode("cp1251", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) undefined; latin-1 maps all
        # 256, so it is the lossless last resort.
        return data.decode("latin-1")


def decode_line(data: bytes) -> str:
    """Decode one line of a line-oriented file (JSONL): UTF-8, else the legacy guess."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_legacy(data)


def looks_cyrillic(sample: bytes) -> bool:
    """True if most letters are cp1251 Cyrillic bytes and some form whole words."""
    # bytes.translate(None, delete) runs in C; counting what it removes is a fast histogram.
    high = len(sample) - len(sample.translate(None, _HIGH_LETTERS))
    if high == 0:
        return False
    ascii_letters = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    share = high / (high + ascii_letters)
    return share >= _CYRILLIC_SHARE and _CYRILLIC_RUN.search(sample) is not None


def charset_from_content_type(value: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    if not value:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", value, re.IGNORECASE)
    return match.group(1) if match else None


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def charset_from_html(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 4 KB."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", errors="replace") if match else None


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return None
    # Pages often declare latin-1 while using cp1252's quotes; decoding "latin-1" as cp1252 is
    # what browsers do (WHATWG encoding standard) and turns 0x93/0x94 into real quotes.
    if codecs.lookup(encoding).name in ("latin-1", "iso8859-1"):
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """Decode UTF-16 without a BOM if NULs sit almost only at odd (LE) or even (BE) offsets.

    Mostly-ASCII UTF-16 has a NUL in every other byte; a binary file has them scattered.
    """
    sample = data[:_SAMPLE]
    if len(data) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    encoding = None
    if odd > 0.3 * half and even < 0.01 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.01 * half:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    # Binary data can have the same NUL pattern by chance; real text has no control codes.
    controls = sum(1 for ch in text[:4096] if not ch.isprintable() and ch not in "\n\r\t")
    return text if controls <= len(text[:4096]) // 100 else None
