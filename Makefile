# copmop — set-up and everyday commands. `make demo` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DB := demo.duckdb

.PHONY: install demo test lint format bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,dask]"
	touch $(STAMP)

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
	@echo; echo "== Citations that point at nothing =="
	$(BIN)/copmop check --db $(DEMO_DB)
	@echo; echo "== Search: 风险评估 =="
	$(BIN)/copmop search 风险评估 --limit 5 --db $(DEMO_DB)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python scripts/bench.py --synthetic

eval: install
	$(BIN)/python scripts/eval.py

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .ruff_cache .mypy_cache
