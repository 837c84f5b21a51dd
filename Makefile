# `make run` and `make test` each work on a fresh machine: they create .venv and install what is missing.
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSTEM_PACKAGES := chromium tmux libcairo2 fonts-dejavu-core hunspell-de-de hunspell-de-med hunspell-en-med iso-codes libpango-1.0-0 libpangoft2-1.0-0

.PHONY: run demo test test-slow lint system-deps bench clean native mutation

# The anonymizer's hot modules compiled with mypyc (about a fifth faster); stale ones are never used, see
# supervision_tui/anonymize/native.py. Without a C compiler the sources run as they are.
NATIVE_SRC := $(addprefix supervision_tui/anonymize/,patterns.py names.py learned.py engine.py)
NATIVE     := supervision_tui/anonymize/native.json

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

$(NATIVE): $(STAMP) $(NATIVE_SRC)
	@# mypyc builds with setuptools, which must not read our pyproject.toml: it runs from build/native/<module>,
	@# where a link to the package makes the extension modules land beside their sources. Its mypy.ini
	@# keeps mypy's defaults there: mypy would otherwise find `make lint`'s strict settings in pyproject.toml.
	@# One folder per module, so that the builds run side by side (about 100 s instead of 250 s on two
	@# cores); one mypyc call for all of them would put their shared library outside the package.
	@for src in $(NATIVE_SRC); do m=$$(basename $$src .py); mkdir -p build/native/$$m; \
	  ln -sfn ../../../supervision_tui build/native/$$m/supervision_tui; printf '[mypy]\n' > build/native/$$m/mypy.ini; done
	@pids=""; for src in $(NATIVE_SRC); do m=$$(basename $$src .py); \
	  (cd build/native/$$m && ../../../$(VENV)/bin/mypyc $$src >mypyc.log 2>&1) & pids="$$pids $$!"; done; \
	ok=1; for pid in $$pids; do wait $$pid || ok=0; done; \
	if [ $$ok = 1 ]; then \
	  $(PY) -c "from supervision_tui.anonymize import native; native.write_stamp()" && echo "anonymizer compiled (mypyc)"; \
	else rm -f supervision_tui/anonymize/*.so; echo "mypyc failed (build/native/*/mypyc.log): the anonymizer runs as pure Python"; fi

native: $(NATIVE)

run: $(STAMP) $(NATIVE)
	$(VENV)/bin/supervision-tui run --template gruppensupervision-integrationslotsen

demo: $(STAMP) $(NATIVE)
	$(VENV)/bin/supervision-tui demo --template gruppensupervision-integrationslotsen

# The real-client tests need Debian's chromium (driven by Playwright) and tmux.
system-deps:
	@missing=""; for cmd in chromium tmux; do command -v $$cmd >/dev/null || missing="$$missing $$cmd"; done; \
	test -f /usr/share/hunspell/de_med.dic || missing="$$missing hunspell-de-med"; \
	test -f /usr/share/hunspell/de_DE.dic || missing="$$missing hunspell-de-de"; \
	test -f /usr/share/iso-codes/json/iso_639-3.json || missing="$$missing iso-codes"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(SYSTEM_PACKAGES); \
	  else echo "Bitte installieren:$$missing (apt-get install $(SYSTEM_PACKAGES))"; exit 1; fi; \
	fi

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# `make test` holds a short version of every long run; the long ones (marked slow) are `make test-slow`.
# It runs on TEST_JOBS workers (pytest-xdist): most end-to-end tests wait on a terminal, a browser or a
# server, so two workers halve the time on two cores; the few marked serial count throughput and run alone.
TEST_JOBS ?= 2
test: $(STAMP) $(NATIVE) system-deps lint
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow and not serial" -n $(TEST_JOBS)
	$(PY) -m pytest -q -p no:cacheprovider -m "serial and not slow"

test-slow: $(STAMP) $(NATIVE) system-deps
	$(PY) -m pytest -q -p no:cacheprovider -m slow

# Mutation testing (docs/testing.md): not part of `make test`, it takes tens of minutes on two cores.
# `make mutation MODULES="store forms"` runs some modules; without MODULES, all of them. JOBS=1: one worker.
# SAMPLE=60: only 60 random mutants of each module, and the sample's score with its 95 % interval.
mutation: $(STAMP)
	$(VENV)/bin/mutmut --version >/dev/null 2>&1 || $(PY) -m pip install -q -e '.[test,mutation]'
	$(PY) scripts/mutation.py $(if $(JOBS),--max-children=$(JOBS)) $(if $(SAMPLE),--sample=$(SAMPLE)) $(MODULES)

# Every benchmark runs, even after one misses its target; one table at the end, non-zero if any missed.
# `make bench BENCH_ARGS=--quick`: shorter runs; `BENCH_ARGS="--markdown benchmarks/README.md"` keeps the table.
bench: $(STAMP) $(NATIVE)
	$(PY) benchmarks/run_all.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) mutants .pytest_cache .ruff_cache .hypothesis .mypy_cache build $(NATIVE)
	rm -f supervision_tui/anonymize/*.so
