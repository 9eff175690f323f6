# Workshop App: `make run` (install and open the demo) and `make test` (install and run every check).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian/Ubuntu packages: Qt's runtime libraries (X11/xcb and offscreen), a font, poppler for reading
# PDFs back as images, Xvfb for screenshots of a real window, and PostgreSQL's server (the tests start a throwaway
# cluster of their own: tests/pg.py).
QT_PACKAGES   := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
                 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
                 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 fonts-dejavu-core
TEST_PACKAGES := $(QT_PACKAGES) poppler-utils xvfb xauth python3-venv desktop-file-utils appstream shared-mime-info \
                 chromium chromium-driver postgresql

.PHONY: run test test-packaging system-packages system-packages-gui venv translations lint typecheck pytest bench bundle \
        clean

run: system-packages-gui venv translations
	$(PY) -m ui --demo

test: system-packages venv translations lint typecheck pytest

# Installs only what is missing, so a machine that has everything is never asked for a password.
system-packages:
	@missing=$$(for p in $(TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages: $$missing"; \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

system-packages-gui:
	@missing=$$(for p in $(QT_PACKAGES) python3-venv; do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages: $$missing"; \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test,dev]'
	touch $@

translations: venv
	$(PY) -m tools.translations build

lint: venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: venv
	$(PY) -m mypy

# Two workers on the 2-core machines, one per core. The xdist_group marks are not honoured with pytest 9.2 and
# pytest-xdist 3.8 (xdist adds the group to item._nodeid, which pytest 9 no longer reads), so every test is spread
# as with --dist load (which keeps both workers busy to the end); no test needs them to pass: each worker starts
# its own PostgreSQL cluster and builds its own templates (tests/pg.py, tests/templates.py), and each worker that
# runs one of test_packaging's two wheel tests builds the wheel. The PyInstaller bundle is left out here: it takes
# minutes, see test-packaging.
# A worker that crashes ends the run at once with the test it crashed on named: pytest-xdist 3.8 with
# --dist loadgroup can wait forever after replacing a crashed worker (pytest-xdist issues 1323, 1327, 1378).
pytest: venv
	$(PY) -m pytest -n auto --dist loadgroup --max-worker-restart=0 -m "not packaging"

# The installable bundle built with PyInstaller and started: CI runs this right after `make test`.
test-packaging: system-packages venv translations
	$(PY) -m pytest -m packaging tests/test_packaging.py

# Every figure is also written to $(BENCH_JSON); `make bench BENCH_ONLY="core board"` runs a subset.
BENCH_JSON ?= build/benchmarks.json
bench: venv
	$(PY) -m tests.benchmarks --json $(BENCH_JSON) $(if $(BENCH_ONLY),--only $(BENCH_ONLY))

# The installable one-folder app (PyInstaller) in dist/, with a .tar.gz to hand out.
bundle: venv translations
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
