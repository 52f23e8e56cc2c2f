"""Filters as a user types them, the same in CLI, web and API (issue 13, 3)."""

from __future__ import annotations

import json
import warnings

import pytest

from armsledger import lookup
from armsledger.serve import create_app
from tests.truth.kit import invoke, run, samples_register

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return samples_register(tmp_path_factory, "filters")


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(db, warm=False))


def _deals(db: str, *args: str) -> set[str]:
    return {d["id"] for d in json.loads(run("deals", "--db", db, "--format", "json", *args))}


@pytest.mark.parametrize(
    ("option", "canonical", "typed"),
    [
        ("--recipient", "CHN", ["chn", "China", "Beijing", "china"]),
        ("--supplier", "RUS", ["rus", "Russia", "Moscow", "the Kremlin"]),
        ("--recipient", "TUR", ["Turkey", "Türkiye", "Ankara"]),
        ("--recipient", "Houthis", ["houthis", "HOUTHIS", "Houthis"]),
        ("--system", "S-400", ["s400", "Triumf", "SA-21", "S-400 Triumf"]),
        ("--system", "F-16", ["f16", "F-16V"]),
    ],
)
def test_cli_web_and_api_read_names_alike(
    db: str, client: TestClient, option: str, canonical: str, typed: list[str]
) -> None:
    expected = _deals(db, option, canonical)
    assert expected, canonical
    param = option.lstrip("-")
    for text in typed:
        assert _deals(db, option, text) == expected, text
        api = client.get("/api/deals", params={param: text}).json()
        assert {d["id"] for d in api["items"]} == expected, text
        page = client.get("/deals", params={param: text}).text
        assert all(ident in page for ident in expected), text
        claims = client.get("/api/claims", params={param: text}).json()["items"]
        assert claims and {c["deal_id"] for c in claims} <= expected | set(), text


def test_a_non_state_party_is_never_upper_cased(db: str) -> None:
    found = json.loads(run("claims", "--db", db, "--recipient", "houthis", "--format", "jsonl")
                       .splitlines()[0])  # fmt: skip
    assert found["recipient"] == "Houthis"
    table = run("timeline", "Qasef-1", "--supplier", "Iran", "--recipient", "Houthis", "--db", db)
    assert "Qasef-1" in table


def test_an_empty_result_says_what_was_looked_for_and_suggests(db: str, client: TestClient) -> None:
    result = invoke("deals", "--db", db, "--recipient", "Chna")
    assert result.code == 0
    assert "'Chna'" in result.stderr and "China (CHN)" in result.stderr
    claims = invoke("claims", "--db", db, "--system", "S-4000")
    assert "'S-4000'" in claims.stderr and "S-400" in claims.stderr
    missing = invoke("timeline", "Qasef-1", "--supplier", "Iran", "--recipient", "Hootis",
                     "--db", db)  # fmt: skip
    assert missing.code == 1 and "Houthis" in missing.stderr
    api = client.get("/api/deals", params={"recipient": "Chna"}).json()
    assert api["items"] == [] and "China (CHN)" in api["note"]
    page = client.get("/claims", params={"recipient": "Chna"}).text
    assert "China (CHN)" in page


def test_lookup_reads_what_the_register_holds() -> None:
    known = lookup.Known(frozenset({"S-400", "Su-35"}), frozenset({"RUS", "CHN", "Houthis"}))
    assert lookup.party("beijing", known) == "CHN"
    assert lookup.party("HOUTHIS", known) == "Houthis"
    assert lookup.party("xyz", known) == "XYZ"  # a code it does not hold: finds nothing
    # The bare name is the US jammer's (EA-18G Growler); the S-400's is "SA-21 Growler".
    assert lookup.system("Growler", known) == "EA-18G"
    assert lookup.system("SA-21 Growler", known) == "S-400"
    note = lookup.empty_note(known, supplier="Rusia")
    assert note is not None and "Russia (RUS)" in note
