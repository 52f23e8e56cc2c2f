"""One exception tree for armsledger (like httpx): catch ``ArmsledgerError`` to catch them all.

Every error carries enough to act on: the file, the record inside it, and a hint saying how
to fix the input. ``str(error)`` is the one-line message the CLI prints.
"""

from __future__ import annotations


class ArmsledgerError(Exception):
    """Base of every error armsledger raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        record: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.record = record
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.record:
                where += f" ({self.record})"
            where += ": "
        hint = f" (fix: {self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class IngestError(ArmsledgerError):
    """A source file or record could not be read into an Article."""


class DataFileError(ArmsledgerError):
    """A packaged rule, lexicon or gazetteer file is malformed."""


class StoreError(ArmsledgerError):
    """The register database could not be opened, migrated or written."""


class EvalError(ArmsledgerError):
    """A gold or prediction file for evaluation is malformed."""


class NotFoundError(ArmsledgerError):
    """A deal, claim or article asked for does not exist in the register."""


class FetchError(ArmsledgerError):
    """A feed or page could not be fetched (refused address, too large, timed out)."""


class UsageError(ArmsledgerError):
    """Command-line values that cannot work: an option out of range, the register as output."""


class OutputError(ArmsledgerError):
    """An output file could not be written (missing folder, no permission, disk full)."""


class QueryError(ArmsledgerError):
    """A filter or search the register cannot run (an FTS5 syntax error, a bad date)."""
