"""``theiasnow:fetchdem``: a Copernicus DEM GLO-30 raster on the grid of a
product, or on a grid drawn from an extent, from the public no-account bucket
(tiles cached under the download folder)."""

import math
from pathlib import Path

import rasterio.crs
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)
from rasterio.transform import from_origin

from snow_plugin.core.dem_fetch import DEM_ATTRIBUTION, dem_for_product
from snow_plugin.core.errors import CancelledError, SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.core.product import open_product
from snow_plugin.processing_provider.base import CatalogueAlgorithm, progress_reporter
from snow_plugin.toolbelt.qgis_compat import FILE_BEHAVIOR, NUMBER_DOUBLE
from snow_plugin.toolbelt.network import catalogue_config, public_session
from snow_plugin.toolbelt.preferences import load_settings

METRES_PER_DEGREE = 111320.0  # along a meridian: enough to size a pixel in a geographic CRS
MAX_PIXELS = 25000 * 25000


class FetchDemAlgorithm(CatalogueAlgorithm):
    INPUT = "INPUT"
    EXTENT = "EXTENT"
    CRS = "CRS"
    PIXEL_SIZE = "PIXEL_SIZE"
    OUTPUT = "OUTPUT"

    def __init__(self):
        super().__init__()
        self._settings = None
        self._dem_url = None
        self._session = None

    def name(self):
        return "fetchdem"

    def displayName(self):
        return tr("Fetch a DEM (Copernicus GLO-30)")

    def help_paragraphs(self):
        return (
            tr("Builds the digital elevation model snow detection needs from the Copernicus DEM GLO-30 (30 m, heights in metres), downloaded from its public bucket: no account needed. Tiles are cached in the 'dem_cache' folder of the download folder; ocean cells get a height of 0."),
            tr("Give a Theia L2A product (folder or zip) to get the DEM on its 20 m grid, ready for 'Detect snow'. Without a product, give an extent, a CRS (the extent's by default) and a pixel size in metres."),
            tr("Source: {attribution}. The bucket address can be changed in the plugin settings or with THEIA_SNOW_DEM_URL.").format(
                attribution=DEM_ATTRIBUTION
            ),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT, tr("Theia L2A product (folder or zip)"), FILE_BEHAVIOR, optional=True,
                fileFilter=tr("Zip archives (*.zip *.ZIP);;All files (*)"),
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent (without a product)"), optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS of the DEM (without a product)"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PIXEL_SIZE,
                tr("Pixel size in metres (without a product)"),
                NUMBER_DOUBLE,
                20.0,
                False,
                1.0,
                10000.0,
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("DEM")))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if ok and not self._product_path(parameters, context) and parameters.get(self.EXTENT) in (None, ""):
            return False, tr("Give a product or an extent.")
        return ok, message

    def prepareAlgorithm(self, parameters, context, feedback):
        self._settings = load_settings()
        self._dem_url = catalogue_config(self._settings).dem_url
        self._session = public_session(self._dem_url)
        return True

    def processAlgorithm(self, parameters, context, feedback):
        out_path = Path(self.parameterAsOutputLayer(parameters, self.OUTPUT, context))
        try:
            grid = self._grid(parameters, context)
            feedback.pushInfo(tr("DEM grid: {width} x {height} pixels.").format(width=grid[2], height=grid[3]))
            dem_for_product(
                grid,
                self._settings.dem_cache_folder,
                self._session,
                self._dem_url,
                out_path,
                progress=progress_reporter(feedback, 0, 90),
                is_cancelled=feedback.isCanceled,
            )
        except CancelledError:
            return {}
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from None
        finally:
            self._session.close()
        feedback.pushInfo(tr("DEM source: {attribution}").format(attribution=DEM_ATTRIBUTION))
        return {self.OUTPUT: str(out_path)}

    def _product_path(self, parameters, context):
        return self.parameterAsFile(parameters, self.INPUT, context)

    def _grid(self, parameters, context):
        """(crs, transform, width, height) as ``dem_for_product`` wants it."""
        product_path = self._product_path(parameters, context)
        if product_path:
            grid = open_product(product_path).grid
            return grid.crs, grid.transform, grid.width, grid.height
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        if crs.isGeographic():
            pixel /= METRES_PER_DEGREE
        width = max(1, math.ceil(extent.width() / pixel))
        height = max(1, math.ceil(extent.height() / pixel))
        if width * height > MAX_PIXELS:
            raise QgsProcessingException(
                tr("The DEM would have {width} x {height} pixels: choose a smaller extent or larger pixels.").format(
                    width=width, height=height
                )
            )
        rasterio_crs = rasterio.crs.CRS.from_user_input(crs.authid() or crs.toWkt())
        return rasterio_crs, from_origin(extent.xMinimum(), extent.yMaximum(), pixel, pixel), width, height
