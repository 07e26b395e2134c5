# Utväg — every target sets up .venv on its own when it is missing or stale.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PKG_STAMP := $(VENV)/.installed-package
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test quick lint unit stress bench bench-quick screenshots translations package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PKG_STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Qt's X11 plugin needs system libraries that a fresh Debian/Ubuntu may lack: installed here when
# run as root with apt, otherwise the exact command is printed and make stops.
run: $(STAMP) translations
	$(BIN)/python tools/check_qt_libs.py
	QT_QPA_PLATFORM= $(BIN)/utvag gui

lint: $(STAMP)
	$(BIN)/ruff check desktop tests
	$(BIN)/mypy
	$(BIN)/python tools/typecheck_tests.py

unit: $(STAMP) translations
	$(BIN)/pytest -m "not stress" -p no:cacheprovider

test: lint unit

# While working: lint, then the suite without the slow fuzz, kill and rekey rounds, and Hypothesis
# at a few examples per property. `make test` (and CI) runs everything.
quick: lint translations
	UTVAG_HYPOTHESIS_PROFILE=quick $(BIN)/pytest -q -m "not stress and not slow" -p no:cacheprovider

TRANSFER_KILL_ROUNDS ?= 200

# 500 SIGKILL rounds of committing writes, 70 each during rekey, passwd and backup, the transfer
# export/import kill rounds, and the input fuzz tests with many more examples than the default run.
stress: $(STAMP)
	UTVAG_CRASH_ROUNDS=500 UTVAG_KILL_ROUNDS=70 $(BIN)/pytest -m stress -p no:cacheprovider \
	  tests/vault/test_crash_safety.py tests/vault/test_vault_kill_rounds.py
	UTVAG_TRANSFER_KILL_ROUNDS=$(TRANSFER_KILL_ROUNDS) $(BIN)/pytest -m stress -s -p no:cacheprovider \
		tests/transfer_service/test_transfer_service_kill.py
	UTVAG_FUZZ_EXAMPLES=1000 $(BIN)/pytest -p no:cacheprovider tests/security/test_security_input_fuzz.py

bench: $(STAMP) translations
	command -v age >/dev/null || (apt-get update -qq && apt-get install -y -qq age) || true
	$(BIN)/python tests/bench/run_all.py

# Day-to-day figures in under three minutes (10 000 cases, 256 MiB transfer), the same table,
# written to docs/benchmarks-quick.md; `make bench` stays the one the README quotes.
bench-quick: $(STAMP) translations
	command -v age >/dev/null || (apt-get update -qq && apt-get install -y -qq age) || true
	$(BIN)/python tests/bench/run_all.py --quick

# The self-contained Linux program in dist/utvag (PyInstaller), then its smoke test, which runs the
# built program, not the venv. Xvfb, when it can be had, lets the smoke test try the X11 plugin too.
package: $(PKG_STAMP) translations
	command -v Xvfb >/dev/null || (apt-get update -qq && apt-get install -y -qq xvfb) >/dev/null 2>&1 || true
	bash packaging/linux/build.sh $(BIN)
	$(BIN)/python packaging/smoke_test.py dist/utvag

screenshots: $(STAMP) translations
	$(BIN)/python -m utvag.ui.screenshots docs/screenshots
	for lang in sv en; do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_assessment.py docs/screenshots --lang=$$lang && \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_followup.py docs/screenshots --lang=$$lang || exit 1; \
	done

clean:
	rm -rf $(VENV) build dist *.egg-info resources/i18n/*.qm
