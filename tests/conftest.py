"""Shared test set-up: QGIS's own Processing plugin on sys.path, paths to the
real Theia extracts (../shared/data), and compiled translations."""

import socket
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


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
OFFLINE_DEM_URL = "http://127.0.0.1:9"  # the discard port: nothing listens, the connection is refused at once


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """No test reaches the internet: names other than the local host do not
    resolve, and the automatic Copernicus DEM (the default of a detection
    without a DEM) points at a closed local port unless a test serves one."""
    real_getaddrinfo = socket.getaddrinfo

    def local_only(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name not in LOCAL_HOSTS:
            raise socket.gaierror(socket.EAI_NONAME, f"tests stay offline: {name} is not resolved")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local_only)
    monkeypatch.setenv("THEIA_SNOW_DEM_URL", OFFLINE_DEM_URL)
