"""Step 4 (snowline zs from the DEM histogram) and the red_nn of step 1,
against independent models written from ALGORITHM.md."""

import math

import numpy as np
import pytest
from affine import Affine
from rasterio.crs import CRS

from snow_plugin.core import resample
from snow_plugin.core.grid import Grid
from snow_plugin.core.snowline import SnowlineHistogram, dem_for_histogram

DZ = 100
FLIM = 0.1


# ------------------------------------------------------------ the spec model


def spec_edges(dem_min, dem_max, dz):
    """Lower bounds of the bins and the upper bound of the last one:
    nb = floor((max-min)/dz), width in float32, max in the last bin."""
    nb = math.floor((dem_max - dem_min) / dz)
    if nb < 1:
        return None
    width = np.float32(dem_max - dem_min) / np.float32(nb)
    lower = [dem_min + float(np.float32(np.float32(j) * width)) for j in range(nb)]
    return lower + [float(dem_max)]


def spec_bin(value, edges):
    nb = len(edges) - 1
    return max(j for j in range(nb) if edges[j] <= value)


def spec_zs(dem, clear, snow, dz=DZ, fsnow_lim=FLIM, fclear_lim=FLIM):
    dem = np.asarray(dem).ravel()
    clear, snow = np.asarray(clear).ravel(), np.asarray(snow).ravel()
    edges = spec_edges(int(dem.min()), int(dem.max()), dz)
    if edges is None:
        return None
    nb = len(edges) - 1
    tot, clr, sno = [0] * nb, [0] * nb, [0] * nb
    for value, c, s in zip(dem.tolist(), clear.tolist(), snow.tolist()):
        j = spec_bin(value, edges)
        tot[j] += 1
        clr[j] += bool(c)
        sno[j] += bool(c and s)
    centre = [(edges[j] + edges[j + 1]) / 2 for j in range(nb)]
    for i in range(nb):
        if centre[i] < -413 or tot[i] == 0 or clr[i] == 0:
            continue
        if np.float32(clr[i]) / np.float32(tot[i]) > np.float32(fclear_lim) and np.float32(sno[i]) / np.float32(
            clr[i]
        ) > np.float32(fsnow_lim):
            return math.floor(centre[max(i - 2, 0)] - dz / 2)
    return None


def engine_histogram(dem, clear, snow, dz=DZ, strips=1):
    histogram = SnowlineHistogram(dz)
    dem = np.asarray(dem, np.int16)
    for part_dem, part_clear, part_snow in zip(
        np.array_split(dem, strips), np.array_split(np.asarray(clear), strips), np.array_split(np.asarray(snow), strips)
    ):
        histogram.add(part_dem, part_clear, part_snow)
    return histogram


def engine_zs(dem, clear, snow, dz=DZ, strips=1, fsnow_lim=FLIM, fclear_lim=FLIM):
    return engine_histogram(dem, clear, snow, dz, strips).snowline_elevation(fsnow_lim, fclear_lim)


# ------------------------------------------------------------ bin geometry


def test_bins_with_an_exact_width_and_the_maximum_in_the_last_bin():
    dem = np.arange(0, 1001)  # 0..1000: nb = 10, width 100
    bands = engine_histogram(dem, dem >= 0, dem < 0).bands()
    assert len(bands) == 10
    assert [b.total for b in bands] == [100] * 9 + [101]  # 1000 (the max) in the last bin
    assert bands[0].lower == 0 and bands[-1].upper == 1000
    assert [b.lower for b in bands] == [100.0 * j for j in range(10)]


def test_bins_with_a_fractional_width():
    dem = np.arange(0, 1051)  # nb = floor(1050/100) = 10, width 105
    bands = engine_histogram(dem, dem >= 0, dem < 0).bands()
    assert len(bands) == 10
    assert [b.total for b in bands] == [105] * 9 + [106]


def test_nb_is_floor_of_range_over_dz():
    dem = np.arange(500, 800)  # range 299 -> nb = 2, width 149.5
    bands = engine_histogram(dem, dem >= 0, dem < 0).bands()
    assert len(bands) == 2
    assert bands[0].upper == pytest.approx(649.5)
    assert [b.total for b in bands] == [150, 150]  # 500..649 | 650..799


def test_bin_width_is_computed_in_float32():
    """Find a DEM where a float32 bin bound lands on the other side of an
    integer elevation than the exact bound, and check the engine follows
    float32 (the spec: "the bin width is computed in 32-bit float, as ITK")."""
    found = None
    for dem_max in range(3000, 9000):
        dem_min = 0
        nb = dem_max // DZ
        width32 = np.float32(dem_max) / np.float32(nb)
        for j in range(1, nb):
            exact = dem_max * j / nb
            if exact != int(exact):
                continue
            product32 = np.float32(np.float32(j) * width32)
            # in double the bound is at (or below) the integer; both float32
            # variants (sum in double or in float32) put it above
            double_bound = dem_min + j * ((dem_max - dem_min) / nb)
            if double_bound <= exact and float(product32) > exact and float(np.float32(dem_min + product32)) > exact:
                found = (dem_min, dem_max, int(exact), j)
                break
        if found:
            break
    assert found, "no float32 case found in the search range"
    dem_min, dem_max, value, j = found
    # exact or double arithmetic puts `value` in bin j; float32 in bin j-1
    dem = np.array([dem_min, value, dem_max])
    bands = engine_histogram(dem, dem >= -99999, dem < -99999).bands()
    assert bands[j - 1].total == 1 and bands[j].total == (1 if j == len(bands) - 1 else 0)


def test_zs_is_floor_of_centre_of_bin_i_minus_2_minus_half_dz():
    dem = np.repeat(np.arange(1000, 2001, 10), 10)  # 1000..2000: nb 10, width 100
    clear = np.ones(dem.shape, bool)
    for snow_from in (1000, 1100, 1200, 1500, 1900):
        snow = dem >= snow_from  # first snowy bin i = (snow_from-1000)/100
        i = (snow_from - 1000) // 100
        expected = math.floor(1000 + 100 * max(i - 2, 0) + 50 - 50)
        assert engine_zs(dem, clear, snow) == expected == spec_zs(dem, clear, snow)


def test_zs_floors_a_negative_fractional_centre():
    # min -300, max 750: nb 10, width 105; bin 0 centre -247.5; -297.5 floors to -298
    dem = np.arange(-300, 751)
    clear = np.ones(dem.shape, bool)
    snow = dem < -200  # the first bin is snowy
    assert engine_zs(dem, clear, snow) == -298 == spec_zs(dem, clear, snow)


def test_no_zs_when_nb_below_one():
    dem = np.arange(1000, 1100)  # range 99 < dz
    all_true = np.ones(dem.shape, bool)
    assert engine_zs(dem, all_true, all_true) is None
    assert engine_histogram(dem, all_true, all_true).bands() == []


def test_no_zs_when_no_bin_is_snowy_enough():
    dem = np.repeat(np.arange(0, 1000), 10)
    clear = np.ones(dem.shape, bool)
    snow = np.zeros(dem.shape, bool)
    snow[::11] = True  # about 9 % snow everywhere
    assert engine_zs(dem, clear, snow) is None
    assert spec_zs(dem, clear, snow) is None


# ------------------------------------------------------------ the limits


def one_bin_case(total, clear, snow):
    """Bin 0 (1000..1099) holds the case; one pixel at 1100 makes nb = 1... so
    use a second, empty-of-snow bin: nb = 2 with elevations 1000 and 1200."""
    dem = np.array([1000] * total + [1200])
    clear_mask = np.array([True] * clear + [False] * (total - clear) + [True])
    snow_mask = np.array([True] * snow + [False] * (total - snow) + [False])
    return dem, clear_mask, snow_mask


@pytest.mark.parametrize(
    "total,clear,snow,found",
    [
        (10, 10, 1, False),  # snow/clear = 0.1: not > 0.1
        (10, 10, 2, True),
        (10, 1, 1, False),  # clear/tot = 0.1: not > 0.1
        (10, 2, 1, True),
        (20, 20, 3, True),  # 0.15
        (30, 30, 3, False),
    ],
)
def test_fclear_and_fsnow_limits_are_strict(total, clear, snow, found):
    dem, clear_mask, snow_mask = one_bin_case(total, clear, snow)
    zs = engine_zs(dem, clear_mask, snow_mask)
    assert (zs is not None) == found
    assert zs == spec_zs(dem, clear_mask, snow_mask)


def test_limits_are_compared_in_float32():
    """clear/tot = 3e6 / 29999999 = 0.1000000033 > 0.1 in double, but
    29999999 is not a float32 (it becomes 3e7) and the float32 ratio is
    0.1f, not > 0.1f: the bin is not clear enough. Counts are built from
    single-pixel counts, so no 30-million-pixel array is needed."""
    histogram = SnowlineHistogram(DZ)

    def one(elevation, clear, snow):
        return histogram.count(np.array([elevation], np.int16), np.array([clear]), np.array([snow]))

    clear_snow, cloudy, high = one(1000, True, True), one(1000, False, False), one(1200, False, False)
    histogram.accumulate(clear_snow * 3_000_000 + cloudy * (29_999_999 - 3_000_000) + high)
    assert 3_000_000 / 29_999_999 > 0.1
    assert histogram.snowline_elevation(FLIM, FLIM) is None
    # one more clear pixel (float32 ratio 0.10000003) and the bin qualifies
    histogram.accumulate(clear_snow)
    assert histogram.snowline_elevation(FLIM, FLIM) == 1000


# ------------------------------------------------------------ every pixel counts


def test_cloudy_pixels_count_in_the_total_and_dilute_the_clear_fraction():
    dem = np.array([1000] * 100 + [1500] * 100 + [2000])
    clear = np.ones(dem.shape, bool)
    snow = dem == 1000
    clear[:95] = False  # bin 0: 5 clear of 100 -> 0.05: not clear enough
    assert engine_zs(dem, clear, snow) is None
    clear[:95] = True
    clear[:85] = False  # 15 clear, all snow
    assert engine_zs(dem, clear, snow) == 1000


def test_nodata_pixels_count_as_clear_without_snow():
    """A pixel counts whatever it is: product nodata arrives as clear and
    not snow, and dilutes the snow fraction of its bin."""
    dem = np.array([1500] * 100 + [1000, 2000])
    clear = np.ones(dem.shape, bool)
    snow = np.zeros(dem.shape, bool)
    snow[:11] = True  # 11 snow of 100 clear: 0.11 > 0.1
    assert engine_zs(dem, clear, snow) == spec_zs(dem, clear, snow) == 1350 - 50  # bin 5 snowy, centre of bin 3
    more = np.concatenate([dem, [1500] * 10])  # 10 nodata pixels in the bin: 11/110 = 0.1
    assert engine_zs(more, np.ones(more.shape, bool), np.concatenate([snow, np.zeros(10, bool)])) is None


def test_dem_nodata_value_widens_the_bins_and_low_bins_are_skipped():
    """DEM nodata (-32768) is histogrammed with its value: the range starts
    at -32768 and the snowy nodata-free bins come later; bins centred below
    -413 m are skipped even when snowy."""
    dem = np.array([-32768] * 50 + [1000] * 50 + [2000] * 50)
    clear = np.ones(dem.shape, bool)
    snow = np.zeros(dem.shape, bool)
    snow[:50] = True  # the DEM-nodata pixels are "snowy" here: must be skipped
    snow[100:] = True  # the 2000 m pixels are snowy
    zs = engine_zs(dem, clear, snow)
    assert zs == spec_zs(dem, clear, snow)
    bands = engine_histogram(dem, clear, snow).bands()
    assert len(bands) == math.floor((2000 + 32768) / DZ)
    i = next(j for j, b in enumerate(bands) if b.lower <= 2000 <= b.upper and b.total)
    assert zs == math.floor(bands[i - 2].centre - DZ / 2)


@pytest.mark.parametrize("dem_min,found", [(-463, True), (-464, False)])
def test_a_bin_centred_at_minus_413_counts_one_below_does_not(dem_min, found):
    # width 100: bin 0 centred at dem_min + 50
    dem = np.array([dem_min] * 10 + [dem_min + 500])
    clear = np.ones(dem.shape, bool)
    snow = dem == dem_min
    zs = engine_zs(dem, clear, snow)
    assert zs == spec_zs(dem, clear, snow)
    assert zs == (math.floor(dem_min + 50 - 50) if found else None)


def test_strips_accumulate_to_the_whole_histogram():
    rng = np.random.default_rng(4)
    dem = rng.integers(200, 3200, size=5000)
    clear = rng.random(5000) > 0.3
    snow = (dem > 1800) & (rng.random(5000) > 0.5)
    whole = engine_histogram(dem, clear, snow).bands()
    parts = engine_histogram(dem, clear, snow, strips=7).bands()
    assert [(b.total, b.clear, b.snow) for b in whole] == [(b.total, b.clear, b.snow) for b in parts]
    assert engine_zs(dem, clear, snow, strips=7) == spec_zs(dem, clear, snow)


def test_random_cases_agree_with_the_spec_model():
    rng = np.random.default_rng(11)
    for _ in range(25):
        low, high = sorted(rng.integers(-600, 4000, size=2))
        dem = rng.integers(low, high + 1, size=400)
        clear = rng.random(400) > rng.random() * 0.9
        snow = dem > rng.integers(low, high + 1)
        dz = float(rng.choice([50, 100, 137.5]))
        assert engine_zs(dem, clear, snow, dz=dz) == spec_zs(dem, clear, snow, dz=dz)


def test_dem_for_histogram_truncates_to_int16_and_uses_the_nodata_value():
    dem = np.array([1000.7, -5.7, np.nan, 2999.999], np.float32)
    np.testing.assert_array_equal(dem_for_histogram(dem, -32768), [1000, -5, -32768, 2999])
    assert dem_for_histogram(dem, -32768).dtype == np.int16


# ------------------------------------------------------------ red_nn


UTM31 = CRS.from_epsg(32631)
NODATA = -10000


def tent_weights(size, coarse):
    """Weights of the separable tent: each coarse pixel centred on its own
    footprint, radius one coarse pixel (size/coarse source pixels, = rf when
    size is a multiple of rf)."""
    scale = size / coarse
    source_centres = np.arange(size) + 0.5
    coarse_centres = (np.arange(coarse) + 0.5) * scale
    distance = np.abs(source_centres[None, :] - coarse_centres[:, None])
    return np.maximum(0.0, 1.0 - distance / scale), np.floor(coarse_centres).astype(int)


def tent_red_nn(red, rf):
    """Independent red_nn: tent filter (nodata excluded, weights renormalised),
    rounded to int16, to floor(size/rf); then nearest back to full size."""
    height, width = red.shape
    coarse_h, coarse_w = height // rf, width // rf
    wy, centre_rows = tent_weights(height, coarse_h)
    wx, centre_cols = tent_weights(width, coarse_w)
    valid = red != NODATA
    numerator = wy @ np.where(valid, red, 0).astype(float) @ wx.T
    weight = wy @ valid.astype(float) @ wx.T
    coarse = np.where(weight > 0, np.floor(numerator / np.where(weight > 0, weight, 1) + 0.5), NODATA)
    # GDAL's warper also leaves a coarse pixel nodata when the source pixel
    # under its centre is nodata (a detail the spec does not spell out)
    coarse[~valid[np.ix_(centre_rows, centre_cols)]] = NODATA
    rows = np.floor((np.arange(height) + 0.5) * coarse_h / height).astype(int)
    cols = np.floor((np.arange(width) + 0.5) * coarse_w / width).astype(int)
    return coarse.astype(np.int16)[np.ix_(rows, cols)]


def engine_red_nn(red, rf):
    height, width = red.shape
    grid = Grid(UTM31, Affine(20, 0, 300000, 0, -20, 4800000), width, height)
    if hasattr(resample, "RedCoarse"):
        return resample.RedCoarse(red, grid, rf).rows(0, height)
    return resample.red_coarse_nearest(red, grid, rf)


@pytest.mark.parametrize(
    "height,width,rf",
    [(48, 36, 12), (24, 24, 12), (60, 84, 12), (50, 37, 12), (100, 131, 12), (77, 53, 8), (33, 45, 7), (41, 29, 5)],
)
def test_red_nn_is_a_tent_filter_with_nodata_excluded(height, width, rf):
    rng = np.random.default_rng(height * 1000 + width)
    red = rng.integers(-300, 9000, size=(height, width)).astype(np.int16)
    for _ in range(3):  # nodata patches
        r, c = rng.integers(0, height), rng.integers(0, width)
        red[r : r + rng.integers(1, 2 * rf), c : c + rng.integers(1, 2 * rf)] = NODATA
    result = engine_red_nn(red, rf)
    assert result.shape == red.shape and result.dtype == np.int16
    np.testing.assert_array_equal(result, tent_red_nn(red, rf))


def test_red_nn_is_not_a_block_mean():
    """A bright line at the edge of a block weighs little in its tent; a block
    mean would weigh it fully."""
    red = np.full((24, 24), 1000, np.int16)
    red[:, 11] = 9000  # next to the centre of the first coarse column (at 6.0)
    red[:, 0] = 9000  # at the far edge of the first block
    result = engine_red_nn(red, 12)
    block_mean = (red[:12, :12].astype(float)).mean()
    assert result[0, 0] == tent_red_nn(red, 12)[0, 0]
    assert abs(float(result[0, 0]) - block_mean) > 100


def test_red_nn_repeats_blocks_when_sizes_are_multiples():
    red = np.zeros((36, 24), np.int16)
    for i in range(3):
        for j in range(2):
            red[12 * i : 12 * i + 12, 12 * j : 12 * j + 12] = 1000 * (i + 1) + 100 * j
    result = engine_red_nn(red, 12)
    coarse = result[::12, ::12]
    np.testing.assert_array_equal(result, np.repeat(np.repeat(coarse, 12, axis=0), 12, axis=1))
    np.testing.assert_array_equal(result, tent_red_nn(red, 12))


def test_red_nn_all_nodata_is_nodata():
    red = np.full((24, 24), NODATA, np.int16)
    assert (engine_red_nn(red, 12) == NODATA).all()
