"""Clauses that leave out a verb or a subject. Russian gapped clauses: "Индия получила С-400, а
Китай — Су-35", "Россия поставила Индии С-400, а Китаю — Су-35": the clause after "а" leaves out
the verb of the clause before, and a dash stands for it. Its parties take the role the left-out
verb gives them: a dative receives; a subject plays the part the first clause's subject played
(roles.ru.gap_opener, roles.ru.gap_dash). A transfer verb with no subject of its own after
"а", "and" or a comma takes the subject of the clause before (``elided_subject``,
``english_elided_subject``). Used by the roles layer (``parties``)."""

from __future__ import annotations

from armsledger.extract.cues import Cue
from armsledger.extract.descriptions import SUBJECT_CHARS
from armsledger.extract.morphology import can_be_case, word_class
from armsledger.extract.roles import Mention, Roles, acts
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of

_TABLE = rule_table()
_OPENER = _TABLE.pick("roles.gap_opener", "ru")
_DASH = _TABLE.pick("roles.gap_dash", "ru")
# How far after the dash the gapped clause's system may stand ("— китайские бронетранспортёры").
GAP_OBJECT_CHARS = 60


def gapped_roles(
    text: str,
    clauses: list[tuple[int, int]],
    system: Mention,
    cue_start: int,
    parties: list[Mention],
    roles: Roles,
) -> Roles | None:
    """``roles`` with the gapped clause's parties where ``system`` stands after its dash and the
    cue at ``cue_start`` in the clause before; else None."""
    lo, _ = clause_of(clauses, system.start)
    if _DASH.match(text, lo) is not None and lo > 0:
        # The dash itself may open the system's clause: the parties are the clause's before.
        lo = clause_of(clauses, lo - 1)[0]
    if cue_start >= lo:
        return None
    opener = _OPENER.match(text, lo)
    if opener is None:
        return None
    between = sorted(
        (p for p in parties if opener.end() <= p.start < system.start and p.party),
        key=lambda p: p.start,
    )
    # The parties up to the dash ("а Танзания и Камерун — китайские бронетранспортёры": the
    # demonym after the dash qualifies the system).
    found = next(
        ((i, dash) for i, p in enumerate(between) if (dash := _DASH.match(text, p.end))), None
    )
    if found is None or system.start - found[1].end() > GAP_OBJECT_CHARS:
        return None
    gapped = between[: found[0] + 1]
    codes = tuple(dict.fromkeys(p.party for p in gapped if p.party))
    first = codes[0]
    word = text[gapped[0].start : gapped[0].end].split()[-1]
    if can_be_case(word, "datv") and not can_be_case(word, "nomn"):
        role = "recipient"
    else:
        # A subject: the part the first clause's subject played.
        subject = next((p for p in parties if p.start < cue_start and p.party), None)
        if subject is None:
            return None
        if subject.party == roles.recipient:
            role = "recipient"
        elif subject.party == roles.supplier:
            role = "supplier"
        else:
            return None
    if role == "recipient" and first != roles.supplier:
        return Roles(roles.supplier, first, co_recipients=codes[1:])
    if role == "supplier" and first != roles.recipient:
        return Roles(first, roles.recipient, co_suppliers=codes[1:])
    return None


_ELIDED = _TABLE["roles.ru.elided_subject_before"]
_BUYS = _TABLE["roles.ru.buy_verb"]
_GIVES = _TABLE["roles.ru.give_verb"]
# How far before the cue its elided coordination (", а в 2023 году") is read.
ELIDED_CHARS = 40
# A preposition right before the opening state ("В Словакии", "Из России"): no subject.
_PREPOSITION = _TABLE["roles.ru.subject_preposition"]


def elided_subject(text: str, parties: list[Mention], cue_start: int, roles: Roles) -> Roles | None:
    """Russian "Словакия вывела МиГ-29 из эксплуатации, а в 2023 году передала их Украине":
    ``roles`` with the subject the sentence opens on as the giver of a giving verb, or the
    taker of a buying one, where the cue's clause has no subject of its own; else None."""
    head = text[cue_start:].split(maxsplit=1)
    if not head or word_class(head[0].strip(",.;:!?»")) != "VERB":
        return None  # a noun ("а поставки комплексов планируется начать") has no subject
    if not _ELIDED.search(text[max(0, cue_start - ELIDED_CHARS) : cue_start]):
        return None
    first = _opening_subject(text, parties)
    if first is None or first.start >= cue_start or _PREPOSITION.search(text[: first.start]):
        return None
    subject = first.code
    if _GIVES.match(text, cue_start) and subject != roles.recipient:
        return Roles(subject, roles.recipient)
    if _BUYS.match(text, cue_start) and subject != roles.supplier:
        return Roles(roles.supplier, subject)
    return None


def _nominative(text: str, party: Mention) -> bool:
    """Whether a Russian party's name (its last word) can be a subject."""
    return can_be_case(text[party.start : party.end].split()[-1], "nomn")


def _opening_subject(text: str, parties: list[Mention]) -> Mention | None:
    """The state the sentence opens on, where it can be the sentence's subject."""
    first = min((p for p in parties if p.code), key=lambda p: p.start, default=None)
    if first is None or first.start > SUBJECT_CHARS or not _nominative(text, first):
        return None
    return first


_ELIDED_BEFORE = _TABLE["roles.elided_subject_before"]
_BUY_VERB = _TABLE["roles.buy_verb"]
_GIVE_VERB = _TABLE["roles.give_verb"]
_TAKE_VERB = _TABLE["roles.take_verb"]
_ADJUNCT_PARTICIPLE = _TABLE["roles.adjunct_participle_before"]
_ING_FORM = _TABLE["roles.ing_form"]


def english_elided_subject(
    text: str, parties: list[Mention], cue: Cue, roles: Roles, named: bool
) -> tuple[Roles, bool]:
    """ "Poland sent jets to Ukraine and ordered F-35s from the US": a transfer verb after
    "and" with no subject of its own takes the first clause's subject, the sentence's first
    party acting as a subject, as an adjunct in -ing after a comma does ("Egypt turned to
    Russia, ordering Ka-52s": roles.adjunct_participle_before); a buying or receiving verb
    makes it the recipient, a giving verb the supplier (roles.elided_subject_before)."""
    before = text[max(0, cue.start - ELIDED_CHARS) : cue.start]
    adjunct = _ADJUNCT_PARTICIPLE.search(before) and _ING_FORM.match(text, cue.start)
    if not (_ELIDED_BEFORE.search(before) or adjunct):
        return roles, named
    before_cue = [p for p in parties if p.start < cue.start]
    if adjunct:
        # "Egypt turned to Russia, ordering Ka-52s": the clause's subject, whose verb tells
        # no transfer ("Russia ..., ordering" would read as a buyer of its own).
        subject = before_cue[0].party if before_cue else None
    else:
        subject = next((p.party for p in before_cue if acts(text, tuple(parties), p)), None)
        if subject is None and len(before_cue) == 1 and not text[: before_cue[0].start].strip():
            # "Hungary grounded its MiG-29 jets in 2021 and later sold six of them to Ukraine":
            # the lone party opening the sentence is its subject, whatever its verb.
            subject = before_cue[0].party
    if subject is None:
        return roles, named
    takes = _BUY_VERB.match(text, cue.start) or _TAKE_VERB.match(text, cue.start)
    if takes and subject != roles.supplier:
        return Roles(roles.supplier, subject), named
    if _GIVE_VERB.match(text, cue.start) and subject != roles.recipient:
        return Roles(subject, roles.recipient), True
    return roles, named


_CONTRAST = _TABLE["roles.ru.contrast_subject_before"]
_CONTRAST_GAP = _TABLE["roles.ru.contrast_subject_gap"]
_RECEIVING = _TABLE["roles.ru.receiving_cue"]


def contrast_subject(
    text: str, parties: list[Mention], system: Mention, cue: Cue, roles: Roles
) -> Roles | None:
    """Russian "Сербия уже получила «Панцири», а Венгрия только планирует закупку": a clause of
    contrast with a subject of its own, the system named before it; its subject receives
    what its cue receives or gives what it gives, in place of the clause before's party.
    None where the cue has no such subject."""
    subject = next(
        (
            p
            for p in parties
            if p.code
            and system.end <= p.start < cue.start
            and _CONTRAST.search(text[: p.start])
            and _CONTRAST_GAP.search(text[p.end : cue.start])
        ),
        None,
    )
    if subject is None or not _nominative(text, subject):
        return None
    words = text[cue.start : cue.end]
    if _RECEIVING.search(words):
        return Roles(roles.supplier, subject.code) if subject.code != roles.supplier else None
    if _GIVES.match(words):
        return Roles(subject.code, roles.recipient) if subject.code != roles.recipient else None
    return None


_CONTRAST_OPENER = _TABLE["roles.ru.contrast_opener"]


def carried_receiver(
    text: str, parties: list[Mention], system: Mention, cue: Cue, roles: Roles
) -> Roles | None:
    """Russian "Иран получил Як-130, а поставка Су-35 ожидается позже": a clause of contrast
    that names no party goes on with the receiver the sentence opened on (its subject before
    a receiving verb); None where the rules gave a receiver or the clause names a party."""
    if roles.recipient is not None:
        return None
    start = min(system.start, cue.start)
    opener = None
    for m in _CONTRAST_OPENER.finditer(text, 0, start):
        opener = m
    if opener is None or any(p.code and p.start >= opener.end() for p in parties):
        return None
    first = _opening_subject(text, parties)
    if first is None or first.end > opener.start():
        return None
    if not _RECEIVING.search(text[first.end : opener.start()]) or first.code == roles.supplier:
        return None
    return Roles(roles.supplier, first.code)
