"""Arms packages told by what was done to them ("approved a $6 billion arms package for
Taiwan", "unveiled a new military aid package for Kyiv"): the step they give the systems the
package includes, in the same sentence or the next (stage.package_contents). Read by the
predications layer."""

from __future__ import annotations

from armsledger.extract.record import Focus, Sentence
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.models import Stage

_TABLE = rule_table()
# The package rules and the stage each gives, and how far before its receiver the phrase is
# read (the longest phrase the rules allow, eight words of amount and adjectives, fits in 150
# characters).
_PACKAGES = (
    (_TABLE["stage.package_pledged"], Stage.AGREEMENT),
    (_TABLE["stage.package_approved"], Stage.NEGOTIATION),
)
PACKAGE_CHARS = 150


def package_of(sent: Sentence) -> tuple[Mention, Stage] | None:
    """The receiver of a package the sentence tells, and the step told of the package."""
    for p in sent.parties:
        if p.party is None:
            continue
        before = sent.text[max(0, p.start - PACKAGE_CHARS) : p.start]
        stage = next((st for rule, st in _PACKAGES if rule.search(before)), None)
        if stage is not None:
            return p, stage
    return None


def note_package(focus: Focus, sent: Sentence) -> None:
    """A package told without its systems ("The US approved a $6 billion arms package for
    Taiwan"): its receiver and its step (an approval, a pledge) stay in focus for the sentence
    that lists what it includes ("The package includes 60 Black Hawks", stage.package_contents),
    which names neither."""
    found = package_of(sent)
    if found is not None:
        focus.recipient, focus.package = found[0].party, found[1]
