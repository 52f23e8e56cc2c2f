"""Layer 1, mentions: the systems, parties and outlets an article names (gazetteer hits and
designations the gazetteer has never seen), then, per sentence, which of them can take part
in a claim."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import pairwise

from armsledger.extract import designations
from armsledger.extract.cue_rules import load_rules
from armsledger.extract.descriptions import previous_subject, russian_described_states
from armsledger.extract.folding import fold
from armsledger.extract.gazetteer import (
    COMPANY,
    DEMONYM,
    MEDIA,
    STATE,
    SYSTEM,
    Entry,
    Gazetteer,
    load_gazetteer,
)
from armsledger.extract.institutions import bare_institutions
from armsledger.extract.patterns import RulePattern
from armsledger.extract.person_names import personal_name
from armsledger.extract.record import Document, Focus, Sentence
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.extract.scorer import Decider
from armsledger.extract.timex import published_span
from armsledger.language import ENGLISH, LANGUAGES
from armsledger.models import Article

_TABLE = rule_table()
# An ambiguous alias ("Hawk", "Tiger") counts only beside a weapon noun within this many chars.
AMBIGUOUS_CONTEXT_CHARS = 25
WEAPON_NOUN = load_rules().weapon_noun
VARIANT_SUFFIX = _TABLE["text.variant_suffix"]
CURRENCY_AFTER = _TABLE["text.currency_after"]
SPEAKER_AFTER = _TABLE["text.speaker_after"]
# "the K2 order": a deal noun right after an ambiguous name vouches for it as a weapon noun does.
STEP_AFTER_NAME = _TABLE["nouns.step_after_name"]
# "12 used Typhoons": a count before a plural name vouches for it as a weapon noun does.
QUANTITY = _TABLE["text.quantity"]
QUANTITY_CHARS = 40
SYSTEM_LIST_GAP = _TABLE["text.system_list_gap"]
STATE_DESCRIPTION = _TABLE["text.state_description"]
# More descriptions ("the oil-rich kingdom", "the NATO ally"), read the same way.
STATE_EPITHET = _TABLE["text.state_epithet"]
ORIGIN_NOUN_AFTER = _TABLE["roles.origin_noun_after"]
# The outlet named in an aside ("as the American magazine X reported"): its nationality is no party.
_MEDIA_ASIDE = {lang: _TABLE.pick("roles.media_aside", lang) for lang in LANGUAGES}
RIVAL_MAKER_BETWEEN = _TABLE["roles.rival_maker_between"]
RIVAL_MAKER_BEFORE = _TABLE["roles.rival_maker_before"]
RIVAL_BID_BEFORE = _TABLE["roles.rival_bid_before"]
OWNER_POSSESSIVE = _TABLE["roles.owner_possessive"]
# How far before a party "beating bids from" is looked for: the phrase with three words
# between its verb and its noun ("outbidding three competing proposals from the ") is ~50.
RIVAL_BID_CHARS = 80
PARTY_LIST = _TABLE["roles.party_list"]
# The states each word of a description fits ("the Gulf state": the six Gulf monarchies).
DESCRIPTION_FITS: dict[str, frozenset[str]] = {
    word: frozenset(codes)
    for rule in ("text.state_description", "text.state_epithet")
    for word, codes in _TABLE.by_id[rule].extra["states"].items()
}
# How far before a system "replacing ..." or "rather than ..." is looked for.
BACKGROUND_CHARS = 80
# How far before a system its owner's armed service ("U.S. Air Force F-16s") is looked for.
OWN_FORCES_CHARS = 40
# The words after a named system that may be the head a later reference repeats ("the F-35
# fighter programme" ... "the programme"): a designation's noun phrase is short.
HEAD_WORDS = 3
HEAD_CHARS = 40
# The most space between a designation and a name that is its own ("MQ-9B Predator").
NAME_GAP_CHARS = 2


def read_document(article: Article, text: str, lang: str, decider: Decider) -> Document | None:
    """The article's record with its mentions, or None when it names no system (CLAIMS.md
    rule 1: no named system, no claim; most news ends here, before any costly rule)."""
    gaz, rules = load_gazetteer(lang), load_rules(lang)
    folded = fold(text)
    unseen = designations.candidates(text)
    if not unseen and not gaz.may_name_a_system(text, folded):
        return None
    found, gaz = find_mentions(text, lang, folded, unseen)
    systems = list(dict.fromkeys(m.value for m in found if m.kind == SYSTEM))
    if not systems:
        return None
    if rules.lang == ENGLISH:
        found = sorted(found + bare_institutions(text, found), key=lambda m: m.start)
    system_counts = Counter(m.value for m in found if m.kind == SYSTEM)
    party_counts = Counter(m.party for m in found if m.party and m.kind != MEDIA)
    # A headline that names one state, and no other, is most often about what that state gets
    # ("Ukraine's air defences get a boost"): it starts as the receiver in focus, for body
    # sentences that name only the giver, until a claim names another. Measured on the written
    # sets: year-in-review and aid reports gained up to 0.03, the rest moved by under 0.005.
    headline_end = text.find("\n\n")
    in_headline = {
        m.party for m in found if m.party and m.kind in (STATE, DEMONYM) and m.start < headline_end
    }
    focus = Focus(
        recipient=next(iter(in_headline)) if len(in_headline) == 1 else None,
        system_counts=system_counts,
        top_system=system_counts.most_common(1)[0][0],
        party_ranks={p: i for i, (p, _) in enumerate(party_counts.most_common())},
    )
    named_with: dict[str, list[tuple[int, str]]] = {}
    for m in found:
        if m.kind == SYSTEM:
            # The noun phrase ends where the sentence or the clause does ("Yak-130 trainers.
            # The fighters ...": "fighters" is the next sentence's word, not the trainers' name).
            phrase = text[m.end : m.end + HEAD_CHARS]
            cut = min((at for at in map(phrase.find, ".;:,!?") if at >= 0), default=len(phrase))
            for word in folded[m.end : m.end + cut].split()[:HEAD_WORDS]:
                named_with.setdefault(word.rstrip("s"), []).append((m.start, m.value))
    return Document(
        named_with=named_with,
        article=article,
        text=text,
        folded=folded,
        lang=rules.lang,  # a language with no rules of its own is read as English
        gaz=gaz,
        rules=rules,
        anchor=published_span(article.published),
        decider=decider,
        mentions=found,
        systems=systems,
        focus=focus,
    )


def find_mentions(
    text: str,
    lang: str,
    folded: str | None = None,
    unseen: list[designations.Designation] | None = None,
) -> tuple[list[Mention], Gazetteer]:
    """Every mention of ``text`` (``folded`` is ``fold(text)``, ``unseen`` its designation
    candidates, each worked out here when not given): gazetteer hits, designations the
    gazetteer lacks, and designations folded into the names beside them; with the gazetteer
    that holds the unseen ones."""
    folded = fold(text) if folded is None else folded
    unseen = designations.candidates(text) if unseen is None else unseen
    gaz = load_gazetteer(lang)
    found = scan(gaz, text, folded, load_rules(lang).weapon_noun)
    found, gaz = designations.add_unseen(gaz, text, found, unseen)
    return names_of_designations(found, text, folded, gaz), gaz


def scan(
    gaz: Gazetteer, text: str, folded: str | None = None, weapon_noun: RulePattern = WEAPON_NOUN
) -> list[Mention]:
    """Gazetteer hits, leftmost-longest: "Indian Air Force" over "Indian", "South China Sea"
    over "China"; a system's variant suffix joins it; an ambiguous alias needs a weapon noun
    beside it, or beside another mention of its system in the text ("Stryker vehicles ... the
    Strykers")."""
    hits = sorted(gaz.scan(text, folded), key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str, Entry]] = []
    for h in hits:
        if not kept or h[0] >= kept[-1][1]:
            kept.append(h)
    out: list[Mention | None] = []
    vouched: set[str] = set()  # systems named plainly or beside a weapon noun somewhere
    unvouched: list[tuple[int, Mention]] = []
    for at, (start, end, _surface, entry) in enumerate(kept):
        if entry.kind == SYSTEM:
            # A variant suffix joins a name ending in a digit only (tested first: it is cheap).
            if text[end - 1].isdigit() and end < len(text):
                suffix = VARIANT_SUFFIX.match(text, end)
                if suffix:
                    end = suffix.end()
            if entry.ambiguous:
                noun_after = _noun_follows(text, end, weapon_noun)
                speaks = SPEAKER_AFTER.match(text, end) is not None
                if not noun_after and not speaks and personal_name(text, kept, at, end):
                    continue  # "Ruslan Pukhov, who heads ...", "chief executive Haluk Bayraktar"
                if (
                    not noun_after
                    and not weapon_noun.search(
                        text[
                            max(0, start - AMBIGUOUS_CONTEXT_CHARS) : end + AMBIGUOUS_CONTEXT_CHARS
                        ]
                    )
                    and not _noun_follows(text, end, STEP_AFTER_NAME)
                    and not _heads_weapon_list(text, kept, at, weapon_noun)
                    and not _counted(text, start, end)
                ):
                    # Kept only if the text names the system plainly elsewhere: "Stryker
                    # armoured vehicles ... the Strykers", but a lone "Caesar" is the man, and
                    # so is one who speaks ("Bayraktar said").
                    if not speaks:
                        mention = Mention(start, end, entry.kind, entry.value, None)
                        unvouched.append((len(out), mention))
                    out.append(None)
                    continue
            vouched.add(entry.value)
        elif entry.code is not None and CURRENCY_AFTER.match(text, end):
            continue  # "US$2.6 billion" names a currency
        out.append(Mention(start, end, entry.kind, entry.value, entry.code))
    for at, mention in unvouched:
        if mention.value in vouched:
            out[at] = mention
    return _subsidiaries([m for m in out if m is not None], text)


def _subsidiaries(found: list[Mention], text: str) -> list[Mention]:
    """A company named with a state right after it ("BAE Systems Australia", "Lockheed Martin
    Canada") is its subsidiary in that state: one company mention of that state, so a frigate
    it builds in Adelaide is a home build, not a British sale."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == COMPANY
            and m.kind == STATE
            and text[prev.end : m.start] == " "
        ):
            out[-1] = Mention(prev.start, m.end, COMPANY, text[prev.start : m.end], m.code)
            continue
        out.append(m)
    return out


def _counted(text: str, start: int, end: int) -> bool:
    """Whether a plural name follows a count and lower-case words only ("12 used Typhoons",
    "six more Tigers"; not the squadron of "17 Golden Arrows")."""
    if text[end : end + 1] != "s":
        return False
    m = QUANTITY.search(text[max(0, start - QUANTITY_CHARS) : start])
    return m is not None and m.group(0) == m.group(0).lower()


def _heads_weapon_list(
    text: str, kept: list[tuple[int, int, str, Entry]], at: int, weapon_noun: RulePattern
) -> bool:
    """Whether the system hit ``kept[at]`` opens a list of systems whose last member a weapon
    noun follows ("Caesar, Krab and Zuzana howitzers"): the noun speaks for the whole list."""
    last = at
    while (
        last + 1 < len(kept)
        and kept[last + 1][3].kind == SYSTEM
        and SYSTEM_LIST_GAP.fullmatch(text[kept[last][1] : kept[last + 1][0]]) is not None
    ):
        last += 1
    if last == at:
        return False
    # The last member's own name may hold the noun ("M109 howitzer" is an alias).
    start, end = kept[last][0], kept[last][1]
    return _noun_follows(text, end, weapon_noun) or (
        weapon_noun.search(text[start : end + AMBIGUOUS_CONTEXT_CHARS]) is not None
    )


def _noun_follows(text: str, end: int, weapon_noun: RulePattern) -> bool:
    """A weapon noun right after a name, however long ("Bradley infantry fighting vehicles"):
    the context window is measured in characters and a long noun overruns it."""
    at = end
    while at < len(text) and text[at] in " -":
        at += 1
    return at > end and weapon_noun.match(text, at) is not None


def names_of_designations(
    found: list[Mention], text: str, folded: str, gaz: Gazetteer
) -> list[Mention]:
    """A name right after a designation is that system's name in this article: "MQ-9B
    Predator" names an MQ-9, so a bare "Predator" elsewhere in it does too, not the MQ-1 the
    name alone would mean. Only across a space, and within one kind of system."""
    renamed: dict[str, str] = {}
    for a, b in pairwise(found):
        if (
            a.kind == SYSTEM
            and b.kind == SYSTEM
            and a.value != b.value
            and 0 < b.start - a.end <= NAME_GAP_CHARS
            and not text[a.end : b.start].strip()
            and _category(gaz, a.value) == _category(gaz, b.value) is not None
        ):
            renamed.setdefault(folded[b.start : b.end], a.value)
    if not renamed:
        return found
    return [
        replace(m, value=renamed[folded[m.start : m.end]])
        if m.kind == SYSTEM and folded[m.start : m.end] in renamed
        else m
        for m in found
    ]


def _category(gaz: Gazetteer, family: str) -> str | None:
    known = gaz.families.get(family)
    return known.category if known is not None else None


def _own_forces(doc: Document, sent: Sentence, m: Mention) -> bool:
    """A system named with an armed service of its own maker ("U.S. Air Force F-16s", "the
    PLAAF's Y-20s") is that state's own: its flights and deployments move no system."""
    start = max(0, m.start - OWN_FORCES_CHARS)
    hit = doc.rules.own_forces_before.search(sent.text[start : m.start])
    family = doc.gaz.families.get(m.value)
    if hit is None or family is None:
        return False
    at, hit_end = start + hit.start(), start + hit.end()
    # The maker names the service, or stands right before it ("U.S. Air Force", "the
    # PLAAF's"); one named after the service ("на вооружение белорусской армии поступили
    # переданные российской стороной") is another's.
    return any(
        p.code in family.makers
        and start <= p.start < hit_end
        and p.end <= m.start
        and (p.end >= at or not sent.text[p.end : at].strip())
        for p in sent.mentions
        if p.party is not None and p.kind != MEDIA
    )


def behind_background(background: RulePattern, text: str, at: int) -> bool:
    """Whether the words right before ``at`` name it as background (stage.background_before:
    "replacing its", "engines for the"): what a deal replaces, services or is for."""
    return background.search(text[max(0, at - BACKGROUND_CHARS) : at]) is not None


def in_sentence(doc: Document, sent: Sentence) -> None:
    """The sentence's systems and parties. A system named as what a deal replaces or counters
    ("replacing its MiG-29s") is background, not the transfer; outlets are no party."""
    text, background = sent.text, doc.rules.background_before
    named = [m for m in sent.mentions if m.kind == SYSTEM]
    # The sentence holds none of the words a background phrase needs (most do not): no slice
    # before a system is searched.
    may_be_background = bool(named) and background.may_hold(text)
    sent.systems = [
        m
        for m in named
        if (
            (
                not (may_be_background and behind_background(background, text, m.start))
                and not doc.rules.background_after.match(text, m.end)
            )
            # A system whose own past transfer a relative clause tells is held after it
            # (CLAIMS.md rule 10), even as what the main clause replaces or upgrades.
            or doc.rules.transfer_relative.match(text, m.end)
        )
        and not _own_forces(doc, sent, m)
    ]
    sent.explicit = list(sent.systems)
    if doc.lang == ENGLISH:
        _described_states(doc, sent)
    else:
        russian_described_states(doc, sent)
    # Read only where a party is named and a comma may open an aside.
    named_party = any(m.party is not None for m in sent.mentions)
    asides = (
        [(a.start(), a.end()) for a in _MEDIA_ASIDE[doc.lang].finditer(text)]
        if named_party and "," in text
        else []
    )
    sent.parties = [
        m
        for m in sent.mentions
        if m.party is not None
        and m.kind != MEDIA
        and not _origin_of_another(doc, sent, m)
        # "Uzbekistan, as the American magazine Military Watch reported, received": the
        # outlet's nationality is no party.
        and not any(a <= m.start < b for a, b in asides)
    ]
    if doc.lang == ENGLISH and sent.parties:
        bids = RIVAL_BID_BEFORE.may_hold(text)
        if bids or len(sent.systems) < len(named):
            sent.parties = _without_rivals(text, sent.parties, named, sent.systems, bids)
    sent.offered = sent.parties


def _without_rivals(
    text: str, parties: list[Mention], named: list[Mention], kept: list[Mention], bids: bool
) -> list[Mention]:
    """``parties`` without the rivals of the step: the states that offered, made or sold a
    system set aside as background ("picked the F-16 over the JF-17 offered by China and
    Pakistan", "to replace its T-72 tanks bought from Russia": roles.rival_maker_between), and
    the bidders a chosen system beat ("beating bids from Boeing and Dassault":
    roles.rival_bid_before, looked for where ``bids``), and a demonym right before a system set
    aside ("over the French Rafale": roles.rival_maker_before); a party listed right after one
    goes with it."""
    aside = [m for m in named if m not in kept]

    def rival(p: Mention) -> bool:
        if any(
            (m.end <= p.start and RIVAL_MAKER_BETWEEN.match(text[m.end : p.start]))
            # "over the French Rafale": the set-aside system's origin (roles.rival_maker_before)
            or (
                p.kind == DEMONYM
                and p.end <= m.start
                and RIVAL_MAKER_BEFORE.match(text[p.end : m.start])
            )
            for m in aside
        ):
            return True
        return (
            bids
            and RIVAL_BID_BEFORE.search(text[max(0, p.start - RIVAL_BID_CHARS) : p.start])
            is not None
            # "beat bids from Boeing's F/A-18": the bidder owns a rival named in the sentence,
            # whose own claim it is party to.
            and not any(
                p.end < m.start and OWNER_POSSESSIVE.fullmatch(text, p.end, m.start) for m in kept
            )
        )

    dropped: list[Mention] = []
    closed = False  # the list ended on "and" ("from Boeing and Dassault, Lima chose ...")
    for p in sorted(parties, key=lambda q: q.start):
        glue = text[dropped[-1].end : p.start] if dropped else None
        if glue is not None and not (closed and "," in glue) and PARTY_LIST.fullmatch(glue):
            closed = closed or "," not in glue
        elif rival(p):
            closed = False
        else:
            continue
        dropped.append(p)
    gone = {id(q) for q in dropped}
    return [p for p in parties if id(p) not in gone] if gone else parties


def _origin_of_another(doc: Document, sent: Sentence, p: Mention) -> bool:
    """Whether ``p`` is a demonym before a weapon noun that tells where another system of the
    article comes from ("picked the French jet after trials in which Boeing's F/A-18 also
    competed": the Rafale's), made by none of the systems this sentence names: no party to
    their steps (roles.origin_noun_after; English)."""
    if p.kind != DEMONYM or doc.lang != ENGLISH or not sent.systems:
        return False
    if not ORIGIN_NOUN_AFTER.match(sent.text, p.end):
        return False
    named = {m.value for m in sent.systems}

    def made_by(family: str) -> bool:
        known = doc.gaz.families.get(family)
        return known is not None and p.code in known.makers

    return not any(made_by(f) for f in named) and any(
        made_by(f) for f in doc.systems if f not in named
    )


def _fitting_states(groups: dict[str, str | None]) -> frozenset[str] | None:
    """The states every word of a description fits, each word narrowing the others ("the
    oil-rich kingdom", "the Mediterranean island"); None when no word is listed (any state)."""
    words = [" ".join((groups.get(g) or "").lower().split()) for g in ("region", "mod")]
    words.append(" ".join((groups.get("head") or groups.get("rhead") or "").lower().split()))
    if words[0] and words[0] not in DESCRIPTION_FITS:
        words[0] = words[0].rpartition(" ")[2]  # "western Balkan": "balkan"
    fits: frozenset[str] | None = None
    for word in words:
        if word in DESCRIPTION_FITS:
            fits = DESCRIPTION_FITS[word] if fits is None else fits & DESCRIPTION_FITS[word]
    return fits


def _described_states(doc: Document, sent: Sentence) -> None:
    """A state named by a description ("the kingdom", "the Gulf state", "the Nordic
    country") is the most-named state that fits it among those the article named before;
    none when the sentence names one that fits itself ("Riyadh said the kingdom ...")."""
    found: list[Mention] = []
    hits = sorted(
        [*STATE_DESCRIPTION.finditer(sent.text), *STATE_EPITHET.finditer(sent.text)],
        key=lambda h: (h.start(), -h.end()),
    )
    read_to = 0
    for hit in hits:
        if hit.start() < read_to:
            continue  # both rules read "the Gulf state": the longer reading stands
        read_to = hit.end()
        groups = hit.groupdict()
        fits = _fitting_states(groups)
        # "the NATO ally", "its Gulf neighbour": another state than the sentence's own, and
        # only a description that fits few states (not "the American partner", a company).
        related = bool(groups.get("rel"))
        own = {m.code for m in sent.mentions if m.code}
        if related and fits is None:
            continue
        if not related and any(fits is None or c in fits for c in own):
            continue
        ranks = doc.focus.party_ranks
        before = {
            m.code
            for m in doc.mentions
            if m.end <= sent.offset
            and m.code
            and (fits is None or m.code in fits)
            and not (related and m.code in own)
        }
        if before:
            code = min(before, key=lambda c: ranks.get(c, len(ranks)))
            plain = not (groups.get("region") or groups.get("mod"))
            if plain and not related and not sent.text[: hit.start()].strip():
                # A plain subject ("The country received ...", not "The Central European
                # country") most likely continues the sentence before's subject.
                prev = previous_subject(doc, sent)
                code = prev if prev in before else code
            found.append(Mention(hit.start(), hit.end(), STATE, code, code))
    if found:
        sent.mentions = sorted(sent.mentions + found, key=lambda m: m.start)
