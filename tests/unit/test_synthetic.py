"""The synthetic MUSCATE products: layout, grids, determinism, and a scene
that holds every case the detection has to face."""

import zipfile

import numpy as np
import pytest
import rasterio

from snow_plugin.core.definitions import (
    CLM_HIGH_CLOUD, CLM_SHADOW, CLM_SHADOW_OUTSIDE, CLM_THINNEST, CLOUD, MG2_WATER,
    NO_SNOW, NODATA, REFLECTANCE_NODATA, SNOW,
)
from snow_plugin.core.synthetic import make_scene, utm_epsg

SIZE = 150


def read(path):
    with rasterio.open(path) as src:
        return src.read(1)


def product_files(scene):
    name = scene.product_dir / scene.identifier
    masks = scene.product_dir / "MASKS" / scene.identifier
    return {
        "B3": f"{name}_FRE_B3.tif", "B4": f"{name}_FRE_B4.tif", "B11": f"{name}_FRE_B11.tif",
        "CLM": f"{masks}_CLM_R2.tif", "MG2": f"{masks}_MG2_R2.tif",
    }


def arrays(scene):
    rasters = dict(product_files(scene), DEM=scene.dem_path, TRUTH=scene.truth_path)
    return {key: read(path) for key, path in rasters.items()}


def at_20m(band):
    """10 m band averaged onto the 20 m grid (good enough to test brightness)."""
    n = band.shape[0] // 2
    return band.astype(np.float64).reshape(n, 2, n, 2).mean(axis=(1, 3))


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=SIZE, seed=1)


def test_product_layout_grids_and_types(scene):
    assert scene.identifier == "SENTINEL2B_20210215-103512-123_L2A_T31TGK_C_V4-0"
    expected = {"B3": (2 * SIZE, "int16", 10), "B4": (2 * SIZE, "int16", 10),
                "B11": (SIZE, "int16", 20), "CLM": (SIZE, "uint8", 20),
                "MG2": (SIZE, "uint8", 20)}
    with rasterio.open(scene.truth_path) as truth:
        grid_20m = truth.transform
        assert truth.dtypes[0] == "uint8" and truth.shape == (SIZE, SIZE)
    for key, path in product_files(scene).items():
        size, dtype, res = expected[key]
        with rasterio.open(path) as src:
            assert src.shape == (size, size) and src.dtypes[0] == dtype, key
            assert src.crs.to_epsg() == 32631, key
            assert src.nodata is None, key  # MUSCATE files carry no nodata tag
            assert src.profile["tiled"] and src.profile["compress"] == "deflate", key
            # Same origin at 10 and 20 m, as in full products.
            assert (src.transform.a, src.transform.e) == (res, -res), key
            assert (src.transform.c, src.transform.f) == (grid_20m.c, grid_20m.f), key


def test_metadata_names_the_product(scene):
    text = (scene.product_dir / f"{scene.identifier}_MTD_ALL.xml").read_text()
    assert "<REFLECTANCE_QUANTIFICATION_VALUE>10000</REFLECTANCE_QUANTIFICATION_VALUE>" in text
    assert ">T31TGK</GEOGRAPHICAL_ZONE>" in text
    assert "<ACQUISITION_DATE>2021-02-15T10:35:12.123Z</ACQUISITION_DATE>" in text
    assert f"MASKS/{scene.identifier}_CLM_R2.tif" in text


def test_dem_is_on_another_grid_with_a_void(scene):
    with rasterio.open(scene.dem_path) as dem, rasterio.open(scene.truth_path) as truth:
        assert dem.nodata == -32768 and dem.dtypes[0] == "float32"
        assert dem.crs == truth.crs and dem.res == (30.0, 30.0)
        assert (dem.transform.c, dem.transform.f) != (truth.transform.c, truth.transform.f)
        # It covers the whole product, with room for a cubic warp.
        assert dem.bounds.left < truth.bounds.left - 60
        assert dem.bounds.top > truth.bounds.top + 60
        assert dem.bounds.right > truth.bounds.right + 60
        assert dem.bounds.bottom < truth.bounds.bottom - 60
        elevation = dem.read(1, masked=True)
    assert 0 < elevation.mask.sum() < 0.05 * elevation.size
    assert 300 <= elevation.min() and elevation.max() <= 3500
    assert elevation.max() - elevation.min() > 1500


def test_same_seed_same_files_other_seed_other_files(tmp_path, scene):
    again = arrays(make_scene(tmp_path / "again", size=SIZE, seed=1))
    other = arrays(make_scene(tmp_path / "other", size=SIZE, seed=2))
    for key, array in arrays(scene).items():
        assert np.array_equal(array, again[key]), key
        assert not np.array_equal(array, other[key]), key


@pytest.mark.parametrize("seed", [0, 3])
def test_scene_holds_every_case(tmp_path, seed):
    scene = make_scene(tmp_path, size=SIZE, seed=seed)
    a = arrays(scene)
    truth, clm, mg2, swir = a["TRUTH"], a["CLM"], a["MG2"], a["B11"].astype(np.float64)
    green, red = at_20m(a["B3"]), at_20m(a["B4"])
    ndsi = (green - swir) / np.maximum(green + swir, 1)
    for code in (NO_SNOW, SNOW, CLOUD, NODATA):
        assert (truth == code).mean() > 0.01, code

    snow = truth == SNOW
    assert np.median(ndsi[snow]) > 0.6 and np.median(red[snow]) > 4000
    # Opaque clouds as MAJA codes them, with genuine bits elsewhere.
    assert np.isin(clm, (7, 15)).sum() > 0
    for bit in (CLM_THINNEST, CLM_SHADOW, CLM_SHADOW_OUTSIDE, CLM_HIGH_CLOUD):
        assert ((clm & bit) > 0).sum() > 0, bit
    opaque = np.isin(clm, (7, 15)) & (truth == CLOUD)
    assert np.median(swir[opaque]) > 3000 and np.median(red[opaque]) > 3000
    # "Dark clouds": in the CLM, clear in truth, dark in red.
    dark = (clm == 11) & (truth != CLOUD)
    assert dark.sum() > 0 and np.median(red[dark]) < 1000
    # Fog the CLM missed: bright, bright in SWIR, low NDSI, truth cloud.
    missed_fog = (truth == CLOUD) & (clm == 0) & (red > 2500) & (swir > 2000) & (ndsi < 0.4)
    assert missed_fog.sum() > 0
    # Lakes: high NDSI but too dark in red to be snow.
    lakes = ((mg2 & MG2_WATER) > 0) & (truth == NO_SNOW)
    assert lakes.sum() > 0 and np.median(ndsi[lakes]) > 0.4 and np.median(red[lakes]) < 400


def test_nodata_is_the_same_in_every_band(scene):
    a = arrays(scene)
    outside = a["TRUTH"] == NODATA
    assert np.array_equal(a["B11"] == REFLECTANCE_NODATA, outside)
    for key in ("B3", "B4"):
        assert np.array_equal(a[key] == REFLECTANCE_NODATA, outside.repeat(2, 0).repeat(2, 1))
    assert not a["CLM"][outside].any() and not a["MG2"][outside].any()
    valid = a["B11"][~outside]
    assert valid.min() >= 0


def test_zipped_product_has_the_muscate_layout(tmp_path):
    scene = make_scene(tmp_path, size=120, seed=4, zipped=True)
    ident = scene.identifier
    assert scene.product_dir == tmp_path / f"{ident}.zip"
    assert not (tmp_path / ident).exists()
    with zipfile.ZipFile(scene.product_dir) as archive:
        names = set(archive.namelist())
    for member in (f"{ident}/{ident}_FRE_B3.tif", f"{ident}/{ident}_FRE_B4.tif",
                   f"{ident}/{ident}_FRE_B11.tif", f"{ident}/{ident}_MTD_ALL.xml",
                   f"{ident}/MASKS/{ident}_CLM_R2.tif", f"{ident}/MASKS/{ident}_MG2_R2.tif"):
        assert member in names
    assert all(name.startswith(f"{ident}/") for name in names)
    with rasterio.open(f"/vsizip/{scene.product_dir}/{ident}/{ident}_FRE_B11.tif") as src:
        assert src.shape == (120, 120)
    assert scene.dem_path.exists() and scene.truth_path.exists()


def test_names_and_crs_follow_the_arguments(tmp_path):
    scene = make_scene(tmp_path, size=100, tile="T32TLS", date="20200101-101010-000",
                       platform="SENTINEL2A", version="V1-4")
    assert scene.identifier == "SENTINEL2A_20200101-101010-000_L2A_T32TLS_C_V1-4"
    with rasterio.open(product_files(scene)["B11"]) as src:
        assert src.crs.to_epsg() == 32632


def test_utm_zone_of_a_tile():
    assert utm_epsg("T31TGK") == 32631
    assert utm_epsg("T55HFA") == 32755  # southern hemisphere


def test_size_is_bounded(tmp_path):
    with pytest.raises(ValueError):
        make_scene(tmp_path, size=50)
