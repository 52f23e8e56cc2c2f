"""The rule table's stage, factuality and noun rules, compiled for the cue finder.

``load_rules(lang)`` reads the rule table (rules.py) once per language into ``Rules``: the
stage cues (``StageCue``) and their one-pass union, the factuality cues, the noun rules, and
the Aho-Corasick automaton of reference head nouns that ``head_positions`` runs. Kept apart
from the table so that the table's loading and checking stays on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from armsledger.errors import DataFileError
from armsledger.extract.dispatch import LeanUnion, lean_union
from armsledger.extract.folding import fold
from armsledger.extract.pattern_cache import compile_pattern
from armsledger.extract.patterns import RulePattern
from armsledger.extract.rules import NEVER, Rule, rule_table
from armsledger.language import ENGLISH, LANGUAGES
from armsledger.models import Factuality, Stage


@dataclass(frozen=True)
class StageCue:
    stage: Stage
    pattern: RulePattern
    factuality: Factuality | None
    governs: bool = False  # takes the step named right after it ("implementing the contract")
    rule: str = ""  # the rule table id, for `armsledger explain`
    # The factuality when nothing in the clause marks one: a perfective future ("поставит") is
    # expected, but "не поставит" denied and "возможно, поставит" possible.
    unmarked: Factuality | None = None
    # Names the contents of a step told before ("The package includes ..."): the stage of the
    # article's last claim, its own ``stage`` where there is none.
    borrows: bool = False
    # Told as just done in an article's lead, the step is that day's news ("has cleared the
    # sale"), as a handover is: it takes the day the lead gives (timing.date_steps).
    news: bool = False


@dataclass(frozen=True)
class Rules:
    """The rule table's stage, factuality and noun rules, compiled the way the cue finder and
    the pipeline use them."""

    stage_cues: tuple[StageCue, ...]
    cue_regex: re.Pattern[str]  # every stage cue in one alternation, multi-word ones first
    # The same, case-sensitive, for lower-cased text (2x faster): whole (``full``), and lean
    # for a text that allows it (dispatch.py).
    cue_scan: LeanUnion
    exclusions: RulePattern
    factuality: dict[Factuality, RulePattern]
    negation_cancelers: RulePattern
    headline_expected: RulePattern
    stopped_line: RulePattern
    headline_gerund: RulePattern
    after_negation: RulePattern
    reference_nouns: RulePattern
    # "Deliveries are to start in May": a bare step noun as the sentence's subject (matched
    # at its start only, so it costs no scan of the sentence).
    step_subject: RulePattern
    elliptic_subject: RulePattern  # "Two more arrived": a count standing for the system
    elided_object: RulePattern  # "Finland ordered 48 in 2017": a count as a step's object
    object_pronoun: RulePattern  # "Chile has also bought it": a pronoun as a step's object
    counted_object: RulePattern  # "Lima ordered 14 aircraft": a count and a kind's noun
    sale_object: RulePattern  # "Washington approved the sale": a sale as an approval's object
    background_before: RulePattern
    own_forces_before: RulePattern
    background_after: RulePattern
    transfer_relative: RulePattern  # "the MiG-29s it bought from Belarus": held, told done
    category_nouns: dict[str, RulePattern]
    any_category_noun: RulePattern
    weapon_noun: RulePattern
    # The nouns a reference or a category noun ends in, as Aho-Corasick keys over folded text
    # (" jets "): a cheap test of whether a sentence may speak of a system it does not name.
    reference_heads: Any
    # The scope of negation and modals (cues.factuality_of), in this language.
    plain_negation: RulePattern = NEVER
    negation_barrier: RulePattern = NEVER
    that_finite: RulePattern = NEVER
    noun_tail: RulePattern = NEVER
    step_verb: RulePattern = NEVER
    past_participle_cue: RulePattern = NEVER  # "ordered": a verb, whose modal is not after it
    infinitive_step: RulePattern = NEVER  # "deliveries to begin in May": a plan
    scheduled_noun: RulePattern = NEVER  # "deliveries are expected in 2027": a plan
    infinitive_before: RulePattern = NEVER  # "expects the jets to be delivered": far reach
    not_ruled_out: RulePattern = NEVER  # "did not rule out sending": a hedge
    # "the deal was never finalised", "is far from sealed": an agreement noun denied after it.
    deal_unmade: RulePattern = NEVER
    # "the deal, worth $8 billion, would see Lima acquire ...": an agreement noun not yet in force.
    deal_prospect: RulePattern = NEVER
    # "..., according to unconfirmed reports", "is far from certain": a hedge after the step.
    hedge_after: RulePattern = NEVER
    # "scrapping the order remains on the table": an open option, read for no negotiation cue.
    open_option_after: RulePattern = NEVER
    # "will not receive the jets before 2026": a negation that only dates the step later.
    not_until_after: RulePattern = NEVER
    # "could not have received the jets before 2025": the step denied, not moved later.
    impossible_past: RulePattern = NEVER
    # "will return the jets it has received": a cue in its own perfect is done, not planned.
    perfect_own: RulePattern = NEVER
    # A hedge or a plan of the main clause governs its "что" clause ("Не исключено, что ...",
    # "Ожидается, что ..."); read on the text before the cue. English plan_above reads the
    # step a date or a schedule is for ("the date for the handover of the boats"); English
    # denied_above reads a counterfactual ("Without the embargo, ... would have").
    hedge_above: RulePattern = NEVER
    plan_above: RulePattern = NEVER
    denied_above: RulePattern = NEVER
    # A condition after a planned step ("will buy them if ...", "поставит, если ...") hedges it.
    condition_after: RulePattern = NEVER
    # "were to arrive in May, but that did not happen": a plan said to have come to nothing.
    plan_unmet_after: RulePattern = NEVER
    # "поставила бы": the conditional mood of a verb cue. Russian only.
    conditional_after: RulePattern = NEVER
    lang: str = ENGLISH

    @property
    def standing_objects(self) -> tuple[tuple[RulePattern, str], ...]:
        """The rules whose named group is a step's object standing for the system in focus,
        with that group: a count ("ordered 48", "ordered 14 aircraft"), a pronoun ("has also
        bought it"), a sale ("approved the sale"). Segmenting, the predications gate and
        references read them alike."""
        return (
            (self.elided_object, "count"),
            (self.object_pronoun, "pronoun"),
            (self.counted_object, "count"),
            (self.sale_object, "noun"),
        )


def category_of(words: str, rules: Rules) -> str | None:
    """The category whose noun ``words`` hold ("the jets": Aircraft), or None."""
    return next((c for c, p in rules.category_nouns.items() if p.search(words)), None)


def _union(rules: list[Rule]) -> RulePattern:
    joined = "|".join(f"(?:{r.regex.pattern})" for r in rules) or "(?!)"
    return RulePattern(compile_pattern(joined, re.IGNORECASE))


def _stage_cue(rule: Rule) -> StageCue:
    try:
        stage = Stage(str(rule.extra.get("stage")))
        fact = Factuality(rule.extra["factuality"]) if rule.extra.get("factuality") else None
        unmarked = Factuality(rule.extra["unmarked"]) if rule.extra.get("unmarked") else None
    except ValueError as exc:
        raise DataFileError(
            f"bad stage or factuality: {exc}",
            path=rule.file,
            record=rule.id,
            hint=f"stages: {[s.value for s in Stage]}",
        ) from exc
    return StageCue(
        stage,
        rule.regex,
        fact,
        bool(rule.extra.get("governs")),
        rule.id,
        unmarked,
        bool(rule.extra.get("borrows")),
        bool(rule.extra.get("news")),
    )


def load_rules(lang: str = ENGLISH) -> Rules:
    """The rules that read texts in ``lang`` (one of ``LANGUAGES``)."""
    # Cached by the language itself: an lru_cache on this function keyed ``load_rules()`` and
    # ``load_rules("en")`` apart, and compiled the English rules twice (~1 s of the first
    # article's reading, a module having loaded them at import by the default).
    return _compiled_rules(lang)


@lru_cache(maxsize=len(LANGUAGES))
def _compiled_rules(lang: str) -> Rules:
    table = rule_table()
    pick = table.pick

    def section(name: str) -> list[Rule]:
        return table.section(name, lang)

    cues = [_stage_cue(r) for r in section("stage_cues")]
    # One pass per sentence instead of one per cue: at a position the first alternative that
    # matches wins, so compounds ("delivery contract") are tried before their parts.
    ordered = sorted(range(len(cues)), key=lambda i: "\\s" not in cues[i].pattern.pattern)
    alternatives = [(f"c{i}", cues[i].pattern.pattern) for i in ordered]
    combined = "|".join(f"(?P<{name}>{source})" for name, source in alternatives)
    # The union tests the word boundary once at a position: an alternative's own leading one
    # tests it again at the same place (dropped, ~10% of the scan).
    bare = [(name, source.removeprefix("\\b")) for name, source in alternatives]
    nouns = section("nouns")
    categories: dict[str, list[Rule]] = {}
    for rule in nouns:
        if rule.extra.get("category"):
            categories.setdefault(rule.extra["category"], []).append(rule)
    factuality: dict[Factuality, RulePattern] = {}
    for rule in section("factuality_cues"):
        try:
            fact = Factuality(str(rule.extra.get("factuality")))
        except ValueError as exc:
            raise DataFileError(f"bad factuality: {exc}", path=rule.file, record=rule.id) from exc
        # Several rules may mark one value: their union reads the clause.
        known = factuality.get(fact)
        factuality[fact] = (
            rule.regex
            if known is None
            else RulePattern(compile_pattern(f"{known.pattern}|{rule.regex.pattern}", known.flags))
        )
    # The shared leading \b lets the engine reject a position that starts no word once,
    # instead of once per alternative (measured: ~3x faster on news text).
    cue_scan = lean_union(bare, r"\b(?=\w)")
    return Rules(
        stage_cues=tuple(cues),
        cue_regex=compile_pattern(rf"\b(?=\w)(?:{combined})", re.IGNORECASE),
        cue_scan=cue_scan,
        exclusions=pick("stage.exclusions", lang),
        factuality=factuality,
        negation_cancelers=pick("factuality.negation_cancelers", lang),
        headline_expected=pick("factuality.headline_expected", lang),
        stopped_line=pick("text.stopped_line", lang),
        headline_gerund=pick("factuality.headline_gerund", lang),
        after_negation=pick("factuality.after_negation", lang),
        reference_nouns=pick("nouns.reference", lang),
        step_subject=pick("nouns.step_subject", lang),
        elliptic_subject=pick("nouns.elliptic_subject", lang),
        elided_object=pick("nouns.elided_object", lang),
        object_pronoun=pick("nouns.object_pronoun", lang),
        counted_object=pick("nouns.counted_object", lang),
        sale_object=pick("nouns.sale_object", lang),
        background_before=pick("stage.background_before", lang),
        own_forces_before=pick("stage.own_forces_before", lang),
        background_after=pick("stage.background_after", lang),
        transfer_relative=pick("stage.transfer_relative", lang),
        category_nouns={name: _union(rules) for name, rules in categories.items()},
        any_category_noun=_union([r for rs in categories.values() for r in rs]),
        weapon_noun=_union([r for r in nouns + section("weapon_context") if r.extra.get("weapon")]),
        reference_heads=_head_automaton(w.split()[-1].lower() for r in nouns for w in r.words),
        plain_negation=pick("factuality.plain_negation", lang),
        negation_barrier=pick("factuality.negation_barrier", lang),
        that_finite=pick("factuality.that_finite", lang),
        noun_tail=pick("factuality.noun_tail", lang),
        step_verb=pick("factuality.step_verb", lang),
        past_participle_cue=pick("factuality.past_participle_cue", lang),
        infinitive_step=pick("factuality.infinitive_step", lang),
        scheduled_noun=pick("factuality.scheduled_noun", lang),
        infinitive_before=pick("factuality.infinitive_before", lang),
        not_ruled_out=pick("factuality.not_ruled_out", lang),
        deal_unmade=pick("factuality.deal_unmade", lang),
        deal_prospect=pick("factuality.deal_prospect", lang),
        hedge_after=pick("factuality.hedge_after", lang),
        open_option_after=pick("factuality.open_option_after", lang),
        not_until_after=pick("factuality.not_until_after", lang),
        impossible_past=pick("factuality.impossible_past", lang),
        perfect_own=pick("factuality.perfect_own", lang),
        hedge_above=pick("factuality.hedge_above", lang),
        plan_above=pick("factuality.plan_above", lang),
        denied_above=pick("factuality.denied_above", lang),
        condition_after=pick("factuality.condition_after", lang),
        plan_unmet_after=(pick("factuality.plan_unmet_after", lang) if lang == ENGLISH else NEVER),
        conditional_after=NEVER if lang == ENGLISH else pick("factuality.conditional_after", lang),
        lang=lang,
    )


def _head_automaton(words: Iterable[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(f" {fold(word)} ", word)
    automaton.make_automaton()
    return automaton


def head_positions(folded: str, rules: Rules) -> list[int]:
    """Start offsets of reference head nouns in ``fold(text)`` (sorted)."""
    padded = f" {folded} "
    return [end - len(word) - 1 for end, word in rules.reference_heads.iter(padded)]
