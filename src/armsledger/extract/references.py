"""What a sentence that names no system speaks of (the cues layer, ``predications``): a
reference ("the jets", "the deal", "48" as the object of "ordered") is the system the article
last named with that noun, or its most talked-of one of that kind; before any system is named,
a category noun stands for the first of its kind the article names later. A noun heading a
background system's name is that system again, no reference."""

from __future__ import annotations

from armsledger.extract.cue_rules import Rules, category_of
from armsledger.extract.folding import fold
from armsledger.extract.gazetteer import SYSTEM, Gazetteer
from armsledger.extract.mentions import behind_background
from armsledger.extract.patterns import RulePattern
from armsledger.extract.record import Document, Focus, Sentence
from armsledger.extract.role_words import no_option, set_aside
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH, LANGUAGES

_BOTH_OF = rule_table()["nouns.both_of"]
_DEAL_WORD = {lang: rule_table().pick("text.deal_word", lang) for lang in LANGUAGES}
_OPENING_DEAL = rule_table()["nouns.opening_deal"]
_CONTENT_BEFORE = rule_table()["nouns.deal_content_before"]
# How far before a system its "of" or "for" is read ("the first sale of the K9 abroad").
CONTENT_CHARS = 40
_DEAL_OBJECT = {lang: rule_table().pick("nouns.deal_object", lang) for lang in LANGUAGES}
# A reference noun this few words after a background system's name heads that name.
HEAD_GAP_WORDS = 3
# The kind each aircraft noun names ("fighters": combat jets, "trainers": trainers), by its
# folded head without a plural "s", as ``Document.named_with`` keys its words.
_KINDS = ("combat", "trainer", "rotary", "unmanned", "transport")
NOUN_KINDS = {
    fold(word).rstrip("s"): kind
    for kind in _KINDS
    for word in rule_table().by_id[f"nouns.kind_{kind}"].words
    if " " not in word  # "transport aircraft": its head "aircraft" names every kind
}


def heads_background(sent: Sentence, start: int, end: int) -> bool:
    """A noun heading a background system's name ("aero-engines for MiG-29 aircraft", Russian
    "ракеты для комплексов С-400", the noun before the name) is that system again, still
    background: no reference."""
    return any(
        b.kind == SYSTEM
        and b not in sent.explicit
        and (
            (b.start <= end and _head_gap(sent.text[b.end : start]))
            or (b.start >= end and _head_gap(sent.text[end : b.start]))
        )
        for b in sent.mentions
    )


def _head_gap(text: str) -> bool:
    # Nothing, or a word or two of the same noun phrase ("F-16 fighter aircraft").
    return len(text.split()) < HEAD_GAP_WORDS and not any(ch in text for ch in ",;:()")


def _spans(pattern: RulePattern, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def opening_deal(sent: Sentence, focus: Focus, lang: str) -> tuple[int, int] | None:
    """Where a sentence's opening deal noun stands ("The order ends decades of reliance on
    MiG-29s": nouns.opening_deal) when it can only be the deal told before:
    the article has a system in focus, and the sentence names neither it nor a system as the
    deal's content ("of"/"for" before it: "the first sale of the K9 abroad"). English."""
    if lang != ENGLISH or focus.system is None:
        return None
    text, value = sent.text, focus.system.value
    opening = _OPENING_DEAL.match(text)
    if opening is None or any(
        s.value == value
        or _CONTENT_BEFORE.search(text, max(0, s.start - CONTENT_CHARS), s.start) is not None
        for s in sent.systems
    ):
        return None
    return opening.start(), opening.end()


def references(doc: Document, sent: Sentence, focus: Focus) -> list[Mention]:
    """ "the programme" is the system last named with that noun ("the F-35 fighter programme");
    else "the jets" is the most talked-of aircraft so far, "the deal" the most talked-of system
    (ties go to the one named first: the article's topic); "the Russian system" one made in
    Russia."""
    sentence, rules, gaz, parties = sent.text, doc.rules, doc.gaz, sent.parties
    out = []
    opening = rules.step_subject.match(sentence) or rules.elliptic_subject.match(sentence)
    spans = [(m.start(), m.end(), m is opening) for m in ([opening] if opening else [])]
    spans += [(m.start(), m.end(), False) for m in rules.reference_nouns.finditer(sentence)]
    objects = [
        (rule, group, m) for rule, group in rules.standing_objects for m in rule.finditer(sentence)
    ]
    spans += [(*m.span(group), False) for _, group, m in objects]
    background = rules.background_before
    may_be_background = bool(spans) and background.may_hold(sentence)
    for lo, hi, opens in spans:
        if heads_background(sent, lo, hi):
            continue
        if may_be_background and behind_background(background, sentence, lo):
            continue  # "engines for all four ships", as "engines for the MiG-29s": background
        words = sentence[lo:hi]
        category = category_of(words, rules)
        if category is None and (tail := _DEAL_OBJECT[doc.lang].match(sentence, hi)):
            # "the purchase of air defence systems and drones": a deal of that kind
            phrase = tail.group()
            category = category_of(phrase, rules)
        makers = {p.code for p in parties if lo <= p.start < hi and p.code}
        # "the Russian system" is one made in Russia; "the first Malaysian jet" (a category
        # noun, not "the Swiss order") one of its kind the article told Malaysia receives,
        # "the Belgian jets" one it told Belgium passes on.
        fitting = [
            f
            for f in focus.recent
            if (category is None or gaz.families[f].category == category)
            and (
                not makers
                or makers & set(gaz.families[f].makers)
                or (category is not None and makers & _parties_of(doc, f))
            )
        ]
        head = fold(words).split()[-1].rstrip("s")
        before = sent.offset + lo
        named = [v for at, v in doc.named_with.get(head, []) if at < before and v in fitting]
        # Only a generic noun ("the programme", "the system") needs it: a category noun
        # ("the jets") already picks among the systems of its kind.
        family = named[-1] if named and category is None else None
        fitting = _of_kind(doc, fitting, head, before)
        if family is None:
            family = _just_named(doc, sent, fitting)
        if family is None and _DEAL_WORD[doc.lang].search(words):
            # Of several systems the sentence before told, the deal noun is its deal's,
            # unless this sentence names the maker of another (_maker_named).
            family = _maker_named(doc, sent, fitting, _just_named(doc, sent, fitting, deal=True))
        if family is None:
            family = max(fitting, key=lambda f: (fitting.count(f), -fitting.index(f)), default=None)
            family = _maker_named(doc, sent, fitting, family)
        if family is not None:
            # A lead-in before the opening pronoun ("Ожидается, что они") is another clause:
            # the reference starts after its comma, so it pairs with its own clause's verb.
            start = lo + words.rfind(",") + 1 if opens else lo
            while start < hi and sentence[start].isspace():
                start += 1
            out += [Mention(start, hi, SYSTEM, f, None) for f in _both(doc, sent, fitting, family)]
    return out


def _of_kind(doc: Document, fitting: list[str], head: str, before: int) -> list[str]:
    """Of ``fitting``, those a noun of ``head``'s kind may stand for ("the fighters": not the
    "Yak-130 trainers" named last): a system the article named before only with nouns of
    another kind is passed over, one named with none is kept; all when none would be left."""
    kind = NOUN_KINDS.get(head)
    if kind is None:
        return fitting
    kinds: dict[str, set[str]] = {}
    for word, other in NOUN_KINDS.items():  # the few kind nouns, not every word named
        for at, family in doc.named_with.get(word, ()):
            if at < before:
                kinds.setdefault(family, set()).add(other)
    kept = [f for f in fitting if kind in kinds.get(f, {kind})]
    return kept or fitting


def _both(doc: Document, sent: Sentence, fitting: list[str], family: str) -> list[str]:
    """``family``, or every fitting system the sentence right before told a step of when this
    one says "both systems" or "the two types" (nouns.both_of)."""
    if _BOTH_OF.search(sent.text) is None:
        return [family]
    named = _named_just_before(doc, sent, fitting)
    return named if len(named) >= 2 and family in named else [family]


def _parties_of(doc: Document, family: str) -> set[str]:
    """The states the article's claims so far name as receiving ``family``, or as passing it
    on without making it ("the Belgian jets" after Belgium promised its F-16s)."""
    makers = doc.gaz.families[family].makers
    return {
        party
        for c in doc.claims
        if c.system == family
        for party in (c.recipient, c.supplier if c.supplier not in makers else None)
        if party
    }


def _just_named(
    doc: Document, sent: Sentence, fitting: list[str], deal: bool = False
) -> str | None:
    """The one fitting system the sentence right before named ("Serbia plans to buy Rafale
    jets. The contract is to be signed by May."): a second deal told last is what the next
    sentence goes on about, not the article's most talked-of system. Of several, a deal noun
    ("the deal", ``deal``) stands for the one that sentence told a deal of (text.deal_word)."""
    named = _named_just_before(doc, sent, fitting)
    if len(named) > 1 and deal:
        named = [f for f in named if f in doc.focus.last_deals]
    return named[0] if len(named) == 1 else None


def _maker_named(
    doc: Document, sent: Sentence, fitting: list[str], family: str | None
) -> str | None:
    """``family``, or the system whose maker this sentence names where ``family``'s is not:
    the one the sentence right before told a step of ("... ordered Su-35 jets in 2018.
    Neither Moscow nor Cairo has confirmed the deal" in an article on Rafale jets), else
    the latest such system the article named (the same a paragraph later, "The Rafale deal
    will be funded by a loan" told between)."""
    # A state named only for its sanctions, its press or its envoy ("из-за угрозы американских
    # санкций") is no side of the deal (role_words.no_option, role_words.set_aside).
    states = {
        p.party
        for p in sent.parties
        if p.party
        and not no_option(sent.text, p, doc.lang)
        and not set_aside(sent.text, p, doc.lang)
    }
    if family is None or not states or states & set(doc.gaz.families[family].makers):
        return family
    made = [
        f
        for f in _named_just_before(doc, sent, fitting)
        if states & set(doc.gaz.families[f].makers)
    ]
    if not made:
        # A sale a state approves or halts is the sale of a system it makes ("... talks on
        # F-35 jets. A request was sent in 2022. Washington approved the sale"), and a deal
        # its sides confirm is theirs: the latest such system named.
        made = [f for f in fitting if states & set(doc.gaz.families[f].makers)]
    return made[-1] if made else family


def _named_just_before(doc: Document, sent: Sentence, fitting: list[str]) -> list[str]:
    """The fitting systems the sentence right before ``sent`` told a step of, if it is."""
    end, families = doc.focus.last_named
    if end < 0 or doc.text[end : sent.offset].strip():
        return []
    return [f for f in families if f in fitting]


def cataphor(
    sentence: str, rules: Rules, gaz: Gazetteer, doc_systems: list[str]
) -> tuple[str, list[tuple[int, int]]]:
    """Before any system is named (a lead saying "aircraft"), a category noun stands for the
    first system of that category the article names later."""
    for category, pattern in rules.category_nouns.items():
        spans = _spans(pattern, sentence)
        if spans:
            for family in doc_systems:
                if gaz.families[family].category == category:
                    return family, spans
    return "", []
