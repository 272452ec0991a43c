"""The fog/cloud rescue (off by default) against its targets, on synthetic
mountain scenes whose valley fog and clouds the CLM partly misses, on real
clear-sky spectra (tests/data/s2_spectra.csv), and on bad inputs."""

import csv
from pathlib import Path

import numpy as np
import pytest
import rasterio

from snow_plugin.core import detection as steps
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene
from snow_plugin.core.valley_fog import array_rows, find_fog_banks

RESCUE = DetectionParameters(fog_rescue=True)
SPECTRA = Path(__file__).resolve().parents[1] / "data" / "s2_spectra.csv"
SNW_OF_DECISION = {1: 100, 2: 100, 10: 205, 11: 205, 12: 205, 13: 205, 14: 205, 15: 205, 20: 0, 21: 0, 30: 255, 255: 255}


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1)


def run_both(folder, seed, with_fog=True):
    scene = make_scene(folder / "scene", size=600, seed=seed, with_fog=with_fog)
    lis = detect_snow(scene.product_dir, folder / "lis", dem=scene.dem_path)
    rescue = detect_snow(scene.product_dir, folder / "rescue", dem=scene.dem_path, params=RESCUE)
    clm = read(scene.product_dir / "MASKS" / f"{scene.identifier}_CLM_R2.tif")
    return {"scene": scene, "lis": lis, "rescue": rescue, "truth": read(scene.truth_path), "clm": clm,
            "lis_snw": read(lis.outputs["SNW"]), "snw": read(rescue.outputs["SNW"]),
            "decision": read(rescue.outputs["DECISION"])}


@pytest.fixture(scope="module", params=[0, 2, 4])
def foggy(request, tmp_path_factory):
    return run_both(tmp_path_factory.mktemp(f"fog{request.param}"), request.param)


def test_at_least_90_percent_of_the_fog_and_cloud_the_mask_missed_is_cloud(foggy):
    missed = (foggy["truth"] == 205) & (foggy["clm"] == 0)
    assert missed.sum() > 5000  # the scene has plenty to find
    assert np.mean(foggy["lis_snw"][missed] == 205) < 0.05  # LIS cannot find it
    assert np.mean(foggy["snw"][missed] == 205) >= 0.90


def test_snow_is_spared_and_clear_ground_barely_touched(foggy):
    lis_snow, snw, truth = foggy["lis_snw"] == 100, foggy["snw"], foggy["truth"]
    lost = lis_snow & (snw != 100)
    # What LIS calls snow and the rescue calls cloud is cloud LIS mistook for snow:
    # real snow loses at most 0.5 %.
    assert np.count_nonzero(lost & (truth == 100)) <= 0.005 * np.count_nonzero(lis_snow)
    clear_ground = truth == 0
    newly_cloud = (snw == 205) & (foggy["lis_snw"] != 205)
    assert np.count_nonzero(newly_cloud & clear_ground) <= 0.01 * np.count_nonzero(clear_ground)


def test_the_rescue_only_turns_pixels_to_cloud_and_keeps_lis_zs(foggy):
    changed = foggy["snw"] != foggy["lis_snw"]
    assert changed.any()
    np.testing.assert_array_equal(foggy["snw"][changed], 205)
    rescue_codes = np.isin(foggy["decision"], (14, 15))
    assert (changed[rescue_codes]).all()
    # a released dark cloud kept from pass 2 is back-to-cloud (13): the first code that applies
    assert np.isin(foggy["decision"][changed & ~rescue_codes], 13).all()
    assert foggy["rescue"].snowline_elevation == foggy["lis"].snowline_elevation
    metadata = foggy["rescue"].metadata
    assert metadata["pixels"]["fog_rescued"] == np.count_nonzero(changed)
    assert metadata["rescue"]["valley_fog_km2"] == pytest.approx(np.count_nonzero(foggy["decision"] == 14) * 0.0004)


def test_the_decision_raster_agrees_with_the_classification(foggy):
    for decision, snw in ((foggy["decision"], foggy["snw"]), (read(foggy["lis"].outputs["DECISION"]), foggy["lis_snw"])):
        codes = np.unique(decision)
        assert set(codes) <= set(SNW_OF_DECISION)
        for code in codes:
            np.testing.assert_array_equal(snw[decision == code], SNW_OF_DECISION[code])
    assert not np.isin(read(foggy["lis"].outputs["DECISION"]), (14, 15)).any()  # rescue codes only with the rescue


def test_the_valley_fog_top_is_found_within_50_m(foggy):
    banks = foggy["rescue"].metadata["valley_fog"]
    assert banks and banks == sorted(banks, key=lambda bank: bank["pixels"], reverse=True)
    assert abs(banks[0]["top_elevation"] - foggy["scene"].fog_top) <= 50
    assert banks[0]["area_km2"] == pytest.approx(banks[0]["pixels"] * 0.0004, abs=5e-4)


@pytest.mark.parametrize("seed", [0, 3])
def test_a_scene_without_fog_reports_no_bank_above_half_a_km2(tmp_path, seed):
    run = run_both(tmp_path, seed, with_fog=False)
    assert run["scene"].fog_top is None
    assert all(bank["area_km2"] <= 0.5 for bank in run["rescue"].metadata["valley_fog"])


# ---------------------------------------------------------------- real spectra


def clear_sky_spectra():
    with open(SPECTRA, encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["clear_sky"] == "1" and row["B12"]]
    bands = {band: np.array([float(row[band]) for row in rows]) for band in ("B3", "B4", "B11", "B12")}
    return rows, {band: np.rint(values * 10000).astype(np.int16) for band, values in bands.items()}


def test_at_most_1_percent_of_real_clear_sky_spectra_are_called_cloud():
    rows, bands = clear_sky_spectra()
    assert len(rows) > 300 and {"old_wet_snow", "glacier_ice_clean", "dry_soil", "water"} <= {r["class"] for r in rows}
    nodata = steps.nodata_mask(bands["B11"])
    ndsi = steps.ndsi(bands["B3"], bands["B11"], nodata)
    pass1 = steps.pass1_snow(np.zeros(nodata.shape, bool), ndsi, bands["B4"], RESCUE, 10)
    fog_like = steps.fog_like(nodata | pass1, bands["B4"], bands["B11"], ndsi, RESCUE, 10)
    below_snowline, anywhere = steps.spectral_cloud(fog_like, ndsi, bands["B11"], bands["B12"], RESCUE, 10)
    # Even the looser test (used only below the snowline) spares them.
    assert np.mean(below_snowline) <= 0.01 and np.mean(anywhere) <= 0.01


# ---------------------------------------------------------------- valley fog on arrays


def bowl(size=240, floor=300.0, rim=900.0):
    rows, cols = np.mgrid[:size, :size]
    distance = np.hypot(rows - size / 2, cols - size / 2) / (size / 2)
    return (floor + (rim - floor) * distance**2).astype(np.float32)


def test_a_fog_lake_in_a_bowl_is_one_bank_with_its_top():
    dem = bowl()
    fog = dem < 520
    search = find_fog_banks(array_rows(fog, dem, np.ones(dem.shape, bool)), dem.shape, 0.0004, 40, 0.1)
    assert len(search.banks) == 1 and abs(search.banks[0].top_elevation - 520) <= 15
    mask = np.concatenate([search.mask_rows(fog[start:start + 50], start) for start in range(0, dem.shape[0], 50)])
    assert search.banks[0].pixels == np.count_nonzero(mask) == np.count_nonzero(fog)


def test_a_cloud_on_a_slope_a_flat_dem_and_a_dem_without_values_give_no_bank():
    dem = bowl()
    cloud = np.zeros(dem.shape, bool)
    cloud[20:90, 60:180] = True  # across the contours of the bowl's side
    everywhere = np.ones(dem.shape, bool)
    assert find_fog_banks(array_rows(cloud, dem, everywhere), dem.shape, 0.0004, 40, 0.1).banks == []
    flat = np.full(dem.shape, 700, np.float32)
    assert find_fog_banks(array_rows(dem < 520, flat, everywhere), dem.shape, 0.0004, 40, 0.1).banks == []
    no_values = find_fog_banks(array_rows(dem < 520, dem, dem > 600), dem.shape, 0.0004, 40, 0.1)
    assert no_values.banks == [] and no_values.unmeasured_km2 > 0


# ---------------------------------------------------------------- bad input


@pytest.fixture(scope="module")
def small_scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("small"), size=200, seed=3)


def test_no_b12_skips_the_spectral_test_with_one_sentence(small_scene, tmp_path):
    b12 = small_scene.product_dir / f"{small_scene.identifier}_FRE_B12.tif"
    moved = tmp_path / b12.name
    b12.rename(moved)
    try:
        result = detect_snow(small_scene.product_dir, tmp_path / "out", dem=small_scene.dem_path, params=RESCUE)
    finally:
        moved.rename(b12)
    assert sum("B12" in warning for warning in result.warnings) == 1
    assert not (read(result.outputs["DECISION"]) == 15).any()
    assert not list((tmp_path / "out").glob("*.part"))


def test_a_flat_dem_says_valley_fog_cannot_be_recognised(small_scene, tmp_path):
    with rasterio.open(small_scene.dem_path) as source:
        profile = source.profile
    flat = tmp_path / "flat.tif"
    with rasterio.open(flat, "w", **profile) as target:
        target.write(np.full((profile["height"], profile["width"]), 650, np.float32), 1)
    result = detect_snow(small_scene.product_dir, tmp_path / "out", dem=flat, params=RESCUE)
    assert any("flat" in warning for warning in result.warnings)
    assert result.metadata["valley_fog"] == []


def test_the_looser_spectral_test_needs_a_dem_value_below_the_snowline():
    """Below zs the looser spectral test suffices; where the DEM has no
    value (its nodata value is no height) only the strict one counts."""
    from snow_plugin.core.sweeps import FogEvidence, TileRows, rescued_pixels

    looser = np.uint8(FogEvidence.FOG_LIKE | FogEvidence.SPECTRAL_LOW)
    fog = np.array([[looser, looser | np.uint8(FogEvidence.NO_ELEVATION), looser,
                     looser | np.uint8(FogEvidence.NO_ELEVATION | FogEvidence.SPECTRAL_ANYWHERE)]], np.uint8)
    dem_ceiling = np.array([[800, -32768, 1400, -32768]], np.int16)  # zs 1000 m: below, no value, above, no value
    rows = TileRows(state=np.zeros(fog.shape, np.uint8), ndsi_percent=None, fsc_toc=None, fog=fog, dem_ceiling=dem_ceiling)
    _, spectral = rescued_pixels(rows, 1000)
    assert spectral.tolist() == [[True, False, False, True]]
    _, without_snowline = rescued_pixels(rows, None)
    assert without_snowline.tolist() == [[False, False, False, True]]
