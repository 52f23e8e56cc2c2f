"""Russian articles under the learned decider (`parties.decide`, `candidates.Context.lang`):
it is asked of the rules' own claims only, keeps the parties the rules named over ones the
sentence does not name, leaves open a role the rules left open, and lists parties with the
Russian glue. Sentences of our own."""

from __future__ import annotations

from armsledger.extract.explain import explain
from armsledger.models import Article

Key = tuple[str, str | None, str | None, str, str]


def _article(body: str) -> Article:
    return Article(doc="probe", text=f"Новости\n\n{body}", published="2024-05-15")


def keys(body: str) -> set[Key]:
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in explain(_article(body)).claims
    }


def test_the_learned_decider_judges_russian_candidates() -> None:
    steps = explain(_article("Россия передала Индии два фрегата проекта 11356.")).steps
    assert steps and all(s.accept is not None for s in steps)


def test_a_pairing_the_rules_did_not_make_is_not_asked() -> None:
    steps = explain(_article("Египет получил Су-35, которые превосходят израильские F-15.")).steps
    assert {s.cand.system for s in steps} == {"Su-35"}
    assert keys("Египет получил Су-35, которые превосходят израильские F-15.") == {
        ("Su-35", "RUS", "EGY", "delivery", "asserted")
    }


def test_named_suppliers_keep_their_role_over_the_maker() -> None:
    # The article named the US first: the decider alone gives the maker the second delivery.
    got = keys(
        "Администрация США одобрила передачу Украине еще двух комплексов NASAMS. "
        "Ранее Норвегия и Канада уже передали Киеву свои комплексы NASAMS."
    )
    assert ("NASAMS", "NOR", "UKR", "delivery", "asserted") in got
    assert ("NASAMS", "CAN", "UKR", "delivery", "asserted") in got
    assert ("NASAMS", "USA", "UKR", "delivery", "asserted") not in got


def test_listed_recipients_each_take_the_step() -> None:
    got = keys("Контракты на поставку истребителей Су-35 заключены с Египтом и Алжиром.")
    assert {
        ("Su-35", "RUS", "EGY", "agreement", "asserted"),
        ("Su-35", "RUS", "DZA", "agreement", "asserted"),
    } <= got


def test_a_role_the_rules_left_open_stays_open() -> None:
    got = keys("Вьетнам получил Як-130, созданные при участии Италии, где выпускается M-346.")
    assert ("Yak-130", "RUS", "VNM", "delivery", "asserted") in got
    assert not any(k[0] == "M-346" and k[2] == "VNM" for k in got)
