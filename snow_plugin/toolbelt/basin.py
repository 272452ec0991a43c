"""A basin given as a polygon layer: the union of its features (Processing's
time series and catalogue search share it)."""

from qgis.core import QgsGeometry

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr


def basin_union(source):
    """The union of the polygons of ``source`` (a feature source), in its CRS;
    SnowPluginError when it has none."""
    geometries = [feature.geometry() for feature in source.getFeatures() if feature.hasGeometry()]
    union = QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()
    if union.isNull() or union.isEmpty():
        raise SnowPluginError(tr("The basin layer has no polygon: choose a layer with at least one basin polygon."))
    return union
