"""The resamplings equal GDAL's own warps, whole or strip by strip."""

import numpy as np
import pytest
from affine import Affine
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.warp import reproject

from snow_plugin.core.grid import Grid
from snow_plugin.core.resample import RedCoarse

UTM31 = CRS.from_epsg(32631)


@pytest.mark.parametrize("height,width,factor", [(120, 96, 12), (100, 131, 12), (77, 53, 8), (250, 251, 7)])
def test_red_coarse_nearest_step_equals_gdal_nearest(height, width, factor):
    rng = np.random.default_rng(height)
    red = rng.integers(-200, 9000, size=(height, width)).astype(np.int16)
    red[:5, :9] = -10000
    grid = Grid(UTM31, Affine(20, 0, 600000, 0, -20, 5000000), width, height)
    red_coarse = RedCoarse(red, grid, factor)
    coarse_height, coarse_width = red_coarse.coarse.shape
    assert (coarse_height, coarse_width) == (height // factor, width // factor)
    coarse_transform = grid.transform * Affine.scale(width / coarse_width, height / coarse_height)
    expected = np.zeros_like(red)
    reproject(
        red_coarse.coarse, expected, src_transform=coarse_transform, dst_transform=grid.transform,
        src_crs=UTM31, dst_crs=UTM31, src_nodata=-10000, dst_nodata=-10000, resampling=Resampling.nearest,
    )
    np.testing.assert_array_equal(red_coarse.rows(0, height), expected)
    np.testing.assert_array_equal(red_coarse.rows(13, 40), expected[13:40])
