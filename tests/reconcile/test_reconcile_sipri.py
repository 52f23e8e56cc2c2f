"""SIPRI Trade Register: reading both layouts, exporting, and the cross-check."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from armsledger.errors import ArmsledgerError
from armsledger.models import Article, Claim
from armsledger.reconcile.dates import report_dates
from armsledger.reconcile.deals import Deal, group_deals
from armsledger.reconcile.sipri_compare import (
    ComparisonItem,
    compare_with_sipri,
    designation_matches,
)
from armsledger.reconcile.sipri_export import sipri_rows
from armsledger.reconcile.sipri_format import (
    SipriFileError,
    format_years,
    parse_years,
    write_sipri_csv,
)
from armsledger.reconcile.sipri_read import parse_sipri_text, read_sipri
from armsledger.reconcile.stories import group_stories
from tests.reconcile.reconcile_kit import FIRST_BATTALION, article, claim, seed_like

FIXTURES = Path(__file__).parent / "fixtures"
LEGACY = FIXTURES / "trade_register_legacy_latin1.csv"
NEW = FIXTURES / "trade_register_17col_utf8.csv"


def news() -> tuple[list[Article], list[Claim]]:
    """The seed-like China story plus other deals, each in a sentence of our own."""
    articles, claims = seed_like()
    texts = {
        "signed.txt": ("China signed for six S-400 battalions in 2014.", "2015-04-14"),
        "fsmtc.txt": ("Russia denied that S-400 deliveries to China had begun.", "2020-01-29"),
        "turkey.txt": ("The first S-400 parts landed at Murted air base.", "2019-07-13"),
        "turkey2.txt": ("Turkey ordered the S-400 in 2017.", "2018-01-02"),
        "india.txt": ("India received its first S-400 squadron in December 2021.", "2022-01-10"),
        "indonesia.txt": ("Indonesia signed a contract for 11 Su-35 fighters.", "2018-02-15"),
        "iran.txt": ("Iran is in talks to buy S-300 systems.", "2007-12-10"),
        "romania.txt": ("Romania signed for HIMARS launchers in 2018.", "2018-12-01"),
    }
    arts = {doc: article(doc, text, date) for doc, (text, date) in texts.items()}

    def c(doc: str, stage: str, fact: str, **kw: object) -> Claim:
        return claim(arts[doc], arts[doc].text, stage, fact, **kw)  # type: ignore[arg-type]

    claims += [
        c("signed.txt", "agreement", "asserted", when="2014", quantity=6),
        c("fsmtc.txt", "delivery", "denied", source="FSMTC"),
        c("turkey.txt", "delivery", "asserted", recipient="TUR", when="2019-07-12"),
        c("turkey2.txt", "agreement", "asserted", recipient="TUR", when="2017"),
        c("india.txt", "delivery", "asserted", recipient="IND", when="2021-12"),
        c("indonesia.txt", "agreement", "asserted", system="Su-35", recipient="IDN", quantity=11),
        c("iran.txt", "negotiation", "asserted", system="S-300", recipient="IRN"),
        c(
            "romania.txt",
            "agreement",
            "asserted",
            system="HIMARS",
            supplier="USA",
            recipient="ROU",
            when="2018",
        ),
    ]
    return articles + list(arts.values()), claims


def register() -> tuple[list[Deal], dict[str, str | None], dict[str, str]]:
    articles, claims = news()
    return group_deals(claims), report_dates(articles), group_stories(articles)


def test_legacy_layout_latin1() -> None:
    table = read_sipri(LEGACY)
    assert table.layout == "legacy"
    assert len(table.preamble) == 11
    assert "Information generated: 15 March 2022" in table.preamble
    rows = table.rows
    assert [(r.recipient_code, r.supplier_code, r.designation) for r in rows] == [
        ("CHN", "RUS", "S-400/SA-21"),
        ("CHN", "RUS", "Su-35"),  # recipient left blank: carried from the row above
        ("CIV", "RUS", "Mi-24"),  # "Côte" read from Latin-1
        ("IND", "RUS", "S-400/SA-21"),
        ("EGY", "RUS", "Su-35"),
        ("TUR", "RUS", "S-400/SA-21"),
        ("Hezbollah", "IRN", "Fateh-110"),  # a non-state actor: kept by name, no ISO code
    ]
    china = rows[0]
    assert (china.order_year, china.order_year_estimate) == (2014, False)
    assert (china.number_ordered, china.number_ordered_estimate) == (6, True)  # "(6)"
    assert china.delivery_years == (2018, 2019) and china.estimated_delivery_years == ()
    assert china.status == "New" and china.comments == "Deal worth $3 bn"
    assert rows[2].recipient == "Côte d'Ivoire" and rows[2].order_year_estimate  # "?" column
    assert rows[3].comments.startswith("Deal worth $5.4 bn;") and not rows[3].delivered
    assert rows[5].number_delivered == 4 and rows[5].number_delivered_estimate
    assert rows[1].line == 14


def test_17_column_layout_merges_delivery_years() -> None:
    table = read_sipri(NEW.read_bytes(), name="upload.csv")
    assert table.layout == "17-column"
    by_id = {r.deal_id: r for r in table.rows}
    assert list(by_id) == ["48213", "39005", "51002", "53340"]
    turkey = by_id["48213"]
    assert (turkey.supplier_code, turkey.recipient_code) == ("RUS", "TUR")
    assert turkey.category == "Air defence systems"
    assert turkey.delivery_years == (2019, 2020) and turkey.estimated_delivery_years == (2020,)
    assert (turkey.number_delivered, turkey.number_delivered_estimate) == (4, True)
    china = by_id["39005"]
    assert china.number_delivered == 6 and not china.number_delivered_estimate
    assert not by_id["51002"].delivered and by_id["51002"].ordered
    mig = by_id["53340"]
    assert mig.supplier_code == "SUN" and mig.order_year == 1984 and mig.order_year_estimate


def test_reader_errors_and_encodings() -> None:
    with pytest.raises(SipriFileError, match="no header row") as err:
        parse_sipri_text("just,some\ncells,here\n", name="x.csv")
    assert isinstance(err.value, ArmsledgerError) and "x.csv" in str(err.value)
    with pytest.raises(SipriFileError, match="designation"):
        parse_sipri_text("Supplier,Recipient,Year\nRussia,China,2014\n")
    with pytest.raises(SipriFileError, match="cannot read"):
        read_sipri(FIXTURES / "missing.csv")
    bom = "\ufeffSupplier,Recipient,Designation\nRussia,Türkiye,S-400\n".encode()
    assert read_sipri(bom).rows[0].recipient_code == "TUR"


def test_years_format_and_parse() -> None:
    assert parse_years("2015; (2018-2019)") == ((2015, 2018, 2019), (2018, 2019))
    assert parse_years("2018-19, 2021?") == ((2018, 2019, 2021), (2021,))
    assert parse_years("") == ((), ())
    text = format_years([2015, 2018, 2019, 2021], [2021])
    assert text == "2015; 2018-2019; (2021)"
    assert parse_years(text) == ((2015, 2018, 2019, 2021), (2021,))


def test_designation_matching() -> None:
    assert designation_matches("S-400/SA-21", "S-400")
    assert designation_matches("F-16C", "F-16")
    assert designation_matches("S-300PMU-2", "S-300")
    assert not designation_matches("F-160", "F-16")
    assert not designation_matches("S-300", "S-400")
    assert designation_matches("Triumf", "S-400", aliases=["Triumf"])
    assert designation_matches("Rafale M", "Rafale")
    assert designation_matches("Patriot PAC-3", "Patriot")
    assert not designation_matches("Rafaleur", "Rafale")


def test_export_values_follow_the_documented_mapping() -> None:
    deals, reported, stories = register()
    rows = {(r.designation, r.recipient_code): r for r in sipri_rows(deals, reported, stories)}
    assert ("S-300", "IRN") not in rows  # talks only: SIPRI lists no such deal
    china = rows[("S-400", "CHN")]
    assert (china.supplier, china.recipient) == ("Russia", "China")
    assert (china.order_year, china.order_year_estimate) == (2014, False)
    assert (china.number_ordered, china.number_ordered_estimate) == (6, False)
    # 2017 (the deputy, denied) and 2018 (the battalion, contested by the 2020 denial).
    assert china.delivery_years == (2017, 2018)
    assert china.estimated_delivery_years == (2017, 2018)
    assert china.status == "New"  # production for China is asserted
    assert china.category == "Air defence systems" and china.description == "SAM system"
    assert china.comments.startswith("Delivery reported; Deliveries postponed; reports disagree.")
    assert FIRST_BATTALION in china.comments
    turkey = rows[("S-400", "TUR")]
    assert turkey.delivery_years == (2019,) and turkey.estimated_delivery_years == ()
    assert (turkey.order_year, turkey.status) == (2017, "")
    indonesia = rows[("Su-35", "IDN")]
    assert (indonesia.order_year, indonesia.order_year_estimate) == (2018, True)  # report year
    assert indonesia.number_ordered == 11
    buf = io.StringIO()
    write_sipri_csv([china], buf)
    line = buf.getvalue().splitlines()[1]
    assert line.startswith("Russia,China,S-400,SAM system,Air defence systems,2014,6,(2017-2018),")


def test_export_reads_back_as_matching_itself() -> None:
    deals, reported, stories = register()
    rows = sipri_rows(deals, reported, stories)
    buf = io.StringIO()
    write_sipri_csv(rows, buf)
    table = read_sipri(buf.getvalue().encode("utf-8"))
    assert table.layout == "armsledger"
    assert [dataclasses.replace(r, line=0) for r in table.rows] == rows

    result = compare_with_sipri(table.rows, deals, reported, stories)
    assert result.matches, result
    assert len(result.confirmed) == len(rows) == 5
    china = next(i for i in result.confirmed if i.deal is not None and i.deal.recipient == "CHN")
    # The news's own disagreement is carried along, against values marked as estimates.
    assert china.disputing and not china.contradicting


def test_compare_with_legacy_register() -> None:
    deals, reported, stories = register()
    result = compare_with_sipri(read_sipri(LEGACY).rows, deals, reported, stories)

    def names(items: tuple[ComparisonItem, ...], attr: str = "sipri") -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for item in items:
            if attr == "sipri":
                assert item.sipri is not None
                out.add((item.sipri.recipient, item.sipri.designation))
            else:
                assert item.deal is not None and item.deal.recipient is not None
                out.add((item.deal.recipient, item.deal.system))
        return out

    assert names(result.confirmed) == {("Turkey", "S-400/SA-21")}
    assert names(result.contradicted) == {("China", "S-400/SA-21"), ("India", "S-400/SA-21")}
    assert names(result.news_lacks) == {
        ("China", "Su-35"),
        ("Côte d'Ivoire", "Mi-24"),
        ("Egypt", "Su-35"),
        ("Hezbollah (Lebanon)*", "Fateh-110"),
    }
    # Indonesia's Su-35 order and Romania's HIMARS are news SIPRI's 2022 legacy file lacks;
    # Iran's S-300 talks are no order, so not missing.
    assert names(result.missing_from_sipri, "deal") == {("IDN", "Su-35"), ("ROU", "HIMARS")}
    assert not result.matches

    china = next(i for i in result.contradicted if i.sipri.recipient == "China")
    reasons = " | ".join(c.reason for c in china.contradicting)
    assert "denial" in reasons and "2018, 2019" in reasons
    assert any(c.source == "FSMTC" for x in china.contradicting for c in x.claims)
    # The battalion report backs SIPRI's deliveries, but the news denies it (2020 denial).
    assert FIRST_BATTALION in {c.evidence.text for c in china.disputed_support}
    assert not china.supporting
    india = next(i for i in result.contradicted if i.sipri.recipient == "India")
    assert india.contradicting[0].reason == "the news reports deliveries SIPRI does not list"
    turkey = result.confirmed[0]
    assert {c.recipient for c in turkey.supporting} == {"TUR"}


def test_compare_with_17_column_register() -> None:
    deals, reported, stories = register()
    result = compare_with_sipri(read_sipri(NEW).rows, deals, reported, stories)
    confirmed = {(i.sipri.recipient_code, i.sipri.designation) for i in result.confirmed}
    assert confirmed == {("TUR", "S-400"), ("ROU", "HIMARS")}
    assert [(i.sipri.recipient_code) for i in result.contradicted] == ["CHN"]
    assert [i.sipri.designation for i in result.news_lacks] == ["MiG-29"]
    missing = {(i.deal.recipient, i.deal.system) for i in result.missing_from_sipri}
    assert missing == {("IDN", "Su-35"), ("IND", "S-400")}


def test_compare_as_of_uses_only_what_was_known() -> None:
    deals, reported, stories = register()
    early = compare_with_sipri(
        read_sipri(LEGACY).rows, deals, reported, stories, as_of="2019-12-31"
    )
    # By the end of 2019 the news had Turkey's deliveries; for China only the deputy's 2017
    # "under way", which the news itself denied: no confirmation, and no firm contradiction of
    # SIPRI's 2018-2019 either. India's deliveries were not yet reported.
    assert {i.sipri.recipient for i in early.confirmed} == {"Turkey"}
    assert {i.sipri.recipient for i in early.unconfirmed} == {"China", "India"}
    china = next(i for i in early.unconfirmed if i.sipri.recipient == "China")
    assert [c.source for c in china.disputed_support] == ["State Duma deputy"]
    assert [x.reason for x in china.disputing] == [
        "the news dates deliveries to 2017; SIPRI lists 2018, 2019"
    ]
    assert not china.contradicting


def test_include_unordered_exports_talks_and_still_matches() -> None:
    deals, reported, stories = register()
    rows = sipri_rows(deals, reported, stories, include_unordered=True)
    talks = next(r for r in rows if r.designation == "S-300")
    assert talks.order_year is None and talks.recipient == "Iran"
    assert talks.comments.startswith("Not ordered: negotiations reported.")
    buf = io.StringIO()
    write_sipri_csv(rows, buf)
    result = compare_with_sipri(read_sipri(buf.getvalue().encode()).rows, deals, reported, stories)
    assert result.matches and len(result.confirmed) == 6
