# `make run` and `make test` each work on a fresh machine: they create .venv and install what is missing.
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSTEM_PACKAGES := chromium tmux libcairo2 fonts-dejavu-core

.PHONY: run demo test lint system-deps bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/supervision-tui run --template gruppensupervision-integrationslotsen

demo: $(STAMP)
	$(VENV)/bin/supervision-tui demo --template gruppensupervision-integrationslotsen

# The real-client tests need Debian's chromium (driven by Playwright) and tmux.
system-deps:
	@missing=""; for cmd in chromium tmux; do command -v $$cmd >/dev/null || missing="$$missing $$cmd"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(SYSTEM_PACKAGES); \
	  else echo "Bitte installieren:$$missing (apt-get install $(SYSTEM_PACKAGES))"; exit 1; fi; \
	fi

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: $(STAMP) system-deps lint
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
