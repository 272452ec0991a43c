"""The QGIS plugin: menu, toolbar, Processing provider, translator, log."""


from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction

from snow_plugin.core.i18n import tr
from snow_plugin.core.paths import resources_dir
from snow_plugin.toolbelt.environment import rasterio_problem
from snow_plugin.toolbelt.i18n import help_page, install_translator, remove_translator
from snow_plugin.toolbelt.log_handler import install_log_handler, log, remove_log_handler


class SnowPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.log_handler = install_log_handler()
        self.provider = None
        self.search_dock = None
        self.search_action = None
        self.toolbar = None
        self.explain = None
        self.actions = []
        self.menu_name = tr("&Theia Snow")

    def initProcessing(self):
        from snow_plugin.processing_provider.provider import SnowProvider

        self.provider = SnowProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        from snow_plugin.gui.summary_dialog import show_summary_over_qgis
        from snow_plugin.gui.season_window import show_season_over_qgis
        from snow_plugin.processing_provider.result_layers import set_summary_viewer
        from snow_plugin.processing_provider.season_results import set_series_viewer

        self.initProcessing()
        # A toolbar of its own: the Raster toolbar is hidden in a fresh profile.
        self.toolbar = self.iface.addToolBar(tr("Theia Snow"))
        self.toolbar.setObjectName("TheiaSnowToolBar")
        set_summary_viewer(show_summary_over_qgis)
        set_series_viewer(show_season_over_qgis)
        icon = QIcon(str(resources_dir() / "icon.svg"))
        self._add_action(icon, tr("Detect snow on an L2A product…"), self.open_detect_snow, toolbar=True)
        self._add_action(QIcon(), tr("Make the offline sample scene…"), self.open_sample_scene)
        self.search_action = self._add_action(icon, tr("Search Theia products…"), self.toggle_search_dock, toolbar=True)
        self.search_action.setCheckable(True)
        self._add_action(icon, tr("Download Theia products…"), self.open_download)
        self._add_action(QIcon(), tr("Snow summary of a result…"), self.open_summary)
        from snow_plugin.gui.comparison_dialog import show_comparison_over_qgis
        from snow_plugin.gui.explain_tool import ExplainController
        from snow_plugin.processing_provider.compare import set_comparison_viewer

        set_comparison_viewer(show_comparison_over_qgis)
        self.explain = ExplainController(self.iface)
        self.explain.set_action(self._add_action(icon, tr("Why this pixel?"), self.explain.toggle, toolbar=True))
        self._add_action(QIcon(), tr("Compare with the official product…"), self.open_compare)
        self._add_action(QIcon(), tr("Settings…"), self.open_settings)
        self._add_action(QIcon(), tr("Help"), self.open_help)
        problem = rasterio_problem()
        if problem:
            log(problem, Qgis.MessageLevel.Warning, push=True, iface=self.iface)

    def _add_action(self, icon, text, callback, toolbar=False):
        action = QAction(icon, text, self.iface.mainWindow())
        action.triggered.connect(callback)
        self.iface.addPluginToRasterMenu(self.menu_name, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        from snow_plugin.gui.tasks import TASKS

        # A task still running after the wait keeps its reference in TASKS: QGIS does not crash on it.
        TASKS.cancel_all(wait_ms=5000)
        if self.search_dock is not None:
            self.iface.removeDockWidget(self.search_dock)
            self.search_dock.deleteLater()
            self.search_dock = None
        if self.explain is not None:
            from snow_plugin.processing_provider.compare import set_comparison_viewer

            set_comparison_viewer(None)
            self.explain.unload()
            self.explain = None
        for action in self.actions:
            self.iface.removePluginRasterMenu(self.menu_name, action)
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        from snow_plugin.processing_provider.result_layers import set_summary_viewer
        from snow_plugin.processing_provider.season_results import set_series_viewer

        set_summary_viewer(None)
        set_series_viewer(None)
        remove_log_handler(self.log_handler)
        remove_translator(self.translator)

    def _open_algorithm(self, algorithm_id):
        import processing

        processing.execAlgorithmDialog(algorithm_id)

    def open_detect_snow(self):
        self._open_algorithm("theiasnow:detectsnow")

    def open_sample_scene(self):
        self._open_algorithm("theiasnow:samplescene")

    def toggle_search_dock(self, visible):
        if self.search_dock is None:
            from snow_plugin.gui.search_dock import SearchDock

            self.search_dock = SearchDock(self.iface, self.open_settings, self.iface.mainWindow())
            self.search_dock.visibilityChanged.connect(self.search_action.setChecked)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.setVisible(visible)

    def open_settings(self):
        from snow_plugin.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.iface.mainWindow()).exec()

    def open_compare(self):
        self._open_algorithm("theiasnow:compare")

    def open_download(self):
        self._open_algorithm("theiasnow:download")

    def open_summary(self):
        from snow_plugin.gui.summary_dialog import ask_summary

        ask_summary(self.iface.mainWindow())

    def open_help(self):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(help_page())))

