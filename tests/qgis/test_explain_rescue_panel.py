"""Why this pixel? with the fog/cloud rescue, in QGIS: the map tool's panel
lists the rescue's tests with their numbers (B12 included) for pixels of
codes 15 and 14, in the user's number format, and ``explainpixels`` writes
the B12 reflectance as a real field."""

import re

import numpy as np
import pytest
import rasterio
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QLocale

from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene
from snow_plugin.gui.explain_tool import ExplainPanel, PixelExplainTool
from snow_plugin.processing_provider.result_layers import load_result_layers


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=250, seed=1)


@pytest.fixture(scope="module")
def result(scene, tmp_path_factory):
    return detect_snow(scene.product_dir, tmp_path_factory.mktemp("out"), dem=scene.dem_path,
                       params=DetectionParameters(fog_rescue=True))


@pytest.fixture(scope="module")
def bands(scene, result):
    with rasterio.open(result.outputs["DECISION"]) as decision, \
            rasterio.open(next(scene.product_dir.glob("*_FRE_B12.tif"))) as b12:
        return decision.read(1), b12.read(1), decision.transform, decision.crs.to_wkt()


def first_pixel(decision, code):
    rows, cols = np.nonzero(decision == code)
    return int(rows[len(rows) // 2]), int(cols[len(cols) // 2])


@pytest.fixture
def tool_and_panel(qgis_new_project, result):
    project = QgsProject.instance()
    load_result_layers(project, result.outputs, "result")
    layer = next(layer for layer in project.mapLayers().values() if layer.source().endswith("_DECISION.tif"))
    canvas = QgsMapCanvas()
    canvas.setDestinationCrs(layer.crs())
    panel = ExplainPanel()
    yield PixelExplainTool(canvas, lambda: panel, project), panel  # the canvas lives as long as its tool


def decided_line(text):
    return next(line for line in text.splitlines() if "→" in line)


@pytest.mark.parametrize("code", [15, 14])
def test_the_panel_lists_the_rescue_tests(tool_and_panel, bands, code):
    tool, panel = tool_and_panel
    decision, b12, transform, _ = bands
    row, col = first_pixel(decision, code)
    tool.explain_at(QgsPointXY(*(transform * (col + 0.5, row + 0.5))))
    text = panel.text()
    assert "Fog rescue" in text and "row {}, column {}".format(row, col) in text
    assert "B12 (2.2 µm) {:.3f} > 0.150".format(b12[row, col] / 10000) in text  # the spectral test, with its number
    shown = re.search(r"SWIR reflectance \(2\.2 µm, B12\)\s+(\S+)", text)  # the values table
    assert shown and shown[1] == "{:.3f}".format(b12[row, col] / 10000)
    line = decided_line(text)
    assert "✓" in line and "✗" not in line  # every test that decided passed
    assert ("fog bank" in line) if code == 14 else ("B11 (1.6 µm)" in line or "zs" in line or "thin edge" in line)


def test_the_panel_numbers_follow_the_locale(tool_and_panel, bands):
    tool, panel = tool_and_panel
    decision, b12, transform, _ = bands
    row, col = first_pixel(decision, 15)
    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        tool.explain_at(QgsPointXY(*(transform * (col + 0.5, row + 0.5))))
    finally:
        QLocale.setDefault(default)
    assert "B12 (2.2 µm) {} > 0,150".format("{:.3f}".format(b12[row, col] / 10000).replace(".", ",")) in panel.text()


def test_explainpixels_writes_b12_as_a_real(snow_provider, result, bands, tmp_path):
    import processing

    decision, b12, transform, crs = bands
    cells = [first_pixel(decision, code) for code in (14, 15)]
    layer = QgsVectorLayer("Point?crs={}".format(QgsCoordinateReferenceSystem.fromWkt(crs).authid()), "points", "memory")
    features = []
    for row, col in cells:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*(transform * (col + 0.5, row + 0.5)))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    output = tmp_path / "explained.gpkg"
    processing.run("theiasnow:explainpixels", {"RESULT": str(result.outputs["METADATA"]), "POINTS": layer,
                                               "OUTPUT": str(output)})
    table = QgsVectorLayer(str(output), "table", "ogr")
    assert table.isValid()
    field = table.fields().field("swir2")
    assert field.isNumeric() and field.typeName().lower() in ("real", "double")
    for (row, col), feature in zip(cells, table.getFeatures()):
        assert feature["decision"] == decision[row, col]
        assert feature["swir2"] == pytest.approx(b12[row, col] / 10000, abs=1e-4)
        assert ("fog bank" if decision[row, col] == 14 else "B12 (2.2 µm)") in feature["tests"]
        assert "✗" not in feature["tests"]
