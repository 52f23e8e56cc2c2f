# The two set-up commands of the README: `make run` and `make test`. Only python3.11 and make needed.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= armsledger.db

.PHONY: run test lint bench clean

bench: $(VENV)/.test-extras
	$(BIN)/python bench/extract_bench.py
	$(BIN)/python bench/scale_bench.py
	$(BIN)/python bench/web_bench.py

$(BIN)/armsledger: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-extras: $(BIN)/armsledger pyproject.toml
	$(BIN)/pip install -q -e '.[test,spark]'
	touch $@

run: $(BIN)/armsledger
	$(BIN)/armsledger ingest samples --db $(DB)
	$(BIN)/armsledger deals --db $(DB)

test: $(VENV)/.test-extras
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -p no:cacheprovider

lint: $(VENV)/.test-extras
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) build *.egg-info src/*.egg-info
