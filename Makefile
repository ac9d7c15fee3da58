# Two commands a fresh machine needs: `make run` and `make test`.  Both call `make install`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEBIAN_PKGS := chromium postgresql fonts-wqy-zenhei poppler-utils
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export ORT_DISABLE_TELEMETRY := 1

.PHONY: install system-deps run test test-fast lint bench samples clean

install: system-deps $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# Debian packages: a browser for the web tests, PostgreSQL for the second database,
# a CJK font for regenerating samples, pdftoppm for looking at reports.
system-deps:
	@missing=""; for p in $(DEBIAN_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

run: install
	$(BIN)/xianjie run

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n 2

test-fast: install
	$(BIN)/python -m pytest -n 2 -m "not slow"

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python -m flows.bench

samples: install
	$(BIN)/python samples/make_samples.py

clean:
	rm -rf var inbox $(VENV)
