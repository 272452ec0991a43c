"""The ``theiasnow:detectsnow`` Processing algorithm: a thin front over
``core.pipeline.detect_snow`` for the toolbox, the modeler, batch mode and
``qgis_process``. Every field of DetectionParameters is a parameter (the fog
rescue switch in the main group, the thresholds in the advanced group; see
shared_parameters); the outputs are loaded, styled and grouped on the main
thread by result_layers.
"""

import os
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterFile,
)

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.outputs import OutputSet
from snow_plugin.core.product import check_product_path, open_product
from snow_plugin.core.dem_source import DEM_GIVEN
from snow_plugin.processing_provider.auto_dem import DEM_SOURCE
from snow_plugin.processing_provider.shared_parameters import DetectionRunAlgorithm, output_folder_parameter
from snow_plugin.toolbelt.qgis_compat import FILE_BEHAVIOR
from snow_plugin.processing_provider.result_layers import queue_result_layers


class DetectSnowAlgorithm(DetectionRunAlgorithm):
    INPUT = "INPUT"

    def __init__(self):
        super().__init__()
        self._result = None

    def name(self):
        return "detectsnow"

    def displayName(self):
        return tr("Detect snow, clouds and fog (Let-It-Snow)")

    def help_paragraphs(self):
        return (
            tr("Maps snow, clouds and fog on a Theia Sentinel-2 L2A product with the Let-It-Snow algorithm of the Theia Snow collection (CNES/CESBIO)."),
            tr("Why it works: in the visible, snow, clouds and valley fog all look white. In the short-wave infrared (SWIR, band B11) snow is dark while water-droplet clouds and fog stay bright, so the snow index NDSI = (green − SWIR) / (green + SWIR) is high for snow and low for clouds and fog. A red threshold rejects dark surfaces such as lakes and shadows."),
            tr("Pass 1 keeps the unambiguous snow (high NDSI, bright red) outside the product's cloud mask. Clouds that are dark in the red are released from the cloud mask. With a DEM, the snowline elevation zs is set just below the lowest elevation band where snow covers a noticeable share of the clear pixels; pass 2 then adds, above zs only, pixels passing looser thresholds. Without a DEM only pass 1 runs."),
            tr("Fog rescue (off by default, to keep the Let-It-Snow results): the L2A cloud mask misses some fog and cloud, which then passes for snow or bare ground. Among the pixels that are bright in the red and at 1.6 µm with a low NDSI (never pass-1 snow), the rescue turns to cloud those passing its spectral test (NDSI above a small minimum, which spares bright rock, and bright at 2.2 µm, band B12, where snow is dark; above the snowline a brighter 1.6 µm reflectance is required) and, with a DEM, the valley-fog banks, recognised by their flat top: connected regions whose rim elevations cluster tightly and that lie below that top in concave terrain. Without B12 only valley fog is looked for; without a DEM only the spectral test runs."),
            tr("Input: the product folder or its zip (type or paste a folder path). Optional: a DEM in any projection, a water mask (raster, non-zero is water, or polygons) and a tree cover density raster (%) for the snow cover on ground."),
            tr("DEM source: without a DEM, the Copernicus DEM GLO-30 is downloaded from its public bucket (no account), cached in the 'dem_cache' folder of the download folder and warped onto the product; offline, or when the download fails, one warning says so and the detection runs without the snowline and pass 2. Choose 'None' to skip the DEM. The JSON summary records the DEM source and, for Copernicus, its attribution."),
            tr("Outputs, written into the output folder and loaded in a group: the classification (0 no snow, 100 snow, 205 cloud, 255 no data), the fractional snow cover at the top of canopy and on ground (0–100 % on snow, other pixels carry the class code), the NDSI in % on snow pixels, the quality flags (bits: 1 sun too low, 2 sun tangent, 4 water, 8 tree cover above 90 %, 16 snow under thin cloud, 32 tree cover undefined) and a JSON summary with the elevation band table. ZS is empty (NULL) when no snowline was found."),
            tr("The decision raster says which rule classified each pixel: 1 snow of pass 1, 2 snow of pass 2, 10 cloud kept by the refined mask, 11 cloud shadow, 12 high cloud, 13 cloud again (masked and bright in the red), 14 valley fog, 15 cloud or fog of the rescue's spectral test, 20 clear without snow, 21 no snow (dark cloud released), 30 water, 255 no data. It is loaded hidden, below the classification; the JSON summary counts each code and lists the valley-fog banks (top elevation, area)."),
            tr("The advanced parameters are the thresholds of the algorithm; reflectances are in milli-reflectance (200 means 0.20). The defaults are those of Let-It-Snow for Sentinel-2."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT, tr("Theia L2A product (folder or zip)"), FILE_BEHAVIOR,
                fileFilter=tr("Zip archives (*.zip *.ZIP);;All files (*)"),
            )
        )
        self.add_detection_parameters()
        self.addParameter(output_folder_parameter())

        self.addOutput(QgsProcessingOutputRasterLayer("SNW", tr("Snow classification")))
        self.addOutput(QgsProcessingOutputRasterLayer("FSC_TOC", tr("Fractional snow cover (top of canopy)")))
        self.addOutput(QgsProcessingOutputRasterLayer("FSC_OG", tr("Fractional snow cover (on ground)")))
        self.addOutput(QgsProcessingOutputRasterLayer("NDSI", tr("NDSI on snow pixels (%)")))
        self.addOutput(QgsProcessingOutputRasterLayer("QCFLAGS", tr("Quality flags")))
        self.addOutput(QgsProcessingOutputRasterLayer("DECISION", tr("Decision: which rule classified each pixel")))
        self.addOutput(QgsProcessingOutputFile("METADATA", tr("Summary (JSON)")))
        self.addOutput(QgsProcessingOutputFile("BANDS_CSV", tr("Snow fraction per elevation band (CSV)")))
        self.addOutput(QgsProcessingOutputNumber("ZS", tr("Snowline elevation zs (m, NULL when not found)")))
        self.addOutput(QgsProcessingOutputNumber("SNOW_PERCENT", tr("Snow (% of valid pixels)")))
        self.addOutput(QgsProcessingOutputNumber("CLOUD_PERCENT", tr("Cloud (% of valid pixels)")))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        if parameters.get(DEM_SOURCE) not in (None, "") and self.parameterAsEnum(parameters, DEM_SOURCE, context) == DEM_GIVEN \
                and self.parameterAsRasterLayer(parameters, self.DEM, context) is None:
            return False, tr("The DEM source is 'the DEM raster given' but no DEM is given: give one or choose another source.")
        product = Path(self.parameterAsFile(parameters, self.INPUT, context))
        if not product.exists():
            return False, tr("The input {path} does not exist: give the folder of a Theia L2A product or its zip.").format(path=product)
        try:
            check_product_path(product)
            if not self.parameterAsBoolean(parameters, self.OVERWRITE, context):
                # Said here, the algorithm dialog shows it in a message box, not only in its log.
                _check_no_earlier_outputs(product, self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        except SnowPluginError as error:
            return False, str(error)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):
        params = self.detection_parameters(parameters, context)
        output_folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        product = self.parameterAsFile(parameters, self.INPUT, context)
        try:
            dem_choice = self.dem_choice(product, feedback)
            self._result = detect_snow(
                product,
                output_folder,
                params=params,
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                feedback=feedback,
                threads=max(1, min(4, os.cpu_count() or 1)),
                dem=dem_choice.path,
                dem_choice=dem_choice,
                **self._ancillary,
            )
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from error
        metadata = self._result.metadata
        results = {key: str(path) for key, path in self._result.outputs.items()}
        results.update(
            OUTPUT_FOLDER=output_folder,
            ZS=metadata["snowline_elevation"],
            SNOW_PERCENT=metadata["snow_percent"],
            CLOUD_PERCENT=metadata["cloud_percent"],
        )
        results.setdefault("FSC_OG", None)
        return results

    def postProcessAlgorithm(self, context, feedback):
        if self._result is not None:
            queue_result_layers(context, self._result.outputs, self._result.metadata["product"])
        return {}


def _check_no_earlier_outputs(product, output_folder):
    """OutputError when ``output_folder`` already holds this product's results."""
    if not output_folder or not Path(output_folder).is_dir():
        return
    try:
        identifier = open_product(product).identifier
    except SnowPluginError:
        return  # the run itself says what is wrong with the product
    OutputSet(output_folder, identifier, ["SNW"]).check()
