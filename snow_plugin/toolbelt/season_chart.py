"""The chart of a basin's snow season, painted with QPainter: the snow area
and, stacked on it and hatched, the area hidden by clouds (what the snow
could also be), against time; the snowline zs through time on its own
axis. Shared by the result window (gui) and the PNG export of
``theiasnow:snowtimeseries`` (Processing), which paints it on a QImage."""

import math
from datetime import date, timedelta

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF, QTextOption

from snow_plugin.core.definitions import CLASSIFICATION_PALETTE, SNOW
from snow_plugin.toolbelt.i18n import format_number, tr

SNOW_COLOUR = QColor(CLASSIFICATION_PALETTE[SNOW])
SNOW_OUTLINE = QColor("#008b9a")
CLOUD_COLOUR = QColor("#9e9e9e")
SNOWLINE_COLOUR = QColor("#c0392b")
GRID_COLOUR = QColor("#dddddd")
STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)
EXPORT_SIZE = (1200, 600)


def _step(span, ticks=6):
    return next((s for s in STEPS if span / s <= ticks), STEPS[-1])


def _day(text):
    return date.fromisoformat(str(text)[:10])


def _month_starts(first, last):
    day = date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            yield day
        day = (day + timedelta(days=32)).replace(day=1)


def paint_season_chart(painter, rect, rows):
    """Paint the chart of series ``rows`` (as read_series_csv gives) into ``rect``."""
    painter.save()
    painter.fillRect(rect, Qt.GlobalColor.white)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = painter.fontMetrics()
    line = metrics.height()
    if not rows:
        painter.drawText(rect, tr("No acquisition in the series."), QTextOption(Qt.AlignmentFlag.AlignCenter))
        painter.restore()
        return
    days = [_day(row["date"]) for row in rows]
    snowlines = [(day, row["zs"]) for day, row in zip(days, rows) if row.get("zs") is not None]
    left = rect.left() + metrics.horizontalAdvance("000000") + line + 8
    right_margin = (metrics.horizontalAdvance("00000") + line + 18) if snowlines else line
    plot = QRectF(left, rect.top() + 2.5 * line, rect.right() - left - right_margin, rect.height() - 6 * line)
    first, last = days[0], days[-1]
    span_days = max((last - first).days, 1)
    top_area = max(max(row["basin_km2"] or 0 for row in rows), 1e-9)
    area_step = _step(top_area)
    top_area = math.ceil(top_area / area_step) * area_step

    def x(day):
        if first == last:
            return plot.center().x()
        return plot.left() + (day - first).days / span_days * plot.width()

    def y(area):
        return plot.bottom() - area / top_area * plot.height()

    _draw_time_axis(painter, plot, first, last, x, line)
    for area in range(0, int(top_area) + 1, int(area_step) or 1):
        painter.setPen(GRID_COLOUR)
        painter.drawLine(QPointF(plot.left(), y(area)), QPointF(plot.right(), y(area)))
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(rect.left(), y(area) - line / 2, plot.left() - rect.left() - 6, line), format_number(area),
                         QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
    snow = [(x(day), y(row["snow_km2"] or 0)) for day, row in zip(days, rows)]
    cloud_top = [(x(day), y((row["snow_km2"] or 0) + (row["cloud_km2"] or 0))) for day, row in zip(days, rows)]
    _stacked_band(painter, snow, cloud_top, QBrush(CLOUD_COLOUR, Qt.BrushStyle.BDiagPattern), QPen(CLOUD_COLOUR, 1))
    _stacked_band(painter, [(px, y(0)) for px, _ in snow], snow, QBrush(SNOW_COLOUR), QPen(SNOW_OUTLINE, 1.5))
    painter.setPen(QPen(SNOW_OUTLINE, 1))
    for px, _ in snow:  # each acquisition marked: the area is known there only
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 4))
    if snowlines:
        _draw_snowlines(painter, plot, snowlines, x, line)
    painter.setPen(Qt.GlobalColor.black)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    _draw_area_title(painter, rect, plot, line)
    _draw_legend(painter, rect, line, bool(snowlines))
    painter.restore()


def _stacked_band(painter, lower, upper, brush, pen):
    """The area between two lines over the dates (a vertical bar of 3 px for one date)."""
    if len(lower) == 1:
        (px, low), (_, high) = lower[0], upper[0]
        lower, upper = [(px - 3, low), (px + 3, low)], [(px - 3, high), (px + 3, high)]
    polygon = QPolygonF([QPointF(px, py) for px, py in upper] + [QPointF(px, py) for px, py in reversed(lower)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawPolygon(polygon)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(px, py) for px, py in upper]))


def _draw_time_axis(painter, plot, first, last, x, line):
    centred = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    ticks = list(_month_starts(first, last)) or [first, last]
    if len(ticks) > 12:
        ticks = ticks[:: math.ceil(len(ticks) / 12)]
    for day in ticks:
        painter.setPen(GRID_COLOUR)
        painter.drawLine(QPointF(x(day), plot.top()), QPointF(x(day), plot.bottom()))
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(x(day) - 50, plot.bottom() + 6, 100, line), day.strftime("%Y-%m-%d"), centred)
    painter.drawText(QRectF(plot.left(), plot.bottom() + 1.5 * line + 6, plot.width(), line),
                     tr("Acquisition date"), centred)


def _draw_snowlines(painter, plot, snowlines, x, line):
    low, high = min(zs for _, zs in snowlines), max(zs for _, zs in snowlines)
    step = _step(max(high - low, 100))
    low, high = math.floor(low / step) * step - step, math.ceil(high / step) * step + step

    def y(zs):
        return plot.bottom() - (zs - low) / (high - low) * plot.height()

    painter.setPen(QPen(SNOWLINE_COLOUR, 2, Qt.PenStyle.DashLine))
    painter.drawPolyline(QPolygonF([QPointF(x(day), y(zs)) for day, zs in snowlines]))
    painter.setBrush(SNOWLINE_COLOUR)
    for day, zs in snowlines:
        painter.drawEllipse(QPointF(x(day), y(zs)), 3, 3)
    painter.setPen(SNOWLINE_COLOUR)
    left_aligned = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for elevation in range(int(low), int(high) + 1, int(step)):
        painter.drawText(QRectF(plot.right() + 6, y(elevation) - line / 2, 80, line), format_number(elevation), left_aligned)
    painter.save()
    # rotated a quarter turn clockwise, the text runs down and its box extends leftwards
    painter.translate(plot.right() + painter.fontMetrics().horizontalAdvance("00000") + 14 + line, plot.center().y())
    painter.rotate(90)
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), tr("Snowline zs (m)"),
                     QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop))
    painter.restore()


def _draw_area_title(painter, rect, plot, line):
    painter.save()
    painter.setPen(Qt.GlobalColor.black)
    painter.translate(rect.left() + 2, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), tr("Area (km²)"),
                     QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop))
    painter.restore()


def _draw_legend(painter, rect, line, with_snowline):
    entries = [(QBrush(SNOW_COLOUR), QPen(SNOW_OUTLINE), tr("Snow")),
               (QBrush(CLOUD_COLOUR, Qt.BrushStyle.BDiagPattern), QPen(CLOUD_COLOUR), tr("Hidden by clouds (snow or not)"))]
    if with_snowline:
        entries.append((QBrush(SNOWLINE_COLOUR), QPen(SNOWLINE_COLOUR, 2, Qt.PenStyle.DashLine), tr("Snowline zs")))
    position = rect.left() + 2 * line
    for brush, pen, label in entries:
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRect(QRectF(position, rect.top() + 0.5 * line, line, line * 0.8))
        painter.setPen(Qt.GlobalColor.black)
        width = painter.fontMetrics().horizontalAdvance(label) + 4
        painter.drawText(QRectF(position + 1.4 * line, rect.top() + 0.4 * line, width, line), label)
        position += 1.4 * line + width + 2 * line


def season_chart_image(rows, size=EXPORT_SIZE):
    """The chart on a QImage (safe outside the main thread)."""
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_season_chart(painter, QRectF(0, 0, size[0], size[1]), rows)
    painter.end()
    return image
