"""qgis_compat gives the same result on QGIS 3.22 and 3.40, through each
version's own API (the 3.40 one without its deprecated font setters)."""

from qgis.core import QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsLegendStyle, QgsPrintLayout
from qgis.PyQt.QtGui import QFont

from snow_plugin.toolbelt.qgis_compat import KILOMETRES, set_label_font, set_legend_font


def _family_and_size(holder):
    """What a label or legend style will draw with: its text format, or its font before QGIS 3.24/3.30."""
    if hasattr(holder, "textFormat"):
        text_format = holder.textFormat()
        return text_format.font().family(), text_format.size()
    return holder.font().family(), holder.font().pointSizeF()


def test_label_font(qgis_new_project):
    label = QgsLayoutItemLabel(QgsPrintLayout(qgis_new_project))
    set_label_font(label, QFont("DejaVu Sans", 14))
    assert _family_and_size(label) == ("DejaVu Sans", 14)


def test_legend_title_font(qgis_new_project):
    layout = QgsPrintLayout(qgis_new_project)
    legend, untouched = QgsLayoutItemLegend(layout), QgsLayoutItemLegend(layout)
    set_legend_font(legend, QgsLegendStyle.Style.Title, QFont("DejaVu Sans", 12))
    assert _family_and_size(legend.style(QgsLegendStyle.Style.Title)) == ("DejaVu Sans", 12)
    assert _family_and_size(untouched.style(QgsLegendStyle.Style.Title))[1] != 12
    for other in (QgsLegendStyle.Style.Group, QgsLegendStyle.Style.SymbolLabel):
        assert _family_and_size(legend.style(other)) == _family_and_size(untouched.style(other))


def test_scale_bar_in_kilometres(qgis_new_project):
    scale_bar = QgsLayoutItemScaleBar(QgsPrintLayout(qgis_new_project))
    scale_bar.setUnits(KILOMETRES)
    assert scale_bar.units() == KILOMETRES
