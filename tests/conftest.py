"""Shared test set-up: QGIS's own Processing plugin on sys.path, paths to the
real Theia extracts (../shared/data), and compiled translations."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QGIS_PYTHON_PLUGINS = Path("/usr/share/qgis/python/plugins")
if QGIS_PYTHON_PLUGINS.is_dir() and str(QGIS_PYTHON_PLUGINS) not in sys.path:
    sys.path.append(str(QGIS_PYTHON_PLUGINS))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED_DATA = ROOT.parent / "shared" / "data" / "muscate-real"


@pytest.fixture(scope="session")
def real_data_dir():
    if not SHARED_DATA.is_dir():
        pytest.skip("the real Theia extracts (../shared/data/muscate-real) are not here")
    return SHARED_DATA


@pytest.fixture(scope="session")
def compiled_translations():
    """i18n/*.qm up to date with the .ts (`make test` builds it; a bare pytest may not)."""
    source = ROOT / "i18n" / "snow_plugin_fr.ts"
    compiled = source.with_suffix(".qm")
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        subprocess.run(["lrelease", "-silent", str(source), "-qm", str(compiled)], check=True)
    return compiled
