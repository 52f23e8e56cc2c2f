"""The register in a real headless Chromium: filter, open a deal with a contradiction, see it
and the timeline, follow a claim to its highlighted sentence; and hostile article text that
must neither run nor render as markup."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from tests.serve.conftest import ARTIFACTS, TOKEN, Corpus, LiveServer, PageProbe

pytestmark = pytest.mark.browser

HOSTILE = (
    "<script>window.__xss = 1; alert('headline')</script> Russia ships S-400 to Serbia\n"
    "Jan 5, 2021\n\n"
    "Russia delivered the S-400 air defence systems to Serbia in 2020, the FSMTC said "
    '<img src=x onerror="window.__xss = 2; alert(2)">.\n\n'
    'Officials <a href="javascript:alert(3)" onclick="alert(4)">confirmed</a> it '
    '"><svg onload=alert(5)></svg>.\n'
    '<iframe src="javascript:alert(6)"></iframe><style>body { display: none }</style>'
    '<b id="injected">bold</b>\n'
)


def _no_csp_violations(probe: PageProbe) -> None:
    assert not [e for e in probe.errors if "Content Security Policy" in e or "Refused" in e], (
        probe.errors
    )


def test_filter_open_deal_and_follow_claim(
    probe: PageProbe, live_server: LiveServer, dev_corpus: Corpus
) -> None:
    page = probe.page
    page.goto(f"{live_server.url}/deals")
    assert page.locator("table.deals tbody tr").count() > 1

    # Filter to the recipient with the form.
    page.fill("input[name=recipient]", dev_corpus.recipient)
    page.click("#deal-filters button[type=submit]")
    page.wait_for_url(re.compile(rf"recipient={dev_corpus.recipient}"))
    recipients = page.locator("table.deals td.recipient").all_inner_texts()
    assert recipients and all(r.strip() == dev_corpus.recipient for r in recipients)

    # Open the deal.
    row = (
        page.locator("table.deals tbody tr")
        .filter(has=page.locator("td.supplier", has_text=dev_corpus.supplier))
        .filter(has=page.locator("a.deal-link", has_text=dev_corpus.system))
    )
    row.locator("a.deal-link").click()
    page.wait_for_url(re.compile(r"/deals/[0-9a-f]+$"))
    assert dev_corpus.system in page.locator("h1").inner_text()

    # The contradiction and the timeline are there.
    contradictions = page.locator("#contradictions article.contradiction")
    assert contradictions.count() >= 1
    kinds = " ".join(contradictions.locator(".kind").all_inner_texts()).lower()
    assert dev_corpus.kind.replace("_", " ") in kinds
    assert contradictions.first.locator(".side").count() == 2
    timeline = page.locator("svg.timeline")
    assert timeline.is_visible()
    assert timeline.locator("a.marker").count() >= 2
    assert timeline.locator("a.marker.contra").count() >= 2
    assert timeline.locator("a.contra-link").count() >= 1
    assert page.locator(".status-value").inner_text().strip()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "deal.png"), full_page=True)
    deal_url = page.url

    # Follow a contradicted claim to its sentence, highlighted in the article.
    link = page.locator("table.claims tr.contra a.evidence-link").first
    evidence = link.inner_text().strip()
    claim_id = link.get_attribute("href").rsplit("#claim-", 1)[1]
    link.click()
    page.wait_for_url(re.compile(rf"/articles/[0-9a-f]+#claim-{claim_id}$"))
    mark = page.locator(f"mark.claim:has(#claim-{claim_id})")
    assert mark.count() == 1 and mark.is_visible()
    marked = " ".join(page.locator("mark.claim").all_inner_texts())
    assert evidence[:40] in marked
    assert page.locator("mark.claim:has(.anchor:target)").count() == 1
    # The sentence links back to its deal.
    assert page.locator(f"a.ref[href$='#claim-{claim_id}']").count() == 1

    # The status as of a date, picked with the date input.
    page.goto(deal_url)
    page.fill("input[name=as_of]", "2000-01-01")
    page.click("form.asof button[type=submit]")
    page.wait_for_url(re.compile(r"as_of=2000-01-01"))
    assert "as of 2000-01-01" in page.locator("#status h2").inner_text()
    # Dated claims come later and are left out; a claim whose page gives only an "Updated"
    # stamp (an upper bound) stays, marked, rather than vanish (issue 13).
    assert "reported after 2000-01-01 are left out" in page.locator("#status").inner_text()
    assert probe.dialogs == []
    _no_csp_violations(probe)


def test_pages_load_nothing_from_outside(probe: PageProbe, live_server: LiveServer) -> None:
    page = probe.page
    for path in ("/", "/contradictions", "/claims?q=deliver*", "/articles", "/docs"):
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1
    assert page.locator("section.endpoint code", has_text="/api/deals").count() >= 1
    outside = [u for u in probe.requests if not u.startswith(live_server.url)]
    assert outside == []
    _no_csp_violations(probe)


def test_hostile_article_neither_runs_nor_renders(
    probe: PageProbe, live_server: LiveServer
) -> None:
    record = {
        "id": "hostile.txt",
        "title": '<b id="injected-title" onmouseover="alert(8)">S-400</b>',
        "url": "javascript:alert(7)",
        "published": "2021-01-05",
        "text": HOSTILE,
    }
    posted = httpx.post(
        f"{live_server.url}/api/articles",
        json=record,
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert posted.status_code == 201, posted.text
    result = posted.json()
    assert result["claims"] >= 1
    article_url = live_server.url + result["url"]
    deal_url = f"{live_server.url}/deals/{result['deals'][0]}"

    page = probe.page
    for url in (article_url, deal_url, f"{live_server.url}/claims?q=Serbia",
                f"{live_server.url}/articles"):  # fmt: skip
        page.goto(url)
        page.wait_for_load_state("load")
        page.mouse.move(200, 200)
        for selector in ("script", "img", "iframe", "svg[onload]", "[onerror]", "[onclick]",
                         "[onmouseover]", "#injected", "#injected-title", "main style",
                         "a[href^='javascript']"):  # fmt: skip
            assert page.locator(selector).count() == 0, (url, selector)
        assert page.evaluate("() => window.__xss") is None
        assert page.locator("body").is_visible()

    # The markup is shown as text, highlighted like any claim sentence.
    page.goto(article_url)
    text = page.locator(".article-text").inner_text()
    assert "<script>window.__xss = 1; alert('headline')</script>" in text
    assert '<img src=x onerror="window.__xss = 2; alert(2)">' in text
    assert "<script>" in page.locator("mark.claim").first.inner_text()
    assert '<b id="injected-title"' in page.locator("h1").inner_text()
    assert probe.dialogs == []

    raw = httpx.get(article_url).text
    assert "<script" not in raw and "<iframe" not in raw and "<img" not in raw
    assert "&lt;script&gt;window.__xss = 1;" in raw
    assert 'href="javascript' not in raw


PHONE = {"width": 420, "height": 860}


def test_a_phone_never_scrolls_the_page_sideways(
    browser: Any, live_server: LiveServer, dev_corpus: Corpus
) -> None:
    """Issue 13: at 420 px no page is wider than the screen (tables and the timeline scroll
    in their own box) and the timeline's labels keep a legible size."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        deals = httpx.get(
            f"{live_server.url}/api/deals", params={"system": dev_corpus.system}
        ).json()["items"]
        deal = deals[0]["id"]
        article = httpx.get(f"{live_server.url}/api/articles").json()["items"][0]["id"]
        paths = ["/", "/deals", "/claims", "/contradictions", "/articles", "/docs",
                 f"/deals/{deal}", f"/articles/{article}"]  # fmt: skip
        for path in paths:
            page.goto(f"{live_server.url}{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], (path, width)
        page.goto(f"{live_server.url}/deals/{deal}")
        label = page.locator("svg.timeline .tick-label").first
        box = label.bounding_box()
        assert box is not None and box["height"] >= 9, box
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "phone-deal.png"), full_page=True)
    finally:
        context.close()
