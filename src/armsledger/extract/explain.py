"""Why each claim was made or not: ``armsledger explain``.

Runs the same ``extract_with`` as every front end, with the decider wrapped so that each
candidate is kept beside what was decided: the sentence, the system, the stage cue and the rule
that found it, the rules' own supplier, recipient and factuality, the learned decider's accept
probability and its scores for each party, and the claims that came of it. Then the article's
claims after merging, as ``extract`` returns them.
"""

from __future__ import annotations

from dataclasses import dataclass

from armsledger.extract.candidates import Candidate
from armsledger.extract.pipeline import decider_for, extract_with
from armsledger.extract.scorer import Decider, Decision, LearnedDecider
from armsledger.language import detect_language
from armsledger.models import Article, Claim


@dataclass(frozen=True)
class Step:
    """One candidate and what became of it."""

    cand: Candidate
    decisions: list[Decision]
    accept: float | None  # the learned decider's probability, None under the rules alone
    threshold: float | None
    suppliers: list[tuple[str | None, float]]  # each option's score, best first
    recipients: list[tuple[str | None, float]]


class _Explaining:
    def __init__(self, inner: Decider) -> None:
        self.inner = inner
        self.steps: list[Step] = []

    def decide(self, cand: Candidate) -> list[Decision]:
        decisions = self.inner.decide(cand)
        learned = self.inner if isinstance(self.inner, LearnedDecider) else None
        self.steps.append(
            Step(
                cand=cand,
                decisions=decisions,
                accept=learned.accept_probability(cand) if learned else None,
                threshold=learned.threshold if learned else None,
                suppliers=_ranked(learned, "s", cand) if learned else [],
                recipients=_ranked(learned, "r", cand) if learned else [],
            )
        )
        return decisions


def _ranked(model: LearnedDecider, role: str, cand: Candidate) -> list[tuple[str | None, float]]:
    scorer, options = (
        (model.supplier, cand.suppliers) if role == "s" else (model.recipient, cand.recipients)
    )
    scored = [(v, scorer.score(f)) for v, f in options.items()]
    return sorted(scored, key=lambda x: -x[1])


def explain(article: Article, decider: Decider | None = None) -> tuple[list[Step], list[Claim]]:
    """Every candidate of ``article`` with its decision, and the claims ``extract`` returns."""
    lang = article.language or detect_language(article.text)
    wrapped = _Explaining(decider or decider_for(lang))
    claims = extract_with(article, wrapped)
    return wrapped.steps, claims


def _why(step: Step) -> str:
    c = step.cand
    if step.accept is None:
        if step.decisions:
            return "made: the rules' answer"
        return "not made: " + ("the rules found no party pair" if c.paired else "not paired")
    if step.threshold is not None and step.accept < step.threshold:
        return f"not made: accept {step.accept:.2f} < threshold {step.threshold:.2f}"
    if not step.decisions:
        return "not made: no supplier or recipient on offer"
    return f"made: accept {step.accept:.2f} >= threshold {step.threshold:.2f}"


def _party(code: str | None) -> str:
    return code or "-"


def format_explanation(steps: list[Step], claims: list[Claim]) -> str:
    """Plain text, one block per sentence: what each layer found and why."""
    lines: list[str] = []
    sentence = None
    for step in steps:
        c = step.cand
        if c.sentence != sentence:
            sentence = c.sentence
            lines += ["", f"sentence: {' '.join(sentence.split())}"]
        cue = c.sentence[c.cue.start : c.cue.end]
        surface = c.sentence[c.system_span[0] : c.system_span[1]]
        lines.append(
            f"  system {c.system} ({surface!r}) | cue {cue!r} -> {c.stage.value}"
            f" [rule {c.cue.rule or '?'}]{'' if c.paired else ' | another pairing'}"
        )
        lines.append(
            f"    rules: {_party(c.rule_roles.supplier)} -> {_party(c.rule_roles.recipient)},"
            f" {c.rule_fact.value}, {'would make a claim' if c.rule_made else 'no claim'}"
        )
        if step.suppliers:
            for role, ranked in (("supplier", step.suppliers), ("recipient", step.recipients)):
                top = ", ".join(f"{_party(v)} {s:+.2f}" for v, s in ranked[:4])
                lines.append(f"    {role} scores: {top}")
        lines.append(f"    {_why(step)}")
        for roles, fact in step.decisions:
            lines.append(
                f"      => {c.system} {_party(roles.supplier)} -> {_party(roles.recipient)}"
                f" {c.stage.value}/{fact.value}"
            )
    if not steps:
        lines.append("no candidate: no sentence pairs a named system with a stage cue")
    lines += ["", f"claims ({len(claims)}):"]
    for claim in claims:
        lines.append(
            f"  {claim.system} {_party(claim.supplier)} -> {_party(claim.recipient)}"
            f" {claim.stage.value}/{claim.factuality.value} when={claim.when or '-'}"
            f" source={claim.source or '-'}"
        )
    return "\n".join(lines).strip("\n")
