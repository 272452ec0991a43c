"""The plot of the elevation band table: one horizontal bar per band, as
long as the snow fraction of its clear pixels, elevation upwards, the
snowline zs dashed across (ALGORITHM.md steps 4 and 9) and, when the fog
rescue found valley-fog banks, the top of each bank dash-dotted across."""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen, QTextOption
from qgis.PyQt.QtWidgets import QWidget

from snow_plugin.core.definitions import CLASSIFICATION_PALETTE, DECISION_CODES, DECISION_VALLEY_FOG, SNOW
from snow_plugin.toolbelt.i18n import format_number, tr

BAR_COLOUR = QColor(CLASSIFICATION_PALETTE[SNOW])  # the snow colour of the classification map
BAR_OUTLINE = QColor("#008b9a")
SNOWLINE_COLOUR = QColor("#c0392b")
FOG_TOP_COLOUR = QColor(DECISION_CODES[DECISION_VALLEY_FOG][2])  # the valley fog colour of the decision map
GRID_COLOUR = QColor("#dddddd")
ELEVATION_STEPS = (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000)


class ElevationBandChart(QWidget):
    """Horizontal bars: snow fraction of the clear pixels of each elevation band."""

    def __init__(self, bands, snowline_elevation, fog_tops=(), parent=None):
        super().__init__(parent)
        self.bands = bands
        self.snowline_elevation = snowline_elevation
        self.fog_tops = sorted(fog_tops)  # m, top elevation of each valley-fog bank
        self.setMinimumSize(360, 300)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self.bands:
            painter.drawText(
                QRectF(self.rect()), tr("No elevation band: the detection ran without a DEM."), QTextOption(Qt.AlignmentFlag.AlignCenter)
            )
            painter.end()
            return
        # Room for the tick labels and the axis titles, in the current font.
        line = self.fontMetrics().height()
        left = self.fontMetrics().horizontalAdvance("00000") + line + 8
        plot = QRectF(left, line, self.width() - left - line, self.height() - 5 * line)
        low = min(band["lower_m"] for band in self.bands)
        high = max(band["upper_m"] for band in self.bands)

        def x(fraction):
            return plot.left() + fraction * plot.width()

        def y(elevation):
            return plot.bottom() - (elevation - low) / (high - low) * plot.height()

        self._draw_axes(painter, plot, low, high, x, y)
        painter.setPen(QPen(BAR_OUTLINE, 1))
        painter.setBrush(BAR_COLOUR)
        for band in self.bands:
            if band["snow_fraction"]:  # None when the band has no clear pixel: no bar
                painter.drawRect(QRectF(QPointF(x(0), y(band["upper_m"])), QPointF(x(band["snow_fraction"]), y(band["lower_m"]))))
        self._draw_fog_tops(painter, plot, low, high, y)
        if self.snowline_elevation is not None and low <= self.snowline_elevation <= high:
            self._draw_level(
                painter, plot, y(self.snowline_elevation), QPen(SNOWLINE_COLOUR, 2, Qt.PenStyle.DashLine),
                tr("snowline zs = {elevation} m").format(elevation=format_number(self.snowline_elevation, 0)),
                Qt.AlignmentFlag.AlignRight,
            )
        painter.end()

    def _draw_fog_tops(self, painter, plot, low, high, y):
        """A line at each bank's top, labelled on the left (zs is on the right);
        a top too close to the one labelled below it gets its line only."""
        line = self.fontMetrics().height()
        labelled_y = None
        for top in self.fog_tops:
            if not low <= top <= high:
                continue
            top_y = y(top)
            crowded = labelled_y is not None and labelled_y - top_y < line
            label = "" if crowded else tr("fog top {elevation} m").format(elevation=format_number(top, 0))
            self._draw_level(painter, plot, top_y, QPen(FOG_TOP_COLOUR, 2, Qt.PenStyle.DashDotLine), label, Qt.AlignmentFlag.AlignLeft)
            if not crowded:
                labelled_y = top_y

    def _draw_level(self, painter, plot, level_y, pen, text, alignment):
        """A horizontal line across the plot at ``level_y``, ``text`` just above it."""
        line = self.fontMetrics().height()
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), level_y), QPointF(plot.right(), level_y))
        if text:
            label = QTextOption(alignment | Qt.AlignmentFlag.AlignBottom)
            label.setWrapMode(QTextOption.WrapMode.NoWrap)
            painter.drawText(QRectF(plot.left() + 4, level_y - line - 2, plot.width() - 8, line), text, label)

    def _draw_axes(self, painter, plot, low, high, x, y):
        step = next((s for s in ELEVATION_STEPS if (high - low) / s <= 8), ELEVATION_STEPS[-1])
        centred = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        right_aligned = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for percent in range(0, 101, 25):
            painter.setPen(GRID_COLOUR)
            painter.drawLine(QPointF(x(percent / 100), plot.top()), QPointF(x(percent / 100), plot.bottom()))
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(x(percent / 100) - 25, plot.bottom() + 4, 50, 20), format_number(percent, 0), centred)
        for elevation in range(math.ceil(low / step) * step, int(high) + 1, step):
            painter.setPen(GRID_COLOUR)
            painter.drawLine(QPointF(plot.left(), y(elevation)), QPointF(plot.right(), y(elevation)))
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(0, y(elevation) - 10, plot.left() - 6, 20), format_number(elevation, 0), right_aligned)
        painter.drawRect(plot)
        line = self.fontMetrics().height()
        painter.drawText(QRectF(0, plot.bottom() + 1.5 * line, self.width(), 2 * line), tr("Snow fraction of the clear pixels (%)"), centred)
        painter.save()
        painter.translate(2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), tr("Elevation (m)"), centred)
        painter.restore()
