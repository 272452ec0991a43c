"""Resamplings done with GDAL's warper, as LIS does with ``gdal.Warp``.

- green and red, 10 m -> 20 m, cubic; done strip by strip: each strip reads a
  source window with a margin wider than the cubic kernel (4 source pixels
  when downsampling by 2), so the result is identical to one whole warp;
- red_nn: the 20 m red down to ``floor(size / rf)`` pixels with bilinear
  (a tent filter of radius rf, nodata excluded), back with nearest neighbour.
"""

import math

import numpy as np
from rasterio.enums import Resampling
from rasterio.warp import reproject
from rasterio.windows import Window, from_bounds

from snow_plugin.core.definitions import REFLECTANCE_NODATA

# Source pixels read beyond a strip: the cubic kernel scaled for a factor-2
# downsampling reaches 4 source pixels; 16 leaves room for any grid offset.
CUBIC_MARGIN = 16


def source_window(dataset, strip_grid, margin=CUBIC_MARGIN):
    """The window of ``dataset`` covering ``strip_grid`` plus a margin."""
    window = from_bounds(*strip_grid.bounds, transform=dataset.transform)
    row_start = max(int(math.floor(window.row_off)) - margin, 0)
    row_stop = min(int(math.ceil(window.row_off + window.height)) + margin, dataset.height)
    return Window(0, row_start, dataset.width, max(row_stop - row_start, 0))


def warp_strip_cubic(dataset, strip_grid):
    """The 10 m band ``dataset`` resampled (cubic) onto a 20 m strip."""
    window = source_window(dataset, strip_grid)
    source = dataset.read(1, window=window)
    destination = np.zeros(strip_grid.shape, dtype=source.dtype)
    reproject(
        source,
        destination,
        src_transform=dataset.window_transform(window),
        src_crs=dataset.crs,
        src_nodata=dataset.nodata,
        dst_transform=strip_grid.transform,
        dst_crs=strip_grid.crs,
        dst_nodata=dataset.nodata,
        resampling=Resampling.cubic,
        num_threads=1,
    )
    return destination


def red_coarse_nearest(red, grid, resize_factor):
    """LIS's red_nn: bilinear down to floor(size/rf), nearest back to 20 m."""
    coarse_height = grid.height // resize_factor
    coarse_width = grid.width // resize_factor
    if coarse_height == 0 or coarse_width == 0:
        return np.full(red.shape, REFLECTANCE_NODATA, dtype=red.dtype)
    # Same extent, fewer pixels: the coarse pixel is size/floor(size/rf) wide.
    coarse_transform = grid.transform * grid.transform.scale(
        grid.width / coarse_width, grid.height / coarse_height
    )
    coarse = np.zeros((coarse_height, coarse_width), dtype=red.dtype)
    common = dict(src_crs=grid.crs, dst_crs=grid.crs, src_nodata=REFLECTANCE_NODATA, dst_nodata=REFLECTANCE_NODATA)
    reproject(
        red, coarse, src_transform=grid.transform, dst_transform=coarse_transform,
        resampling=Resampling.bilinear, num_threads=2, **common,
    )
    back = np.zeros(red.shape, dtype=red.dtype)
    reproject(
        coarse, back, src_transform=coarse_transform, dst_transform=grid.transform,
        resampling=Resampling.nearest, num_threads=2, **common,
    )
    return back
