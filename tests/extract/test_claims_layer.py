"""The claims layer: open roles settled from the rest of the article (and a maker standing in
for the seller the article gives two steps), and the time layer's
refusal to date a step by the article's own date. Sentences are our own."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

from armsledger.extract import extract
from armsledger.extract.claims import _named_buyers_kept, _sellers_kept
from armsledger.extract.mentions import read_document
from armsledger.extract.record import Sentence
from armsledger.extract.roles import Mention
from armsledger.extract.scorer import default_decider
from armsledger.ingest import iter_articles
from armsledger.models import Claim, Evidence, Factuality, Stage
from tests.conftest import article


def keys(text: str, published: str | None = "2021-05-04") -> set[tuple[object, ...]]:
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in extract(article(text, published))
    }


def test_a_headline_naming_no_buyer_takes_the_articles_one_buyer() -> None:
    text = (
        "Delay hits NASAMS shipments\n\n"
        "The NASAMS batteries were delayed, officials said. "
        "Norway sold NASAMS to Ukraine in 2020."
    )
    got = keys(text)
    assert ("NASAMS", "NOR", "UKR", "postponed", "asserted") in got
    assert not any(k[2] is None for k in got)


def test_an_article_naming_two_buyers_of_a_system_lends_neither() -> None:
    text = (
        "Shipments of NASAMS were delayed. "
        "Norway sold NASAMS to Ukraine. Norway also sold NASAMS to Lithuania."
    )
    got = keys(text)
    postponed = [k for k in got if k[3] == "postponed"]
    assert all(k[2] is not None for k in postponed)  # never a guessed buyer, never a null one
    assert len({k[2] for k in got if k[3] == "agreement"}) == 2


def test_a_domestic_order_with_no_recipient_makes_no_claim() -> None:
    assert keys("France has ordered 42 more Rafale jets for its own air force.") == set()
    assert keys("In April the navy accepted the ship, the DDG-1000 programme office said.") == set()


def test_a_speaker_who_said_it_would_send_is_the_supplier() -> None:
    got = keys("Belarus had said before that it would hand eight MiG-29s over to Serbia in 2018.")
    assert ("MiG-29", "BLR", "SRB", "delivery", "expected") in got


def test_a_states_military_or_government_stands_for_it() -> None:
    got = keys("The Dutch military has now finished the delivery of two F-16 jets to Romania.")
    assert ("F-16", "NLD", "ROU", "delivery", "asserted") in got
    got = keys("In addition, Denmark has committed to sending 19 F-16s to Ukraine.")
    assert any(k[:3] == ("F-16", "DNK", "UKR") for k in got)


def test_the_articles_date_dates_no_step_by_itself() -> None:
    claims = extract(article("Norway delivers NASAMS to Ukraine\n\nMore to follow.", "2021-05-04"))
    delivery = [c for c in claims if c.stage is Stage.DELIVERY]
    assert delivery and all(c.when is None for c in delivery)
    # A date in the step's own clause still dates it.
    claims = extract(article("Norway delivered NASAMS to Ukraine in March.", "2021-05-04"))
    assert [c.when for c in claims if c.stage is Stage.DELIVERY] == ["2021-03"]


def test_a_donors_agreement_to_send_is_one_agreement_claim() -> None:
    got = keys("Norway has agreed to donate three NASAMS batteries to Ukraine.")
    assert ("NASAMS", "NOR", "UKR", "agreement", "asserted") in got
    assert not any(k[3] == "delivery" for k in got)


def test_not_ruling_out_a_step_is_a_hedge() -> None:
    got = keys("Washington did not rule out delaying the F-35 deliveries to Turkey.")
    assert ("F-35", "USA", "TUR", "postponed", "possible") in got
    assert not any(k[4] == "denied" for k in got)


def test_a_maker_receiving_an_order_is_an_agreement_not_a_delivery() -> None:
    got = keys("Saab says it has received a French order for two GlobalEye planes.")
    assert {k[3] for k in got} == {"agreement"}


def test_a_reference_means_the_system_last_named_with_its_noun() -> None:
    # The S-400 is named more often, but "the programme" was the F-35's.
    text = (
        "Turkey became a partner of the F-35 fighter programme back in 2002. "
        "Turkey bought the S-400 from Russia in 2017. "
        "Russia delivered the first S-400 batteries to Turkey in July. "
        "The United States removed Turkey from the programme in 2019."
    )
    got = keys(text)
    assert ("F-35", "USA", "TUR", "cancelled", "asserted") in got
    assert not any(k[0] == "S-400" and k[3] == "cancelled" for k in got)


def test_a_cue_naming_its_own_system_speaks_of_no_other() -> None:
    keys_ = keys(
        "Washington said it was removing Chile from the F-35 programme because Santiago "
        "has bought the Russian Su-35 fighters."
    )
    assert ("F-35", "USA", "CHL", "cancelled", "asserted") in keys_
    assert not {k for k in keys_ if k[0] == "Su-35" and k[3] == "cancelled"}


def test_a_reason_clause_after_a_halt_is_a_step_of_its_own() -> None:
    keys_ = keys("Peru cancelled the radar tender because Chile bought 12 Gripen jets from Sweden.")
    assert ("Gripen", "SWE", "CHL", "agreement", "asserted") in keys_


def test_a_halt_stops_its_step_through_the_steps_own_words() -> None:
    # "ships" before "to" reads as a verb; it is still the halted delivery's own noun phrase.
    keys_ = keys("The delivery of the Mistral ships to Russia was suspended indefinitely.")
    assert {k[3] for k in keys_ if k[0] == "Mistral"} == {"postponed"}
    signed = keys("Russia signed a contract to deliver S-400 systems to India, which was delayed.")
    assert any(k[0] == "S-400" and k[3] == "agreement" for k in signed)


def test_bundled_sample_01_keeps_each_step_with_its_own_system() -> None:
    # The sample's F-35 removal is no S-400 cancellation; the S-400 purchase and arrival are
    # S-400 steps (issue 13: they were read as each other's).
    path = Path(__file__).resolve().parents[2] / "samples" / "01_us-removes-turkey-f35.txt"
    claims = [c for a in iter_articles([path]) for c in extract(a)]
    keys = {(c.system, c.stage.value) for c in claims}
    assert ("F-35", "cancelled") in keys
    assert ("S-400", "delivery") in keys
    assert ("S-400", "agreement") in keys
    assert ("S-400", "cancelled") not in keys
    assert ("F-35", "delivery") not in keys


def test_a_hedge_outweighs_a_schedule_word_before_the_step() -> None:
    assert ("K2", "KOR", "PER", "agreement", "possible") in keys(
        "Peru could soon buy K2 tanks from South Korea, officials said."
    )
    assert ("K2", "KOR", "PER", "delivery", "expected") in keys(
        "South Korea will soon deliver K2 tanks to Peru, officials said."
    )


def test_a_date_before_a_when_clause_dates_the_step_the_clause_tells() -> None:
    claims = extract(
        article(
            "The delivery is the first since 2015, when Peru agreed to buy 12 Gripen jets from "
            "Sweden.",
            "2021-05-04",
        )
    )
    when = {c.stage.value: c.when for c in claims if c.system == "Gripen"}
    assert when.get("agreement") == "2015"
    assert when.get("delivery") != "2015"


def _doc_with(text: str, steps: list[tuple[str, str, str, str, int]]) -> list[Claim]:
    """The claims ``_sellers_kept`` leaves of ``steps`` (supplier, recipient, stage, factuality,
    sentence index) about the F-16, each with its sentence of ``text`` as evidence."""
    art = article(text, "2024-05-01")
    doc = read_document(art, art.text, "en", default_decider())
    assert doc is not None
    spans, at = [], 0
    for sentence in art.text.split(". "):
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 2
    doc.claims = [
        Claim(
            doc="d",
            article_id="d",
            system="F-16",
            supplier=supplier,
            recipient=recipient,
            stage=Stage(stage),
            factuality=Factuality(fact),
            when=None,
            source=None,
            via=(),
            evidence=Evidence(art.text[spans[i][0] : spans[i][1]], *spans[i]),
        )
        for supplier, recipient, stage, fact, i in steps
    ]
    return _sellers_kept(doc)


def test_the_maker_standing_in_gives_way_to_the_seller_of_two_steps() -> None:
    text = "Peru ordered F-16s from Denmark. Denmark handed over six. The rest come next year."
    kept = _doc_with(
        text,
        [
            ("DNK", "PER", "agreement", "asserted", 0),
            ("DNK", "PER", "delivery", "asserted", 1),
            ("USA", "PER", "delivery", "expected", 2),
        ],
    )
    assert [c.supplier for c in kept] == ["DNK", "DNK", "DNK"]


def test_one_step_of_another_seller_or_the_maker_named_keeps_the_maker() -> None:
    text = "Peru ordered F-16s from Denmark. The rest come next year from the United States."
    one_step = _doc_with(
        text,
        [("DNK", "PER", "agreement", "asserted", 0), ("USA", "PER", "delivery", "expected", 1)],
    )
    assert [c.supplier for c in one_step] == ["DNK", "USA"]
    named = _doc_with(
        text,
        [
            ("DNK", "PER", "agreement", "asserted", 0),
            ("DNK", "PER", "delivery", "asserted", 0),
            ("USA", "PER", "delivery", "expected", 1),
        ],
    )
    assert [c.supplier for c in named] == ["DNK", "DNK", "USA"]


def _claim_to(recipient: str | None, stage: str, system: str = "K9") -> Claim:
    return Claim(
        doc="d",
        article_id="d",
        system=system,
        supplier="KOR",
        recipient=recipient,
        stage=Stage(stage),
        factuality=Factuality.ASSERTED,
        when=None,
        source=None,
        via=(),
        evidence=Evidence("Peru signed for the guns.", 0, 25),
    )


def test_a_step_told_for_a_named_buyer_is_not_told_again_for_an_unnamed_one() -> None:
    # "Peru became the tenth buyer of the K9, signing a deal for 54 guns": only Peru is named.
    peru = Mention(0, 4, "state", "PER", "PER")
    sentence = cast(Sentence, SimpleNamespace(parties=[peru], mentions=[peru]))
    made = [
        _claim_to("PER", "agreement"),
        _claim_to("CHL", "agreement"),  # the article's buyer told before, lent to "signing"
        _claim_to("CHL", "delivery"),  # another step: kept
        _claim_to("CHL", "agreement", "K10"),  # another system: kept
        _claim_to(None, "agreement"),
    ]
    kept = _named_buyers_kept(sentence, made)
    assert [(c.system, c.recipient, c.stage.value) for c in kept] == [
        ("K9", "PER", "agreement"),
        ("K9", "CHL", "delivery"),
        ("K10", "CHL", "agreement"),
        ("K9", None, "agreement"),
    ]
