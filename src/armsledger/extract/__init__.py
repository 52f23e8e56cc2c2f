"""Extract stage: ``Article`` -> ``Claim``s, with rules and gazetteers kept as data files."""

from armsledger.extract.pipeline import extract

__all__ = ["extract"]
