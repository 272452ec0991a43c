"""The comparison window: its figures and tables in the user's locale, and
a damaged comparison file refused with a sentence, not a traceback."""

import json

import pytest
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtWidgets import QMessageBox

from snow_plugin.gui.comparison_dialog import show_comparison

SUMMARY = {
    "local": "SENTINEL2B_20210215-103512-123_L2A_T31TGK_C_V4-0", "official": "L2B", "warnings": [],
    "clear_pixels": 1, "overall_agreement": 0.91234, "kappa": 0.5, "snow_f1": 0.75,
    "confusion": {"no_snow": {"no_snow": 1, "snow": 0, "cloud": 0}, "snow": {"no_snow": 0, "snow": 0, "cloud": 0},
                  "cloud": {"no_snow": 0, "snow": 0, "cloud": 0}},
    "elevation_bands": [{"lower_m": 1000, "upper_m": 1200, "clear_pixels": 1, "agreement": 0.8125,
                         "local_snow_fraction": 0.25, "official_snow_fraction": 0.5}],
}


@pytest.fixture
def french_numbers(qgis_app):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


def test_figures_and_bands_follow_the_locale(tmp_path, french_numbers):
    path = tmp_path / "x_AGREEMENT.json"
    path.write_text(json.dumps(SUMMARY), encoding="utf-8")
    dialog = show_comparison(path)
    try:
        assert "0,912" in dialog.figures.text() and "1 pixel clear" in dialog.figures.text()  # one pixel: singular
        assert dialog.bands.item(0, 3).text() == "0,813"
        assert dialog.bands.item(0, 0).text() == "1000"
    finally:
        dialog.close()


@pytest.mark.parametrize("content", ['{"local": "cut', '[1, 2]', '{"local": "x", "official": "y"}'])
def test_damaged_comparison_file_gets_one_sentence(tmp_path, qgis_app, monkeypatch, content):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    path = tmp_path / "x_AGREEMENT.json"
    path.write_text(content, encoding="utf-8")
    assert show_comparison(path) is None
    assert len(shown) == 1 and str(path) in shown[0]
