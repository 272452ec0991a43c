"""The French translation is loaded from QGIS's locale and reaches every
layer: core messages, Processing labels and style class labels."""

import pytest

from snow_plugin.core import i18n as core_i18n
from snow_plugin.core.styles import style_for_output
from snow_plugin.toolbelt.i18n import help_page, install_translator, remove_translator


@pytest.fixture
def french(compiled_translations):
    translator = install_translator("fr_FR")
    yield translator
    remove_translator(translator)
    core_i18n.install_translator(str)


def test_french_locale_translates_core_and_styles(french):
    assert french is not None
    assert core_i18n.tr("Snow") == "Neige"
    qml = style_for_output("SNW")
    assert 'label="Neige"' in qml
    assert 'label="Snow"' not in qml


def test_language_falls_back_from_region_to_language(french):
    remove_translator(french)
    translator = install_translator("fr_CA")  # no fr_CA file: fr is used
    try:
        assert core_i18n.tr("Cloud") == "Nuage"
    finally:
        remove_translator(translator)


def test_unknown_locale_keeps_english():
    assert install_translator("de_DE") is None
    assert core_i18n.tr("Snow") == "Snow"


def test_help_page_follows_the_language():
    assert help_page("fr_FR").name == "index_fr.html"
    assert help_page("en_GB").name == "index_en.html"
    assert help_page("fr_FR").is_file() and help_page("en_GB").is_file()
