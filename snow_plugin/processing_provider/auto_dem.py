"""The ``DEM_SOURCE`` parameter shared by the detection algorithms (single
product and batch): 0 none, 1 the ``DEM`` raster given, 2 the Copernicus DEM
GLO-30 fetched, cached and warped onto each product's grid. Not set: the DEM
given, else the automatic one."""

from qgis.core import QgsProcessingException, QgsProcessingParameterEnum

from snow_plugin.core.dem_source import (
    DEM_COPERNICUS,
    DEM_GIVEN,
    DEM_NONE,
    DemChoice,
    automatic_dem,
    choose_dem_source,
    dem_source_labels,
)
from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.geodes.http import make_session
from snow_plugin.core.i18n import tr
from snow_plugin.core.product import open_product
from snow_plugin.processing_provider.base import progress_reporter
from snow_plugin.toolbelt.network import catalogue_config, qgis_proxies
from snow_plugin.toolbelt.preferences import load_settings

DEM_SOURCE = "DEM_SOURCE"


def dem_source_parameter():
    return QgsProcessingParameterEnum(
        DEM_SOURCE,
        tr("DEM source (not set: the DEM given, else the automatic Copernicus DEM)"),
        options=dem_source_labels(),
        allowMultiple=False,
        defaultValue=None,
        optional=True,
    )


class DemSource:
    """Prepared on the main thread (settings, proxy), used in the worker."""

    def __init__(self, algorithm, parameters, context, dem_path):
        requested = None
        if parameters.get(DEM_SOURCE) not in (None, "", []):
            requested = algorithm.parameterAsEnum(parameters, DEM_SOURCE, context)
        try:
            self.source = choose_dem_source(requested, bool(dem_path))
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from None
        self.dem_path = dem_path
        self._settings = self._url = self._proxies = None
        if self.source == DEM_COPERNICUS:
            self._settings = load_settings()
            self._url = catalogue_config(self._settings).dem_url
            self._proxies = qgis_proxies(self._url)

    def choice(self, product_path, feedback):
        """The DemChoice for one product; fetches the automatic DEM when asked."""
        if self.source == DEM_NONE:
            return DemChoice(DEM_NONE, warning=tr("DEM source 'none': the snowline and pass 2 are skipped."))
        if self.source == DEM_GIVEN:
            return DemChoice(DEM_GIVEN, self.dem_path)
        product = open_product(product_path)
        grid = product.grid
        feedback.pushInfo(tr("Fetching the Copernicus DEM GLO-30 for {name}…").format(name=product.identifier))
        with make_session(None, self._proxies) as session:
            return automatic_dem(
                (grid.crs, grid.transform, grid.width, grid.height), product.identifier,
                self._settings.dem_cache_folder, session, self._url,
                progress=progress_reporter(feedback, 0, 100), is_cancelled=feedback.isCanceled,
            )
