"""Why this pixel? and the comparison with the official product, in QGIS:
the map tool clicked on known pixels of a real canvas, ``explainpixels``
and ``compare`` through ``processing.run``, the confusion counts against an
independent count of the two rasters, and bad inputs in one sentence."""

import csv
import json
import shutil
import zipfile

import numpy as np
import pytest
import rasterio
from affine import Affine
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt

from snow_plugin.core.compare import agreement_labels
from snow_plugin.core.definitions import CLOUD, NO_SNOW, NODATA, SNOW
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.styles import decision_labels
from snow_plugin.core.synthetic import make_scene
from snow_plugin.gui.comparison_dialog import show_comparison
from snow_plugin.gui.explain_tool import ExplainPanel, PixelExplainTool
from snow_plugin.processing_provider.result_layers import load_result_layers
from tests.qgis.catalogue_fixtures import RecordingFeedback

L2B = "SENTINEL2B_20210215-103512-123_L2B-SNOW_T31TGK_C_V1-7"


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=200, seed=2)


@pytest.fixture(scope="module")
def result(scene, tmp_path_factory):
    return detect_snow(scene.product_dir, tmp_path_factory.mktemp("out"), dem=scene.dem_path)


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1), dataset.profile


def write(path, values, profile, **changes):
    path.parent.mkdir(parents=True, exist_ok=True)
    with rasterio.open(path, "w", **dict(profile, **changes)) as target:
        target.write(values, 1)
    return path


def run(algorithm, parameters, feedback=None):
    import processing

    return processing.run(algorithm, parameters, feedback=feedback)


# --- the map tool ---------------------------------------------------------

@pytest.fixture
def canvas_with_result(qgis_new_project, result):
    project = QgsProject.instance()
    load_result_layers(project, result.outputs, "result")
    canvas = QgsMapCanvas()
    canvas.resize(400, 400)
    canvas.show()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))  # another CRS than the product's
    layer = next(layer for layer in project.mapLayers().values() if layer.source().endswith("_SNW_R2.tif"))
    to_canvas = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), project)
    canvas.setExtent(to_canvas.transformBoundingBox(layer.extent()))
    canvas.refresh()
    panel = ExplainPanel()
    tool = PixelExplainTool(canvas, lambda: panel, project)
    canvas.setMapTool(tool)
    yield canvas, tool, panel, to_canvas
    canvas.unsetMapTool(tool)


def pixel_centre(transform, row, col):
    x, y = transform * (col + 0.5, row + 0.5)
    return QgsPointXY(x, y)


def test_click_on_known_pixels(canvas_with_result, result):
    canvas, tool, panel, to_canvas = canvas_with_result
    decision, profile = read(result.outputs["DECISION"])
    labels = decision_labels()
    codes = [code for code in (1, 2, 10, 13, 20) if (decision == code).any()]
    assert len(codes) >= 4
    for code in codes:
        rows, cols = np.nonzero(decision == code)
        point = to_canvas.transform(pixel_centre(profile["transform"], int(rows[0]), int(cols[0])))
        pixel = canvas.getCoordinateTransform().transform(point)
        event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())),
                                 Qt.MouseButton.LeftButton)
        # The canvas shows about two screen pixels per 20 m pixel: the click lands on the pixel aimed at.
        tool.canvasReleaseEvent(event)
        text = panel.text()
        assert labels[code] in text, (code, text)
        assert ("✓ →" in text) if code in (1, 2) else ("✗" in text)
        assert "row {}, column {}".format(int(rows[0]), int(cols[0])) in text


def test_click_outside_any_result_is_one_sentence(canvas_with_result):
    _, tool, panel, _ = canvas_with_result
    tool.explain_at(QgsPointXY(-120.0, -45.0))
    assert "No snow detection result under this point" in panel.text()


def test_click_on_a_result_whose_product_moved(qgis_new_project, result, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    for key in ("SNW", "DECISION"):
        shutil.copy(result.outputs[key], copy / result.outputs[key].name)
    metadata = json.loads(result.outputs["METADATA"].read_text(encoding="utf-8"))
    metadata["inputs"]["product"] = str(tmp_path / "moved_away")
    (copy / result.outputs["METADATA"].name).write_text(json.dumps(metadata), encoding="utf-8")
    project = QgsProject.instance()
    layer = QgsRasterLayer(str(copy / result.outputs["SNW"].name), "snw")
    project.addMapLayer(layer)
    canvas = QgsMapCanvas()
    canvas.setDestinationCrs(layer.crs())
    panel = ExplainPanel()
    tool = PixelExplainTool(canvas, lambda: panel, project)
    tool.explain_at(layer.extent().center())
    assert str(tmp_path / "moved_away") in panel.text()
    assert "run the detection again" in panel.text()


# --- explainpixels ----------------------------------------------------------

def points_layer(result, cells, crs="EPSG:4326"):
    """Points at the centres of ``cells`` (row, col), in ``crs``, plus one far outside."""
    _, profile = read(result.outputs["SNW"])
    product_crs = QgsCoordinateReferenceSystem.fromWkt(profile["crs"].to_wkt())
    target = QgsCoordinateReferenceSystem(crs)
    transform = QgsCoordinateTransform(product_crs, target, QgsProject.instance())
    layer = QgsVectorLayer(f"Point?crs={crs}", "points", "memory")
    features = []
    for row, col in cells + [(-50, -50)]:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(transform.transform(pixel_centre(profile["transform"], row, col))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("extension", ["gpkg", "csv"])
def test_explainpixels_table(snow_provider, result, tmp_path, extension):
    snw, _ = read(result.outputs["SNW"])
    decision, _ = read(result.outputs["DECISION"])
    cells = [tuple(int(v) for v in np.argwhere(decision == code)[0]) for code in np.unique(decision)]
    output = tmp_path / f"explained.{extension}"
    results = run("theiasnow:explainpixels", {
        "RESULT": str(result.outputs["METADATA"]), "POINTS": points_layer(result, cells), "OUTPUT": str(output)})
    assert results["COUNT"] == len(cells) + 1 and results["OUTSIDE"] == 1
    table = QgsVectorLayer(str(output), "table", "ogr")
    assert table.isValid()
    names = table.fields().names()
    for name in ("class", "decision", "reason", "green", "red", "swir", "ndsi", "red_coarse", "elevation", "zs", "clm"):
        assert name in names
    rows = list(table.getFeatures())
    assert len(rows) == len(cells) + 1
    for (row, col), feature in zip(cells, rows):
        assert int(feature["class"]) == snw[row, col]
        assert int(feature["decision"]) == decision[row, col]
        assert feature["reason"]
        if decision[row, col] != 255:
            assert 0 <= float(feature["swir"]) <= 1.5 and float(feature["elevation"]) > 0
    outside = rows[-1]
    assert outside["class"] in (None, "") or str(outside["class"]) in ("NULL", "")
    assert "outside" in outside["reason"]


def test_explainpixels_with_a_moved_dem(snow_provider, result, tmp_path):
    metadata = json.loads(result.outputs["METADATA"].read_text(encoding="utf-8"))
    metadata["inputs"]["dem"] = str(tmp_path / "dem_moved.tif")
    summary = tmp_path / result.outputs["METADATA"].name
    summary.write_text(json.dumps(metadata), encoding="utf-8")
    output = tmp_path / "explained.gpkg"
    with pytest.raises(QgsProcessingException) as raised:
        run("theiasnow:explainpixels", {"RESULT": str(summary), "POINTS": points_layer(result, [(5, 5)]),
                                        "OUTPUT": str(output)})
    assert str(tmp_path / "dem_moved.tif") in str(raised.value)
    assert not output.exists()


# --- compare ------------------------------------------------------------------

@pytest.fixture(scope="module")
def official_l2b(scene, tmp_path_factory):
    """An official-like L2B product: the scene's truth, 254 for no data."""
    truth, profile = read(scene.truth_path)
    truth[truth == NODATA] = 254
    folder = tmp_path_factory.mktemp("official") / L2B
    write(folder / f"{L2B}_SNW_R2.tif", truth, profile, nodata=254)
    return folder


def independent_confusion(local, official, official_snow):
    """Counts of (local, official) over pixels valid on both sides, by the spec's class codes."""
    local_class = {NO_SNOW: 0, SNOW: 1, CLOUD: 2}
    counts = np.zeros((3, 3), np.int64)
    for l_value, l_index in local_class.items():
        for o_index in range(3):
            if o_index == 1:
                o_mask = official_snow(official)
            else:
                o_mask = official == (NO_SNOW if o_index == 0 else CLOUD)
            counts[l_index, o_index] = np.count_nonzero((local == l_value) & o_mask)
    return counts


def read_confusion(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][1:] == ["no_snow", "snow", "cloud"]
    return np.array([[int(v) for v in row[1:]] for row in rows[1:]])


def check_scores(results, counts):
    clear = counts[:2, :2].astype(float)
    total = clear.sum()
    observed = (clear[0, 0] + clear[1, 1]) / total
    chance = (clear[0].sum() * clear[:, 0].sum() + clear[1].sum() * clear[:, 1].sum()) / total ** 2
    assert results["CLEAR_PIXELS"] == total
    assert results["OVERALL_AGREEMENT"] == pytest.approx(observed)
    assert results["KAPPA"] == pytest.approx((observed - chance) / (1 - chance))
    precision, recall = clear[1, 1] / clear[1].sum(), clear[1, 1] / clear[:, 1].sum()
    assert results["SNOW_F1"] == pytest.approx(2 * precision * recall / (precision + recall))


def test_compare_with_an_l2b_product(snow_provider, result, official_l2b, tmp_path):
    feedback = RecordingFeedback()
    results = run("theiasnow:compare", {"LOCAL": str(result.outputs["METADATA"]), "OFFICIAL": str(official_l2b),
                                        "OUTPUT_FOLDER": str(tmp_path)}, feedback)
    assert f"{results['CLEAR_PIXELS']} pixels clear on both sides." in feedback.infos
    local, _ = read(result.outputs["SNW"])
    official, _ = read(next(official_l2b.glob("*_SNW_R2.tif")))
    counts = independent_confusion(local, official, lambda values: values == SNOW)
    assert (read_confusion(results["CONFUSION"]) == counts).all()
    check_scores(results, counts)
    agreement, profile = read(results["AGREEMENT"])
    assert profile["nodata"] == 255
    assert np.count_nonzero(agreement == 1) == counts[1, 1]  # both snow
    assert np.count_nonzero(agreement == 4) == counts[1, 0]  # local only snow
    assert np.count_nonzero(agreement == 6) == counts[2, :2].sum() + counts[:2, 2].sum()
    with open(results["BANDS"], encoding="utf-8") as handle:
        bands = list(csv.DictReader(handle))
    assert bands and sum(int(band["clear_pixels"]) for band in bands) <= counts[:2, :2].sum()
    dialog = show_comparison(results["SUMMARY"])
    assert dialog.confusion.item(1, 1).text() == str(counts[1, 1])
    assert "{:.3f}".format(results["KAPPA"]) in dialog.figures.text()
    dialog.close()
    # Earlier outputs are kept unless overwriting is allowed.
    with pytest.raises(QgsProcessingException):
        run("theiasnow:compare", {"LOCAL": str(result.outputs["SNW"]), "OFFICIAL": str(official_l2b),
                                  "OUTPUT_FOLDER": str(tmp_path)})


def test_compare_with_a_shifted_fsc_zip(snow_provider, result, tmp_path):
    """A LIS >= 1.7 FSC product, zipped, on a grid shifted by one pixel: aligned by nearest neighbour."""
    local, profile = read(result.outputs["SNW"])
    rng = np.random.default_rng(5)
    fsc = np.where(local == SNOW, rng.integers(1, 101, local.shape), local).astype(np.uint8)
    flip = rng.random(local.shape) < 0.05
    fsc[flip & (local == NO_SNOW)] = 60
    fsc[flip & (local == SNOW)] = 0
    shifted = profile["transform"] * Affine.translation(1, 0)  # one column east
    name = "LIS_S2-SNOW-FSC_T31TGK_20210215T103512_1.7.0_1"
    raster = write(tmp_path / name / f"{name}.tif", fsc, profile, transform=shifted, nodata=255)
    archive = tmp_path / f"{name}.zip"
    with zipfile.ZipFile(archive, "w") as target:
        target.write(raster, f"{name}/{raster.name}")
    results = run("theiasnow:compare", {"LOCAL": str(result.outputs["SNW"]), "OFFICIAL": str(archive),
                                        "OUTPUT_FOLDER": str(tmp_path / "out")})
    # Local column c sees official column c - 1; local column 0 has no official pixel.
    aligned = np.full(local.shape, 255, np.uint8)
    aligned[:, 1:] = fsc[:, :-1]
    counts = independent_confusion(local, aligned, lambda values: (values >= 1) & (values <= 100))
    assert (read_confusion(results["CONFUSION"]) == counts).all()
    check_scores(results, counts)


def test_compare_bad_inputs(snow_provider, result, official_l2b, scene, tmp_path):
    # another tile: refused
    other = tmp_path / L2B.replace("T31TGK", "T32TLR")
    shutil.copytree(official_l2b, other)
    for path in other.glob("*.tif"):
        path.rename(path.with_name(path.name.replace("T31TGK", "T32TLR")))
    with pytest.raises(QgsProcessingException) as raised:
        run("theiasnow:compare", {"LOCAL": str(result.outputs["SNW"]), "OFFICIAL": str(other), "OUTPUT_FOLDER": str(tmp_path / "a")})
    assert "T32TLR" in str(raised.value) and "T31TGK" in str(raised.value)
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").iterdir())
    # a corrupt zip: one sentence, nothing written
    broken = tmp_path / f"{L2B}.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(QgsProcessingException) as raised:
        run("theiasnow:compare", {"LOCAL": str(result.outputs["SNW"]), "OFFICIAL": str(broken), "OUTPUT_FOLDER": str(tmp_path / "b")})
    assert "corrupt" in str(raised.value)
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())
    # another date: allowed, with a warning
    later = tmp_path / L2B.replace("20210215", "20210301")
    shutil.copytree(official_l2b, later)
    results = run("theiasnow:compare", {"LOCAL": str(result.outputs["SNW"]), "OFFICIAL": str(later),
                                        "OUTPUT_FOLDER": str(tmp_path / "c")}, QgsProcessingFeedback())
    assert results["CLEAR_PIXELS"] > 0
    summary = json.loads(open(results["SUMMARY"], encoding="utf-8").read())
    assert any("20210301" in warning and "20210215" in warning for warning in summary["warnings"])


def test_agreement_style_labels():
    labels = agreement_labels()
    assert len(set(labels.values())) == len(labels) == 7


def test_the_action_switches_the_tool(qgis_iface):
    from qgis.PyQt.QtWidgets import QAction

    from snow_plugin.gui.explain_tool import ExplainController

    controller = ExplainController(qgis_iface)
    action = QAction("why")
    controller.set_action(action)
    canvas = qgis_iface.mapCanvas()
    controller.toggle(True)
    assert canvas.mapTool() is controller.tool and controller.panel is not None
    controller.tool.explain_at(QgsPointXY(0, 0))  # nothing loaded: one sentence, no exception
    assert "No snow detection result" in controller.panel.text()
    controller.toggle(False)
    assert canvas.mapTool() is not controller.tool
    controller.unload()
    assert controller.panel is None


def test_compare_loads_the_styled_layer_and_opens_the_window(snow_provider, result, official_l2b, tmp_path, qgis_new_project):
    import processing

    from snow_plugin.processing_provider.compare import set_comparison_viewer

    shown = []
    set_comparison_viewer(shown.append)
    try:
        results = processing.runAndLoadResults("theiasnow:compare", {
            "LOCAL": str(result.outputs["METADATA"]), "OFFICIAL": str(official_l2b), "OUTPUT_FOLDER": str(tmp_path)})
    finally:
        set_comparison_viewer(None)
    layers = [layer for layer in qgis_new_project.mapLayers().values() if layer.source() == results["AGREEMENT"]]
    assert len(layers) == 1
    renderer = layers[0].renderer()
    assert renderer.type() == "paletted"
    assert {entry.value: entry.label for entry in renderer.classes()} == agreement_labels()
    assert shown == [results["SUMMARY"]]
