# The two commands a newcomer runs: `make demo` (the seed to a timeline) and `make test`.
# Each creates its own virtual environment in .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := seeds/000_61f972fdbf11bda3.txt

.PHONY: demo test lint typecheck venv clean

$(BIN)/timeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $@

venv: $(BIN)/timeline

demo: venv
	$(BIN)/timeline extract $(SEED)
	$(BIN)/timeline extract $(SEED) -o seed-timeline.json

lint: venv
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples

typecheck: venv
	$(BIN)/mypy

test: venv lint typecheck
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
