# sitrep: `make run` and `make test` are all a new machine needs (Python 3.11, pip, make, git).
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
INPUT  ?= seeds
WAREHOUSE ?= warehouse

.PHONY: install run test test-fast lint bench bench-scale bench-geo clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/sitrep run --input $(INPUT) --warehouse $(WAREHOUSE)
	$(BIN)/sitrep report --warehouse $(WAREHOUSE)

test: install
	$(BIN)/python -m pytest -q

test-fast: install  # everything but the end-to-end runs (Prefect servers, subprocesses, wheel builds): a few minutes
	$(BIN)/python -m pytest -q -m "not slow"

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/bench_pipeline.py

bench-scale: install  # report queries over 10M synthetic events, then whole runs (fixed cost, re-runs, memory, dev-set F1); WRITE=--write updates bench/RESULTS.md
	$(BIN)/python bench/bench_queries.py $(WRITE)
	$(BIN)/python bench/bench_scale.py $(WRITE)

bench-geo: install
	$(BIN)/python bench/bench_geo.py

clean:
	rm -rf $(VENV) .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
