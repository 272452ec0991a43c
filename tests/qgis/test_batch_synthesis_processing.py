"""``theiasnow:detectsnowbatch`` and ``theiasnow:snowsynthesis`` through
Processing: outputs, the failed count and report, and errors as one
sentence with nothing written."""

import csv
import socket
from pathlib import Path

import numpy as np
import pytest
import rasterio
from qgis.core import QgsProcessingException

from snow_plugin.core.synthetic import make_scene
from tests.qgis.catalogue_fixtures import RecordingFeedback

DATES = ("20210110-103512-123", "20210125-103512-123")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch_inputs")
    scenes = [make_scene(folder, size=110, seed=seed, date=date) for seed, date in enumerate(DATES)]
    (folder / "SENTINEL2A_20210201-103512-123_L2A_T31TGK_C_V4-0.zip").write_bytes(b"PK broken")
    return folder, scenes


def run(algorithm, parameters, feedback=None):
    import processing

    return processing.run(algorithm, parameters, feedback=feedback)


def test_batch_then_synthesis(snow_provider, inputs, tmp_path):
    folder, scenes = inputs
    out = tmp_path / "out"
    feedback = RecordingFeedback()
    results = run("theiasnow:detectsnowbatch", {
        "INPUTS": [str(folder)], "DEM": str(scenes[0].dem_path), "DEM_SOURCE": 1, "WORKERS": 2,
        "OUTPUT_FOLDER": str(out)}, feedback)
    assert results["FAILED"] == 1
    assert f"1 product failed: see {results['REPORT']}." in feedback.errors  # the plural form of the count
    assert sorted(Path(p).name for p in results["RESULTS"]) == sorted(f"{s.product_dir.name}_SNOW.json" for s in scenes)
    with open(results["REPORT"], encoding="utf-8") as report:
        statuses = sorted(row["status"] for row in csv.DictReader(report))
    assert statuses == ["done", "done", "failed"]

    synthesis = run("theiasnow:snowsynthesis", {"INPUTS": results["RESULTS"], "OUTPUT_FOLDER": str(tmp_path / "season")})
    with rasterio.open(synthesis["NOBS"]) as nobs, rasterio.open(synthesis["SCD"]) as scd:
        assert nobs.read(1).max() <= 2 and scd.read(1).dtype == np.uint16
    assert Path(synthesis["SOD"]).name.startswith("LIS_S2-SNOW-SOD_T31TGK_20200901_20210831_")


def test_unreachable_scheduler_one_sentence(snow_provider, inputs, tmp_path):
    pytest.importorskip("distributed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder, _ = inputs
    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException) as raised:
        run("theiasnow:detectsnowbatch", {"INPUTS": [str(folder)], "DEM_SOURCE": 0, "SCHEDULER": f"tcp://127.0.0.1:{port}",
                                          "OUTPUT_FOLDER": str(out)})
    assert f"127.0.0.1:{port}" in str(raised.value)
    assert not out.exists() or not list(out.iterdir())


def test_synthesis_period_error(snow_provider, inputs, tmp_path):
    folder, scenes = inputs
    out = tmp_path / "out"
    run("theiasnow:detectsnowbatch", {"INPUTS": [str(s.product_dir) for s in scenes], "DEM_SOURCE": 0, "WORKERS": 1,
                                      "OUTPUT_FOLDER": str(out)})
    with pytest.raises(QgsProcessingException):
        run("theiasnow:snowsynthesis", {"INPUTS": [str(out)], "START": "2021-01-20", "END": "2021-08-31",
                                        "OUTPUT_FOLDER": str(tmp_path / "season")})
    assert not (tmp_path / "season").exists() or not list((tmp_path / "season").iterdir())
