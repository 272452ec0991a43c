"""The window of a basin's snow season: the snow area through time with the
area hidden by clouds stacked on it, hatched, and the snowline zs on its own
axis (toolbelt.season_chart); export as PNG or CSV."""

import shutil

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.core.timeseries import read_series_csv
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
        heading = QLabel(tr("{count} acquisition dates from {first} to {last}, basin {area} km²").format(
            count=len(rows), first=dates[0], last=dates[1], area=f"{rows[0]['basin_km2']:.2f}"))
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        self.chart = SeasonChart(rows, self)
        layout.addWidget(self.chart, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        role = QDialogButtonBox.ButtonRole.ActionRole
        box.addButton(tr("Export chart as PNG…"), role).clicked.connect(self._ask_png)
        box.addButton(tr("Export table as CSV…"), role).clicked.connect(self._ask_csv)
        layout.addWidget(box)

    def export_png(self, path):
        """The chart at export size; False when the file cannot be written."""
        return season_chart_image(self.rows).save(str(path), "PNG")

    def export_csv(self, path):
        try:
            shutil.copyfile(self.csv_path, path)
        except (OSError, shutil.SameFileError):
            return False
        return True

    def _ask_png(self):
        default = self.csv_path[: -len(".csv")] + ".png" if self.csv_path.endswith(".csv") else self.csv_path + ".png"
        path, _ = QFileDialog.getSaveFileName(self, tr("Export chart as PNG"), default, tr("PNG images (*.png)"))
        if path and not self.export_png(path):
            self._warn(path)

    def _ask_csv(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export table as CSV"), self.csv_path, tr("CSV files (*.csv)"))
        if path and not self.export_csv(path):
            self._warn(path)

    def _warn(self, path):
        QMessageBox.warning(self, self.windowTitle(), tr("Could not write {path}: check the folder permissions.").format(path=path))


def show_season(csv_path, parent=None):
    """Show the series at ``csv_path`` (non-modal); a bad file gets a message, not a traceback."""
    try:
        rows = read_series_csv(csv_path)
    except SnowPluginError as error:
        QMessageBox.warning(parent, tr("Snow time series"), str(error))
        return None
    window = SeasonWindow(rows, csv_path, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN_WINDOWS.append(window)
    window.finished.connect(lambda _result: _OPEN_WINDOWS.remove(window))
    window.show()
    return window


def show_season_over_qgis(csv_path):
    """After a run loaded into QGIS: the window over the main window, never without one."""
    from qgis.utils import iface

    main_window = iface.mainWindow() if iface is not None else None
    if main_window is not None:
        show_season(csv_path, main_window)
