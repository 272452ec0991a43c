"""The packaged plugin works from the command line, in a QGIS of its own:
``qgis_process`` as a subprocess with a private profile (see
scripts/qgis_tools.py for what QGIS 3.22 needs)."""

import json
from pathlib import Path

import pytest

from scripts.package import build_plugin_folder
from scripts.qgis_tools import QgisProcess
from snow_plugin.core.synthetic import make_scene

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory, compiled_translations):
    """A function running qgis_process with the packaged plugin enabled."""
    base = tmp_path_factory.mktemp("qgis_process")
    build_plugin_folder(base / "plugins")
    process = QgisProcess(base / "plugins", base / "profile", timeout=120)
    assert process.settings_file.read_text().count("snow_plugin=true") == 1
    return process.run


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
