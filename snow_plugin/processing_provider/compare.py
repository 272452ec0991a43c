"""``theiasnow:compare``: agreement of a local detection with the official
Theia Snow product of the same tile (core/compare.py). The agreement raster
loads styled; the window with the table and the figures is the GUI's, which
the plugin registers (``set_comparison_viewer``): this module never imports
the GUI."""

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterFile,
    QgsProcessingUtils,
)

from snow_plugin.core.compare import agreement_qml, compare_products
from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.processing_provider.base import SnowDetectionAlgorithm
from snow_plugin.processing_provider.result_layers import StyledResultLayer, group_name
from snow_plugin.processing_provider.shared_parameters import (
    OUTPUT_FOLDER,
    OVERWRITE,
    output_folder_parameter,
    overwrite_parameter,
)
from snow_plugin.toolbelt.qgis_compat import FILE_BEHAVIOR

_comparison_viewer = None  # callable(path of a *_AGREEMENT.json), set by the plugin


def set_comparison_viewer(viewer):
    """Register what shows a comparison once its layer is loaded (None: nothing)."""
    global _comparison_viewer
    _comparison_viewer = viewer


class AgreementLayer(StyledResultLayer):
    """The agreement raster's post-processor: styled, grouped, then the window."""

    def __init__(self, project, group, name, summary_path):
        super().__init__(project, group, name, 0, True, None, agreement_qml())
        self.comparison_path = summary_path

    def postProcessLayer(self, layer, context, feedback):
        super().postProcessLayer(layer, context, feedback)
        if _comparison_viewer is not None:
            _comparison_viewer(self.comparison_path)


class CompareAlgorithm(SnowDetectionAlgorithm):
    LOCAL = "LOCAL"
    OFFICIAL = "OFFICIAL"

    def __init__(self):
        super().__init__()
        self._loaded = None

    def name(self):
        return "compare"

    def displayName(self):
        return tr("Compare with the official Theia Snow product")

    def help_paragraphs(self):
        return (
            tr("Measures how far a local snow detection agrees with the official Theia Snow product of the same tile: an L2B-SNOW product (*_SNW_R2.tif, 254 is no data) or a Let-It-Snow 1.7 or newer FSC product (1 to 100 is snow), as a folder, a zip or a raster."),
            tr("The official product is brought onto the local grid by nearest neighbour when the grids differ; pixels without data on either side are left out. Outputs: the agreement map (both snow, both no snow, both cloud, snow on one side only, cloud on one side only), the confusion table (pixels, local classes in rows, official classes in columns), the overall agreement, Cohen's kappa and the snow F1 score over the pixels clear on both sides, and the agreement per elevation band when the local result has a DEM."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.LOCAL, tr("Local result (*_SNW_R2.tif or *_SNOW.json)"), FILE_BEHAVIOR,
            fileFilter=tr("Snow results (*_SNW_R2.tif *_SNOW.json);;All files (*)"),
        ))
        self.addParameter(QgsProcessingParameterFile(
            self.OFFICIAL, tr("Official Theia Snow product (folder, zip or raster)"), FILE_BEHAVIOR,
            fileFilter=tr("Zip archives or rasters (*.zip *.ZIP *.tif *.TIF);;All files (*)"),
        ))
        self.addParameter(output_folder_parameter())
        self.addParameter(overwrite_parameter())
        self.addOutput(QgsProcessingOutputRasterLayer("AGREEMENT", tr("Agreement map")))
        self.addOutput(QgsProcessingOutputFile("CONFUSION", tr("Confusion table (CSV)")))
        self.addOutput(QgsProcessingOutputFile("BANDS", tr("Agreement per elevation band (CSV)")))
        self.addOutput(QgsProcessingOutputFile("SUMMARY", tr("Comparison summary (JSON)")))
        self.addOutput(QgsProcessingOutputNumber("OVERALL_AGREEMENT", tr("Overall agreement (share of clear pixels)")))
        self.addOutput(QgsProcessingOutputNumber("KAPPA", tr("Cohen's kappa (snow / no snow)")))
        self.addOutput(QgsProcessingOutputNumber("SNOW_F1", tr("F1 score of snow")))
        self.addOutput(QgsProcessingOutputNumber("CLEAR_PIXELS", tr("Pixels clear on both sides")))

    def processAlgorithm(self, parameters, context, feedback):
        local = self.parameterAsFile(parameters, self.LOCAL, context)
        official = self.parameterAsFile(parameters, self.OFFICIAL, context)
        folder = self.parameterAsString(parameters, OUTPUT_FOLDER, context)
        try:
            result = compare_products(local, official, folder, self.parameterAsBoolean(parameters, OVERWRITE, context))
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from None
        for warning in result.warnings:
            feedback.pushWarning(warning)
        scores = result.scores
        feedback.pushInfo(tr("%n pixel(s) clear on both sides.", None, scores.clear_pixels))
        self._loaded = (str(result.outputs["AGREEMENT"]), str(result.outputs["SUMMARY"]), result.identifier)
        feedback.setProgress(100)
        return {
            "AGREEMENT": str(result.outputs["AGREEMENT"]), "CONFUSION": str(result.outputs["CONFUSION"]),
            "BANDS": str(result.outputs["BANDS"]), "SUMMARY": str(result.outputs["SUMMARY"]),
            "OVERALL_AGREEMENT": scores.overall_agreement, "KAPPA": scores.kappa, "SNOW_F1": scores.snow_f1,
            "CLEAR_PIXELS": scores.clear_pixels,
        }

    def postProcessAlgorithm(self, context, feedback):
        project = context.project()
        if self._loaded is None or project is None:
            return {}
        path, summary, identifier = self._loaded
        name = tr("Agreement with the official product")
        details = QgsProcessingContext.LayerDetails(name, project, "AGREEMENT", QgsProcessingUtils.LayerHint.Raster)
        details.forceName = True
        details.setPostProcessor(AgreementLayer.create(project, group_name(identifier), name, summary))
        context.addLayerToLoadOnCompletion(path, details)
        return {}
