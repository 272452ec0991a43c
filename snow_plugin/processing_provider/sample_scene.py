"""``theiasnow:samplescene``: the offline sample scene of the workshops, made
in the toolbox: a synthetic Sentinel-2 L2A product in the genuine MUSCATE
format with its DEM, ready for 'Detect snow', plus the truth to compare with
and a false-colour composite to look at."""

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterNumber,
)

from snow_plugin.core.composite import false_colour_vrt
from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.core.sample_official import write_official_style_l2b
from snow_plugin.core.styles import style_for_output
from snow_plugin.core.synthetic import FULL_TILE, make_scene
from snow_plugin.processing_provider import shared_parameters
from snow_plugin.processing_provider.shared_parameters import output_folder_parameter
from snow_plugin.processing_provider.base import SnowDetectionAlgorithm
from snow_plugin.toolbelt.qgis_compat import NUMBER_INTEGER


class SampleSceneAlgorithm(SnowDetectionAlgorithm):
    SIZE = "SIZE"
    SEED = "SEED"
    OUTPUT_FOLDER = shared_parameters.OUTPUT_FOLDER

    def name(self):
        return "samplescene"

    def displayName(self):
        return tr("Make the offline sample scene (workshops)")

    def help_paragraphs(self):
        return (
            tr("Makes a synthetic Sentinel-2 L2A product in the genuine Theia (MUSCATE) format, with no download: mountains and valleys, a patchy snowline, forests, lakes, clouds with real cloud-mask codes and their shadows, a high cirrus, valley fog partly missed by the cloud mask, a no-data edge. A DEM comes with it, on another grid, as users' DEMs do."),
            tr("Exercise: run 'Detect snow' on the product with the DEM, then again with the fog rescue; compare both classifications with the truth raster (0 no snow, 100 snow, 205 cloud or fog, 255 no data) and look at the false-colour composite (SWIR, red, green: snow is cyan, clouds and fog white)."),
            tr("The same size and seed always give the same scene, so a class can share results."),
            tr("An official-style Theia Snow product (L2B-SNOW folder) comes with it: the Let-It-Snow run with its defaults and the DEM, as CNES makes the official products, to practise 'Compare with the official Theia Snow product' offline."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterNumber(
            self.SIZE, tr("Size (20 m pixels per side)"), NUMBER_INTEGER, 600, False, 100, FULL_TILE))
        self.addParameter(QgsProcessingParameterNumber(self.SEED, tr("Seed"), NUMBER_INTEGER, 2021, False, 0))
        self.addParameter(output_folder_parameter())
        self.addOutput(QgsProcessingOutputFolder("PRODUCT", tr("L2A product folder")))
        self.addOutput(QgsProcessingOutputRasterLayer("DEM", tr("Digital elevation model")))
        self.addOutput(QgsProcessingOutputRasterLayer("TRUTH", tr("Truth (what the scene really shows)")))
        self.addOutput(QgsProcessingOutputFile("COMPOSITE", tr("False colour (SWIR, red, green)")))
        self.addOutput(QgsProcessingOutputFolder("OFFICIAL", tr("Official-style Theia Snow product (L2B folder)")))

    def processAlgorithm(self, parameters, context, feedback):
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        size = self.parameterAsInt(parameters, self.SIZE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        feedback.pushInfo(tr("Making a {size} x {size} pixel scene in {folder}…").format(size=size, folder=folder))
        try:
            scene = make_scene(folder, size=size, seed=seed)
            composite = false_colour_vrt(scene.product_dir, folder / f"{scene.identifier}_FALSE_COLOUR.vrt")
            _write_truth_style(scene.truth_path)
            feedback.pushInfo(tr("Making the official-style Theia Snow product (Let-It-Snow defaults with the DEM)…"))
            official = write_official_style_l2b(scene.product_dir, scene.dem_path, folder)
        except (OSError, SnowPluginError) as error:
            raise QgsProcessingException(
                tr("Could not write the sample scene in {folder} ({error}).").format(folder=folder, error=error)
            ) from error
        for path, name in ((composite, tr("False colour (SWIR, red, green)")), (scene.dem_path, tr("Digital elevation model")),
                           (scene.truth_path, tr("Truth (what the scene really shows)")),
                           (next(official.glob("*_SNW_R2.tif")), tr("Official-style Theia Snow product"))):
            context.addLayerToLoadOnCompletion(str(path), QgsProcessingContext.LayerDetails(name, context.project(), name))
        return {"PRODUCT": str(scene.product_dir), "DEM": str(scene.dem_path), "TRUTH": str(scene.truth_path),
                "COMPOSITE": str(composite), "OFFICIAL": str(official), "OUTPUT_FOLDER": str(folder)}


def _write_truth_style(truth_path):
    """The truth has the classification's codes: its .qml beside it, which
    QGIS applies whenever the raster is loaded (not grey over the composite)."""
    style = Path(truth_path).with_suffix(".qml")
    part = style.with_name(style.name + ".part")
    part.write_text(style_for_output("SNW"), encoding="utf-8")
    part.replace(style)
