"""armsledger: an evidence-linked register of international arms transfers, built from news."""

from armsledger.errors import ArmsledgerError
from armsledger.models import Article, Claim, Evidence, Factuality, Stage

__all__ = ["ArmsledgerError", "Article", "Claim", "Evidence", "Factuality", "Stage", "extract"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # extract() loads gazetteers on first use; keep `import armsledger` cheap.
    if name == "extract":
        from armsledger.extract import extract

        return extract
    raise AttributeError(name)
