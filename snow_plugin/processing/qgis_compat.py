"""Processing enums across QGIS versions, spelled once.

QGIS 3.36 gathered the Processing enums under ``Qgis`` (QGIS 4 keeps only
those); QGIS 3.22 has the older, class-scoped spellings.
"""

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
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
except AttributeError:
    FLAG_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double
    FILE_BEHAVIOR = QgsProcessingParameterFile.Behavior.File
    DATE_ONLY = QgsProcessingParameterDateTime.Type.Date
    SOURCE_RASTER = QgsProcessing.SourceType.TypeRaster
    SOURCE_VECTOR_ANY = QgsProcessing.SourceType.TypeVector
    SOURCE_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
