"""extract/bystanders.py: what a sentence names beside its transfer. Texts are our own."""

from __future__ import annotations

from armsledger.extract.bystanders import carriers, person_arrives
from armsledger.extract.cues import Cue
from armsledger.extract.gazetteer import SYSTEM
from armsledger.extract.roles import Mention
from armsledger.models import Factuality, Stage


def _system(text: str, name: str, family: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), SYSTEM, family, None)


def _arrival(text: str, word: str = "arrived") -> Cue:
    start = text.index(word)
    return Cue(start, start + len(word), Stage.DELIVERY, Factuality.ASSERTED, False, "t")


def test_a_transport_plane_carrying_the_cargo_is_a_carrier() -> None:
    text = "Two Il-76 cargo jets brought the Tor launchers to Lima."
    il76, tor = _system(text, "Il-76", "Il-76"), _system(text, "Tor", "Tor")
    assert carriers(text, [il76, tor], "en") == frozenset({il76.start})


def test_russian_needs_the_transport_noun_before_the_system() -> None:
    carried = "Военно-транспортные самолеты Y-20 доставили в Лиму комплексы FK-3."
    y20 = _system(carried, "Y-20", "Y-20")
    assert carriers(carried, [y20], "ru") == frozenset({y20.start})
    # Without the noun the system before the verb is its fronted object: delivered.
    fronted = "Су-35 доставили в Лиму в мае."
    assert carriers(fronted, [_system(fronted, "Су-35", "Su-35")], "ru") == frozenset()


def test_a_persons_arrival_is_a_visit_but_a_systems_is_not() -> None:
    visit = "Shortly after Ortega arrived in Minsk, Lima signed for 12 Su-30 jets."
    su30 = _system(visit, "Su-30", "Su-30")
    assert person_arrives(visit, _arrival(visit), [su30], [], "en")
    landed = "After the Rafales arrived in Lima, the air force retired its Mirages."
    rafale = _system(landed, "Rafales", "Rafale")
    assert not person_arrives(landed, _arrival(landed), [rafale], [], "en")
