"""The French translation is loaded from QGIS's locale and reaches every
layer: core messages, Processing labels and style class labels."""

import pytest
from qgis.PyQt.QtCore import QLocale

from snow_plugin.core import i18n as core_i18n
from snow_plugin.core.styles import style_for_output
from snow_plugin.toolbelt.i18n import help_page, install_translator, remove_translator


@pytest.fixture
def french(compiled_translations):
    translator = install_translator("fr_FR")
    yield translator
    remove_translator(translator)


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


@pytest.mark.parametrize("count, expected", [
    (0, "0 produit trouvé (7 dans le catalogue)."),  # French: 0 and 1 take the singular
    (1, "1 produit trouvé (7 dans le catalogue)."),
    (3, "3 produits trouvés (7 dans le catalogue)."),
])
def test_french_plural_forms_follow_the_count(french, count, expected):
    assert core_i18n.tr("%n product(s) found ({matched} in the catalogue).", None, count).format(matched=7) == expected


@pytest.mark.parametrize("count, expected", [(1, "1 product found (7 in the catalogue)."),
                                             (0, "0 products found (7 in the catalogue).")])
def test_english_plural_forms_in_qgis(qgis_app, count, expected):
    assert install_translator("de_DE") is None  # no German: the English source, with its plural resolved
    assert core_i18n.tr("%n product(s) found ({matched} in the catalogue).", None, count).format(matched=7) == expected


@pytest.fixture
def locale(request):
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize("locale, expected", [("fr_FR", "0,21 %"), ("en_GB", "0.21 %")], indirect=["locale"])
def test_numbers_follow_the_user_locale_in_core_messages(locale, expected):
    from snow_plugin.toolbelt.i18n import format_number

    assert format_number(0.2149, 2, "%") == expected
    assert core_i18n.format_number(0.2149, 2, "%") == expected  # the core's messages too, once QGIS is there
    assert format_number(12500.0, 0, "m") == "12500 m"  # no thousands separator in elevations
