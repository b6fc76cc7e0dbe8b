# Samenspraak — the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENDOR := samenspraak/static/vendor
HOST ?= 127.0.0.1
PORT ?= 8000

# Local defaults; real deployments set these in the environment.
export SAMENSPRAAK_ALLOW_INSECURE_KEY ?= 1
export SECURE_COOKIES ?= 0
export SECURE_HSTS_SECONDS ?= 0
# CI also runs the Celery test against the machine's Redis (docs/background-tasks.md); elsewhere
# it runs when CELERY_TEST_BROKER_URL is set, and is skipped when it is not.
ifdef CI
export CELERY_TEST_BROKER_URL ?= redis://127.0.0.1:6379/15
endif

.PHONY: run test test-browser test-python lint format install install-test assets messages catalogue \
        makemessages migrate demo lock clean

run: install assets messages migrate catalogue demo
	@$(BIN)/python manage.py collectstatic --noinput -v 0
	@echo "Samenspraak runs on http://$(HOST):$(PORT)/ (stop with Ctrl+C)"
	SECRET_KEY="$$(cat var/secret_key)" $(BIN)/gunicorn samenspraak.wsgi --bind $(HOST):$(PORT) \
	  --workers 2 --threads 4 --access-logfile - --access-logformat '%(m)s %(U)s %(s)s %(M)sms'

test: install-test assets messages lint test-python

test-python:
	$(BIN)/pytest -n auto -m "not browser"

test-browser: install-test assets messages chromium
	$(BIN)/pytest -m browser -p no:xdist tests/browser

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.base-installed: requirements/base.txt | $(BIN)/python
	$(BIN)/pip install -q --require-hashes -r requirements/base.txt
	touch $@

$(VENV)/.test-installed: requirements/test.txt | $(BIN)/python
	$(BIN)/pip install -q --require-hashes -r requirements/test.txt
	touch $(VENV)/.base-installed $@

# deduce (privacy masking) builds its lookup structures once, about a minute; do it here, not in
# the first masking run or in every parallel test worker at once. It runs under the project's
# settings because deduce judges its cache in the process time zone, which Django sets.
$(VENV)/.deduce-built: $(VENV)/.base-installed
	$(BIN)/python manage.py privacy prepare
	touch $@

install: $(VENV)/.base-installed $(VENV)/.deduce-built
install-test: $(VENV)/.test-installed $(VENV)/.deduce-built

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# NL Design System CSS, the neutral 'voorbeeld' design tokens (EUPL; the Utrecht brand tokens are
# proprietary to Gemeente Utrecht), htmx and axe-core, copied from the pinned npm packages.
assets: $(VENDOR)/.copied
$(VENDOR)/.copied: node_modules/.installed
	mkdir -p $(VENDOR)/utrecht $(VENDOR)/htmx $(VENDOR)/axe
	cp node_modules/@utrecht/component-library-css/dist/index.css $(VENDOR)/utrecht/component-library.css
	cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css $(VENDOR)/utrecht/design-tokens.css
	cp node_modules/htmx.org/dist/htmx.min.js $(VENDOR)/htmx/htmx.min.js
	cp node_modules/axe-core/axe.min.js $(VENDOR)/axe/axe.min.js
	touch $@

messages: install
	@command -v msgfmt >/dev/null || (apt-get install -y -qq gettext >/dev/null 2>&1 || \
	  (echo "msgfmt (GNU gettext) is needed: install the gettext package" && false))
	cd samenspraak && ../$(BIN)/python ../manage.py compilemessages -v 0

makemessages: install
	cd samenspraak && ../$(BIN)/python ../manage.py makemessages -l nl -l en --no-obsolete \
	  --ignore 'static/*' -v 0

var/secret_key:
	mkdir -p var
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

migrate: install var/secret_key
	SECRET_KEY="$$(cat var/secret_key)" $(BIN)/python manage.py migrate --noinput -v 0

catalogue: install var/secret_key
	SECRET_KEY="$$(cat var/secret_key)" $(BIN)/python manage.py load_methods

demo: install var/secret_key
	SECRET_KEY="$$(cat var/secret_key)" $(BIN)/python manage.py load_demo

chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null)

# Regenerate the lock files after changing pyproject.toml.
lock: | $(BIN)/python
	$(BIN)/pip install -q uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -q -o requirements/base.txt
	$(BIN)/uv pip compile pyproject.toml --extra test --python-version 3.11 --generate-hashes -q -o requirements/test.txt

clean:
	rm -rf $(VENV) node_modules $(VENDOR) var
