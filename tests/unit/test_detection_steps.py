"""Steps 1-8 of ALGORITHM.md, rule by rule, on small hand-made arrays.

Expectations come from the spec's text (thresholds x multi, strict ``>``,
``CLM & v == v``, formulas of step 7), never from running the engine.
Reflectances are in file units (x10000), thresholds in milli-reflectance,
multi = 10 (Sentinel-2).
"""

import math

import numpy as np
import pytest

from snow_plugin.core import detection as steps
from snow_plugin.core.definitions import CLOUD, NO_SNOW, NODATA, SNOW
from snow_plugin.core.parameters import DetectionParameters

MULTI = 10.0
P = DetectionParameters()


def arr(*values, dtype=np.int16):
    return np.array(values, dtype=dtype)


def bools(*values):
    return np.array(values, dtype=bool)


def ndsi_of(green, swir):
    green, swir = arr(*green), arr(*swir)
    return steps.ndsi(green, swir, steps.nodata_mask(swir))


# ---------------------------------------------------------------- defaults


def test_default_parameters_are_the_spec_table():
    assert (P.ndsi_pass1, P.red_pass1, P.ndsi_pass2, P.red_pass2) == (0.40, 200, 0.15, 40)
    assert (P.red_dark_cloud, P.red_back_to_cloud, P.resize_factor, P.dz) == (300, 100, 12, 100)
    assert (P.fsnow_lim, P.fclear_lim, P.fsnow_total_lim) == (0.1, 0.1, 0.001)
    assert P.fog_rescue is False  # our option stays off: defaults are LIS-identical


# ------------------------------------------------------ NDSI and nodata mask


def test_ndsi_is_normalised_difference_and_zero_on_nodata():
    values = ndsi_of([3000, 1000, 500, 2000, 0], [1000, 3000, -10000, 2000, 0])
    np.testing.assert_allclose(values, [0.5, -0.5, 0.0, 0.0, 0.0])


def test_only_swir_is_tested_for_nodata():
    swir = arr(-10000, 0, 100, -9999)
    np.testing.assert_array_equal(steps.nodata_mask(swir), [True, False, False, False])
    # green or red at -10000 do not make a pixel nodata
    green = arr(-10000, 100)
    assert not steps.nodata_mask(arr(500, 500)).any()
    assert np.isfinite(steps.ndsi(green, arr(500, 500), steps.nodata_mask(arr(500, 500)))).all()


# --------------------------------------------------------- step 1: CLM bits


def test_all_cloud_is_any_clm_bit():
    clm = arr(0, 1, 2, 4, 8, 16, 32, 64, 128, 255, dtype=np.uint8)
    layers = steps.cloud_layers(clm)
    np.testing.assert_array_equal(layers.all_cloud, clm > 0)


def test_shadow_bits_are_32_or_64_and_high_cloud_is_128():
    clm = arr(0, 1, 2, 16, 31, 32, 33, 64, 65, 96, 127, 128, 129, 160, 255, dtype=np.uint8)
    layers = steps.cloud_layers(clm)
    expected_shadow = [v in (32, 33, 64, 65, 96, 127, 160, 255) for v in clm.tolist()]
    expected_high = [v >= 128 for v in clm.tolist()]
    np.testing.assert_array_equal(layers.shadow, expected_shadow)
    np.testing.assert_array_equal(layers.high_cloud, expected_high)


def test_bit_tests_require_all_bits_of_the_value():
    clm = arr(0, 32, 64, 96, 128, 160, 224, 255, dtype=np.uint8)
    # 96 = 32|64: both bits needed
    np.testing.assert_array_equal(steps.has_bits(clm, 96), [False, False, False, True, False, False, True, True])
    np.testing.assert_array_equal(steps.has_bits(clm, 160), [False, False, False, False, False, True, True, True])
    # a single bit: plain test
    np.testing.assert_array_equal(steps.has_bits(clm, 32), [False, True, False, True, False, True, True, True])


def test_back_to_cloud_needs_cloud_and_red_strictly_above_1000():
    all_cloud = bools(True, True, True, False)
    red = arr(1000, 1001, 5000, 5000)
    np.testing.assert_array_equal(steps.back_to_cloud(all_cloud, red, P, MULTI), [False, True, True, False])


# ---------------------------------------------------------------- step 2


def test_pass1_ndsi_equal_to_threshold_is_not_snow_one_unit_above_is():
    # (7000-3000)/(7000+3000) = 0.4 exactly; 7001 gives 0.40006
    ndsi = ndsi_of([7000, 7001], [3000, 3000])
    red = arr(5000, 5000)
    pass1 = steps.pass1_snow(bools(False, False), ndsi, red, P, MULTI)
    np.testing.assert_array_equal(pass1, [False, True])


def test_pass1_red_equal_to_threshold_is_not_snow_one_unit_above_is():
    ndsi = ndsi_of([8000, 8000], [1000, 1000])
    pass1 = steps.pass1_snow(bools(False, False), ndsi, arr(2000, 2001), P, MULTI)
    np.testing.assert_array_equal(pass1, [False, True])


@pytest.mark.parametrize("clm", [1, 2, 4, 8, 16, 32, 64, 128])
def test_pass1_excludes_every_cloud_bit(clm):
    layers = steps.cloud_layers(arr(clm, 0, dtype=np.uint8))
    ndsi = ndsi_of([8000, 8000], [1000, 1000])
    pass1 = steps.pass1_snow(layers.all_cloud, ndsi, arr(8000, 8000), P, MULTI)
    np.testing.assert_array_equal(pass1, [False, True])


def test_pass1_uses_the_parameters_and_multi():
    params = DetectionParameters(ndsi_pass1=0.6, red_pass1=100)
    ndsi = ndsi_of([7000, 8000, 8000], [3000, 1000, 1000])  # 0.4, 0.78, 0.78
    red = arr(5000, 1000, 1001)
    pass1 = steps.pass1_snow(bools(False, False, False), ndsi, red, params, MULTI)
    np.testing.assert_array_equal(pass1, [False, False, True])
    # with multi = 1 (quantification 1000) the red threshold is 100 file units
    np.testing.assert_array_equal(steps.pass1_snow(bools(False,), ndsi[1:2], arr(101), params, 1.0), [True])


# ---------------------------------------------------------------- step 3


def test_dark_clouds_leave_the_refined_mask():
    all_cloud = bools(True, True, True, False, False)
    no = bools(False, False, False, False, False)
    red_nn = arr(3000, 3001, -10000, 9000, 9000)
    refined = steps.cloud_refined(all_cloud, no, no, red_nn, P, MULTI)
    # red_nn = 3000 is not > 3000: a dark cloud; nodata red_nn is dark too;
    # a bright pixel outside the cloud mask never becomes cloud
    np.testing.assert_array_equal(refined, [False, True, False, False, False])


def test_shadows_and_high_clouds_stay_cloud_whatever_red_nn():
    clm = arr(33, 65, 131, 3, dtype=np.uint8)  # shadow, shadow outside, high cloud, plain cloud
    layers = steps.cloud_layers(clm)
    red_nn = arr(0, 0, 0, 0)
    refined = steps.cloud_refined(layers.all_cloud, layers.shadow, layers.high_cloud, red_nn, P, MULTI)
    np.testing.assert_array_equal(refined, [True, True, True, False])


# ---------------------------------------------------------------- step 5


def test_pass2_thresholds_are_strict():
    # (1150-850)/2000 = 0.15 exactly; red 400 = 40*multi exactly
    ndsi = ndsi_of([1150, 1151, 1300, 1300], [850, 850, 700, 700])
    red = arr(5000, 5000, 400, 401)
    np.testing.assert_array_equal(steps.pass2_candidates(ndsi, red, P, MULTI), [False, True, False, True])


def test_pass2_needs_dem_strictly_above_zs_and_no_refined_cloud():
    candidates = bools(True, True, True, True, True, False)
    cloud_refine = bools(False, False, False, False, True, False)
    dem = np.array([1299.0, 1300.0, 1300.5, 1301.0, 2000.0, 2000.0], dtype=np.float32)
    pass2 = steps.pass2_snow(candidates, cloud_refine, dem, 1300)
    # a float DEM is compared as float: 1300.5 > 1300
    np.testing.assert_array_equal(pass2, [False, False, True, True, False, False])


def test_pass2_never_fires_where_the_dem_has_no_value():
    dem = np.array([np.nan, 2000.0], dtype=np.float32)
    pass2 = steps.pass2_snow(bools(True, True), bools(False, False), dem, 1000)
    np.testing.assert_array_equal(pass2, [False, True])


def test_pass2_can_take_a_dark_cloud_pixel():
    """A dark cloud (cloud, red_nn <= 3000, no shadow/high bit) is not in the
    refined mask, so pass 2 may call it snow (the point of step 3)."""
    layers = steps.cloud_layers(arr(2, 2, dtype=np.uint8))
    refined = steps.cloud_refined(layers.all_cloud, layers.shadow, layers.high_cloud, arr(2500, 3500), P, MULTI)
    pass2 = steps.pass2_snow(bools(True, True), refined, np.array([2000.0, 2000.0]), 1000)
    np.testing.assert_array_equal(pass2, [True, False])


# ---------------------------------------------------------------- step 6


def test_classify_snow_beats_cloud_and_nodata_beats_all():
    snow = bools(True, True, False, False, True, False)
    cloud = bools(False, True, True, False, True, True)
    nodata = bools(False, False, False, False, True, True)
    classes = steps.classify(snow, cloud, nodata)
    assert classes.dtype == np.uint8
    np.testing.assert_array_equal(classes, [SNOW, SNOW, CLOUD, NO_SNOW, NODATA, NODATA])
    assert (SNOW, CLOUD, NO_SNOW, NODATA) == (100, 205, 0, 255)


def test_steps_chain_on_a_row_of_typical_pixels():
    """Steps 1-6 together, each pixel a textbook case (zs = 1000)."""
    #            snow  cloud  bright-  dark    shadow  dark   low    nodata fog-like
    #                         cloud    cloud          cloud  snow          bright
    green = arr(8000, 8000, 8000, 2500, 8000, 2000, 1300, 8000, 5000)
    red = arr(8000, 8000, 8000, 2500, 8000, 900, 1000, 8000, 5000)
    swir = arr(1000, 1000, 1000, 1500, 1000, 1500, 700, -10000, 4000)
    clm = arr(0, 2, 2, 2, 33, 2, 0, 0, 0, dtype=np.uint8)
    red_nn = arr(8000, 8000, 8000, 2500, 8000, 900, 1000, 8000, 5000)
    dem = np.array([2000, 2000, 2000, 2000, 2000, 2000, 500, 2000, 2000], np.float32)
    nodata = steps.nodata_mask(swir)
    ndsi = steps.ndsi(green, swir, nodata)
    layers = steps.cloud_layers(clm)
    pass1 = steps.pass1_snow(layers.all_cloud, ndsi, red, P, MULTI)
    refine = steps.cloud_refined(layers.all_cloud, layers.shadow, layers.high_cloud, red_nn, P, MULTI)
    pass2 = steps.pass2_snow(steps.pass2_candidates(ndsi, red, P, MULTI), refine, dem, 1000)
    cloud = refine | steps.back_to_cloud(layers.all_cloud, red, P, MULTI)
    classes = steps.classify(pass1 | pass2, cloud, nodata)
    # cloud with high NDSI: pass 1 excluded, but pass 2 has NDSI 0.78 > 0.15:
    # a bright cloud stays cloud (refined), the bright one too; the dark cloud
    # (red_nn 2500) above zs turns to snow; the shadow stays cloud; the dark
    # low-red cloud (red 900 <= 1000, not back to cloud, NDSI 0.14 <= 0.15) is
    # no snow; low snow below zs (dem 500) is no snow; nodata 255; the bright
    # SWIR pixel (NDSI 0.11) is no snow with the defaults.
    np.testing.assert_array_equal(classes, [100, 205, 205, 100, 205, 0, 0, 255, 0])


# ---------------------------------------------------------------- step 7


def test_ndsi_percent_multiplies_first_in_float32():
    """trunc(float32(100*(G-S)) / (G+S)): when 100*(G-S)/(G+S) is an exact
    integer k, this is k; trunc(100*NDSI) in double may give k-1. Search
    small integer pairs for such cases and check every one."""
    g, s = np.meshgrid(np.arange(1, 600), np.arange(1, 600))
    g, s = g.ravel(), s.ravel()
    keep = g > s
    g, s = g[keep], s[keep]
    exact_integer = (100 * (g - s)) % (g + s) == 0
    k = (100 * (g - s)) // (g + s)
    double_way = np.trunc(100 * ((g - s) / (g + s)))
    differs = exact_integer & (double_way != k)
    assert differs.sum() >= 5  # e.g. G=129, S=71: 29 exactly, 28.999999999999996 in double
    assert ((g == 129) & (s == 71) & differs).any()
    result = steps.ndsi_percent(g[differs].astype(np.int16), s[differs].astype(np.int16))
    np.testing.assert_array_equal(result, k[differs])


def test_ndsi_percent_truncates_towards_zero():
    green = arr(2500, 8000, 3000, 1000)
    swir = arr(500, 1000, 1000, 3000)
    # 66.67 -> 66; 77.78 -> 77; 50 -> 50; -50 -> -50
    np.testing.assert_array_equal(steps.ndsi_percent(green, swir), [66, 77, 50, -50])


def fsc_spec(x):
    return math.trunc(100 * min(0.5 * math.tanh(2.65 * x - 1.42) + 0.5, 1))


@pytest.mark.parametrize("ndsi_value", [-1.0, 0.0, 0.16, 0.3, 0.41, 0.5, 0.6667, 0.8, 0.95, 1.0])
def test_fsc_follows_the_tanh_formula(ndsi_value):
    result = steps.fsc_from_ndsi(np.array([ndsi_value]))
    assert result.dtype == np.uint8
    assert int(result[0]) == fsc_spec(ndsi_value)


def test_fsc_values_by_hand():
    # f(1) = 0.5*tanh(1.23)+0.5 = 0.921; f(0.4) = 0.5*tanh(-0.36)+0.5 = 0.327;
    # f(0.15) = 0.5*tanh(-1.0225)+0.5 = 0.1146
    np.testing.assert_array_equal(steps.fsc_from_ndsi(np.array([1.0, 0.4, 0.15])), [92, 32, 11])
    values = steps.fsc_from_ndsi(np.linspace(-1, 1, 2001))
    assert (np.diff(values.astype(int)) >= 0).all() and values.max() <= 100


def fsc_og_spec(fsc_toc, tcd):
    if tcd > 100:
        return fsc_toc
    if tcd == 100:
        return 100 if fsc_toc > 0 else 0  # x/0 -> inf, min(inf, 1) = 1
    return math.trunc(100 * min((fsc_toc / 100) / (1 - tcd / 100), 1))


@pytest.mark.parametrize(
    "fsc_toc,tcd",
    [(50, 0), (30, 40), (30, 50), (60, 50), (45, 10), (12, 85), (80, 95), (70, 100), (70, 101), (33, 255), (0, 60)],
)
def test_fsc_og_with_tree_cover_density(fsc_toc, tcd):
    result = steps.fsc_on_ground(np.array([fsc_toc], np.uint8), np.array([tcd], np.float32))
    assert int(result[0]) == fsc_og_spec(fsc_toc, tcd)


def test_fsc_og_undefined_tcd_keeps_fsc_toc():
    fsc = np.array([10, 55, 92], np.uint8)
    np.testing.assert_array_equal(steps.fsc_on_ground(fsc, np.array([101, 200, 255], np.float32)), fsc)
    # and a canopy can only raise the on-ground fraction, up to 100
    og = steps.fsc_on_ground(fsc, np.array([50, 50, 50], np.float32))
    np.testing.assert_array_equal(og, [20, 100, 100])


def test_snow_pixels_carry_values_others_their_class_code():
    values = np.array([42, 42, 42, 42], np.uint8)
    snow = bools(True, False, False, False)
    classes = np.array([SNOW, CLOUD, NO_SNOW, NODATA], np.uint8)
    np.testing.assert_array_equal(steps.with_class_codes(values, snow, classes), [42, 205, 0, 255])


# ---------------------------------------------------------------- step 8


def qc(mg2=None, water=None, tcd=None, all_cloud=None, fsc=None, snow=None, nodata=None, n=None):
    n = n or next(len(a) for a in (mg2, water, tcd, all_cloud, fsc, snow) if a is not None)
    false = np.zeros(n, bool)
    return steps.qc_flags(
        None if mg2 is None else np.array(mg2, np.uint8),
        None if water is None else np.array(water, bool),
        None if tcd is None else np.array(tcd, np.float32),
        false if all_cloud is None else np.array(all_cloud, bool),
        np.zeros(n, np.uint8) if fsc is None else np.array(fsc, np.uint8),
        false if snow is None else np.array(snow, bool),
        false if nodata is None else np.array(nodata, bool),
    )


def test_qc_sun_bits_come_from_mg2_64_and_128():
    flags = qc(mg2=[0, 64, 128, 192, 63, 1 | 4 | 8 | 16 | 32])
    np.testing.assert_array_equal(flags, [0, 1, 2, 3, 0, 0])


def test_qc_water_is_bit_2():
    np.testing.assert_array_equal(qc(water=[True, False]), [4, 0])


def test_qc_tree_cover_bits():
    flags = qc(tcd=[0, 90, 91, 100, 101, 255])
    assert [bool(f & 8) for f in flags.tolist()[:4]] == [False, False, True, True]  # TCD > 90 %
    assert [bool(f & 32) for f in flags.tolist()] == [False, False, False, False, True, True]  # undefined


def test_qc_snow_under_thin_cloud_is_bit_4():
    # CLM > 0 and 0 < FSC <= 100; non-snow pixels carry their code (205, 0)
    flags = qc(
        all_cloud=[True, True, False, True, True],
        fsc=[50, 205, 50, 0, 100],
        snow=[True, False, True, False, True],
    )
    np.testing.assert_array_equal(flags, [16, 0, 0, 0, 16])


def test_qc_no_optional_input_gives_no_flag():
    assert not qc(n=4).any()


# ---------------------------------------------------------------- fog rescue


def test_fog_like_pixels_are_bright_swir_bright_and_low_ndsi():
    #          fog    snow   masked  dark   nodata  swir-at-limit  red-at-limit
    green = arr(5000, 8000, 5000, 1500, 5000, 3000, 2000)
    red = arr(5000, 8000, 5000, 1500, 5000, 5000, 2000)
    swir = arr(4000, 1000, 4000, 1400, -10000, 2000, 1800)
    nodata = steps.nodata_mask(swir)
    ndsi = steps.ndsi(green, swir, nodata)
    params = DetectionParameters(fog_rescue=True)
    fog_like = steps.fog_like(nodata, red, swir, ndsi, params, MULTI)
    # red > 2000, swir > 2000 (strict), NDSI < 0.4, not nodata; the CLM plays no part
    np.testing.assert_array_equal(fog_like, [True, False, True, False, False, False, False])


def test_spectral_cloud_spares_rock_and_needs_b12_and_a_brighter_swir_above_the_snowline():
    #           fog    rock   dark-B12  mixed-snow  thick-cloud
    green = arr(5000, 3000, 5000, 3400, 6600)
    swir = arr(3400, 4200, 3400, 2100, 4600)
    swir2 = arr(2500, 3800, 1400, 1700, 3200)
    ndsi = steps.ndsi(green, swir, steps.nodata_mask(swir))
    fog_like = np.ones(5, dtype=bool)
    below, anywhere = steps.spectral_cloud(fog_like, ndsi, swir, swir2, DetectionParameters(), MULTI)
    # NDSI > 0 (rock: -0.17), B12 > 1500, and B11 > 3000 for "anywhere"
    np.testing.assert_array_equal(below, [True, False, False, True, True])
    np.testing.assert_array_equal(anywhere, [True, False, False, False, True])
    assert not steps.spectral_cloud(~fog_like, ndsi, swir, swir2, DetectionParameters(), MULTI)[0].any()


def test_decision_codes_take_the_first_rule_that_applies():
    n = 12
    nodata, water, pass1, pass2, all_cloud, kept, shadow, high, back, valley, spectral = (np.zeros(n, bool) for _ in range(11))
    nodata[0] = water[1] = pass1[2] = pass2[3] = True
    kept[4] = shadow[5] = high[6] = back[7] = valley[8] = spectral[9] = True
    all_cloud[4:8] = all_cloud[11] = True
    # lower rules also hold on earlier pixels: the first one wins
    water[0] = pass1[1] = kept[2] = valley[5] = spectral[8] = True
    codes = steps.decision_codes(nodata, water, pass1, pass2, all_cloud, kept, shadow, high, back, valley, spectral)
    np.testing.assert_array_equal(codes, [255, 30, 1, 2, 10, 11, 12, 13, 14, 15, 20, 21])
    without_options = steps.decision_codes(nodata, None, pass1, pass2, all_cloud, kept, shadow, high, back, None, None)
    np.testing.assert_array_equal(without_options, [255, 1, 1, 2, 10, 11, 12, 13, 20, 20, 20, 21])
