"""Layer 7, time: which step of a sentence each of its dates belongs to (``_owned``, asked by
``timing`` for the step it dates). A time expression dates the step of its own clause (the cue
before it, else the next one), unless it is another verb's: one in a relative clause that closes
before the next cue ("which was approved in 2010, will send"), or one before a verb whose object
a participle cue only describes ("yesterday unveiled the jets bought from"); one that opens a new
conjunct right before its verb ("in April and in May asked for") is that verb's. A bare year right
before a step noun ("a 2017 contract") is that noun's. A date in an aside that describes a name
before the step, or in an -ing lead-in ("After ordering them in 2019, Serbia received"), is not
the step's. A step told in a phrase counted after it ("..., five years after Abuja ordered
them") takes the date beside the phrase counted back (``counted_back_dates``), and a Russian
gapped clause's system the time after its dash (``gapped_dates``). Split from ``timing``, which
chooses among a clause's dates and the report's."""

from __future__ import annotations

from dataclasses import replace

from armsledger.extract.cues import Cue
from armsledger.extract.morphology import is_verb_form
from armsledger.extract.record import Decision, Sentence
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.extract.timex import COUNTED, Timex, agreed
from armsledger.extract.timex_resolve import count, month_of, published_span, shift
from armsledger.language import ENGLISH, LANGUAGES, RUSSIAN

_TABLE = rule_table()
_WHEN_CLAUSE = {lang: _TABLE.pick("time.when_clause_after", lang) for lang in LANGUAGES}
_COUNTED_TO_NEXT = _TABLE["time.counted_to_next"]
_RELATIVE = _TABLE["time.relative_clause"]
_ATTRIBUTIVE_GAP = _TABLE["time.attributive_gap"]  # English; Russian dating is tuned on its own
_PARTICIPLE_FROM = _TABLE["time.participle_from"]
_AUXILIARY = _TABLE["time.auxiliary_before"]
_MAIN_VERB_AFTER = _TABLE["time.main_verb_after"]
_STEP_NOUN_SUBJECT = _TABLE["time.step_noun_subject"]
_APPOSITION = _TABLE["time.apposition"]
_CLOSED_ASIDE = _TABLE["time.closed_aside"]
_GERUND_LEAD = _TABLE["time.gerund_lead"]
_FRONTED_LEAD = _TABLE["time.fronted_lead"]
_FOLLOWED_BY = _TABLE["time.followed_by"]
_PARTICIPLE_ADJUNCT = _TABLE["time.participle_adjunct"]
_PARTICIPLE_HEAD = _TABLE["time.participle_head"]
# How far before a participle cue the comma that opens its phrase stands (", thus ").
ADJUNCT_CHARS = 12
_PARTY_DATE = {lang: _TABLE.pick("time.party_date", lang) for lang in LANGUAGES}
_CONJUNCT_OPENER = _TABLE["time.conjunct_opener"]
_CONJUNCT_VERB = _TABLE["time.conjunct_verb"]
# How far before a date the conjunction that opens its conjunct is looked for ("and only ").
CONJUNCT_OPENER_CHARS = 20
_POINT_BEFORE_WHEN = _TABLE["time.point_before_when"]
_BEFORE_VERB_RU = _TABLE["time.ru.before_verb"]
_GAP_TIME_AFTER = _TABLE.pick("roles.gap_time_after", RUSSIAN)
_COUNT_AFTER = _TABLE["time.count_after"]
# How far after "five years after" the earlier step's cue may stand ("three months after the
# government announced it had bought": ~40 characters); no comma between.
COUNT_AFTER_REACH = 80
# The word without which time.count_after cannot match: a quick test, as timex.UNIT_WORDS are
# for the time patterns (the pattern itself is in the rule table).
COUNT_AFTER_WORD = "after"


def _owned(
    events: list[Timex],
    sentence: str,
    cue: Cue,
    cues: list[Cue],
    clauses: list[tuple[int, int]],
    lang: str,
) -> str | None:
    # Each date belongs to the cue before it in its clause ("signed in 2018 and delivered in
    # 2020"), else to the next cue ("in 2018 it signed").
    # (By position: a cue recast as another stage, "plans to buy", is a copy of the found one.)
    # A bare year right before a step noun ("a 2017 contract") is that noun's; the noun then
    # takes no other date of its clause ("delivered them under a 2017 contract in 2023").
    counted = [(t.start, t.end) for t in events if t.kind in COUNTED] if lang == ENGLISH else []
    if counted:
        # "on March 5, a month after the order": a deal noun inside a counted span is where the
        # count starts, so it owns no date of the sentence (they are the other step's).
        cues = [c for c in cues if not any(s <= c.start and c.end <= e for s, e in counted)]
    attributed = {
        t.start: c for t in events if (c := _qualified(t, cues, sentence, lang)) is not None
    }
    taken = {(c.start, c.end) for c in attributed.values()}
    mine = [
        t
        for t in events
        if _same(attributed.get(t.start) or _owner(t, cues, clauses, sentence, lang, taken), cue)
        and not (lang == ENGLISH and _aside(sentence, cue, t))
    ]
    if mine:
        # A count from the news ("comes weeks after ... took delivery in April") yields to a
        # date the step's own words give.
        return min(
            mine,
            key=lambda t: (
                _counted_to_next(sentence, t),
                lang == ENGLISH and _fronted(sentence, cue, t),
                abs(t.start - cue.end),
            ),
        ).value
    if lang == ENGLISH:
        return _told_again(events, sentence, cue, cues, clauses)
    return None


def _told_again(
    events: list[Timex],
    sentence: str,
    cue: Cue,
    cues: list[Cue],
    clauses: list[tuple[int, int]],
) -> str | None:
    """The date of a point in time right after ``cue`` in its clause that a 'when' clause then
    tells of ("reached Peru in 1995, when Moscow sold them": time.point_before_when); the date
    dates both steps, the step before it included."""
    clause = clause_of(clauses, cue.start)
    for t in events:
        if (
            cue.end <= t.start < clause[1]
            and not any(cue.end <= c.start < t.start for c in cues)
            and _WHEN_CLAUSE[ENGLISH].match(sentence, t.end)
            and _POINT_BEFORE_WHEN.match(sentence, t.start)
        ):
            return t.value
    return None


def _counted_to_next(sentence: str, t: Timex) -> bool:
    """Is ``t`` a count from the news that ends on 'after' ("The move comes two weeks after
    Lima signed": time.counted_to_next)?"""
    return t.kind in ("ago", "fewago") and bool(
        _COUNTED_TO_NEXT.fullmatch(sentence, t.start, t.end)
    )


def _fronted(sentence: str, cue: Cue, t: Timex) -> bool:
    """Is the date in a subordinate phrase that opens the sentence and closes with a comma
    before the step ("After the coup in July 2019, Lima froze ...": time.fronted_lead)? Then
    it is the subordinate event's, and any date of the step's own clause beats it."""
    return (
        t.end <= cue.start
        and "," in sentence[t.end : cue.start]
        and _FRONTED_LEAD.search(sentence[: t.start]) is not None
    )


def _aside(sentence: str, cue: Cue, t: Timex) -> bool:
    """Is the date in an aside that describes a name before the step ("Serbia, a buyer of
    Russian arms since 2006, received them in 2020"), or in a lead-in of an -ing verb ("After
    ordering them in 2019, Serbia received")? It closes with a comma before the cue."""
    if t.end > cue.start or "," not in sentence[t.end : cue.start]:
        return False
    opens = sentence.rfind(",", 0, t.start)
    if _GERUND_LEAD.search(sentence[max(opens, 0) : t.start]):
        return True  # "Two years after ordering them in 2019, Serbia received": the -ing's
    return opens >= 0 and _APPOSITION.search(sentence[opens : t.start]) is not None


def origin_participle(sentence: str, cue: Cue) -> bool:
    """Is ``cue`` a participle describing a thing by its origin ("jets bought from Sweden",
    "frigates built by Fincantieri": time.participle_from)?"""
    return _PARTICIPLE_FROM.match(sentence, cue.start) is not None


def _same(a: Cue | None, b: Cue) -> bool:
    return a is not None and (a.start, a.end) == (b.start, b.end)


def _qualified(t: Timex, cues: list[Cue], sentence: str, lang: str) -> Cue | None:
    """The step noun a bare year qualifies ("the 2016 deal"), if any."""
    if lang != ENGLISH or t.kind != "yearonly":
        return None
    after = next((c for c in cues if c.start >= t.end), None)
    if after is None or not _ATTRIBUTIVE_GAP.fullmatch(sentence, t.end, after.start):
        return None
    return after


def _owner(
    t: Timex,
    cues: list[Cue],
    clauses: list[tuple[int, int]],
    sentence: str,
    lang: str,
    taken: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> Cue | None:
    # A date inside a cue's own words ("a contract signed in May 2011 for the delivery of") is
    # that cue's: neither the cue before it nor the next one.
    holding = [
        c for c in cues if c.start <= t.start and t.end <= c.end and (c.start, c.end) not in taken
    ]
    if holding:
        return holding[-1]
    after = [c for c in cues if c.start >= t.end]
    if after and (
        _WHEN_CLAUSE[lang].match(sentence, t.end)
        or _opens_conjunct(sentence, t, after[0], lang)
        # "The move comes two weeks after Lima signed": the count's own step
        or _counted_to_next(sentence, t)
    ):
        return after[0]
    if _opens_conjunct_of_other_verb(sentence, t, lang):
        return None  # "halted the sale and only in June let it proceed": the other verb's
    clause = clause_of(clauses, t.start)
    # "took the jets (ordered in 2021) on Tuesday": a cue in an aside that closes right before
    # the date does not own it; the step the aside interrupts does.
    # The aside may cut the clause ("- bought in 2022 - on Monday"): read from where it opens.
    aside = _CLOSED_ASIDE.search(sentence[: t.start]) if lang == ENGLISH else None
    start = clause[0]
    if aside is not None:
        start = min(start, clause_of(clauses, max(aside.start() - 1, 0))[0])
    before = [
        c
        for c in cues
        if start <= c.start
        and c.end <= t.start
        and (c.start, c.end) not in taken
        and not (aside is not None and aside.start() <= c.start)
    ]
    if (
        before
        and after
        # a year right after its noun qualifies it ("по контракту 2018 года")
        and sentence[before[-1].end : t.start].strip()
        and _verb_after(sentence, t, after[0], lang)
    ):
        return after[0]
    if before:
        if lang == ENGLISH and _described_then_told(sentence, before[-1], t):
            # "Deliveries of the jets ordered by Lima will begin in 2027": the main verb's
            # subject is the step noun that opens the clause, and the date is that noun's.
            head = before[0]
            subject = len(before) > 1 and _STEP_NOUN_SUBJECT.search(sentence[start : head.start])
            return head if subject else None
        return before[-1]
    # "The deal, which was approved in late 2010, will send jets": a date in a relative clause
    # that closes before the next cue (or with none after it) is its own verb's, not a step's.
    rel = _RELATIVE.match(sentence, clause[0]) if lang == ENGLISH else None
    inside = rel is not None and "," not in sentence[rel.end() : t.start]
    if inside and (not after or "," in sentence[t.end : after[0].start]):
        return None
    if after and lang == ENGLISH and _describes(sentence, after[0], t):
        return None
    # Past the clauses' cues: the last one, but not a noun a year already qualifies.
    free = [c for c in cues if (c.start, c.end) not in taken] or cues
    return after[0] if after else (free[-1] if free else None)


def _verb_after(sentence: str, t: Timex, cue: Cue, lang: str) -> bool:
    """Russian: is ``cue`` a verb right after date ``t``, with at most its subject between
    ("Минск до конца года получит": time.ru.before_verb)? Russian puts the adverbial before the
    verb it dates."""
    if lang != RUSSIAN or not _BEFORE_VERB_RU.fullmatch(sentence, t.end, cue.start):
        return False
    words = sentence[cue.start : cue.end].split()
    return bool(words) and is_verb_form(words[0])


def _opens_conjunct(sentence: str, t: Timex, cue: Cue, lang: str) -> bool:
    """Does date ``t`` open a new conjunct right before its verb ``cue`` ("... in April and in
    May asked for launchers": time.conjunct_opener)?"""
    return (
        lang == ENGLISH
        and not sentence[t.end : cue.start].strip()
        and _after_conjunction(sentence, t)
    )


def _opens_conjunct_of_other_verb(sentence: str, t: Timex, lang: str) -> bool:
    """Does date ``t`` open a new conjunct right before a verb that is no stage cue ("halted the
    sale pending an audit and only in June let it proceed": time.conjunct_verb)?"""
    return (
        lang == ENGLISH
        and _CONJUNCT_VERB.match(sentence, t.end) is not None
        and _after_conjunction(sentence, t)
    )


def _after_conjunction(sentence: str, t: Timex) -> bool:
    """Does a conjunction that opens a new conjunct stand right before date ``t`` ("and only in
    June", time.conjunct_opener)?"""
    before = sentence[max(0, t.start - CONJUNCT_OPENER_CHARS) : t.start]
    return _CONJUNCT_OPENER.search(before) is not None


def _describes(sentence: str, cue: Cue, t: Timex) -> bool:
    """Is ``cue``, the first after date ``t``, a participle that only describes a thing ("the
    first of 36 jets bought from Sweden"), with the date's own verb between them ("yesterday
    unveiled")? Then the date is that verb's."""
    return (
        t.end < cue.start
        and origin_participle(sentence, cue)
        and not _AUXILIARY.search(sentence[: cue.start])
        and len(sentence[t.end : cue.start].split()) >= 2
    )


def _described_then_told(sentence: str, cue: Cue, t: Timex) -> bool:
    """Is ``cue`` a participle that only describes the subject, with the clause's own verb
    between it and date ``t`` ("boats ordered by Pakistan was launched on Friday")? Then the
    date is that verb's."""
    return (
        origin_participle(sentence, cue)
        and not _AUXILIARY.search(sentence[: cue.start])
        and _MAIN_VERB_AFTER.search(sentence, cue.end, t.start) is not None
    )


def party_dates(sent: Sentence, dated: list[Decision], lang: str) -> list[Decision]:
    """Decisions of one cue that list several receivers (or suppliers), each dated by the date
    right after its own name ("ordered by Chile in 2019 and Peru in 2021": Peru's is 2021):
    the clause's date read once is the first member's (time.party_date)."""
    out = []
    for d in dated:
        mates = [o for o in dated if o.cue is d.cue and o.system.value == d.system.value]
        for role in ("recipient", "supplier"):
            code = getattr(d.roles, role)
            if code is None or len({getattr(o.roles, role) for o in mates}) < 2:
                continue
            found = [
                m
                for p in sent.parties
                if p.party == code and (m := _PARTY_DATE[lang].match(sent.text, p.end))
            ]
            if len(found) == 1:
                year, month = found[0].group("year"), found[0].group("month")
                when = f"{year}-{month_of(found[0]):02d}" if month else year
                d = Decision(d.cue, d.system, d.roles, d.fact, when)
                break
        out.append(d)
    return out


def system_dates(
    text: str, cues: list[Cue], dated: list[Decision], found: tuple[Timex, ...]
) -> list[Decision]:
    """Decisions of one cue that list several systems, each with a date in its own conjunct
    ("bought F-16 jets in 2005 and Leopard tanks in 2007", "received K-8 jets in 2019 and
    Mi-17 helicopters in March that year"): each system takes the date told between its name
    and the next one's (the last one's: up to the next cue), its first where the item tells
    more ("F-16 jets in 2009 and two more in 2016"). Only where every system of the cue has
    such a date, and the verb comes before them all with no other cue among
    them; "bought F-16 jets and Leopard tanks in 2007" shares its date."""
    out = list(dated)
    for cue in {id(d.cue): d.cue for d in dated}.values():
        mine = [i for i, d in enumerate(dated) if d.cue is cue]
        # A system named twice in a row ("M1A2 SEPv3 Abrams tanks (2022)") is one item: its
        # first mention starts it.
        first: dict[str, int] = {}
        for i in sorted(mine, key=lambda i: dated[i].system.start):
            first.setdefault(dated[i].system.value, dated[i].system.start)
        starts = sorted(first.values())
        if len({dated[i].system.value for i in mine}) < 2 or cue.end > starts[0]:
            continue
        end = min([c.start for c in cues if c.start > cue.start] + [len(text)])
        if end <= starts[-1]:
            continue  # another verb among the systems: their dates may be its
        own: dict[int, str] = {}
        for n, start in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else end
            inside = [t.value for t in found if t.value and start < t.start and t.end <= stop]
            if not inside:
                break
            own[start] = inside[0]
        else:
            for i in mine:
                d = dated[i]
                out[i] = Decision(d.cue, d.system, d.roles, d.fact, own[first[d.system.value]])
    return out


def followed_dates(text: str, dated: list[Decision], found: tuple[Timex, ...]) -> list[Decision]:
    """ "Four jets arrived in May 2021, followed by trainers and bombers in 2023": a system named
    in the 'followed by' phrase after its step's cue takes the first date told in that phrase
    (up to a semicolon), not the date of the step before the comma."""
    m = _FOLLOWED_BY.search(text)
    if m is None:
        return dated
    stop = text.find(";", m.end())
    stop = len(text) if stop < 0 else stop
    inside = [t.value for t in found if t.value and m.start() < t.start and t.end <= stop]
    if not inside:
        return dated
    return [
        Decision(d.cue, d.system, d.roles, d.fact, inside[0])
        if d.cue.end <= m.start() and m.end() <= d.system.start < stop
        else d
        for d in dated
    ]


def gapped_dates(text: str, dated: list[Decision], found: tuple[Timex, ...]) -> list[Decision]:
    """Russian "купила гаубицы Dana в 2021 году, а ЗРК Tor — через год": the system of a gapped
    clause that names its object first takes the date told after its dash
    (roles.ru.gap_time_after), not the first clause's."""
    out = []
    for d in dated:
        gap = _GAP_TIME_AFTER.match(text, d.system.end) if d.cue.end <= d.system.start else None
        told = (
            None
            if gap is None
            else next((t.value for t in found if t.value and t.start >= gap.start()), None)
        )
        out.append(d if told is None else replace(d, when=told))
    return out


def counted_back_dates(
    text: str, dated: list[Decision], found: tuple[Timex, ...]
) -> list[Decision]:
    """ "In May Abuja commissioned the jets, five years after it ordered them": a step told in a
    phrase counted after an earlier step (time.count_after) is dated by the date told beside
    the phrase (before it, else after it), counted back to the unit's precision ("five years":
    the year). A date of the step's own, other than that one, stands."""
    if COUNT_AFTER_WORD not in text:
        return dated  # most sentences: time.count_after cannot match (a quick test)
    out = []
    for d in dated:
        m = next(
            (
                m
                for m in _COUNT_AFTER.finditer(text, 0, d.cue.start)
                if d.cue.start - m.end() <= COUNT_AFTER_REACH
                and not any(ch in ",;" for ch in text[m.end() : d.cue.start])
            ),
            None,
        )
        if m is None:
            out.append(d)
            continue
        before = [t for t in found if t.value and t.end <= m.start()]
        # A phrase opening the sentence is closed by a comma before the main clause's date
        # ("Five years after ordering them, Abuja on Friday received ..."); without one the
        # step is the main clause's own ("Two years after independence Abuja ordered ...").
        after = [
            t
            for t in found
            if t.value and t.start >= d.cue.end and "," in text[d.cue.end : t.start]
        ]
        ref = before[-1].value if before else after[0].value if after else None
        span = published_span(ref)
        if span is None or (d.when is not None and d.when != ref):
            out.append(d)
            continue
        unit, n = m.group("unit"), count(m.group("num"))
        if unit == "year" and m.group("unit2") == "month":
            unit, n = "month", 12 * n + count(m.group("more"))
        out.append(replace(d, when=agreed(shift(span[0], unit, -n), shift(span[1], unit, -n))))
    return out


def participle_dates(text: str, dated: list[Decision], found: tuple[Timex, ...]) -> list[Decision]:
    """ "In March Lima chose the K9, ordering 24 guns from Hanwha": a step told in a participle
    phrase after a comma, with no date of its own in the phrase, takes the date of the main
    clause's step before the comma (time.participle_adjunct)."""
    out = []
    for d in dated:
        comma = text.rfind(",", 0, d.cue.start)
        if (
            d.when is None
            and comma >= 0
            and _PARTICIPLE_HEAD.match(text, d.cue.start)
            and _PARTICIPLE_ADJUNCT.search(text, max(0, d.cue.start - ADJUNCT_CHARS), d.cue.start)
            and not any(t.value and t.start > comma for t in found)
        ):
            main = [o for o in dated if o.when and o.cue.end <= comma]
            if main:
                when = max(main, key=lambda o: o.cue.start).when
                d = Decision(d.cue, d.system, d.roles, d.fact, when)
        out.append(d)
    return out
