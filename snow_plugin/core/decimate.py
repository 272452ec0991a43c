"""GDAL's cubic warp for the one case the engine meets: a 20 m grid that
halves the 10 m grid exactly (green and red of a MUSCATE tile).

Bit for bit what ``rasterio.warp.reproject(..., Resampling.cubic,
src_nodata=-10000, dst_nodata=-10000)`` gives there (tested with GDAL 3.6),
re-implemented from these behaviours of alg/gdalwarpkernel.cpp:

- when downsampling, the cubic kernel (Catmull-Rom, radius 2) is widened by
  the scale: weight ``W((s - x) / 2)`` for a source pixel centred at ``s``;
  with a factor of exactly 2 each 20 m pixel takes the same 8 x 8 taps, at
  distances +-0.25, 0.75, 1.25, 1.75 (GWKResample, not the 4 x 4
  "bUse4SamplesFormula" path, which is for scales >= 0.95);
- nodata pixels and pixels beyond the image edges are left out, and the sum
  is divided by the sum of the weights left (which may be tiny or negative:
  the kernel has negative lobes); a sum of weights below 1e-6 gives nodata;
- with one band, the nodata mask is GDAL's "unified" source mask: a 20 m
  pixel whose centre falls on a nodata 10 m pixel (the lower-right one of
  its 2 x 2 block) is nodata whatever its neighbours;
- the result is clamped to int16, rounded with floor(v + 0.5), and a value
  equal to the nodata is nudged to -10001 (GWKSetPixelValueReal).

The weights are multiples of 1/128, so every product and sum GDAL forms in
double precision is exact: integer arithmetic here (weights x 128) yields
the same numerator and denominator, hence the same quotient, whatever the
order of the sums. That is what makes a separable, vectorised version equal.
"""

import numpy as np

from snow_plugin.core.definitions import REFLECTANCE_NODATA

# GDAL's cubic weight at (t - 0.5) / 2 for the taps t = -3..4 around source
# pixel 2i (the 20 m centre lies between 2i and 2i + 1), times 128.
TAP_WEIGHTS = (-3, -9, 29, 111, 111, 29, -9, -3)
TAPS_BEFORE = 3
TAPS_AFTER = 4
# 20 m rows done at a time: the work arrays of a 16-row pass over a
# 10980-column band (about 2 MB each) stay in the CPU cache; 64 rows are
# half as fast.
ROWS_PER_PASS = 16


def halving_offset(dataset, destination):
    """(row, column) of the 10 m pixel under the first 20 m pixel when the
    fast path applies, else None.

    It applies when ``destination`` (a Grid) halves the int16 ``dataset``
    exactly: same CRS, no rotation, pixels twice as large, the whole
    destination inside the source, and GDAL's own coordinate arithmetic
    putting every 20 m centre exactly on a 10 m pixel corner. GDAL's kernel
    scale is then exactly 1/2 and its weights those of TAP_WEIGHTS."""
    source, target = dataset.transform, destination.transform
    if dataset.crs is None or dataset.crs != destination.crs or dataset.dtypes[0] != "int16":
        return None
    if source.b or source.d or target.b or target.d or not source.a or not source.e:
        return None
    if target.a != 2 * source.a or target.e != 2 * source.e:
        return None
    row = round((target.f - source.f) / source.e)
    column = round((target.c - source.c) / source.a)
    inside = (
        row >= 0 and column >= 0
        and row + 2 * destination.height <= dataset.height
        and column + 2 * destination.width <= dataset.width
    )
    on_corners = (
        _centres_on_corners(source.c, source.a, target.c, target.a, column, destination.width)
        and _centres_on_corners(source.f, source.e, target.f, target.e, row, destination.height)
    )
    return (row, column) if inside and on_corners else None


def _centres_on_corners(source_origin, source_size, target_origin, target_size, first, count):
    """Whether GDAL maps the centres of ``count`` 20 m pixels exactly to 10 m
    coordinates first + 1, first + 3, ... It computes pixel -> georeferenced
    -> source pixel with the inverse geotransform of GDALInvGeoTransform
    (-origin / size, 1 / size), each operation rounded (no fused
    multiply-add, as in x86-64 builds). An origin that is not a whole number
    of pixels makes these inexact: the weights shift by ~1e-12 and values
    that round at exactly .5 may round the other way."""
    centres = target_origin + (np.arange(count) + 0.5) * target_size
    landed = -source_origin / source_size + centres * (1.0 / source_size)
    return np.array_equal(landed, first + 1 + 2 * np.arange(count))


def source_rows(row, height, source_height):
    """The 10 m rows (start, stop) the kernel reads for ``height`` 20 m rows
    whose first lies on 10 m row ``row``."""
    return max(row - TAPS_BEFORE, 0), min(row + 2 * height + TAPS_AFTER - 1, source_height)


def cubic_halving(source, source_row, source_height, offset, shape):
    """The 20 m int16 pixels of ``shape`` whose first lies on 10 m pixel
    ``offset`` (row, column), from ``source``: full-width 10 m rows starting
    at row ``source_row`` of an image ``source_height`` rows high, covering
    at least source_rows(...) (image edges are where GDAL's are)."""
    row, column = offset
    height, width = shape
    start, stop = source_rows(row, height, source_height)
    if source_row > start or source_row + source.shape[0] < stop:
        raise ValueError("the source rows do not cover the cubic kernel")
    result = np.empty(shape, dtype=np.int16)
    for first in range(0, height, ROWS_PER_PASS):
        last = min(first + ROWS_PER_PASS, height)
        top = row + 2 * first
        start, stop = source_rows(top, last - first, source_height)
        block = source[start - source_row:stop - source_row]
        result[first:last] = _halve_block(block, top - start, column, (last - first, width))
    return result


def _halve_block(block, top, left, shape):
    """cubic_halving on one block of rows; ``top`` and ``left``: the 10 m
    row and column under the first output pixel, within ``block``."""
    height, width = shape
    valid = block != REFLECTANCE_NODATA
    # Exact in each dtype: |sums| <= 32768 x 304 down the columns (int32),
    # x 304 again along the rows (float64, like GDAL's accumulators).
    down_columns = _tap_sums(block, top, height, np.int32, axis=0, where=valid)
    numerator = _tap_sums(down_columns, left, width, np.float64, axis=1)
    if valid.all():
        # No nodata: the sum of the weights only depends on the image edges.
        weights = np.multiply.outer(
            _tap_sums(np.ones(block.shape[0], bool), top, height, np.int32, axis=0),
            _tap_sums(np.ones(block.shape[1], bool), left, width, np.int32, axis=0),
        )
    else:
        down_columns = _tap_sums(valid, top, height, np.int16, axis=0)
        weights = _tap_sums(down_columns, left, width, np.int32, axis=1)
    # GDAL's centre test: the 10 m pixel under the 20 m centre must be valid.
    centre_valid = valid[top + 1:top + 2 * height:2, left + 1:left + 2 * width:2]
    nodata = (weights <= 0) | ~centre_valid
    quotient = np.divide(numerator, weights, out=np.zeros_like(numerator), where=~nodata)
    pixels = np.clip(np.floor(quotient + 0.5), -32768, 32767).astype(np.int16)
    pixels[pixels == REFLECTANCE_NODATA] = REFLECTANCE_NODATA - 1
    pixels[nodata] = REFLECTANCE_NODATA
    return pixels


def _tap_sums(values, first, count, dtype, axis, where=True):
    """Along ``axis``, for k < count, the sum of TAP_WEIGHTS x the values at
    first + 2k - 3 .. first + 2k + 4, in ``dtype``; values outside the array
    (beyond the image edges) or not ``where`` (nodata) are left out."""
    start = first - TAPS_BEFORE
    shape = list(values.shape)
    shape[axis] = 2 * count + TAPS_BEFORE + TAPS_AFTER - 1
    taps = np.zeros(shape, dtype)
    along = np.moveaxis(taps, axis, 0)
    low, high = max(start, 0), min(start + along.shape[0], values.shape[axis])
    inside = np.moveaxis(values, axis, 0)[low:high]
    mask = True if where is True else np.moveaxis(where, axis, 0)[low:high]
    np.copyto(along[low - start:high - start], inside, where=mask)
    return np.moveaxis(_weighted_taps(along, count), 0, axis)


def _weighted_taps(taps, count):
    """sum(TAP_WEIGHTS[q] * taps[2k + q]) over the first axis for k < count,
    by pairs of taps of equal weight (the kernel is symmetric)."""
    # Same memory layout as the taps, so that numpy walks both in step.
    result = np.zeros_like(taps[:2 * count:2])
    pair = np.empty_like(result)
    for near in range(len(TAP_WEIGHTS) // 2):
        far = len(TAP_WEIGHTS) - 1 - near
        np.add(taps[near:near + 2 * count:2], taps[far:far + 2 * count:2], out=pair)
        pair *= TAP_WEIGHTS[near]
        result += pair
    return result
