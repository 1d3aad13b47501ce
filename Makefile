# The two commands a newcomer runs: `make demo` (the seed to a timeline) and `make test`.
# Each creates its own virtual environment in .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := seeds/000_61f972fdbf11bda3.txt

.PHONY: demo test test-tools lint typecheck venv clean

$(BIN)/timeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $@

venv: $(BIN)/timeline

demo: venv
	$(BIN)/timeline extract $(SEED) --format table
	$(BIN)/timeline extract $(SEED) -o seed-timeline.json

lint: venv
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples

typecheck: venv
	$(BIN)/mypy

test: venv lint typecheck test-tools
	$(BIN)/pytest

# What the export tests check files with: Mozilla's ical.js (npm, where node is installed) and
# Debian's chromium + chromium-driver (installed with apt-get where missing and apt-get is usable).
# Where one cannot be had, this says so and the tests that need it skip, naming the reason.
test-tools:
	@if ! command -v npm >/dev/null 2>&1; then \
		echo "test-tools: node/npm not found: the ical.js checks will be skipped"; \
	elif [ ! tests/js/node_modules/.package-lock.json -nt tests/js/package-lock.json ]; then \
		npm ci --prefix tests/js --no-audit --no-fund --loglevel=error \
			|| echo "test-tools: npm ci failed: the ical.js checks will be skipped"; \
	fi
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
				apt-get install -y -qq chromium chromium-driver >/dev/null) \
			|| echo "test-tools: apt-get could not install chromium: the browser tests will be skipped"; \
		else \
			echo "test-tools: chromium/chromedriver missing, apt-get unusable: browser tests will be skipped"; \
		fi; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
