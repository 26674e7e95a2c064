# pressconv — every target sets up what it needs itself (venv, Python and npm packages, Debian packages).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PYTHON    := $(VENV)/bin/python
PIP       := $(VENV)/bin/pip
PRESSCONV := $(VENV)/bin/pressconv
PY_STAMP  := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
SYS_STAMP := .venv/.system-deps
EXAMPLE   := examples/de-city-dortmund-seed.txt
DEMO_OUT  := demo-out
# Reproducible demo and test outputs: 2018-09-20 12:00 UTC, the example's release date.
export SOURCE_DATE_EPOCH ?= 1537444800
# Pinned for the test suite: the Playwright package must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PUPPETEER_SKIP_DOWNLOAD := true

.PHONY: help setup demo test lint typecheck accept eval eval-easy bench fuzz dist clean

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(SYS_STAMP): scripts/install-system-deps.sh
	@mkdir -p $(VENV)
	bash scripts/install-system-deps.sh
	@touch $@

$(PY_STAMP): pyproject.toml $(SYS_STAMP)
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[dev]'
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(SYS_STAMP) $(PY_STAMP) $(NPM_STAMP) ## Install everything (Debian packages, venv, npm packages)

demo: setup ## Convert the bundled example release into every format, with screenshots and page images
	@rm -rf $(DEMO_OUT) && mkdir -p $(DEMO_OUT)/look
	$(PRESSCONV) inspect $(EXAMPLE) > $(DEMO_OUT)/de-city-dortmund-seed.inspect.txt
	$(PRESSCONV) convert $(EXAMPLE) --to all,json --out-dir $(DEMO_OUT)
	$(PRESSCONV) convert $(EXAMPLE) --to pdf,epub,docx --easy --out-dir $(DEMO_OUT) --quiet --force
	$(PYTHON) scripts/screenshot.py $(DEMO_OUT)/de-city-dortmund-seed.html --out-dir $(DEMO_OUT)/look --stem html
	$(PYTHON) scripts/screenshot.py $(DEMO_OUT)/de-city-dortmund-seed.leicht.html --out-dir $(DEMO_OUT)/look --stem easy
	pdftoppm -r 60 -png $(DEMO_OUT)/de-city-dortmund-seed.pdf $(DEMO_OUT)/look/pdf-page
	@echo
	@echo "The example $(EXAMPLE) converted; outputs are in $(DEMO_OUT)/:"
	@ls -1 $(DEMO_OUT) | grep -v '^look$$' | sed 's/^/  $(DEMO_OUT)\//'
	@echo "Screenshots (light, dark, 320 px) and PDF page images to look at are in $(DEMO_OUT)/look/."

test: setup ## Run the whole test suite, real validators included
	$(VENV)/bin/pytest -n 2 --dist loadfile -q

lint: setup ## ruff (lint and format check) and mypy --strict
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests
	$(VENV)/bin/mypy

typecheck: lint

accept: setup ## Rewrite the golden files from the current outputs (review the diff!)
	PRESSCONV_ACCEPT=1 $(VENV)/bin/pytest -q -n 2 --dist loadfile tests/parser tests/corpus tests/writers

eval: setup ## Score the parser against the hand-made gold annotations (per field, per source, overall)
	$(PYTHON) -m tests.eval.score

eval-easy: setup ## Automatic figures of the Leichte-Sprache summaries over every German corpus release
	PYTHONPATH=src $(PYTHON) -m tests.eval.easy

bench: setup ## Measure speed and memory (figures, not pass/fail)
	$(PYTHON) bench/run.py

fuzz: setup ## Longer property-based tests
	HYPOTHESIS_PROFILE=fuzz $(VENV)/bin/pytest -q tests/property

dist: setup ## Build the wheel and sdist into dist/
	$(PIP) install --quiet build
	$(PYTHON) -m build --outdir dist

clean: ## Remove build products, outputs and caches (keeps the venv and node_modules)
	rm -rf $(DEMO_OUT) dist build test-artifacts .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
