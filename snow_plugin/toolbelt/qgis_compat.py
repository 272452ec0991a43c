"""QGIS API that changed between 3.22 and 3.40, spelled once.

QGIS 3.36 gathered the Processing enums under ``Qgis`` (QGIS 4 keeps only
those), 3.30 the unit enums; QGIS 3.22 has the older, class-scoped
spellings. Layout text takes a ``QgsTextFormat`` from 3.24 (labels) and 3.30
(legends); the ``QFont`` setters are deprecated in 3.40.
"""

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsTextFormat,
    QgsUnitTypes,
)

try:
    FLAG_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    FILE_BEHAVIOR = Qgis.ProcessingFileParameterBehavior.File
    DATE_ONLY = Qgis.ProcessingDateTimeParameterDataType.Date
    SOURCE_RASTER = Qgis.ProcessingSourceType.Raster
    SOURCE_VECTOR_ANY = Qgis.ProcessingSourceType.Vector
    SOURCE_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    SOURCE_FILE = Qgis.ProcessingSourceType.File
except AttributeError:
    FLAG_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double
    FILE_BEHAVIOR = QgsProcessingParameterFile.Behavior.File
    DATE_ONLY = QgsProcessingParameterDateTime.Type.Date
    SOURCE_RASTER = QgsProcessing.SourceType.TypeRaster
    SOURCE_VECTOR_ANY = QgsProcessing.SourceType.TypeVector
    SOURCE_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    SOURCE_FILE = QgsProcessing.SourceType.TypeFile

try:
    LAYOUT_MILLIMETRES = Qgis.LayoutUnit.Millimeters
    KILOMETRES = Qgis.DistanceUnit.Kilometers
except AttributeError:
    LAYOUT_MILLIMETRES = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    KILOMETRES = QgsUnitTypes.DistanceUnit.DistanceKilometers


def set_label_font(label, font):
    """The font of a ``QgsLayoutItemLabel``, size included."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        label.setFont(font)


def set_legend_font(legend, component, font):
    """The font of one ``QgsLegendStyle.Style`` component of a ``QgsLayoutItemLegend``."""
    style = legend.style(component)
    if hasattr(style, "setTextFormat"):
        style.setTextFormat(QgsTextFormat.fromQFont(font))
        legend.setStyle(component, style)
    else:
        legend.setStyleFont(component, font)
