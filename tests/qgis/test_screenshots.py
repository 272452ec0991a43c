"""The README's screenshots, in English and in French: the search dock with
results from the fake GEODES, a styled detection result over the false-colour
composite (rendered by QGIS), and the summary window of the run.

Every run checks the pictures in a temporary folder; to refresh the README's
copies in docs/img:

    THEIA_SNOW_SCREENSHOTS=docs/img .venv/bin/python -m pytest tests/qgis/test_screenshots.py

Qt's offscreen platform is the virtual display (widgets are painted and
grabbed without any screen).
"""

import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QDate, QLocale
from qgis.PyQt.QtGui import QImage

from snow_plugin.core import i18n as core_i18n
from snow_plugin.core.composite import false_colour_vrt
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene
from snow_plugin.gui import search_dock as search_dock_module
from snow_plugin.gui import summary_dialog
from snow_plugin.gui.search_dock import SearchDock
from snow_plugin.gui.snow_map import false_colour_layer, render_snow_map, styled_layer
from snow_plugin.toolbelt.i18n import install_translator, remove_translator
from snow_plugin.toolbelt.preferences import PluginSettings

pytest_plugins = ["tests.support.fixtures"]
pytestmark = pytest.mark.timeout(120)
MAX_PNG_BYTES = 200_000
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "fr": QLocale(QLocale.Language.French, QLocale.Country.France)}


@pytest.fixture
def shots(tmp_path):
    folder = os.environ.get("THEIA_SNOW_SCREENSHOTS")
    folder = Path(folder) if folder else tmp_path / "img"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(params=sorted(LOCALES))
def language(request, qgis_app, compiled_translations):
    previous = QLocale()
    QLocale.setDefault(LOCALES[request.param])
    translator = install_translator("fr_FR") if request.param == "fr" else None
    yield request.param
    for dialog in list(summary_dialog._OPEN_DIALOGS):
        dialog.close()
    remove_translator(translator)
    QLocale.setDefault(previous)


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=240, seed=4)


def _save(widget_or_image, path):
    image = widget_or_image if isinstance(widget_or_image, QImage) else widget_or_image.grab().toImage()
    assert image.convertToFormat(QImage.Format.Format_RGB32).save(str(path), "PNG", 0)  # 0: smallest file
    return path


def _colours(path):
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    pixels = np.frombuffer(bits, np.uint32).reshape(image.height(), image.bytesPerLine() // 4) & 0xFFFFFF
    return image, np.unique(pixels)


def _check(path, min_width, min_colours):
    image, colours = _colours(path)
    assert image.width() >= min_width and image.height() >= 200
    assert len(colours) >= min_colours  # text, widgets and data, not a blank window
    assert path.stat().st_size < MAX_PNG_BYTES


def test_search_dock_with_results(language, shots, qgis_iface, qgis_new_project, fake_geodes_env, monkeypatch,
                                  tmp_path):
    monkeypatch.setattr(search_dock_module, "load_settings", lambda: PluginSettings(download_folder=str(tmp_path)))
    first = datetime(2024, 2, 3, 10, 47, tzinfo=timezone.utc)
    for index, cloud in enumerate((4.0, 12.5, 31.0, 7.5, 42.0, 18.0)):
        fake_geodes_env.add_product(tile="T31TCH" if index % 2 else "T31TGK", cloud_cover=cloud,
                                    acquired=first + timedelta(days=5 * index), platform="S2A" if index % 3 else "S2B")
    dock = SearchDock(qgis_iface, open_settings=lambda: None)
    try:
        dock.start.setDate(QDate(2024, 1, 1))
        dock.end.setDate(QDate(2024, 12, 31))
        dock.tiles.setText("T31TCH, T31TGK")
        dock.resize(640, 620)
        dock.search()
        deadline = time.monotonic() + 15
        while dock._running:
            assert time.monotonic() < deadline, "the search did not finish"
            QgsApplication.processEvents()
            time.sleep(0.01)
        assert dock.model.rowCount() == 6
        dock.table.selectRow(1)
        dock.show()
        QgsApplication.processEvents()
        _check(_save(dock, shots / f"search_dock_{language}.png"), 600, 30)
    finally:
        dock.close()
        dock.deleteLater()


def test_styled_result_and_summary_window(language, shots, scene, qgis_new_project, tmp_path):
    # The rescue on: the map and the summary show the valley-fog banks too.
    result = detect_snow(scene.product_dir, tmp_path / "out", dem=scene.dem_path,
                         params=DetectionParameters(fog_rescue=True))
    assert result.metadata["snow_percent"] > 0
    composite = false_colour_layer(false_colour_vrt(scene.product_dir, tmp_path / "fc.vrt"))
    classification = styled_layer(result.outputs["SNW"], core_i18n.tr("Snow classification"))
    map_png = render_snow_map(tmp_path / "map.png", core_i18n.tr("Snow classification"), [classification, composite],
                              [classification], dpi=72)
    path = _save(QImage(str(map_png)), shots / f"snow_map_{language}.png")
    _check(path, 600, 20)
    _, colours = _colours(path)
    assert 0x00FFFF in colours.tolist()  # snow in its official cyan

    dialog = summary_dialog.show_summary(result.outputs["METADATA"])
    dialog.resize(900, 640)
    QgsApplication.processEvents()
    _check(_save(dialog, shots / f"summary_{language}.png"), 800, 20)
