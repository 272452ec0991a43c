"""What the result windows (a run's summary, a basin's season) share: the
row of export buttons under the chart and the table (a PNG or CSV saved
where the user says, the CSV opened, the table copied), and how a window is
shown non-modal, over the QGIS window after a run."""

from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.toolbelt.i18n import tr


class ExportButtons(QDialogButtonBox):
    """Close, then the window's export actions, each added by one call."""

    def __init__(self, window):
        super().__init__(QDialogButtonBox.StandardButton.Close, window)
        self._window = window
        self.rejected.connect(window.reject)

    def add_png_export(self, default_path, export):
        """'Export chart as PNG…': asks where (``default_path`` offered), then ``export(path)``."""
        return self._add_save(tr("Export chart as PNG…"), tr("Export chart as PNG"), tr("PNG images (*.png)"), default_path, export)

    def add_csv_export(self, default_path, export):
        """'Export table as CSV…': asks where (``default_path`` offered), then ``export(path)``."""
        return self._add_save(tr("Export table as CSV…"), tr("Export table as CSV"), tr("CSV files (*.csv)"), default_path, export)

    def add_open_csv(self, path):
        """'Open the CSV' at ``path`` in the system's application; disabled when there is no such file."""
        button = self._add(tr("Open the CSV"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        button.setEnabled(path.is_file())
        button.setToolTip(str(path))
        return button

    def add_copy_table(self, copy):
        """'Copy table', which calls ``copy()``."""
        return self._add(tr("Copy table"), copy)

    def _add(self, text, action):
        button = self.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda _checked=False: action())
        return button

    def _add_save(self, text, title, file_filter, default_path, export):
        def ask():
            path, _ = QFileDialog.getSaveFileName(self._window, title, str(default_path), file_filter)
            if path and not export(path):
                QMessageBox.warning(self._window, self._window.windowTitle(),
                                    tr("Could not write {path}: check the folder permissions.").format(path=path))

        return self._add(text, ask)


def show_result_file(path, parent, read, window_type, title, open_windows):
    """``window_type(read(path), path, parent)`` shown without blocking; a
    file ``read`` refuses gets a message box titled ``title``, not a
    traceback. ``open_windows`` holds the window (one without a parent needs
    a Python reference) until it is closed and deleted."""
    try:
        content = read(path)
    except SnowPluginError as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    window = window_type(content, path, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    open_windows.append(window)
    window.finished.connect(lambda _result: open_windows.remove(window))
    window.show()
    return window


def show_over_qgis(show, path):
    """``show(path, parent)`` over the QGIS main window, never without one."""
    from qgis.utils import iface

    main_window = iface.mainWindow() if iface is not None else None
    if main_window is not None:
        show(path, main_window)
