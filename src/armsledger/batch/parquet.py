"""Loading the Spark job's Parquet output into a register (``armsledger load DIR``).

Reads ``DIR/articles`` and ``DIR/claims`` with pyarrow (no Spark needed, so a register can be
built on a machine without Java), each kind's own columns only (the job writes one schema for
all outputs, the other kinds' columns null), and upserts them with ``Register.store`` in the
same batches and with the same incremental story index as ``runner.ingest_paths`` (only the
new articles are signed and looked up, whatever the size of the register), so loading a Spark
run gives the register a direct ingest of the same files would.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from armsledger.batch import INSTALL_HINT, BatchError
from armsledger.batch.records import ARTICLE_FIELDS, CLAIM_FIELDS
from armsledger.models import Article, Claim
from armsledger.runner import STORE_BATCH
from armsledger.store import Register


def load_parquet(directory: str, register: Register) -> dict[str, Any]:
    """Upsert the articles and claims under ``directory`` into ``register``.

    Returns the counts of ``runner.RunSummary`` as a dict: ``articles``, ``claims``,
    ``articles_new`` and ``errors`` (messages for claims whose article is missing). All
    claims are held in memory while the articles stream past in batches: about 0.5 KB a
    claim, which is fine for registers that SQLite suits.
    """
    claims = _claims_by_article(_dataset(directory, "claims"))
    summary: dict[str, Any] = {"articles": 0, "claims": 0, "articles_new": 0, "errors": []}
    stored: set[str] = set()
    articles = _dataset(directory, "articles")
    for batch in articles.to_batches(columns=list(ARTICLE_FIELDS), batch_size=STORE_BATCH):
        pairs: list[tuple[Article, list[Claim]]] = []
        for record in batch.to_pylist():
            article = Article.from_record(record)
            if article.id in stored:
                # The same article read from two files: stored once, as a local run does
                # (storing it again with no claims would drop the claims of the first).
                continue
            stored.add(article.id)
            found = list(claims.pop(article.id, {}).values())
            pairs.append((article, found))
            summary["claims"] += len(found)
        summary["articles"] += len(pairs)
        if pairs:
            summary["articles_new"] += register.store(pairs).articles_new
    for article_id, orphans in claims.items():
        summary["errors"].append(
            f"{directory}: {len(orphans)} claims of article {article_id} whose article is "
            "missing (fix: re-run the Spark job; its output is incomplete)"
        )
    # As runner.ingest_paths does: every article not yet in a story joins one. Regrouping all
    # articles instead read every text of the register again on each load.
    register.update_stories()
    return summary


def _claims_by_article(dataset: Any) -> dict[str, dict[str, Claim]]:
    # Keyed by claim id too: an article read twice has its claims written twice.
    claims: dict[str, dict[str, Claim]] = defaultdict(dict)
    for batch in dataset.to_batches(columns=list(CLAIM_FIELDS)):
        for record in batch.to_pylist():
            claim = Claim.from_record(record)
            claims[claim.article_id][claim.id] = claim
    return claims


def _dataset(directory: str, name: str) -> Any:
    try:
        import pyarrow.dataset as ds
    except ImportError:
        raise BatchError("pyarrow is not installed", hint=INSTALL_HINT) from None
    where = f"{directory.rstrip('/')}/{name}"
    try:
        # pyarrow skips Spark's _SUCCESS markers and .crc files (names starting _ or .).
        return ds.dataset(where, format="parquet")
    except (FileNotFoundError, OSError, ValueError) as exc:
        raise BatchError(
            f"no Parquet {name} here ({exc})",
            path=directory,
            hint="give the output directory of the Spark job (it holds articles/ and claims/)",
        ) from None
