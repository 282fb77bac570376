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

sample: $(STAMP)
	$(BIN)/python -m workbooks.build_sample

# After changing a message (lang.t("...")): refresh the template and the .po, translate, compile.
translations: $(STAMP)
	$(BIN)/pybabel extract --no-location --sort-output -k t -o $(VENV)/$(DOMAIN).pot briefing criteria desktop/cli.py desktop/cli_common.py
	$(BIN)/pybabel update --ignore-obsolete --ignore-pot-creation-date -w 100 -i $(VENV)/$(DOMAIN).pot -d criteria/locale -D $(DOMAIN)
	$(BIN)/pybabel compile --statistics -d criteria/locale -D $(DOMAIN)

# dist/partner-scout/: `Partner Scout` (the app) and `partner-scout-cli` in one folder, no Python needed
bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build packaging/partner-scout.spec

# runs the built bundle with an empty environment; figures saved to benchmarks/bundle.json
bundle-test: $(BUNDLE_STAMP)
	test -x "$(BUNDLE)/partner-scout-cli" || $(MAKE) bundle
	$(BIN)/python packaging/bundle_test.py $(BUNDLE)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build dist
