"""The record ``extract()`` fills in, layer by layer: one ``Document`` per article and one
``Sentence`` per sentence read. Each layer module reads what the layers before it wrote and
adds its own fields; nothing else is passed between them (see ``pipeline``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from armsledger.extract.attribution import Attribution
from armsledger.extract.cue_rules import Rules
from armsledger.extract.cues import Cue
from armsledger.extract.gazetteer import Gazetteer
from armsledger.extract.roles import Mention, Roles
from armsledger.extract.scorer import Decider
from armsledger.extract.sentences import SentenceIndex
from armsledger.models import Article, Claim, Factuality, Stage

NO_ATTRIBUTION = Attribution(None, (), None)


@dataclass
class Focus:
    """What the article has in focus so far: the last system and each system's parties."""

    system: Mention | None = None
    roles: dict[str, Roles] = field(default_factory=dict)
    last_source: str | None = None
    last_outlet: str | None = None  # Russian: the outlet a later "издание" stands for
    heard_to: int = 0  # Russian: where the speakers of sentences not read were noted up to
    recent: list[str] = field(default_factory=list)  # families named so far, latest last
    # The last sentence that named systems: where it ends and the families it named ("the
    # contract" in the very next sentence is most likely its system's).
    last_named: tuple[int, tuple[str, ...]] = (-1, ())
    last_deals: tuple[str, ...] = ()  # of those, the ones it told a deal (an agreement) of
    recipient: str | None = None  # the latest recipient: articles mostly follow one buyer
    stage: Stage | None = None  # the latest claim's stage: what "the package" is at
    # The step of the last package told without its systems ("approved a $6 billion arms
    # package for Taiwan"): what "the package includes" continues, whatever claim came between.
    package: Stage | None = None
    # How often the whole article names each system, the one it names most (its topic), and
    # each party's rank by how often it is named (its actors).
    system_counts: Counter[str] = field(default_factory=Counter)
    top_system: str | None = None
    party_ranks: dict[str, int] = field(default_factory=dict)


@dataclass
class Document:
    """One article as the layers see it; offsets index ``text``."""

    article: Article
    text: str
    folded: str  # ``text`` case- and accent-folded, offset for offset
    lang: str
    gaz: Gazetteer
    rules: Rules
    # The publication date's first and last possible day (one day, or a month or a year when
    # the page says no more): what relative expressions resolve against.
    anchor: tuple[date, date] | None
    decider: Decider
    mentions: list[Mention] = field(default_factory=list)  # article offsets (mentions layer)
    systems: list[str] = field(default_factory=list)  # families named, in order of first mention
    focus: Focus = field(default_factory=Focus)
    # Each word that follows a named system ("F-35 fighter programme": "fighter", "programme"),
    # singular, with where and which system: "the programme" later means that system.
    named_with: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    headline_end: int = 0  # where the headline ends (0: no headline)
    lead_end: int = -1  # where the lead's sentences end (timing._lead_end; -1: not yet read)
    # The text's sentence boundaries, found by the segment layer and read again by the later
    # ones (lending: the sentence after a claim's).
    sentence_index: SentenceIndex | None = None
    claims: list[Claim] = field(default_factory=list)  # every sentence's, before merging
    # Dated steps of sentences that name no system (lending.note_dated_steps): (stage,
    # factuality, the parties named, the date, the sentence's offset), for the claims merge
    # leaves undated.
    dated_steps: list[tuple[Stage, Factuality, frozenset[str], str, int]] = field(
        default_factory=list
    )
    # The sentences those steps may come from, with who had spoken last when each was read:
    # read only if a claim is left undated (most articles have none to lend a date to).
    step_sentences: list[tuple[Sentence, str | None]] = field(default_factory=list)
    # The claims dated by their report ("have arrived, the minister said on Tuesday"): evidence
    # offset, system, stage and factuality. The step happened by then, on a day a later
    # sentence may give (claims.merge).
    report_dated: set[tuple[int, str, Stage, Factuality]] = field(default_factory=set)
    # The lead's deliveries told as just done ("has received"; not "had received", "will
    # send"), keyed alike: an undated one may take the lead's day (lending._lead_day).
    just_done: set[tuple[int, str, Stage, Factuality]] = field(default_factory=set)

    def index(self) -> SentenceIndex:
        """The text's sentence boundaries, those the segment layer found (built here for a
        document it has not read)."""
        if self.sentence_index is None:
            self.sentence_index = SentenceIndex(self.text, self.lang)
        return self.sentence_index


@dataclass(frozen=True)
class Decision:
    """A predication the roles layer made a claim of, with what the time layer adds."""

    cue: Cue
    system: Mention
    roles: Roles
    fact: Factuality
    when: str | None = None


@dataclass
class Sentence:
    """One sentence; offsets are sentence-relative except ``offset`` itself."""

    text: str
    offset: int
    is_headline: bool
    mentions: list[Mention]
    # mentions layer
    systems: list[Mention] = field(default_factory=list)  # background systems left out
    explicit: list[Mention] = field(default_factory=list)  # the systems the sentence names
    parties: list[Mention] = field(default_factory=list)
    offered: list[Mention] = field(default_factory=list)  # every party, for the decider
    # cues and predications layer
    cues: list[Cue] = field(default_factory=list)
    referenced: bool = False  # the systems are references ("the jets"), not names
    clauses: list[tuple[int, int]] = field(default_factory=list)
    pairs: list[tuple[Cue, Mention]] = field(default_factory=list)  # the rules' pairings
    unpaired: list[tuple[Cue, Mention]] = field(default_factory=list)  # other pairings in reach
    # (cue start, system start) of the other pairings that are another system's step
    vetoed: set[tuple[int, int]] = field(default_factory=set)
    # Where the verb of a relative clause or participle telling a named system's earlier
    # transfer starts, to that system's start ("the F-16s it bought from Portugal").
    relative_verbs: dict[int, int] = field(default_factory=dict)
    # attribution, factuality, roles and time layers
    attribution: Attribution = NO_ATTRIBUTION
    facts: dict[Cue, Factuality] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
