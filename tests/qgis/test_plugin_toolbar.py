"""The plugin has a toolbar of its own (the Raster toolbar is hidden in a
fresh profile) with detection and the search dock, removed on unload."""

from qgis.PyQt.QtWidgets import QToolBar

import snow_plugin


def test_own_toolbar_with_detect_and_search(qgis_iface):
    plugin = snow_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        toolbar = plugin.toolbar
        assert isinstance(toolbar, QToolBar) and toolbar.objectName() == "TheiaSnowToolBar"
        actions = toolbar.actions()
        assert plugin.search_action in actions
        assert any(action.text().startswith("Detect snow") for action in actions)
        assert all(action in plugin.actions for action in actions)
    finally:
        plugin.unload()
    assert plugin.toolbar is None
