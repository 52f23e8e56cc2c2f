"""Fuzz every reader and ``extract()`` with generated inputs (``python bench/fuzz.py -h``).

Not part of CI. Each target gets ``--count`` inputs (default 100,000), each made from a seed
``(--seed, target, i)`` so any input can be made again from its number:

- readers (``text``, ``html``, ``jsonl``, ``jsonl.gz``, ``jsonl.zst``, ``warc``, ``feed``):
  valid seed files of the format, mutated (bit flips, byte runs, cuts, splices, format tokens
  such as ``</div>``, ``Content-Length: 9999``, BOMs, NULs, lone surrogate escapes), structured
  junk (random JSON values and types, tag soup, WARC header blocks), and plain random bytes.
  Each input is written to a file in a RAM directory (``/dev/shm`` when there is one) and read
  with ``iter_articles([path], on_error=...)``, as ``armsledger ingest`` reads it. Compressed
  targets mutate either the plain bytes before compressing or the compressed bytes.
- ``extract``: text assembled from weapon, state and cue words, dates, quotes, brackets,
  newlines and random Unicode, in an ``Article`` with a random title and ``published`` value
  (valid, partial, impossible or junk dates). Every claim must slice its evidence out of
  the text.

A **crash** is any exception that escapes and is not an ``ArmsledgerError`` (with an error
handler given, not even those should escape, and they are counted apart as ``escaped``). A
**hang** is an input still running after ``--timeout`` seconds (SIGALRM; it is abandoned);
a **slow** one took more than ``--slow`` seconds. The first inputs of each crash signature
(exception type and innermost armsledger frame) are saved under ``bench/out/fuzz-crashes/``
for replay. Work is bounded by ``--count`` per target and ``--budget`` seconds overall, and
spread over ``--jobs`` processes. A summary table goes to stdout and the figures to
``bench/out/fuzz.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import zstandard

from armsledger.errors import ArmsledgerError, IngestError
from armsledger.extract import extract
from armsledger.ingest import iter_articles
from armsledger.models import Article

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
CRASH_DIR = OUT / "fuzz-crashes"
SAVED_PER_SIGNATURE = 3
READERS = ("text", "html", "jsonl", "jsonl.gz", "jsonl.zst", "warc", "feed")
TARGETS = (*READERS, "extract")

# fmt: off
SYSTEMS = ["S-400", "S-300", "Su-35", "Su-30MKI", "F-16", "F-16V", "F-35", "Rafale", "HIMARS",
           "Leopard 2", "Leopard 2A6", "K2", "K9", "Bayraktar TB2", "Patriot", "IRIS-T", "Caesar",
           "J-10", "NASAMS", "Gripen", "T-90", "Abrams", "MiG-29", "Javelin", "Stinger"]
STATES = ["Russia", "India", "China", "Turkey", "the United States", "France", "Greece",
          "Egypt", "Ukraine", "Poland", "Germany", "South Korea", "Norway", "Taiwan", "Iran",
          "the UK", "Washington", "Moscow", "New Delhi", "Beijing", "Ankara", "the Houthis",
          "Russian", "Indian", "American", "French", "Chinese", "Turkish"]
CUES = ["delivered", "received", "signed a contract for", "ordered", "agreed to sell",
        "is in talks with", "cancelled", "dropped plans to buy", "postponed", "delayed",
        "has not delivered", "denied that", "will deliver", "is expected to receive", "may supply",
        "could sell", "began producing", "arrived in", "handed over", "transferred",
        "has begun deliveries of", "rejected reports that", "is set to sign", "reportedly"]
GLUE = ["said", "told reporters", "according to", "citing", "officials", "a source", "the",
        "to", "from", "of", "and", "but", "not", "no", "never", "first", "batch", "units",
        "jets", "systems", "tanks", "air defence", "in", "on", "by", "its", "their", "which"]
DATES = ["in 2019", "on 3 March 2021", "last year", "next year", "by the end of 2024",
         "in late 2017", "on Tuesday", "earlier this month", "in May", "2021-07-30",
         "Jul 30, 2020", "within 18 months", "in the second half of 2023", "two years ago"]
PUNCT = [". ", ", ", "; ", ": ", "\n", "\n\n", '"', "'", "“", "”", "(", ")", " - ", "—",
         "...", "?", "!", " ", "  ", "\t", "\r\n"]
ODD = ["\u0000", "\ufeff", "\u200b", "\u202e", "\u0301", "\ufffd", "\U0001f680", "\u00a0",
       "İ", "ß", "ﬁ", "\udc80", "Ⅻ", "١٢٣", "\u2028", "\x85", "\x0c", "\x1b[31m", "&amp;", "<b>"]
PUBLISHED: list[str | None] = [
    None, "", "2020-07-30", "2020-07", "2020", "2020-13-45", "2020-02-30", "0000-00-00",
    "9999-12-31", "1900-01-01", "yesterday", "2020-07-30T23:30:00-04:00", "-1", "20200730",
    "Thu, 30 Jul 2020 10:00:00 GMT", "२०२०", "2020-W31", " 2020-07-30 ", "2020/07/30"]
# fmt: on

TOKENS: dict[str, list[bytes]] = {
    "text": [b"\n", b"\r\n", b"\r", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
             b"Updated 2:12 PM EST, Wed, Jan 29, 2020\n", b"Jul 30, 2020\n", b"# ",
             b"\xd0\x9c\xd0\xbe", b"\xc0\xc1\xc2\xc3", b"\x93quoted\x94", b"\xed\xa0\x80"],
    "html": [b"<div>", b"</div>", b"<p>", b"</p>", b"<script>", b"</script>", b"<style>",
             b"<!--", b"-->", b"<![CDATA[", b"]]>", b"<meta charset='cp1251'>",
             b'<meta property="article:published_time" content="2020-13-45">', b"&#0;",
             b"&#xD800;", b"&nbsp;", b"<html>", b"</html>", b"<body>", b"<article>",
             b"<title>", b"</title>", b"<?xml version='1.0' encoding='utf-16'?>", b"<svg>",
             b"<math>", b"<table><tr><td>", b"<template>", b"<noscript>", b"<br/>", b"\x00",
             b"<time datetime='0000-00-00'>", b"<a href='javascript:x'>"],
    "jsonl": [b"\n", b"{", b"}", b"[", b"]", b'"text"', b'"maintext"', b'"id"', b'"published"',
              b'"date_publish"', b'"title"', b":", b",", b"null", b"true", b"1e999", b"-0",
              b'"\\ud800"', b'"\\u0000"', b"\\", b'"', b"\xef\xbb\xbf", b"\x00", b"NaN",
              b"99999999999999999999999", b'"2020-13-45"', b"1e11", b"[[[[[[[[[["],
    "warc": [b"WARC/1.0\r\n", b"WARC/1.1\r\n", b"\r\n", b"\r\n\r\n", b"Content-Length: 0\r\n",
             b"Content-Length: 99999\r\n", b"Content-Length: -1\r\n", b"WARC-Type: response\r\n",
             b"WARC-Type: resource\r\n", b"Content-Type: application/http; msgtype=response\r\n",
             b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 500 X\r\n", b"Content-Type: text/html\r\n",
             b"Transfer-Encoding: chunked\r\n", b"Content-Encoding: gzip\r\n",
             b"WARC-Date: 2020-13-45T00:00:00Z\r\n", b"WARC-Target-URI: javascript:x\r\n",
             b"<html>", b"\x1f\x8b", b"\x00"],
    "feed": [b"<rss version='2.0'>", b"</rss>", b"<channel>", b"<item>", b"</item>", b"<entry>",
             b"</entry>", b"<feed xmlns='http://www.w3.org/2005/Atom'>", b"<title>",
             b"</title>", b"<description>", b"<content type='html'>", b"<![CDATA[", b"]]>",
             b"<pubDate>Thu, 31 Feb 2020 99:99:99 GMT</pubDate>", b"<updated>x</updated>",
             b"&lt;p&gt;", b"&amp;", b"&bogus;", b"<!DOCTYPE x [<!ENTITY a 'aaaaaaaa'>]>",
             b"&a;", b"<?xml version='1.0' encoding='cp1251'?>", b"<link>", b"file:///etc",
             b"\x00", b"<rdf:RDF>"],
}  # fmt: skip
TOKENS["jsonl.gz"] = TOKENS["jsonl"]
TOKENS["jsonl.zst"] = TOKENS["jsonl"]
EXTENSIONS = {"text": [".txt", ".md"], "html": [".html", ".htm"], "jsonl": [".jsonl", ".json"],
              "jsonl.gz": [".jsonl.gz"], "jsonl.zst": [".jsonl.zst"], "warc": [".warc", ".warc.gz"],
              "feed": [".rss", ".atom", ".xml"]}  # fmt: skip

SENTENCE = (
    "Russia delivered the first S-400 air defence systems to India in 2021, "
    "the defence ministry said on Tuesday."
)
PARAGRAPHS = [
    SENTENCE,
    "France has not delivered any Rafale jets to Greece, officials denied.",
    'Minister Varga said that "Poland will receive 48 K2 tanks by the end of 2024."',
    "Turkey cancelled its order for Su-35 fighter jets from Russia last year.",
]


# -- seeds ---------------------------------------------------------------------------------


def seed_text() -> list[bytes]:
    body = "Jul 30, 2020\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    return [
        ("India gets S-400\n" + body).encode(),
        ("Updated 2:12 PM EST, Wed, Jan 29, 2020\nMake CT Your Homepage\n" + body).encode(),
        ("# Россия и Индия\n" + body).encode("cp1251", errors="replace"),
        ("Café S-400\r\n" + body).encode("utf-16"),
        ("Naïve — S-400\n" + body).encode("latin-1", errors="replace"),
    ]


def _page(paragraphs: list[str], extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>India gets S-400</title>"
        '<meta property="article:published_time" content="2020-07-30">'
        f"<script>var x = '</p>';</script></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>India gets S-400</h1>{extra}{body}</article>"
        "<footer>Share this article</footer></body></html>"
    )


def seed_html() -> list[bytes]:
    nested = "<div>" * 40 + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>" * 40
    return [
        _page(PARAGRAPHS).encode(),
        _page(PARAGRAPHS[:2], "<p>Follow us on Twitter</p><time datetime='2020-07-30'>")
        .replace("utf-8", "cp1251")
        .encode("cp1251", errors="replace"),
        f"<html><body>{nested}</body></html>".encode(),
        _page(PARAGRAPHS).encode("utf-16"),
    ]


def _record(i: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"rec-{i}",
        "url": f"https://news.example.org/{i}",
        "published": "2021-05-0" + str(1 + i % 9),
        "title": f"Story {i}",
        "text": PARAGRAPHS[i % len(PARAGRAPHS)] + " " + PARAGRAPHS[(i + 1) % len(PARAGRAPHS)],
        **extra,
    }


def seed_jsonl() -> list[bytes]:
    lines = [json.dumps(_record(i)) for i in range(4)]
    record = _record(9, text="Россия поставила С-400 Индии. " + SENTENCE)
    cyrillic = json.dumps(record, ensure_ascii=False).encode()
    news_please = json.dumps(
        {"filename": "np-1", "maintext": SENTENCE, "date_publish": "2020-07-30 10:00:00"}
    )
    return [
        ("\n".join(lines) + "\n").encode(),
        ("\n".join([*lines[:2], news_please, ""])).encode(),
        json.dumps([_record(7), _record(8)], indent=1).encode(),
        cyrillic + b"\n",
    ]


def _warc_record(uri: str, html: bytes, *, status: str = "200 OK", kind: str = "response") -> bytes:
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(html)}\r\n\r\n"
    ).encode() + html
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2021-05-01T06:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def seed_warc() -> list[bytes]:
    page = _page(PARAGRAPHS).encode()
    request = (
        b"WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://a.example/\r\n"
        b"Content-Type: application/http; msgtype=request\r\nContent-Length: 18\r\n\r\n"
        b"GET / HTTP/1.1\r\n\r\n\r\n\r\n"
    )
    return [
        _warc_record("https://a.example/1", page),
        request
        + _warc_record("https://a.example/2", page)
        + _warc_record("https://a.example/3", b"<p>x</p>", status="404 Not Found"),
        _warc_record("https://a.example/4", _page(PARAGRAPHS[1:]).encode()) * 2,
    ]


def seed_feed() -> list[bytes]:
    items = "".join(
        f"<item><title>Story {i}</title><link>https://news.example.org/{i}</link>"
        f"<pubDate>Thu, 30 Jul 2020 1{i}:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{p}&lt;/p&gt;</description></item>"
        for i, p in enumerate(PARAGRAPHS)
    )
    entries = "".join(
        f"<entry><title>E{i}</title><id>urn:{i}</id><updated>2020-07-30T10:00:00Z</updated>"
        f"<content type='html'><![CDATA[<p>{p}</p>]]></content></entry>"
        for i, p in enumerate(PARAGRAPHS)
    )
    return [
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>"
        f"{items}</channel></rss>".encode(),
        f"<feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>{entries}</feed>".encode(),
        "<?xml version='1.0' encoding='cp1251'?><rss version='2.0'><channel><item>"
        "<title>Россия</title><description>С-400 для Индии</description></item></channel></rss>"
        .encode("cp1251"),
    ]  # fmt: skip


SEEDS: dict[str, Callable[[], list[bytes]]] = {
    "text": seed_text,
    "html": seed_html,
    "jsonl": seed_jsonl,
    "jsonl.gz": seed_jsonl,
    "jsonl.zst": seed_jsonl,
    "warc": seed_warc,
    "feed": seed_feed,
}


# -- generators ----------------------------------------------------------------------------


def mutate(rng: random.Random, data: bytes, tokens: list[bytes], others: list[bytes]) -> bytes:
    """1-8 random edits of ``data``."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(9)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:  # flip a bit
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1 and buf:  # set a byte
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif op == 2:  # insert random bytes
            buf[pos:pos] = rng.randbytes(rng.randint(1, 32))
        elif op == 3 and buf:  # delete a range
            buf[pos : pos + rng.randint(1, 64)] = b""
        elif op == 4 and buf:  # duplicate a range, sometimes many times
            chunk = bytes(buf[pos : pos + rng.randint(1, 256)])
            buf[pos:pos] = chunk * rng.choice([1, 2, 10, 100])
        elif op == 5 or op == 6:  # a format token
            buf[pos:pos] = rng.choice(tokens) * rng.choice([1, 1, 1, 3, 50])
        elif op == 7:  # cut short
            del buf[pos:]
        else:  # splice another seed in
            other = rng.choice(others)
            cut = rng.randint(0, len(other))
            buf[pos:] = other[cut:]
    return bytes(buf)


def random_json(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 2**63, -(2**70), 1e11 * 3, 1.5e300, rng.randrange(10**12)])
    if kind == 3:
        return rng.choice(PUBLISHED)
    if kind == 4:
        return random_text(rng, rng.randint(0, 300))
    if kind == 5:
        return "".join(chr(rng.randrange(0x10FFFF)) for _ in range(rng.randint(0, 20)))
    if kind == 6:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["text", "maintext", "id", "filename", "title", "url", "published", "date_publish",
            "updated", "date_modify", "x"]  # fmt: skip
    return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randint(0, 7))}


def structured(target: str, rng: random.Random) -> bytes:
    """Junk with the right shape: random JSON lines, tag soup, WARC blocks, feed items."""
    if target in ("jsonl", "jsonl.gz", "jsonl.zst"):
        lines = [json.dumps(random_json(rng), ensure_ascii=rng.random() < 0.5)
                 for _ in range(rng.randint(1, 6))]  # fmt: skip
        return ("\n".join(lines) + rng.choice(["", "\n", "\r\n"])).encode("utf-8", "surrogatepass")
    if target == "html":
        tags = ["div", "p", "span", "article", "table", "td", "script", "style", "b", "i", "a"]
        parts = []
        for _ in range(rng.randint(1, 80)):
            tag = rng.choice(tags)
            parts.append(rng.choice([f"<{tag}>", f"</{tag}>", random_text(rng, 60)]))
        return ("<html><body>" + "".join(parts)).encode("utf-8", "surrogatepass")
    if target == "warc":
        blocks = []
        for _ in range(rng.randint(1, 3)):
            body = rng.choice([_page(PARAGRAPHS).encode(), rng.randbytes(rng.randint(0, 200))])
            length = rng.choice([len(body), len(body) + rng.randint(-50, 50), 0, 10**9])
            headers = rng.sample(TOKENS["warc"], rng.randint(0, 6))
            head = b"WARC/1.0\r\n" + b"".join(headers)
            head += f"Content-Length: {length}\r\n\r\n".encode()
            blocks.append(head + body + b"\r\n\r\n")
        return b"".join(blocks)
    if target == "feed":
        items = "".join(
            f"<item><title>{random_text(rng, 40)}</title>"
            f"<pubDate>{rng.choice(PUBLISHED)}</pubDate>"
            f"<description>{random_text(rng, 200)}</description></item>"
            for _ in range(rng.randint(0, 5))
        )
        return f"<rss version='2.0'><channel>{items}</channel></rss>".encode(
            "utf-8", "surrogatepass"
        )
    return random_text(rng, rng.randint(0, 3000)).encode("utf-8", "surrogatepass")


def random_text(rng: random.Random, length: int) -> str:
    """News-ish text from the vocabulary, with odd characters among it."""
    out: list[str] = []
    size = 0
    pools = [SYSTEMS, STATES, CUES, GLUE, GLUE, DATES, PUNCT, PUNCT, ODD]
    while size < length:
        pool = rng.choice(pools)
        piece = rng.choice(pool)
        if rng.random() < 0.02:
            piece = chr(rng.randrange(0x10FFFF))
        out.append(piece)
        out.append(" " if rng.random() < 0.7 else "")
        size += len(piece) + 1
    return "".join(out)


def make_input(target: str, seeds: list[bytes], rng: random.Random) -> tuple[bytes, str]:
    """One input for a reader target and the file extension to give it."""
    ext = rng.choice(EXTENSIONS[target])
    roll = rng.random()
    if roll < 0.05:
        data = rng.randbytes(rng.randint(0, 4096))
    elif roll < 0.25:
        data = structured(target, rng)
    else:
        data = mutate(rng, rng.choice(seeds), TOKENS[target], seeds)
    if ext.endswith(".gz"):
        if rng.random() < 0.6:  # a valid gzip of mutated bytes, else mutated gzip bytes
            data = gzip.compress(data, mtime=0)
        else:
            data = mutate(rng, gzip.compress(rng.choice(seeds), mtime=0), [b"\x00", b"\x1f\x8b"],
                          [gzip.compress(s, mtime=0) for s in seeds])  # fmt: skip
    elif ext.endswith(".zst"):
        zstd = zstandard.ZstdCompressor()
        if rng.random() < 0.6:  # a valid zstd frame of mutated bytes, else mutated frame bytes
            data = zstd.compress(data)
        else:
            data = mutate(rng, zstd.compress(rng.choice(seeds)), [b"\x00", b"\x28\xb5\x2f\xfd"],
                          [zstd.compress(s) for s in seeds])  # fmt: skip
    return data, ext


def make_article(rng: random.Random) -> Article:
    text = random_text(rng, rng.choice([0, 1, 10, 80, 400, 1500]))
    if rng.random() < 0.1:
        text = "".join(chr(rng.randrange(0x10FFFF)) for _ in range(rng.randint(0, 200)))
    # Lone surrogates included: readers turn them into U+FFFD, but extract() gets any str.
    title = rng.choice([None, "", text[:60], random_text(rng, 50)])
    published = rng.choice(PUBLISHED)
    updated = rng.choice([None, *PUBLISHED])
    return Article(doc=f"fuzz-{rng.randrange(10**6)}", text=text, title=title,
                   published=published, updated=updated)  # fmt: skip


# -- running -------------------------------------------------------------------------------


class Hang(BaseException):
    """Raised by SIGALRM in an input that ran past ``--timeout`` (BaseException on purpose:
    library code that catches ``Exception`` must not swallow it)."""


@dataclass
class Tally:
    target: str
    inputs: int = 0
    articles: int = 0
    claims: int = 0
    errors: int = 0  # IngestErrors reported through on_error: named, not crashes
    escaped: int = 0  # ArmsledgerErrors that escaped despite on_error
    crashes: int = 0
    hangs: int = 0
    slow: int = 0
    bad_offsets: int = 0
    seconds: float = 0.0
    signatures: Counter[str] = field(default_factory=Counter)
    samples: dict[str, str] = field(default_factory=dict)
    messages: Counter[str] = field(default_factory=Counter)

    def merge(self, other: Tally) -> None:
        for name in ("inputs", "articles", "claims", "errors", "escaped", "crashes", "hangs",
                     "slow", "bad_offsets", "seconds"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.signatures.update(other.signatures)
        self.messages.update(other.messages)
        for key, value in other.samples.items():
            self.samples.setdefault(key, value)


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "armsledger" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{type(exc).__name__} at {where}"


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang()


def _save(tally: Tally, sig: str, target: str, index: int, data: bytes, ext: str) -> None:
    if tally.signatures[sig] > SAVED_PER_SIGNATURE:
        return
    CRASH_DIR.mkdir(parents=True, exist_ok=True)
    name = f"{target.replace('.', '_')}-{index}{ext}"
    (CRASH_DIR / name).write_bytes(data)
    tally.samples.setdefault(sig, str(CRASH_DIR / name))


def run_chunk(target: str, seed: int, start: int, stop: int, timeout: float, slow: float,
              deadline: float) -> Tally:  # fmt: skip
    """Inputs ``start..stop-1`` of ``target``; stops early at ``deadline`` (epoch seconds)."""
    signal.signal(signal.SIGALRM, _on_alarm)
    tally = Tally(target)
    ram = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    work = Path(tempfile.mkdtemp(prefix="armsledger-fuzz-", dir=ram))
    seeds = SEEDS[target]() if target in SEEDS else []
    try:
        for index in range(start, stop):
            if time.time() > deadline:
                break
            rng = random.Random(f"{seed}:{target}:{index}")
            tally.inputs += 1
            began = time.perf_counter()
            data, ext = b"", ""
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                if target == "extract":
                    _fuzz_extract(tally, make_article(rng))
                else:
                    data, ext = make_input(target, seeds, rng)
                    path = work / f"in{ext}"
                    path.write_bytes(data)
                    _fuzz_reader(tally, path)
            except Hang:
                tally.hangs += 1
                sig = "hang"
                tally.signatures[sig] += 1
                _save(tally, sig, target, index, data, ext)
            except ArmsledgerError as exc:
                tally.escaped += 1
                tally.signatures[f"escaped {_signature(exc)}"] += 1
            except Exception as exc:
                tally.crashes += 1
                sig = _signature(exc)
                tally.signatures[sig] += 1
                if target == "extract":
                    tally.samples.setdefault(sig, f"input {index} (seed {seed}): {exc!r}"[:300])
                else:
                    _save(tally, sig, target, index, data, ext)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            spent = time.perf_counter() - began
            tally.seconds += spent
            if spent > slow:
                tally.slow += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tally


def _fuzz_reader(tally: Tally, path: Path) -> None:
    errors: list[IngestError] = []
    for article in iter_articles([path], on_error=errors.append):
        assert isinstance(article, Article) and isinstance(article.text, str)
        tally.articles += 1
    tally.errors += len(errors)
    for err in errors:
        text = str(err)
        if "\n" in text or str(path) not in text:
            tally.messages["message not one line naming the file"] += 1
        tally.messages[err.message.split(":")[0][:60]] += 1


def _fuzz_extract(tally: Tally, article: Article) -> None:
    claims = extract(article)
    tally.articles += 1
    tally.claims += len(claims)
    for claim in claims:
        ev = claim.evidence
        if article.text[ev.start : ev.end] != ev.text:
            tally.bad_offsets += 1


def chunks(count: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, count, size):
        yield start, min(count, start + size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs per target")
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--budget", type=float, default=3 * 3600, help="seconds, overall")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per input")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds: counted as slow")
    parser.add_argument("--chunk", type=int, default=2000, help="inputs per work unit")
    parser.add_argument("--out", default=str(OUT / "fuzz.json"))
    args = parser.parse_args(argv)
    targets = [t for t in args.targets.split(",") if t]
    unknown = set(targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown targets {sorted(unknown)}; choose from {', '.join(TARGETS)}")

    began = time.time()
    deadline = began + args.budget
    totals = {t: Tally(t) for t in targets}
    work = [(t, a, b) for t in targets for a, b in chunks(args.count, args.chunk)]
    # Round-robin over targets so a cut budget still covers every target.
    work.sort(key=lambda w: (w[1], targets.index(w[0])))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        pending: set[Future[Tally]] = set()
        queue = iter(work)
        for unit in queue:
            pending.add(pool.submit(run_chunk, *unit[:1], args.seed, *unit[1:], args.timeout,
                                    args.slow, deadline))  # fmt: skip
            if len(pending) >= args.jobs * 2:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                tally = fut.result()
                totals[tally.target].merge(tally)
                _progress(totals, began)
            for unit in queue:
                pending.add(pool.submit(run_chunk, unit[0], args.seed, unit[1], unit[2],
                                        args.timeout, args.slow, deadline))  # fmt: skip
                break
    elapsed = time.time() - began
    report = _report(totals, args, elapsed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _print(report)
    print(f"\nwritten to {out}")
    return 1 if any(t.crashes or t.hangs or t.escaped for t in totals.values()) else 0


def _progress(totals: dict[str, Tally], began: float) -> None:
    done = " ".join(f"{t}={x.inputs}" for t, x in totals.items())
    crashes = sum(x.crashes for x in totals.values())
    print(f"[{time.time() - began:7.0f}s] {done} crashes={crashes}", file=sys.stderr, flush=True)


def _report(totals: dict[str, Tally], args: argparse.Namespace, elapsed: float) -> dict[str, Any]:
    return {
        "count_per_target": args.count,
        "seed": args.seed,
        "jobs": args.jobs,
        "timeout_s": args.timeout,
        "slow_s": args.slow,
        "elapsed_s": round(elapsed, 1),
        "complete": all(t.inputs >= args.count for t in totals.values()),
        "targets": {
            name: {
                "inputs": t.inputs,
                "articles": t.articles,
                "claims": t.claims,
                "named_errors": t.errors,
                "escaped_errors": t.escaped,
                "crashes": t.crashes,
                "hangs": t.hangs,
                "slow": t.slow,
                "bad_offsets": t.bad_offsets,
                "inputs_per_s": round(t.inputs / t.seconds, 1) if t.seconds else None,
                "signatures": dict(t.signatures.most_common()),
                "samples": t.samples,
                "top_error_messages": dict(t.messages.most_common(12)),
            }
            for name, t in totals.items()
        },
    }


def _print(report: dict[str, Any]) -> None:
    head = f"{'target':10} {'inputs':>8} {'articles':>9} {'errors':>8} {'crashes':>8} " \
           f"{'hangs':>6} {'slow':>5} {'badoff':>6} {'in/s':>7}"  # fmt: skip
    print(head)
    for name, t in report["targets"].items():
        print(f"{name:10} {t['inputs']:>8} {t['articles']:>9} {t['named_errors']:>8} "
              f"{t['crashes']:>8} {t['hangs']:>6} {t['slow']:>5} {t['bad_offsets']:>6} "
              f"{t['inputs_per_s'] or 0:>7}")  # fmt: skip
    for name, t in report["targets"].items():
        for sig, n in t["signatures"].items():
            sample = t["samples"].get(sig, "")
            print(f"  {name}: {n} x {sig}  {sample}")
    print(f"elapsed {report['elapsed_s']} s; complete: {report['complete']}")


if __name__ == "__main__":
    sys.exit(main())
