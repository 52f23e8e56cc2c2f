"""The serve package's own functions: highlighting, timeline layout, parameters, caching."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from armsledger.models import Claim, Evidence, Factuality, Stage
from armsledger.reconcile.contradictions import find_contradictions
from armsledger.reconcile.timeline import timeline
from armsledger.serve.highlight import segments
from armsledger.serve.index import BadQuery, Memo, fingerprint
from armsledger.serve.params import deal_query, partial_date
from armsledger.serve.records import to_csv
from armsledger.serve.timeline_svg import MAX_MARKERS, layout

TEXT = "Headline about S-400.\nRussia denied it. China received the first batch in 2018."


def claim(start: int, end: int, *, text: str | None = None, stage: Stage = Stage.DELIVERY,
          fact: Factuality = Factuality.ASSERTED, when: str | None = None,
          article: str = "a1", source: str | None = None) -> Claim:  # fmt: skip
    return Claim(
        doc="d.txt", article_id=article, system="S-400", supplier="RUS", recipient="CHN",
        stage=stage, factuality=fact, when=when, source=source, via=(),
        evidence=Evidence(TEXT[start:end] if text is None else text, start, end),
    )  # fmt: skip


def test_segments_cover_the_text_and_overlap() -> None:
    a = claim(22, 39)  # "Russia denied it."
    b = claim(22, 39, fact=Factuality.DENIED)  # the same sentence, another claim
    c = claim(30, 82)  # overlaps a and b
    segs, unplaced = segments(TEXT, [a, b, c])
    assert "".join(s.text for s in segs) == TEXT and unplaced == []
    starting = [s for s in segs if s.starts]
    assert [len(s.starts) for s in starting] == [2, 1]
    overlap = next(s for s in segs if len(s.claims) == 3)
    assert overlap.text == TEXT[30:39] == "enied it."
    assert [s.text for s in segs if not s.marked] == ["Headline about S-400.\n"]
    assert {c.id for s in segs for c in s.ends} == {a.id, b.id, c.id}


def test_segments_find_shifted_sentences_and_report_missing_ones() -> None:
    shifted = claim(0, 17, text="Russia denied it.")  # offsets point elsewhere
    missing = claim(0, 5, text="Not in this text.")
    segs, unplaced = segments(TEXT, [shifted, missing])
    assert unplaced == [missing]
    marked = [s for s in segs if s.marked]
    assert [s.text for s in marked] == ["Russia denied it."] and marked[0].start == 22
    assert segments("", []) == ([], [])


def test_layout_places_lanes_periods_and_contradictions() -> None:
    reported = {"a1": "2020-01-29", "a2": "2020-07-30"}
    asserted = claim(22, 39, article="a1", source="a lawmaker")
    denied = claim(22, 39, fact=Factuality.DENIED, article="a1", source="FSMTC")
    background = claim(40, 82, when="2018", article="a2")
    expected = claim(0, 21, fact=Factuality.EXPECTED, stage=Stage.AGREEMENT, when="2029-05")
    claims = [asserted, denied, background, expected]
    entries = timeline(claims, reported)
    found = find_contradictions(claims, reported)
    contradicted = {x.id: c.id for c in found for x in (c.a, c.b)}
    pic = layout(entries, found, contradicted)
    assert pic.ticks[0].label == "2018" and pic.ticks[-1].label >= "2029"
    assert len(pic.markers) == 4 and pic.undated == 0 and pic.omitted == 0
    by_id = {m.claim_id: m for m in pic.markers}
    assert by_id[background.id].width > 0 and by_id[background.id].x_report is not None
    assert "by-report" in by_id[asserted.id].css  # no event date: placed at the report date
    assert by_id[denied.id].y != by_id[asserted.id].y  # never on top of each other
    assert "contra" in by_id[denied.id].css and "contra" not in by_id[expected.id].css
    assert len(pic.links) == len(found) >= 1
    xs = [m.x for m in pic.markers] + [m.x_end for m in pic.markers]
    assert all(96 <= x <= pic.width for x in xs)


def test_layout_groups_identical_markers_and_caps_them() -> None:
    many = [claim(0, 21, when=f"{1900 + i}", article=f"a{i}") for i in range(MAX_MARKERS + 50)]
    twins = [claim(0, 21, when="2019-05", article=f"t{i}") for i in range(3)]
    pic = layout(timeline(many + twins, {}))
    assert len(pic.markers) == MAX_MARKERS and pic.omitted == 51  # 450 years + the twins' one
    assert max(m.count for m in pic.markers) == 3
    empty = layout(timeline([claim(0, 21)], {}))
    assert empty.markers == () and empty.undated == 1


def test_dates_and_filters_are_checked() -> None:
    assert partial_date("as_of", " 2019-7-1 ") == "2019-07-01"
    assert partial_date("as_of", "") is None
    for bad in ("yesterday", "2019-13", "2019-02-30", "2019-01-01T00:00:00"):
        with pytest.raises(BadQuery, match="not a date"):
            partial_date("as_of", bad)
    q = deal_query(system=" S-400 ", supplier="", stage_="delivery", date_from="2018")
    assert (q.system, q.supplier, q.stage, q.date_from, q.sort) == (
        "S-400", None, "delivery", "2018", "parties")  # fmt: skip
    with pytest.raises(BadQuery):
        deal_query(stage_="shipped")


def test_csv_neutralises_formulas_but_not_numbers() -> None:
    rows = [{"a": "=1+1", "b": "-5", "c": "@SUM(A1)", "d": "+x", "e": None, "f": 3}]
    body = to_csv(rows, ["a", "b", "c", "d", "e", "f"])
    assert body.splitlines()[1] == "'=1+1,-5,'@SUM(A1),'+x,,3"


def test_memo_computes_each_key_once_under_concurrency() -> None:
    memo: Memo[str, int] = Memo(maxsize=2)
    calls: list[str] = []

    def slow() -> int:
        calls.append("x")
        time.sleep(0.05)
        return 42

    threads = [threading.Thread(target=memo.get, args=("k", slow)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == ["x"] and memo.peek("k") == 42
    memo.get("b", lambda: 1)
    memo.get("c", lambda: 2)
    assert memo.peek("k") is None  # least recently used, evicted


def test_fingerprint_follows_the_file(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    assert fingerprint(str(db)) == (0, 0, 0, 0)
    db.write_bytes(b"x")
    first = fingerprint(str(db))
    db.write_bytes(b"xy")
    assert fingerprint(str(db)) != first


def test_browser_tests_skip_locally_but_fail_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.serve import conftest

    monkeypatch.setattr(conftest, "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is missing"):
        conftest.require_browser()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run in CI"):
        conftest.require_browser()


def _dated_register(tmp_path: Path, texts: dict[str, str]) -> Path:
    """A register of one article a day (``texts``: report day -> text), stories signed."""
    from armsledger.extract import extract
    from armsledger.store import Register
    from tests.conftest import article

    db = tmp_path / "r.db"
    with Register(db) as reg:
        for day, text in texts.items():
            a = article(text, published=day, doc=f"{day}.txt")
            reg.store([(a, extract(a))])
        reg.update_stories()
    return db


def test_a_new_as_of_computes_no_status_for_the_deals_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any date is answered from each deal's status timeline (a bisect); the full status
    is computed only for the deals a page shows, and equals the one computed afresh."""
    from armsledger.serve import index as index_module
    from armsledger.store import Register

    texts = {
        "2018-03-01": "Russia delivered S-400 systems to Turkey in 2018, officials said.",
        "2020-06-01": "Turkey has not received any S-400 systems from Russia, officials denied.",
    }
    db = _dated_register(tmp_path, texts)
    computed: list[str | None] = []
    real = index_module.status_as_of

    def counting(claims: object, reported: object, as_of: str | None, stories: object) -> object:
        computed.append(as_of)
        return real(claims, reported, as_of, stories)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module, "status_as_of", counting)
    deals = index_module.DealIndex(str(db))
    days = [f"{y}-{m:02d}-{d:02d}" for y in (2017, 2018, 2019, 2020, 2021)
            for m in range(1, 13) for d in (1, 15, 28)]  # fmt: skip
    with Register(db, readonly=True) as reg:
        lists = {d: deals.entries(reg, d)[1] for d in [*days, "2019", "2020-06", None]}
        assert computed == []  # 183 dates, no status computed
        assert not lists["2018-02-28"] and len(lists["2019"]) == 1
        ctx = deals.snapshot(reg).ctx
        for as_of, entries in lists.items():
            fresh = [real(e.deal.claims, ctx.reported, as_of, ctx.stories) for e in entries]
            assert [e.status for e in entries] == fresh
            assert [e.summary.known for e in entries] == [len(s.known) for s in fresh]
            assert [e.summary.stage for e in entries] == [s.stage for s in fresh]
        assert len(computed) == sum(map(len, lists.values()))  # one per entry asked for it
        assert lists["2020-06"][0].summary.known > lists["2019"][0].summary.known


def test_a_dated_view_filters_the_undated_views_contradictions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a deal's undated view is in memory, a dated view searches no pairs again, and
    shows what a search among the claims known by then finds."""
    from armsledger import views
    from armsledger.serve import index as index_module
    from armsledger.store import Register

    texts = {
        "2018-03-01": "Russia delivered S-400 systems to Turkey in 2018, officials said.",
        "2019-02-01": "Turkey has not received any S-400 systems from Russia, officials denied.",
        "2020-06-01": "Russia delivered S-400 systems to Turkey in 2017, a source said.",
    }
    db = _dated_register(tmp_path, texts)
    deals = index_module.DealIndex(str(db))
    with Register(db, readonly=True) as reg:
        [entry] = deals.entries(reg, None)[1]
        ctx = deals.snapshot(reg).ctx
        fp = deals.snapshot(reg).fingerprint
        undated = deals.view(fp, entry.deal, ctx, None)
        assert len(undated.contradictions) >= 2
        searched: list[object] = []
        real = views.find_contradictions
        monkeypatch.setattr(views, "find_contradictions", lambda *a, **k: searched.append(a))
        dated = {d: deals.view(fp, entry.deal, ctx, d) for d in ("2018", "2019-03", "2021")}
        assert searched == []
        for as_of, view in dated.items():
            fresh = real(entry.deal.claims, ctx.reported, ctx.stories, as_of=as_of)
            assert list(view.contradictions) == fresh
        assert not dated["2018"].contradictions
        assert len(dated["2021"].contradictions) > len(dated["2019-03"].contradictions)
