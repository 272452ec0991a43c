"""What a new user tripped on in the search dock and the sample scene: a
selected footprint must not hide its quicklook, quicklook legends come
collapsed, a record without a quicklook is named, the truth is styled."""

from datetime import datetime, timezone

import numpy as np
import pytest
import rasterio
from qgis.core import (
    QgsFeature, QgsGeometry, QgsMapRendererCustomPainterJob, QgsMapSettings, QgsPalettedRasterRenderer, QgsProject,
    QgsRasterLayer, QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from rasterio.transform import from_origin

from snow_plugin.gui import footprints
from snow_plugin.gui import search_dock as search_dock_module
from snow_plugin.gui.search_dock import SearchDock
from snow_plugin.toolbelt.preferences import PluginSettings
from tests.qgis.test_search_dock import dock, search, statuses, wait_until_idle  # noqa: F401 (fixture)
from tests.support.fake_geodes import Fault

pytest_plugins = ["tests.support.fixtures"]
pytestmark = pytest.mark.timeout(30)
YELLOW = QColor(255, 255, 0)


def render(layers, extent, selection_colour=YELLOW):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(100, 100))
    settings.setDestinationCrs(layers[0].crs())
    settings.setSelectionColor(selection_colour)
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    QgsMapRendererCustomPainterJob(settings, painter).renderSynchronously()
    painter.end()
    return image


def test_a_selected_footprint_is_an_outline_not_a_yellow_fill(qgis_new_project):
    layer = footprints.footprint_layer([])
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((5 45, 6 45, 6 46, 5 46, 5 45)))"))
    feature["cloud_cover"] = 5
    layer.dataProvider().addFeatures([feature])
    layer.selectAll()
    assert layer.selectedFeatureCount() == 1
    image = render([layer], QgsRectangle(4.5, 44.5, 6.5, 46.5))
    centre = QColor(image.pixel(50, 50))
    assert (centre.red(), centre.green(), centre.blue()) == (255, 255, 255)  # the quicklook would show through
    edge = [QColor(image.pixel(x, 50)) for x in range(20, 30)]
    assert any(colour.blue() < 100 and colour.red() > 200 for colour in edge)  # the outline is yellow


def test_quicklook_legends_come_collapsed(qgis_new_project, tmp_path):
    paths = {}
    for index in range(3):
        path = tmp_path / f"ql{index}.tif"
        profile = dict(driver="GTiff", width=8, height=8, count=3, dtype="uint8", crs="EPSG:4326",
                       transform=from_origin(5 + index, 46, 0.1, 0.1))
        with rasterio.open(path, "w", **profile) as image:
            image.write(np.full((3, 8, 8), 120, np.uint8))
        paths[f"P{index}"] = path
    added = footprints.add_quicklook_layers(paths, project=QgsProject.instance())
    assert len(added) == 3
    root = QgsProject.instance().layerTreeRoot()
    assert all(not root.findLayer(layer.id()).isExpanded() for layer in added)


def test_a_record_without_quicklook_is_named(dock, fake_geodes):  # noqa: F811
    def no_quicklook(feature):
        feature["assets"] = {key: asset for key, asset in feature["assets"].items() if not key.endswith(".jpg")}
        return feature

    with_ql = fake_geodes.add_product(acquired=datetime(2024, 2, 1, 10, 50, tzinfo=timezone.utc))
    without = fake_geodes.add_product(acquired=datetime(2024, 2, 6, 10, 50, tzinfo=timezone.utc), mangle=no_quicklook)
    search(dock)
    dock.table.selectAll()
    dock.show_quicklooks()
    wait_until_idle(dock)
    assert without.identifier in dock.status.text()
    assert with_ql.identifier not in dock.status.text()


def test_the_sample_truth_is_styled_like_a_classification(snow_provider, tmp_path):
    import processing

    results = processing.run("theiasnow:samplescene", {"SIZE": 100, "OUTPUT_FOLDER": str(tmp_path)})
    layer = QgsRasterLayer(results["TRUTH"], "truth", "gdal")
    assert layer.isValid()
    renderer = layer.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    assert {item.value for item in renderer.classes()} >= {0, 100, 205}


def test_a_refused_key_does_not_say_the_others_were_cancelled(dock, fake_geodes, monkeypatch, tmp_path):  # noqa: F811
    fake_geodes.add_products(3)
    search(dock)
    monkeypatch.setattr(search_dock_module, "load_settings",
                        lambda: PluginSettings(download_folder=str(tmp_path), max_parallel_downloads=1))
    monkeypatch.setenv("GEODES_API_KEY", "a-wrong-key")
    dock.table.selectAll()
    dock.download_selected()
    wait_until_idle(dock)
    texts = statuses(dock)
    assert not any("cancel" in text for text in texts), texts
    assert sum("API key" in text for text in texts) >= 2


def test_retries_are_shown_in_the_table(dock, fake_geodes, monkeypatch):  # noqa: F811
    [product] = fake_geodes.add_products(1)
    fake_geodes.inject(product, Fault.http_status(500, times=1))
    search(dock)
    shown = []
    original = dock.model.set_status
    monkeypatch.setattr(dock.model, "set_status", lambda key, text, *rest: shown.append(text) or original(key, text, *rest))
    dock.table.selectAll()
    dock.download_selected()
    wait_until_idle(dock)
    assert any(text.startswith("retrying (try 2 of") for text in shown), shown
    assert shown[-1] == "done"


def test_the_form_and_the_downloads_are_remembered(dock, fake_geodes, qgis_iface, tmp_path):  # noqa: F811
    fake_geodes.add_products(2)
    dock.max_cloud.setValue(30)
    dock.preset.setCurrentIndex(1)
    search(dock, tiles="T31TCH")
    dock.table.selectRow(0)
    dock.download_selected()
    wait_until_idle(dock)
    [done] = list(dock.downloaded)

    again = SearchDock(qgis_iface, open_settings=lambda: None)  # as after a restart of QGIS
    try:
        assert again.tiles.text() == "T31TCH" and again.max_cloud.value() == 30
        assert again.start.date() == dock.start.date() and again.preset.currentIndex() == 1
        again.search()
        wait_until_idle(again)
        assert list(again.downloaded) == [done]
        [row] = again.model.rows_of([done])
        again.table.selectRow(row)
        assert again.detect_button.isEnabled()
    finally:
        again.deleteLater()
