# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := examples/ketamine-review.md

.PHONY: demo test lint bench clean readme

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Audits the bundled example offline: answers come from the bundled snapshot only.
# The exit code of the audit is 1 when it finds wrong or unfindable citations; the demo
# shows the report either way, so that code is not treated as a failure here.
demo: $(STAMP)
	$(BIN)/citecheck audit $(EXAMPLE) --offline --no-cache --json demo-findings.json; \
	  status=$$?; [ $$status -le 1 ] || exit $$status
	@echo "findings file: demo-findings.json"

test: $(STAMP)
	$(BIN)/python -m pytest

# The README's sample report is the tool's own output; tests/test_readme.py fails when it drifts.
readme: $(STAMP)
	$(BIN)/python scripts/readme_sample.py

# Style, format and types: what pre-commit runs, for the whole tree.
lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/bench_claims.py
	$(BIN)/python bench/eval_verdicts.py
	$(BIN)/python bench/bench_snapshot.py
	$(BIN)/python bench/bench_resolve.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache demo-findings.json
