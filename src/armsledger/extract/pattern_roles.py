"""The role the words around one party give it by the rule table's patterns alone: whether
they read as a supplier's ("from X", "X will deliver", Russian "у России", "поставленные
Россией") or a recipient's ("to X", "X received", Russian "Египту поставили"), or neither.
``role_of`` is what ``roles.assign_roles`` reads within the clauses it scopes, and
``role_patterns`` the same for every party (a feature for the decider). The patterns, the text
after a party's list and the list ends come from ``role_words``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from armsledger.extract.morphology import can_be_case, has_cyrillic
from armsledger.extract.role_words import (
    PARTY_READS,
    _last_word,
    cached_list_ends,
    patterns_for,
    text_after,
)
from armsledger.extract.rules import NEVER, rule_table
from armsledger.language import ENGLISH, LANGUAGES

if TYPE_CHECKING:
    from armsledger.extract.role_words import _Patterns
    from armsledger.extract.roles import Mention

# "Greece has, however, sent": a comma-set adverb the role patterns read through.
_INTERJECTION = {lang: rule_table().pick("roles.interjection", lang) for lang in LANGUAGES}
_RELATIVE_OPENER = rule_table()["roles.relative_opener"]
# "..., as did Canada": a party echoing the subject's step (roles.echo_subject_before).
_ECHO = rule_table()["roles.echo_subject_before"]
ECHO_CHARS = 24


@lru_cache(maxsize=256)
def without_interjections(sentence: str, lang: str = ENGLISH) -> str:
    """``sentence`` with each comma-set discourse adverb between a party and its verb
    ("has, however, sent") blanked out to spaces, offsets kept (roles.interjection). Cached:
    ``assign_roles`` reads one sentence once for each of its systems and cues."""
    pattern = _INTERJECTION[lang]
    if pattern is NEVER or "," not in sentence:
        return sentence
    return pattern.sub(lambda m: " " * len(m.group()), sentence)


# How far before a party an order or a payment it sends is read: "won an order for 24 K9
# howitzers from" and its winning verb fit in 90 characters.
PAYER_CHARS = 90


def _supplier_like(sentence: str, p: Mention, pats: _Patterns, end: int, read: _Read) -> bool:
    """``end``: where the list ``p`` stands in ends (list_ends), what follows is its verb."""
    after = read.after
    if read.supplies and not pats.passive_after.match(after):
        if pats.with_before.search(sentence[max(0, p.start - 30) : p.start]):
            return False  # Russian "обсудить с Анкарой поставку": the other side
        # Russian "Египту поставили": a party in the dative before a supply verb receives.
        return not _dative_receiver(sentence, p, pats, end)
    m = read.source()
    if m is None or _sends_order(sentence, p, pats, end, m):
        return False
    if not m.re.groupindex:
        return True
    # Russian "передали Нидерланды": a party after the verb gives when in the nominative.
    word = _last_word(sentence, p)
    if m.groupdict().get("src"):
        # "у России", "из Норвегии": the source is in the genitive ("У России Египет купил":
        # Египет is no source).
        return can_be_case(word, "gent")
    if m.groupdict().get("loc"):
        # "разместил в России заказ", "закупила танки в Чехии": where an order is placed is
        # in the prepositional; "заказ на поставку в Индию" (the accusative) is a destination.
        return can_be_case(word, "loct")
    if m.groupdict().get("ins"):
        # "поставленные Россией", "переданы Украине Польшей": the participle's agent, in the
        # instrumental; "поставленные Украине" names the receiver (the dative), left to the
        # recipient patterns, and so does a word that may be either ("переданы индийской
        # стороне": "индийской" reads as both).
        return can_be_case(word, "ablt") and not can_be_case(word, "datv")
    # Not when it may as well be the dative receiver ("направила Нью-Дели": indeclinable).
    return not m.groupdict().get("nom") or (
        can_be_case(word, "nomn") and not can_be_case(word, "datv")
    )


def _sends_order(
    sentence: str, p: Mention, pats: _Patterns, end: int, source: re.Match[str] | None
) -> bool:
    """Russian "получил от Вьетнама заказ" (``source``: the supplier pattern's match before
    ``p``) or "аванс от Египта": the party sends an order or a payment, so it is the buyer."""
    if pats.payer_before.search(sentence[max(0, p.start - PAYER_CHARS) : p.start]):
        return True
    return (
        source is not None
        and bool(source.groupdict().get("src"))
        and pats.order_after.match(text_after(sentence, end, pats)) is not None
    )


def _dative_receiver(sentence: str, p: Mention, pats: _Patterns, end: int) -> bool:
    """A Russian party that reads as a dative and never as a nominative ("Египту", "Индии"),
    before a finite supply verb ("Египту поставили", not "Польше передать")."""
    word = _last_word(sentence, p)
    return (
        pats.dative_receives.match(text_after(sentence, end, pats)) is not None
        and has_cyrillic(word)
        and can_be_case(word, "datv")
        and not can_be_case(word, "nomn")
    )


def _recipient_like(sentence: str, p: Mention, pats: _Patterns, end: int, read: _Read) -> bool:
    after = read.after
    if pats.recipient_after.match(after):
        return True
    source = read.source()
    if _sends_order(sentence, p, pats, end, source):
        return True
    if read.supplies and _dative_receiver(sentence, p, pats, end):
        return True  # "Египту поставили истребители": the dative receives
    before = sentence[max(0, p.start - pats.recipient_window) : p.start]
    if pats.owner_before is not NEVER and pats.owner_before.search(before):
        return True
    m = pats.recipient_before.search(before)
    # Russian "в/на X" is a destination only with X in the accusative ("в Индию"); "в Индии"
    # (locative) says where something happens. Right after a transfer word, X is the
    # recipient in the dative ("передала Украине"), not the owner ("поставки России"); so
    # after the transfer word and its object ("передала танки Украине"). A reading that fails
    # its case leaves the later ones ("В Москве передачу Украине": the dative after the noun).
    while m is not None:
        groups = m.groupdict()
        if not groups:
            return True  # English patterns name no groups
        word = _last_word(sentence, p)
        if groups.get("into"):
            if can_be_case(word, "accs"):
                return True
        elif groups.get("dat") or groups.get("dat_obj"):
            if can_be_case(word, "datv"):
                return True
        else:
            return True
        m = pats.recipient_before.search(before, m.start() + 1)
    return False


def _pattern_role(sentence: str, p: Mention, pats: _Patterns, end: int) -> str:
    """The role the words around ``p`` give it by pattern alone: "supplier", "recipient"
    or "none"."""
    read = _Read(sentence, p, pats, end)
    if _supplier_like(sentence, p, pats, end, read):
        return "supplier"
    if _recipient_like(sentence, p, pats, end, read):
        return "recipient"
    return "none"


class _Read:
    """What both role tests of one party read (``_pattern_role``): the words after its list,
    whether a supplying verb opens them, and the supplier phrase in the 30 characters before
    it, each read once instead of once a test."""

    __slots__ = ("_before", "_searched", "_source", "_supplier_before", "after", "supplies")

    def __init__(self, sentence: str, p: Mention, pats: _Patterns, end: int) -> None:
        self.after = text_after(sentence, end, pats)
        self.supplies = pats.supplier_after.match(self.after) is not None
        self._supplier_before = pats.supplier_before
        self._before = sentence[max(0, p.start - 30) : p.start]
        self._searched = False
        self._source: re.Match[str] | None = None

    def source(self) -> re.Match[str] | None:
        """``supplier_before``'s match in the 30 characters before the party, searched once."""
        if not self._searched:
            self._source = self._supplier_before.search(self._before)
            self._searched = True
        return self._source


def role_patterns(sentence: str, parties: list[Mention], lang: str = ENGLISH) -> list[str]:
    """Each party's role by the words around it, wherever its clause (a feature for the
    decider; ``assign_roles`` reads the same within the clauses it scopes)."""
    ends = cached_list_ends(sentence, tuple(parties), lang)
    return [role_of(sentence, p, lang, ends[p.start]) for p in parties]


# Cached like the other reads of one sentence's parties (role_words.PARTY_READS).
@lru_cache(maxsize=PARTY_READS)
def role_of(sentence: str, p: Mention, lang: str, end: int) -> str:
    return _pattern_role(sentence, p, patterns_for(lang), end)


def role_in_scope(
    sentence: str, p: Mention, lang: str, end: int, scope: tuple[tuple[int, int], ...]
) -> str:
    """``p``'s role by pattern for a step whose cue stands in the relative clause right after
    it ("South Africa, which received 26 Gripens in 2008, offered to train pilots"): read up
    to that clause's end, so that the main clause's verb, past the relative one, does not
    decide the antecedent's role in it (roles.relative_opener; English)."""
    if lang == ENGLISH and len(scope) > 1:
        lo, hi = scope[1]
        if 0 <= lo - end <= 1 and _RELATIVE_OPENER.match(sentence, lo):
            return role_of(sentence[:hi], p, lang, end)
    return role_of(sentence, p, lang, end)


# How far before a party "bought ... for X" is read: a buyer, its verb and a counted object
# ("ordered by the Pentagon for", "bought 12 used jets for") fit in 80 characters.
BENEFACTIVE_WINDOW = 80


def benefactive(
    sentence: str, recipients: list[Mention], pats: _Patterns, ends: dict[int, int]
) -> tuple[list[Mention], list[Mention]]:
    """Of the receivers, those a purchase is made *for* ("bought ... for Ukraine", with the
    list it opens: "on order for Thailand and Colombia", by ``ends``, each party's list end)
    and the buyers who pass it on; all receivers and no buyer where no purchase names a
    beneficiary."""
    benefit = [
        p
        for p in recipients
        if pats.benefactive_before.search(sentence[max(0, p.start - BENEFACTIVE_WINDOW) : p.start])
    ]
    benefit += [
        p
        for p in recipients
        if p not in benefit
        and any(q.start < p.start and ends.get(q.start) == ends.get(p.start) for q in benefit)
    ]
    codes = {p.party for p in benefit}
    buyers = [p for p in recipients if p.party not in codes]
    if not benefit or not buyers:
        return recipients, []
    return benefit, buyers


def echoes(
    sentence: str,
    parties: list[Mention],
    system: Mention,
    givers: tuple[str | None, ...],
    takers: tuple[str | None, ...],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The parties after 'as did', 'and so has' ("..., as did Canada"): they took the subject's
    step in the subject's role (the sentence's first party's, or one listed with it), as
    (suppliers, recipients)."""
    echoed = [
        p.party
        for p in parties
        if p.party not in (None, *givers, *takers) and echo_at(sentence, p, system)
    ]
    if not echoed:
        return (), ()
    subject = min(parties, key=lambda m: m.start).party
    found = tuple(p for p in echoed if p is not None)
    if subject is not None and subject in givers:
        return found, ()
    if subject is not None and (subject in takers or not givers):
        return (), found
    return (), ()


def echo_at(sentence: str, p: Mention, system: Mention) -> bool:
    """Whether 'as did', 'and so has' stands right before ``p``, after the system: tested
    before the subject's role is read (role_of), which most sentences then need not."""
    return (
        p.start > system.end
        and _ECHO.search(sentence[max(0, p.start - ECHO_CHARS) : p.start]) is not None
    )
