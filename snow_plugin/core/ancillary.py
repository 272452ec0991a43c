"""Bring ancillary data (DEM, tree cover density, water mask), from any
GDAL-readable file in any CRS, onto the 20 m product grid."""

import math
from dataclasses import dataclass

import numpy as np
import rasterio
from rasterio.enums import MaskFlags, Resampling
from rasterio.warp import reproject, transform_bounds
from rasterio.windows import Window

from snow_plugin.core.errors import DemError, ProductError
from snow_plugin.core.i18n import tr


@dataclass
class WarpedRaster:
    values: np.ndarray  # float32, NaN where the source has no data
    nodata_value: float  # the source's nodata value (0 when it declares none)

    @property
    def valid(self):
        return ~np.isnan(self.values)


def open_on_grid(path, grid):
    """Open ``path`` after checking it can be warped onto ``grid``. (Messages
    name the file, not its role, so they read right in every language.)"""
    try:
        source = rasterio.open(path)
    except rasterio.errors.RasterioIOError as error:
        raise ProductError(tr("Cannot read {path}: it is not a raster GDAL can open.").format(path=path)) from error
    if source.crs is None:
        source.close()
        raise ProductError(tr("{path} has no coordinate reference system: assign one, then try again.").format(path=path))
    if not _overlaps(source, grid):
        source.close()
        raise DemError(
            tr("{path} does not cover the product: choose a file that overlaps it.").format(path=path)
        )
    return source


def nodata_value(source):
    """The value LIS sees where the source has no data (0 when none is declared)."""
    return float(source.nodata) if source.nodata is not None and np.isfinite(source.nodata) else 0.0


def warp_band(source, grid, resampling=Resampling.bilinear, threads=2):
    """Band 1 of the open ``source`` on ``grid`` (or a strip of it), float32,
    NaN for nodata. GDAL reads only the source window the grid needs.

    A source already on the grid (the automatic DEM is made on the product's
    grid) is read directly: at whole-pixel alignment the bilinear and
    nearest kernels give each pixel its own value, so the read equals the
    warp, nodata included, at a fraction of its cost."""
    window = aligned_window(source, grid) if resampling in (Resampling.bilinear, Resampling.nearest) else None
    if window is not None:
        return _read_aligned(source, window)
    values = np.full(grid.shape, np.nan, dtype=np.float32)
    reproject(
        rasterio.band(source, 1),
        values,
        src_nodata=source.nodata,
        dst_transform=grid.transform,
        dst_crs=grid.crs,
        dst_nodata=np.nan,
        resampling=resampling,
        num_threads=threads,
    )
    return values


def aligned_window(source, grid, tolerance=1e-6):
    """The window of ``source`` that is exactly ``grid`` (same CRS, same
    pixel size, a whole number of pixels apart), or None. A source whose
    band 1 has a mask (a .msk or internal mask, an alpha band) is left to
    GDAL's warper, which honours it; the read only knows the nodata value."""
    src, dst = source.transform, grid.transform
    if not set(source.mask_flag_enums[0]) <= {MaskFlags.all_valid, MaskFlags.nodata}:
        return None
    if source.crs != grid.crs or src.b or src.d or dst.b or dst.d:
        return None
    if not (math.isclose(src.a, dst.a, rel_tol=1e-9) and math.isclose(src.e, dst.e, rel_tol=1e-9)):
        return None
    col, row = (dst.c - src.c) / src.a, (dst.f - src.f) / src.e
    if abs(col - round(col)) > tolerance or abs(row - round(row)) > tolerance:
        return None
    return Window(round(col), round(row), grid.width, grid.height)


def _read_aligned(source, window):
    """``window`` of band 1 as float32, NaN for nodata and outside the source."""
    values = np.full((window.height, window.width), np.nan, dtype=np.float32)
    rows = (max(window.row_off, 0), min(window.row_off + window.height, source.height))
    cols = (max(window.col_off, 0), min(window.col_off + window.width, source.width))
    if rows[0] < rows[1] and cols[0] < cols[1]:
        inside = source.read(1, window=(rows, cols), out_dtype="float32")
        if source.nodata is not None:
            inside[inside == np.float32(source.nodata)] = np.nan
        values[rows[0] - window.row_off : rows[1] - window.row_off, cols[0] - window.col_off : cols[1] - window.col_off] = inside
    return values


def warp_to_grid(path, grid, resampling=Resampling.bilinear):
    """Warp band 1 of ``path`` onto ``grid`` as float32 with NaN for nodata."""
    with open_on_grid(path, grid) as source:
        return WarpedRaster(warp_band(source, grid, resampling), nodata_value(source))


def _overlaps(source, grid):
    left, bottom, right, top = transform_bounds(source.crs, grid.crs, *source.bounds, densify_pts=21)
    g_left, g_bottom, g_right, g_top = grid.bounds
    return left < g_right and right > g_left and bottom < g_top and top > g_bottom


def check_dem(path, grid):
    """The DEM's nodata value, after checking the DEM overlaps the product."""
    with open_on_grid(path, grid) as source:
        return nodata_value(source)


def load_tree_cover(path, grid):
    """Tree cover density (%) on the grid; >100 (or no data) is undefined."""
    tcd = warp_to_grid(path, grid, Resampling.nearest)
    return np.where(tcd.valid, tcd.values, 255).astype(np.float32)


def load_water_mask(path, grid):
    """Boolean water mask from a raster (non-zero = water) or a vector layer."""
    from osgeo import gdal

    gdal.UseExceptions()
    try:
        is_raster = gdal.OpenEx(str(path), gdal.OF_RASTER) is not None
    except RuntimeError:
        is_raster = False
    if is_raster:
        water = warp_to_grid(path, grid, Resampling.nearest)
        return water.valid & (water.values != 0)
    return _rasterize_vector(path, grid)


def _rasterize_vector(path, grid):
    from osgeo import gdal

    try:
        reprojected = gdal.VectorTranslate(
            "/vsimem/snow_plugin_water.gpkg", str(path), format="GPKG", dstSRS=grid.crs.to_wkt()
        )
    except RuntimeError as error:
        raise ProductError(
            tr("Cannot read the water mask {path}: give a raster or a vector layer.").format(path=path)
        ) from error
    target = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    target.SetGeoTransform(grid.transform.to_gdal())
    target.SetProjection(grid.crs.to_wkt())
    gdal.Rasterize(target, reprojected, burnValues=[1])
    water = target.GetRasterBand(1).ReadAsArray().astype(bool)
    reprojected = None
    gdal.Unlink("/vsimem/snow_plugin_water.gpkg")
    return water
