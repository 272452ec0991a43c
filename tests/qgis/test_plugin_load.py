"""The plugin loads and unloads cleanly in a real QGIS, twice in a row."""

from qgis.core import QgsApplication

import snow_plugin
from snow_plugin.gui.summary_dialog import show_summary_over_qgis
from snow_plugin.processing_provider import result_layers


def test_load_unload_twice(qgis_iface):
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        plugin = snow_plugin.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("theiasnow") is not None
        assert len(plugin.actions) >= 3
        assert result_layers._summary_viewer is show_summary_over_qgis  # wired by the plugin
        plugin.unload()
        assert registry.providerById("theiasnow") is None
        assert result_layers._summary_viewer is None
        assert plugin.actions == []
