"""OpenAPI response schemas are real models (issue 13): every JSON route of ``/api`` declares
what it answers, no 2xx JSON schema is empty (``{}``) anywhere inside, and real responses of
the register validate against the declared models, which forbid fields they do not name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError

from armsledger.serve import create_app, schemas
from armsledger.serve.api import router
from tests.serve.conftest import TOKEN, TestClient

# Keys that say nothing about a value's shape: a schema holding only these accepts anything.
DESCRIPTIVE = {"title", "description", "default", "examples"}


def _resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if not ref:
        return schema
    name = ref.rsplit("/", 1)[-1]
    resolved: dict[str, Any] = spec["components"]["schemas"][name]
    return resolved


def _empty_parts(
    schema: dict[str, Any], spec: dict[str, Any], where: str, seen: set[str]
) -> Iterator[str]:
    """Every place inside ``schema`` (refs followed once) that accepts any value at all."""
    ref = schema.get("$ref")
    if ref:
        if ref in seen:
            return
        seen.add(ref)
        schema = _resolve(schema, spec)
        where = f"{where}->{ref.rsplit('/', 1)[-1]}"
    if not set(schema) - DESCRIPTIVE:
        yield where
        return
    for key in ("anyOf", "oneOf", "allOf"):
        for i, part in enumerate(schema.get(key, [])):
            yield from _empty_parts(part, spec, f"{where}.{key}[{i}]", seen)
    for name, part in schema.get("properties", {}).items():
        yield from _empty_parts(part, spec, f"{where}.{name}", seen)
    if isinstance(schema.get("items"), dict):
        yield from _empty_parts(schema["items"], spec, f"{where}[]", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _empty_parts(schema["additionalProperties"], spec, f"{where}{{}}", seen)
    loose = schema.get("additionalProperties") in (None, True)
    if schema.get("type") == "object" and not schema.get("properties") and loose:
        yield f"{where} (an object of anything)"


def test_no_json_response_of_the_api_has_an_empty_schema(dev_client: TestClient) -> None:
    spec = dev_client.get("/openapi.json").json()
    operations = [
        (f"{method.upper()} {path}", op)
        for path, methods in spec["paths"].items()
        if path.startswith("/api")
        for method, op in methods.items()
    ]
    assert len(operations) >= 8
    for name, op in operations:
        ok = {code: r for code, r in op["responses"].items() if code.startswith("2")}
        assert ok, f"{name}: no 2xx response"
        for code, response in ok.items():
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            assert schema is not None, f"{name} {code}: no JSON schema"
            empty = list(_empty_parts(schema, spec, f"{name} {code}", set()))
            assert not empty, empty
        for code in ("404", "422"):
            error = op["responses"][code]["content"]["application/json"]["schema"]
            assert error["$ref"].endswith("/ErrorOut"), name


def _api_routes() -> dict[tuple[str, str], type[BaseModel]]:
    """(method, path) -> the model each /api route declares for its success response."""
    found: dict[tuple[str, str], type[BaseModel]] = {}
    for route in router.routes:
        assert isinstance(route, APIRoute)
        model = route.response_model or route.responses.get(200, {}).get("model")
        assert isinstance(model, type) and issubclass(model, BaseModel), route.path
        for method in route.methods:
            found[(method, route.path)] = model
    return found


def _check(model: type[BaseModel], response: Any) -> dict[str, Any]:
    assert response.status_code in (200, 201), response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    model.model_validate(body)
    return body


def test_real_responses_validate_against_the_declared_models(
    dev_client: TestClient, dev_db: Path
) -> None:
    models = _api_routes()

    def get(path: str, url: str) -> dict[str, Any]:
        return _check(models[("GET", path)], dev_client.get(url))

    assert get("/api", "/api")["counts"]["claims"] > 0
    deals = get("/api/deals", "/api/deals?limit=200")["items"]
    assert deals
    disputed = next(d for d in deals if d["contradictions"])
    for deal in (deals[0], disputed):
        detail = get("/api/deals/{deal_id}", f"/api/deals/{deal['id']}")
        get("/api/deals/{deal_id}", f"/api/deals/{deal['id']}?as_of=2019-12-31")
        timeline = f"/api/deals/{deal['id']}/timeline"
        for order in ("event", "report"):
            assert get("/api/deals/{deal_id}/timeline", f"{timeline}?order={order}")["items"]
    assert detail["contradictions"]
    claims = get("/api/claims", "/api/claims?limit=200")["items"]
    assert claims and any(c["report_from"] for c in claims)
    assert get("/api/claims", "/api/claims?q=delivered")["items"]
    empty = get("/api/claims", "/api/claims?system=Nonexistent-9")
    assert empty["items"] == [] and empty["note"]
    assert get("/api/contradictions", "/api/contradictions?limit=200")["items"]
    articles = get("/api/articles", "/api/articles?limit=200")["items"]
    assert articles and all("source_url" in a for a in articles)
    article = get("/api/articles/{article_id}", f"/api/articles/{articles[0]['id']}")
    assert article["text"] and article["url"] == f"/articles/{articles[0]['id']}"
    assert {path for _, path in models} >= {
        "/api", "/api/deals", "/api/deals/{deal_id}", "/api/deals/{deal_id}/timeline",
        "/api/claims", "/api/articles", "/api/articles/{article_id}", "/api/contradictions",
    }  # fmt: skip


def test_errors_validate_against_the_error_model(dev_client: TestClient) -> None:
    for url, status in (
        ("/api/deals/nonexistent", 404),
        ("/api/deals?as_of=31/12/2019", 400),
        ("/api/deals?limit=many", 422),
        ("/api/claims?q=AND", 400),
    ):
        response = dev_client.get(url)
        assert response.status_code == status, (url, response.text)
        schemas.ErrorOut.model_validate(response.json())


def test_a_posted_article_answers_with_its_model(writable_db: Path) -> None:
    text = "Norway delivered two NASAMS batteries to Ukraine in March, the ministry said.\n"
    body = {"id": "posted.txt", "published": "2023-04-02", "text": text}
    with TestClient(create_app(str(writable_db), write_token=TOKEN)) as client:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        answer = _check(schemas.IngestedOut, client.post("/api/articles", json=body, headers=auth))
    assert answer["new"] and answer["claims"] >= 1 and answer["deals"]


def test_the_models_refuse_a_record_that_drifted(dev_client: TestClient) -> None:
    claim = dev_client.get("/api/claims?limit=1").json()["items"][0]
    schemas.ClaimOut.model_validate(claim)
    with pytest.raises(ValidationError, match="extra"):
        schemas.ClaimOut.model_validate({**claim, "confidence": 0.9})
    with pytest.raises(ValidationError, match="report_from"):
        schemas.ClaimOut.model_validate({k: v for k, v in claim.items() if k != "report_from"})
    with pytest.raises(ValidationError):
        schemas.ClaimOut.model_validate({**claim, "stage": "rumoured"})


def test_the_docs_page_names_each_answer_and_its_fields(dev_client: TestClient) -> None:
    docs = dev_client.get("/docs").text
    assert "Answers: a page of <code>DealOut</code> items" in docs
    assert "Answers: <code>DealDetail</code>" in docs
    assert "<code>report_from</code>" in docs and "<code>source_url</code>" in docs
