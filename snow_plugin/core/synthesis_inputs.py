"""The inputs of a snow-cover synthesis: which rasters, of which day and tile.

Accepted: our detection results (``<product>_SNOW.json`` or the
``<product>_SNW_R2.tif`` beside it), official Theia L2B-SNOW products
(``*_SNW_R2.tif``, 254 no data) and LIS >= 1.7 FSC products
(``LIS_S2-SNOW-FSC_<tile>_<date>...``), as files, folders or zips, mixed.
Every input must be of one tile and on one grid.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import rasterio

from snow_plugin.core.errors import ProductError
from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import parse_product_name
from snow_plugin.core.snow_inputs import SNW_SUFFIX, SUMMARY_SUFFIX, files_at, read_result, snow_rasters
from snow_plugin.core.snow_product import find_snow_rasters

FSC_NAME = re.compile(r"SNOW-FSC(?P<toc>-TOC)?_(?P<tile>T?\d{2}[A-Z]{3})_(?P<date>\d{8})")
# Kinds read; the lower rank is preferred within one product.
KIND_RANK = {"SNW_L2B": 0, "FSC": 0, "FSC_TOC": 1}


class SynthesisInputError(ProductError):
    """The inputs cannot make one synthesis (none, several tiles, grids, dates)."""


@dataclass(frozen=True)
class SnowInput:
    path: str  # GDAL path of the raster
    name: str  # file name, for messages
    day: date  # acquisition day (the time of day plays no part)
    tile: str  # e.g. T31TGK


def collect_inputs(inputs):
    """The SnowInputs of ``inputs``, in the order given (folders sorted)."""
    collected, seen = [], set()
    for item in inputs:
        for snow_input in _inputs_of(Path(item)):
            if snow_input.path not in seen:
                seen.add(snow_input.path)
                collected.append(snow_input)
    if not collected:
        raise SynthesisInputError(tr("No snow product was found in the inputs."))
    return collected


def _inputs_of(path):
    if path.is_file() and path.name.endswith(SUMMARY_SUFFIX):
        raster = read_result(path).raster
        return [_from_raster("SNW_L2B", str(raster), raster.name)]
    best = {}  # one raster per product: an FSC product's on-ground FSC, else its TOC
    for kind, gdal_path, name in _rasters_of(path):
        if kind in KIND_RANK:
            key = gdal_path.replace("SNOW-FSC-TOC_", "SNOW-FSC_")
            if key not in best or KIND_RANK[kind] < best[key][0]:
                best[key] = (KIND_RANK[kind], kind, gdal_path, name)
    return [_from_raster(kind, gdal_path, name) for _, kind, gdal_path, name in best.values()]


def _rasters_of(path):
    """The snow rasters of a file or zip (an error when it holds none), or of
    every file and zip in a folder, sorted."""
    if not path.is_dir():
        return find_snow_rasters(path)
    return snow_rasters(files_at(path, zips_in_folders=True))


def _from_raster(kind, gdal_path, name):
    if kind == "SNW_L2B":
        parsed = parse_product_name(name[: -len(SNW_SUFFIX)])
        return SnowInput(gdal_path, name, parsed.acquired.date(), _tile(parsed.tile))
    match = FSC_NAME.search(name)
    if not match:
        raise SynthesisInputError(tr("The date and tile of {name} cannot be read from its name.").format(name=name))
    return SnowInput(gdal_path, name, datetime.strptime(match["date"], "%Y%m%d").date(), _tile(match["tile"]))


def _tile(tile):
    return tile if tile.startswith("T") else "T" + tile


def check_one_tile(snow_inputs):
    """The tile of every input; SynthesisInputError naming the tiles otherwise."""
    tiles = Counter(snow_input.tile for snow_input in snow_inputs)
    if len(tiles) > 1:
        described = ", ".join(
            tr("{tile} (%n input(s), e.g. {name})", None, count).format(
                tile=tile, name=next(i.name for i in snow_inputs if i.tile == tile))
            for tile, count in tiles.most_common())
        raise SynthesisInputError(tr("The inputs are of different tiles: {tiles}. A synthesis is made on one tile: give the inputs of one tile.").format(
            tiles=described))
    return next(iter(tiles))


def check_one_grid(snow_inputs):
    """(crs, transform, width, height) shared by every input."""
    grid = None
    for snow_input in snow_inputs:
        try:
            with rasterio.open(snow_input.path) as dataset:
                this = (dataset.crs, dataset.transform, dataset.width, dataset.height)
        except rasterio.errors.RasterioIOError as error:
            raise SynthesisInputError(tr("{name} cannot be read ({error}).").format(name=snow_input.name, error=error)) from error
        if grid is None:
            grid, first = this, snow_input.name
        elif this != grid:
            raise SynthesisInputError(tr("{name} is not on the grid of {first}: every input must be on the same grid.").format(
                name=snow_input.name, first=first))
    return grid


def hydrological_year(day):
    """(1 September, 31 August) of the hydrological year containing ``day``."""
    start_year = day.year if day.month >= 9 else day.year - 1
    return date(start_year, 9, 1), date(start_year + 1, 8, 31)


def check_period(snow_inputs, start=None, end=None):
    """(start, end) of the period; the latest input's hydrological year by default."""
    default_start, default_end = hydrological_year(max(snow_input.day for snow_input in snow_inputs))
    start, end = start or default_start, end or default_end
    if end < start:
        raise SynthesisInputError(tr("The period ends ({end}) before it starts ({start}).").format(start=start, end=end))
    outside = [snow_input for snow_input in snow_inputs if not start <= snow_input.day <= end]
    if outside:
        raise SynthesisInputError(tr("Outside the period {start} – {end}: %n input(s) (e.g. {name}, {day}). Remove such inputs or widen the period.", None, len(outside)).format(
            start=start, end=end, name=outside[0].name, day=outside[0].day))
    return start, end
