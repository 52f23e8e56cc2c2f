"""Supplier and recipient of a transfer, from the parties a sentence names and how it names them.

Pure functions over ``Mention`` lists; no gazetteer access here, so the rules read plainly:
"to X" / "for X" / "X received" / "X's purchase" make a recipient, "from X" / "X-supplied" /
"X will deliver" / "by X" make a supplier, a demonym on the system ("Russian S-400") is its
supplier when it names the maker and its owner otherwise ("the Chinese S-400").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from armsledger.extract.gazetteer import STATE
from armsledger.extract.pattern_roles import (
    benefactive,
    echo_at,
    echoes,
    role_in_scope,
    role_of,
    without_interjections,
)
from armsledger.extract.pattern_roles import role_patterns as role_patterns
from armsledger.extract.patterns import RulePattern
from armsledger.extract.role_words import acts as acts
from armsledger.extract.role_words import (
    apposed_into,
    cached_list_ends,
    follows_other,
    gapped_subject,
    governed_dative,
    joined,
    no_party,
    owns_system,
    patterns_for,
    precedes_other,
    second_hand,
    text_after,
)
from armsledger.extract.role_words import cue_subject as cue_subject
from armsledger.extract.role_words import is_target as is_target
from armsledger.extract.role_words import list_ends as list_ends
from armsledger.extract.role_words import party_runs as party_runs
from armsledger.extract.role_words import set_aside as set_aside
from armsledger.extract.rules import NEVER
from armsledger.language import ENGLISH

# How far after its system a 'with X' phrase names that system's other side: a noun or two
# (" systems with ", " jets with the ").
WITH_GAP = 25


@dataclass(frozen=True)
class Mention:
    start: int  # offsets relative to the sentence
    end: int
    kind: str  # see gazetteer kinds
    value: str  # family name or party code/name
    code: str | None  # the state (ISO3) a party mention stands for, None for non-state parties

    @property
    def party(self) -> str | None:
        """The register's party id: an ISO3 code, or a non-state party's name."""
        return self.code if self.code else (self.value if self.kind == "party" else None)


@dataclass(frozen=True)
class Roles:
    supplier: str | None
    recipient: str | None
    # The parties listed with the supplier as one subject ("Germany and the Netherlands
    # delivered"): each supplies too.
    co_suppliers: tuple[str, ...] = ()
    # The parties listed with the recipient ("delivered S-400 systems to China and India").
    co_recipients: tuple[str, ...] = ()
    # The maker's own forces receive it ("Минобороны России получило Су-57"): no transfer, and
    # what the article said of the system before must not fill the roles in.
    domestic: bool = False


# How far into a clause its subject is read (", and Poland signed": a buyer opening it).
CLAUSE_SUBJECT_CHARS = 12


def _in_scope(p: Mention, scope: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= p.start < b for a, b in scope)


def _listed_with_role(
    sentence: str, p: Mention, parties: list[Mention], ends: dict[int, int], lang: str
) -> bool:
    """Whether a party listed before ``p`` (its list ending where ``p``'s does) has a role of
    its own in its clause."""
    return any(
        q.start < p.start
        and ends.get(q.start) == ends[p.start]
        and role_of(sentence, q, lang, ends[q.start]) != "none"
        for q in parties
    )


def assign_roles(
    sentence: str,
    system: Mention,
    parties: list[Mention],
    maker: str | None,
    scope: tuple[tuple[int, int], ...] = (),
    others: tuple[Mention, ...] = (),
    *,
    fallback: bool = True,
    use_loose: bool = True,
    lang: str = ENGLISH,
    makers: frozenset[str] = frozenset(),
) -> Roles:
    """Supplier and recipient of ``system`` in ``sentence`` (either may stay None).

    Parties outside the ``scope`` clauses (the system's and its cue's) count only as loose
    candidates ("..., defying sanctions from the United States"): they never take a role by
    pattern. ``fallback`` lets the maker or a lone loose party fill the supplier; without
    ``use_loose`` a loose party never becomes the recipient (the caller has a better guess).
    ``makers`` are all the states that make the system (``maker`` is the one, where one does).
    """
    pats = patterns_for(lang)
    sentence = without_interjections(sentence, lang)
    # Where non-state parties start, sorted: one bisection a party instead of a scan of all
    # (a run-on text names thousands; the robustness suite's 64 KB sentence).
    party_starts = sorted(q.start for q in parties if q.kind == "party")
    ends = cached_list_ends(sentence, tuple(parties), lang)
    suppliers: list[Mention] = []
    recipients: list[Mention] = []
    loose: list[Mention] = []
    owners: list[Mention] = []
    previous: list[Mention] = []  # "ex-Danish F-16s": the previous operator
    made_by: list[Mention] = []  # English "German Leopard 2": the maker's adjective
    gapped: list[Mention] = []  # "..., and Norway eight": a gapped clause's subject
    # "Iraq will join Malaysia and Nigeria in receiving": the parties joined took the step
    # before; the caller gives them their claims (parties.decide).
    before_us = {p.start for p in joined(sentence, tuple(parties), lang)}
    for p in parties:
        if no_party(sentence, p, lang) or p.start in before_us:
            continue
        if gapped_subject(sentence, p, lang):
            gapped.append(p)
            continue
        at = bisect.bisect_left(party_starts, p.end)
        if at < len(party_starts) and party_starts[at] - p.end <= 4:
            continue  # "Yemen's Houthi movement": the state only says where the party is
        if p.kind == "demonym" and any(owns_system(sentence, p, o, pats) for o in others):
            continue  # "the American F-35" speaks of the F-35, not of this system
        if lang == ENGLISH and any(sentence[p.end : o.start] == " " for o in others):
            continue  # so does a state's name used as its adjective ("the US F-16")
        if (
            owns_system(sentence, p, system, pats)
            and not (scope and p.end <= min(lo for lo, _ in scope))
            # Russian "Украинские военные получили норвежские NASAMS": a party nearer the
            # system qualifies it; this demonym qualifies the words right after it.
            and not (lang != ENGLISH and any(p.end <= q.start < system.start for q in parties))
        ):
            # "Russian S-400" names the maker; "the Chinese S-400" names the owner, and
            # "ex-Danish F-16s" (or "Ukraine's first Dutch F-16s", after the new owner's
            # possessive) the previous owner, who passes them on.
            if maker in (None, p.code):
                made_by.append(p)
            elif second_hand(sentence, p, pats) or any(
                q.kind == STATE and q.end < p.start and owns_system(sentence, q, system, pats)
                for q in parties
            ):
                previous.append(p)
            else:
                owners.append(p)
            continue
        role = role_in_scope(sentence, p, lang, ends[p.start], scope)
        if scope and not _in_scope(p, scope) and not apposed_into(sentence, p, pats, scope):
            # Another clause's party counts only if nothing there gives it a role of its own,
            # nor to the list it ends ("переданные Украине Данией и Нидерландами").
            if role == "none" and not _listed_with_role(sentence, p, parties, ends, lang):
                loose.append(p)
        elif role == "supplier":
            suppliers.append(p)
        elif role == "recipient":
            recipients.append(p)
        else:
            loose.append(p)

    if loose and (suppliers or recipients):
        # "the transfers from Denmark and the Netherlands": a list's later members share the
        # role the preposition before its first member gives it.
        for takers in (suppliers, recipients):
            listed = [
                p
                for p in loose
                if sentence[p.end : p.end + 2] not in ("'s", "’s")  # "Turkey's Hurjet"
                and any(
                    q.start < p.start
                    and ends[q.start] == ends[p.start]
                    # "the JF-17 built by Pakistan and China": another system's phrase
                    and not follows_other(sentence, q, system, others)
                    for q in takers
                )
            ]
            takers += listed
            loose = [p for p in loose if p not in listed]
    if not suppliers:
        # "Lithuania delivered its German Leopard 2 tanks": the verb's giver supplies; the
        # maker's adjective only where no party does by pattern.
        suppliers.extend(made_by)
    if not suppliers:
        # "Argentina bought ex-Danish F-16s": the previous operator supplies unless another
        # party does by pattern ("Lithuania gave its ex-German tanks to Ukraine").
        suppliers.extend(previous)
    if recipients and (lang != ENGLISH or not suppliers):
        # "Ukraine received Dutch F-16s", Russian "В Сербию прибыли белорусские МиГ-29": with
        # a receiver named, the owner passes its systems on (second-hand), so it supplies; not
        # to a clause opening on a buyer of its own ("..., and Poland signed for 24").
        own_buyer = (
            len(scope) >= 2
            and scope[0] != scope[1]
            and any(0 <= r.start - scope[1][0] <= CLAUSE_SUBJECT_CHARS for r in recipients)
        )
        suppliers.extend(o for o in owners if not own_buyer or _in_scope(o, scope[1:]))
    else:
        recipients.extend(owners)

    def _said_before(p: Mention, pattern: RulePattern, chars: int) -> bool:
        if pattern is NEVER:  # a language with no such rule: no slice
            return False
        return pattern.search(sentence[max(0, p.start - chars) : p.start]) is not None

    def _counterparty(p: Mention) -> bool:
        return _said_before(p, pats.counterparty_before, 60)

    def _with(p: Mention) -> bool:
        return _said_before(p, pats.counterpart_with, 30)

    def _own_with(p: Mention) -> bool:
        # "... and S-400 systems with Russia": a 'with' phrase right after this system (a
        # gapped deal's other side), not after another one. Russian "контракты на Су-35
        # заключены с Китаем" names the buyer so: its deal's sides are roles.ru.counterparty_before.
        return (
            lang == ENGLISH
            and 0 <= p.start - system.end <= WITH_GAP
            and not follows_other(sentence, p, system, others)
            and sentence[p.end : p.end + 2] not in ("'s", "’s")
            and _with(p)
        )

    def _sells(p: Mention) -> bool:
        # Russian "Вьетнам с Индией обсуждает покупку": a purchase's other side sells.
        return (
            pats.purchase_with is not NEVER
            and _with(p)
            and pats.purchase_with.match(sentence[p.end :]) is not None
        )

    def _governed(p: Mention) -> bool:
        # A party given its role by the words before it ("from France", "to Greece"): a
        # phrase of the noun before it, unlike a subject or a possessive ("India's purchase").
        before = sentence[max(0, p.start - pats.recipient_window) : p.start]
        if sentence[p.end : p.end + 2] in ("'s", "’s"):
            # A possessive is a subject's ("India's purchase") unless a supplier phrase
            # governs its noun ("NASAMS from Norway's Kongsberg": the NASAMS's maker).
            return lang == ENGLISH and bool(pats.supplier_before.search(before))
        return bool(pats.supplier_before.search(before) or pats.recipient_before.search(before))

    def nearest(
        cands: list[Mention], exclude: str | None = None, *, own_only: bool = False
    ) -> str | None:
        chosen = nearest_mention(cands, exclude, own_only=own_only)
        return None if chosen is None else chosen.party

    def nearest_mention(
        cands: list[Mention], exclude: str | None = None, *, own_only: bool = False
    ) -> Mention | None:
        cands = [c for c in cands if c.party != exclude]
        if lang == ENGLISH and others and cands:
            # English phrases attach to the system before them: in "Rafale jets from France
            # and Su-35 jets from Russia" France is the Rafale's, so the Su-35's is Russia.
            own = [
                c
                for c in cands
                if not (follows_other(sentence, c, system, others) and _governed(c))
            ]
            cands = own if own or own_only else cands
        elif lang != ENGLISH and others and cands and own_only:
            # Russian "Турция, закупившая у России С-400, исключена из программы F-35": the
            # phrase is the S-400's; the F-35's maker stands in.
            cands = [c for c in cands if not (precedes_other(c, system, others) and _governed(c))]
        if not cands:
            return None
        return min(cands, key=lambda c: abs(c.start - system.start))

    if pats.benefactive_before is not NEVER and len({p.party for p in recipients}) > 1:
        recipients, buyers = benefactive(sentence, recipients, pats, ends)
        if not suppliers:
            suppliers = buyers  # "Canada bought a NASAMS battery for Ukraine": Canada gives

    # "Peru signed a contract with South Korea for ...": the other side of a contract supplies,
    # unless the maker is named beside it (then the maker is the sentence's seller) or no
    # other party is named at all.
    # The other side of a purchase, a deal or talks, read as a buyer by the words after it, is
    # none: Russian "Чили обсуждает с Францией закупку", English "Malaysia is negotiating with
    # Kuwait to acquire", "Peru reached a deal with Pakistan to buy".
    selling = [p for p in recipients if _sells(p) or _counterparty(p)]
    if selling:
        recipients = [p for p in recipients if p not in selling]
        loose += selling
    # Not the other side of an earlier clause's deal ("signed contracts with Chile, and with
    # Peru, which is buying four": Chile is a buyer); a later one may tell the step's own
    # ("arrived on Monday, under the contract with PZL Mielec").
    sides = (
        [
            p
            for p in loose
            if (_counterparty(p) or _own_with(p) or _sells(p))
            and not (scope and p.end <= min(lo for lo, _ in scope))
        ]
        if not suppliers
        else []
    )
    if sides:
        side = min(sides, key=lambda c: abs(c.start - system.start))
        rest = {p.party for p in parties if p.party not in (None, side.party)}
        if pats.sale_topic_after.match(sentence[side.end : side.end + 120]):
            # "in talks with Indonesia on sales of the missile": the other side buys.
            recipients.append(side)
            loose.remove(side)
        # Only facing a party of its own: "the deal with Poland includes K2 tanks" names the
        # buyer alone, and the maker supplies.
        # A system several states make ("BAE is in talks with Saudi Arabia over the
        # Typhoon"): any of its makers named so is that seller.
        elif rest and maker not in rest and not rest & makers:
            suppliers.append(side)
            loose.remove(side)
    # Another system's supplier phrase is none of this one's where the maker can stand in.
    # The supplier's own mention: the parties listed with it there supply too.
    supplier_at = nearest_mention(suppliers, own_only=maker is not None)
    supplier = None if supplier_at is None else supplier_at.party
    if lang != ENGLISH:
        # Russian "продажи Египту вертолетоносцев, строившихся для ВМФ России": a receiver in
        # a dative that is nothing else, right after the transfer word, outranks a nearer one.
        recipients = [p for p in recipients if governed_dative(sentence, p, pats)] or recipients
    if lang == ENGLISH and len(scope) >= 2 and scope[0] != scope[1]:
        # "The Philippines bought BrahMos in 2022, and Indonesia is in talks for the missile":
        # the cue's own clause names its receiver; a nearer one of the system's clause is its.
        own_clause = [p for p in recipients if _in_scope(p, scope[1:])]
        if not own_clause and recipients and (supplier or maker):
            # "Ukraine has received IRIS-T from Germany, and Slovenia and Latvia have signed
            # contracts": with the giver known (or the maker), a state the cue's clause names
            # in no role of its own is that step's receiver, not the other clause's.
            own_clause = [
                p
                for p in loose
                if _in_scope(p, scope[1:2])
                and p.party not in (None, supplier, maker)
                and not _with(p)
            ]
        recipients = own_clause or recipients
    recipient = nearest(recipients, exclude=supplier)
    if (
        lang == ENGLISH
        and supplier is not None
        and recipients
        and all(p.party in (None, supplier) for p in parties)
    ):
        # "The Pentagon ordered 40 more F-35s from Lockheed Martin", "the Italian navy took
        # delivery of a frigate from Fincantieri": the sentence names no state but the
        # supplier's, and puts it in a buyer's slot too: a home purchase, whatever buyer the
        # rest of the article names.
        return Roles(None, None, domestic=True)
    co_suppliers: tuple[str, ...] = ()
    if supplier_at is not None:
        # Listed with the mention chosen, not another of its state: "Warsaw and Bratislava
        # handed over jets, and Poland has supplied tanks" lists Bratislava with Warsaw, not
        # with the tanks' Poland.
        run = ends[supplier_at.start]
        co_suppliers = tuple(
            dict.fromkeys(
                p.party
                for p in suppliers
                if p.party not in (None, supplier, recipient)
                and ends[p.start] == run
                # "... to Egypt, and Germany sold": a receiver before the next clause's subject
                and not (lang == ENGLISH and _said_before(p, pats.recipient_before, 40))
            )
        )
    more = tuple(
        p.party
        for p in gapped
        if p.party not in (None, supplier, recipient) and p.start > system.end
    )
    takes = bool(more) and lang != ENGLISH and _subject_receives(parties, supplier, recipient)
    if supplier is not None and more and not takes:
        # "... to Ukraine, and Norway eight": a gapped clause's subject supplies too.
        co_suppliers = tuple(dict.fromkeys(co_suppliers + more))
    co_recipients: tuple[str, ...] = ()
    list_end = next((ends[p.start] for p in recipients if p.party == recipient), None)
    if recipient is not None and list_end is not None:
        after = text_after(sentence, list_end, pats)
        if pats.recipient_after.match(after) or pats.supplier_after.match(after):
            list_end = -1  # "to Spain, and Italy bought ...": the last party opens a clause
        co_recipients = tuple(
            dict.fromkeys(
                p.party
                for p in parties
                if p.party is not None
                and p.party not in (supplier, recipient, *co_suppliers)
                and ends.get(p.start) == list_end
                # "despite US sanctions, New Delhi received": listed, but set aside
                and not no_party(sentence, p, lang)
            )
        )
    if supplier is None and fallback:
        # A party listed with the recipient ("bought by Myanmar and Nigeria") is a receiver too,
        # never the lone other party that supplies.
        # Nor the receiver named again ("The Philippines is due to receive ..., agreed
        # between BrahMos Aerospace and Manila's ministry").
        others_loose = [
            p
            for p in loose
            if (list_end is None or ends[p.start] != list_end) and p.party != recipient
        ]
        if maker and any(p.party == maker for p in loose):
            supplier = maker
        elif maker is None and recipient is not None and len({p.party for p in others_loose}) == 1:
            supplier = others_loose[0].party
    if supplier is None and fallback and maker and maker != recipient:
        supplier = maker

    def _unsaid(cands: list[Mention]) -> list[Mention]:
        # "India signed for Rafale jets with France and S-400 systems with Russia": a 'with'
        # party is a deal's other side or a partner; it receives only where no other can.
        said = [c for c in cands if c.party != supplier and not _with(c)]
        return said or cands

    if recipient is None and use_loose:
        # "Norway will send six jets and Denmark 19": a gapped clause's subject gives too.
        giving = {p.party for p in gapped}
        loose = [p for p in loose if p.party not in giving]
        if scope:
            # Russian orders its words freely, so "nearest" misleads across clauses ("..., если
            # США остановят ..."): a party of the system's or the cue's own clause comes first;
            # English "India, which buys Russian arms, signed a deal for Rafale jets": the
            # subject apposed into the clause, not the relative clause's party.
            in_scope = [
                p
                for p in loose
                if _in_scope(p, scope)
                or (lang == ENGLISH and apposed_into(sentence, p, pats, scope))
            ]
            recipient = nearest(_unsaid(in_scope), exclude=supplier)
        if not scope or lang != ENGLISH:
            # English "..., is still being built after Germany refused the engines": a party
            # of another clause is that clause's, so the caller's better guess (the article's
            # buyer) stands; Russian orders its words too freely to tell.
            recipient = recipient or nearest(_unsaid(loose), exclude=supplier)
    if recipient == supplier:
        recipient = None
    if lang == ENGLISH and any(echo_at(sentence, p, system) for p in parties):
        # The subject's own words may make it a receiver the list's nearer member stands for
        # ("Egypt and India bought ..., as did Qatar": India is the recipient).
        first = min(parties, key=lambda m: m.start)
        takes = role_of(sentence, first, lang, ends[first.start]) == "recipient"
        givers = () if takes else (supplier, *co_suppliers)
        echo = echoes(sentence, parties, system, givers, (recipient, *co_recipients))
        co_suppliers = tuple(dict.fromkeys(co_suppliers + echo[0]))
        co_recipients = tuple(dict.fromkeys(co_recipients + echo[1]))
    if lang != ENGLISH and supplier is None and recipient is not None and recipient == maker:
        # "Минобороны России заказало Су-57": the maker's own forces buy at home, no transfer.
        return Roles(None, None, domestic=True)
    if takes and recipient is not None:
        # Russian "Польша получила 14 танков, Чехия — восемь": the gapped subject receives.
        co_recipients = tuple(dict.fromkeys(co_recipients + more))
    return Roles(
        supplier,
        recipient,
        co_suppliers if supplier is not None else (),
        co_recipients if recipient is not None else (),
    )


def _subject_receives(parties: list[Mention], supplier: str | None, recipient: str | None) -> bool:
    """Whether the receiver is named before the giver (Russian puts its subject first: "Польша
    получила от Германии ..."), so that a gapped clause's subject receives too."""
    first = next((p.party for p in parties if p.party in (supplier, recipient)), None)
    return recipient is not None and first == recipient
