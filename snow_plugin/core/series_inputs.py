"""The snow maps of a season, found in files, folders and zips.

Three kinds of product can make up a series (mixed is fine): our detection
results (``<product>_SNOW.json`` and the ``<product>_SNW_R2.tif`` beside it,
whose snowline zs the series reports), Theia's L2B-SNOW products of
LIS <= 1.6 (``*_SNW_R2.tif``, 254 no data) and the FSC products of
LIS >= 1.7 (``LIS_S2-SNOW-FSC_<tile>_<date>_...tif``, 1-100 snow). Their
codes share one reading: 0 no snow, 1-100 snow, 205 cloud, anything else no
data (see :func:`snow_plugin.core.timeseries.decode`).
"""

import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from snow_plugin.core.product_names import OUTPUT_SUFFIXES
from snow_plugin.core.errors import ProductError
from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import date_from_name, tile_from_name
from snow_plugin.core.snow_product import raster_kind

SNW_SUFFIX = OUTPUT_SUFFIXES["SNW"]
SUMMARY_SUFFIX = OUTPUT_SUFFIXES["METADATA"]
SERIES_KINDS = ("SNW_L2B", "FSC")  # the rasters of a product that carry its snow map


@dataclass(frozen=True)
class SeriesProduct:
    name: str
    acquired: date
    tile: str
    raster: str  # a GDAL path (plain file or /vsizip/)
    snowline_elevation: float = None  # zs, our detection results only


def _from_summary(path):
    try:
        summary = json.loads(Path(path).read_text(encoding="utf-8"))
        product = summary["product"]
        acquired = date.fromisoformat(str(summary["acquired"])[:10])
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise ProductError(
            tr("{path} is not a snow summary written by the snow detection ({error}).").format(path=path, error=error)
        ) from error
    raster = Path(path).with_name(product + SNW_SUFFIX)
    if not raster.exists():
        raise ProductError(
            tr("The snow classification {raster} of the summary {path} is missing.").format(raster=raster, path=path)
        )
    zs = summary.get("snowline_elevation")
    return SeriesProduct(product, acquired, summary.get("tile") or tile_from_name(product), str(raster),
                         float(zs) if isinstance(zs, (int, float)) and not isinstance(zs, bool) else None)


def _from_raster(gdal_path, file_name):
    name = PurePosixPath(file_name).name
    acquired = date_from_name(name)
    if acquired is None:
        raise ProductError(tr("No acquisition date can be read in the name of {name}.").format(name=name))
    identifier = name[: -len(SNW_SUFFIX)] if name.endswith(SNW_SUFFIX) else Path(name).stem
    return SeriesProduct(identifier, acquired, tile_from_name(name), gdal_path)


def _members(path):
    """(GDAL path, file name) of every file at ``path``."""
    if path.is_dir():
        return [(str(p), p.name) for p in sorted(path.rglob("*")) if p.is_file()]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return [(f"/vsizip/{path}/{name}", name) for name in sorted(archive.namelist()) if not name.endswith("/")]
    return [(str(path), path.name)]


def _products_at(path):
    path = Path(path)
    if not path.exists():
        raise ProductError(tr("The product {path} does not exist.").format(path=path))
    members = _members(path)
    summaries = [gdal_path for gdal_path, name in members if name.endswith(SUMMARY_SUFFIX) and not gdal_path.startswith("/vsizip/")]
    products = [_from_summary(summary) for summary in summaries]
    ours = {product.raster for product in products}
    for gdal_path, name in members:
        if gdal_path in ours or raster_kind(name) not in SERIES_KINDS:
            continue
        if name.endswith(SNW_SUFFIX) and not gdal_path.startswith("/vsizip/"):
            beside = Path(gdal_path).with_name(PurePosixPath(name).name[: -len(SNW_SUFFIX)] + SUMMARY_SUFFIX)
            if beside.exists():  # our result given by its raster: its summary gives zs
                products.append(_from_summary(beside))
                continue
        products.append(_from_raster(gdal_path, name))
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
