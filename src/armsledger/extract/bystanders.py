"""What a sentence names beside its transfer, no item of it: the transport that carried the
cargo ("two C-17 transport aircraft carrying the launchers landed"), a system named only as
what a purpose spares ("so as not to complicate the F-16 rollout") and a person's arrival
("Hours after Lula arrived in Paris, Brazil ordered ..."). Read by the cues layer
(``predications``) when it pairs cues with systems."""

from __future__ import annotations

from armsledger.extract.cues import Cue
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.language import ENGLISH, LANGUAGES

_TABLE = rule_table()
# "... so as not to complicate the F-16 rollout": a system named only as what is spared.
_AVOIDED = _TABLE["stage.exclusion_avoid_purpose"]
# "six Y-20 transport planes flew the equipment in": the carrier, no item of the transfer.
_CARRIER_AFTER = {lang: _TABLE.pick("stage.carrier_after", lang) for lang in LANGUAGES}
_RU_CARRIER_BEFORE = _TABLE["stage.ru.carrier_before"]
_RU_CARRIER_ON_BOARD = _TABLE["stage.ru.carrier_on_board"]
# "three Freedonian Air Force C-130 transports touching down": a service's own airlifter.
_CARRIER_OWNER_BEFORE = _TABLE["stage.carrier_owner_before"]
_CARRIER_LANDING_AFTER = _TABLE["stage.carrier_landing_after"]
# How far after a system its carrier phrase is read ("C-17 Globemaster III heavy transport
# aircraft carrying").
CARRIER_CHARS = 80
# "Hours after Lula arrived in Paris, Brazil ordered ...": a person's arrival, no delivery.
_PERSON_ARRIVAL = {lang: _TABLE.pick("stage.person_arrival", lang) for lang in LANGUAGES}


def carriers(sentence: str, systems: list[Mention], lang: str) -> frozenset[int]:
    """The systems (by start) named as the transport that carried the cargo ("two C-17
    transport aircraft carrying the launchers landed": stage.carrier_after), read once a
    sentence: no item of any step there."""
    if lang == ENGLISH:
        return frozenset(
            m.start
            for m in systems
            if _CARRIER_AFTER[lang].match(sentence[m.end : m.end + CARRIER_CHARS])
            or (
                _CARRIER_LANDING_AFTER.match(sentence[m.end : m.end + CARRIER_CHARS])
                and _CARRIER_OWNER_BEFORE.search(
                    sentence[max(0, m.start - CARRIER_CHARS) : m.start]
                )
            )
        )
    # Russian names the transport before the system ("военно-транспортные самолеты Y-20
    # доставили"); without that noun the system may be the fronted object ("Су-35 доставили").
    # One that landed "с комплексами на борту" carried them, named so or not.
    return frozenset(
        m.start
        for m in systems
        if (
            _RU_CARRIER_BEFORE.search(sentence[max(0, m.start - CARRIER_CHARS) : m.start])
            and _CARRIER_AFTER[lang].match(sentence[m.end : m.end + CARRIER_CHARS])
        )
        or _RU_CARRIER_ON_BOARD.match(sentence, m.end)
    )


def person_arrives(
    sentence: str, c: Cue, systems: list[Mention], spans: list[tuple[int, int]], lang: str
) -> bool:
    """Whether the cue is an arrival whose subject, in its clause, is a person or a delegation
    (stage.person_arrival), not a system named there ("after the Rafales arrived")."""
    lo = clause_of(spans, c.start)[0] if spans else 0
    found = _PERSON_ARRIVAL[lang].search(sentence, lo, c.end)
    return found is not None and not any(
        m.start < found.end() and found.start() < m.end for m in systems
    )


def avoided_spans(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Where a purpose to avoid runs ("so as not to complicate the F-16 rollout"): English."""
    if lang != ENGLISH:
        return []
    return [(m.start(), m.end()) for m in _AVOIDED.finditer(sentence)]


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)
