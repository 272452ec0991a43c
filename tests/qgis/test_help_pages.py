"""The help pages explain the fog rescue and the decision raster in both
languages: the figure is there and renders, every decision code is listed
with its map colour and label, every rescue parameter is named, and the
links inside a page lead somewhere."""

import html
import re

import pytest
from qgis.PyQt.QtSvg import QSvgRenderer

from snow_plugin.core.definitions import DECISION_CODES
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.toolbelt.i18n import help_page

LANGUAGES = {"en_GB": 0, "fr_FR": 1}  # locale -> index of the label in DECISION_CODES
RESCUE_THRESHOLDS = [name for name in DetectionParameters().as_dict() if name.startswith(("fog_", "cloud_")) and name != "fog_rescue"]


def _page(locale):
    return help_page(locale).read_text(encoding="utf-8")


@pytest.mark.parametrize("locale", LANGUAGES)
def test_the_rescue_figure_is_in_the_page_language_and_renders(qgis_app, locale):
    page = help_page(locale)
    [figure] = re.findall(r'<img src="([^"]+\.svg)"', page.read_text(encoding="utf-8"))
    assert figure.endswith(f"_{locale[:2]}.svg")
    svg = page.with_name(figure)
    assert QSvgRenderer(str(svg)).isValid()
    other = [name for name in LANGUAGES if name != locale][0]
    assert svg.read_text(encoding="utf-8") != page.with_name(figure.replace(locale[:2], other[:2])).read_text(encoding="utf-8")


@pytest.mark.parametrize("locale", LANGUAGES)
def test_every_decision_code_is_explained_with_its_colour_and_label(locale):
    text = html.unescape(_page(locale))
    for code, labels in DECISION_CODES.items():
        row = f'<tr><td>{code}</td><td><span class="sw" style="background:{labels[2]}"></span> {labels[LANGUAGES[locale]]}</td>'
        assert row in text, code


@pytest.mark.parametrize("locale", LANGUAGES)
def test_every_rescue_parameter_is_named_and_links_resolve(locale):
    text = _page(locale)
    for name in RESCUE_THRESHOLDS:
        assert f"<code>{name}</code>" in text, name
    for anchor in re.findall(r'href="#([^"]+)"', text):
        assert f'id="{anchor}"' in text, anchor
    assert "B12" in text and "_DECISION.tif" in text
