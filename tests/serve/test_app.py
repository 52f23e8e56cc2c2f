"""Pages and API through FastAPI's TestClient: routes, filters, formats, limits, errors."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import uvicorn

from armsledger.errors import StoreError
from armsledger.reconcile.deals import deal_id
from armsledger.runner import ingest_paths
from armsledger.serve import create_app, run
from armsledger.serve.params import MAX_DOWNLOAD, MAX_LIMIT
from armsledger.store import Register
from tests.conftest import ROOT, SAMPLES
from tests.serve.conftest import Corpus, TestClient


@pytest.fixture(scope="module")
def deal(dev_corpus: Corpus) -> str:
    return deal_id(dev_corpus.system, dev_corpus.supplier, dev_corpus.recipient)


def test_pages_answer_with_html(dev_client: TestClient, deal: str) -> None:
    for path in ("/", "/deals", "/contradictions", "/claims", "/articles", "/docs",
                 f"/deals/{deal}", f"/deals/{deal}?as_of=2019-12-31&order=report"):  # fmt: skip
        r = dev_client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
        assert "<h1>" in r.text


def test_deals_filter_by_recipient_and_search(dev_client: TestClient, dev_corpus: Corpus) -> None:
    items = dev_client.get("/api/deals", params={"recipient": dev_corpus.recipient}).json()["items"]
    assert items and {d["recipient"] for d in items} == {dev_corpus.recipient}
    lower = dev_client.get("/api/deals", params={"recipient": dev_corpus.recipient.lower()})
    assert lower.json()["items"] == items
    s400 = dev_client.get("/api/deals", params={"system": "s400"}).json()["items"]
    assert s400 and {d["system"] for d in s400} == {"S-400"}
    found = dev_client.get("/api/deals", params={"q": "postpone* OR delay*"}).json()["items"]
    assert found and all(d["claims"] for d in found)
    none = dev_client.get("/api/deals", params={"q": "zzzunheardof"}).json()
    assert none["total"] == 0 and none["items"] == []


def test_deals_filter_by_stage_and_dates(dev_client: TestClient) -> None:
    everything = dev_client.get("/api/deals").json()["items"]
    delivered = dev_client.get("/api/deals", params={"stage": "delivery"}).json()["items"]
    assert delivered and all("delivery" in (d["stage"], d["halted"]) for d in delivered)
    assert len(delivered) < len(everything)
    old = dev_client.get("/api/deals", params={"to": "2016"}).json()["items"]
    assert 0 < len(old) < len(everything)
    recent = dev_client.get("/api/deals", params={"from": "2022-01-01", "to": "2022-12"})
    assert 0 < recent.json()["total"] < len(everything)


def test_deal_as_of_a_date(dev_client: TestClient, deal: str) -> None:
    now = dev_client.get(f"/api/deals/{deal}").json()
    assert now["contradictions"] and now["status"]
    then = dev_client.get(f"/api/deals/{deal}", params={"as_of": "2000-01-01"}).json()
    assert then["as_of"] == "2000-01-01"
    # Only claims whose date is an upper bound (an "Updated" stamp) may have been known then:
    # they are shown, marked, rather than hidden (issue 13).
    known = dev_client.get(f"/api/deals/{deal}/timeline", params={"as_of": "2000-01-01"}).json()[
        "items"
    ]
    assert then["claims"] == len(known)
    assert all(e["report_from"] == "updated-only" for e in known)
    page = dev_client.get(f"/deals/{deal}", params={"as_of": "2000-01-01"}).text
    if not known:
        assert "Nothing about this deal had been reported by 2000-01-01" in page
    else:
        assert "by 2020-01-29 (updated-only)" in page


def test_deal_page_shows_timeline_contradictions_and_claims(
    dev_client: TestClient, deal: str
) -> None:
    html = dev_client.get(f"/deals/{deal}").text
    assert '<svg class="timeline"' in html
    assert 'class="contradiction"' in html and 'id="contradiction-' in html
    record = dev_client.get(f"/api/deals/{deal}/timeline").json()
    assert record["total"] == len(record["items"]) > 1
    for claim in record["items"]:
        assert f'id="claim-{claim["id"]}"' in html
        assert f'href="/articles/{claim["article_id"]}#claim-{claim["id"]}"' in html
        assert claim["evidence"]["text"][:30].replace('"', "&#34;") in html
    assert "via" in record["items"][0] and "attribution" in record["items"][0]


def test_article_page_marks_each_claim(dev_client: TestClient, deal: str) -> None:
    claims = dev_client.get("/api/claims", params={"deal": deal}).json()["items"]
    article = claims[0]["article_id"]
    html = dev_client.get(f"/articles/{article}").text
    in_article = [c for c in claims if c["article_id"] == article]
    for c in in_article:
        assert f'<span class="anchor" id="claim-{c["id"]}"></span>' in html
        assert f'href="/deals/{deal}#claim-{c["id"]}"' in html
    assert html.count('<mark class="claim">') >= 1
    detail = dev_client.get(f"/api/articles/{article}").json()
    assert detail["text"] and len(detail["claims"]) >= len(in_article)


def test_contradictions_list(dev_client: TestClient, dev_corpus: Corpus, deal: str) -> None:
    listing = dev_client.get("/api/contradictions").json()
    assert listing["total"] == len(listing["items"]) >= 1
    ours = [c for c in listing["items"] if c["deal_id"] == deal]
    assert dev_corpus.kind in {c["kind"] for c in ours}
    kind = dev_client.get("/api/contradictions", params={"kind": "date_mismatch"}).json()
    assert all(c["kind"] == "date_mismatch" for c in kind["items"])
    paged = dev_client.get("/api/contradictions", params={"limit": 1}).json()
    assert len(paged["items"]) == 1
    if listing["total"] > 1:
        assert paged["next"] and paged["total"] is None
    assert dev_client.get("/contradictions").text.count('class="contradiction"') == listing["total"]


def test_claims_full_text_search(dev_client: TestClient) -> None:
    found = dev_client.get("/api/claims", params={"q": "deliver*"}).json()
    assert found["total"] > 0
    for c in found["items"]:
        assert "deliver" in f"{c['evidence']['text']} {c['source']}".lower()
    phrase = dev_client.get("/api/claims", params={"q": '"S-400"'}).json()
    assert phrase["total"] > 0
    # A stray quote is searched as a word (store.fts_query), not an FTS5 syntax error...
    assert dev_client.get("/api/claims", params={"q": '"unbalanced'}).status_code == 200
    # ...but operators with nothing to join are still a clear 400.
    bad = dev_client.get("/api/claims", params={"q": "AND OR ("})
    assert bad.status_code == 400 and "FTS5" in bad.json()["hint"]
    assert dev_client.get("/claims", params={"q": "AND OR ("}).status_code == 400


LISTS = ["/api/deals", "/api/claims", "/api/articles", "/api/contradictions", "/deals", "/claims"]


@pytest.mark.parametrize("path", [*LISTS, "/articles", "/contradictions"])
def test_every_list_downloads_as_csv_and_json(dev_client: TestClient, path: str) -> None:
    r = dev_client.get(path, params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    # Claims download in the one claims layout of every CSV (issue 13): its key is claim_id.
    assert rows and ("claim_id" if "claims" in path else "id") in rows[0]
    j = dev_client.get(path, params={"format": "json"}).json()
    assert set(j) == {"total", "offset", "limit", "next", "items"}
    assert len(j["items"]) == len(rows) or j["next"]


def test_limits_are_capped(dev_client: TestClient) -> None:
    r = dev_client.get("/api/claims", params={"limit": 100_000}).json()
    assert r["limit"] == MAX_LIMIT
    assert dev_client.get("/api/claims", params={"limit": 2}).json()["next"].endswith("offset=2")
    csv_r = dev_client.get("/api/claims", params={"limit": 100_000, "format": "csv"})
    assert csv_r.headers["x-total-count"] and MAX_DOWNLOAD < 100_000
    assert dev_client.get("/api/claims", params={"limit": 0}).status_code == 422
    assert dev_client.get("/api/claims", params={"offset": -1}).status_code == 422
    page = dev_client.get("/claims", params={"limit": 1})
    assert page.status_code == 200 and 'rel="next"' in page.text


def test_errors_are_clear(dev_client: TestClient) -> None:
    r = dev_client.get("/deals/0000000000000000")
    assert r.status_code == 404 and "no deal" in r.text
    j = dev_client.get("/api/deals/0000000000000000")
    assert j.status_code == 404 and j.json()["error"].startswith("no deal")
    assert dev_client.get("/api/articles/nope").status_code == 404
    assert dev_client.get("/nowhere").status_code == 404
    bad_date = dev_client.get("/api/deals", params={"as_of": "yesterday"})
    assert bad_date.status_code == 400 and "as_of" in bad_date.json()["error"]
    assert dev_client.get("/deals", params={"stage": "delivered"}).status_code == 400
    assert dev_client.get("/deals", params={"from": "2019-13"}).status_code == 400
    assert dev_client.get("/api/deals", params={"sort": "random"}).status_code == 400


def test_openapi_and_offline_docs(dev_client: TestClient) -> None:
    schema = dev_client.get("/openapi.json").json()
    for path in ("/api/deals", "/api/deals/{deal_id}", "/api/deals/{deal_id}/timeline",
                 "/api/claims", "/api/articles", "/api/contradictions"):  # fmt: skip
        assert path in schema["paths"]
    docs = dev_client.get("/docs").text
    assert "/api/deals/{deal_id}/timeline" in docs and "/openapi.json" in docs
    assert "<script" not in docs and "cdn" not in docs.lower()
    assert dev_client.get("/redoc").status_code == 404


def test_create_app_needs_a_register(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no register"):
        create_app(str(tmp_path / "missing.db"))
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        create_app(str(tmp_path / "junk.db"))


def test_warm_up_fills_the_views_and_changes_are_seen(writable_db: Path) -> None:
    app = create_app(str(writable_db))
    with TestClient(app) as client:
        state = app.state.serve
        assert state.index.warmed.wait(30)
        deals = client.get("/api/deals").json()["items"]
        fp = state.index.fingerprint()
        assert all(state.index.cached_view(fp, d["id"], None) for d in deals)
        before = {d["id"] for d in deals}
        # Another process ingests while the server runs: the next request sees it.
        with Register(writable_db) as register:
            ingest_paths([str(SAMPLES / "11_greece-rafale-arrival.txt")], register)
        after = {d["id"] for d in client.get("/api/deals").json()["items"]}
        assert before < after
        assert client.get("/api/deals", params={"recipient": "GRC"}).json()["total"] >= 1


def test_run_serves_the_app_with_uvicorn(dev_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run(app: object, **kwargs: object) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    run(str(dev_db), "127.0.0.1", 8123, write_token="t")
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].state.serve.write_token == "t"  # type: ignore[attr-defined]


def test_the_language_of_each_article_is_shown(tmp_path: Path) -> None:
    folder = ROOT / "tests" / "fixtures" / "bilingual"
    paths = [str(folder / "ru-algeria-su35.txt"), str(folder / "en-algeria-su35.txt")]
    with Register(tmp_path / "r.db") as register:
        ingest_paths(paths, register)
    with TestClient(create_app(str(tmp_path / "r.db"))) as client:
        articles = {a["doc"]: a for a in client.get("/api/articles").json()["items"]}
        assert {d: a["language"] for d, a in articles.items()} == {
            "ru-algeria-su35.txt": "ru",
            "en-algeria-su35.txt": "en",
        }
        ru = articles["ru-algeria-su35.txt"]
        assert client.get(f"/api/articles/{ru['id']}").json()["language"] == "ru"
        page = client.get(f"/articles/{ru['id']}").text
        assert 'class="article-text" lang="ru"' in page and "Russian" in page
        rows = csv.DictReader(io.StringIO(client.get("/api/articles?format=csv").text))
        assert {r["doc"]: r["language"] for r in rows}["ru-algeria-su35.txt"] == "ru"
        claims = client.get("/api/claims").json()["items"]
        assert {c["doc"]: c["language"] for c in claims} == {
            "ru-algeria-su35.txt": "ru",
            "en-algeria-su35.txt": "en",
        }
        deal = deal_id("Su-35", "RUS", "DZA")
        timeline = client.get(f"/api/deals/{deal}/timeline").json()["items"]
        assert {e["language"] for e in timeline} == {"ru", "en"}
        html = client.get(f"/deals/{deal}").text
        assert 'class="evidence-link" lang="ru"' in html and 'lang="en"' in html
        assert "Russian" in html and "English" in html
        listed = client.get("/claims").text
        assert 'lang="ru"' in listed and "Russian" in listed
