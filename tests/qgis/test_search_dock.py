"""The search dock against the fake GEODES, its tasks run by the QGIS task manager."""

import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QPushButton

import snow_plugin
from snow_plugin.gui import search_dock as search_dock_module
from snow_plugin.gui.product_table import STATUS_COLUMN
from snow_plugin.gui.search_dock import SearchDock
from snow_plugin.toolbelt.preferences import PluginSettings

pytest_plugins = ["tests.support.fixtures"]
pytestmark = pytest.mark.timeout(30)


def wait_until_idle(dock, seconds=15):
    deadline = time.monotonic() + seconds
    while dock._running:
        assert time.monotonic() < deadline, "the dock's tasks did not finish"
        QgsApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def dock(qgis_app, qgis_iface, qgis_new_project, fake_geodes_env, monkeypatch, tmp_path):
    monkeypatch.setattr(search_dock_module, "load_settings", lambda: PluginSettings(download_folder=str(tmp_path)))
    qgis_iface.messageBar().clear_messages()
    widget = SearchDock(qgis_iface, open_settings=lambda: None)
    widget.start.setDate(QDate(2024, 1, 1))  # the fake's products are from 2024
    widget.end.setDate(QDate(2024, 12, 31))
    yield widget
    widget.cancel()
    wait_until_idle(widget)
    widget.deleteLater()


def search(dock, tiles="T31TCH"):
    dock.tiles.setText(tiles)
    dock.search()
    assert not dock.search_button.isEnabled()
    wait_until_idle(dock)


def statuses(dock):
    return [dock.model.item(row, STATUS_COLUMN).text() for row in range(dock.model.rowCount())]


def test_search_fills_the_table_and_the_footprint_layer(dock, fake_geodes):
    fake_geodes.add_products(3)
    search(dock)
    assert dock.model.rowCount() == 3
    assert dock.layer.featureCount() == 3
    assert QgsProject.instance().mapLayersByName("Theia search results") == [dock.layer]
    assert "3 products found" in dock.status.text()
    assert dock.search_button.isEnabled()
    search(dock)  # a second search refills the same layer
    assert dock.layer.featureCount() == 3
    assert len(QgsProject.instance().mapLayersByName("Theia search results")) == 1


def test_an_empty_tile_is_explained(dock, fake_geodes, qgis_iface):
    search(dock, "T99XXX")
    assert "may also not produce this tile" in dock.status.text()
    assert any("T99XXX" in text for text in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))


def test_selection_is_shared_by_table_and_layer(dock, fake_geodes):
    fake_geodes.add_products(3)
    search(dock)
    dock.table.selectRow(1)
    [identifier] = dock.selected_identifiers()
    assert dock.layer.selectedFeatureIds() == [dock.feature_ids[identifier]]
    other = next(key for key in dock.feature_ids if key != identifier)
    dock.layer.selectByIds([dock.feature_ids[other]])
    assert dock.selected_identifiers() == [other]


def test_download_queue_reports_each_product(dock, fake_geodes, qgis_iface, tmp_path, monkeypatch):
    fake_geodes.add_products(2)
    offline = fake_geodes.add_product(online=False)
    search(dock)
    dock.table.selectAll()
    dock.download_selected()
    wait_until_idle(dock)
    assert sorted(statuses(dock)) == ["done", "done", "staged: retry later"]
    assert len(list(tmp_path.glob("*.zip"))) == 2
    assert any("1 being staged" in text for text in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))

    ready = next(key for key in dock.downloaded if key != offline.identifier)
    [row] = dock.model.rows_of([ready])
    dock.table.selectRow(row)
    assert dock.detect_button.isEnabled()
    opened = []
    monkeypatch.setattr("processing.execAlgorithmDialog", lambda name, parameters: opened.append((name, parameters)))
    dock.open_detection_dialog()  # the dock's Detect runs in the dock (tests/qgis/test_dock_workflow.py)
    assert opened == [("theiasnow:detectsnow", {"INPUT": str(tmp_path / (ready + ".zip"))})]

    # A season's list goes to the batch: several downloaded products selected.
    dock.table.selectAll()
    dock.open_detection_dialog()
    name, parameters = opened[-1]
    ready_zips = sorted(str(tmp_path / (key + ".zip")) for key in dock.downloaded)
    assert name == "theiasnow:detectsnowbatch" and sorted(parameters["INPUTS"]) == ready_zips
    assert parameters["FOG_RESCUE"] is dock.preset.currentData().fog_rescue and parameters["OUTPUT_FOLDER"]


def test_refused_key_points_to_the_settings(dock, fake_geodes, qgis_iface, monkeypatch):
    fake_geodes.add_products(2)
    search(dock)
    monkeypatch.setenv("GEODES_API_KEY", "a-wrong-key")
    opened = []
    dock.open_settings = lambda: opened.append(True)
    dock.table.selectAll()
    dock.download_selected()
    wait_until_idle(dock)
    item = qgis_iface.messageBar().currentItem()
    assert "API key was refused" in item.text() and "plugin settings" in item.text()
    assert "a-wrong-key" not in item.text()
    [button] = [child for child in item.findChildren(QPushButton) if child.text() == "Open the settings"]
    button.click()
    assert opened == [True]
    assert not any(status.startswith("done") for status in statuses(dock))
    assert dock.download_button.isEnabled() and dock.search_button.isEnabled()


def test_the_plugin_toggles_the_dock_and_unloads_twice(qgis_iface):
    for _ in range(2):
        plugin = snow_plugin.classFactory(qgis_iface)
        plugin.initGui()
        plugin.search_action.trigger()
        assert plugin.search_dock is not None and plugin.search_action.isChecked()
        plugin.search_action.trigger()
        assert not plugin.search_dock.isVisible()
        plugin.unload()
        assert plugin.search_dock is None


def test_cancel_copes_with_tasks_that_end_at_once(dock):
    """A queued task cancelled ends synchronously: its signals shrink _running."""

    class EndsAtOnce:
        def __init__(self):
            self.cancelled = False

        def cancel(self):
            self.cancelled = True
            dock._running.discard(self)

    tasks = [EndsAtOnce(), EndsAtOnce()]
    dock._running.update(tasks)
    dock.cancel()
    assert all(task.cancelled for task in tasks) and not dock._running


def test_tiles_may_be_separated_by_spaces_commas_or_semicolons(dock, fake_geodes):
    fake_geodes.add_product(tile="T31TCH")
    fake_geodes.add_product(tile="T32TLS")
    search(dock, "31TCH T32TLS;")
    assert [body["query"]["grid:code"]["eq"] for body in fake_geodes.search_bodies] == ["T31TCH", "T32TLS"]
    assert dock.model.rowCount() == 2 and "2 products found" in dock.status.text()


def test_a_downloaded_snow_product_is_loaded_not_detected(dock, fake_geodes, monkeypatch):
    snow = fake_geodes.add_product(collection="SNOW")
    dock.collection.setCurrentIndex(dock.collection.findData("SNOW"))
    search(dock)
    dock.table.selectAll()
    dock.download_selected()
    wait_until_idle(dock)
    dock.table.selectRow(0)
    assert dock.detect_button.isEnabled()
    assert dock.detect_button.text() == "Load the downloaded snow product"
    opened = []
    monkeypatch.setattr("processing.execAlgorithmDialog", lambda name, parameters: opened.append((name, parameters)))
    dock.detect_snow()
    assert opened == [("theiasnow:loadsnowproduct", {"INPUT": str(dock.downloaded[snow.identifier])})]
