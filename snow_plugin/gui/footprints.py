"""Search results on the map: a footprint layer and georeferenced quicklooks.

The footprint layer is a memory layer in EPSG:4326 with the attributes of
the ``theiasnow:search`` output (``processing.record_fields``), outlined by
cloud cover, offline products dashed. Quicklooks are JPEGs
without georeferencing: a small VRT next to each one places it on the
product's bounding box, and the layers go into one group.
"""

from pathlib import Path

from osgeo import gdal
from qgis.core import (
    QgsFillSymbol, QgsProject, QgsRasterLayer, QgsRuleBasedRenderer, QgsSimpleLineSymbolLayer, QgsVectorLayer,
)

from snow_plugin.core.errors import OutputError
from snow_plugin.core.i18n import tr
from snow_plugin.toolbelt.record_fields import IDENTIFIER_FIELD, record_feature, record_fields

def footprint_layer(records, name=None):
    """A new styled memory layer holding ``records`` (not added to a project)."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name or tr("Theia search results"), "memory")
    layer.dataProvider().addAttributes(record_fields().toList())
    layer.updateFields()
    layer.setRenderer(footprint_renderer())
    fill_footprint_layer(layer, records)
    return layer


def fill_footprint_layer(layer, records):
    """Replace the features of ``layer`` by ``records``; return ``{identifier: feature id}``."""
    provider = layer.dataProvider()
    layer.removeSelection()
    provider.truncate()
    provider.addFeatures([record_feature(record, layer.fields()) for record in records])
    layer.updateExtents()
    layer.triggerRepaint()
    return feature_ids(layer)


def feature_ids(layer):
    return {feature[IDENTIFIER_FIELD]: feature.id() for feature in layer.getFeatures()}


def footprint_renderer():
    # NULL online means "not said": only an explicit false is drawn as offline.
    online = 'coalesce("online", true)'
    classes = (
        (tr("Offline: staged on request"), "NOT " + online, "#808080", "dash"),
        (tr("Cloud cover up to 10 %"), online + ' AND "cloud_cover" <= 10', "#1a9641", "solid"),
        (tr("Cloud cover 10 to 50 %"), online + ' AND "cloud_cover" > 10 AND "cloud_cover" <= 50', "#f08c00",
         "solid"),
        (tr("Cloud cover over 50 %"), online + ' AND "cloud_cover" > 50', "#d7191c", "solid"),
        (tr("Cloud cover unknown"), online + ' AND "cloud_cover" IS NULL', "#2b83ba", "solid"),
    )
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, colour, line_style in classes:
        # An outline and no fill layer at all: a selected footprint is drawn
        # with a yellow outline, not a yellow fill hiding its quicklook.
        symbol = QgsFillSymbol.createSimple({})
        symbol.changeSymbolLayer(0, QgsSimpleLineSymbolLayer.create(
            {"line_color": colour, "line_width": "0.6", "line_style": line_style}))
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def georeference_quicklook(image_path, bbox):
    """Write ``<image>.vrt`` placing the image on ``bbox`` (w, s, e, n, EPSG:4326).

    The quicklook shows the tile in its UTM grid, so on a lon/lat bbox it is
    off by up to a few hundred metres at the corners: enough to choose a
    scene, not to measure on it. Safe on a worker thread (files only).
    """
    image_path = Path(image_path)
    vrt_path = image_path.with_suffix(".vrt")
    west, south, east, north = bbox
    options = gdal.TranslateOptions(format="VRT", outputBounds=[west, north, east, south], outputSRS="EPSG:4326")
    dataset = gdal.Translate(str(vrt_path), str(image_path), options=options)
    if dataset is None:
        raise OutputError(tr("The quicklook {path} could not be georeferenced ({reason}).").format(
            path=image_path, reason=gdal.GetLastErrorMsg()))
    dataset = None  # closing the dataset writes the VRT
    return vrt_path


def add_quicklook_layers(paths, below=None, project=None):
    """Add ``{identifier: vrt path}`` to the "Theia quicklooks" group (once
    each), under the ``below`` layer when it is at the top level; return the new layers."""
    project = project or QgsProject.instance()
    group = quicklook_group(project, below)
    shown = {node.layer().source() for node in group.findLayers() if node.layer() is not None}
    added = []
    for identifier, path in paths.items():
        if str(path) in shown:
            continue
        layer = QgsRasterLayer(str(path), identifier)
        if not layer.isValid():
            continue
        project.addMapLayer(layer, False)
        group.addLayer(layer).setExpanded(False)  # twenty RGB band legends would fill the Layers panel
        added.append(layer)
    return added


def quicklook_group(project, below=None):
    root = project.layerTreeRoot()
    name = tr("Theia quicklooks")
    group = root.findGroup(name)
    if group is None:
        # Footprints are hollow outlines: they stay readable above the images.
        node = root.findLayer(below.id()) if below is not None else None
        index = root.children().index(node) + 1 if node is not None and node.parent() is root else 0
        group = root.insertGroup(index, name)
    return group


def add_footprint_layer(layer, project=None):
    project = project or QgsProject.instance()
    project.addMapLayer(layer, False)
    project.layerTreeRoot().insertLayer(0, layer)
