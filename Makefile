# The two set-up commands of the README: `make run` and `make test`. Only python3.11 and make needed.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= armsledger.db

.PHONY: run test lint bench clean

$(BIN)/armsledger: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-extras: $(BIN)/armsledger
	$(BIN)/pip install -q -e '.[test]'
	touch $@

run: $(BIN)/armsledger
	$(BIN)/armsledger ingest samples --db $(DB)
	$(BIN)/armsledger deals --db $(DB)

test: $(VENV)/.test-extras
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(VENV)/.test-extras
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) build *.egg-info src/*.egg-info
