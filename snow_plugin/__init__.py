"""Theia Snow for QGIS.

``classFactory`` imports the plugin class lazily so that scripts can import
``snow_plugin.core`` without QGIS or a GUI.
"""


def classFactory(iface):
    from snow_plugin.plugin import SnowPlugin

    return SnowPlugin(iface)
