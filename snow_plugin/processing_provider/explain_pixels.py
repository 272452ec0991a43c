"""``theiasnow:explainpixels``: why each point of a layer got its class on a
detection result, as a table (one row per point) for scripts and teaching:
the engine's values at the pixel, the decision code and the plain sentence
(core/explain.py). Points in any CRS are reprojected to the product's.
Every field that is neither an integer nor a text is a real (swir2 is empty
without the fog rescue or without B12)."""

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.explain import FIELDS, DetectionResult
from snow_plugin.core.i18n import tr
from snow_plugin.processing_provider.base import SnowDetectionAlgorithm
from snow_plugin.toolbelt.qgis_compat import FILE_BEHAVIOR
from snow_plugin.toolbelt.record_fields import _INT64, _REAL, _TEXT

try:
    SOURCE_POINT = Qgis.ProcessingSourceType.VectorPoint
    POINT_TYPE = Qgis.WkbType.Point
except AttributeError:  # before QGIS 3.30 / 3.36
    SOURCE_POINT = QgsProcessing.SourceType.TypeVectorPoint
    POINT_TYPE = QgsWkbTypes.Type.Point

INTEGER_FIELDS = ("row", "col", "class", "decision", "zs", "clm", "mg2")
TEXT_FIELDS = ("reason", "tests", "clm_bits", "mg2_bits")


def table_fields():
    fields = QgsFields()
    fields.append(QgsField("point_id", _INT64))
    for name in FIELDS:
        fields.append(QgsField(name, _INT64 if name in INTEGER_FIELDS else _TEXT if name in TEXT_FIELDS else _REAL))
    return fields


class ExplainPixelsAlgorithm(SnowDetectionAlgorithm):
    RESULT = "RESULT"
    POINTS = "POINTS"
    OUTPUT = "OUTPUT"

    def name(self):
        return "explainpixels"

    def displayName(self):
        return tr("Why these pixels? (explain a detection at points)")

    def help_paragraphs(self):
        return (
            tr("For each point, the table says what the pixel under it is on a snow detection result and which rule decided: the decision code, a plain sentence, the green, red and SWIR reflectances (1.6 µm, and 2.2 µm when the fog rescue was on), the NDSI, the red at 240 m, the elevation and the snowline zs, the cloud mask bits, and each test with its threshold."),
            tr("Give the result's *_SNOW.json: it names the product, the DEM and the parameters of the run, which must still be where they were. The values are those the detection computed: the class is that of the snow map, the code that of the decision raster. Points outside the product get an empty class."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.RESULT, tr("Detection result (*_SNOW.json)"), FILE_BEHAVIOR,
            fileFilter=tr("Snow summaries (*_SNOW.json);;JSON files (*.json)"),
        ))
        self.addParameter(QgsProcessingParameterFeatureSource(self.POINTS, tr("Points"), [SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Explained pixels"), SOURCE_POINT))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of points")))
        self.addOutput(QgsProcessingOutputNumber("OUTSIDE", tr("Points outside the product")))

    def processAlgorithm(self, parameters, context, feedback):
        summary = self.parameterAsFile(parameters, self.RESULT, context)
        source = self.parameterAsSource(parameters, self.POINTS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.POINTS))
        try:
            result = DetectionResult(summary)
            crs = QgsCoordinateReferenceSystem.fromWkt(result.grid.crs.to_wkt())
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
            ids, points = self._points(source, transform, feedback)
            feedback.setProgress(20)
            records = result.explain(points)
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from None
        feedback.setProgress(90)
        # The table is written only once every point is explained.
        fields = table_fields()
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, fields, POINT_TYPE, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for point_id, record in zip(ids, records):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record.x, record.y)))
            feature["point_id"] = point_id
            for name, value in record.as_row().items():
                feature[name] = value
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        outside = sum(1 for record in records if not record.inside)
        if outside:
            feedback.pushWarning(tr("%n point(s) outside the product: their class is empty.", None, outside))
        feedback.setProgress(100)
        return {self.OUTPUT: destination, "COUNT": len(records), "OUTSIDE": outside}

    @staticmethod
    def _points(source, transform, feedback):
        ids, points = [], []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            try:
                geometry.transform(transform)
            except QgsCsException:
                feedback.pushWarning(tr("Point {id} cannot be reprojected to the product's CRS: it is left out.").format(id=feature.id()))
                continue
            parts = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
            for point in parts:
                ids.append(feature.id())
                points.append((point.x(), point.y()))
        return ids, points
