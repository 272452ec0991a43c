"""The dock as one path, against the fake GEODES: detect on the selected
product with a preset (automatic DEM: offline here, one warning), the styled
result over a false-colour composite in one group, then the official Theia
Snow product of the same tile and date found, downloaded and compared."""

import time
from datetime import datetime, timezone

import pytest
import rasterio
from qgis.core import QgsApplication, QgsPalettedRasterRenderer, QgsProject
from qgis.PyQt.QtCore import QDate

from snow_plugin.core.synthetic import make_scene
from snow_plugin.gui import dock_workflow
from snow_plugin.gui import search_dock as search_dock_module
from snow_plugin.gui.search_dock import SearchDock
from snow_plugin.toolbelt.preferences import PluginSettings
from tests.support.fake_geodes import METADATA_XML

pytest_plugins = ["tests.support.fixtures"]
pytestmark = pytest.mark.timeout(60)
ACQUIRED = datetime(2021, 2, 15, 10, 35, 12, 123000, tzinfo=timezone.utc)
OFFICIAL = "SENTINEL2B_20210215-103512-123_L2B-SNOW_T31TGK_D_V1-7"


def official_snw_bytes(scene):
    """An official-style L2B raster: the scene's truth, 254 for no data."""
    with rasterio.open(scene.truth_path) as truth:
        codes = truth.read(1)
        profile = dict(truth.profile, driver="GTiff", nodata=254)
    codes[codes == 255] = 254
    with rasterio.MemoryFile() as memory:
        with memory.open(**profile) as target:
            target.write(codes, 1)
        return memory.read()


def wait(dock, seconds=45):
    deadline = time.monotonic() + seconds
    while dock.workflow.busy or dock._running:
        assert time.monotonic() < deadline, "the dock's steps did not finish"
        QgsApplication.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        QgsApplication.processEvents()


@pytest.fixture
def dock(qgis_app, qgis_iface, qgis_new_project, snow_provider, fake_geodes_env, monkeypatch, tmp_path):
    settings = PluginSettings(download_folder=str(tmp_path / "downloads"))
    monkeypatch.setattr(search_dock_module, "load_settings", lambda: settings)
    monkeypatch.setattr(dock_workflow, "load_settings", lambda: settings)
    widget = SearchDock(qgis_iface, open_settings=lambda: None)
    widget.start.setDate(QDate(2021, 2, 1))
    widget.end.setDate(QDate(2021, 2, 28))
    widget.tiles.setText("T31TGK")
    yield widget
    widget.cancel()
    wait(widget)
    widget.deleteLater()


def test_detect_show_and_compare_without_leaving_the_dock(dock, fake_geodes_env, tmp_path):
    scene = make_scene(tmp_path / "scene", size=100, seed=5)
    fake_geodes_env.add_product(identifier=scene.identifier, tile="T31TGK", acquired=ACQUIRED)
    fake_geodes_env.add_product(identifier=OFFICIAL, collection="SNOW", tile="T31TGK", acquired=ACQUIRED,
                                files={OFFICIAL + "_SNW_R2.tif": official_snw_bytes(scene),
                                       OFFICIAL + "_MTD_ALL.xml": METADATA_XML})
    dock.search()
    wait(dock)
    dock.downloaded[scene.identifier] = scene.product_dir  # as if downloaded
    dock.table.selectRow(0)
    assert dock.detect_button.isEnabled()
    dock.preset.setCurrentIndex(1)  # LIS + fog/cloud rescue
    dock.detect_snow()
    assert not dock.detect_button.isEnabled() and dock.cancel_button.isEnabled()
    wait(dock)

    project = QgsProject.instance()
    snow_layers = [layer for layer in project.mapLayers().values() if layer.source().endswith("_SNW_R2.tif")]
    assert len(snow_layers) == 1 and "lis_fog_rescue" in snow_layers[0].source()
    assert isinstance(snow_layers[0].renderer(), QgsPalettedRasterRenderer)
    group = project.layerTreeRoot().findLayer(snow_layers[0].id()).parent()
    sources = [node.layer().source() for node in group.findLayers()]
    assert sources[-1].endswith("_FALSE_COLOUR.vrt")  # the composite under the results
    assert "DEM" in dock.step_status.text() or dock.official_run is not None

    assert dock.official_run is not None and dock.official_run.official.identifier == OFFICIAL
    assert dock.compare_button.isEnabled()
    dock.compare_with_official()
    wait(dock)
    compared = [layer for layer in project.mapLayers().values() if "comparison" in layer.source()]
    assert compared, dock.step_status.text()


def test_a_second_detection_asks_before_replacing(dock, fake_geodes_env, tmp_path, monkeypatch):
    scene = make_scene(tmp_path / "scene", size=100, seed=6)
    fake_geodes_env.add_product(identifier=scene.identifier, tile="T31TGK", acquired=ACQUIRED)
    dock.search()
    wait(dock)
    dock.downloaded[scene.identifier] = scene.product_dir
    dock.table.selectRow(0)
    dock.detect_snow()
    wait(dock)
    asked = []
    monkeypatch.setattr(dock, "_confirm_overwrite", lambda folder: asked.append(folder) or False)
    snw = next((tmp_path / "downloads" / "snow_results" / "lis_default").glob("*_SNW_R2.tif"))
    before = snw.stat().st_mtime_ns
    dock.detect_snow()
    wait(dock)
    assert len(asked) == 1 and snw.stat().st_mtime_ns == before  # refused: nothing replaced


def test_cancel_stops_the_detection_and_writes_nothing(dock, fake_geodes_env, tmp_path):
    scene = make_scene(tmp_path / "scene", size=100, seed=7)
    fake_geodes_env.add_product(identifier=scene.identifier, tile="T31TGK", acquired=ACQUIRED)
    dock.search()
    wait(dock)
    dock.downloaded[scene.identifier] = scene.product_dir
    dock.table.selectRow(0)
    dock.detect_snow()
    dock.cancel()
    wait(dock)
    results = tmp_path / "downloads" / "snow_results" / "lis_default"
    assert not list(results.glob("*_SNW_R2.tif")) and not list(results.glob("*.part"))
    assert dock.detect_button.isEnabled() and not dock.cancel_button.isEnabled()
    assert dock.official_run is None
