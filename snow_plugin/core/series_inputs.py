"""The snow maps of a season, found in files, folders and zips.

Three kinds of product can make up a series (mixed is fine): our detection
results (``<product>_SNOW.json`` and the ``<product>_SNW_R2.tif`` beside it,
whose snowline zs the series reports), Theia's L2B-SNOW products of
LIS <= 1.6 (``*_SNW_R2.tif``, 254 no data) and the FSC products of
LIS >= 1.7 (``LIS_S2-SNOW-FSC_<tile>_<date>_...tif``, 1-100 snow). Their
codes share one reading: 0 no snow, 1-100 snow, 205 cloud, anything else no
data (see :func:`snow_plugin.core.timeseries.decode`).
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from snow_plugin.core.errors import ProductError
from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import date_from_name, tile_from_name
from snow_plugin.core.snow_inputs import SNW_SUFFIX, files_at, read_result, snow_rasters, summaries, summary_beside

SERIES_KINDS = ("SNW_L2B", "FSC")  # the rasters of a product that carry its snow map


@dataclass(frozen=True)
class SeriesProduct:
    name: str
    acquired: date
    tile: str
    raster: str  # a GDAL path (plain file or /vsizip/)
    snowline_elevation: float = None  # zs, our detection results only


def _from_summary(path):
    result = read_result(path)
    return SeriesProduct(result.product, result.acquired, result.tile, str(result.raster), result.snowline_elevation)


def _from_raster(gdal_path, file_name):
    name = PurePosixPath(file_name).name
    acquired = date_from_name(name)
    if acquired is None:
        raise ProductError(tr("No acquisition date can be read in the name of {name}.").format(name=name))
    identifier = name[: -len(SNW_SUFFIX)] if name.endswith(SNW_SUFFIX) else Path(name).stem
    return SeriesProduct(identifier, acquired, tile_from_name(name), gdal_path)


def _products_at(path):
    files = files_at(path)
    products = [_from_summary(summary) for summary in summaries(files)]
    ours = {product.raster for product in products}
    for kind, gdal_path, name in snow_rasters(files):
        if gdal_path in ours or kind not in SERIES_KINDS:
            continue
        beside = summary_beside(gdal_path)
        # Our result given by its raster: its summary gives zs.
        products.append(_from_summary(beside) if beside else _from_raster(gdal_path, name))
    return products


def find_series_products(paths):
    """Every snow map at ``paths`` (files, folders or zips), sorted by date
    then name, each raster once. ProductError when there is none."""
    found = {}
    for path in paths:
        for product in _products_at(path):
            found.setdefault(product.raster, product)
    if not found:
        raise ProductError(
            tr("No snow map (*_SNOW.json, *_SNW_R2.tif or LIS_S2-SNOW-FSC_*.tif) was found in the inputs.")
        )
    return sorted(found.values(), key=lambda product: (product.acquired, product.name))
