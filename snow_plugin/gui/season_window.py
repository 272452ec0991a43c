"""The window of a basin's snow season: the snow area through time with the
area hidden by clouds stacked on it, hatched, and the snowline zs on its own
axis (toolbelt.season_chart); export as PNG or CSV."""

import shutil

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from snow_plugin.core.timeseries import read_series_csv
from snow_plugin.gui.result_windows import ExportButtons, show_over_qgis, show_result_file
from snow_plugin.toolbelt.i18n import format_number, tr
from snow_plugin.toolbelt.season_chart import season_chart_image, paint_season_chart

_OPEN_WINDOWS = []  # non-modal windows stay alive while shown


class SeasonChart(QWidget):
    def __init__(self, rows, parent=None):
        super().__init__(parent)
        self.rows = rows
        self.setMinimumSize(640, 360)

    def paintEvent(self, event):
        painter = QPainter(self)
        paint_season_chart(painter, QRectF(self.rect()), self.rows)
        painter.end()


class SeasonWindow(QDialog):
    def __init__(self, rows, csv_path, parent=None):
        super().__init__(parent)
        self.rows = rows
        self.csv_path = str(csv_path)
        self.setWindowTitle(tr("Snow time series"))
        layout = QVBoxLayout(self)
        dates = (rows[0]["date"], rows[-1]["date"])
        self.heading = QLabel(tr("%n acquisition date(s) from {first} to {last}, basin {area}", None, len(rows)).format(
            first=dates[0], last=dates[1], area=format_number(rows[0]["basin_km2"], 2, "km²")))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        self.chart = SeasonChart(rows, self)
        layout.addWidget(self.chart, 1)
        buttons = ExportButtons(self)
        png = self.csv_path[: -len(".csv")] if self.csv_path.endswith(".csv") else self.csv_path
        buttons.add_png_export(png + ".png", self.export_png)
        buttons.add_csv_export(self.csv_path, self.export_csv)
        layout.addWidget(buttons)

    def export_png(self, path):
        """The chart at export size; False when the file cannot be written."""
        return season_chart_image(self.rows).save(str(path), "PNG")

    def export_csv(self, path):
        try:
            shutil.copyfile(self.csv_path, path)
        except (OSError, shutil.SameFileError):
            return False
        return True


def show_season(csv_path, parent=None):
    """Show the series at ``csv_path`` (non-modal); a bad file gets a message, not a traceback."""
    return show_result_file(csv_path, parent, read_series_csv, SeasonWindow, tr("Snow time series"), _OPEN_WINDOWS)


def show_season_over_qgis(csv_path):
    """After a run loaded into QGIS: the window over the main window, never without one."""
    show_over_qgis(show_season, csv_path)
