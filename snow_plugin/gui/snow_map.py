"""Render a snow map to PNG with QGIS: the classification over a
false-colour composite, with a title, a legend and a scale bar."""

from qgis.core import (
    QgsContrastEnhancement,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsMapLayerLegendUtils,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMultiBandColorRenderer,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
)
from osgeo import gdal
from qgis.PyQt.QtGui import QFont

from snow_plugin.core.i18n import tr
from snow_plugin.toolbelt.qgis_compat import KILOMETRES, LAYOUT_MILLIMETRES, set_label_font, set_legend_font

REFLECTANCE_STRETCH = (0, 8000)  # reflectance x10000 shown from black to white


def false_colour_layer(vrt_path, name=None):
    layer = QgsRasterLayer(str(vrt_path), name or tr("False colour (SWIR, red, green)"))
    renderer = QgsMultiBandColorRenderer(layer.dataProvider(), 1, 2, 3)
    for band, setter in ((1, renderer.setRedContrastEnhancement), (2, renderer.setGreenContrastEnhancement),
                         (3, renderer.setBlueContrastEnhancement)):
        enhancement = QgsContrastEnhancement(layer.dataProvider().dataType(band))
        enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
        enhancement.setMinimumValue(REFLECTANCE_STRETCH[0])
        enhancement.setMaximumValue(REFLECTANCE_STRETCH[1])
        setter(enhancement)
    layer.setRenderer(renderer)
    return layer


def styled_layer(raster_path, name, opacity=1.0):
    layer = QgsRasterLayer(str(raster_path), name)
    layer.loadNamedStyle(str(raster_path.with_suffix(".qml")))
    layer.renderer().setOpacity(opacity)
    return layer


def render_snow_map(png_path, title, layers, legend_layers, width_mm=250, height_mm=190, dpi=110):
    """Export a one-page layout of ``layers`` (top first) to ``png_path``."""
    project = QgsProject.instance()
    for layer in reversed(layers):
        project.addMapLayer(layer)
    project.setCrs(layers[-1].crs())
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width_mm, height_mm, LAYOUT_MILLIMETRES))

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(5, 18, LAYOUT_MILLIMETRES))
    map_item.attemptResize(QgsLayoutSize(height_mm - 25, height_mm - 25, LAYOUT_MILLIMETRES))
    map_item.setLayers(layers)
    map_item.setCrs(layers[-1].crs())
    map_item.setExtent(layers[-1].extent())
    layout.addLayoutItem(map_item)

    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    set_label_font(label, QFont("DejaVu Sans", 14))
    label.attemptMove(QgsLayoutPoint(5, 4, LAYOUT_MILLIMETRES))
    label.attemptResize(QgsLayoutSize(width_mm - 10, 12, LAYOUT_MILLIMETRES))
    layout.addLayoutItem(label)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in legend_layers:
        node = root.addLayer(layer)
        # Keep the classes only: no "Band 1 (Palette)" heading, no entry for
        # the transparent no-data class.
        nodes = _legend_nodes(legend, node)
        keep = [i for i, item in enumerate(nodes) if i > 0 and item.data(0) != tr("No data")]
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
        legend.model().refreshLayerLegend(node)
    set_legend_font(legend, QgsLegendStyle.Style.Title, QFont("DejaVu Sans", 12))
    legend.attemptMove(QgsLayoutPoint(height_mm - 15, 18, LAYOUT_MILLIMETRES))
    layout.addLayoutItem(legend)

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setLinkedMap(map_item)
    scale_bar.setStyle("Single Box")
    scale_bar.setUnits(KILOMETRES)
    scale_bar.setNumberOfSegments(2)
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setUnitsPerSegment(_round_segment_km(layers[-1].extent().width() / 1000 / 10))
    scale_bar.setUnitLabel(tr("km"))
    scale_bar.attemptMove(QgsLayoutPoint(height_mm - 15, height_mm - 20, LAYOUT_MILLIMETRES))
    layout.addLayoutItem(scale_bar)

    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    settings.exportMetadata = False
    # QGIS then tries to georeference the PNG in place, which GDAL's PNG
    # driver cannot do; the map itself is written: silence that GDAL error.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = QgsLayoutExporter(layout).exportToImage(str(png_path), settings)
    finally:
        gdal.PopErrorHandler()
    for layer in layers:
        project.removeMapLayer(layer.id())
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(tr("QGIS could not render the map to {path}.").format(path=png_path))
    return png_path


def _legend_nodes(legend, node):
    return legend.model().layerLegendNodes(node, True)


def _round_segment_km(approximate):
    """A round scale-bar segment length (1, 2 or 5 x 10^n km)."""
    for candidate in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100):
        if candidate >= approximate:
            return candidate
    return 100
