"""The numpy cubic 10 m -> 20 m halving (decimate.py) equals GDAL's cubic
warp bit for bit: whole images, every strip, nodata of every shape, image
edges, saturation, ties at .5, and the real Theia extracts."""

from types import SimpleNamespace

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.warp import reproject

from snow_plugin.core import decimate
from snow_plugin.core.decimate import cubic_halving, halving_offset, source_rows
from snow_plugin.core.grid import Grid, row_strips
from snow_plugin.core.resample import gdal_warp_strip_cubic, warp_strip_cubic

UTM31 = CRS.from_epsg(32631)
NODATA = -10000
ORIGIN = (600000.0, 5000040.0)  # a Sentinel-2 tile corner


def source_transform(origin=ORIGIN):
    return Affine(10, 0, origin[0], 0, -10, origin[1])


def gdal_cubic(source, shape, origin=ORIGIN, offset=(0, 0)):
    """GDAL's cubic warp of the whole 10 m ``source`` onto the 20 m grid of
    ``shape`` whose first pixel lies on 10 m pixel ``offset``."""
    destination = np.zeros(shape, np.int16)
    reproject(
        source, destination,
        src_transform=source_transform(origin), src_crs=UTM31, src_nodata=NODATA,
        dst_transform=source_transform(origin) * Affine.translation(offset[1], offset[0]) * Affine.scale(2),
        dst_crs=UTM31, dst_nodata=NODATA, resampling=Resampling.cubic, num_threads=1,
    )
    return destination


def halved(source, shape, offset=(0, 0)):
    return cubic_halving(source, 0, source.shape[0], offset, shape)


def assert_equals_gdal(source, shape=None, offset=(0, 0)):
    shape = shape or (source.shape[0] // 2, source.shape[1] // 2)
    np.testing.assert_array_equal(halved(source, shape, offset), gdal_cubic(source, shape, offset=offset))


def reflectances(rng, shape):
    return rng.integers(-500, 12000, shape).astype(np.int16)


def ties(rng, shape):
    """Multiples of 8192: one 20 m pixel in eight lands exactly on .5, where
    any drift in the weights would round it the other way."""
    return (rng.integers(-3, 4, shape) * 8192).astype(np.int16)


def full_range(rng, shape):
    return rng.integers(-32768, 32768, shape).astype(np.int16)


def saturated(rng, shape):
    """Near +-32767: the kernel's overshoot must clamp as GDAL clamps."""
    near_top = rng.integers(32000, 32768, shape)
    near_bottom = rng.integers(-32768, -32000, shape)
    return np.where(rng.random(shape) < 0.5, near_top, near_bottom).astype(np.int16)


FIELDS = [reflectances, ties, full_range, saturated]


@pytest.mark.parametrize("height,width", [(1, 1), (1, 8), (8, 1), (2, 3), (3, 2), (5, 7), (8, 8), (13, 21), (31, 17)])
@pytest.mark.parametrize("odd_rows,odd_columns", [(0, 0), (1, 0), (0, 1), (1, 1)])
def test_random_fields_tiny_and_odd_sizes(height, width, odd_rows, odd_columns):
    """Tiny images (the kernel reaches past every edge) and a 10 m image one
    row or column larger than twice the 20 m one (GDAL reads that row)."""
    rng = np.random.default_rng(height * 100 + width + 7 * odd_rows + 13 * odd_columns)
    shape = (2 * height + odd_rows, 2 * width + odd_columns)
    for field in FIELDS:
        for nodata_share in (0, 0.2, 0.6):
            source = field(rng, shape)
            source[rng.random(shape) < nodata_share] = NODATA
            assert_equals_gdal(source, (height, width))


def nodata_patterns(height, width):
    """name -> boolean mask of the nodata 10 m pixels, on a 2h x 2w image."""
    rows, columns = np.indices((height, width))
    patterns = {}
    for dr in (0, 1):
        for dc in (0, 1):
            single = np.zeros((height, width), bool)
            single[10 + dr, 12 + dc] = True  # each of the four places in a 2 x 2 block
            patterns[f"single pixel {dr}{dc}"] = single
    for parity in (0, 1):
        patterns[f"row line {parity}"] = rows == 10 + parity
        patterns[f"column line {parity}"] = columns == 10 + parity
        patterns[f"diagonal line {parity}"] = columns == rows + parity
        patterns[f"anti-diagonal line {parity}"] = columns == width - 1 - rows - parity
        patterns[f"left edge {parity}"] = columns < 9 + parity
        patterns[f"right edge {parity}"] = columns > width - 10 - parity
        patterns[f"top edge {parity}"] = rows < 9 + parity
        patterns[f"bottom edge {parity}"] = rows > height - 10 - parity
    patterns["two-pixel line"] = (rows == 12) | (rows == 13)
    patterns["diagonal edge, top left"] = rows + columns < width // 2
    patterns["diagonal edge, top right"] = columns - rows > width // 2
    patterns["diagonal edge, bottom left"] = rows - columns > height // 2
    patterns["diagonal edge, bottom right"] = rows + columns > height + width // 2
    patterns["swath edge"] = columns < rows // 3 + 7
    patterns["holes"] = (rows % 7 < 2) & (columns % 5 == 3)
    patterns["everything"] = np.ones((height, width), bool)
    patterns["all but one pixel"] = ~patterns["single pixel 11"]
    return patterns


@pytest.mark.parametrize("pattern", sorted(nodata_patterns(48, 54)))
def test_nodata_shapes(pattern):
    mask = nodata_patterns(48, 54)[pattern]
    rng = np.random.default_rng(len(pattern))
    for field in (reflectances, ties):
        source = field(rng, mask.shape)
        source[mask] = NODATA
        assert_equals_gdal(source)


def test_weight_sums_negative_or_tiny():
    """The widened kernel has negative lobes: with most of a neighbourhood
    missing, the weights left may sum to <= 0 (GDAL: nodata) or to a few
    1/16384ths (a huge quotient, clamped)."""
    taps = np.array(decimate.TAP_WEIGHTS)
    weights = np.outer(taps, taps)
    rng = np.random.default_rng(3)
    height, width = 21, 33  # neighbourhoods of the pixels (4k + 2, 4l + 2)
    keep = np.zeros((2 * height, 2 * width), bool)
    sums = []
    for row in range(2, height - 2, 4):
        for column in range(2, width - 2, 4):
            while True:
                kept = (weights < 0) & (rng.random((8, 8)) < rng.uniform(0.5, 1))
                kept |= (weights > 0) & (rng.random((8, 8)) < rng.uniform(0, 0.15))
                kept[4, 4] = True  # the centre 10 m pixel stays valid
                if (weights * kept).sum() < 300:
                    break
            sums.append((weights * kept).sum())
            keep[2 * row - 3:2 * row + 5, 2 * column - 3:2 * column + 5] = kept
    assert min(sums) < 0 < max(sums)
    source = full_range(rng, keep.shape)
    source[~keep] = NODATA
    expected = gdal_cubic(source, (height, width))
    assert np.isin(expected, [-32768, 32767]).any()
    np.testing.assert_array_equal(halved(source, (height, width)), expected)


def test_a_result_equal_to_the_nodata_becomes_minus_10001():
    """Rows alternating -9999 and -10001 average to exactly -10000, which
    GDAL turns into -10001 rather than let it read as nodata."""
    source = np.where(np.arange(40)[:, None] % 2 == 0, -9999, -10001) * np.ones((1, 36), np.int16)
    source = source.astype(np.int16)
    expected = gdal_cubic(source, (20, 18))
    assert (expected[4:-4, 4:-4] == -10001).all()
    assert_equals_gdal(source)


@pytest.mark.parametrize("rows_per_pass", [1, 3, decimate.ROWS_PER_PASS])
def test_every_strip_equals_the_whole_warp(monkeypatch, rows_per_pass):
    """Every strip height and position, with the rows done in passes of
    several sizes: the window's edges are image edges only at the image's."""
    monkeypatch.setattr(decimate, "ROWS_PER_PASS", rows_per_pass)
    rng = np.random.default_rng(rows_per_pass)
    height, width = 19, 7
    source = ties(rng, (2 * height + 1, 2 * width))
    source[nodata_patterns(2 * height + 1, 2 * width)["holes"]] = NODATA
    source[:3, :5] = NODATA
    whole = gdal_cubic(source, (height, width))
    for first in range(height):
        for last in range(first + 1, height + 1):
            start, stop = source_rows(2 * first, last - first, source.shape[0])
            strip = cubic_halving(source[start:stop], start, source.shape[0], (2 * first, 0), (last - first, width))
            np.testing.assert_array_equal(strip, whole[first:last], err_msg=f"rows {first}:{last}")


@pytest.mark.parametrize("origin", [(600000.0, 5000040.0), (300000.0, 4900020.0), (699960.0, 5300040.0),
                                    (742910.0, 4848610.0), (670540.0, 5461500.0)])
def test_full_width_rows_at_tile_corners(origin):
    """5490 columns, as on a tile: GDAL's approximate transformer
    interpolates the source coordinates along the row."""
    rng = np.random.default_rng(int(origin[0]))
    source = ties(rng, (12, 10980))
    source[:, :700][rng.random((12, 700)) < 0.3] = NODATA
    assert halving_offset(dataset_like(source, origin), Grid(UTM31, grid_transform(origin), 5490, 6)) == (0, 0)
    np.testing.assert_array_equal(halved(source, (6, 5490)), gdal_cubic(source, (6, 5490), origin))


@pytest.mark.parametrize("offset", [(1, 0), (0, 1), (1, 1), (2, 3), (5, 4)])
def test_grids_offset_by_whole_10m_pixels(offset):
    """A 20 m grid whose corners lie on 10 m corners of any parity, inside
    the 10 m image: the same weights, shifted."""
    rng = np.random.default_rng(sum(offset))
    source = reflectances(rng, (40, 46))
    source[rng.random(source.shape) < 0.1] = NODATA
    shape = ((40 - offset[0]) // 2, (46 - offset[1]) // 2)
    grid = Grid(UTM31, source_transform() * Affine.translation(offset[1], offset[0]) * Affine.scale(2), *shape[::-1])
    assert halving_offset(dataset_like(source), grid) == offset
    assert_equals_gdal(source, shape, offset)


def dataset_like(source, origin=ORIGIN, crs=UTM31, dtype="int16", transform=None):
    return SimpleNamespace(crs=crs, transform=transform or source_transform(origin), width=source.shape[1],
                           height=source.shape[0], dtypes=(dtype,))


def grid_transform(origin=ORIGIN):
    return Affine(20, 0, origin[0], 0, -20, origin[1])


def test_the_fast_path_applies_only_to_exact_halvings():
    band = np.zeros((40, 60), np.int16)
    tile = Grid(UTM31, grid_transform(), 30, 20)
    assert halving_offset(dataset_like(band), tile) == (0, 0)
    assert halving_offset(dataset_like(band), tile.strip(7, 12)) == (14, 0)
    refused = {
        "other CRS": (dataset_like(band, crs=CRS.from_epsg(32632)), tile),
        "float32 band": (dataset_like(band, dtype="float32"), tile),
        "20 m grid shifted 10 m out of the image": (
            dataset_like(band), Grid(UTM31, grid_transform((ORIGIN[0] - 10, ORIGIN[1] + 10)), 30, 20)),
        "20 m grid shifted 5 m": (dataset_like(band), Grid(UTM31, grid_transform((ORIGIN[0] + 5, ORIGIN[1])), 29, 19)),
        "30 m grid": (dataset_like(band), Grid(UTM31, Affine(30, 0, ORIGIN[0], 0, -30, ORIGIN[1]), 20, 13)),
        "grid larger than the image": (dataset_like(band), Grid(UTM31, grid_transform(), 31, 20)),
        "strip below the image": (dataset_like(band), Grid(UTM31, grid_transform(), 30, 21).strip(15, 21)),
        "rotated band": (dataset_like(band, transform=Affine(10, 0.5, ORIGIN[0], 0, -10, ORIGIN[1])), tile),
        "origin off the 10 m lattice": (
            dataset_like(band, (123456.0, 7654321.0)), Grid(UTM31, grid_transform((123456.0, 7654321.0)), 30, 20)),
    }
    for reason, (dataset, grid) in refused.items():
        assert halving_offset(dataset, grid) is None, reason


def test_origin_off_the_10m_lattice_is_left_to_gdal():
    """With a corner at 123456 m, GDAL's source coordinates miss the pixel
    corners by ~1e-12 from column 2019 on, and its approximate transformer
    spreads that along the row: some exact .5 ties round the other way, so
    the exact halving would differ, hence the predicate's arithmetic check."""
    rng = np.random.default_rng(11)
    origin = (123456.0, 7654320.0)
    source = ties(rng, (16, 10980))
    expected = gdal_cubic(source, (8, 5490), origin)
    assert (halved(source, (8, 5490)) != expected).any()
    assert halving_offset(dataset_like(source, origin), Grid(UTM31, grid_transform(origin), 5490, 8)) is None
    assert halving_offset(dataset_like(source, origin), Grid(UTM31, grid_transform(origin), 2000, 8)) == (0, 0)
    np.testing.assert_array_equal(halved(source[:, :4000], (8, 2000)), gdal_cubic(source[:, :4000], (8, 2000), origin))


def write_band(path, source, transform):
    profile = dict(driver="GTiff", width=source.shape[1], height=source.shape[0], count=1, dtype="int16",
                   crs=UTM31, transform=transform)
    with rasterio.open(path, "w", **profile) as band:
        band.write(source, 1)


@pytest.mark.parametrize("strip_height", [1, 2, 5, 16, 17, 40])
def test_warp_strip_cubic_fast_and_gdal_paths_agree(tmp_path, strip_height):
    rng = np.random.default_rng(strip_height)
    source = ties(rng, (80, 62))
    source[nodata_patterns(80, 62)["swath edge"]] = NODATA
    path = tmp_path / "B3.tif"
    write_band(path, source, source_transform())
    grid = Grid(UTM31, grid_transform(), 31, 40)
    whole = gdal_cubic(source, grid.shape)
    with rasterio.open(path) as band:
        assert halving_offset(band, grid) == (0, 0)
        for start, stop in row_strips(grid.height, strip_height):
            strip = grid.strip(start, stop)
            np.testing.assert_array_equal(warp_strip_cubic(band, strip), whole[start:stop])
            np.testing.assert_array_equal(gdal_warp_strip_cubic(band, strip), whole[start:stop])


def test_warp_strip_cubic_falls_back_on_gdal(tmp_path):
    """The T30TYP extract's case: the 20 m grid is 10 m off the 10 m one."""
    rng = np.random.default_rng(5)
    source = reflectances(rng, (40, 40))
    path = tmp_path / "B4.tif"
    write_band(path, source, source_transform())
    grid = Grid(UTM31, grid_transform((ORIGIN[0] - 10, ORIGIN[1] + 10)), 20, 20)
    with rasterio.open(path) as band:
        assert halving_offset(band, grid) is None
        np.testing.assert_array_equal(warp_strip_cubic(band, grid.strip(3, 11)), gdal_warp_strip_cubic(band, grid.strip(3, 11)))


@pytest.mark.real_data
def test_real_extracts(real_data_dir):
    """FRE_B3 and FRE_B4 of every extract onto its B11 grid, strip by
    strip, equal GDAL's whole warp; the aligned extracts take the fast path."""
    fast = 0
    for folder in sorted(p for p in real_data_dir.glob("*/*") if p.is_dir()):
        with rasterio.open(folder / f"{folder.name}_FRE_B11.tif") as b11:
            grid = Grid.from_dataset(b11)
        for suffix in ("_FRE_B3.tif", "_FRE_B4.tif"):
            with rasterio.open(folder / (folder.name + suffix)) as band:
                whole = np.zeros(grid.shape, np.int16)
                reproject(
                    band.read(1), whole, src_transform=band.transform, src_crs=band.crs, src_nodata=NODATA,
                    dst_transform=grid.transform, dst_crs=grid.crs, dst_nodata=NODATA,
                    resampling=Resampling.cubic, num_threads=1,
                )
                fast += halving_offset(band, grid) is not None
                strips = [warp_strip_cubic(band, grid.strip(*rows)) for rows in row_strips(grid.height, 128)]
                np.testing.assert_array_equal(np.concatenate(strips), whole, err_msg=folder.name + suffix)
    assert fast > 0
