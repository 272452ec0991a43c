"""The summary window of a run: the figures of the JSON, one table row per
elevation band, the plot, the PNG export, a missing snowline, the fog
rescue's banks and figures, a bad file explained; opened after a run loaded
into QGIS, never by processing.run."""

import json

import numpy as np
import pytest
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QImage, QPixmap
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

import snow_plugin
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.summary import elevation_bands_csv
from snow_plugin.core.synthetic import make_scene
from snow_plugin.gui import summary_dialog
from snow_plugin.gui.elevation_chart import BAR_COLOUR, FOG_TOP_COLOUR, SNOWLINE_COLOUR
from snow_plugin.gui.summary_dialog import show_summary


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=200, seed=4)


@pytest.fixture(scope="module")
def summary_path(scene, tmp_path_factory):
    return detect_snow(scene.product_dir, tmp_path_factory.mktemp("out"), dem=scene.dem_path).outputs["METADATA"]


@pytest.fixture(scope="module")
def rescued_path(scene, tmp_path_factory):
    params = DetectionParameters(fog_rescue=True)
    return detect_snow(scene.product_dir, tmp_path_factory.mktemp("rescued"), dem=scene.dem_path, params=params).outputs["METADATA"]


def _edited(path, tmp_path, edit):
    """A copy of the summary at ``path`` changed by ``edit(metadata)``."""
    metadata = json.loads(path.read_text(encoding="utf-8"))
    edit(metadata)
    copy = tmp_path / path.name
    copy.write_text(json.dumps(metadata), encoding="utf-8")
    return copy


@pytest.fixture(autouse=True)
def english_numbers(qgis_app):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)
    for dialog in list(summary_dialog._OPEN_DIALOGS):
        dialog.close()


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    return shown


def _colour_counts(pixmap):
    """How many pixels of the grabbed widget have each RGB colour."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    pixels = np.frombuffer(bits, np.uint32).reshape(image.height(), image.bytesPerLine() // 4) & 0xFFFFFF
    colours, counts = np.unique(pixels, return_counts=True)
    return dict(zip(colours.tolist(), counts.tolist()))


def _rgb(colour):
    return colour.rgb() & 0xFFFFFF


def _text(dialog, key):
    return dialog.figures[key][1].text()


def _shown(dialog, qgis_app):
    dialog.show()
    qgis_app.processEvents()
    return dialog


def test_dialog_shows_the_figures_of_the_json(summary_path, qgis_app):
    metadata = json.loads(summary_path.read_text(encoding="utf-8"))
    dialog = _shown(show_summary(summary_path), qgis_app)
    assert metadata["product"] in dialog.windowTitle()
    assert _text(dialog, "product") == metadata["product"]
    assert _text(dialog, "tile") == "T31TGK"
    assert _text(dialog, "date") == "2021-02-15 10:35 UTC"
    assert _text(dialog, "snowline") == f"{metadata['snowline_elevation']} m"
    assert _text(dialog, "snow") == f"{metadata['snow_percent']:.1f} %"
    assert _text(dialog, "cloud") == f"{metadata['cloud_percent']:.1f} %"
    assert _text(dialog, "no_snow") == f"{metadata['no_snow_percent']:.1f} %"
    assert _text(dialog, "snow_area") == f"{metadata['snow_area_km2']:.2f} km²"
    assert not {"fog", "valley_fog", "rescued_valley_fog", "rescued_spectral"} & set(dialog.figures)  # the fog rescue was off
    assert metadata["warnings"][0] in dialog.warnings.text()

    bands = metadata["elevation_bands"]
    assert dialog.table.rowCount() == len(bands) > 5
    last = bands[-1]
    assert dialog.table.item(len(bands) - 1, 2).text() == str(last["pixels"])
    assert dialog.table.item(len(bands) - 1, 5).text() == f"{100 * last['snow_fraction']:.1f}"


def test_chart_paints_the_bars_and_the_snowline(summary_path, qgis_app, tmp_path):
    dialog = _shown(show_summary(summary_path), qgis_app)
    pixmap = dialog.chart.grab()
    assert not pixmap.isNull() and pixmap.width() > 300 and pixmap.height() > 250
    colours = _colour_counts(pixmap)
    assert colours.get(_rgb(BAR_COLOUR), 0) > 1000
    assert colours.get(_rgb(SNOWLINE_COLOUR), 0) > 50
    assert _rgb(FOG_TOP_COLOUR) not in colours  # no rescue, no fog top

    png = tmp_path / "chart.png"
    assert dialog.export_chart(png)
    assert QImage(str(png)).size() == pixmap.size()
    assert not dialog.export_chart(tmp_path / "missing_folder" / "chart.png")


def test_csv_button_and_copied_table(summary_path, qgis_app, tmp_path):
    metadata = json.loads(summary_path.read_text(encoding="utf-8"))
    dialog = show_summary(summary_path)
    assert dialog.csv_path() == summary_path.with_name(metadata["product"] + "_SNOW_BANDS.csv")
    assert dialog.open_csv_button.isEnabled()
    dialog.copy_table()
    assert QApplication.clipboard().text() == elevation_bands_csv(metadata, delimiter="\t")

    # A summary without its CSV beside it (an older run): nothing to open.
    alone = tmp_path / summary_path.name
    alone.write_text(summary_path.read_text(encoding="utf-8"), encoding="utf-8")
    assert not show_summary(alone).open_csv_button.isEnabled()


def test_buttons_export_the_chart_and_copy_the_table(summary_path, qgis_app, tmp_path, warnings_shown, monkeypatch):
    dialog = _shown(show_summary(summary_path), qgis_app)
    buttons = {button.text(): button for button in dialog.findChildren(QPushButton)}
    asked, answer = [], {"path": str(tmp_path / "chosen.png")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, default, file_filter: asked.append(default) or (answer["path"], ""))
    buttons["Export chart as PNG…"].click()
    assert asked == [str(dialog.csv_path().with_suffix(".png"))]
    assert QImage(answer["path"]).size() == dialog.chart.grab().size()
    assert warnings_shown == []
    answer["path"] = str(tmp_path / "missing_folder" / "chart.png")
    buttons["Export chart as PNG…"].click()
    assert len(warnings_shown) == 1 and answer["path"] in warnings_shown[0]

    QApplication.clipboard().clear()
    buttons["Copy table"].click()
    assert QApplication.clipboard().text() == elevation_bands_csv(json.loads(summary_path.read_text(encoding="utf-8")), delimiter="\t")
    assert buttons["Open the CSV"] is dialog.open_csv_button and buttons["Open the CSV"].toolTip() == str(dialog.csv_path())


def test_snowline_not_found_says_the_result_is_less_reliable(summary_path, qgis_app, tmp_path):
    def without_snowline(metadata):
        metadata.update(snowline_elevation=None, snowline_found=False, pass2_applied=False)

    dialog = _shown(show_summary(_edited(summary_path, tmp_path, without_snowline)), qgis_app)
    assert "not found" in _text(dialog, "snowline") and "less reliable" in _text(dialog, "snowline")
    colours = _colour_counts(dialog.chart.grab())
    assert _rgb(BAR_COLOUR) in colours and _rgb(SNOWLINE_COLOUR) not in colours


def test_run_without_dem_has_an_empty_table_and_a_chart_message(scene, qgis_app, tmp_path):
    result = detect_snow(scene.product_dir, tmp_path)
    dialog = _shown(show_summary(result.outputs["METADATA"]), qgis_app)
    assert dialog.table.rowCount() == 0
    assert "not found" in _text(dialog, "snowline")
    assert "No DEM" in dialog.warnings.text()
    assert _rgb(BAR_COLOUR) not in _colour_counts(dialog.chart.grab())


def test_rescue_shows_its_banks_and_what_it_changed(rescued_path, qgis_app, tmp_path):
    metadata = json.loads(rescued_path.read_text(encoding="utf-8"))
    banks, rescue = metadata["valley_fog"], metadata["rescue"]
    assert len(banks) >= 2  # the scene's fog lies in more than one valley
    dialog = _shown(show_summary(rescued_path), qgis_app)
    area = sum(bank["area_km2"] for bank in banks)
    assert _text(dialog, "valley_fog") == f"{len(banks)} banks, top of the largest at {banks[0]['top_elevation']} m, {area:.2f} km² in all"
    assert _text(dialog, "rescued_valley_fog") == f"{rescue['valley_fog_km2']:.2f} km² ({rescue['valley_fog_percent']:.1f} %)"
    assert _text(dialog, "rescued_spectral") == f"{rescue['spectral_km2']:.2f} km² ({rescue['spectral_percent']:.1f} %)"
    assert "fog" not in dialog.figures  # the old single row is gone
    assert dialog.chart.fog_tops == sorted(bank["top_elevation"] for bank in banks)

    pixmap = dialog.chart.grab()
    colours = _colour_counts(pixmap)
    assert colours.get(_rgb(FOG_TOP_COLOUR), 0) > 50 and colours.get(_rgb(SNOWLINE_COLOUR), 0) > 50
    png = tmp_path / "chart.png"
    assert dialog.export_chart(png)
    assert _rgb(FOG_TOP_COLOUR) in _colour_counts(QPixmap.fromImage(QImage(str(png))))


def test_one_bank_and_no_bank(rescued_path, qgis_app, tmp_path):
    def one_bank(metadata):
        del metadata["valley_fog"][1:]
        metadata["valley_fog"][0].update(top_elevation=620, area_km2=41.04)

    dialog = _shown(show_summary(_edited(rescued_path, tmp_path, one_bank)), qgis_app)
    assert _text(dialog, "valley_fog") == "1 bank, top at 620 m, 41.04 km²"

    dialog = _shown(show_summary(_edited(rescued_path, tmp_path, lambda metadata: metadata.update(valley_fog=[]))), qgis_app)
    assert _text(dialog, "valley_fog") == "none"
    assert _rgb(FOG_TOP_COLOUR) not in _colour_counts(dialog.chart.grab())


def test_rescue_without_dem_did_not_look_for_valley_fog(scene, qgis_app, tmp_path):
    result = detect_snow(scene.product_dir, tmp_path, params=DetectionParameters(fog_rescue=True))
    dialog = _shown(show_summary(result.outputs["METADATA"]), qgis_app)
    assert _text(dialog, "valley_fog") == "not looked for (no DEM)"
    assert _text(dialog, "rescued_valley_fog") == "0.00 km² (0.0 %)"


def test_summary_written_before_the_two_rescue_tests_keeps_its_single_row(rescued_path, qgis_app, tmp_path):
    def older(metadata):
        del metadata["rescue"], metadata["valley_fog"]

    path = _edited(rescued_path, tmp_path, older)
    dialog = _shown(show_summary(path), qgis_app)
    fog_rescued = json.loads(path.read_text(encoding="utf-8"))["fog_rescued_percent"]
    assert _text(dialog, "fog") == f"{fog_rescued:.1f} %"
    assert "valley_fog" not in dialog.figures
    assert _rgb(FOG_TOP_COLOUR) not in _colour_counts(dialog.chart.grab())


@pytest.mark.parametrize("content", ["{not json", '{"product": "x"}', None])
def test_bad_file_gives_a_clear_message(qgis_app, tmp_path, warnings_shown, content):
    path = tmp_path / "broken_SNOW.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert show_summary(path) is None
    assert len(warnings_shown) == 1
    assert str(path) in warnings_shown[0] and "*_SNOW.json" in warnings_shown[0]
    assert "Traceback" not in warnings_shown[0]
    assert summary_dialog._OPEN_DIALOGS == []


def test_closing_releases_the_dialog(summary_path, qgis_app):
    dialog = _shown(show_summary(summary_path), qgis_app)
    assert dialog in summary_dialog._OPEN_DIALOGS
    dialog.close()
    assert dialog not in summary_dialog._OPEN_DIALOGS


def test_processing_run_opens_no_summary(snow_provider, scene, tmp_path, qgis_iface):
    import processing

    processing.run("theiasnow:detectsnow", {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "OUTPUT_FOLDER": str(tmp_path)})
    assert summary_dialog._OPEN_DIALOGS == []


def test_run_loaded_into_qgis_opens_its_summary_over_the_main_window(snow_provider, scene, tmp_path, qgis_iface, qgis_new_project,
                                                                    monkeypatch):
    import processing

    from snow_plugin.processing_provider import result_layers

    # What the plugin's initGui wires (Processing never imports the GUI).
    monkeypatch.setattr(result_layers, "_summary_viewer", summary_dialog.show_summary_over_qgis)

    results = processing.runAndLoadResults(
        "theiasnow:detectsnow", {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "OUTPUT_FOLDER": str(tmp_path)}
    )
    [dialog] = summary_dialog._OPEN_DIALOGS
    assert dialog.json_path == tmp_path / (scene.identifier + "_SNOW.json") == tmp_path / results["METADATA"]
    assert dialog.parent() is qgis_iface.mainWindow() and dialog.isVisible()


def test_no_main_window_no_summary(summary_path, monkeypatch):
    monkeypatch.setattr("qgis.utils.iface", None)
    summary_dialog.show_summary_over_qgis(summary_path)
    assert summary_dialog._OPEN_DIALOGS == []


def test_menu_action_opens_the_chosen_summary(summary_path, qgis_iface, monkeypatch):
    monkeypatch.setattr(summary_dialog.QFileDialog, "getOpenFileName", lambda *args: (str(summary_path), ""))
    plugin = snow_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        [action] = [action for action in plugin.actions if action.text() == "Snow summary of a result…"]
        action.trigger()
        [dialog] = summary_dialog._OPEN_DIALOGS
        assert dialog.json_path == summary_path
    finally:
        plugin.unload()
