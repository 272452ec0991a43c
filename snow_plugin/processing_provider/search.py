"""``theiasnow:search``: find Theia products on GEODES and write their
footprints (EPSG:4326) with every catalogue field as an attribute."""

import json

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from snow_plugin.core.errors import CancelledError, CatalogueError, SnowPluginError
from snow_plugin.core.geodes.client import GeodesClient
from snow_plugin.core.hydroweb.client import HydrowebClient
from snow_plugin.core.hydroweb.config import FSC
from snow_plugin.core.i18n import tr
from snow_plugin.processing_provider.base import CatalogueAlgorithm, progress_reporter
from snow_plugin.toolbelt.basin import basin_union
from snow_plugin.toolbelt.lists import split_list
from snow_plugin.toolbelt.qgis_compat import DATE_ONLY, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POLYGON
from snow_plugin.toolbelt.record_fields import FOOTPRINT_TYPE, record_feature, record_fields
from snow_plugin.toolbelt.network import catalogue_config, catalogue_session
from snow_plugin.toolbelt.hydroweb_credentials import hydroweb_config_and_session

COLLECTION_KEYS = ("L2A", "SNOW")  # keys of "collections" in resources/geodes.json
HYDROWEB_FSC = len(COLLECTION_KEYS)  # the third choice: LIS >= 1.7 FSC on hydroweb.next
WGS84 = "EPSG:4326"


class SearchAlgorithm(CatalogueAlgorithm):
    COLLECTION = "COLLECTION"
    TILES = "TILES"
    EXTENT = "EXTENT"
    BASIN = "BASIN"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    MAX_CLOUD = "MAX_CLOUD"
    PLATFORM = "PLATFORM"
    LATEST_ONLY = "LATEST_ONLY"
    MAX_RECORDS = "MAX_RECORDS"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def __init__(self):
        super().__init__()
        self._config = None
        self._session = None

    def name(self):
        return "search"

    def displayName(self):
        return tr("Search Theia products (GEODES)")

    def help_paragraphs(self):
        return (
            tr("Searches the CNES GEODES catalogue for Theia Sentinel-2 L2A products (MAJA surface reflectance) or Theia Snow products, by MGRS tile or by area, date range, cloud cover and platform."),
            tr("Give one or several tiles (e.g. T31TCH, T32TLR; comma separated) or an extent (any CRS; it is converted to longitude/latitude). Dates are inclusive. A maximum cloud cover of 100 % keeps every product."),
            tr("The output layer holds the footprints, with every catalogue field as an attribute: identifier, collection, tile, acquisition time (UTC), cloud and snow cover (%), quicklook and download URLs, size (bytes), MD5, online flag, version, latest flag and platform. Select features in it and run 'Download Theia products' on the selection."),
            tr("Searching needs no API key. An empty result for a tile usually means that Theia does not produce that tile: a warning says so. The GEODES address can be changed in the plugin settings or with the THEIA_SNOW_GEODES_URL environment variable."),
            tr("Theia Snow FSC (LIS >= 1.7): the current snow products (fractional snow cover, collection LIS_FSC_PREOP) are served by a second catalogue, hydroweb.next, which needs its own API key even to search (create it in your hydroweb.next user settings; it is kept in the QGIS authentication database, or read from the HYDROWEB_API_KEY environment variable). A season over a basin: give its tiles, its extent or its polygons (Basin) and the season's first and last days."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterEnum(
                self.COLLECTION, tr("Collection"), [tr("Sentinel-2 L2A (surface reflectance)"), tr("Theia Snow (L2B)"), tr("Theia Snow FSC (LIS >= 1.7)")],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TILES, tr("MGRS tiles (comma separated)"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Area"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BASIN, tr("Basin (polygons: products touching their union)"), [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.START_DATE, tr("From date"), DATE_ONLY, optional=True))
        self.addParameter(
            QgsProcessingParameterDateTime(self.END_DATE, tr("To date (inclusive)"), DATE_ONLY, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CLOUD, tr("Maximum cloud cover (%)"), NUMBER_DOUBLE, 100, False, 0, 100
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.PLATFORM, tr("Platform (e.g. S2A, S2B; empty for all)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.LATEST_ONLY, tr("Latest version of each product only"), True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_RECORDS, tr("Maximum number of products"), NUMBER_INTEGER, 500, False, 1, 10000
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Products found"), SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Number of products found")))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        if not self._tiles(parameters, context) and not self._has_extent(parameters) and parameters.get(self.BASIN) in (None, ""):
            return False, tr("Give at least one tile (e.g. T31TCH) or an area to search in.")
        start, end = self.parameter_as_day(parameters, self.START_DATE, context), self.parameter_as_day(parameters, self.END_DATE, context)
        if start and end and start > end:
            return False, tr("The start date is after the end date.")
        return True, ""

    def prepareAlgorithm(self, parameters, context, feedback):
        # Settings, proxy and key are read on the main thread; searching GEODES
        # needs no key, hydroweb.next needs its own.
        if self.parameterAsEnum(parameters, self.COLLECTION, context) == HYDROWEB_FSC:
            self._config, self._session = hydroweb_config_and_session()
        else:
            self._config = catalogue_config()
            self._session = catalogue_session(with_key=False, config=self._config)
        return True

    def processAlgorithm(self, parameters, context, feedback):
        max_cloud = self.parameterAsDouble(parameters, self.MAX_CLOUD, context)
        choice = self.parameterAsEnum(parameters, self.COLLECTION, context)
        collection = FSC if choice == HYDROWEB_FSC else COLLECTION_KEYS[choice]
        client_class = HydrowebClient if choice == HYDROWEB_FSC else GeodesClient
        try:
            with client_class(self._config, self._session) as client:
                result = client.search(
                    collection,
                    tiles=self._tiles(parameters, context),
                    bbox=self._bbox(parameters, context),
                    geometry=self._basin(parameters, context),
                    start=self.parameter_as_day(parameters, self.START_DATE, context),
                    end=self.parameter_as_day(parameters, self.END_DATE, context),
                    max_cloud=max_cloud if max_cloud < 100 else None,
                    platform=self.parameterAsString(parameters, self.PLATFORM, context).strip() or None,
                    latest_only=self.parameterAsBoolean(parameters, self.LATEST_ONLY, context),
                    max_records=self.parameterAsInt(parameters, self.MAX_RECORDS, context),
                    progress=progress_reporter(feedback, 0, 90),
                    is_cancelled=feedback.isCanceled,
                )
        except CancelledError:
            return {}
        except CatalogueError as error:
            raise QgsProcessingException(str(error)) from None
        finally:
            self._session.close()
        for warning in result.warnings:
            feedback.pushWarning(warning)

        fields = record_fields()
        sink, destination = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, FOOTPRINT_TYPE, QgsCoordinateReferenceSystem(WGS84)
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for record in result.records:
            sink.addFeature(record_feature(record, fields), QgsFeatureSink.Flag.FastInsert)
        feedback.setProgress(100)
        feedback.pushInfo(
            tr("%n product(s) found ({matched} in the catalogue).", None, len(result.records)).format(
                matched=result.matched
            )
        )
        return {self.OUTPUT: destination, self.COUNT: len(result.records)}

    def _tiles(self, parameters, context):
        return split_list(self.parameterAsString(parameters, self.TILES, context) or "")

    def _has_extent(self, parameters):
        return parameters.get(self.EXTENT) not in (None, "")

    def _bbox(self, parameters, context):
        if not self._has_extent(parameters):
            return None
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, QgsCoordinateReferenceSystem(WGS84))
        if extent.isNull() or extent.isEmpty():
            return None
        return (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())

    def _basin(self, parameters, context):
        """The union of the basin's polygons as GeoJSON in EPSG:4326, or None."""
        source = self.parameterAsSource(parameters, self.BASIN, context)
        if source is None:
            return None
        try:
            union = basin_union(source)
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from None
        to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(WGS84), context.transformContext())
        union.transform(to_wgs84)
        return json.loads(union.asJson(6))

