"""Where the plugin's data files are, in the source tree and once packaged.

The source tree keeps ``metadata.txt``, ``resources/`` and ``i18n/`` at the
top level; the packaged plugin (``make package``) puts them inside
``snow_plugin/``. Both layouts are found here, once.
"""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _first_existing(name):
    for base in (PACKAGE_DIR, PACKAGE_DIR.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    return PACKAGE_DIR / name


def metadata_path():
    return _first_existing("metadata.txt")


def resources_dir():
    return _first_existing("resources")


def i18n_dir():
    return _first_existing("i18n")
