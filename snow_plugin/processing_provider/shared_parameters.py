"""The Processing parameters the detection algorithms share, defined once:
the output folder and the overwrite switch (also the comparison's), and the
detection's own (DEM, DEM_SOURCE, WATER_MASK, TCD, FOG_RESCUE and every
threshold of DetectionParameters in the advanced group) with how they are
read. Their names are public: scripts and models call the algorithms by them.
"""

from dataclasses import fields

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from snow_plugin.core.i18n import tr
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.processing_provider.auto_dem import DemSource, dem_source_parameter
from snow_plugin.processing_provider.base import SnowDetectionAlgorithm
from snow_plugin.toolbelt.qgis_compat import FLAG_ADVANCED, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POLYGON, SOURCE_RASTER

OUTPUT_FOLDER = "OUTPUT_FOLDER"
OVERWRITE = "OVERWRITE"

# Thresholds in milli-reflectance: 1000 is a reflectance of 1.0, bright snow
# can exceed it a little.
REFLECTANCE_RANGE = (0, 1500)


def output_folder_parameter():
    return QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, tr("Output folder"))


def overwrite_parameter():
    return QgsProcessingParameterBoolean(OVERWRITE, tr("Overwrite existing outputs"), False)


def advanced_parameter_specs():
    """(field, label, minimum, maximum) of each advanced DetectionParameters field."""
    return [
        ("ndsi_pass1", tr("Pass 1: NDSI above"), -1, 1),
        ("red_pass1", tr("Pass 1: red reflectance above (milli-reflectance)"), *REFLECTANCE_RANGE),
        ("ndsi_pass2", tr("Pass 2: NDSI above"), -1, 1),
        ("red_pass2", tr("Pass 2: red reflectance above (milli-reflectance)"), *REFLECTANCE_RANGE),
        ("red_dark_cloud", tr("Dark clouds: smoothed red above which a cloud stays cloud (milli-reflectance)"), *REFLECTANCE_RANGE),
        ("red_back_to_cloud", tr("Back to cloud: red above which a masked pixel stays cloud (milli-reflectance)"), *REFLECTANCE_RANGE),
        ("resize_factor", tr("Dark clouds: smoothing factor (20 m pixels)"), 1, 100),
        ("dz", tr("Snowline: elevation band height (m)"), 1, 1000),
        ("fsnow_lim", tr("Snowline: snow fraction of the clear pixels of a band above"), 0, 1),
        ("fclear_lim", tr("Snowline: clear fraction of a band above"), 0, 1),
        ("fsnow_total_lim", tr("Pass 2: pass-1 snow fraction of the tile above"), 0, 1),
        ("fog_red_min", tr("Fog rescue: red reflectance above (milli-reflectance)"), *REFLECTANCE_RANGE),
        ("fog_swir_min", tr("Fog rescue: SWIR reflectance above (milli-reflectance)"), *REFLECTANCE_RANGE),
        ("fog_ndsi_max", tr("Fog rescue: NDSI below"), -1, 1),
        ("fog_ndsi_min", tr("Fog rescue, spectral test: NDSI above (spares bright rock and soil)"), -1, 1),
        ("fog_swir2_min", tr("Fog rescue, spectral test: 2.2 µm (B12) reflectance above (milli-reflectance)"), *REFLECTANCE_RANGE),
        ("cloud_swir_min", tr("Fog rescue, spectral test above the snowline: SWIR reflectance above (milli-reflectance)"), *REFLECTANCE_RANGE),
        ("fog_top_spread", tr("Valley fog: largest spread of the elevations along a bank's rim (m)"), 1, 500),
        ("fog_min_area", tr("Valley fog: smallest bank (km²)"), 0, 10000),
    ]


class DetectionRunAlgorithm(SnowDetectionAlgorithm):
    """Base of the algorithms that run the detection (one product, a batch):
    its parameters added, the layers read on the main thread, the
    DetectionParameters read from the same names."""

    DEM = "DEM"
    WATER_MASK = "WATER_MASK"
    TCD = "TCD"
    FOG_RESCUE = "FOG_RESCUE"
    OVERWRITE = OVERWRITE
    OUTPUT_FOLDER = OUTPUT_FOLDER

    def __init__(self):
        super().__init__()
        self._ancillary = {}
        self._dem_source = None

    def add_detection_parameters(self):
        """DEM, DEM_SOURCE, WATER_MASK, TCD, FOG_RESCUE, OVERWRITE and the advanced thresholds."""
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("Digital elevation model"), optional=True))
        self.addParameter(dem_source_parameter())
        self.addParameter(
            QgsProcessingParameterMapLayer(
                self.WATER_MASK, tr("Water mask (raster or polygons)"), optional=True, types=[SOURCE_RASTER, SOURCE_POLYGON]
            )
        )
        self.addParameter(QgsProcessingParameterRasterLayer(self.TCD, tr("Tree cover density (%)"), optional=True))
        defaults = DetectionParameters()
        self.addParameter(
            QgsProcessingParameterBoolean(self.FOG_RESCUE, tr("Rescue clouds and fog missed by the cloud mask"), defaults.fog_rescue)
        )
        self.addParameter(overwrite_parameter())
        for field_name, label, minimum, maximum in advanced_parameter_specs():
            number_type = NUMBER_INTEGER if _is_integer(field_name) else NUMBER_DOUBLE
            parameter = QgsProcessingParameterNumber(
                field_name.upper(), label, number_type, getattr(defaults, field_name), False, minimum, maximum
            )
            parameter.setFlags(parameter.flags() | FLAG_ADVANCED)
            self.addParameter(parameter)

    def prepareAlgorithm(self, parameters, context, feedback):
        # Layers and settings are read here, on the main thread; processAlgorithm may run in a worker.
        dem = _raster_path(self.parameterAsRasterLayer(parameters, self.DEM, context))
        self._dem_source = DemSource(self, parameters, context, dem)
        self._ancillary = {
            "tree_cover": _raster_path(self.parameterAsRasterLayer(parameters, self.TCD, context)),
            "water_mask": _water_mask_path(self.parameterAsLayer(parameters, self.WATER_MASK, context), context),
        }
        return True

    def dem_choice(self, product, feedback):
        """The DEM of ``product`` as DEM_SOURCE says (fetched when automatic), told in the log."""
        choice = self._dem_source.choice(product, feedback)
        feedback.pushInfo(choice.describe())
        return choice

    def detection_parameters(self, parameters, context):
        """The DetectionParameters of a run; QgsProcessingException when they are invalid."""
        values = {"fog_rescue": self.parameterAsBoolean(parameters, self.FOG_RESCUE, context)}
        for field_name, *_ in advanced_parameter_specs():
            read = self.parameterAsInt if _is_integer(field_name) else self.parameterAsDouble
            values[field_name] = read(parameters, field_name.upper(), context)
        params = DetectionParameters(**values)
        try:
            params.validate()
        except ValueError as error:
            raise QgsProcessingException(tr("Invalid detection parameter: {error}.").format(error=error)) from error
        return params


def _is_integer(field_name):
    return {field.name: field.type for field in fields(DetectionParameters)}[field_name] in (int, "int")


def _raster_path(layer):
    """The GDAL file behind a raster layer; the engine reads files, not layers."""
    if layer is None:
        return None
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            tr("The layer {name} is not a raster file: save it as a GeoTIFF first.").format(name=layer.name())
        )
    return layer.source()


def _water_mask_path(layer, context):
    if layer is None:
        return None
    if isinstance(layer, QgsRasterLayer):
        return _raster_path(layer)
    if not isinstance(layer, QgsVectorLayer):
        raise QgsProcessingException(tr("The water mask must be a raster or a polygon layer."))
    if layer.providerType() == "ogr" and "|" not in layer.source():
        return layer.source()
    # A layer inside a multi-layer file, filtered or in memory: GDAL needs a
    # file of its own, written here on the main thread.
    path = QgsProcessingUtils.generateTempFilename("water_mask.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, context.transformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise QgsProcessingException(
            tr("Cannot copy the water mask {name} for the detection: {error}").format(name=layer.name(), error=error[1])
        )
    return path
