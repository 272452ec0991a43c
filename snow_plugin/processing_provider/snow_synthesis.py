"""``theiasnow:snowsynthesis``: the snow-cover syntheses of a period (SCD,
SOD, SMOD, NOBS, NSP) from a season of snow maps (core.synthesis)."""

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingUtils,
)

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.core.l3b import layer_names
from snow_plugin.core.synthesis import SYNTHESIS_KEYS, snow_synthesis
from snow_plugin.processing_provider import shared_parameters
from snow_plugin.processing_provider.shared_parameters import output_folder_parameter, overwrite_parameter
from snow_plugin.processing_provider.base import SnowDetectionAlgorithm
from snow_plugin.toolbelt.qgis_compat import DATE_ONLY, SOURCE_FILE


class SnowSynthesisAlgorithm(SnowDetectionAlgorithm):
    INPUTS = "INPUTS"
    START = "START"
    END = "END"
    OVERWRITE = shared_parameters.OVERWRITE
    OUTPUT_FOLDER = shared_parameters.OUTPUT_FOLDER

    def name(self):
        return "snowsynthesis"

    def displayName(self):
        return tr("Snow-cover syntheses of a season (SCD, SOD, SMOD, NOBS, NSP)")

    def help_paragraphs(self):
        return (
            tr("Summarises a season of snow maps per pixel, as Let-It-Snow's snow annual map and Theia's L3B products: SCD the number of snow days, SOD and SMOD the first and last day of the longest snow period (days since the start of the period, 0 being the start itself, as in LIS), NOBS the number of clear observations and NSP the number of snow periods."),
            tr("Inputs, mixed as you like, all of one tile and on one grid: results of this plugin (the JSON summaries or the snow classifications), official Theia Snow L2B products and LIS 1.7 or later FSC products, as files, folders or zips."),
            tr("Each date gives snow, no snow or a gap (cloud, no data); several products of the same day: the first clear one wins. The snow series is interpolated linearly between clear observations onto every day of the period (before the first and after the last clear observation, their value) and a day is snow where the value is at least 0.5. Reliable where clear observations are at most about 15 days apart."),
            tr("Period: by default the hydrological year (1 September to 31 August) containing the latest input; every input must lie in the period. Pixels never clear are no data."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUTS, tr("Snow maps (files, folders or zips)"), SOURCE_FILE))
        self.addParameter(QgsProcessingParameterDateTime(self.START, tr("Start of the period"), DATE_ONLY, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.END, tr("End of the period"), DATE_ONLY, optional=True))
        self.addParameter(overwrite_parameter())
        self.addParameter(output_folder_parameter())
        for key, label in layer_names().items():
            self.addOutput(QgsProcessingOutputRasterLayer(key, label))

    def processAlgorithm(self, parameters, context, feedback):
        output_folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        try:
            result = snow_synthesis(
                self.parameterAsFileList(parameters, self.INPUTS, context), output_folder,
                start=self._date(parameters, self.START, context), end=self._date(parameters, self.END, context),
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context), feedback=feedback,
            )
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from error
        project = context.project()
        labels = layer_names()
        for key in SYNTHESIS_KEYS:
            if project is not None:  # the .qml beside each raster is its default style
                details = QgsProcessingContext.LayerDetails(labels[key], project, key, QgsProcessingUtils.LayerHint.Raster)
                details.forceName = True
                context.addLayerToLoadOnCompletion(str(result.outputs[key]), details)
        return dict({key: str(path) for key, path in result.outputs.items()}, OUTPUT_FOLDER=output_folder)

    def _date(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        return value.date().toPyDate() if value.isValid() else None
