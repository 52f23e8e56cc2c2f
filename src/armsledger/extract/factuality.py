"""Layer 5, factuality: each cue's factuality in its clause (negation, modality, tense, the
reporting verb above it), read once per cue (``cues.factuality_of``); and, once the article is
read, what its denials deny (CLAIMS.md rule 3)."""

from __future__ import annotations

from dataclasses import replace

from armsledger.extract.cues import Cue, factuality_of
from armsledger.extract.morphology import word_class
from armsledger.extract.record import Document, Sentence
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.language import LANGUAGES
from armsledger.models import Claim, Factuality, Stage

_TABLE = rule_table()
_BUY_VERB = _TABLE["roles.buy_verb"]
_SELL_VERB = _TABLE["roles.sell_verb"]
_INTENTION = {lang: _TABLE.pick("stage.intention", lang) for lang in LANGUAGES}
_DEAL_TERMS = _TABLE["stage.deal_terms"]
_DENIED_REPORT = {lang: _TABLE.pick("factuality.denied_report", lang) for lang in LANGUAGES}


def assign(doc: Document, sent: Sentence) -> None:
    """Each cue's factuality; cues of one stage in one clause that speak of the same system
    are one predication, and the verb's negation holds for the noun ("Contracts ... were not
    signed"; not "buying the S-400 rules out buying the F-35")."""
    text, cues, clauses = sent.text, sent.cues, sent.clauses
    about: dict[Cue, set[str]] = {}
    for cue, system in sent.pairs:
        about.setdefault(cue, set()).add(system.value)
    facts = {
        c: factuality_of(
            text, c, clause_of(clauses, c.start), doc.rules, cues, is_headline=sent.is_headline
        )
        for c in cues
    }
    for c in cues:
        clause = clause_of(clauses, c.start)
        marked = [
            facts[o]
            for o in cues
            if o.stage is c.stage
            and o is not c
            and clause[0] <= o.start < clause[1]
            and facts[o] is not Factuality.ASSERTED
            and about.get(o, set()) == about.get(c, set())
        ]
        if facts[c] is Factuality.ASSERTED and Factuality.DENIED in marked:
            facts[c] = Factuality.DENIED
        elif (
            facts[c] is Factuality.ASSERTED
            and Factuality.EXPECTED in marked
            and text[max(0, c.start - 3) : c.start] == "to "
        ):
            # "Morocco expects the first of the jets it ordered in 2020 to arrive": an
            # infinitive step is the plan's its clause tells ("expects"), never a fact.
            facts[c] = Factuality.EXPECTED
    # The verb of a relative clause or participle telling a named system's past transfer ("will
    # fly the Rafale jets it acquired from France", read by the predications layer) is its own
    # clause's: the main clause's modal or plan does not reach it (CLAIMS.md rule 6).
    for c in cues:
        if c.stage in _HELD_STEPS and c.start in sent.relative_verbs:
            facts[c] = Factuality.ASSERTED
    for c in cues:
        # A stated step's object noun of the same step ("Алжир, заключивший с Москвой контракт
        # на поставку Су-35, может отказаться"): one predication with its verb, which a modal
        # of the main clause does not reach.
        if (
            facts[c] is not Factuality.ASSERTED
            and any(
                h.stage is c.stage
                and facts[h] is Factuality.ASSERTED
                and h.end <= c.start
                and c.start - h.end <= OBJECT_NOUN_CHARS
                and not any(ch in text[h.end : c.start] for ch in ",;:()")
                and about.get(h, set()) == about.get(c, set())
                for h in cues
            )
            and _is_noun(text, c)  # a dictionary look-up: asked last
        ):
            facts[c] = Factuality.ASSERTED
    sent.facts = facts


_HELD_STEPS = (Stage.AGREEMENT, Stage.DELIVERY)
# How far after a stated step's verb its object noun may stand ("заключивший с Москвой
# контракт"): a prepositional phrase between.
OBJECT_NOUN_CHARS = 40


def _is_noun(text: str, cue: Cue) -> bool:
    """Whether a Russian cue opens on a noun ("контракт на поставку"), not a verb ("прибудут")."""
    head = text[cue.start : cue.end].split(maxsplit=1)
    return bool(head) and word_class(head[0]) == "NOUN"


def reading(sent: Sentence, cue: Cue, lang: str) -> tuple[Cue, Factuality]:
    """The cue's stage and factuality as a claim states them: a stated intention to buy
    ("plans to buy", "intends to acquire") is an asserted negotiation (CLAIMS.md, "Stages"),
    unless it is a concluded deal's terms ("Under the deal, Brazil will buy": the agreement);
    a hedged purchase ("could soon buy") stays a possible agreement (rule 11); a sale, a
    suspension or a cancellation announced for the future ("will sell", "to postpone") is a
    decision taken, asserted; so is an intention or interest put in the future ("will be
    looking at buying"), a stance held now, unlike talks to come ("will start talks")."""
    fact = sent.facts[cue]
    if fact is not Factuality.EXPECTED:
        return cue, fact
    if cue.stage is Stage.NEGOTIATION and _INTENTION[lang].match(sent.text, cue.start):
        return cue, Factuality.ASSERTED
    if cue.stage is Stage.AGREEMENT and _BUY_VERB.match(sent.text, cue.start):
        if _DEAL_TERMS.search(sent.text, 0, cue.start):
            return cue, Factuality.ASSERTED  # "Under the deal, Brazil will buy": its terms
        return replace(cue, stage=Stage.NEGOTIATION), Factuality.ASSERTED
    if cue.stage is Stage.AGREEMENT and _SELL_VERB.match(sent.text, cue.start):
        # A seller that "will sell" has decided the sale: the agreement is stated.
        return cue, Factuality.ASSERTED
    if cue.stage in (Stage.POSTPONED, Stage.CANCELLED):
        # "Germany to postpone the sale", "will suspend talks": a halt announced is decided.
        return cue, Factuality.ASSERTED
    return cue, fact


def denied_twins(doc: Document) -> list[Claim]:
    """What a denial denies, as the asserted claim it reports ("X denied reports that ..."):
    it stands only where the article does not report the same step in a voice of its own."""
    twins = []
    for c in doc.claims:
        if c.factuality is not Factuality.DENIED:
            continue
        m = _DENIED_REPORT[doc.lang].search(doc.text[c.evidence.start : c.evidence.end])
        if m is None:
            continue
        who = m.group("who")
        twins.append(
            replace(
                c,
                factuality=Factuality.ASSERTED,
                source=who.strip() if who else None,
                via=(),
                id="",
            )
        )
    return twins
