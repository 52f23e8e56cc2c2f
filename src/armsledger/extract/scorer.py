"""Deciders: who turns a candidate predication into a claim, or into none.

``RuleDecider`` keeps the hand rules' answer. ``LearnedDecider`` scores the same candidate with
linear models fitted on the study sets (``armsledger train-scorer``): whether it is a claim,
its supplier and its recipient, each chosen among the options the rules proposed. The
factuality stays the rules' own: a fitted factuality model was no better in cross-validation
(85.8% right against 85.9%) and lost rare readings such as corrections. Weights sit in
``data/scorer.json.gz`` indexed by hashed feature strings, so the file holds no text;
scoring needs nothing beyond the standard library.
"""

from __future__ import annotations

import gzip
import json
import math
import zlib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, ClassVar, Protocol

from armsledger.errors import DataFileError
from armsledger.extract.candidates import Candidate
from armsledger.extract.clause_steps import left_in_earlier_phrase
from armsledger.extract.own_sources import own_source_in
from armsledger.extract.roles import Roles
from armsledger.models import Factuality

HASH_BITS = 20
HASH_MASK = (1 << HASH_BITS) - 1
MODEL_FILE = "scorer.json.gz"
MODEL_VERSION = 2

Decision = tuple[Roles, Factuality]
# A party listed with the chosen one shares its role when it scores within this many logits of
# it. Cross-validated strict F1 on the study sets: 1 logit 0.516, 3 logits 0.516 with more
# recall, unbounded 0.514 (lists of "Russia and China" that are no list of suppliers).
LIST_MARGIN = 3.0
# How much better the supplier must score as the receiver than any other party for a
# candidate to be read as a state's own forces taking delivery; 0, 1 and 2 were tried in
# cross-validation on the study sets, 0 removed the most false claims and lost none.
HOME_MARGIN = 0.0
# Makers from which a system is a consortium's (Eurofighter, NH90, Tornado, Meteor) and no one
# state supplies it unless named. Two makers most often mean a design and its one exporter
# (JF-17 from Pakistan, NASAMS from Norway, BrahMos from India): for those three the study
# sets' gold names a maker as supplier 46 times and leaves the supplier open twice. 2 and 3
# gave the same cross-validated figures.
CONSORTIUM_MAKERS = 3
# A list of receivers longer than this that names the supplier too ("selected by Brazil,
# Portugal, Hungary and Austria") is a list of buyers with the maker among them as its own
# user; a list of two ("Russia and China discussed the deal") holds both sides of one deal.
# Set from the written sets of session 58 (one list of seven, one of two); no study set has one.
LONG_LIST = 2


# Feature strings repeat across sentences ("stage=delivery", "cw=the"): hashing each once per
# process halves the decider's time on the study sets.
FEATURE_CACHE = 1 << 17


@lru_cache(maxsize=FEATURE_CACHE)
def feature_index(feature: str) -> int:
    """A stable hash of a feature string (crc32: the same in every process and on Spark)."""
    return zlib.crc32(feature.encode("utf-8", "surrogatepass")) & HASH_MASK


class Decider(Protocol):
    # A decider may declare ``pure = True`` (a class attribute): its answer is all it does, so
    # a candidate whose answer the roles layer overrules anyway is not put to it (parties).
    # Recorders and explainers leave it unset: they see every candidate.

    def decide(self, cand: Candidate) -> list[Decision]:
        """The claims ``cand`` makes: none, one, or one per listed party."""
        ...


class RuleDecider:
    """The hand rules' answer, unchanged."""

    pure: ClassVar[bool] = True

    def decide(self, cand: Candidate) -> list[Decision]:
        return [(cand.rule_roles, cand.rule_fact)] if cand.rule_made else []


# Each model keeps the weight of every feature string it has scored, up to this many (a few
# MB): most strings recur, and a dict lookup beats hashing the string again.
WEIGHT_MEMO = 1 << 18


@dataclass(frozen=True)
class LinearModel:
    weights: dict[int, float]
    _memo: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def score(self, features: list[str]) -> float:
        memo = self._memo
        try:
            return sum(map(memo.__getitem__, features))
        except KeyError:
            pass
        if len(memo) > WEIGHT_MEMO:
            memo.clear()
        weights = self.weights
        for f in features:
            if f not in memo:
                memo[f] = weights.get(feature_index(f), 0.0)
        return sum(map(memo.__getitem__, features))

    def to_record(self) -> dict[str, list[Any]]:
        items = sorted(self.weights.items())
        return {"index": [i for i, _ in items], "weight": [round(v, 5) for _, v in items]}

    @classmethod
    def from_record(cls, record: dict[str, Any], where: str) -> LinearModel:
        index, weight = record.get("index"), record.get("weight")
        if not isinstance(index, list) or not isinstance(weight, list) or len(index) != len(weight):
            raise DataFileError(
                f"model {where!r} needs 'index' and 'weight' lists of one length",
                path=MODEL_FILE,
                hint="re-create the file with `armsledger train-scorer`",
            )
        return cls({int(i): float(v) for i, v in zip(index, weight, strict=True)})


@dataclass(frozen=True)
class LearnedDecider:
    """Linear scorers over a candidate's features; see the module docstring."""

    accept: LinearModel
    supplier: LinearModel
    recipient: LinearModel
    threshold: float  # accept when the probability reaches this (set by `train-scorer`)
    pure: ClassVar[bool] = True

    def accept_probability(self, cand: Candidate) -> float:
        z = self.accept.score(cand.event)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, cand: Candidate) -> list[Decision]:
        if self.accept_probability(cand) < self.threshold:
            return []
        supplier = _unnamed_consortium(cand, _best(self.supplier, cand, "s", exclude=None))
        supplier = _named_seller_kept(cand, supplier)
        recipient = _best(self.recipient, cand, "r", exclude=supplier)
        recipient = _named_buyer_kept(self.recipient, cand, supplier, recipient)
        if recipient is not None and _co_supplier(cand, supplier, recipient):
            # "Sweden and Norway will provide": a party the words list with the supplier as
            # a giver is no receiver of the same step; another named one, or none.
            recipient = _best(self.recipient, cand, "r", exclude=supplier, also=recipient)
        if supplier is not None and (
            cand.own_forces_receive(supplier)
            or _home_delivery(self.recipient, cand, supplier, recipient)
        ):
            # The supplier's own armed service receives, or the supplier is by far the likeliest
            # receiver: a state's own forces taking delivery is no transfer.
            return []
        if supplier is None and recipient is None:
            return []
        suppliers = _listed(cand, supplier, self.supplier, "s")
        recipients = _listed(cand, recipient, self.recipient, "r")
        if set(suppliers) & set(recipients):
            if len(recipients) > LONG_LIST:
                # "selected by Brazil, Portugal, Hungary and Austria": a long list of buyers
                # names the maker among them as its own user, no buyer of its own sale.
                recipients = tuple(r for r in recipients if r not in suppliers)
            else:
                # "Russia and China discussed the deal": a list holding both sides is no list
                # of suppliers or of buyers.
                suppliers, recipients = (supplier,), (recipient,)
        return [(Roles(s, r), cand.rule_fact) for s in suppliers for r in recipients]

    def to_record(self) -> dict[str, Any]:
        return {
            "version": MODEL_VERSION,
            "hash_bits": HASH_BITS,
            "threshold": self.threshold,
            "accept": self.accept.to_record(),
            "supplier": self.supplier.to_record(),
            "recipient": self.recipient.to_record(),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> LearnedDecider:
        if record.get("version") != MODEL_VERSION or record.get("hash_bits") != HASH_BITS:
            raise DataFileError(
                f"model version {record.get('version')!r} with {record.get('hash_bits')!r} "
                f"hash bits; this armsledger reads version {MODEL_VERSION} with {HASH_BITS}",
                path=MODEL_FILE,
                hint="re-create the file with `armsledger train-scorer`",
            )
        return cls(
            accept=LinearModel.from_record(record.get("accept") or {}, "accept"),
            supplier=LinearModel.from_record(record.get("supplier") or {}, "supplier"),
            recipient=LinearModel.from_record(record.get("recipient") or {}, "recipient"),
            threshold=float(record.get("threshold", 0.5)),
        )


def _unnamed_consortium(cand: Candidate, supplier: str | None) -> str | None:
    """None for one maker among several that the text does not name: an NH90 or a
    Eurofighter comes from no one state (CLAIMS.md: the maker only when unambiguous)."""
    ctx = cand.ctx
    if supplier is None or len(ctx.makers) < CONSORTIUM_MAKERS or supplier not in ctx.makers:
        return supplier
    if any(p.party == supplier for p in ctx.parties):  # the sentence names it
        return supplier
    if ctx.focus is not None and ctx.focus.supplier == supplier:
        return supplier
    return None


def _score(model: LinearModel, cand: Candidate, role: str, value: str | None) -> float:
    """``model``'s score of ``value`` as the ``role``, summed once a candidate: the best
    option is scored again for its list and its home delivery (the same sum, so the same
    float). Kept with the model that summed it, so another model sums its own."""
    held = cand.scores.get((role, value))
    if held is not None and held[0] is model:
        return held[1]
    score = model.score(cand.features(role, value))
    cand.scores[(role, value)] = (model, score)
    return score


def _home_delivery(
    model: LinearModel, cand: Candidate, supplier: str, recipient: str | None
) -> bool:
    if supplier not in cand.values("r"):
        return False
    own = _score(model, cand, "r", supplier)
    other = _score(model, cand, "r", recipient) if recipient is not None else -HOME_MARGIN
    return own - other > HOME_MARGIN


def _named_buyer_kept(
    model: LinearModel, cand: Candidate, supplier: str | None, recipient: str | None
) -> str | None:
    """A state the words name in the receiving slot ("Greece has also bought the jet", "...,
    while Egypt is negotiating for 36") where the scorer chose a buyer this sentence does not
    name (the article's buyer, told before): a buyer named as such beats one carried from
    context. The rules' recipient if they name one so (on the study sets the gold's in 22 of
    23 such candidates), else the best scored state so named in the cue's own clause."""
    parties = cand.ctx.parties
    if recipient is None:
        return recipient
    rule = cand.ctx.rule_roles.recipient
    a, b = cand.ctx.clause
    if any(p.party == recipient for p in parties):
        if (
            cand.rule_made
            and rule not in (None, recipient, supplier)
            and (
                (
                    not any(p.party == recipient and a <= p.start < b for p in parties)
                    and any(p.party == rule and a <= p.start < b for p in parties)
                    and cand.pattern_role(rule) == "recipient"
                )
                # "sold its jets to Romania and has since received F-35s": the scorer's buyer
                # is the first verb's object; the rules' is the subject both verbs share
                or (
                    any(p.party == rule and p.start < cand.ctx.cue.start for p in parties)
                    and left_in_earlier_phrase(
                        cand.ctx.sentence,
                        [p for p in parties if p.party == recipient],
                        cand.ctx.cue,
                        cand.ctx.lang,
                    )
                )
            )
        ):
            return rule
        return recipient
    named = [
        p.party
        for p in parties
        if p.code  # a state: the gold leaves an armed group's side open (CLAIMS.md)
        and p.party not in (supplier, None)
        and cand.pattern_role(p.party) == "recipient"
        and (p.party == rule if cand.rule_made else a <= p.start < b)
    ]
    if not named:
        return recipient
    return max(named, key=lambda v: _score(model, cand, "r", v))


def _named_seller_kept(cand: Candidate, supplier: str | None) -> str | None:
    """The seller the words name right after the system ("and two A400M transports from
    Spain") where the scorer chose a seller named before it, another item's ("42 Rafale from
    France and ..."). Not where the scorer's seller is named nowhere: "an order for J-10
    fighters from Egypt" is the buyer's order, and the maker sells."""
    rule = cand.ctx.rule_roles.supplier
    if (
        cand.rule_made
        and supplier is not None
        and rule not in (None, supplier)
        and cand.named_before_system(supplier)
        and cand.pattern_role(supplier) == "supplier"
        # the one check that reads the words, last
        and own_source_in(cand.ctx.sentence, cand.ctx.parties, cand.ctx.system) == rule
    ):
        return rule
    return supplier


def _co_supplier(cand: Candidate, supplier: str | None, party: str) -> bool:
    """Whether the rules read ``party`` and ``supplier`` as one list of givers ("Sweden and
    Norway will provide")."""
    rules = cand.ctx.rule_roles
    givers = {rules.supplier, *rules.co_suppliers} - {None}
    return supplier in givers and party in givers


def _best(
    model: LinearModel,
    cand: Candidate,
    role: str,
    exclude: str | None,
    also: str | None = None,
) -> str | None:
    """The best-scored party among the ``role`` options but ``exclude`` (and ``also``); an
    open role (None) only when no party is on offer: the study sets' gold leaves a role open
    in 17 of 788 claims."""
    named = [v for v in cand.values(role) if v is not None and v not in (exclude, also)]
    if not named:
        return None
    return max(named, key=lambda v: _score(model, cand, role, v))


def _listed(
    cand: Candidate, party: str | None, model: LinearModel, role: str
) -> tuple[str | None, ...]:
    """``party`` and the parties listed with it ("Latvia and Lithuania") that score nearly as
    well in the role, else ``party`` alone."""
    if party is None or party not in cand.lists:
        return (party,)
    listed = cand.lists[party]
    if role == "r":
        # A party the rules read as a second supplier ("to Ukraine, and Norway eight") is
        # listed beside the buyer but gives.
        listed = tuple(p for p in listed if p not in cand.ctx.rule_roles.co_suppliers)
    options = cand.values(role)
    # A list the words around it put in the role ("to Chile, Peru and Qatar", "Latvia and
    # Lithuania will send") holds the role whole: its later members score low only for
    # standing after a comma.
    wanted = "supplier" if role == "s" else "recipient"
    if cand.marked_lists.get(party) == wanted:
        return tuple(p for p in listed if p == party or p in options)
    best = _score(model, cand, role, party)
    # "from France, and Pakistan bought": a member the words give the other role is the
    # next clause's party, not this list's.
    other = "recipient" if role == "s" else "supplier"
    return tuple(
        p
        for p in listed
        if p == party
        or (
            p in options
            and cand.pattern_role(p) != other
            and _score(model, cand, role, p) >= best - LIST_MARGIN
        )
    )


@cache
def default_decider() -> Decider:
    """The shipped learned scorer when the package holds one, else the rules alone."""
    ref = resources.files("armsledger.extract") / "data" / MODEL_FILE
    if not ref.is_file():
        return RuleDecider()
    try:
        record = json.loads(gzip.decompress(ref.read_bytes()))
    except (OSError, ValueError) as exc:
        raise DataFileError(
            f"cannot read the scorer: {exc}",
            path=MODEL_FILE,
            hint="re-create the file with `armsledger train-scorer`",
        ) from exc
    if not isinstance(record, dict):
        raise DataFileError("the scorer is not a JSON object", path=MODEL_FILE)
    return LearnedDecider.from_record(record)
