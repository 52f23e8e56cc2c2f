"""Which number in an agreement's sentence is the number ordered.

The extractor attaches to a claim the first quantity near its system, which for an agreement
can be a delivery's ("Five Rafale fighters landed ..., the first of 36 jets that New Delhi
ordered") or an older deal's ("since 1992, when Washington agreed to sell it 150 F-16A/B
jets"). SIPRI's "Number ordered" must be the order's own figure, so the export and the
cross-check read it here, from the evidence: a number counts when the step word nearest to it
(within ``REACH`` words, either side) is an agreement word, and, for a claim with no ``when``,
when no year the sentence names differs from the order year the row gives.
"""

from __future__ import annotations

import re

from armsledger.models import Claim, Stage

# Words between a number and the verb it goes with: "36 jets that New Delhi ordered" is 5.
REACH = 8

_AGREEMENT = ("order", "sign", "contract", "buy", "bought", "purchas", "sell", "sold", "agree",
              "deal", "procur", "acquir", "commit", "pledg")  # fmt: skip
_OTHER_STEP = ("land", "arriv", "deliver", "receiv", "hand", "ship", "took", "take", "fly",
               "flies", "flown", "reach", "operat", "sent", "send", "built", "build")  # fmt: skip
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12}  # fmt: skip
_TOKEN = re.compile(r"\d[\d,.]*\d|[\w/-]+")
# A number before these is an amount, a share or a distance, not a count of systems.
_NOT_COUNTS = frozenset({"billion", "million", "bn", "percent", "per", "km", "kilometres",
                         "kilometers", "miles", "years", "year", "months", "days"})  # fmt: skip
# Nouns a count of systems may stand before instead of the system's name ("36 jets").
_PLATFORMS = ("jet", "fighter", "aircraft", "plane", "tank", "system", "launcher", "unit",
              "helicopter", "drone", "howitzer", "battalion", "frigate", "submarine", "ship",
              "vessel", "missile", "battery", "batteries", "squadron", "vehicle")  # fmt: skip
# A designation: letters and digits joined ("K2", "FA-50", "F-16A/B"), naming some system.
_DESIGNATION = re.compile(r"^(?=.*\d)(?=.*[a-z])[a-z0-9/-]+$")
_YEAR = re.compile(r"^(19|20)\d\d$")


def _number(token: str) -> int | None:
    if token in _WORDS:
        return _WORDS[token]
    plain = token.replace(",", "")
    if not plain.isdigit() or _YEAR.match(token) or len(plain) > 6:
        return None
    return int(plain)


def _step(token: str) -> str | None:
    if token.startswith(_AGREEMENT):
        return "agreement"
    if token.startswith(_OTHER_STEP):
        return "other"
    return None


def ordered_numbers(text: str, system: str | None = None) -> list[int]:
    """The counts in ``text`` whose nearest step word is an agreement word; with ``system``,
    only counts of that system ("48 FA-50", "36 jets", not "1,000 K2 tanks")."""
    tokens = [t.strip(",.").casefold() for t in _TOKEN.findall(text)]
    steps = [(i, kind) for i, t in enumerate(tokens) if (kind := _step(t)) is not None]
    out = []
    for i, token in enumerate(tokens):
        value = _number(token)
        after = tokens[i + 1 : i + 4]
        if value is None or not steps or (after and after[0] in _NOT_COUNTS):
            continue
        distance, kind = min((abs(i - j), kind) for j, kind in steps)
        if distance > REACH or kind != "agreement":
            continue
        if system is not None and not _counts(after, system):
            continue
        out.append(value)
    return out


def _counts(after: list[str], system: str) -> bool:
    """Do the words after a number say it counts ``system``? A number that ends the sentence
    ("it bought its first six") counts what the sentence is about."""
    if not after:
        return True
    key = re.sub(r"[\W_]+", "", system).casefold()
    for word in after:
        if re.sub(r"[\W_]+", "", word).startswith(key) and key:
            return True
        if _DESIGNATION.match(word):
            return False  # another system's designation: its count, not ours
        if word.startswith(_PLATFORMS):
            return True
    return False


def ordered_quantity(claim: Claim, order_year: int | None = None) -> int | None:
    """The number ordered that an agreement claim gives for an order of ``order_year``."""
    if claim.stage != Stage.AGREEMENT:
        return None
    text = claim.evidence.text
    if claim.when is None and order_year is not None:
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
        if years and order_year not in years:
            return None  # the figure of an older (or another) order the sentence recalls
    if claim.quantity is not None and claim.quantity in ordered_numbers(text):
        return claim.quantity
    # The extractor's figure is not the order's: one count of this system tied to the
    # agreement word is ("the first of 36 jets that New Delhi ordered").
    found = set(ordered_numbers(text, claim.system))
    return found.pop() if len(found) == 1 else None
