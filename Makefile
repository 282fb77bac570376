# Partner Scout: `make run` opens the GUI on the bundled sample, `make test` runs every test headless.
# Both create .venv and install the pinned dependencies (constraints.txt) on first use.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DOMAIN := partner_scout

BUNDLE_STAMP := $(VENV)/.installed-bundle
BUNDLE := dist/partner-scout

.PHONY: run test bench lint screenshot sample translations clean bundle bundle-test

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

# PyInstaller too (the `bundle` extra); kept out of `make test`, whose venv stays as it was.
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,bundle]"
	touch $(BUNDLE_STAMP)

run: $(STAMP)
	$(BIN)/partner-scout

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check .
	$(BIN)/lint-imports

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshot docs/screenshot.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshot docs/screenshot-1280x800.png --size 1280x800
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshot docs/screenshot-1920x1080.png --size 1920x1080
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshot docs/screenshot-1280x800-large-text.png --size 1280x800 --text-steps 4
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshot docs/robustness.png --size 1920x1080 --robustness

sample: $(STAMP)
	$(BIN)/python -m workbooks.build_sample

# After changing a message (lang.t("...") in the core, tr() in the GUI): refresh the catalogues
# (the core's .po, the GUI's .ts), translate what is new, compile.
translations: $(STAMP)
	$(BIN)/pybabel extract --no-location --sort-output -k t -k N_ -o $(VENV)/$(DOMAIN).pot briefing criteria scoring workbooks desktop/cli.py desktop/cli_common.py desktop/cli_reversal.py desktop/cli_sensitivity.py desktop/cli_smaa.py
	$(BIN)/pybabel update --ignore-obsolete --ignore-pot-creation-date -w 100 -i $(VENV)/$(DOMAIN).pot -d criteria/locale -D $(DOMAIN)
	$(BIN)/pybabel compile --statistics -d criteria/locale -D $(DOMAIN)
	$(BIN)/python -m tools.translations

# dist/partner-scout/: `Partner Scout` (the app) and `partner-scout-cli` in one folder, no Python needed
bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build packaging/partner-scout.spec

# runs the built bundle with an empty environment; figures saved to benchmarks/bundle.json
bundle-test: $(BUNDLE_STAMP)
	test -x "$(BUNDLE)/partner-scout-cli" || $(MAKE) bundle
	$(BIN)/python packaging/bundle_test.py $(BUNDLE)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build dist
