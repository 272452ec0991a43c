"""A DEM already on the product grid is read, not warped: the read must
equal GDAL's bilinear warp (what LIS does) pixel for pixel, nodata and
the parts outside the DEM included."""

import numpy as np
import pytest
import rasterio
from rasterio.enums import Resampling
from rasterio.transform import from_origin
from rasterio.warp import reproject

from snow_plugin.core.ancillary import aligned_window, warp_band
from snow_plugin.core.grid import Grid

CRS = "EPSG:32631"
PIXEL = 20.0
WEST, NORTH = 600000.0, 5000000.0


def _write_dem(path, dtype, nodata, origin_shift=(0, 0), pixel=PIXEL, shape=(120, 100)):
    rng = np.random.default_rng(7)
    heights = (rng.random(shape) * 3000).astype(dtype)
    if nodata is None and np.dtype(dtype).kind == "f":
        heights[30:45, 20:50] = np.nan
    elif nodata is not None:
        heights[30:45, 20:50] = nodata
        heights[rng.random(shape) < 0.03] = nodata
    west, north = WEST + origin_shift[0] * PIXEL, NORTH - origin_shift[1] * PIXEL
    with rasterio.open(path, "w", driver="GTiff", height=shape[0], width=shape[1], count=1, dtype=dtype, crs=CRS,
                       transform=from_origin(west, north, pixel, pixel), nodata=nodata) as dataset:
        dataset.write(heights, 1)
    return path


def _gdal_bilinear(source, grid):
    values = np.full(grid.shape, np.nan, dtype=np.float32)
    reproject(rasterio.band(source, 1), values, src_nodata=source.nodata, dst_transform=grid.transform,
              dst_crs=grid.crs, dst_nodata=np.nan, resampling=Resampling.bilinear, num_threads=1)
    return values


PRODUCT = Grid(rasterio.crs.CRS.from_string(CRS), from_origin(WEST, NORTH, PIXEL, PIXEL), 110, 130)


@pytest.mark.parametrize("dtype, nodata", [("float32", -32767.0), ("int16", -32768), ("float32", None), ("uint16", None)])
@pytest.mark.parametrize("shift", [(0, 0), (-5, 8)])  # on the grid, or starting 5 px west and 8 px south of it
def test_aligned_dem_read_equals_the_bilinear_warp(tmp_path, dtype, nodata, shift):
    path = _write_dem(tmp_path / "dem.tif", dtype, nodata, origin_shift=shift)
    with rasterio.open(path) as source:
        for start, stop in ((0, 40), (40, 97), (97, 130)):  # strips, the last one partly below the DEM
            strip = PRODUCT.strip(start, stop)
            assert aligned_window(source, strip) is not None
            read = warp_band(source, strip, threads=1)
            assert read.dtype == np.float32 and read.shape == strip.shape
            np.testing.assert_array_equal(read, _gdal_bilinear(source, strip))  # NaN where both are NaN
            assert np.isnan(read).any()  # nodata, holes or the parts off the DEM are there to compare


def test_misaligned_or_other_resolution_dem_is_warped(tmp_path):
    half = _write_dem(tmp_path / "half.tif", "float32", -32767.0, origin_shift=(0.5, 0))
    coarse = _write_dem(tmp_path / "coarse.tif", "float32", -32767.0, pixel=30.0)
    for path in (half, coarse):
        with rasterio.open(path) as source:
            assert aligned_window(source, PRODUCT) is None
            np.testing.assert_array_equal(warp_band(source, PRODUCT, threads=1), _gdal_bilinear(source, PRODUCT))


def test_dem_in_another_crs_is_warped(tmp_path):
    path = _write_dem(tmp_path / "dem.tif", "float32", None)
    other = Grid(rasterio.crs.CRS.from_epsg(32632), PRODUCT.transform, PRODUCT.width, PRODUCT.height)
    with rasterio.open(path) as source:
        assert aligned_window(source, other) is None


def test_dem_with_a_mask_is_left_to_the_warper(tmp_path):
    """A mask (here internal, no nodata value) hides pixels the read would take for heights."""
    path = _write_dem(tmp_path / "masked.tif", "float32", None)
    with rasterio.Env(GDAL_TIFF_INTERNAL_MASK=True):
        with rasterio.open(path, "r+") as dataset:
            mask = np.full((dataset.height, dataset.width), 255, np.uint8)
            mask[60:80, 10:40] = 0
            dataset.write_mask(mask)
    with rasterio.open(path) as source:
        assert aligned_window(source, PRODUCT) is None
        values = warp_band(source, PRODUCT, threads=1)
        np.testing.assert_array_equal(values, _gdal_bilinear(source, PRODUCT))
        assert np.isnan(values[60:80, 10:40]).all()
