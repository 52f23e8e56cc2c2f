"""Safe by default: read-only unless started with a token, headers on every response, bounded
bodies, escaped text, no script links, neutralised CSV formulas."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from armsledger.serve import create_app
from armsledger.serve.deps import ServeState, get_register
from armsledger.serve.middleware import CSP
from tests.serve.conftest import TOKEN, TestClient

ARTICLE = {
    "id": "posted.txt",
    "title": "Russia ships S-400 to Serbia",
    "published": "2021-01-05",
    "text": "Russia ships S-400 to Serbia\nJan 5, 2021\n\n"
    "Russia delivered the S-400 air defence systems to Serbia in 2020, the FSMTC said.\n",
}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(writable_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(writable_db), write_token=TOKEN, max_body=4096)) as c:
        yield c


def test_security_headers_on_every_response(client: TestClient) -> None:
    responses = [
        client.get("/deals"),
        client.get("/api/deals"),
        client.get("/static/style.css"),
        client.get("/nowhere"),
        client.get("/openapi.json"),
        client.post("/api/articles", json=ARTICLE),  # 401
        client.post("/api/articles", content=b"x" * 5000, headers=AUTH),  # 413
    ]
    assert [r.status_code for r in responses[-2:]] == [401, 413]
    for r in responses:
        assert r.headers["content-security-policy"] == CSP
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
    assert "default-src 'self'" in CSP and "style-src 'self'" in CSP
    assert "unsafe-inline" not in CSP and "unsafe-eval" not in CSP


def test_no_inline_script_or_style_in_pages(client: TestClient) -> None:
    deal = client.get("/api/deals").json()["items"][0]["id"]
    article = client.get("/api/articles").json()["items"][0]["id"]
    for path in ("/", "/deals", f"/deals/{deal}", f"/articles/{article}", "/claims",
                 "/contradictions", "/docs", "/nowhere"):  # fmt: skip
        html = client.get(path).text
        assert "<script" not in html and "<style" not in html and " style=" not in html, path
        assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', ""), path


def test_writes_need_the_token(client: TestClient) -> None:
    missing = client.post("/api/articles", json=ARTICLE)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    basic = client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401
    assert client.get("/api/deals", params={"recipient": "SRB"}).json()["total"] == 0

    ok = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert ok.status_code == 201, ok.text
    result = ok.json()
    assert result["new"] and result["claims"] >= 1 and result["deals"]
    # The read side sees the write at once (the caches are keyed by the file's fingerprint).
    serbia = client.get("/api/deals", params={"recipient": "SRB"}).json()["items"]
    assert [d["id"] for d in serbia] == result["deals"][:1]
    assert client.get(result["url"]).status_code == 200
    again = client.post("/api/articles", json=ARTICLE, headers=AUTH).json()
    assert not again["new"] and again["article_id"] == result["article_id"]


def test_bad_bodies_are_refused(client: TestClient) -> None:
    assert client.post("/api/articles", json={"title": "no text"}, headers=AUTH).status_code == 422
    assert client.post("/api/articles", json={"text": "  "}, headers=AUTH).status_code == 422
    assert client.post("/api/articles", content=b"{not json", headers={
        **AUTH, "content-type": "application/json"}).status_code == 422  # fmt: skip


def test_oversized_bodies_get_413(client: TestClient) -> None:
    big = {**ARTICLE, "text": "S-400 " * 2000}
    declared = client.post("/api/articles", json=big, headers=AUTH)
    assert declared.status_code == 413 and "4096" in declared.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b"x" * 1000

    chunked = client.post("/api/articles", content=chunks(), headers=AUTH)
    assert chunked.status_code == 413
    # A GET with a body is bounded too.
    assert client.request("GET", "/api/deals", content=b"x" * 5000).status_code == 413


def test_read_only_without_a_token(writable_db: Path) -> None:
    with TestClient(create_app(str(writable_db))) as c:
        r = c.post("/api/articles", json=ARTICLE, headers=AUTH)
        assert r.status_code == 403 and "--token" in r.json()["hint"]
    # Reads go through a read-only connection.
    registers = get_register(ServeState(str(writable_db)))
    register = next(registers)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        register.conn.execute("DELETE FROM claims")
    registers.close()


def test_text_is_escaped_and_script_links_are_not_made(client: TestClient) -> None:
    hostile = {
        **ARTICLE,
        "id": "hostile.txt",
        "url": "javascript:alert(1)",
        "title": "<script>alert('title')</script>",
        "text": ARTICLE["text"].replace("in 2020", 'in 2020 <img src=x onerror="alert(1)">'),
    }
    result = client.post("/api/articles", json=hostile, headers=AUTH).json()
    html = client.get(result["url"]).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert 'href="javascript:' not in html and "<code>javascript:alert(1)</code>" in html
    claims = client.get("/api/claims", params={"article": result["article_id"]}).json()
    assert claims["items"], "the hostile sentence still yields its claim"


def test_csv_cells_cannot_be_formulas(client: TestClient) -> None:
    text = '=HYPERLINK("http://x") Russia delivered S-400 systems to Serbia in 2020.\n'
    posted = client.post("/api/articles", json={"id": "f.txt", "text": text}, headers=AUTH)
    assert posted.status_code == 201
    body = client.get("/api/claims", params={"format": "csv", "q": "HYPERLINK"}).text
    assert ",'=HYPERLINK" in body or "\"'=HYPERLINK" in body
    assert ",=HYPERLINK" not in body and '"=HYPERLINK' not in body


@pytest.mark.parametrize("param", ["as_of", "from", "to"])
def test_a_year_zero_date_is_a_400_with_the_headers(client: TestClient, param: str) -> None:
    # Found by issue 14: "0000" passed the date check, then date(0, 1, 1) raised: a 500.
    for path in ("/deals", "/api/deals"):
        response = client.get(path, params={param: "0000"})
        assert response.status_code == 400, (path, response.text)
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"


def test_an_unexpected_error_is_a_500_with_the_headers(writable_db: Path) -> None:
    app = create_app(str(writable_db))

    def boom() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.get("/boom")
    assert response.status_code == 500
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "a bug" not in response.text


# -- Host allow-list (DNS rebinding) and HEAD ---------------------------------------------------


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example"])
def test_an_unknown_host_name_is_refused(client: TestClient, host: str) -> None:
    for path in ("/deals", "/api/deals", "/deals/"):  # "/deals/" would redirect to that host
        r = client.get(path, headers={"Host": host}, follow_redirects=False)
        assert r.status_code == 400, (path, host)
        assert "unknown Host header" in r.json()["error"]
        assert host not in r.text and "location" not in r.headers
        assert r.headers["content-security-policy"] == CSP


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "192.0.2.7", "[::1]"]
)
def test_addresses_and_localhost_are_answered(client: TestClient, host: str) -> None:
    assert client.get("/api/deals", headers={"Host": host}).status_code == 200


def test_names_given_to_serve_are_answered(writable_db: Path) -> None:
    app = create_app(str(writable_db), allowed_hosts=["register.example.org"])
    with TestClient(app) as c:
        ok = c.get("/api/deals", headers={"Host": "register.example.org:443"})
        assert ok.status_code == 200
        assert c.get("/api/deals", headers={"Host": "other.example.org"}).status_code == 400


@pytest.mark.parametrize("path", ["/", "/deals", "/claims", "/articles", "/api/deals", "/docs"])
def test_head_is_answered_like_get_without_a_body(client: TestClient, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == str(len(get.content))
    assert head.headers["x-content-type-options"] == "nosniff"


def test_a_post_signs_only_its_own_article(writable_db: Path, tmp_path: Path) -> None:
    # Articles left unsigned (a killed ingest) are the next ingest's work: a POST that signed
    # them all had to find them by reading every article of the register.
    from armsledger.serve.write import ingest_record
    from armsledger.store import Register
    from tests.conftest import article

    with Register(writable_db) as reg:
        reg.store(
            [
                (article("Unsigned one.", doc="u1.txt"), []),
                (article("Unsigned two.", doc="u2.txt"), []),
            ]
        )
        before = reg.conn.execute("SELECT count(*) FROM story_signatures").fetchone()[0]
    posted = ingest_record(str(writable_db), ARTICLE)
    assert posted.new
    with Register(writable_db) as reg:
        after = reg.conn.execute("SELECT count(*) FROM story_signatures").fetchone()[0]
        assert after == before + 1
        story = reg.conn.execute("SELECT story_id FROM articles WHERE id = ?", (posted.article_id,))
        assert story.fetchone()[0] is not None
