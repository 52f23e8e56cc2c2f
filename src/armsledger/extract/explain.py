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
from armsledger.extract.pipeline import extract_with
from armsledger.extract.record import Sentence
from armsledger.extract.scorer import Decider, Decision, LearnedDecider, default_decider
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


@dataclass(frozen=True)
class SentenceTrace:
    """One sentence's record after the layers, and its candidates' fates."""

    sent: Sentence
    steps: list[Step]


@dataclass(frozen=True)
class Explanation:
    sentences: list[SentenceTrace]
    claims: list[Claim]  # as ``extract`` returns them

    @property
    def steps(self) -> list[Step]:
        return [step for trace in self.sentences for step in trace.steps]


def explain(article: Article, decider: Decider | None = None) -> Explanation:
    """Every sentence read in ``article`` with what each layer found, every candidate with its
    decision, and the claims ``extract`` returns."""
    wrapped = _Explaining(decider or default_decider())
    traces: list[SentenceTrace] = []
    done = 0  # candidates already given to a sentence

    def observe(sent: Sentence) -> None:
        # The candidates decided since the last sentence are this sentence's.
        nonlocal done
        traces.append(SentenceTrace(sent, wrapped.steps[done:]))
        done = len(wrapped.steps)

    claims = extract_with(article, wrapped, observe)
    return Explanation(traces, claims)


def _why(step: Step) -> str:
    c = step.cand
    if c.ctx.vetoed:
        return "not made: the cue takes another system as its object (another system's step)"
    if step.accept is None:
        if step.decisions:
            return "made: the rules' answer"
        return "not made: " + ("the rules found no party pair" if c.paired else "not paired")
    if step.threshold is not None and step.accept < step.threshold:
        return f"not made: accept {step.accept:.2f} < threshold {step.threshold:.2f}"
    if not step.decisions:
        return "not made: no supplier or recipient on offer, or the supplier receives it at home"
    return f"made: accept {step.accept:.2f} >= threshold {step.threshold:.2f}"


def _party(code: str | None) -> str:
    return code or "-"


def _layers(sent: Sentence) -> list[str]:
    """What the layers before the decider found in one sentence, a line each."""
    text = sent.text

    def span(a: int, b: int) -> str:
        return repr(text[a:b])

    systems = ", ".join(f"{m.value} ({span(m.start, m.end)})" for m in sent.systems) or "none"
    kind = "referred to" if sent.referenced else "named"
    lines = [
        f"  mentions: systems {kind}: {systems}; parties: "
        + (", ".join(f"{m.party} ({span(m.start, m.end)})" for m in sent.offered) or "none")
    ]
    if not sent.cues:
        lines.append("  cues: none (no stage cue: no claim from this sentence)")
        return lines
    lines.append(
        "  cues: "
        + ", ".join(
            f"{span(c.start, c.end)} -> {c.stage.value} [rule {c.rule or '?'}]" for c in sent.cues
        )
    )
    if len(sent.clauses) > 1:
        lines.append("  clauses: " + " | ".join(span(a, b) for a, b in sent.clauses))
    if not sent.pairs and not sent.unpaired:
        lines.append("  pairings: none (no cue speaks of a system: no claim)")
        return lines
    pairs = ", ".join(f"{span(c.start, c.end)}~{m.value}" for c, m in sent.pairs) or "none"
    lines.append(f"  pairings: rules {pairs}; others in reach {len(sent.unpaired)}")
    who = sent.attribution
    via = f" via {', '.join(who.via)}" if who.via else ""
    lines.append(f"  attribution: {who.source or 'none'}{via}")
    lines.append(
        "  factuality: "
        + ", ".join(f"{span(c.start, c.end)} {f.value}" for c, f in sent.facts.items())
    )
    return lines


def _step_lines(step: Step) -> list[str]:
    c = step.cand
    cue = c.sentence[c.cue.start : c.cue.end]
    surface = c.sentence[c.system_span[0] : c.system_span[1]]
    lines = [
        f"  system {c.system} ({surface!r}) | cue {cue!r} -> {c.stage.value}"
        f" [rule {c.cue.rule or '?'}]{'' if c.paired else ' | another pairing'}",
        f"    rules: {_party(c.rule_roles.supplier)} -> {_party(c.rule_roles.recipient)},"
        f" {c.rule_fact.value}, {'would make a claim' if c.rule_made else 'no claim'}",
    ]
    if c.rule_roles.co_suppliers:
        listed = ", ".join(c.rule_roles.co_suppliers)
        lines.append(f"    listed with the supplier, each a supplier too: {listed}")
    if c.rule_roles.co_recipients:
        listed = ", ".join(c.rule_roles.co_recipients)
        lines.append(f"    listed with the recipient, each a recipient too: {listed}")
    if step.suppliers:
        for role, ranked in (("supplier", step.suppliers), ("recipient", step.recipients)):
            top = ", ".join(f"{_party(v)} {s:+.2f}" for v, s in ranked[:4])
            lines.append(f"    {role} scores: {top}")
    lines.append(f"    {_why(step)}")
    for roles, fact in [] if c.ctx.vetoed else step.decisions:
        lines.append(
            f"      => {c.system} {_party(roles.supplier)} -> {_party(roles.recipient)}"
            f" {c.stage.value}/{fact.value}"
        )
    return lines


def format_explanation(explanation: Explanation) -> str:
    """Plain text, one block per sentence read: what each layer found, each candidate, why."""
    lines: list[str] = []
    for trace in explanation.sentences:
        lines += ["", f"sentence: {' '.join(trace.sent.text.split())}"]
        lines += _layers(trace.sent)
        for step in trace.steps:
            lines += _step_lines(step)
        for d in trace.sent.decisions:
            lines.append(f"  time: {d.system.value} {d.cue.stage.value} when={d.when or '-'}")
    if not explanation.steps:
        lines.append("no candidate: no sentence pairs a named system with a stage cue")
    lines += ["", f"claims ({len(explanation.claims)}):"]
    for claim in explanation.claims:
        lines.append(
            f"  {claim.system} {_party(claim.supplier)} -> {_party(claim.recipient)}"
            f" {claim.stage.value}/{claim.factuality.value} when={claim.when or '-'}"
            f" source={claim.source or '-'}"
        )
    return "\n".join(lines).strip("\n")
