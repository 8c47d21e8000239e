# copmop — set-up and everyday commands. `make demo` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEV_STAMP := $(VENV)/.dev-stamp
DEMO_DB := demo.duckdb
# networkx releases the graph exports are tested against, beside the one installed (tests/test_graph_files.py)
NX_COMPAT := 3.4.2 3.5

.PHONY: install dev browser office demo test lint typecheck format bench bench-web bench-hostile eval clean

# What copmop needs to run (and `make demo` to show it).
install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

# What the tests, the linters and the benchmarks need besides.
dev: $(DEV_STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,dask]"
	for v in $(NX_COMPAT); do \
	  $(BIN)/python -m pip install --quiet --no-deps --upgrade --target $(VENV)/compat/networkx-$$v networkx==$$v; \
	done
	touch $(DEV_STAMP)

demo: install
	rm -f $(DEMO_DB)
	$(BIN)/copmop ingest corpus --db $(DEMO_DB)
	@echo; echo "== The clauses of decision CP-10/7 =="
	$(BIN)/copmop show CP-10/7 --db $(DEMO_DB)
	@echo; echo "== Paragraph 36 of CP-10/7, with its section =="
	$(BIN)/copmop show CP-10/7 --para 36 --db $(DEMO_DB)
	@echo; echo "== The documents in the store =="
	$(BIN)/copmop sql "SELECT doc_id, kind, body, meeting, agenda_item, place, date_start, date_end FROM documents ORDER BY doc_id" --db $(DEMO_DB)
	@echo; echo "== What CP-10/7 builds on =="
	$(BIN)/copmop lineage CP-10/7 --db $(DEMO_DB)
	@echo; echo "== The clauses that cite Article 22 of the Protocol =="
	$(BIN)/copmop clauses --article 22 --db $(DEMO_DB)
	@echo; echo "== Decision x Article, meetings 5 to 10 =="
	$(BIN)/copmop xref --rows decision --cols article --meetings 5-10 --format markdown --db $(DEMO_DB)
	@echo; echo "== Citations that point at nothing (check exits 1 when it finds some) =="
	-$(BIN)/copmop check --db $(DEMO_DB)
	@echo; echo "== Search: 风险评估 =="
	$(BIN)/copmop search 风险评估 --limit 5 --db $(DEMO_DB)
	@echo; echo "Now try it yourself: . $(BIN)/activate && copmop --help"
	@echo; echo "Or browse it (http://127.0.0.1:8000/, Ctrl-C stops it):"
	@echo "  $(BIN)/copmop serve --db $(DEMO_DB)"

# The browser the web view's end-to-end tests drive: Debian's Chromium and its driver, installed
# with apt when missing (as root, or through sudo).
CHROMIUM := /usr/bin/chromium
SOFFICE := /usr/bin/soffice
CHROMEDRIVER := /usr/bin/chromedriver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

browser:
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then :; else \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver; \
	fi

# LibreOffice Calc, which the tests open the spreadsheet outputs in (tests/test_office.py)
office:
	@if [ -x $(SOFFICE) ] && [ -e /usr/lib/libreoffice/program/libsclo.so ]; then :; else \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-calc-nogui; \
	fi

test: dev browser office
	$(BIN)/python -m pytest

lint: dev typecheck
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy cannot follow the editable install's import hook: it checks a tree of links that puts the
# project's folders where they install (copmop/pipeline → pipeline/, …).
typecheck: dev
	rm -rf build/typecheck && mkdir -p build/typecheck/copmop
	for d in pipeline lang extractors graph web; do ln -s ../../../$$d build/typecheck/copmop/$$d; done
	for f in copmop/*.py; do ln -s ../../../$$f build/typecheck/copmop/; done
	cd build/typecheck && ../../$(BIN)/mypy --config-file ../../pyproject.toml copmop

format: dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: dev
	$(BIN)/python scripts/bench.py --synthetic

# Every page of the web view timed over the synthetic store of 10,000 decisions.
bench-web: dev
	$(BIN)/python scripts/bench_web.py

# Peak memory of a worker on each bomb, with and without the limits; signal to exit over many runs.
bench-hostile: dev
	$(BIN)/python scripts/bench_hostile.py

eval: dev
	$(BIN)/python scripts/eval.py
	@echo
	$(BIN)/python scripts/eval_treatment.py
	@echo
	$(BIN)/python scripts/eval_structure.py | tail -12

clean:
	rm -rf $(VENV) $(DEMO_DB) build .pytest_cache .ruff_cache .mypy_cache
