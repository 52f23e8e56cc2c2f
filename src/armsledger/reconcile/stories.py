"""Syndicated copies: near-duplicate articles grouped into one story.

A wire report reprinted by ten outlets is one piece of evidence, not ten. Articles are
MinHashed over word shingles and bucketed with LSH; every LSH candidate pair is then checked
against the same Jaccard threshold on the MinHash estimate (LSH alone lets through pairs below
its threshold), and the confirmed pairs are joined by union-find (so a copy of a copy joins the
story too, even if it drifted further from the first). A story's id is the smallest article id
in it, so grouping is deterministic and independent of input order.

All copies stay in the register; only counting (status support, contradiction pairs) treats
a story as one voice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from armsledger.models import Article, Claim

if TYPE_CHECKING:
    from datasketch import MinHash

# Words per shingle. 5-word shingles make two different reports on the same event (which share
# names and stock phrases like "S-400 air defence systems") overlap little, while reprints that
# share whole paragraphs overlap a lot.
SHINGLE_WORDS = 5

# Estimated Jaccard similarity of shingle sets at or above which two articles are copies of one
# story. Set on the project's dev documents (``shared/eval/dev`` and the seeds, 39 texts): the
# most similar pair of distinct reports scores 0.19 (seed 004 quotes whole sentences of UAWire's
# report), every other pair < 0.02; a copy of each 100-500-word text with a new headline, a
# syndication line, a boilerplate footer and three edited words scores 0.59-0.92 (estimate).
# 0.5 sits clear of both sides; a rewrite that keeps half the shingles is a copy for our purpose.
STORY_THRESHOLD = 0.5

# MinHash permutations: 128 gives a Jaccard estimate with a standard error of ~0.04, enough for
# a 0.5 threshold with distinct reports far below it.
NUM_PERM = 128

# Fixed seed: the same articles always give the same signatures (and so the same stories).
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams; a text shorter than ``size`` words is one shingle."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@cache
def _template() -> MinHash:
    """The seed's permutations, drawn once: drawing them again for every article cost a fifth
    of its signature's time (the values are the same either way). ``datasketch`` (and the SciPy
    it loads, ~0.8 s) is imported here, when a story is first looked for: ``extract``,
    ``eval`` and ``explain`` never do."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED)


def minhash(text: str) -> MinHash:
    from datasketch import MinHash

    template = _template()
    m = MinHash(
        num_perm=NUM_PERM, seed=SEED, permutations=template.permutations, scheme=template.scheme
    )
    m.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return m


def group_stories(
    articles: Iterable[Article], threshold: float = STORY_THRESHOLD
) -> dict[str, str]:
    """``{article_id: story_id}`` for every article; singletons are their own story.

    Articles with no words are never grouped (an empty page is no copy of another).
    """
    by_id: dict[str, Article] = {}
    for article in articles:
        by_id.setdefault(article.id, article)
    ids = sorted(by_id)
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # The smaller id becomes the root, so the root is the story id.
            lo, hi = sorted((ra, rb))
            parent[hi] = lo

    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    for article_id in ids:
        text = by_id[article_id].text
        if not shingles(text):
            continue
        sig = minhash(text)
        for other in lsh.query(sig):
            if sig.jaccard(signatures[other]) >= threshold:
                union(article_id, other)
        lsh.insert(article_id, sig)
        signatures[article_id] = sig
    return {i: find(i) for i in ids}


# The LSH banding ``MinHashLSH(STORY_THRESHOLD, NUM_PERM)`` uses, so an incremental lookup
# finds exactly the candidates ``group_stories`` does: written out rather than asked for at
# import (datasketch works them out with SciPy); tests/reconcile checks they agree.
BANDS, ROWS = 25, 5


def signature(text: str) -> np.ndarray | None:
    """The MinHash values of ``text``'s shingles (uint32), or None for a text with no words."""
    if not shingles(text):
        return None
    return np.asarray(minhash(text).hashvalues, dtype=np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band: band number and the band's values, hashed."""
    keys = []
    for band in range(BANDS):
        part = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + part, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def pack(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def similar(sig: np.ndarray, blob: bytes, threshold: float = STORY_THRESHOLD) -> bool:
    """The Jaccard estimate ``group_stories`` checks: the share of equal MinHash values."""
    other = np.frombuffer(blob, dtype="<u4")
    return float(np.count_nonzero(sig == other)) / len(sig) >= threshold


def similar_rows(
    sig: np.ndarray, blobs: Sequence[bytes], threshold: float = STORY_THRESHOLD
) -> list[bool]:
    """``similar(sig, blob)`` for each blob, in one array operation."""
    if not blobs:
        return []
    others = np.frombuffer(b"".join(blobs), dtype="<u4").reshape(len(blobs), len(sig))
    equal = np.count_nonzero(others == sig, axis=1)
    return [bool(n / len(sig) >= threshold) for n in equal]


def story_of(claim: Claim, stories: Mapping[str, str] | None) -> str:
    """The story a claim's article belongs to (its own article id when not grouped)."""
    if stories is None:
        return claim.article_id
    return stories.get(claim.article_id, claim.article_id)


StatementKey = tuple[str, str, str, str, str | None, str | None]


def statement_key(claim: Claim, stories: Mapping[str, str] | None) -> StatementKey:
    """What makes two claims *the same statement*: one story, one source, one step, one time.

    Copies of a story repeat each claim once per copy; these collapse to one statement. Within
    one story, different sources (a lawmaker and the ministry that denies him) stay apart.
    """
    source = claim.source.strip().casefold() if claim.source else None
    return (
        story_of(claim, stories),
        claim.system.casefold(),
        str(claim.stage),
        str(claim.factuality),
        source,
        claim.when,
    )


def collapse_copies(
    claims: Iterable[Claim], stories: Mapping[str, str] | None
) -> list[tuple[Claim, tuple[Claim, ...]]]:
    """Group claims into statements: ``[(representative, other copies), ...]``.

    The representative is the claim from the story's own article (its smallest article id),
    then the earliest in the text, so the choice is stable.
    """
    groups: dict[StatementKey, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(statement_key(claim, stories), []).append(claim)
    out = []
    for members in groups.values():
        members.sort(key=lambda c: (c.article_id, c.evidence.start, c.id))
        out.append((members[0], tuple(members[1:])))
    out.sort(key=lambda pair: pair[0].id)
    return out
