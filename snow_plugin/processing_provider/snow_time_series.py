"""``theiasnow:snowtimeseries``: a basin's snow cover through a season, one
CSV row per acquisition date (core.timeseries), with an optional PNG chart;
loaded into a project, the table opens the season's window."""

import json
import os
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from snow_plugin.core.errors import OutputError, SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.core.series_inputs import find_series_products
from snow_plugin.core.timeseries import (
    check_destinations,
    compute_series,
    series_csv,
    series_rows,
    write_text_atomically,
)
from snow_plugin.processing_provider import shared_parameters
from snow_plugin.processing_provider.shared_parameters import overwrite_parameter
from snow_plugin.processing_provider.base import SnowDetectionAlgorithm
from snow_plugin.processing_provider.season_results import queue_series_table
from snow_plugin.toolbelt.basin import basin_union
from snow_plugin.toolbelt.qgis_compat import DATE_ONLY, NUMBER_DOUBLE, SOURCE_FILE, SOURCE_POLYGON
from snow_plugin.toolbelt.season_chart import season_chart_image


class SnowTimeSeriesAlgorithm(SnowDetectionAlgorithm):
    INPUTS = "INPUTS"
    BASIN = "BASIN"
    DEM = "DEM"
    BAND_HEIGHT = "BAND_HEIGHT"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    OVERWRITE = shared_parameters.OVERWRITE
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_CHART = "OUTPUT_CHART"

    def __init__(self):
        super().__init__()
        self._csv_path = None

    def name(self):
        return "snowtimeseries"

    def displayName(self):
        return tr("Snow time series over a basin")

    def help_paragraphs(self):
        return (
            tr("The snow cover of a basin through a season: one CSV row per acquisition date, sorted by date, with the basin area, the areas of valid, clear, cloudy, snow-covered and snow-free pixels, the snow share of the clear pixels, the cloud share of the valid pixels and the snowline zs of our detection results (empty for other products)."),
            tr("Inputs, mixed at will: results of the snow detection (*_SNOW.json or *_SNW_R2.tif), Theia L2B-SNOW products (254 is no data) and Let-It-Snow 1.7+ FSC products (a pixel of 1–100 % counts as snow), as files, folders or zips. Every product must be on one grid (same CRS, pixel size and alignment, as the Sentinel-2 tiles of one UTM zone); products of the same date on neighbouring tiles are merged, their overlap counted once."),
            tr("The basin is the union of the polygon layer's features (default: the products' whole footprint); its part outside every footprint is left out. With a DEM, one column per elevation band gives the snow share of the band's clear pixels. Areas come from the products' pixel size (20 m: 0.0004 km²). Products outside the optional period are left out."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUTS, tr("Snow products or results (files, folders or zips)"), SOURCE_FILE))
        self.addParameter(QgsProcessingParameterFeatureSource(self.BASIN, tr("Basin (polygons)"), [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("Digital elevation model"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BAND_HEIGHT, tr("Elevation band height (m)"), NUMBER_DOUBLE, 100.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterDateTime(self.START_DATE, tr("From date"), DATE_ONLY, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.END_DATE, tr("To date (inclusive)"), DATE_ONLY, optional=True))
        self.addParameter(overwrite_parameter())
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, tr("Time series table"), tr("CSV files (*.csv)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, tr("Time series chart"), tr("PNG images (*.png)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("DATES", tr("Number of acquisition dates")))

    def processAlgorithm(self, parameters, context, feedback):
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        chart_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context) or None
        try:
            check_destinations([csv_path, chart_path], self.parameterAsBoolean(parameters, self.OVERWRITE, context))
            products = find_series_products(self.parameterAsFileList(parameters, self.INPUTS, context))
            feedback.pushInfo(tr("%n snow map(s) found.", None, len(products)))
            basin, basin_crs = self._basin(parameters, context)
            dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
            result = compute_series(
                products, basin=basin, basin_crs=basin_crs, dem_path=dem.source() if dem else None,
                band_height=self.parameterAsDouble(parameters, self.BAND_HEIGHT, context),
                start=self.parameter_as_day(parameters, self.START_DATE, context),
                end=self.parameter_as_day(parameters, self.END_DATE, context),
                feedback=feedback,
            )
            _write_outputs(series_csv(result), csv_path, chart_path)
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from error
        self._csv_path = csv_path
        return {self.OUTPUT_CSV: csv_path, self.OUTPUT_CHART: chart_path, "DATES": len(result.rows)}

    def postProcessAlgorithm(self, context, feedback):
        if self._csv_path:
            queue_series_table(context, self._csv_path)
        return {}

    def _basin(self, parameters, context):
        """(GeoJSON mapping of the union of the features, CRS WKT), or (None, None)."""
        source = self.parameterAsSource(parameters, self.BASIN, context)
        if source is None:
            return None, None
        union = basin_union(source)
        crs = source.sourceCrs()
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        return json.loads(union.asJson()), crs.authid() or crs.toWkt()



def _write_outputs(text, csv_path, chart_path):
    """The chart is painted to a .part first, the CSV written, then the chart
    renamed: a failure leaves neither new file nor a .part."""
    if not chart_path:
        write_text_atomically(csv_path, text)
        return
    part = Path(chart_path + ".part")
    try:
        part.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(tr("Cannot write {path} ({error}).").format(path=chart_path, error=error.strerror or error)) from error
    if not season_chart_image(series_rows(text)).save(str(part), "PNG"):
        part.unlink(missing_ok=True)
        raise OutputError(tr("Cannot write {path}: check the folder permissions.").format(path=chart_path))
    try:
        write_text_atomically(csv_path, text)
    except OutputError:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, chart_path)
