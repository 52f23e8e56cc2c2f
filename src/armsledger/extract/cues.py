"""Stage cues in a sentence and the factuality of each, read with the rule table's patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from armsledger.extract.cue_rules import Rules
from armsledger.extract.morphology import is_verb_form, word_class
from armsledger.extract.patterns import lowered
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH, LANGUAGES, RUSSIAN
from armsledger.models import Factuality, Stage

_TABLE = rule_table()


@dataclass(frozen=True)
class Cue:
    """One stage cue found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    stage: Stage
    factuality: Factuality | None
    governs: bool = False
    rule: str = ""  # the rule table id that found it
    stops_from: int = -1  # a halt: where the step it stops, named before it, ends
    unmarked: Factuality | None = None  # its factuality when the clause marks none
    borrows: bool = False  # takes the stage of the article's last claim (StageCue.borrows)
    news: bool = False  # told as just done in the lead, the day's news (StageCue.news)


def _in_name(sentence: str, cue: Cue) -> bool:
    """A capitalised word that does not open the sentence or a quote is part of a name (a
    dash or bullet opening a line of dialogue or a list opens nothing: "— Контракт ...")."""
    before = sentence[: cue.start].rstrip()
    return bool(before.strip("—–-•* ")) and before[-1] not in '.!?"“:«„'


def _title_case(sentence: str) -> bool:
    words = re.findall(r"\b[a-zA-Z]{4,}\b", sentence)
    return bool(words) and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def find_cues(sentence: str, rules: Rules) -> list[Cue]:
    """Stage cues in a sentence, overlaps resolved longest-first (a compound beats its parts).

    A capitalised cue word inside a sentence in ordinary case is part of a name ("the Defence
    Acquisition Council", "Defence Procurement Agency") and no cue; headlines in title case
    keep theirs.
    """
    found = []
    low = lowered(sentence)
    if low is not None:
        matches = rules.cue_scan.find(low)
    else:  # a character that lower-cases to two would shift every offset
        matches = [
            (m.start(), m.end(), m.lastgroup)
            for m in rules.cue_regex.finditer(sentence)
            if m.lastgroup
        ]
    for start, end, name in matches:
        if end > start:
            sc = rules.stage_cues[int(name[1:].partition("_")[0])]
            found.append(
                Cue(
                    start,
                    end,
                    sc.stage,
                    sc.factuality,
                    sc.governs,
                    sc.rule,
                    unmarked=sc.unmarked,
                    borrows=sc.borrows,
                    news=sc.news,
                )
            )
    if not found:
        return []
    # An exclusion starting after the last cue overlaps none: the scan stops there (matches
    # come in order), not at the end of a long sentence.
    last_end = max(c.end for c in found)
    excluded = []
    for m in rules.exclusions.finditer(sentence):
        if m.start() >= last_end:
            break
        excluded.append((m.start(), m.end()))
    found = [c for c in found if not any(c.start < e and s < c.end for s, e in excluded)]
    if any(sentence[c.start].isupper() and c.start > 0 for c in found) and not _title_case(
        sentence
    ):
        found = [c for c in found if not (sentence[c.start].isupper() and _in_name(sentence, c))]
    kept = _follows_own_noun(sentence, filter_spans(found))
    return _absorb_governed(sentence, kept, russian=rules.lang == RUSSIAN)


_FOLLOW_OWN_NOUN = _TABLE["stage.follow_own_noun"]


def _follows_own_noun(sentence: str, cues: list[Cue]) -> list[Cue]:
    """ "A contract for the missiles would follow": the 'follow' is the noun's own verb, the
    deal still to come (factuality.step_verb), no later delivery beside it."""
    return [
        c
        for i, c in enumerate(cues)
        if not (
            c.rule == "stage.will_follow"
            and i > 0
            and _FOLLOW_OWN_NOUN.fullmatch(sentence, cues[i - 1].end, c.start)
        )
    ]


# A halt or a cancellation governs the step it stops: "dropped its plan
# to purchase", "suspends deliveries" are one postponed/cancelled cue, not also a purchase.
GOVERNED_CHARS = 45
# "the delivery of S-400 systems to Turkey has been delayed": the step's noun phrase with its
# object and destination runs to ~50 characters before the halt (40 missed it; no comma, "and"
# or "but" may stand between).
GOVERNED_BEFORE_CHARS = 60
HALTS = (Stage.POSTPONED, Stage.CANCELLED)
FOLLOW_ORDERS = (Stage.DELIVERY, Stage.PRODUCTION)
_HALT_BEFORE_BREAK = _TABLE["stage.halt_before_break"]
_SIGNED_DATED = _TABLE["stage.signed_dated_before_halt"]
_RU_HALT_ASIDE = _TABLE["stage.ru.halt_aside"]
_GOVERNED_BREAK = _TABLE["stage.governed_break"]
_DATED_DEAL_YEAR = _TABLE["stage.dated_deal_year_before"]
_DATED_DEAL_SIGNED = _TABLE["stage.dated_deal_signed_after"]
_RU_VERB_JOIN = _TABLE["stage.ru.verb_join"]
_ASIDE_CLOSED = _TABLE["factuality.aside_closed"]
# How far before the cue's clause an aside that the clause resumes after may open (an aside
# of up to ~120 characters, as factuality.aside_closed reads one).
RESUMED_CHARS = 130
_ATTRIBUTION_ASIDE = {lang: _TABLE.pick("factuality.attribution_aside", lang) for lang in LANGUAGES}
# "will continue with its contract": the party's own deal, which the modal does not reach.
_OWN_DEAL = _TABLE["factuality.own_deal_before"]
OWN_DEAL_CHARS = 60
# English only: a negated verb after a noun cue's complements ("Production of the jets for
# Ruritania has not started"); other languages get a rule that matches nothing.
_NOUN_AFTER_NEGATION = {
    lang: _TABLE.pick("factuality.noun_after_negation", lang) for lang in LANGUAGES
}
# English only: a yes/no question asks whether a step happens ("Will Lima get the jets?").
_QUESTION = {lang: _TABLE.pick("factuality.question", lang) for lang in LANGUAGES}
# The verb forms that open a predication of their own after "и", "а", "но" (not a noun:
# "приостановила производство и поставки" halts both).
_NEW_VERB = frozenset({"VERB", "INFN", "PRTS"})


def _joins_new_verb(sentence: str, prev: Cue, cue: Cue) -> bool:
    """Russian "отказался от Су-35 и купил J-10C": a conjunction and a new verb after a halt."""
    head = sentence[cue.start : cue.end].split()[0]
    return (
        _RU_VERB_JOIN.search(sentence[prev.end : cue.start]) is not None
        and word_class(head) in _NEW_VERB
    )


def _verb_then_new_verb(sentence: str, step: Cue, halt: Cue) -> bool:
    head = sentence[step.start : step.end].split()[0]
    return word_class(head) in _NEW_VERB and _joins_new_verb(sentence, step, halt)


def _noun_then_finite_verb(sentence: str, prev: Cue, cue: Cue) -> bool:
    """Russian "По итогам переговоров стороны заключили контракт": a noun governs its
    complement ("переговоры о поставке"), never a finite verb, which is a predication of its own.
    """
    head = sentence[prev.start : prev.end].split()[0]
    step = sentence[cue.start : cue.end].split()[0]
    return word_class(head) == "NOUN" and word_class(step) == "VERB"


def _between_halt(sentence: str, step: Cue, halt: Cue, russian: bool) -> str:
    """The words between a step and its halt, a Russian source aside blanked ("поставка, по
    данным источника, перенесена" is one halted delivery)."""
    between = sentence[step.end : halt.start]
    if russian:
        between = _RU_HALT_ASIDE.sub(lambda m: " " * len(m.group()), between)
    return between


def _dated_deal(sentence: str, halt: Cue, cue: Cue) -> bool:
    """Whether ``cue`` is a deal the halt before it stops, named with a date of its own
    ("cancelled its 2016 deal", "dropped a contract signed in 2016"): a step told as done."""
    return cue.stage is Stage.AGREEMENT and (
        _DATED_DEAL_YEAR.search(sentence[halt.end : cue.start]) is not None
        or _DATED_DEAL_SIGNED.match(sentence, cue.end) is not None
    )


def _absorb_governed(sentence: str, cues: list[Cue], *, russian: bool = False) -> list[Cue]:
    # "deliveries ... delayed", "the delivery was postponed": the halt governs a step named
    # just before it too.
    cues = list(cues)  # a halt that absorbs a step is replaced by one that knows where it ends
    kept: list[Cue] = []
    for i, c in enumerate(cues):
        # Words of the step's own cue may stand between it and the halt: "the delivery of the
        # ships to Russia was suspended" ("ships" read as a verb) is one halted delivery.
        # So may the order a delivery or a production follows from ("deliveries of the jets
        # ordered by Indonesia have slipped", "deliveries under the contract were halted").
        j = i + 1
        while j < len(cues) and (
            (cues[j].rule == c.rule and c.stage not in HALTS)
            or (c.stage in FOLLOW_ORDERS and cues[j].stage is Stage.AGREEMENT)
        ):
            j += 1
        halt = cues[j] if j < len(cues) else None
        if (
            halt is not None
            and c.stage not in HALTS
            and halt.stage in HALTS
            and halt.start - c.end <= GOVERNED_BEFORE_CHARS
            and not _HALT_BEFORE_BREAK.search(_between_halt(sentence, c, halt, russian))
            # "a contract signed with Russia in 2018 was cancelled": the signing is told too.
            and (russian or not _SIGNED_DATED.search(sentence, c.start, halt.start))
            # Russian "получил Rafale и отказался от F-35": a verb, "и" and a new verb halt
            # something else.
            and not (russian and _verb_then_new_verb(sentence, c, halt))
        ):
            cues[j] = replace(halt, stops_from=max(halt.stops_from, c.end))
            continue
        kept.append(c)
    cues = kept
    out: list[Cue] = []
    for cue in cues:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (prev.stage in HALTS or prev.governs)
            and cue.stage not in HALTS
            and cue.start - prev.end <= GOVERNED_CHARS
            and not _GOVERNED_BREAK.search(sentence[prev.end : cue.start])
            and not (russian and _joins_new_verb(sentence, prev, cue))
            and not (russian and _noun_then_finite_verb(sentence, prev, cue))
            and (russian or not _dated_deal(sentence, prev, cue))
        ):
            continue
        out.append(cue)
    return out


def filter_spans(cues: list[Cue]) -> list[Cue]:
    """Keep the longest of overlapping spans, earlier first on ties (like spaCy's filter_spans)."""
    kept: list[Cue] = []
    for cue in sorted(cues, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


# A plain negation does not reach past a speech verb or an embedded question: "officials
# have not said whether the delay ..." negates the saying, not the delay
# (Rules.negation_barrier, "factuality.negation_barrier" in the language read).


def _negated(window: str, rules: Rules) -> bool:
    for m in rules.factuality[Factuality.DENIED].finditer(window):
        if not rules.plain_negation.fullmatch(m.group()):
            return True  # a denial verb: "Russia denied that ..."
        rest = window[m.end() :]
        if len(rest.split()) <= NEGATION_WORDS and not rules.negation_barrier.search(rest):
            return True
    return False


def _finite_clause_between(text: str, rules: Rules) -> bool:
    return rules.that_finite.search(text) is not None


# How far after a noun cue its own modal is looked for ("deliveries ... will be made"): its
# complements come first ("Delivery of the new frigates to Norway will start", "поставка всех
# комплексов С-400 будет"). English had 20 until the noun tail's own bound (two short
# phrases) was trusted: 60 raised cross-validated F1 0.643 -> 0.645. Russian's tail (nine words
# and a source aside: "поставки последних двух комплектов ..., по заявлениям индийской стороны,
# ожидаются") runs past 60: 100 changed one claim of the study and written sets (a Russian
# written set's plan found), none lost.
AFTER_MODAL_CHARS = 100


# A plain negation ("not", "never") scopes over a cue at most this many words after it;
# a denial verb ("denied that ...") scopes over its whole clause.
NEGATION_WORDS = 6
# A modal or a schedule word governs a cue at most this many words after it; an infinitive
# cue ("expects the first two of the new jets to be delivered") this many.
MODAL_WORDS = 7
INFINITIVE_MODAL_WORDS = 16


# What stands in for the words before a halted step when its modal is looked for: a word
# character, so that patterns anchored at the clause's start ("Had Russia delivered ...", an
# inverted condition) do not take the halted step's "had been" for one.
CUT_FILL = "_"


def _not_until(
    sentence: str, cue: Cue, clause: tuple[int, int], window: str, rules: Rules
) -> Factuality:
    """A negated step: denied, unless a date after it says when instead ("will not arrive
    before 2026" puts the step later, "not until 2019" says when it was done)."""
    if not rules.not_until_after.match(sentence, cue.end) or rules.impossible_past.search(window):
        return Factuality.DENIED
    # The plan may follow a noun cue ("deliveries are not expected before 2032").
    expected = rules.factuality[Factuality.EXPECTED]
    future = expected.search(window) or expected.search(sentence, cue.end, clause[1])
    return Factuality.EXPECTED if future else Factuality.ASSERTED


def _resumed(sentence: str, clause: tuple[int, int], cue_start: int) -> str:
    """The words of the clause an aside interrupted, where the cue's clause resumes it ("denied
    that the radars, which the navy still uses, would be shipped"): what the sentence says
    before the aside, back to the break before it; else nothing."""
    found = None
    for m in _ASIDE_CLOSED.finditer(sentence, max(0, clause[0] - RESUMED_CHARS), cue_start):
        found = m
    if (
        found is None
        or not found.start() <= clause[0] < found.end()
        or "," in sentence[found.end() : cue_start]
    ):
        return ""
    head = sentence[: found.start()]
    return head[max(head.rfind(c) for c in ",;:") + 1 :]


def factuality_of(
    sentence: str,
    cue: Cue,
    clause: tuple[int, int],
    rules: Rules,
    cues: list[Cue] | None = None,
    *,
    is_headline: bool,
) -> Factuality:
    """The factuality of a cue, read from its clause: negation first, then the nearest modal."""
    if cue.factuality is not None:
        return cue.factuality
    if _QUESTION[rules.lang].search(sentence):
        return Factuality.POSSIBLE  # "Will Lima get the jets?" asks; it asserts nothing
    window = sentence[clause[0] : cue.start]
    # Words inside another cue are that cue's business, and a canceller ("not only", "no
    # doubt") negates nothing.
    blank = [(m.start(), m.end()) for m in rules.negation_cancelers.finditer(window)]
    blank += [
        (o.start - clause[0], o.end - clause[0])
        for o in cues or ()
        if o is not cue and o.end <= cue.start and o.start >= clause[0]
    ]
    for a, b in blank:
        window = window[:a] + " " * (b - a) + window[b:]
    if rules.not_ruled_out.search(window):
        return Factuality.POSSIBLE
    resumed = _resumed(sentence, clause, cue.start)
    if (
        _negated(window, rules)
        or (resumed and _negated(resumed + window, rules))
        or rules.after_negation.search(sentence[cue.end : clause[1]])
    ):
        return _not_until(sentence, cue, clause, window, rules)
    if rules.conditional_after.match(sentence, cue.end):
        return Factuality.POSSIBLE  # "поставила бы"
    if rules.hedge_after.match(sentence, cue.end):
        return Factuality.POSSIBLE  # "..., according to unconfirmed reports"
    if cue.stage is not Stage.NEGOTIATION and rules.open_option_after.match(sentence, cue.end):
        return Factuality.POSSIBLE  # "scrapping the order remains on the table"; an offer stands
    words = sentence[cue.start : cue.end].split() if rules.lang == RUSSIAN else []
    head = words[0] if words else ""
    if word_class(head) == "PRTF" and word_class(words[-1]) != "VERB":
        # A full participle is an attribute ("поставленные Индии С-400 будут развернуты",
        # "полученные от России танки Сербия может продать"): the step is given as done, and
        # a modal of the sentence is the main verb's. Not a participle opening a cue that
        # ends on its own finite verb ("Оставшиеся четыре машины ожидаются": the subject's).
        return Factuality.ASSERTED
    if (
        rules.lang == ENGLISH
        and cue.stage is Stage.AGREEMENT
        and _OWN_DEAL.search(sentence[max(0, cue.start - OWN_DEAL_CHARS) : cue.end])
    ):
        return Factuality.ASSERTED  # "Thailand will continue with its contract for ..."
    modal_window = window
    if cue.stops_from >= clause[0]:
        # A modal before the step a halt stops is that step's: "the plan to deliver the jets
        # is on hold" is a halt asserted, not expected. The cut is filled (``CUT_FILL``).
        cut = cue.stops_from - clause[0]
        modal_window = CUT_FILL * cut + window[cut:]
    best: tuple[int, Factuality] | None = None
    reach = INFINITIVE_MODAL_WORDS if rules.infinitive_before.search(window) else MODAL_WORDS
    for fact in (Factuality.POSSIBLE, Factuality.EXPECTED):
        for m in rules.factuality[fact].finditer(modal_window):
            if _finite_clause_between(window[m.end() :], rules):
                continue  # "plans to announce that it has purchased": the plan is elsewhere
            if len(window[m.end() :].split()) > reach:
                continue  # "could not give any date for a resumption of deliveries"
            # A hedge outweighs a schedule word in the same reach ("could soon buy", "will
            # likely send": CLAIMS.md rule 11); otherwise the nearest modal speaks.
            if best is None or (m.start() > best[0] and best[1] is not Factuality.POSSIBLE):
                best = (m.start(), fact)
    if best is not None and best[1] is Factuality.EXPECTED and rules.perfect_own.search(window):
        best = None  # "will return the jets it has received": the plan is another verb's
    # Only a noun cue takes a modal or a plan from after it; after a verb ("the jets Iran
    # ordered from Russia are going to arrive") they are another verb's.
    # Russian tells a verb from a noun by the dictionary, not by an ending rule.
    noun_cue = (
        not is_verb_form(head)
        if head
        else rules.past_participle_cue.search(sentence, cue.start, cue.end) is None
    )
    if noun_cue and _NOUN_AFTER_NEGATION[rules.lang].match(sentence, cue.end, clause[1]):
        return _not_until(sentence, cue, clause, window, rules)
    if (
        noun_cue
        and cue.stage is Stage.AGREEMENT
        and rules.deal_unmade.match(sentence, cue.end, clause[1])
    ):
        return Factuality.DENIED  # "the deal was never finalised"; a date not finalised is open
    prospect = (
        rules.deal_prospect.match(sentence, cue.end)
        if noun_cue and best is None and cue.stage is Stage.AGREEMENT
        else None
    )
    if prospect:
        # "The deal, which could be worth $8 billion, would see Lima acquire ...": the deal's
        # own verb lies past the aside that ends its clause; the aside's modal is its own.
        plan = prospect.group("would") and not prospect.group("cond")
        return Factuality.EXPECTED if plan else Factuality.POSSIBLE
    # A Russian infinitive has no tense of its own: its plan may follow it ("Поставить Су-57
    # Алжиру планируется в 2025 году"), as a noun's does.
    if best is None and (noun_cue or (head and word_class(head) == "INFN")):
        # A modal right after a noun cue: "The deliveries will be made", "deliveries may begin".
        aside = _ATTRIBUTION_ASIDE[rules.lang].match(sentence, cue.end)
        end = (aside.end() if aside else cue.end) + AFTER_MODAL_CHARS
        if not aside:
            end = min(end, clause[1])  # an attribution aside ends the clause, not the sentence
        after = sentence[cue.end : end]
        for fact in (Factuality.POSSIBLE, Factuality.EXPECTED):
            hit = rules.factuality[fact].search(after)
            # Only when the modal is the cue's own verb, right after it or its complement
            # ("deliveries to China will be made"), and that verb is the step itself ("may
            # begin"), not another event ("the purchase could trigger sanctions").
            if (
                hit
                and rules.noun_tail.fullmatch(after[: hit.start()])
                and rules.step_verb.match(sentence, cue.end + hit.end())
                and (best is None or hit.start() < best[0])
            ):
                best = (hit.start(), fact)
    before = sentence[: cue.start]
    if rules.denied_above.search(before):
        return Factuality.DENIED  # "опроверг информацию о том, что Египет отказался ..."
    if rules.hedge_above.search(before):
        return Factuality.POSSIBLE  # "Не исключено, что Египет закупит ..."
    fact = _planned(sentence, cue, clause, rules, best, noun_cue, is_headline=is_headline)
    if fact is Factuality.EXPECTED and rules.plan_unmet_after.match(sentence, cue.end):
        return Factuality.DENIED  # "were to arrive in May, but that did not happen"
    if fact is Factuality.EXPECTED and rules.condition_after.match(sentence, cue.end):
        return Factuality.POSSIBLE  # "поставит танки, если Иран заплатит"
    return fact


def _planned(
    sentence: str,
    cue: Cue,
    clause: tuple[int, int],
    rules: Rules,
    best: tuple[int, Factuality] | None,
    noun_cue: bool,
    *,
    is_headline: bool,
) -> Factuality:
    """The factuality a modal, a plan above, a plan after a noun cue or the cue's own tense
    gives (no negation)."""
    if best is not None:
        return best[1]
    if rules.plan_above.search(sentence[: cue.start]):
        return Factuality.EXPECTED  # "Ожидается, что контракт подпишут ..."
    if noun_cue and (
        rules.infinitive_step.match(sentence, cue.end, clause[1])
        or rules.scheduled_noun.match(sentence, cue.end, clause[1])
    ):
        return Factuality.EXPECTED
    if (
        (is_headline or _unstopped(sentence, rules))
        and rules.headline_expected.search(sentence[: cue.start])
        and not rules.headline_gerund.match(sentence, cue.start)
    ):
        return Factuality.EXPECTED
    return cue.unmarked or Factuality.ASSERTED


# A sentence's final stop and the closing quotes after it (text.stopped_line) stand within
# this many characters of its trimmed end.
STOP_CHARS = 4


def _unstopped(sentence: str, rules: Rules) -> bool:
    """A line that ends on no stop reads as a headline though it is not the title: another
    story's ("Related: Russia to supply ..."), a strip's (text.stopped_line)."""
    end = len(sentence.rstrip())
    return rules.stopped_line.search(sentence, max(0, end - STOP_CHARS)) is None
