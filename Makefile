# make run    serve on 127.0.0.1:8000 with gunicorn (HOST, PORT, WORKERS, LOG_LEVEL)
# make test   run the test suite
# Both create .venv on first use and install the project into it.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# Python 3.11 or newer: python3.11 if present, else python3
PYTHON ?= $(shell command -v python3.11 || command -v python3)
HOST ?= 127.0.0.1
PORT ?= 8000
SHARED ?= ../shared

.PHONY: run test container-check wheels score bench spec-check clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip

# stamps: reinstall when pyproject.toml changes
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	HOST=$(HOST) PORT=$(PORT) exec $(BIN)/gunicorn -c gunicorn.conf.py "service:create_app()"

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# build the image, run it with compose, curl every endpoint, tear down
container-check:
	bash scripts/container-check.sh

# fill wheels/ for a manual `docker compose up --build` (official base, Python 3.12)
wheels:
	bash scripts/container-check.sh --wheels

spec-check: $(VENV)/.installed-test
	$(BIN)/openapi-spec-validator openapi.yaml

score: $(VENV)/.installed
	@if [ -f $(SHARED)/tools/score.py ]; then \
	  $(BIN)/python $(SHARED)/tools/score.py --app service:create_app -v; \
	else echo "no $(SHARED)/tools/score.py here"; fi

bench: $(VENV)/.installed
	@scripts=$$(ls bench/*.py 2>/dev/null); \
	if [ -z "$$scripts" ]; then echo "no benchmarks yet (bench/*.py)"; fi; \
	for s in $$scripts; do echo "== $$s"; $(BIN)/python $$s || exit 1; done

clean:
	rm -rf $(VENV) wheels .container-check .pytest_cache .hypothesis build *.egg-info
