"""JSON- and CSV-ready records of deals and claims."""

from __future__ import annotations

import csv
import io
import json

from armsledger.reconcile.dates import report_dates
from armsledger.reconcile.deals import Deal, group_deals
from armsledger.reconcile.export import (
    CLAIM_COLUMNS,
    DEAL_COLUMNS,
    claim_rows,
    deal_rows,
    deals_json,
    write_csv,
)
from armsledger.reconcile.stories import group_stories
from tests.reconcile.reconcile_kit import (
    CORRECTION,
    UNDER_WAY,
    seed_like,
    suspension_claims,
    syndicated_copy,
)


def _register() -> tuple[list[Deal], dict[str, str | None], dict[str, str]]:
    articles, claims = seed_like()
    copy = syndicated_copy(articles[1], "copy.txt", "2020-07-31")
    articles.append(copy)
    claims += suspension_claims(copy)
    return group_deals(claims), report_dates(articles), group_stories(articles)


def test_deals_json_round_trips_through_json() -> None:
    deals, reported, stories = _register()
    records = json.loads(json.dumps(deals_json(deals, reported, stories)))
    (deal,) = records
    assert deal["id"] == deals[0].id and deal["system"] == "S-400"
    assert deal["status"]["stage"] == "delivery" and deal["status"]["disputed"]
    assert deal["status"]["halted"] == "postponed"
    assert deal["timeline"][0]["evidence"]["text"] == UNDER_WAY
    assert deal["timeline"][0]["dated_by"] == "event"
    assert {e["report_date"] for e in deal["timeline"]} == {
        "2017-03-08",
        "2020-07-30",
        "2020-07-31",
    }
    first = deal["contradictions"][0]
    assert first["kind"] == "asserted_vs_denied"
    assert first["correction"]["evidence"]["text"] == CORRECTION
    assert first["a"]["source"] == "State Duma deputy" and first["b"]["source"] == "FSMTC"
    # The syndicated story is shown with both its copies.
    # Stories are a list of {story_id, articles} (issue 13): ids are data, not keys.
    (story,) = deal["stories"]
    assert set(story) == {"story_id", "articles"} and len(story["articles"]) == 2


def test_as_of_hides_later_articles() -> None:
    deals, reported, stories = _register()
    (deal,) = deals_json(deals, reported, stories, as_of="2019-12-31")
    assert len(deal["timeline"]) == 5
    assert deal["status"]["as_of"] == "2019-12-31" and deal["status"]["halted"] is None
    assert deals_json(deals, reported, stories, as_of="2000-01-01") == []


def test_claim_and_deal_csv() -> None:
    deals, reported, stories = _register()
    rows = claim_rows(deals, reported, stories)
    assert len(rows) == 9
    buf = io.StringIO()
    write_csv(rows, buf)
    back = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(back[0]) == CLAIM_COLUMNS
    assert back[0]["evidence"] == UNDER_WAY and back[0]["via"] == ""
    assert {r["via"] for r in back} >= {"TASS", "Wire"}
    assert back[-1]["quantity"] == ""  # None is an empty cell

    summary = deal_rows(deals, reported, stories)
    buf = io.StringIO()
    write_csv(summary, buf, DEAL_COLUMNS)
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["stage"] == "delivery" and row["support_stories"] == "2"
    assert row["first_reported"] == "2017-03-08" and row["last_reported"] == "2020-07-31"
    assert "asserted_vs_denied" in row["contradictions"]
