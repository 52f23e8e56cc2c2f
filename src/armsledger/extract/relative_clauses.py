"""The parties of a relative clause or participle that tells a system's earlier transfer ("the
F-16 jets it bought from the Netherlands", "the MiG-29 jets Slovakia had bought from Russia"):
its own verb's, not the main clause's (stage.transfer_relative). English; used by the roles
layer (``parties``)."""

from __future__ import annotations

from armsledger.extract.clause_scope import antecedent_of
from armsledger.extract.cues import Cue
from armsledger.extract.record import Document, Sentence
from armsledger.extract.role_words import (
    cached_list_ends,
    follows_other,
    governed,
    owns_system,
    patterns_for,
)
from armsledger.extract.roles import Mention, Roles, acts
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.language import ENGLISH

_GIVE_VERB = rule_table()["roles.give_verb"]
# How far after a relative clause's transfer verb its party may stand ("bought second-hand
# in 2004 from the").
RELATIVE_OBJECT_CHARS = 30


def relative_verbs(doc: Document, sent: Sentence) -> dict[int, int]:
    """Where the verb of each relative clause or participle telling a named system's earlier
    transfer starts (stage.transfer_relative), to that system's start: the step is the
    system's own ("will replace the F-16s Romania has been buying", no purchase of the jets
    that replace them). A named system only: "will see the fighters delivered" is no
    relative. English."""
    if doc.lang != ENGLISH:
        return {}
    out: dict[int, int] = {}
    for system in sent.explicit:
        m = doc.rules.transfer_relative.match(sent.text, system.end)
        if m is not None:
            for group in ("verb", "part"):
                if m.start(group) >= 0:
                    out[m.start(group)] = system.start
    return out


def relative_roles(doc: Document, sent: Sentence, system: Mention, cue: Cue) -> Roles | None:
    """The parties of a relative clause or participle telling the system's earlier transfer
    (stage.transfer_relative), when ``cue`` is its verb: the party right after the verb takes
    the role its words give it ("bought from the Netherlands": supplier, "sold to Caracas":
    recipient), and the other role goes to the clause's named subject ("the jets Italy
    delivered to Egypt") or else, for "it"/"they" or a participle, to the main clause's acting
    subject ("Chile could sell the F-16 jets it bought from the Netherlands": NLD -> CHL)."""
    if doc.lang != ENGLISH:
        return None
    m = doc.rules.transfer_relative.match(sent.text, system.end)
    if m is None or cue.start not in (m.start("verb"), m.start("part")):
        return None
    text, parties = sent.text, tuple(p for p in sent.parties if p.party is not None)
    found = _relative_party(doc, sent, cue.end)
    if found is None:
        return None
    after, role = found
    named = [p for p in parties if system.end <= p.start < cue.start]
    # Not a phrase of another system named before this one ("F-15 fighters acquired from the
    # United States and 72 Typhoons delivered by Britain": the United States is the F-15s').
    others = tuple(m for m in sent.systems if m.value != system.value)
    # Nor another system's maker ("Chinese-built F-7 jets, and Yak-130 trainers delivered by
    # Russia": China made the F-7s and is no subject of the Yak-130s' delivery).
    pats = patterns_for(doc.lang)
    before = [
        p
        for p in parties
        if p.end <= system.start
        and not (follows_other(text, p, system, others) and governed(text, p.start))
        and not any(owns_system(text, p, o, pats) for o in others)
    ]
    # "..., and the Czech Republic, which received the first of 14 Leopard 2A4 tanks donated
    # by Germany": inside a relative clause, its antecedent is the one subject before it.
    span = clause_of(sent.clauses, system.start)
    antecedent = antecedent_of(text, sent.clauses, span)
    if antecedent is not None:
        before = [p for p in before if p.start >= antecedent[0]]
    main = [p for p in before if acts(text, parties, p)]
    # "Algeria is looking to replace its MiG-29s it bought from Belarus": with no transfer
    # verb of its own, the one party named before the system is the clause's owner.
    subject = (
        named[-1] if named else (main[0] if main else (before[0] if len(before) == 1 else None))
    )
    if subject is None or subject.party == after.party:
        return None
    # "bought from Belarus and Ukraine": the parties listed with it take its role too.
    ends = cached_list_ends(text, parties, doc.lang)
    listed = tuple(
        dict.fromkeys(
            code
            for p in parties
            if (code := p.party) is not None
            and p.start > after.start
            and ends[p.start] == ends[after.start]
            and code not in (after.party, subject.party)
        )
    )
    if role == "supplier":
        return Roles(after.party, subject.party, co_suppliers=listed)
    return Roles(subject.party, after.party, co_recipients=listed)


def told_out(chosen: Roles, rules: Roles, told: str | None) -> Roles:
    supplier = rules.supplier if chosen.supplier == told else chosen.supplier
    recipient = rules.recipient if chosen.recipient == told else chosen.recipient
    if (supplier, recipient) == (chosen.supplier, chosen.recipient) or supplier == recipient:
        return chosen
    return Roles(supplier, recipient, chosen.co_suppliers, chosen.co_recipients)


def told_party(doc: Document, sent: Sentence, system: Mention, cue: Cue) -> Mention | None:
    """The party of the relative clause telling ``system``'s earlier transfer, when ``cue`` is
    a giving verb whose subject, before the system, passes it on (English). A receiving one
    takes the same transfer further ("Romania has yet to receive the F-16 jets it bought from
    Norway"): its party stays."""
    if doc.lang != ENGLISH or not _GIVE_VERB.match(sent.text, cue.start):
        return None
    m = doc.rules.transfer_relative.match(sent.text, system.end)
    if m is None or cue.start in (m.start("verb"), m.start("part")):
        return None
    parties = tuple(sent.parties)
    if not any(p.end <= system.start and acts(sent.text, parties, p) for p in parties):
        return None  # "jets that X ordered from Russia were delivered": no giver of its own
    verb_end = max(m.end("verb"), m.end("part"))
    found = _relative_party(doc, sent, verb_end)
    return found[0] if found is not None else None


def _relative_party(doc: Document, sent: Sentence, verb_end: int) -> tuple[Mention, str] | None:
    """The party right after a relative clause's transfer verb and the role its words give
    it ("bought from the Netherlands": supplier), if any."""
    text = sent.text
    after = next((p for p in sent.parties if p.party is not None and p.start >= verb_end), None)
    if after is None or after.start - verb_end > RELATIVE_OBJECT_CHARS:
        return None
    # The words before it alone ("from", "by", "to", "for"): what follows it is the main
    # clause's ("for Afghanistan's military were delivered").
    pats = patterns_for(doc.lang)
    before = text[max(0, after.start - RELATIVE_OBJECT_CHARS - 10) : after.start]
    if pats.supplier_before.search(before):
        return after, "supplier"
    if pats.recipient_before.search(before):
        return after, "recipient"
    return None
