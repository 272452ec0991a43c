"""The packaged plugin works from the command line, in a QGIS of its own:
``qgis_process`` as a subprocess, with a throw-away HOME and profile.

Findings on QGIS 3.22 (Debian 12), valid for 3.40 too:
- ``/usr/bin/qgis_process`` is a wrapper passing ``--noversioncheck``, which
  the 3.22 binary rejects: call ``/usr/bin/qgis_process.bin`` when it exists.
- QGIS_PLUGINPATH makes the plugin *visible* (``qgis_process plugins`` lists
  it) but not loaded: ``qgis_process plugins enable snow_plugin`` (present in
  3.22 already) writes ``[PythonPlugins] snow_plugin=true`` into the
  profile's QGIS3.ini, after which every ``qgis_process`` call loads it.
- 3.22 takes parameters as ``--NAME=value`` after the algorithm id (the
  form used here, also accepted by 3.40) or as ``-- NAME=value``.
- A pyenv directory first on PATH makes QGIS load the wrong Python
  ("Couldn't load SIP module"): PATH is cleaned for the subprocess.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from snow_plugin.core.synthetic import make_scene

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60

pytestmark = pytest.mark.slow


def qgis_process_binary():
    if Path("/usr/bin/qgis_process.bin").exists():
        return "/usr/bin/qgis_process.bin"
    found = shutil.which("qgis_process")
    if found is None:
        pytest.skip("qgis_process is not installed")
    return found


def ensure_compiled_translations():
    if list((ROOT / "i18n").glob("*.qm")):
        return
    source = ROOT / "i18n" / "snow_plugin_fr.ts"
    if not source.exists():
        pytest.skip("i18n/snow_plugin_fr.ts does not exist yet: the plugin cannot be packaged")
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease is missing (qttools5-dev-tools): the translations cannot be compiled")
    subprocess.run(["lrelease", "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True, timeout=TIMEOUT)


def clean_path():
    return os.pathsep.join(part for part in os.environ.get("PATH", "").split(os.pathsep) if part and "pyenv" not in part)


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    """A function running qgis_process with the packaged plugin enabled."""
    from scripts.package import build_plugin_folder

    binary = qgis_process_binary()
    ensure_compiled_translations()
    base = tmp_path_factory.mktemp("qgis_process")
    build_plugin_folder(base / "plugins")
    home = base / "home"
    runtime = base / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": clean_path(),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        "QGIS_PLUGINPATH": str(base / "plugins"),
        "LANG": "C.UTF-8",
    }

    def run(*arguments):
        return subprocess.run(
            [binary, *arguments], env=env, cwd=base, capture_output=True, text=True, timeout=TIMEOUT
        )

    enabled = run("plugins", "enable", "snow_plugin")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    assert (home / ".local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini").read_text().count("snow_plugin=true") == 1
    return run


def test_algorithm_is_listed(qgis_process):
    listed = qgis_process("list")
    assert listed.returncode == 0, listed.stderr
    assert "theiasnow:detectsnow" in listed.stdout


def test_detect_snow_from_the_command_line(qgis_process, tmp_path):
    scene = make_scene(tmp_path / "scene", size=200, seed=3)
    output = tmp_path / "out"
    arguments = (
        "run", "theiasnow:detectsnow",
        f"--INPUT={scene.product_dir}", f"--DEM={scene.dem_path}", f"--OUTPUT_FOLDER={output}",
    )
    completed = qgis_process("--json", *arguments)
    assert completed.returncode == 0, completed.stderr
    results = json.loads(completed.stdout)["results"]
    for key in ("SNW", "FSC_TOC", "NDSI", "QCFLAGS", "METADATA"):
        assert Path(results[key]).is_file(), key
        assert Path(results[key]).parent == output
    assert (output / f"{scene.identifier}_SNW_R2.qml").is_file()
    summary = json.loads(Path(results["METADATA"]).read_text(encoding="utf-8"))
    assert results["ZS"] == summary["snowline_elevation"]
    assert results["SNOW_PERCENT"] == summary["snow_percent"]

    again = qgis_process(*arguments)
    assert again.returncode != 0
    assert "allow overwriting" in again.stdout + again.stderr


def test_invalid_input_fails_with_a_message(qgis_process, tmp_path):
    completed = qgis_process("run", "theiasnow:detectsnow", f"--INPUT={tmp_path / 'missing'}", f"--OUTPUT_FOLDER={tmp_path}")
    assert completed.returncode != 0
    assert "does not exist" in completed.stdout + completed.stderr
