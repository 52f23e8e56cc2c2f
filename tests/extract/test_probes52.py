"""Probes (round 52).

- The participle that dates a report ("a state television report aired on Monday") is no part of
  the source's name (attribution.np_trailing_time).
- A system's past transfer told in a relative clause whose subject is a state's service in lower
  case ("the Gripen C/D fighters the Hungarian air force has leased since 2006") holds that
  system, not the one that replaces it (stage.transfer_relative).
- A system named past a purpose phrase after a cue's own system ("delayed its choice of Gripen
  jets so that crews can first master the F-16") is no object of the cue (text.purpose_between).
- Russian: an intention to give ("объявил о намерении направить", "заявила о намерении
  поставить") is a coming step, expected, as "announced its intention to send" is
  (factuality.ru.expected), and the state that declares it gives (roles.ru.supplier_after).
- An aside that names the outlet that reported ("Uzbekistan, as the American magazine Military
  Watch reported, received ...", "Узбекистан, как писал американский журнал, получил ...") gives
  its nationality no role (roles.media_aside and its Russian version).
- A system named twice in a row in a list that dates each item ("M1A2 SEPv3 Abrams tanks
  (2023)") is one item with one date (date_owners.system_dates).
- A supplier the decider takes from another clause that tells a step of its own ("bought K9
  howitzers from South Korea in 2019, and it sent Peru eight M109 howitzers") gives way to the
  supplier the rules read for this clause, unless it makes the system
  (owners.clause_supplier_kept).
- A denial scopes over the clause an aside interrupts ("denied that the K9 howitzers, as some
  reports claimed, had been shipped", "..., which Egypt ordered in 2022, had been shipped")
  (factuality.aside_closed).
- Mi-171 is a numbered designation of its own (CLAIMS.md: a designation loses its variant
  letters, "Mi-171Sh" -> Mi-171), no longer folded into Mi-17.
- "No" opening a subject of up to five words before its auxiliary ("No Leopard 2 tanks from
  Spain have reached Ukraine") denies the step, as a shorter one did (factuality.denied); not
  across "that", "whether", "if", "when", "but" or "and".
- Several suppliers and several systems of one step, each system made by exactly one of the
  suppliers ("The United States, Germany and France pledged Bradley, Marder and AMX-10 RC
  vehicles"): each supplier gives its own system, a list read respectively by makers
  (coordination.suppliers_by_maker).
- Russian: a source aside set off by commas after a noun cue ("Контракт на самолеты, по словам
  министра, будет подписан") does not hide the noun's own modal
  (factuality.ru.attribution_aside); a deal close to its conclusion ("контракт близок к
  завершению") is expected (factuality.ru.scheduled_noun); a buyer that will concentrate on a
  purchase ("сосредоточится на приобретении") plans it (stage.ru.plan_to_buy).
- A plan, a wish or a search whose object is the purchase itself, as headlines put it ("still
  plans purchase", "plans acquisition of", "seeks new order for"), is an intention to buy: a
  negotiation (stage.plan_noun).
- A month told as that year's ("handed over that June") continues the year told before, even a
  bare year in the sentence before (story_time.story_date_before).
- A participle that only describes the subject ("the second of four corvettes ordered by
  Pakistan was floated out on Monday") takes no date told after the clause's own verb
  (time.main_verb_after).
- An approval told as a relative with its own subject ("a sale Washington cleared in 2023") or
  as a reduced relative of a US approval ("launchers approved by the State Department in 2024")
  is a negotiation; the approval's span stops at a comma (stage.approve_sale).
- Barak MX is a family of its own, not Barak 8.
- A count from another event that opens a step's clause ("said on Monday, two years after the
  batteries arrived") gives the step a date of its own, counted from that event: the report's
  date does not date it (timing._counted_from_another).
- A halt governs a step named before it even where another step's cue stands inside that step's
  noun phrase ("Deliveries of the 12 Rafale jets ordered by Indonesia have slipped to 2027"):
  one postponement, no delivery.
- What follows "citing" may be a motive, not a voice ("the report said, citing fears of US
  sanctions"): no source (attribution.reason_phrase).
"""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Budapest's future F-35s are to take over from the Gripen C/D jets the Hungarian air "
        "force has leased from Sweden since 2006.",
        {("Gripen", "SWE", "HUN", "delivery", "asserted")},
    ),
    (
        "Ukraine will get no Swedish jets for now: Sweden put off its decision on Gripen jets "
        "for Kyiv so that Ukrainian pilots can train on the F-16.",
        {("Gripen", "SWE", "UKR", "postponed", "asserted")},
    ),
    (
        "Норвегия заявила о намерении поставить Украине танки Leopard 2.",
        {("Leopard 2", "NOR", "UKR", "delivery", "expected")},
    ),
    (
        "Австралия объявила о намерении передать Украине 49 танков M1 Abrams.",
        {("Abrams", "AUS", "UKR", "delivery", "expected")},
    ),
    (
        "Uzbekistan, as the American magazine Arms Watch reported, received FD-2000 air "
        "defence systems from China.",
        {("HQ-9", "CHN", "UZB", "delivery", "asserted")},
    ),
    (
        "Узбекистан, как писал американский журнал, получил от Китая зенитные ракетные "
        "комплексы FD-2000.",
        {("HQ-9", "CHN", "UZB", "delivery", "asserted")},
    ),
    (
        "Chile bought K9 howitzers from South Korea in 2019, and it sent Peru eight M109 "
        "howitzers last year.",
        {
            ("K9", "KOR", "CHL", "agreement", "asserted"),
            ("M109", "CHL", "PER", "delivery", "asserted"),
        },
    ),
    (
        "Seoul denied that K9 howitzers, as some reports claimed, had been shipped to Egypt.",
        {("K9", "KOR", "EGY", "delivery", "denied")},
    ),
    (
        "The ministry denied that the K9 howitzers, which Egypt ordered in 2022, had been shipped.",
        {("K9", "KOR", "EGY", "agreement", "asserted"), ("K9", "KOR", "EGY", "delivery", "denied")},
    ),
    (
        "Peru ordered 24 Mi-171Sh helicopters from Russia in 2013.",
        {("Mi-171", "RUS", "PER", "agreement", "asserted")},
    ),
    (
        "Перу в 2013 году заказала у России 24 вертолета Ми-171Ш.",
        {("Mi-171", "RUS", "PER", "agreement", "asserted")},
    ),
    (
        "So far no Leopard 2 tanks from Spain have reached Ukraine.",
        {("Leopard 2", "ESP", "UKR", "delivery", "denied")},
    ),
    (
        "The United States, Germany and France pledged Bradley, Marder and AMX-10 RC vehicles "
        "to Ukraine in early January.",
        {
            ("AMX-10 RC", "FRA", "UKR", "agreement", "asserted"),
            ("Bradley", "USA", "UKR", "agreement", "asserted"),
            ("Marder", "DEU", "UKR", "agreement", "asserted"),
        },
    ),
    (
        "США, Германия и Франция пообещали Украине боевые машины Bradley, Marder и AMX-10 RC.",
        {
            ("AMX-10 RC", "FRA", "UKR", "agreement", "asserted"),
            ("Bradley", "USA", "UKR", "agreement", "asserted"),
            ("Marder", "DEU", "UKR", "agreement", "asserted"),
        },
    ),
    (
        "Малайзия закупит корейские самолеты FA-50. Контракт на 18 учебно-боевых машин FA-50 "
        "производства KAI, по словам министра обороны, будет подписан осенью.",
        {
            ("FA-50", "KOR", "MYS", "agreement", "expected"),
            ("FA-50", "KOR", "MYS", "negotiation", "asserted"),
        },
    ),
    (
        "Москва и Дели ведут переговоры о поставке фрегатов проекта 11356. Этот контракт "
        "близок к завершению, сообщил источник.",
        {
            ("Talwar", "RUS", "IND", "agreement", "expected"),
            ("Talwar", "RUS", "IND", "negotiation", "asserted"),
        },
    ),
    (
        "Вместо этого Джакарта сосредоточится на приобретении французских истребителей Rafale.",
        {("Rafale", "FRA", "IDN", "negotiation", "asserted")},
    ),
    (
        "Jakarta cuts KF-21 budget but still plans purchase",
        {("KF-21", "KOR", "IDN", "negotiation", "asserted")},
    ),
    (
        "Peru plans acquisition of K2 tanks from South Korea",
        {("K2", "KOR", "PER", "negotiation", "asserted")},
    ),
    (
        "Hanoi seeks new order for BrahMos missiles from India",
        {("BrahMos", "IND", "VNM", "negotiation", "asserted")},
    ),
    (
        "Azerbaijan has ordered more Barak MX batteries from Israel.",
        {("Barak MX", "ISR", "AZE", "agreement", "asserted")},
    ),
    (
        "Deliveries of the 12 Rafale jets ordered by Indonesia have slipped to 2027, a "
        "ministry spokesman said.",
        {("Rafale", "FRA", "IDN", "postponed", "asserted")},
    ),
    (
        "Shipments of the K9 howitzers bought by Egypt have been delayed by a year.",
        {("K9", "KOR", "EGY", "postponed", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def _whens(text: str, published: str) -> dict[tuple[str, str], str | None]:
    article = Article(doc="t", text=text, published=published, title="Arms trade roundup")
    return {(c.system, c.stage.value): c.when for c in extract(article)}


DATED: list[tuple[str, str, dict[tuple[str, str], str | None]]] = [
    # A system named twice in a row in a dated list is one item with one date.
    (
        "Romania signed for 18 K9 howitzers on Monday. It comes after deals with Washington for "
        "Patriot batteries (2019), M1A2 SEPv3 Abrams tanks (2023) and F-35 fighters (2024).",
        "2024-09-13",
        {("Abrams", "agreement"): "2023", ("F-35", "agreement"): "2024"},
    ),
    # Each approval, a relative with its own subject or a reduced one, dates its own system.
    (
        "Manila is also waiting for F-16 jets, a sale Washington cleared in 2023, and 12 "
        "HIMARS launchers approved by the State Department in 2024.",
        "2025-05-02",
        {("F-16", "negotiation"): "2023", ("HIMARS", "negotiation"): "2024"},
    ),
    # "That June" continues a bare year told before.
    (
        "Cairo signed for 24 Rafale jets from France in 2015. A FREMM frigate was handed over "
        "that June.",
        "2023-11-29",
        {("FREMM", "delivery"): "2015-06"},
    ),
    # A describing participle takes no date told after the main verb.
    (
        "The second of four Babur-class corvettes ordered by Pakistan from Turkey was floated "
        "out in Istanbul on Monday.",
        "2024-05-02",
        {("Babur", "agreement"): None},
    ),
    # A step counted from the saying does not take the saying's date: it takes that date
    # counted back (round 60: time.count_after), the year two years before.
    (
        "Belgrade will buy no more air defence systems for now, the president said on Monday, "
        "two years after the first FK-3 batteries arrived from China.",
        "2024-06-15",
        {("HQ-22", "delivery"): "2022"},
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), DATED, ids=[t[:40] for t, _, _ in DATED]
)
def test_each_step_takes_its_own_date(
    text: str, published: str, expected: dict[tuple[str, str], str | None]
) -> None:
    whens = _whens(text, published)
    assert {key: whens.get(key, "missing") for key in expected} == expected


def test_a_reports_dating_participle_is_no_part_of_its_name() -> None:
    text = (
        "Egypt is thought to have ordered J-10C jets from China, according to a Chinese state "
        "television report aired on Monday."
    )
    article = Article(doc="t", text=text, published="2025-06-01", title="Arms trade roundup")
    assert {c.source for c in extract(article)} == {"a Chinese state television report"}


def test_a_motive_after_citing_is_no_source() -> None:
    text = (
        "Cairo has dropped plans to acquire Su-35 jets, the newspaper said, citing fears of "
        "US sanctions."
    )
    article = Article(doc="t", text=text, published="2025-06-01", title="Arms trade roundup")
    assert [(c.stage.value, c.source) for c in extract(article)] == [("cancelled", None)]
