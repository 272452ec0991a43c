"""The plugin loads and unloads cleanly in a real QGIS, twice in a row."""

from qgis.core import QgsApplication

import snow_plugin



def test_load_unload_twice(qgis_iface):
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        plugin = snow_plugin.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("theiasnow") is not None
        assert len(plugin.actions) >= 3
        plugin.unload()
        assert registry.providerById("theiasnow") is None
        assert plugin.actions == []
