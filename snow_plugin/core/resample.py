"""Resamplings done with GDAL's warper, as LIS does with ``gdal.Warp``.

- green and red, 10 m -> 20 m, cubic; done strip by strip: each strip reads a
  source window with a margin wider than the cubic kernel (4 source pixels
  when downsampling by 2), so the result is identical to one whole warp.
  When the 20 m grid halves the 10 m one exactly (a MUSCATE tile), numpy
  does it instead (decimate.py), bit for bit as GDAL and several times faster;
- red_nn: the 20 m red down to ``floor(size / rf)`` pixels with bilinear
  (a tent filter of radius rf, nodata excluded), back with nearest neighbour.
"""

import math
import warnings

import numpy as np
from rasterio.enums import Resampling
from rasterio.errors import NotGeoreferencedWarning
from rasterio.warp import reproject
from rasterio.windows import Window, from_bounds

from snow_plugin.core.decimate import cubic_halving, halving_offset, source_rows
from snow_plugin.core.definitions import REFLECTANCE_NODATA

# rasterio 1.3 sometimes warns that the temporary in-memory source of a warp
# run in a worker thread "has no geotransform", although every warp here
# passes one explicitly: the warning is spurious.
warnings.filterwarnings("ignore", category=NotGeoreferencedWarning, module="rasterio.warp")

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
    """The 10 m band ``dataset`` resampled (cubic) onto a 20 m strip.

    -10000 is the nodata of every MUSCATE reflectance band, whatever the
    file's tags say (genuine files carry none): LIS declares it to
    ``gdal.Warp``, so it never bleeds into the pixels along a swath edge."""
    offset = halving_offset(dataset, strip_grid)
    if offset is None:
        return gdal_warp_strip_cubic(dataset, strip_grid)
    start, stop = source_rows(offset[0], strip_grid.height, dataset.height)
    source = dataset.read(1, window=Window(0, start, dataset.width, stop - start))
    return cubic_halving(source, start, dataset.height, offset, strip_grid.shape)


def gdal_warp_strip_cubic(dataset, strip_grid):
    """warp_strip_cubic by GDAL's warper, for any pair of grids."""
    window = source_window(dataset, strip_grid)
    source = dataset.read(1, window=window)
    destination = np.zeros(strip_grid.shape, dtype=source.dtype)
    reproject(
        source,
        destination,
        src_transform=dataset.window_transform(window),
        src_crs=dataset.crs,
        src_nodata=REFLECTANCE_NODATA,
        dst_transform=strip_grid.transform,
        dst_crs=strip_grid.crs,
        dst_nodata=REFLECTANCE_NODATA,
        resampling=Resampling.cubic,
        num_threads=1,
    )
    return destination


class RedCoarse:
    """LIS's red_nn: the 20 m red warped (bilinear) to floor(size/rf) pixels
    over the same extent, then read back at 20 m by nearest neighbour.

    The bilinear step is GDAL's (a tent filter of radius rf, nodata
    excluded); the nearest step is an index lookup, done strip by strip,
    equal to GDAL's nearest warp (tested against it).
    """

    def __init__(self, red, grid, resize_factor):
        coarse_height = grid.height // resize_factor
        coarse_width = grid.width // resize_factor
        if coarse_height == 0 or coarse_width == 0:
            self.coarse = np.full((1, 1), REFLECTANCE_NODATA, dtype=red.dtype)
            self.row_index = np.zeros(grid.height, dtype=np.intp)
            self.col_index = np.zeros(grid.width, dtype=np.intp)
            return
        coarse_transform = grid.transform * grid.transform.scale(grid.width / coarse_width, grid.height / coarse_height)
        self.coarse = np.zeros((coarse_height, coarse_width), dtype=red.dtype)
        reproject(
            red, self.coarse,
            src_transform=grid.transform, src_crs=grid.crs, src_nodata=REFLECTANCE_NODATA,
            dst_transform=coarse_transform, dst_crs=grid.crs, dst_nodata=REFLECTANCE_NODATA,
            resampling=Resampling.bilinear, num_threads=2,
        )
        self.row_index = nearest_index(grid.height, coarse_height)
        self.col_index = nearest_index(grid.width, coarse_width)

    def rows(self, row_start, row_stop):
        """red_nn for rows [row_start, row_stop) of the 20 m grid."""
        # take() keeps the result C-ordered; ``[:, index]`` would not, and a
        # C-by-F-ordered operation later costs 50 times more.
        return self.coarse.take(self.row_index[row_start:row_stop], axis=0).take(self.col_index, axis=1)


def nearest_index(fine_size, coarse_size):
    """Coarse pixel holding each fine pixel centre, as GDAL's nearest warp
    picks it (floor of the centre's coarse coordinate, with GDAL's 1e-10)."""
    centres = (np.arange(fine_size, dtype=np.float64) + 0.5) * (coarse_size / fine_size)
    return np.minimum(np.floor(centres + 1e-10).astype(np.intp), coarse_size - 1)
