"""Every date input goes through one check, in CLI, web and API (issue 13, 4)."""

from __future__ import annotations

import warnings

import pytest

from armsledger.errors import QueryError
from armsledger.reconcile.dates import ACCEPTED, date_input
from armsledger.serve import create_app
from tests.conftest import SAMPLES
from tests.truth.kit import invoke, run

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

BAD = ["31/12/2019", "2019-13", "0000", "yesterday", "2019-02-30", "2019-12-31T00:00", "20191231"]
GOOD = {
    "2019": "2019",
    "2019-12": "2019-12",
    "2019-7-1": "2019-07-01",
    " 2019-12-31 ": "2019-12-31",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("dates") / "s.db")
    run("ingest", str(SAMPLES / "03_india-s400-deliveries-begin.txt"), "--db", path)
    return path


def test_one_function_reads_dates() -> None:
    for typed, normal in GOOD.items():
        assert date_input("x", typed) == normal
    assert date_input("x", "") is None and date_input("x", None) is None
    for typed in BAD:
        with pytest.raises(QueryError, match="is not a date") as caught:
            date_input("--as-of", typed)
        assert ACCEPTED in str(caught.value)
    with pytest.raises(QueryError, match="did you mean 2019-12-31"):
        date_input("--as-of", "31/12/2019")


@pytest.mark.parametrize("typed", BAD)
def test_cli_web_and_api_refuse_the_same_dates(db: str, typed: str) -> None:
    client = TestClient(create_app(db, warm=False))
    for command in (["deals"], ["contradictions"], ["export"], ["timeline", "S-400"]):
        result = invoke(*command, "--db", db, "--as-of", typed)
        assert result.code == 1, (command, result.stdout)
        assert "is not a date" in result.stderr and ACCEPTED in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    for path, param in (("/api/deals", "as_of"), ("/api/deals", "from"), ("/deals", "to"),
                        ("/api/contradictions", "as_of")):  # fmt: skip
        response = client.get(path, params={param: typed})
        assert response.status_code == 400, (path, param)
        assert ACCEPTED in response.text


@pytest.mark.parametrize("typed", list(GOOD))
def test_cli_web_and_api_accept_the_same_dates(db: str, typed: str) -> None:
    client = TestClient(create_app(db, warm=False))
    assert invoke("deals", "--db", db, "--as-of", typed).code == 0
    assert client.get("/api/deals", params={"as_of": typed}).status_code == 200
