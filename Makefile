# Theia Snow for QGIS: the two commands a new user runs are `make demo` and
# `make test`; both install whatever is missing on a fresh Debian 12/13.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# QGIS's Python is Debian's /usr/bin/python3: keep pyenv (or any other
# Python) off PATH, or QGIS subprocesses load the wrong standard library.
export PATH := $(shell printf '%s' "$$PATH" | tr ':' '\n' | grep -v -e pyenv -e '^$$' | paste -sd: -)
export QT_QPA_PLATFORM ?= offscreen

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .make
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := qgis python3-qgis qgis-providers python3-rasterio python3-requests \
	gdal-bin xvfb xauth pyqt5-dev-tools qttools5-dev-tools python3-venv python3-pip
TS := i18n/snow_plugin_fr.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find snow_plugin -name '*.py' -not -path '*/__pycache__/*')
PYTEST_ARGS ?=

.PHONY: help setup demo test test-qgis340 test-qgis322 bench package deploy translations translations-compile clean

help:
	@echo "make demo     install what is missing, run the snow detection on the offline sample scene"
	@echo "make test     install what is missing, run the whole test suite"
	@echo "make test-qgis340  the whole suite on Debian 13 (QGIS 3.40) in a cached root, whatever this machine runs"
	@echo "make test-qgis322  the same on Debian 12 (QGIS 3.22)"
	@echo "make bench    time and peak memory of the detection on a full 110 km tile"
	@echo "make package  build dist/snow_plugin.zip (a QGIS plugin zip)"
	@echo "make deploy   install the plugin into the default QGIS profile"
	@echo "make translations  refresh $(TS) from the sources (pylupdate5)"

# --- installation ---------------------------------------------------------
$(STAMPS)/system-deps:
	@mkdir -p $(STAMPS)
	@if $(SYSTEM_PYTHON) -c "import qgis.core, rasterio, requests" 2>/dev/null \
	   && command -v lrelease >/dev/null && command -v pylupdate5 >/dev/null \
	   && command -v xvfb-run >/dev/null && command -v xauth >/dev/null && command -v qgis_process >/dev/null; then \
	  echo "QGIS, rasterio and Qt tools already installed."; \
	else \
	  echo "Installing QGIS and tools from Debian packages..."; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi
	@touch $@

$(STAMPS)/venv: $(STAMPS)/system-deps requirements-dev.txt
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

setup: $(STAMPS)/venv

# --- translations ---------------------------------------------------------
translations: $(STAMPS)/system-deps
	pylupdate5 -noobsolete $(SOURCES) -ts $(TS)

$(QM): $(TS) $(STAMPS)/system-deps
	lrelease -silent $(TS) -qm $(QM)

translations-compile: $(QM)

# --- packaging ------------------------------------------------------------
package: $(STAMPS)/venv $(QM)
	$(PY) scripts/package.py

deploy: package
	$(PY) scripts/deploy.py

# --- the two commands -----------------------------------------------------
demo: package
	$(PY) scripts/demo.py

test: package
	$(PY) -m ruff check snow_plugin tests scripts
	$(PY) -m pytest $(PYTEST_ARGS)

# The whole suite on the other QGIS whatever Debian this machine runs (a root
# built once under ~/.cache/snow-plugin, see the script).
test-qgis340:
	APT_PACKAGES="$(APT_PACKAGES)" PYTEST_ARGS="$(PYTEST_ARGS)" scripts/test_in_debian_root.sh trixie

test-qgis322:
	APT_PACKAGES="$(APT_PACKAGES)" PYTEST_ARGS="$(PYTEST_ARGS)" scripts/test_in_debian_root.sh bookworm

bench: $(STAMPS)/venv
	$(PY) scripts/bench.py

clean:
	rm -rf build dist $(QM) .pytest_cache
