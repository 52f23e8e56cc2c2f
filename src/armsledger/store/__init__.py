"""Store stage: the SQLite register (schema migrations, upserts, queries)."""

from armsledger.store.register import DEFAULT_DB, ClaimFilter, Register, StoreResult, fts_query

__all__ = ["DEFAULT_DB", "ClaimFilter", "Register", "StoreResult", "fts_query"]
