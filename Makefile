# Quietroom — `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: help run demo test fuzz-long lint fmt typecheck bench bench-quick screenshots lock package package-test package-lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | sort

$(STAMP): requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)  ## set up .venv from the lock file and start the desktop app
	$(BIN)/python -m ui.main

demo: $(STAMP)  ## explore a throwaway vault with a fictional dialogue (deleted on exit)
	$(BIN)/python -m ui.main --demo

test: $(STAMP)  ## set up .venv and run the whole suite (Qt offscreen)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

fuzz-long: $(STAMP)  ## long fuzz job: 20,000 hypothesis examples per parser (docs/robustness.md)
	$(BIN)/python -m pytest tests/fuzz --hypothesis-profile=long -q

lint: $(STAMP)  ## ruff (lint and format check) and strict mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fmt: $(STAMP)  ## format the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The bench's peers (pyrage) from their own lock file, with hashes; `make test` does not need them.
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) requirements/bench.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/bench.lock
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)  ## print the benchmark figures (see bench/README.md)
	$(BIN)/python -m bench.run

bench-quick: $(BENCH_STAMP)  ## the everyday benchmark, under two minutes
	$(BIN)/python -m bench.run --quick

screenshots: $(STAMP)  ## PNGs of the main screens into screenshots/ (offscreen, or DISPLAY=:99)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m tests.ui.screenshots screenshots

.PHONY: translations
TS := ui/translations/quietroom_ar.ts ui/translations/quietroom_fr.ts
translations: $(STAMP)  ## update ui/translations/*.ts from ui/ (pyside6-lupdate), compile the .qm files
	$(BIN)/python -m ui.error_texts_gen
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find ui -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly $$(find ui -name '*.py' | sort) \
		-ts ui/translations/quietroom_en.ts
	$(BIN)/pyside6-lrelease $(TS) ui/translations/quietroom_en.ts

lock:  ## regenerate the lock files with hashes (needs uv on PATH)
	uv pip compile pyproject.toml --group dev --generate-hashes --python-version 3.11 -o requirements/dev.lock
	uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -o requirements/runtime.lock
	uv pip compile --group pyproject.toml:bench --generate-hashes --python-version 3.11 -o requirements/bench.lock

# The bundle's own venv, installed only from the lock files with hashes (.venv is not touched).
PACKAGE_VENV := build/venv-package
PACKAGE_VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
PACKAGE_TARBALL = dist/quietroom-$(PACKAGE_VERSION)-linux-$(shell uname -m).tar.gz

package:  ## Linux bundle: dist/quietroom-VERSION-linux-ARCH.tar.gz and dist/SHA256SUMS
	PYTHON=$(PYTHON) PACKAGE_VENV=$(PACKAGE_VENV) packaging/linux/build.sh

package-test:  ## unpack the tarball in an empty folder, run the bundled CLI and GUI (slow)
	$(PYTHON) packaging/linux/smoke_test.py $(PACKAGE_TARBALL)

package-lock:  ## regenerate requirements/package.lock (needs uv on PATH)
	uv pip compile --group pyproject.toml:package -c requirements/runtime.lock --generate-hashes --python-version 3.11 -o requirements/package.lock

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
