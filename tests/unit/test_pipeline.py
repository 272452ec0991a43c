"""detect_snow end to end on tiny hand-made MUSCATE products.

The "mountain" product (41 rows x 30 columns at 20 m) keeps green and red
uniform, so the cubic 10 m -> 20 m warp returns them exactly and red_nn is
that same value everywhere; SWIR, CLM and the DEM (all native 20 m) draw
the scene sharply:

- DEM = 1000 + 25 * row: 1000..2000 m, nb = 10 bins of 100 m, 4 rows a bin;
- pass-1 snow (NDSI 0.67) in rows 20-40 (DEM >= 1500), columns 0-14;
- everywhere else a pass-2 candidate (NDSI 0.25, red > 400) ...
- ... so bin 5 (1500-1600) is the first with snow/clear > 0.1 and
  zs = floor(centre of bin 3 - dz/2) = floor(1350 - 50) = 1300: pass 2
  turns the candidates with DEM > 1300 (rows >= 13) to snow;
- a plain cloud block above zs (CLM 2; pass 2 takes it when red_nn <= 3000,
  a "dark cloud"), a plain cloud below zs (back to cloud: red > 1000),
  a shadow (CLM 33) and a high cloud (CLM 129) above zs, a nodata corner.
"""

import json
import math
import os
import zipfile

import numpy as np
import pytest
import rasterio
from rasterio.crs import CRS
from rasterio.enums import Compression, Resampling
from rasterio.warp import reproject
from rasterio.warp import transform as transform_coords

from snow_plugin.core.errors import CancelledError, DemError, OutputError, ProductError
from snow_plugin.core.feedback import Feedback
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import detect_snow
from tests.unit.product_factory import (
    EPSG,
    IDENTIFIER,
    ORIGIN,
    grid_transform,
    read,
    write_dem_on_grid,
    write_product,
    write_raster,
    zip_product,
)

H, W = 41, 30
ROWS = np.arange(H)[:, None] * np.ones((1, W), int)
DEM = (1000 + 25 * ROWS).astype(np.float32)
ZS = 1300

PASS1 = (ROWS >= 20) & (np.arange(W)[None, :] < 15)
NODATA_BLOCK = (slice(0, 3), slice(27, 30))
CLOUD_HIGH_UP = (slice(30, 35), slice(20, 25))  # CLM 2, above zs
CLOUD_LOW = (slice(5, 8), slice(20, 25))  # CLM 2, below zs
SHADOW = (slice(30, 35), slice(25, 28))  # CLM 33
HIGH = (slice(36, 39), slice(20, 23))  # CLM 129


def fsc_spec(x):
    return math.trunc(100 * min(0.5 * math.tanh(2.65 * x - 1.42) + 0.5, 1))


def mountain_arrays(brightness=2500):
    """(green, red, swir, clm) at 20 m; green = red = brightness."""
    green = np.full((H, W), brightness, np.int16)
    red = green.copy()
    swir = np.full((H, W), brightness * 3 // 5, np.int16)  # NDSI 0.25: pass-2 candidate
    swir[PASS1] = brightness // 5  # NDSI 0.667: pass 1
    swir[NODATA_BLOCK] = -10000
    clm = np.zeros((H, W), np.uint8)
    clm[CLOUD_HIGH_UP] = 2
    clm[CLOUD_LOW] = 2
    clm[SHADOW] = 33
    clm[HIGH] = 129
    return green, red, swir, clm


def mountain_expected(bright, pass2=True):
    """SNW expected from the spec for the mountain product."""
    snw = np.zeros((H, W), np.uint8)
    if pass2:
        snw[ROWS > (ZS - 1000) / 25] = 100  # candidates with DEM > zs
    snw[PASS1] = 100
    snw[CLOUD_LOW] = 205
    # above zs a plain cloud is snow for pass 2 unless red_nn > 3000
    snw[CLOUD_HIGH_UP] = 205 if (bright or not pass2) else 100
    snw[SHADOW] = 205
    snw[HIGH] = 205
    snw[NODATA_BLOCK] = 255
    return snw


@pytest.fixture
def make_mountain(tmp_path):
    def make(brightness=2500, with_dem=True, folder="in", **kwargs):
        green, red, swir, clm = mountain_arrays(brightness)
        product = write_product(tmp_path / folder, green, red, swir, clm, **kwargs)
        dem = write_dem_on_grid(tmp_path / folder / "dem.tif", DEM) if with_dem else None
        return product, dem

    return make


def outputs_of(result):
    return {key: read(path) for key, path in result.outputs.items() if str(path).endswith(".tif")}


# ------------------------------------------------------------ default run


def test_default_run_writes_every_output_georeferenced_like_b11(make_mountain, tmp_path):
    product, dem = make_mountain()
    result = detect_snow(product, tmp_path / "out", dem=dem)
    names = {p.name for p in (tmp_path / "out").iterdir()}
    for suffix in ("_SNW_R2", "_FSC_TOC", "_NDSI", "_QCFLAGS"):
        assert IDENTIFIER + suffix + ".tif" in names
        assert IDENTIFIER + suffix + ".qml" in names
    assert IDENTIFIER + "_SNOW.json" in names
    assert not [n for n in names if n.endswith(".part")]
    with rasterio.open(product / (IDENTIFIER + "_FRE_B11.tif")) as b11:
        crs, transform, shape = b11.crs, b11.transform, b11.shape
    for key in ("SNW", "FSC_TOC", "NDSI", "QCFLAGS"):
        with rasterio.open(result.outputs[key]) as dataset:
            assert dataset.crs == crs and dataset.transform == transform and dataset.shape == shape
            assert dataset.dtypes[0] == "uint8"
            assert dataset.compression == Compression.deflate
    with rasterio.open(result.outputs["SNW"]) as snw:
        colours = snw.colormap(1)
        assert set(np.unique(snw.read(1))) <= {0, 100, 205, 255}
    assert colours[0][:3] == (0x77, 0x77, 0x77)
    assert colours[100][:3] == (0, 255, 255)
    assert colours[205][:3] == (255, 255, 255)
    assert colours[255][:3] == (0, 0, 0)
    metadata = json.loads(result.outputs["METADATA"].read_text(encoding="utf-8"))
    assert metadata["parameters"] == DetectionParameters().as_dict()
    assert metadata["snowline_elevation"] == ZS


@pytest.mark.parametrize("brightness,bright", [(2500, False), (5000, True)])
def test_mountain_classification_fsc_ndsi_and_qc(make_mountain, tmp_path, brightness, bright):
    product, dem = make_mountain(brightness)
    result = detect_snow(product, tmp_path / "out", dem=dem)
    assert result.snowline_elevation == ZS
    assert result.metadata["pass2_applied"] is True
    out = outputs_of(result)
    snw = out["SNW"]
    np.testing.assert_array_equal(snw, mountain_expected(bright))
    # NDSI % and FSC on snow pixels; the class code elsewhere
    ndsi_pct = np.where(PASS1, 66, 25)  # trunc(100*4/6), 100*0.4/1.6 = 25
    fsc = np.where(PASS1, fsc_spec(2 / 3), fsc_spec(0.25))
    snow = snw == 100
    np.testing.assert_array_equal(out["NDSI"], np.where(snow, ndsi_pct, snw))
    np.testing.assert_array_equal(out["FSC_TOC"], np.where(snow, fsc, snw))
    # QC bit 4: snow under a (dark, thin) cloud of the L2A mask
    qc = out["QCFLAGS"]
    expected_bit4 = np.zeros((H, W), bool)
    if not bright:
        expected_bit4[CLOUD_HIGH_UP] = True
    valid = snw != 255
    np.testing.assert_array_equal((qc[valid] & 16) != 0, expected_bit4[valid])
    assert not (qc[valid] & 0b101111).any()  # no MG2, water or TCD given
    pixels = result.metadata["pixels"]
    assert pixels["snow"] == np.count_nonzero(snw == 100)
    assert pixels["cloud"] == np.count_nonzero(snw == 205)


def test_float_dem_is_compared_as_float_in_pass2(make_mountain, tmp_path):
    product, _ = make_mountain()
    dem = DEM.copy()
    dem[12, 16:] = 1300.5  # row 12 is at 1300 = zs (not >); +0.5 m is above
    dem_path = write_dem_on_grid(tmp_path / "dem_float.tif", dem)
    snw = read(detect_snow(product, tmp_path / "out", dem=dem_path).outputs["SNW"])
    np.testing.assert_array_equal(snw[12, :16], 0)
    np.testing.assert_array_equal(snw[12, 16:24], 100)


# ------------------------------------------------------------ pass-2 gate and DEM


def test_fsnow_total_lim_gate_skips_pass2_but_reports_zs(make_mountain, tmp_path):
    product, dem = make_mountain()
    fraction = np.count_nonzero(PASS1) / (H * W)  # pass-1 snow over all pixels
    for lim, applied in ((fraction, False), (np.nextafter(fraction, 0), True)):
        params = DetectionParameters(fsnow_total_lim=float(lim))
        result = detect_snow(product, tmp_path / f"out{applied}", dem=dem, params=params)
        assert result.metadata["snowline_elevation"] == ZS  # reported even when gated
        assert result.metadata["pass2_applied"] is applied
        np.testing.assert_array_equal(read(result.outputs["SNW"]), mountain_expected(False, pass2=applied))
        if not applied:
            assert result.warnings


def test_no_dem_warns_and_skips_pass2(make_mountain, tmp_path):
    product, _ = make_mountain(with_dem=False)
    result = detect_snow(product, tmp_path / "out")
    assert any("DEM" in w for w in result.warnings)
    assert result.metadata["snowline_elevation"] is None
    assert result.metadata["pass2_applied"] is False
    np.testing.assert_array_equal(read(result.outputs["SNW"]), mountain_expected(False, pass2=False))


def test_nodata_pixels_count_in_the_snowline_histogram(tmp_path):
    """One bin (DEM 1000 / 1150: nb = 1, centre 1075, zs = 1025). 20 pass-1
    pixels of 200: snow/clear = 0.1 exactly with the 10 nodata pixels counted
    as clear (the spec), so no zs; 21 pass-1 pixels: zs found."""
    h, w = 20, 10
    dem = np.where(np.arange(h)[:, None] < 10, 1000.0, 1150.0) * np.ones((1, w))
    dem_path = write_dem_on_grid(tmp_path / "dem.tif", dem.astype(np.float32))
    for n_snow, found in ((20, False), (21, True)):
        green = np.full((h, w), 5000, np.int16)
        swir = np.full((h, w), 3000, np.int16)  # NDSI 0.25 candidates
        flat = swir.reshape(-1)
        flat[:n_snow] = 1000  # pass 1, rows 0-2 (DEM 1000)
        flat[-10:] = -10000  # nodata, row 19
        product = write_product(tmp_path / f"p{n_snow}", green, green, swir)
        result = detect_snow(product, tmp_path / f"out{n_snow}", dem=dem_path)
        assert (result.snowline_elevation == 1025) if found else (result.snowline_elevation is None)
        snw = read(result.outputs["SNW"])
        # candidates at 1150 m > 1025 become snow only when pass 2 runs
        assert (snw[10:19] == 100).all() == found
        assert (snw[10:19] == 0).all() == (not found)


def utm_y_to_dem(y):
    """The mountain's continuous elevation (+12.5 m, away from bin bounds)."""
    return 1012.5 + 25 * ((ORIGIN[1] - y) / 20 - 0.5)


def write_dem_4326(path):
    left, top = ORIGIN
    right, bottom = left + 20 * W, top - 20 * H
    lons, lats = transform_coords(
        CRS.from_epsg(EPSG), CRS.from_epsg(4326), [left - 200, right + 200], [bottom - 200, top + 200]
    )
    res = 0.0001
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    cols, rows = int((east - west) / res) + 1, int((north - south) / res) + 1
    lon = west + (np.arange(cols) + 0.5) * res
    lat = north - (np.arange(rows) + 0.5) * res
    lon_grid, lat_grid = np.meshgrid(lon, lat)
    _, ys = transform_coords(CRS.from_epsg(4326), CRS.from_epsg(EPSG), lon_grid.ravel(), lat_grid.ravel())
    dem = utm_y_to_dem(np.array(ys)).reshape(rows, cols).astype(np.float32)
    return write_raster(path, dem, rasterio.transform.from_origin(west, north, res, res), crs=4326, nodata=-32768)


def write_dem_utm_30m(path):
    left, top = ORIGIN[0] - 95, ORIGIN[1] + 85  # another origin and resolution
    cols, rows = (20 * W + 200) // 30, (20 * H + 200) // 30
    y = top - (np.arange(rows) + 0.5) * 30
    dem = np.repeat(utm_y_to_dem(y)[:, None], cols, axis=1).astype(np.float32)
    return write_raster(path, dem, rasterio.transform.from_origin(left, top, 30, 30), nodata=-32768)


@pytest.mark.parametrize("writer", [write_dem_4326, write_dem_utm_30m])
def test_dem_in_another_crs_or_resolution_is_warped(make_mountain, tmp_path, writer):
    product, _ = make_mountain()
    dem = writer(tmp_path / "dem_other.tif")
    result = detect_snow(product, tmp_path / "out", dem=dem)
    # rows sit at 1012.5 + 25 r: zs near 1312 (bin bounds may move by a metre)
    assert result.snowline_elevation is not None and abs(result.snowline_elevation - 1312) <= 15
    snw = read(result.outputs["SNW"])
    expected = mountain_expected(False)
    far = np.abs(1012.5 + 25 * ROWS - result.snowline_elevation) > 20
    np.testing.assert_array_equal(snw[far], expected[far])
    assert (snw[14:20, :15] == 100).all() and (snw[:11, :15] == 0).all()


def test_dem_partly_covering_warns_and_pixels_without_elevation_get_no_pass2(make_mountain, tmp_path):
    """The DEM covers rows 20-40 only (the pass-1 snow); rows 0-19 have no
    elevation: a warning, and pass 2 cannot fire there."""
    product, _ = make_mountain()
    lower = np.full((H, W), -32768, np.float32)
    lower[20:] = DEM[20:]
    dem = write_raster(tmp_path / "lower.tif", lower, grid_transform(), nodata=-32768, dtype="float32")
    result = detect_snow(product, tmp_path / "out", dem=dem)
    assert any("DEM" in w for w in result.warnings)
    assert result.snowline_elevation is not None and result.snowline_elevation < 1500
    snw = read(result.outputs["SNW"])
    np.testing.assert_array_equal(snw[:20], mountain_expected(False, pass2=False)[:20])
    np.testing.assert_array_equal(snw[21:], mountain_expected(False, pass2=True)[21:])


def test_dem_not_covering_raises_and_writes_nothing(make_mountain, tmp_path):
    product, _ = make_mountain()
    far_away = write_raster(
        tmp_path / "far.tif", DEM, grid_transform((ORIGIN[0] + 50000, ORIGIN[1])), dtype="float32"
    )
    out = tmp_path / "out"
    with pytest.raises(DemError):
        detect_snow(product, out, dem=far_away)
    assert not out.exists() or not any(out.iterdir())


# ------------------------------------------------------------ strips, threads


@pytest.fixture(scope="module")
def noisy(tmp_path_factory):
    """A 150 x 140 product with pixel noise everywhere, snowy and high in its
    upper half, random CLM codes, a cloud body and scattered nodata."""
    root = tmp_path_factory.mktemp("noisy")
    rng = np.random.default_rng(2024)
    h, w = 150, 140
    rows = np.arange(h)[:, None]
    # 10 m green and red with pixel noise (not 2x2 blocks: the cubic kernel
    # mixes across strip borders), bright in the upper rows (snowy)
    rows_10m = np.arange(2 * h)[:, None]
    green = (np.where(rows_10m < 150, 6500, 2500) + rng.integers(-1500, 1500, size=(2 * h, 2 * w))).astype(np.int16)
    red = (green + rng.integers(-800, 800, size=green.shape)).astype(np.int16)
    swir = (np.where(rows < 75, 1200, 2500) + rng.integers(-900, 900, size=(h, w))).astype(np.int16)
    swir[rng.random((h, w)) < 0.02] = -10000
    clm = rng.choice(np.array([0, 0, 0, 0, 0, 2, 3, 16, 33, 65, 131], np.uint8), size=(h, w))
    clm[100:130, 20:60] = 2  # a cloud body
    dem = (3000 - 15 * rows + rng.normal(0, 30, size=(h, w))).astype(np.float32)
    product = write_product(root / "in", green, red, swir, clm, bands_at_20m=False)
    dem_path = write_dem_on_grid(root / "dem.tif", dem)
    result = detect_snow(product, root / "out", dem=dem_path, threads=1, strip_height=10000)
    return {"root": root, "product": product, "dem_path": dem_path, "swir": swir, "clm": clm, "dem": dem,
            "result": result, "outputs": outputs_of(result)}


def test_strip_wise_result_is_identical_to_one_strip(noisy):
    reference, metadata = noisy["outputs"], noisy["result"].metadata
    assert metadata["pass2_applied"] and set(np.unique(reference["SNW"])) == {0, 100, 205, 255}
    for strip_height, threads in ((7, 2), (13, 3), (64, 2), (150, 2)):
        result = detect_snow(
            noisy["product"], noisy["root"] / f"out_{strip_height}_{threads}", dem=noisy["dem_path"],
            threads=threads, strip_height=strip_height,
        )
        outputs = outputs_of(result)
        for name in reference:
            np.testing.assert_array_equal(outputs[name], reference[name], err_msg=f"{name} {strip_height} {threads}")
        assert result.metadata["snowline_elevation"] == metadata["snowline_elevation"]
        assert result.metadata["elevation_bands"] == metadata["elevation_bands"]


def reference_chain(product, swir, clm, dem, declared_nodata=-10000):
    """The whole chain redone from the spec, in one piece: GDAL cubic warps
    of the whole 10 m bands with ``declared_nodata`` as their nodata (LIS
    declares -10000 whatever the file's tags), the spec's histogram model
    for zs, the tent-filter red_nn, then steps 1-7 and the decision codes."""
    from tests.unit.test_snowline import spec_zs, tent_red_nn

    with rasterio.open(product / (IDENTIFIER + "_FRE_B11.tif")) as b11:
        def cubic(suffix):
            with rasterio.open(product / (IDENTIFIER + suffix)) as band:
                out = np.zeros(b11.shape, np.int16)
                reproject(band.read(1), out, src_transform=band.transform, src_crs=band.crs,
                          src_nodata=declared_nodata, dst_transform=b11.transform, dst_crs=b11.crs,
                          dst_nodata=declared_nodata, resampling=Resampling.cubic)
            return out

        green, red = cubic("_FRE_B3.tif"), cubic("_FRE_B4.tif")
    multi = 10
    nodata = swir == -10000
    g, s = green.astype(np.float64), swir.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        ndsi = np.where(nodata | (g + s == 0), 0.0, (g - s) / (g + s))
    all_cloud = clm > 0
    shadow = ((clm & 32) == 32) | ((clm & 64) == 64)
    high = (clm & 128) == 128
    back_to_cloud = all_cloud & (red > 100 * multi)
    pass1 = ~all_cloud & (ndsi > 0.40) & (red > 200 * multi)
    red_nn = tent_red_nn(red, 12)
    kept = all_cloud & (red_nn > 300 * multi)
    cloud_refine = kept | shadow | high
    zs = spec_zs(np.trunc(dem).astype(np.int16), ~all_cloud, pass1)
    pass2 = ~cloud_refine & (dem > zs) & (ndsi > 0.15) & (red > 40 * multi) if zs is not None else np.zeros_like(pass1)
    snow = pass1 | pass2
    snw = np.where(snow, 100, np.where(cloud_refine | back_to_cloud, 205, 0))
    snw[nodata] = 255
    decision = np.select(
        [nodata, pass1, pass2, kept, shadow, high, back_to_cloud, ~all_cloud], [255, 1, 2, 10, 11, 12, 13, 20], 21
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        ndsi_pct = np.trunc((100 * (green.astype(np.int32) - swir)).astype(np.float32) / (g + s).astype(np.float32))
    fsc = np.trunc(100 * np.minimum(0.5 * np.tanh(2.65 * ndsi - 1.42) + 0.5, 1))
    return dict(green=green, red=red, ndsi=ndsi, red_nn=red_nn, pass1=pass1, pass2=pass2, zs=zs, snow=snow, snw=snw,
                decision=decision, ndsi_pct=ndsi_pct, fsc=fsc, all_cloud=all_cloud, nodata=nodata)


def assert_outputs_match_reference(out, ref):
    np.testing.assert_array_equal(out["SNW"], ref["snw"])
    np.testing.assert_array_equal(out["DECISION"], ref["decision"])
    snow_valid = ref["snow"] & ~ref["nodata"]
    np.testing.assert_array_equal(out["NDSI"][snow_valid], ref["ndsi_pct"][snow_valid])
    np.testing.assert_array_equal(out["FSC_TOC"][snow_valid], ref["fsc"][snow_valid])
    np.testing.assert_array_equal(out["NDSI"][~snow_valid], ref["snw"][~snow_valid])
    qc_bit4 = ref["all_cloud"] & snow_valid
    np.testing.assert_array_equal((out["QCFLAGS"][~ref["nodata"]] & 16) != 0, qc_bit4[~ref["nodata"]])


def test_noisy_product_equals_an_independent_whole_image_implementation(noisy):
    ref = reference_chain(noisy["product"], noisy["swir"], noisy["clm"], noisy["dem"])
    assert ref["zs"] is not None and noisy["result"].snowline_elevation == ref["zs"]
    assert np.count_nonzero(ref["pass1"]) / ref["pass1"].size > 0.001
    assert_outputs_match_reference(noisy["outputs"], ref)
    # the scene exercises every rule: dark clouds turned snow, bright ones kept
    snow_valid = ref["snow"] & ~ref["nodata"]
    assert (ref["all_cloud"] & snow_valid).any() and (ref["all_cloud"] & ~ref["snow"] & ~ref["nodata"]).any()
    assert ref["pass2"][~ref["pass1"]].any()


@pytest.fixture(scope="module")
def swath_edge(tmp_path_factory):
    """An untagged product (as MUSCATE writes them) with a diagonal swath
    edge: -10000 beyond it in every band at 10 and 20 m, a bright cloud body
    along it whose red at 240 m decides between cloud and snow, snow above."""
    root = tmp_path_factory.mktemp("edge")
    rng = np.random.default_rng(7)
    h, w = 160, 150
    rows, cols = np.arange(h)[:, None], np.arange(w)[None, :]
    rows_10m, cols_10m = np.arange(2 * h)[:, None], np.arange(2 * w)[None, :]
    beyond_10m = cols_10m + 0.6 * rows_10m < 120  # the 20 m edge follows the 10 m one
    beyond = beyond_10m[::2, ::2]
    green = (np.where(rows_10m < 160, 6800, 3200) + rng.integers(-900, 900, size=(2 * h, 2 * w))).astype(np.int16)
    red = (green - 400 + rng.integers(-500, 500, size=green.shape)).astype(np.int16)
    green[beyond_10m] = red[beyond_10m] = -10000
    swir = (np.where(rows < 80, 1300, 2400) + rng.integers(-700, 700, size=(h, w))).astype(np.int16)
    swir[beyond] = -10000
    clm = np.zeros((h, w), np.uint8)
    clm[(cols + 0.3 * rows > 40) & (cols + 0.3 * rows < 110)] = 2  # a cloud along the edge
    clm[rng.random((h, w)) < 0.03] = 33
    clm[beyond] = 0
    dem = (2800 - 12 * rows + rng.normal(0, 25, size=(h, w))).astype(np.float32)
    product = write_product(root / "in", green, red, swir, clm, bands_at_20m=False)
    dem_path = write_dem_on_grid(root / "dem.tif", dem)
    result = detect_snow(product, root / "out", dem=dem_path)
    return {"product": product, "swir": swir, "clm": clm, "dem": dem, "result": result, "outputs": outputs_of(result)}


def test_untagged_swath_edge_equals_lis_with_minus_10000_declared_to_the_warper(swath_edge):
    product = swath_edge["product"]
    with rasterio.open(product / (IDENTIFIER + "_FRE_B4.tif")) as band:
        assert band.nodata is None  # the MUSCATE way
    ref = reference_chain(product, swath_edge["swir"], swath_edge["clm"], swath_edge["dem"])
    assert swath_edge["result"].snowline_elevation == ref["zs"] is not None
    assert_outputs_match_reference(swath_edge["outputs"], ref)
    # A warp that trusted the (missing) tag would differ along the edge: the test has teeth.
    blind = reference_chain(product, swath_edge["swir"], swath_edge["clm"], swath_edge["dem"], declared_nodata=None)
    differ = blind["snw"] != ref["snw"]
    assert differ.any() and (blind["red_nn"] != ref["red_nn"]).any()
    assert (blind["red"] != ref["red"]).any()


# ------------------------------------------------------------ product reading


def test_zipped_product_gives_the_same_result_as_the_folder(make_mountain, tmp_path):
    product, dem = make_mountain()
    archive = zip_product(product, tmp_path / (IDENTIFIER + ".zip"))
    from_folder = outputs_of(detect_snow(product, tmp_path / "out_folder", dem=dem))
    from_zip = outputs_of(detect_snow(archive, tmp_path / "out_zip", dem=dem))
    for key in from_folder:
        np.testing.assert_array_equal(from_zip[key], from_folder[key])


def test_clm_r1_only_is_or_of_2x2_blocks(tmp_path):
    green, red, swir, clm = mountain_arrays(2500)
    # spread each 20 m code over its 2x2 block, one bit per sub-pixel
    clm_r1 = np.zeros((2 * H, 2 * W), np.uint8)
    rng = np.random.default_rng(1)
    for bit in range(8):
        has = (clm & (1 << bit)) != 0
        r, c = np.nonzero(has)
        dr, dc = rng.integers(0, 2, size=r.size), rng.integers(0, 2, size=r.size)
        clm_r1[2 * r + dr, 2 * c + dc] |= np.uint8(1 << bit)
    # dark plain clouds above zs: a cloud in one sub-pixel, a shadow in another
    clm_r1[2 * 25, 2 * 20] = 2
    clm_r1[2 * 25 + 1, 2 * 20 + 1] = 32
    clm[25, 20] = 2 | 32
    clm_r1[2 * 26 + 1, 2 * 20] = 2
    clm[26, 20] = 2
    with_r1 = write_product(tmp_path / "r1", green, red, swir, clm_r1=clm_r1)
    with_r2 = write_product(tmp_path / "r2", green, red, swir, clm)
    assert not (with_r1 / "MASKS" / (IDENTIFIER + "_CLM_R2.tif")).exists()
    dem = write_dem_on_grid(tmp_path / "dem.tif", DEM)
    a = outputs_of(detect_snow(with_r1, tmp_path / "o1", dem=dem))
    b = outputs_of(detect_snow(with_r2, tmp_path / "o2", dem=dem))
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])
    assert a["SNW"][25, 20] == 205  # OR gives the shadow bit: stays cloud
    assert a["SNW"][26, 20] == 100  # dark cloud above zs: pass 2 snow
    expected = mountain_expected(False)
    expected[25, 20] = 205
    np.testing.assert_array_equal(a["SNW"], expected)


@pytest.mark.parametrize("suffix", ["_FRE_B3.tif", "_FRE_B4.tif", "_FRE_B11.tif"])
def test_missing_band_names_the_expected_file(make_mountain, tmp_path, suffix):
    product, _ = make_mountain(omit=(suffix,))
    with pytest.raises(ProductError) as error:
        detect_snow(product, tmp_path / "out")
    assert IDENTIFIER + suffix in str(error.value)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_missing_cloud_mask_is_a_product_error(make_mountain, tmp_path):
    product, _ = make_mountain(omit=("_CLM_R2.tif",))
    with pytest.raises(ProductError) as error:
        detect_snow(product, tmp_path / "out")
    assert "CLM" in str(error.value)


def test_corrupt_or_truncated_zip_is_a_product_error(make_mountain, tmp_path):
    product, _ = make_mountain()
    archive = zip_product(product, tmp_path / (IDENTIFIER + ".zip"))
    data = archive.read_bytes()
    truncated = tmp_path / "trunc" / (IDENTIFIER + ".zip")
    truncated.parent.mkdir()
    truncated.write_bytes(data[: len(data) // 2])
    garbage = tmp_path / "garbage" / (IDENTIFIER + ".zip")
    garbage.parent.mkdir()
    garbage.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    # a zip whose central directory is intact but whose members are damaged
    damaged = tmp_path / "damaged" / (IDENTIFIER + ".zip")
    damaged.parent.mkdir()
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(damaged, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename.endswith("_FRE_B11.tif"):
                content = content[:200]
            target.writestr(info.filename, content)
    for path in (truncated, garbage, damaged):
        with pytest.raises(ProductError):
            detect_snow(path, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not [p for p in (tmp_path / "out").iterdir()]


def test_wrong_size_band_is_a_product_error(tmp_path):
    green, red, swir, clm = mountain_arrays()
    product = write_product(tmp_path / "a", green, red[:20], swir, clm)  # B4 half height
    with pytest.raises(ProductError) as error:
        detect_snow(product, tmp_path / "out")
    assert "_FRE_B4.tif" in str(error.value)
    product = write_product(tmp_path / "b", green, red, swir, clm[:, :20])  # CLM too narrow
    with pytest.raises(ProductError):
        detect_snow(product, tmp_path / "out")


def test_all_nodata_product_is_an_error_and_leaves_no_output(tmp_path):
    green, red, swir, clm = mountain_arrays()
    swir[:] = -10000
    product = write_product(tmp_path / "in", green, red, swir, clm)
    out = tmp_path / "out"
    with pytest.raises(ProductError):
        detect_snow(product, out)
    assert not out.exists() or list(out.iterdir()) == []


def test_quantification_from_mtd_all_is_honoured(tmp_path):
    """Same reflectances written x1000: with REFLECTANCE_QUANTIFICATION_VALUE
    1000 multi is 1 and red 250 > 200 is snow; read as x10000 it is not."""
    green = np.full((H, W), 250, np.int16)
    swir = np.full((H, W), 150, np.int16)
    swir[PASS1] = 50
    runs = {}
    for quantification in (1000, 10000, None):
        product = write_product(tmp_path / f"q{quantification}", green, green, swir, quantification=quantification)
        result = detect_snow(product, tmp_path / f"out{quantification}")
        runs[quantification] = read(result.outputs["SNW"])
        assert result.metadata["reflectance_quantification"] == (quantification or 10000)
    np.testing.assert_array_equal(runs[1000], np.where(PASS1, 100, 0))
    assert (runs[10000] == 0).all() and (runs[None] == 0).all()


# ------------------------------------------------------------ outputs


def test_existing_output_is_kept_unless_overwrite(make_mountain, tmp_path):
    product, dem = make_mountain()
    out = tmp_path / "out"
    first = detect_snow(product, out, dem=dem)
    snw_path = first.outputs["SNW"]
    before = snw_path.read_bytes()
    stamp = snw_path.stat().st_mtime_ns
    with pytest.raises(OutputError):
        detect_snow(product, out)  # no DEM: a different result would be written
    assert snw_path.read_bytes() == before and snw_path.stat().st_mtime_ns == stamp
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
    second = detect_snow(product, out, overwrite=True)
    np.testing.assert_array_equal(read(second.outputs["SNW"]), mountain_expected(False, pass2=False))


def test_unwritable_output_folder_is_an_output_error(make_mountain, tmp_path):
    product, _ = make_mountain()
    if os.geteuid() == 0:  # root ignores permissions: a folder under a file cannot exist
        blocker = tmp_path / "a_file"
        blocker.write_text("not a folder")
        target = blocker / "out"
        with pytest.raises(OutputError):
            detect_snow(product, target)
        assert blocker.read_text() == "not a folder"
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(OutputError):
                detect_snow(product, locked)
            assert list(locked.iterdir()) == []
        finally:
            locked.chmod(0o700)


class CancelAfter(Feedback):
    """Says "cancelled" from its n-th isCanceled() call on."""

    def __init__(self, calls):
        super().__init__()
        self.calls = calls
        self.asked = 0

    def isCanceled(self):
        self.asked += 1
        return self.asked >= self.calls


@pytest.mark.parametrize("calls", [1, 3, 11])
def test_cancel_leaves_no_file_nor_part(make_mountain, tmp_path, calls):
    product, dem = make_mountain()
    out = tmp_path / "out"
    feedback = CancelAfter(calls)
    with pytest.raises(CancelledError):
        detect_snow(product, out, dem=dem, feedback=feedback, strip_height=7, threads=2)
    assert feedback.asked >= calls
    assert not out.exists() or list(out.iterdir()) == []


# ------------------------------------------------------------ ancillary


WATER = (slice(22, 27), slice(3, 9))  # inside the pass-1 snow


def test_water_mask_raster_makes_water_nodata_and_sets_qc_bit_2(make_mountain, tmp_path):
    product, dem = make_mountain()
    water = np.zeros((H, W), np.uint8)
    water[WATER] = 1
    water_path = write_raster(tmp_path / "water.tif", water, grid_transform())
    out = outputs_of(detect_snow(product, tmp_path / "out", dem=dem, water_mask=water_path))
    expected = mountain_expected(False)
    expected[WATER] = 255
    np.testing.assert_array_equal(out["SNW"], expected)
    assert (out["FSC_TOC"][WATER] == 255).all()
    is_water = np.zeros((H, W), bool)
    is_water[WATER] = True
    product_nodata = np.zeros((H, W), bool)
    product_nodata[NODATA_BLOCK] = True
    # water pixels carry QC bit 2, and only they (product nodata aside)
    np.testing.assert_array_equal((out["QCFLAGS"][~product_nodata] & 4) != 0, is_water[~product_nodata])


def test_water_mask_vector_polygon(make_mountain, tmp_path):
    product, dem = make_mountain()
    left = ORIGIN[0] + 20 * WATER[1].start
    right = ORIGIN[0] + 20 * WATER[1].stop
    top = ORIGIN[1] - 20 * WATER[0].start
    bottom = ORIGIN[1] - 20 * WATER[0].stop
    xs = [left, right, right, left, left]
    ys = [top, top, bottom, bottom, top]
    lons, lats = transform_coords(CRS.from_epsg(EPSG), CRS.from_epsg(4326), xs, ys)
    geojson = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"name": "lake"},
             "geometry": {"type": "Polygon", "coordinates": [[[x, y] for x, y in zip(lons, lats)]]}}
        ],
    }
    path = tmp_path / "lake.geojson"
    path.write_text(json.dumps(geojson), encoding="utf-8")
    out = outputs_of(detect_snow(product, tmp_path / "out", dem=dem, water_mask=path))
    expected = mountain_expected(False)
    expected[WATER] = 255
    np.testing.assert_array_equal(out["SNW"], expected)
    assert ((out["QCFLAGS"][WATER] & 4) != 0).all()


def test_tree_cover_gives_fsc_og_and_qc_bits(make_mountain, tmp_path):
    product, dem = make_mountain()
    tcd = np.zeros((H, W), np.uint8)
    tcd[:, :5] = 20
    tcd[:, 5:10] = 95
    tcd[:, 10:15] = 255  # undefined
    tcd_path = write_raster(tmp_path / "tcd.tif", tcd, grid_transform())
    result = detect_snow(product, tmp_path / "out", dem=dem, tree_cover=tcd_path)
    out = outputs_of(result)
    assert "FSC_OG" in out
    fsc = fsc_spec(2 / 3)  # pass-1 pixels
    og = out["FSC_OG"][PASS1].reshape(-1, 15)
    assert (og[:, :5] == math.trunc(100 * min((fsc / 100) / (1 - 20 / 100), 1))).all()  # 66 -> 82
    assert (og[:, 5:10] == math.trunc(100 * min((fsc / 100) / (1 - 95 / 100), 1))).all()  # -> 100
    assert (og[:, 10:15] == fsc).all()
    qc = out["QCFLAGS"][PASS1].reshape(-1, 15)
    assert ((qc[:, 5:10] & 8) != 0).all() and not (qc[:, :5] & 8).any()
    assert ((qc[:, 10:15] & 32) != 0).all() and not (qc[:, :10] & 32).any()


def test_mg2_sun_bits_reach_qc(tmp_path):
    green, red, swir, clm = mountain_arrays()
    mg2 = np.zeros((H, W), np.uint8)
    mg2[10:15, :] = 64 | 1
    mg2[15:18, :] = 128 | 16
    product = write_product(tmp_path / "in", green, red, swir, clm, mg2=mg2)
    qc = read(detect_snow(product, tmp_path / "out").outputs["QCFLAGS"])
    assert ((qc[10:15] & 3) == 1).all() and ((qc[15:18] & 3) == 2).all()
    assert not (qc[18:] & 3).any()


# ------------------------------------------------------------ fog rescue


def test_fog_rescue_off_by_default_and_on_flags_fog(tmp_path):
    """A fog bank the L2A mask missed (red and SWIR bright, NDSI 0.11, bright
    at 2.2 µm) next to snow and a dark vegetated background; no DEM, so the
    spectral test must be the strict one. Regions differ in green and red,
    so only their interiors (3 pixels from any border) are checked."""
    green = np.full((H, W), 1500, np.int16)  # background: red 1500 <= 2500, not fog
    swir = np.full((H, W), 1400, np.int16)
    fog = (slice(2, 14), slice(2, 22))
    fog_inside = (slice(5, 11), slice(5, 19))
    snow_inside = (slice(23, 41), slice(0, 12))
    background_inside = (slice(17, 41), slice(18, 30))
    green[PASS1] = 5000
    swir[PASS1] = 1000  # snow
    green[fog] = 5000
    swir[fog] = 4000  # fog
    swir2 = (swir * 3 // 4).astype(np.int16)  # B12: fog 3000 > 1500
    product = write_product(tmp_path / "in", green, green, swir, swir2=swir2)
    default = read(detect_snow(product, tmp_path / "out_default").outputs["SNW"])
    result = detect_snow(product, tmp_path / "out_fog", params=DetectionParameters(fog_rescue=True))
    rescued = read(result.outputs["SNW"])
    for snw in (default, rescued):
        assert (snw[snow_inside] == 100).all() and (snw[background_inside] == 0).all()
    assert (default[fog_inside] == 0).all()  # off by default: no change
    assert (rescued[fog_inside] == 205).all()
    assert result.metadata["pixels"]["fog_rescued"] >= 6 * 14
    assert result.metadata["rescue"]["spectral_km2"] == pytest.approx(result.metadata["pixels"]["fog_rescued"] * 0.0004)
    assert result.metadata["valley_fog"] == []  # no DEM: no valley fog, and a warning says so
    assert any("without a DEM" in warning for warning in result.warnings)
    np.testing.assert_array_equal(rescued[rescued != default], 205)  # the option only adds cloud
    decision = read(result.outputs["DECISION"])
    assert (decision[fog_inside] == 15).all() and (decision[snow_inside] == 1).all()
