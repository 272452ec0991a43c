"""Batch detection: local processes and a real Dask scheduler with workers on
127.0.0.1, one bad product never stopping the others, resume, cancel, and
each product's outputs identical to a single run."""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import rasterio

from snow_plugin.core import batch
from snow_plugin.core.batch import BatchError, detect_snow_batch
from snow_plugin.core.errors import CancelledError
from snow_plugin.core.feedback import Feedback
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene

ROOT = Path(__file__).resolve().parents[2]
DATES = ("20210210-103512-123", "20210226-103512-123", "20210308-103512-123")


@pytest.fixture(scope="module")
def products(tmp_path_factory):
    """Three small products and a corrupt zip in one folder, and a DEM."""
    folder = tmp_path_factory.mktemp("inputs")
    scenes = [make_scene(folder, size=120, seed=seed, date=date) for seed, date in enumerate(DATES)]
    (folder / "SENTINEL2A_20210301-103512-123_L2A_T31TGK_C_V4-0.zip").write_bytes(b"PK truncated")
    return folder, scenes


def read_outputs(folder, identifier):
    """Every raster as an array, and the summary without its creation time."""
    rasters = {path.name: rasterio.open(path).read() for path in sorted(folder.glob(identifier + "*.tif"))}
    summary = json.loads((folder / f"{identifier}_SNOW.json").read_text())
    summary.pop("created", None)
    return rasters, summary


def assert_same_as_single_run(scene, batch_folder, tmp_path, dem=None):
    single = tmp_path / "single"
    detect_snow(scene.product_dir, single, dem=dem)
    identifier = scene.product_dir.name
    batch_rasters, batch_summary = read_outputs(batch_folder, identifier)
    single_rasters, single_summary = read_outputs(single, identifier)
    assert batch_rasters.keys() == single_rasters.keys() and len(batch_rasters) >= 5
    for name, values in single_rasters.items():
        np.testing.assert_array_equal(batch_rasters[name], values, err_msg=name)
    assert batch_summary == single_summary


def no_partial_files(folder):
    return not [path for path in folder.rglob("*") if path.name.endswith(".part")]


def test_local_processes_bad_product_reported_then_resumed(products, tmp_path):
    folder, scenes = products
    out = tmp_path / "out"
    result = detect_snow_batch([folder], out, dem=scenes[0].dem_path, workers=2)
    by_name = {Path(o.product).name: o for o in result.outcomes}
    assert len(by_name) == 4 and result.failed == 1
    bad = by_name["SENTINEL2A_20210301-103512-123_L2A_T31TGK_C_V4-0.zip"]
    assert bad.status == "failed" and bad.reason.endswith(".") and "\n" not in bad.reason
    assert sorted(Path(p).name for p in result.metadata_paths) == sorted(
        f"{s.product_dir.name}_SNOW.json" for s in scenes)
    rows = (out / "snow_batch_report.csv").read_text().splitlines()
    assert rows[0] == "product,status,reason,seconds" and len(rows) == 5
    assert_same_as_single_run(scenes[0], out, tmp_path, dem=scenes[0].dem_path)

    before = {p: p.stat().st_mtime_ns for p in out.glob("*.tif")}
    again = detect_snow_batch([folder], out, dem=scenes[0].dem_path, workers=2)
    assert [o.status for o in again.outcomes].count("skipped") == 3
    assert {p: p.stat().st_mtime_ns for p in out.glob("*.tif")} == before
    forced = detect_snow_batch([scenes[1].product_dir], out, dem=scenes[0].dem_path, workers=1, overwrite=True)
    assert [o.status for o in forced.outcomes] == ["done"]


def test_cancel_stops_cleanly(products, tmp_path):
    folder, scenes = products

    class CancelAfterFirst(Feedback):
        def pushInfo(self, message):
            if ": done in" in message:
                self.cancelled = True

    out = tmp_path / "out"
    with pytest.raises(CancelledError):
        detect_snow_batch([s.product_dir for s in scenes], out, workers=1, feedback=CancelAfterFirst())
    assert no_partial_files(out)
    assert not (out / "snow_batch_report.csv").exists()
    assert not list(out.glob(".snow_batch_cancel*"))
    finished = list(out.glob("*_SNOW.json"))
    assert 1 <= len(finished) < 3
    for summary in finished:  # a finished product is complete
        assert len(list(out.glob(summary.name[: -len("_SNOW.json")] + "*.tif"))) == 5


def test_no_product_found(tmp_path):
    with pytest.raises(BatchError):
        detect_snow_batch([tmp_path], tmp_path / "out")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def dask_scheduler(tmp_path_factory):
    """A real scheduler and two worker processes, on 127.0.0.1 only."""
    pytest.importorskip("distributed")
    dask = Path(sys.executable).with_name("dask")
    if not dask.exists():
        pytest.skip("the dask command is not installed")
    folder = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{free_port()}"
    env = dict(os.environ, PYTHONPATH=str(ROOT), DASK_DISTRIBUTED__WORKER__DAEMON="False")
    common = dict(cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    scheduler = subprocess.Popen(
        [str(dask), "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard",
         "--idle-timeout", "120"], **common)
    worker = subprocess.Popen(
        [str(dask), "worker", address, "--host", "127.0.0.1", "--nworkers", "2", "--nthreads", "1",
         "--no-dashboard", "--death-timeout", "20", "--local-directory", str(folder)], **common)
    from distributed import Client

    try:
        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        try:
            with Client(address, timeout=5) as client:
                client.shutdown()  # the scheduler stops its workers
        except OSError:
            pass
        for process in (worker, scheduler):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_dask_scheduler_runs_the_same_jobs(products, dask_scheduler, tmp_path):
    folder, scenes = products
    out = tmp_path / "out"
    result = detect_snow_batch([folder], out, scheduler=dask_scheduler)
    assert sorted(o.status for o in result.outcomes) == ["done", "done", "done", "failed"]
    assert no_partial_files(out)
    assert_same_as_single_run(scenes[2], out, tmp_path)


def test_unreachable_scheduler_does_not_start(products, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(batch, "SCHEDULER_TIMEOUT", 2)
    folder, _ = products
    out = tmp_path / "out"
    out.mkdir()
    (out / "earlier.txt").write_text("kept")
    start = time.perf_counter()
    with pytest.raises(BatchError) as raised:
        detect_snow_batch([folder], out, scheduler=f"tcp://127.0.0.1:{free_port()}")
    assert "127.0.0.1" in str(raised.value) and time.perf_counter() - start < 20
    assert sorted(p.name for p in out.iterdir()) == ["earlier.txt"]


def test_missing_distributed_says_how_to_install(products, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(BatchError) as raised:
        detect_snow_batch([products[0]], tmp_path / "out", scheduler="tcp://127.0.0.1:1")
    assert "distributed" in str(raised.value)


def test_worker_function_pickles():
    import pickle

    job = batch.DetectionJob(product="p", output_folder="o")
    assert pickle.loads(pickle.dumps(batch.detect_product)) is batch.detect_product
    assert pickle.loads(pickle.dumps(job)) == job


def test_dem_choice_per_product_and_its_failure(products, tmp_path):
    from snow_plugin.core.dem_source import DEM_GIVEN, DemChoice
    from snow_plugin.core.errors import DemError

    _, scenes = products

    def dem_choice_for(product):
        if product == str(scenes[1].product_dir):
            raise DemError("No DEM for this one.")
        return DemChoice(DEM_GIVEN, str(scenes[0].dem_path))

    out = tmp_path / "out"
    result = detect_snow_batch([s.product_dir for s in scenes[:2]], out, workers=1, dem_choice_for=dem_choice_for)
    assert [(o.status, o.reason) for o in result.outcomes] == [("done", ""), ("failed", "No DEM for this one.")]
    assert_same_as_single_run(scenes[0], out, tmp_path, dem=scenes[0].dem_path)
