"""A DEM on any product grid from the Copernicus DEM GLO-30.

GLO-30 is public (no account) and cut into 1 degree cells, one Cloud
Optimized GeoTIFF each, named after the cell's south-west corner. Tiles are
downloaded once into a cache; a cell without a tile (404) is ocean, height 0,
and is remembered with an empty ``<name>.ocean`` marker so it is not asked
for again. The tiles are mosaicked through a VRT and warped onto the grid.
"""

import logging
import math
import os
import tempfile
from pathlib import Path

import numpy as np
import rasterio
import requests
from osgeo import gdal
from rasterio.enums import Resampling
from rasterio.errors import RasterioIOError
from rasterio.transform import array_bounds, from_origin
from rasterio.warp import reproject, transform_bounds

from snow_plugin.core.errors import DemError
from snow_plugin.core.geodes.http import raise_if_cancelled
from snow_plugin.core.i18n import tr

LOGGER = logging.getLogger("snow_plugin")

DEM_ATTRIBUTION = (
    "Copernicus DEM GLO-30, © DLR e.V. 2010-2014 and © Airbus Defence and Space GmbH 2014-2018, "
    "provided under COPERNICUS by the European Union and ESA"
)
DEM_NODATA = -32768.0
OCEAN_HEIGHT = 0.0
DOWNLOAD_CHUNK = 1024 * 1024
TIMEOUT = (15, 120)  # (connect, read) seconds


def dem_cells(bounds_lonlat):
    """(lat, lon) south-west corners of the 1 degree cells touching ``(west, south, east, north)``.

    South to north, then west to east. A box with ``west > east`` crosses the
    antimeridian.
    """
    west, south, east, north = bounds_lonlat
    lats = _degree_range(max(south, -90.0), min(north, 90.0))
    if west > east:
        lons = _degree_range(west, 180.0) + _degree_range(-180.0, east)
    else:
        lons = _degree_range(west, east)
    return [(lat, lon) for lat in lats for lon in lons]


def _degree_range(low, high):
    # A bound on a whole degree does not pull in the next cell.
    first = math.floor(low)
    return list(range(first, max(math.ceil(high), first + 1)))


def tile_name(lat, lon):
    return "Copernicus_DSM_COG_10_{}{:02d}_00_{}{:03d}_00_DEM".format(
        "N" if lat >= 0 else "S", abs(lat), "E" if lon >= 0 else "W", abs(lon)
    )


def dem_tile_names(bounds_lonlat):
    return [tile_name(lat, lon) for lat, lon in dem_cells(bounds_lonlat)]


def fetch_dem(bounds_lonlat, cache_dir, session, base_url, progress=None, is_cancelled=None):
    """The cached GeoTIFF paths of the land tiles covering the box, downloading missing ones.

    Ocean cells get a marker and no path (see ``cached_ocean_cells``). A box without
    any land tile is refused: more likely a wrong ``base_url`` than a snowy
    sea, and markers written then would poison the cache.
    ``progress(percent)`` counts cells.
    """
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    names = dem_tile_names(bounds_lonlat)
    tiles, new_ocean = [], []
    for done, name in enumerate(names, start=1):
        raise_if_cancelled(is_cancelled, tr("The DEM download was cancelled."))
        tile = cache_dir / f"{name}.tif"
        if tile.exists():
            tiles.append(tile)
        elif not _ocean_marker(cache_dir, name).exists():
            url = f"{base_url.rstrip('/')}/{name}/{name}.tif"
            if _download_tile(session, url, tile, is_cancelled):
                tiles.append(tile)
            else:
                new_ocean.append(name)
        if progress:
            progress(100.0 * done / len(names))
    if not tiles:
        raise DemError(
            tr("No Copernicus DEM tile covers this area (%n cell(s) not found). Check the DEM address.", None, len(names))
        )
    for name in new_ocean:
        _ocean_marker(cache_dir, name).touch()
    return tiles


def cached_ocean_cells(bounds_lonlat, cache_dir):
    """The (lat, lon) cells of the box recorded as ocean by ``fetch_dem``."""
    return [cell for cell in dem_cells(bounds_lonlat) if _ocean_marker(Path(cache_dir), tile_name(*cell)).exists()]


def _ocean_marker(cache_dir, name):
    return cache_dir / f"{name}.ocean"


def _download_tile(session, url, tile, is_cancelled):
    """Save the tile at ``url``; False when there is none (ocean)."""
    try:
        with session.get(url, stream=True, timeout=TIMEOUT) as response:
            if response.status_code == 404:
                LOGGER.info("No Copernicus DEM tile at %s: ocean, height 0.", url)
                return False
            if response.status_code != 200:
                raise DemError(
                    tr("The Copernicus DEM server answered HTTP {status} for {tile}. Try again later.").format(
                        status=response.status_code, tile=tile.name
                    )
                )
            _save_atomically(response, tile, is_cancelled)
            return True
    except requests.RequestException as error:
        # urllib3's wording (pools, retries, errno) is for the log, not for the user.
        LOGGER.warning("Copernicus DEM download of %s failed: %s", url, error)
        reason = tr("no answer in time") if isinstance(error, requests.Timeout) else tr("no connection")
        raise DemError(
            tr("The Copernicus DEM tile {tile} could not be downloaded ({reason}). Check the network.").format(
                tile=tile.name, reason=reason
            )
        ) from error


def _save_atomically(response, tile, is_cancelled):
    # A name of its own per download: two tasks may fetch the same tile at once.
    handle, part_name = tempfile.mkstemp(dir=tile.parent, prefix=tile.stem, suffix=".tif.part")
    part = Path(part_name)
    try:
        with os.fdopen(handle, "wb") as sink:
            for chunk in response.iter_content(DOWNLOAD_CHUNK):
                raise_if_cancelled(is_cancelled, tr("The DEM download was cancelled."))
                sink.write(chunk)
        expected = response.headers.get("Content-Length")
        if expected is not None and part.stat().st_size != int(expected):
            raise DemError(tr("The DEM tile {tile} arrived incomplete. Try again.").format(tile=tile.name))
        os.replace(part, tile)
    finally:
        part.unlink(missing_ok=True)


def build_dem_for_grid(tile_paths, dst_crs, dst_transform, width, height, out_path, ocean_cells=()):
    """Warp the tiles (bilinear) onto the grid; ocean cells are 0, the rest without data is nodata.

    Writes a float32 GeoTIFF (DEFLATE, tiled) through a temporary name.
    """
    heights = np.full((height, width), DEM_NODATA, dtype=np.float32)
    warp_options = dict(
        destination=heights, dst_crs=dst_crs, dst_transform=dst_transform, dst_nodata=DEM_NODATA, init_dest_nodata=False
    )
    if ocean_cells:
        _paint_ocean(ocean_cells, warp_options)
    if tile_paths:
        _warp_tiles(tile_paths, warp_options)
    _write_dem(heights, dst_crs, dst_transform, Path(out_path))
    return Path(out_path)


def _warp_tiles(tile_paths, warp_options):
    with tempfile.TemporaryDirectory() as folder:
        mosaic = str(Path(folder) / "mosaic.vrt")
        try:
            # North of 50 degrees tiles have fewer columns: keep the finest spacing.
            options = gdal.BuildVRTOptions(resolution="highest", resampleAlg="bilinear")
            vrt = gdal.BuildVRT(mosaic, [str(path) for path in tile_paths], options=options)
            if vrt is None:
                raise RasterioIOError(gdal.GetLastErrorMsg())
            del vrt  # closing the dataset writes the VRT file
            with rasterio.open(mosaic) as source:
                reproject(rasterio.band(source, 1), resampling=Resampling.bilinear, **warp_options)
        except RasterioIOError as error:
            raise DemError(
                tr("The DEM tiles in {folder} cannot be read ({reason}). Delete them and try again.").format(
                    folder=Path(tile_paths[0]).parent, reason=error
                )
            ) from error


def _paint_ocean(cells, warp_options):
    # One pixel per degree cell, aligned on whole degrees: the cell edges are exact.
    lats, lons = [lat for lat, _ in cells], [lon for _, lon in cells]
    south, west, north, east = min(lats), min(lons), max(lats) + 1, max(lons) + 1
    grid = np.full((north - south, east - west), DEM_NODATA, dtype=np.float32)
    for lat, lon in cells:
        grid[north - 1 - lat, lon - west] = OCEAN_HEIGHT
    reproject(
        grid, src_transform=from_origin(west, north, 1.0, 1.0), src_crs="EPSG:4326", src_nodata=DEM_NODATA,
        resampling=Resampling.nearest, **warp_options,
    )


def _write_dem(heights, crs, transform, out_path):
    profile = dict(
        driver="GTiff", dtype="float32", count=1, width=heights.shape[1], height=heights.shape[0], crs=crs,
        transform=transform, nodata=DEM_NODATA, compress="deflate", predictor=3, tiled=True,
        blockxsize=256, blockysize=256,
    )
    part = out_path.with_name(out_path.name + ".part")
    try:
        with rasterio.open(part, "w", **profile) as dem:
            dem.write(heights, 1)
            dem.update_tags(SOURCE=DEM_ATTRIBUTION)
        os.replace(part, out_path)
    finally:
        part.unlink(missing_ok=True)


def dem_for_product(product_grid, cache_dir, session, base_url, out_path, progress=None, is_cancelled=None):
    """Download (or reuse) the GLO-30 tiles under a product and write its DEM at ``out_path``.

    ``product_grid`` is ``(crs, transform, width, height)``.
    """
    crs, transform, width, height = product_grid
    bounds_lonlat = transform_bounds(crs, "EPSG:4326", *array_bounds(height, width, transform), densify_pts=21)
    tiles = fetch_dem(bounds_lonlat, cache_dir, session, base_url, progress, is_cancelled)
    return build_dem_for_grid(
        tiles, crs, transform, width, height, out_path, ocean_cells=cached_ocean_cells(bounds_lonlat, cache_dir)
    )
