"""``theiasnow:loadsnowproduct``: put a Theia Snow product on the map with
the official palettes, in a group named after the product: the L2B snow
classification of LIS <= 1.6 (254 no data) and the FSC products of
LIS >= 1.7 with their quality flags and top-of-canopy FSC, and the L3B
syntheses of a period (SCD, SOD, SMOD, NOBS, NSP)."""

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingUtils,
)

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.core.l3b import L3B_KINDS, l3b_style
from snow_plugin.core.l3b import layer_names as l3b_layer_names
from snow_plugin.core.snow_product import find_snow_rasters, product_name
from snow_plugin.core.styles import style_for_output
from snow_plugin.processing_provider.base import SnowDetectionAlgorithm
from snow_plugin.toolbelt.qgis_compat import FILE_BEHAVIOR
from snow_plugin.processing_provider.result_layers import StyledResultLayer, group_name

ORDER = ("SNW_L2B", "FSC", "FSC_TOC", "QCFLAGS") + L3B_KINDS


def layer_names():
    return {
        "SNW_L2B": tr("Snow classification"),
        "FSC": tr("Fractional snow cover (on ground)"),
        "FSC_TOC": tr("Fractional snow cover (top of canopy)"),
        "QCFLAGS": tr("Quality flags"),
        **l3b_layer_names(),
    }


def raster_style(kind, file_name):
    return l3b_style(kind, file_name) if kind in L3B_KINDS else style_for_output(kind)


class LoadSnowProductAlgorithm(SnowDetectionAlgorithm):
    INPUT = "INPUT"

    def name(self):
        return "loadsnowproduct"

    def displayName(self):
        return tr("Load a Theia Snow product (styled)")

    def help_paragraphs(self):
        return (
            tr("Loads a Theia Snow product downloaded from GEODES — its folder, its zip (read in place) or one of its rasters — with the official palettes: no snow grey, snow cyan, cloud white, no data transparent; the fractional snow cover in classes of 20 %."),
            tr("Both generations are read: the L2B-SNOW products of Let-It-Snow 1.6 and older (*_SNW_R2.tif, 254 is no data) and the FSC products of Let-It-Snow 1.7 and newer (LIS_S2-SNOW-FSC_*.tif, with their quality flags and top-of-canopy FSC)."),
            tr("L3B syntheses of a period are loaded too: the snow cover duration (SCD, days), the snow onset and melt-out dates of the longest snow period (SOD, SMOD, labelled with calendar dates when the file name gives the period), the number of clear observations (NOBS) and of snow periods (NSP). Only the first one is shown at first."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Theia Snow product (folder, zip or raster)"), FILE_BEHAVIOR,
            fileFilter=tr("Zip archives or rasters (*.zip *.ZIP *.tif *.TIF);;All files (*)"),
        ))
        self.addOutput(QgsProcessingOutputString("LAYERS", tr("Rasters loaded (separated by ;)")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of rasters")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        try:
            rasters = find_snow_rasters(path)
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from error
        project = context.project()
        names = layer_names()
        group = group_name(product_name(path))
        first = min(ORDER.index(kind) for kind, _, _ in rasters)  # the top layer is shown, the others hidden
        for kind, gdal_path, file_name in rasters:
            feedback.pushInfo(tr("{name}: {file}").format(name=names[kind], file=file_name))
            if project is None:
                continue
            details = QgsProcessingContext.LayerDetails(names[kind], project, kind, QgsProcessingUtils.LayerHint.Raster)
            details.forceName = True
            order = ORDER.index(kind)
            details.setPostProcessor(
                StyledResultLayer.create(project, group, names[kind], order, order == first, None, raster_style(kind, file_name))
            )
            context.addLayerToLoadOnCompletion(gdal_path, details)
        return {"LAYERS": ";".join(gdal_path for _, gdal_path, _ in rasters), "COUNT": len(rasters)}
