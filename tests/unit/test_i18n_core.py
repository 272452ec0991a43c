"""The core's translation and number hooks without Qt: English plurals and
Python's number format (scripts and the core's tests see these)."""

import pytest

from snow_plugin.core import i18n


@pytest.fixture
def without_qt(monkeypatch):
    monkeypatch.setattr(i18n, "_translate", None)
    monkeypatch.setattr(i18n, "_format_decimal", None)


@pytest.mark.parametrize("count, expected", [
    (0, "0 products found (12 in the catalogue)."),
    (1, "1 product found (12 in the catalogue)."),
    (2, "2 products found (12 in the catalogue)."),
])
def test_english_plural_form_follows_the_count(without_qt, count, expected):
    text = i18n.tr("%n product(s) found ({matched} in the catalogue).", None, count)
    assert text.format(matched=12) == expected


def test_text_without_count_is_untouched(without_qt):
    assert i18n.tr("Snow (s) and %n") == "Snow (s) and %n"


def test_untranslated_plural_falls_back_to_english(monkeypatch):
    """A translator that knows no such text (Qt returns the source with %n filled) leaves English."""
    monkeypatch.setattr(i18n, "_translate", lambda text, n: text.replace("%n", str(n)))
    assert i18n.tr("%n file(s) fetched", None, 1) == "1 file fetched"
    monkeypatch.setattr(i18n, "_translate", lambda text, n: "%n fichier récupéré".replace("%n", str(n)))
    assert i18n.tr("%n file(s) fetched", None, 1) == "1 fichier récupéré"


@pytest.mark.parametrize("value, decimals, unit, expected", [
    (0.2149, 2, "%", "0.21 %"),
    (1102.4, 0, "m", "1102 m"),
    (3, 1, "", "3.0"),
    (None, 1, "%", "—"),
    (float("nan"), 1, "%", "—"),
    (True, 0, "", "—"),
])
def test_numbers_without_qt_use_python_format(without_qt, value, decimals, unit, expected):
    assert i18n.format_number(value, decimals, unit) == expected


def test_numpy_numbers_are_formatted(without_qt):
    import numpy as np

    assert i18n.format_number(np.float32(0.25), 2, "%") == "0.25 %"
    assert i18n.format_number(np.int64(1102), 0, "m") == "1102 m"
