"""theiasnow:snowtimeseries in QGIS: a basin layer's union, the CSV against
the hand-merged mosaic count, the PNG chart, the window opened by the
results' hook, and bad inputs that leave earlier outputs alone."""

import csv

import numpy as np
import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QPushButton

from snow_plugin.gui.season_window import SeasonWindow, show_season
from snow_plugin.processing_provider.season_results import set_series_viewer
from snow_plugin.core.timeseries import read_series_csv
from snow_plugin.toolbelt.season_chart import CLOUD_COLOUR, SNOW_COLOUR
from tests.unit.test_timeseries import X0, Y0, expected_row, triangle_basin_mask, triangle_wkt, write_season


@pytest.fixture
def season(tmp_path):
    return write_season(tmp_path)


def basin_layer(*wkts):
    """A polygon layer in EPSG:32631 whose features are ``wkts``."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32631", "basin", "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def split_triangle():
    """The triangle as two features (its left and right halves): their union is the basin."""
    triangle = QgsGeometry.fromWkt(triangle_wkt())
    half = QgsGeometry.fromRect(triangle.boundingBox())
    box = half.boundingBox()
    box.setXMaximum(X0 + 20 * 22)
    left = triangle.intersection(QgsGeometry.fromRect(box))
    right = triangle.difference(QgsGeometry.fromRect(box))
    return left.asWkt(), right.asWkt()


def colour_share(image, colour, tolerance=8):
    pixels = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = QColor(image.pixel(x, y))
            pixels += abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) <= tolerance
    return pixels / ((image.height() // 3 + 1) * (image.width() // 3 + 1))


def test_series_over_a_two_feature_basin_with_chart(snow_provider, season, tmp_path):
    inputs, expected = season
    out_csv, out_png = tmp_path / "out" / "series.csv", tmp_path / "out" / "series.png"
    result = processing.run("theiasnow:snowtimeseries", {
        "INPUTS": [str(path) for path in inputs], "BASIN": basin_layer(*split_triangle()),
        "OUTPUT_CSV": str(out_csv), "OUTPUT_CHART": str(out_png),
    })
    assert result["DATES"] == 3
    with open(out_csv, newline="") as handle:
        rows = list(csv.DictReader(handle))
    basin = triangle_basin_mask()
    for row in rows:
        reference = expected_row(expected[row["date"]], basin)
        for key, value in reference.items():
            assert float(row[key]) == pytest.approx(value, abs=1e-3), (row["date"], key)
    assert [row["zs"] for row in rows] == ["1600.0", "", "1600.0"]
    image = QImage(str(out_png))
    assert image.width() == 1200
    assert colour_share(image, SNOW_COLOUR) > 0.01  # the snow area is drawn
    assert colour_share(image, CLOUD_COLOUR, 30) > 0.001  # and the hatching of the area hidden by clouds
    assert not list(out_csv.parent.glob("*.part"))


def test_loaded_results_open_the_season_window(snow_provider, season, tmp_path, qgis_new_project):
    inputs, _ = season
    shown = []
    set_series_viewer(shown.append)
    try:
        processing.runAndLoadResults("theiasnow:snowtimeseries", {
            "INPUTS": [str(path) for path in inputs], "OUTPUT_CSV": str(tmp_path / "series.csv"),
        })
    finally:
        set_series_viewer(None)
    assert shown == [str(tmp_path / "series.csv")]
    tables = [layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == "Snow time series"]
    assert tables and tables[0].featureCount() == 3


def test_window_shows_and_exports(qgis_app, season, tmp_path, snow_provider):
    inputs, _ = season
    processing.run("theiasnow:snowtimeseries", {"INPUTS": [str(p) for p in inputs], "OUTPUT_CSV": str(tmp_path / "s.csv")})
    window = show_season(str(tmp_path / "s.csv"))
    assert isinstance(window, SeasonWindow)
    window.resize(900, 500)
    shot = window.chart.grab().toImage()
    assert colour_share(shot, SNOW_COLOUR) > 0.01
    assert window.export_png(tmp_path / "chart.png") and QImage(str(tmp_path / "chart.png")).width() == 1200
    assert window.export_csv(tmp_path / "copy.csv")
    assert read_series_csv(tmp_path / "copy.csv") == read_series_csv(tmp_path / "s.csv")
    window.close()


def test_bad_inputs_keep_earlier_outputs(snow_provider, season, tmp_path):
    inputs, _ = season
    earlier = tmp_path / "series.csv"
    earlier.write_text("earlier run")
    parameters = {"INPUTS": [str(p) for p in inputs], "OUTPUT_CSV": str(earlier)}
    with pytest.raises(QgsProcessingException, match="exists"):
        processing.run("theiasnow:snowtimeseries", parameters)
    far = f"POLYGON (({X0 + 1e5} {Y0}, {X0 + 1e5 + 500} {Y0}, {X0 + 1e5 + 500} {Y0 - 500}, {X0 + 1e5} {Y0}))"
    with pytest.raises(QgsProcessingException, match="outside"):
        processing.run("theiasnow:snowtimeseries", {**parameters, "OVERWRITE": True, "BASIN": basin_layer(far),
                                                    "OUTPUT_CHART": str(tmp_path / "chart.png")})
    with pytest.raises(QgsProcessingException, match="2030-01-01"):
        processing.run("theiasnow:snowtimeseries", {**parameters, "OVERWRITE": True, "START_DATE": "2030-01-01"})
    assert earlier.read_text() == "earlier run"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["series.csv"]
    np.testing.assert_equal(len(list(tmp_path.glob("*.part"))), 0)


def _button(window, text):
    [button] = [button for button in window.findChildren(QPushButton) if button.text() == text]
    return button


def test_window_heading_counts_the_dates_in_the_users_numbers(qgis_app, season, tmp_path, snow_provider):
    inputs, _ = season
    processing.run("theiasnow:snowtimeseries", {"INPUTS": [str(p) for p in inputs], "OUTPUT_CSV": str(tmp_path / "s.csv")})
    with open(tmp_path / "s.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    area = float(rows[0]["basin_km2"])
    previous = QLocale()
    try:
        for locale, decimal_point in ((QLocale.Language.English, "."), (QLocale.Language.French, ",")):
            QLocale.setDefault(QLocale(locale))
            window = show_season(str(tmp_path / "s.csv"))
            assert window.heading.text() == "{count} acquisition dates from {first} to {last}, basin {area} km²".format(
                count=len(rows), first=rows[0]["date"], last=rows[-1]["date"], area=f"{area:.2f}".replace(".", decimal_point))
            window.close()
    finally:
        QLocale.setDefault(previous)
    one = tmp_path / "one.csv"
    with open(tmp_path / "s.csv", newline="") as source:
        one.write_text("".join(source.readlines()[:2]))
    window = show_season(str(one))
    assert window.heading.text().startswith(f"1 acquisition date from {rows[0]['date']} to {rows[0]['date']}, basin ")
    window.close()


def test_export_buttons_ask_where_and_warn_when_they_cannot_write(qgis_app, season, tmp_path, snow_provider, monkeypatch):
    inputs, _ = season
    processing.run("theiasnow:snowtimeseries", {"INPUTS": [str(p) for p in inputs], "OUTPUT_CSV": str(tmp_path / "s.csv")})
    window = show_season(str(tmp_path / "s.csv"))
    asked, warned = [], []
    answer = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, default, file_filter: asked.append(default) or (answer["path"], ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: warned.append(text))

    answer["path"] = str(tmp_path / "chosen.png")
    _button(window, "Export chart as PNG…").click()
    answer["path"] = str(tmp_path / "chosen.csv")
    _button(window, "Export table as CSV…").click()
    assert asked == [str(tmp_path / "s.png"), str(tmp_path / "s.csv")]  # beside the series, named after it
    assert QImage(str(tmp_path / "chosen.png")).width() == 1200
    assert read_series_csv(tmp_path / "chosen.csv") == read_series_csv(tmp_path / "s.csv")
    assert warned == []

    answer["path"] = str(tmp_path / "missing_folder" / "chart.png")
    _button(window, "Export chart as PNG…").click()
    assert len(warned) == 1 and answer["path"] in warned[0]
    answer["path"] = ""  # the user cancelled: nothing written, nothing said
    _button(window, "Export table as CSV…").click()
    assert len(warned) == 1
    window.close()
