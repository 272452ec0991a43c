"""The dock's QgsTasks against the fake GEODES: run on this thread (run() then
finished(), as the task manager would) and once through the task manager."""

import time

import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject

from snow_plugin.core.errors import ApiKeyRefusedError, CancelledError
from snow_plugin.core.geodes.client import GeodesClient
from snow_plugin.core.geodes.download import CANCELLED, DETECTION, DOWNLOADED, STAGED
from snow_plugin.core.geodes.http import make_session
from snow_plugin.gui import footprints
from snow_plugin.gui.tasks import TASKS, DownloadTask, QuicklookTask, SearchTask
from tests.support.fake_geodes import Fault

pytest_plugins = ["tests.support.fixtures"]
pytestmark = pytest.mark.timeout(30)


def wait_for(condition, seconds=15):
    """Let Qt deliver queued signals until ``condition()`` holds (bounded)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        QgsApplication.processEvents()
        time.sleep(0.01)


def run_now(task):
    task.finished(task.run())
    QgsApplication.processEvents()  # signals emitted from download threads are queued
    return task


def collect(signal):
    received = []
    signal.connect(lambda *values: received.append(values[0] if len(values) == 1 else values))
    return received


def search_records(config):
    with GeodesClient(config) as client:
        return client.search("L2A").records


def test_search_task_run_synchronously(qgis_app, fake_geodes, geodes_config):
    fake_geodes.add_products(3)
    task = SearchTask(geodes_config, make_session(), "L2A", tiles=["T31TCH"])
    results, errors = collect(task.succeeded), collect(task.failed)
    run_now(task)
    assert errors == []
    assert len(results[0].records) == 3
    assert task.progress() == 100


def test_search_task_through_the_task_manager(qgis_app, fake_geodes, geodes_config):
    fake_geodes.add_products(2)
    task = SearchTask(geodes_config, make_session(), "L2A", tiles=["T31TCH", "T32TLS"])
    results = collect(task.succeeded)
    TASKS.start(task)
    wait_for(lambda: results)
    assert len(results[0].records) == 2
    assert any("T32TLS" in warning and "may also not produce" in warning for warning in results[0].warnings)
    wait_for(lambda: task not in TASKS.running())


def test_download_queue_goes_on_past_a_staged_product(qgis_app, fake_geodes, geodes_config, tmp_path):
    fake_geodes.add_products(2)
    offline = fake_geodes.add_product(tile="T32TLS", online=False)
    records = search_records(geodes_config)
    task = DownloadTask(geodes_config, make_session(fake_geodes.api_key), records, tmp_path, max_parallel=2)
    finished, progress, results = collect(task.product_finished), collect(task.product_progress), collect(task.succeeded)
    run_now(task)
    statuses = {outcome.identifier: outcome.status for outcome in results[0]}
    assert statuses.pop(offline.identifier) == STAGED
    assert set(statuses.values()) == {DOWNLOADED}
    assert {outcome.identifier for outcome in finished} == {record.identifier for record in records}
    assert {identifier for identifier, _ in progress} >= set(statuses)
    for identifier in statuses:
        assert (tmp_path / (identifier + ".zip")).is_file()
    assert not (tmp_path / (offline.identifier + ".zip")).exists()


def test_download_only_what_detection_needs(qgis_app, fake_geodes, geodes_config, tmp_path):
    product = fake_geodes.add_product(padding=200_000)
    [record] = search_records(geodes_config)
    task = DownloadTask(geodes_config, make_session(fake_geodes.api_key), [record], tmp_path, files=DETECTION)
    results = collect(task.succeeded)
    run_now(task)
    [outcome] = results[0]
    assert outcome.status == DOWNLOADED
    assert outcome.path == tmp_path / product.identifier
    assert (outcome.path / (product.identifier + "_FRE_B11.tif")).is_file()
    assert not (outcome.path / (product.identifier + "_ATB_R1.tif")).exists()


def test_cancel_leaves_a_resumable_part(qgis_app, fake_geodes, geodes_config, tmp_path):
    product = fake_geodes.add_product(padding=2_000_000)
    fake_geodes.inject(product, Fault.stall(after_bytes=300_000, seconds=1.5))
    [record] = search_records(geodes_config)
    task = DownloadTask(geodes_config, make_session(fake_geodes.api_key), [record], tmp_path, stall_timeout=10)
    finished, errors = collect(task.product_finished), collect(task.failed)
    part = tmp_path / (product.identifier + ".zip.part")
    TASKS.start(task)
    wait_for(lambda: part.is_file() and part.stat().st_size > 0)
    task.cancel()
    wait_for(lambda: errors)
    assert isinstance(errors[0], CancelledError)
    assert [outcome.status for outcome in finished] == [CANCELLED]
    assert part.stat().st_size > 0
    assert not (tmp_path / record.zip_name).exists()


def test_refused_key_stops_the_queue(qgis_app, fake_geodes, geodes_config, tmp_path):
    fake_geodes.add_products(2)
    records = search_records(geodes_config)
    task = DownloadTask(geodes_config, make_session("a-wrong-key"), records, tmp_path)
    errors = collect(task.failed)
    run_now(task)
    assert isinstance(errors[0], ApiKeyRefusedError)
    assert "API key" in str(errors[0])
    assert list(tmp_path.glob("*.zip")) == []


def test_quicklook_layer_is_placed_on_the_bbox(qgis_app, qgis_new_project, fake_geodes, geodes_config, tmp_path):
    fake_geodes.add_product(bbox=(6.1, 44.9, 7.4, 45.9))
    records = search_records(geodes_config)
    task = QuicklookTask(make_session(), records, tmp_path)
    results = collect(task.succeeded)
    run_now(task)
    [layer] = footprints.add_quicklook_layers(results[0])
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:4326")
    extent = layer.extent()
    assert [round(value, 6) for value in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                          extent.yMaximum())] == [6.1, 44.9, 7.4, 45.9]
    group = QgsProject.instance().layerTreeRoot().findGroup("Theia quicklooks")
    assert [node.layer() for node in group.findLayers()] == [layer]
    assert footprints.add_quicklook_layers(results[0]) == []  # shown once
