"""Layer 6, roles: who supplies and who receives, and whether a predication is a claim at all.

The hand rules read the roles from the clause (``roles.assign_roles``) and from what the
article said before; each pairing then becomes a ``Candidate`` that the decider (the rules'
own answer, or a fitted scorer) turns into no claim, one, or one per listed party. A plain
register sentence keeps the rules' answer whatever the decider says."""

from __future__ import annotations

from armsledger.extract import candidates
from armsledger.extract.candidates import Candidate
from armsledger.extract.clause_scope import main_clauses, with_subject
from armsledger.extract.coordination import (
    companion_parties,
    counterparts_apart,
    gapped_parties,
    joined_parties,
    makers_apart,
    respective,
    suppliers_by_maker,
)
from armsledger.extract.cues import Cue
from armsledger.extract.factuality import reading
from armsledger.extract.gapping import (
    carried_receiver,
    contrast_subject,
    elided_subject,
    english_elided_subject,
    gapped_roles,
)
from armsledger.extract.gazetteer import DEMONYM, Gazetteer
from armsledger.extract.kept_roles import rules_parties_kept
from armsledger.extract.owners import (
    gapped_apart,
    other_adjectives,
    other_origins,
    own_source,
    past_origin,
    transferrer_kept,
)
from armsledger.extract.places import speakers_place
from armsledger.extract.pronouns import (
    pronoun_roles,
    pronoun_state,
    relative_subject,
    speaking_state,
)
from armsledger.extract.record import Decision, Document, Focus, Sentence
from armsledger.extract.relative_clauses import relative_roles, told_party
from armsledger.extract.role_words import no_party
from armsledger.extract.roles import Mention, Roles, assign_roles
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.extract.subjects import other_clause_subjects, subject_buyer
from armsledger.language import ENGLISH, LANGUAGES, RUSSIAN
from armsledger.models import Factuality, Stage

_TABLE = rule_table()
_ADJUNCT_ING = _TABLE["roles.adjunct_ing"]
_REGISTER_OTHER = _TABLE["roles.register_other_party"]
_UNNAMED_BUYERS = {lang: _TABLE.pick("roles.unnamed_buyers", lang) for lang in LANGUAGES}
_OPEN = Roles(None, None)


def decide(doc: Document, sent: Sentence) -> None:
    """The sentence's decisions: every pairing the rules made, then every other one in reach."""
    paired = {(c.start, m.start) for c, m in sent.pairs}
    for original, system in sent.pairs + sent.unpaired:
        cue, fact = reading(sent, original, doc.lang)
        is_pair = (cue.start, system.start) in paired
        # Parties (by start) that are another clause's subjects: no option for this step.
        foreign: set[int] = set()
        # A pairing the rules did not make has no rules' answer to offer (and reading roles
        # for each of them made run-on texts quadratic).
        roles, made = _rule_roles(doc, sent, system, cue) if is_pair else (_OPEN, False)
        vetoed = (original.start, system.start) in sent.vetoed
        # A relative clause's own verb ('the Typhoon, which they bought from Britain') is
        # often left unpaired by the rules: its parties are still the clause's, not the focus's.
        relative = relative_roles(doc, sent, system, cue)
        register = made and relative is None and _register_sentence(sent, system, roles, cue, fact)
        decisions: list[tuple[Roles, Factuality]]
        if not made and doc.lang != ENGLISH:
            # The learned decider knows English words only: in another language it cannot tell
            # a second system's background or comparison ("получил Су-35, которые превосходят
            # израильские F-15") from its step, so it judges the rules' own claims and picks
            # their parties, and proposes none.
            decisions = []
        elif (vetoed or roles.domestic or relative is not None or register) and getattr(
            doc.decider, "pure", False
        ):
            # The answer would be overruled below (no claim, a home purchase, the relative
            # clause's parties, a register sentence's rules): a decider with no other effect
            # is not asked.
            decisions = []
        else:
            foreign = other_clause_subjects(sent, cue, system, doc.lang)
            if doc.lang == ENGLISH:  # "Paris put forward the Rafale, Seoul the KF-21"
                foreign |= {
                    p.start for p in gapped_apart(sent.text, sent.offered, system, sent.systems)
                }
            cand = _candidate(
                doc.gaz,
                sent,
                system,
                cue,
                fact,
                roles,
                (made, is_pair),
                doc.focus,
                foreign,
                vetoed,
                doc.lang,
            )
            decisions = doc.decider.decide(cand)
        if vetoed or roles.domestic:
            # Another system's step: seen by the decider (a scorer is fitted on it), no claim;
            # nor a home purchase the rules read (the decider would lend it another buyer).
            decisions = []
        elif (
            not is_pair
            and doc.lang == ENGLISH
            and decisions
            and not any(
                d.cue.start == cue.start and d.system.value == system.value for d in sent.decisions
            )
            and (rel := relative_subject(sent, cue.start, decisions[0][0])) is not None
        ):
            # "following the Netherlands and Austria, which ordered jointly": the state the
            # relative clause follows, and those listed with it, take its verb's role (where
            # the rules paired the verb with no other mention of the system).
            decisions, roles = [(rel, decisions[0][1])], rel
        elif not is_pair and doc.lang == ENGLISH and _restaged(sent, system, original):
            # Only the parties the rules' own pairing gave (its step told again, which may
            # carry the date), never the other verb's.
            same = {
                (d.roles.supplier, d.roles.recipient)
                for d in sent.decisions
                if d.system.start == system.start and d.cue.stage is cue.stage
            }
            decisions = [(r, f) for r, f in decisions if (r.supplier, r.recipient) in same]
        elif not is_pair and doc.lang == ENGLISH:
            # The cue the rules paired with another mention of this system ("Kuwait, which
            # ordered 28 of the jets, took delivery of its last aircraft") tells one step: its
            # receivers are that pairing's, where it made a claim.
            receivers = {
                d.roles.recipient
                for d in sent.decisions
                if d.cue.start == cue.start and d.system.value == system.value
            }
            if receivers:
                decisions = [(r, f) for r, f in decisions if r.recipient in receivers]
            else:
                decisions = _sentence_buyer_kept(sent, system, decisions)
        if relative is not None:
            # The relative clause's own step ("the F-16 jets it bought from the Netherlands"):
            # its parties, not the main clause's, whom the decider would read for it.
            decisions = [(relative, fact)]
        elif register:
            decisions = [(roles, fact)]
        elif made:
            decisions = rules_parties_kept(doc, sent, system, cue, roles, decisions, foreign)
        elif doc.lang == ENGLISH and (said := doc.focus.roles.get(system.value)) is not None:
            # No rules' claim here ("The contract was signed on Tuesday" after "Denmark is
            # selling used F-16s to Argentina"): the seller the article told of this system
            # before beats the maker the decider guessed.
            makers = doc.gaz.families[system.value].makers
            decisions = [(transferrer_kept(sent, system, makers, said, d), f) for d, f in decisions]
        if (unnamed := _UNNAMED_BUYERS[doc.lang].search(sent.text)) is not None:
            # "... builds the missile for several European states": a buyer the sentence does
            # not name is none of these, however much the article spoke of it; told in the
            # cue's clause, nor is one named only in another clause.
            a, b = clause_of(sent.clauses, cue.start)
            in_clause = a <= unnamed.start() < b
            named = {p.party for p in sent.parties if not in_clause or a <= p.start < b}
            decisions = [(r, f) for r, f in decisions if r.recipient in named]
        if not is_pair and doc.lang == ENGLISH and (own := own_source(sent, system)):
            # "JF-17 jets from Pakistan, A-29 aircraft from the United States and ...": a
            # system of the list that names its own source is supplied from there.
            decisions = [(Roles(own, r.recipient), f) for r, f in decisions if r.recipient != own]
        decisions = _with_listed(decisions, relative if relative is not None else roles)
        if decisions and doc.lang == ENGLISH:
            decisions += joined_parties(sent, decisions[0][0])
            decisions += gapped_parties(sent, cue.end, decisions)
            decisions += companion_parties(sent, cue, decisions)
        sent.decisions += [Decision(cue, system, r, f) for r, f in decisions]

    if doc.lang == ENGLISH:
        sent.decisions = respective(sent)
        sent.decisions = makers_apart(sent, doc.gaz)
        sent.decisions = counterparts_apart(sent, doc.gaz)
    sent.decisions = suppliers_by_maker(sent, doc.gaz)


def _restaged(sent: Sentence, system: Mention, cue: Cue) -> bool:
    """Whether the rules paired ``system`` with another cue of ``cue``'s stage: "Morocco bought
    Apache helicopters from the US and sold Mirage F1 jets to Ukraine" has the Mirage's sale
    under "sold": "bought" pairing with it may only repeat that step, not give it the first
    verb's parties."""
    return any(
        m.start == system.start and c.stage is cue.stage and c.start != cue.start
        for c, m in sent.pairs
    )


def _with_listed(
    decisions: list[tuple[Roles, Factuality]], rules: Roles
) -> list[tuple[Roles, Factuality]]:
    """Each decision that kept the rules' supplier (recipient), repeated for the parties listed
    with it ("Germany and the Netherlands delivered", "to China and India": two claims)."""
    out = []
    for roles, fact in decisions:
        out.append((roles, fact))
        mates = []
        if roles.supplier == rules.supplier:
            mates += [Roles(co, roles.recipient) for co in rules.co_suppliers]
        if roles.recipient == rules.recipient:
            mates += [Roles(roles.supplier, co) for co in rules.co_recipients]
        for mate in mates:
            if mate.supplier != mate.recipient and (mate, fact) not in out:
                out.append((mate, fact))
    return out


def _rule_roles(doc: Document, sent: Sentence, system: Mention, cue: Cue) -> tuple[Roles, bool]:
    """The hand rules' supplier and recipient, and whether they would make a claim at all."""
    text, parties, clauses, focus = sent.text, sent.parties, sent.clauses, doc.focus
    family = doc.gaz.families[system.value]
    before = focus.roles.get(system.value)
    told = told_party(doc, sent, system, cue)
    if told is not None:
        # "Slovakia donated to Ukraine the MiG-29 jets it had bought from Russia": the relative
        # clause's party is its own verb's, none of the main clause's.
        parties = [p for p in parties if p is not told]
    if doc.lang == RUSSIAN:
        # "В Москве передачу назвали нарушением": where officials speak is no party.
        parties = [p for p in parties if not speakers_place(text, p)]
    if doc.lang == ENGLISH:
        elsewhere = other_origins(text, parties, family.makers, sent.systems)
        elsewhere += other_adjectives(text, parties, system, sent.systems)
        elsewhere += gapped_apart(text, parties, system, sent.systems)
        parties = [p for p in parties if p not in elsewhere]

    def read(named: list[Mention]) -> Roles:
        return assign_roles(
            text,
            system,
            named,
            family.maker,
            main_clauses(text, clauses, system.start, cue.start, doc.lang),
            tuple(m for m in sent.systems if m.value != system.value),
            use_loose=not (sent.referenced and before is not None),
            lang=doc.lang,
            makers=frozenset(family.makers),
        )

    roles = read(parties)
    if doc.lang == ENGLISH and roles.supplier in family.makers:
        roles = past_origin(text, parties, family.makers, roles, read)
    if roles.domestic:
        # "It signed a deal for Israel Aerospace Industries' Barak MX": the pronoun stands for
        # the state the sentence before began with, a buyer from abroad, not a home purchase.
        state = pronoun_state(doc, sent)
        if state is None or any(p.party == state for p in parties):
            return roles, False
        roles = _OPEN
    # A state named only as the one licensing another's transfer ("Washington approved the
    # re-export") is set aside by the rules, and the one maker's adjective ("the jets are
    # American-built") names no seller: either as supplier is the maker's guess, which the
    # seller the article told of before beats.
    named_supplier = roles.supplier is not None and any(
        p.party == roles.supplier
        and not no_party(text, p, doc.lang)
        and not (p.kind == DEMONYM and p.party == family.maker)
        for p in parties
    )
    resolved = pronoun_roles(doc, sent, cue.start, roles)
    if resolved is not None:
        # "It took its first Su-30 jets in 2007": the state the sentence before began with
        named_supplier = named_supplier or resolved.supplier != roles.supplier
        roles = resolved
    # "... builds the missile for several European states": buyers of its own, not the
    # article's buyer told before.
    unnamed = _UNNAMED_BUYERS[doc.lang].search(text) is not None
    if before is not None:
        # What the article said of this system before fills what this sentence leaves open
        # (a named party beats it; the maker, a guess, does not).
        supplier = roles.supplier
        if (
            not named_supplier
            and before.supplier
            and before.supplier != roles.recipient
            # a second-hand seller told before ("Belgium has promised 30 F-16s to Ukraine")
            # sells on only to its own buyer, not to a new one ("Denmark bought its first
            # batch in 1975"): the maker stands in
            and (
                before.supplier in family.makers
                or not family.makers
                or roles.recipient in (None, before.recipient)
            )
        ):
            supplier = before.supplier
        # "Poland ordered 48 FA-50s in 2022; the first 12 were delivered in 2023": the
        # buyer this sentence named for the system beats the one the article named before.
        # Several such buyers are a list ("Интерес проявляли Катар и Египет, однако
        # контрактов с ними не последовало"): each is the buyer.
        buyers = _sentence_buyers(sent, parties, system.value)
        buyers = buyers or (subject_buyer(sent, cue, supplier) if doc.lang == ENGLISH else ())
        recipient = (
            roles.recipient
            or (buyers[0] if buyers else None)
            or (before.recipient if before.recipient != supplier and not unnamed else None)
        )
        co = roles.co_suppliers if supplier == roles.supplier else ()
        # "... to Chad, Mali and Niger": the buyers listed with this sentence's own buyer
        co_to = roles.co_recipients if recipient == roles.recipient else buyers[1:]
        roles, named_supplier = Roles(supplier, recipient, co, co_to), True
    if doc.lang == ENGLISH:
        roles, named_supplier = english_elided_subject(text, parties, cue, roles, named_supplier)
    elif (gapped := gapped_roles(text, clauses, system, cue.start, parties, roles)) is not None:
        # "Индия получила С-400, а Китай — Су-35": the gapped clause's own parties
        roles, named_supplier = gapped, True
    elif (elided := elided_subject(text, parties, cue.start, roles)) is not None:
        # "Словакия вывела МиГ-29 из эксплуатации, а в 2023 году передала их Украине"
        roles, named_supplier = elided, named_supplier or elided.supplier != roles.supplier
    elif (contrast := contrast_subject(text, parties, system, cue, roles)) is not None:
        # "Сербия уже получила «Панцири», а Венгрия только планирует закупку"
        roles, named_supplier = contrast, named_supplier or contrast.supplier != roles.supplier
    elif (carried := carried_receiver(text, parties, system, cue, roles)) is not None:
        # "Иран получил Як-130, а поставка Су-35 ожидается позже"
        roles = carried
    if (
        not named_supplier
        and cue.stage is Stage.DELIVERY
        and _ADJUNCT_ING.search(text, max(0, cue.start - 12), cue.end)
    ):
        # "Warsaw has been rebuilding ... after sending its T-72s to Ukraine": the giver of
        # an adjunct "after sending" is the sentence's subject.
        subject = next((p.party for p in parties if p.start < cue.start), None)
        if subject and subject != roles.recipient:
            roles, named_supplier = Roles(subject, roles.recipient), True
    if roles.supplier is None and family.maker and family.maker != roles.recipient:
        roles = Roles(family.maker, roles.recipient)
    speaker = speaking_state(sent) if doc.lang == ENGLISH else None
    if roles.recipient is None and speaker not in (None, roles.supplier) and not unnamed:
        # "Argentina's Ministry of Defence said the F-16s bought from Denmark are due":
        # the speaking state's own purchase, not the article's buyer from before.
        roles = Roles(roles.supplier, speaker, roles.co_suppliers)
    buyer = _sentence_buyer(sent, parties)
    if (
        roles.recipient is None
        and focus.recipient
        and buyer is not None
        and buyer != roles.supplier
        and not unnamed
    ):
        # "Армения получила гаубицы ATAGS, а поставки комплексов Akash планируется начать":
        # a clause naming no buyer goes on with the buyer its sentence named for another
        # system, not the article's buyer from before (where there is one: a sentence's
        # background clause makes no claim it would not make without it).
        roles = Roles(roles.supplier, buyer, roles.co_suppliers)
    if (
        roles.recipient is None
        and focus.recipient
        and focus.recipient != roles.supplier
        and not unnamed
    ):
        # A sentence naming no buyer continues the article's buyer.
        roles = Roles(roles.supplier, focus.recipient, roles.co_suppliers)
    # A domestic programme, or a system named with no transfer in sight, makes no claim.
    made = roles.supplier != roles.recipient and (roles.recipient is not None or named_supplier)
    return roles, made


def _sentence_buyer_kept(
    sent: Sentence, system: Mention, decisions: list[tuple[Roles, Factuality]]
) -> list[tuple[Roles, Factuality]]:
    """``decisions`` with the buyer the rules' own pairing of this system named in the sentence
    ("building three submarines for Israel, the first of which is due for delivery in 2031")
    where the decider chose one the sentence does not name (the article's buyer)."""
    buyer = _sentence_buyer(sent, sent.parties, system.value)
    if buyer is None:
        return decisions
    named = {p.party for p in sent.parties}
    return [
        (Roles(r.supplier, buyer), f)
        if r.recipient is not None and r.recipient not in named and r.supplier != buyer
        else (r, f)
        for r, f in decisions
    ]


def _sentence_buyers(
    sent: Sentence, parties: list[Mention], system: str | None = None
) -> tuple[str, ...]:
    """The buyers the sentence's claims so far (of ``system``, if given) name among
    ``parties``, in the order the sentence names them."""
    order = {p.party: i for i, p in reversed(list(enumerate(parties))) if p.party is not None}
    buyers = {
        r
        for d in sent.decisions
        if (system is None or d.system.value == system) and (r := d.roles.recipient) in order
    }
    return tuple(sorted(buyers, key=lambda r: order[r]))


def _sentence_buyer(
    sent: Sentence, parties: list[Mention], system: str | None = None
) -> str | None:
    """The one buyer the sentence's claims so far (of ``system``, if given) name among
    ``parties``, if one."""
    buyers = _sentence_buyers(sent, parties, system)
    return buyers[0] if len(buyers) == 1 else None


def _candidate(
    gaz: Gazetteer,
    sent: Sentence,
    system: Mention,
    cue: Cue,
    fact: Factuality,
    roles: Roles,
    made_paired: tuple[bool, bool],
    focus: Focus,
    foreign: set[int],
    vetoed: bool = False,
    lang: str = ENGLISH,
) -> Candidate:
    family = gaz.families[system.value]
    return Candidate(
        candidates.Context(
            sentence=sent.text,
            cue=cue,
            system=system,
            category=family.category,
            makers=family.makers,
            parties=tuple(p for p in sent.offered if p.start not in foreign),
            clause=(
                with_subject(sent.text, sent.clauses, clause_of(sent.clauses, cue.start))
                if lang == ENGLISH
                else clause_of(sent.clauses, cue.start)
            ),
            system_clause=clause_of(sent.clauses, system.start),
            other_cues=tuple(c for c in sent.cues if c is not cue),
            n_systems=len({m.value for m in sent.systems}),
            is_headline=sent.is_headline,
            referenced=sent.referenced,
            source=sent.attribution.source,
            verb_end=sent.attribution.verb_end,
            focus=focus.roles.get(system.value),
            doc_recipient=focus.recipient,
            system_count=focus.system_counts[system.value],
            top_system=focus.top_system == system.value,
            party_ranks=focus.party_ranks,
            rule_roles=roles,
            rule_fact=fact,
            rule_made=made_paired[0],
            paired=made_paired[1],
            vetoed=vetoed,
            lang=lang,
        )
    )


def _register_sentence(
    sent: Sentence, system: Mention, roles: Roles, cue: Cue, fact: Factuality
) -> bool:
    """A plain register sentence ("X delivered D to Y", "Y has received D from X"): one named
    system, an asserted delivery or sale, and in one clause the subject party, the cue, the
    system and the other party in that order, with the roles the rules gave them. The rules
    read it right, so no learned decider may drop it (issue 11)."""
    if sent.referenced or fact is not Factuality.ASSERTED or len(sent.systems) != 1:
        return False
    if cue.stage not in (Stage.DELIVERY, Stage.AGREEMENT):
        return False
    parties = [p for p in sent.parties if p.party is not None]
    if {p.party for p in parties} != {roles.supplier, roles.recipient} or len(parties) != 2:
        return False
    first, second = parties
    clause = clause_of(sent.clauses, cue.start)
    return (
        clause[0] <= first.start
        and first.end <= cue.start
        and cue.end <= system.start
        and system.end <= second.start
        and second.end <= clause[1]
        and _REGISTER_OTHER.search(sent.text, system.end, second.start) is not None
    )
