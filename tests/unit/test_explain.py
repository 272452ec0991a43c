"""Why this pixel? (core/explain.py) on the sample scene: the explanation
of a pixel matches the maps (class of SNW, code of DECISION) for pixels of
every decision code, with and without the fog rescue; its values are those
the spec defines (cubic 10 m -> 20 m, native SWIR, bilinear DEM); points
outside the product and moved inputs get one clear sentence."""

import json
import shutil

import numpy as np
import pytest
import rasterio
from rasterio.enums import Resampling
from rasterio.warp import reproject

from snow_plugin.core.definitions import DECISION_CODES, REFLECTANCE_NODATA
from snow_plugin.core.errors import DemError, ProductError
from snow_plugin.core.explain import DetectionResult, explain_points
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene

PER_CODE = 25  # pixels drawn of each decision code


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    # 250 pixels: not a multiple of the resize factor 12, so red at 240 m has uneven coarse pixels.
    return make_scene(tmp_path_factory.mktemp("explain"), size=250, seed=1)


@pytest.fixture(scope="module", params=[False, True], ids=["lis", "rescue"])
def result(request, scene, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return detect_snow(scene.product_dir, out, dem=scene.dem_path, params=DetectionParameters(fog_rescue=request.param))


def maps(result):
    with rasterio.open(result.outputs["SNW"]) as snw, rasterio.open(result.outputs["DECISION"]) as decision:
        return snw.read(1), decision.read(1), snw.transform, snw.profile


def sample(decision, rng):
    cells = []
    for code in np.unique(decision):
        rows, cols = np.nonzero(decision == code)
        for index in rng.choice(len(rows), min(PER_CODE, len(rows)), replace=False):
            cells.append((int(rows[index]), int(cols[index])))
    return cells


def centres(transform, cells):
    return [transform * (col + 0.5, row + 0.5) for row, col in cells]


def test_explanation_matches_the_maps(result):
    snw, decision, transform, _ = maps(result)
    cells = sample(decision, np.random.default_rng(0))
    assert len(np.unique(decision)) >= 8  # the scene has most codes
    records = explain_points(result.outputs["METADATA"], centres(transform, cells))
    for (row, col), record in zip(cells, records):
        assert (record.row, record.col) == (row, col)
        assert record.class_code == snw[row, col], (row, col)
        assert record.decision == decision[row, col], (row, col)
        assert record.reason and record.decision in DECISION_CODES


def spec_band_on_grid(path, profile, resampling):
    """A band brought onto the 20 m grid by one GDAL warp of the whole file (the spec's way)."""
    target = np.zeros((profile["height"], profile["width"]), np.float32)
    with rasterio.open(path) as source:
        reproject(rasterio.band(source, 1), target, src_nodata=source.nodata if source.nodata is not None else REFLECTANCE_NODATA,
                  dst_transform=profile["transform"], dst_crs=profile["crs"], dst_nodata=np.nan, resampling=resampling)
    return target


def test_values_are_those_of_the_spec(scene, result):
    snw, decision, transform, profile = maps(result)
    cells = sample(decision, np.random.default_rng(1))
    records = explain_points(result.outputs["METADATA"], centres(transform, cells))
    bands = {name: next(scene.product_dir.glob(f"*_FRE_{name}.tif")) for name in ("B3", "B4", "B11")}
    green = spec_band_on_grid(bands["B3"], profile, Resampling.cubic)
    red = spec_band_on_grid(bands["B4"], profile, Resampling.cubic)
    with rasterio.open(bands["B11"]) as b11, rasterio.open(next(scene.product_dir.glob("MASKS/*_CLM_R2.tif"))) as clm:
        swir, cloud_mask = b11.read(1), clm.read(1)
    elevation = spec_band_on_grid(scene.dem_path, profile, Resampling.bilinear)
    zs = result.snowline_elevation
    for (row, col), record in zip(cells, records):
        assert record.clm == cloud_mask[row, col]
        assert record.zs == zs
        if swir[row, col] == REFLECTANCE_NODATA:
            assert record.swir is None and record.ndsi is None
            continue
        assert record.swir == pytest.approx(swir[row, col] / 10000, abs=1e-4)
        assert record.green == pytest.approx(round(float(green[row, col])) / 10000, abs=1.5e-4)
        assert record.red == pytest.approx(round(float(red[row, col])) / 10000, abs=1.5e-4)
        g, s = record.green, record.swir
        assert record.ndsi == pytest.approx((g - s) / (g + s), abs=1e-3)
        assert record.elevation == pytest.approx(float(elevation[row, col]), abs=0.1)
        assert 0 <= record.red_coarse <= 1.5


def test_tests_text_shows_thresholds(result):
    _, decision, transform, _ = maps(result)
    row, col = (int(v[0]) for v in np.nonzero(decision == 1))
    record = explain_points(result.outputs["METADATA"], centres(transform, [(row, col)]))[0]
    text = record.tests_text()
    assert "0.400" in text and "0.200" in text  # NDSI and red thresholds of pass 1
    assert text.count("✓") == 3 and "✗" not in text
    row, col = (int(v[0]) for v in np.nonzero(decision == 2))
    record = explain_points(result.outputs["METADATA"], centres(transform, [(row, col)]))[0]
    assert "zs {} m".format(result.snowline_elevation) in record.tests_text()
    assert all(check.passed for check in record.decisive)


def test_points_outside_have_no_class(result):
    _, _, transform, profile = maps(result)
    outside = transform * (profile["width"] + 3, -2)
    inside = transform * (10.5, 10.5)
    records = explain_points(result.outputs["METADATA"], [outside, inside])
    assert records[0].class_code is None and records[0].decision is None and not records[0].inside
    assert "outside" in records[0].reason
    assert records[1].inside


def moved_copy(result, tmp_path, key):
    """A copy of the result's summary whose ``key`` input points to a moved file."""
    summary_path = tmp_path / result.outputs["METADATA"].name
    metadata = json.loads(result.outputs["METADATA"].read_text(encoding="utf-8"))
    metadata["inputs"][key] = str(tmp_path / "moved" / "gone")
    summary_path.write_text(json.dumps(metadata), encoding="utf-8")
    for name in ("SNW", "DECISION"):
        shutil.copy(result.outputs[name], tmp_path / result.outputs[name].name)
    return summary_path, metadata["inputs"][key]


@pytest.mark.parametrize("key, error", [("product", ProductError), ("dem", DemError)])
def test_moved_inputs_say_which_file(result, tmp_path, key, error):
    summary_path, missing = moved_copy(result, tmp_path, key)
    with pytest.raises(error) as raised:
        DetectionResult(summary_path)
    assert missing in str(raised.value)


def test_without_dem_and_with_a_water_mask(scene, tmp_path):
    with rasterio.open(scene.truth_path) as truth:
        profile = dict(truth.profile, nodata=None)
        water = np.zeros((truth.height, truth.width), np.uint8)
    water[:20, :30] = 1
    water_path = tmp_path / "water.tif"
    with rasterio.open(water_path, "w", **profile) as target:
        target.write(water, 1)
    result = detect_snow(scene.product_dir, tmp_path / "out", water_mask=water_path)
    snw, decision, transform, _ = maps(result)
    cells = sample(decision, np.random.default_rng(2))
    assert 30 in decision
    records = explain_points(result.outputs["METADATA"], centres(transform, cells))
    for (row, col), record in zip(cells, records):
        assert (record.class_code, record.decision) == (snw[row, col], decision[row, col])
        assert record.elevation is None and record.zs is None
        if record.decision == 20:
            assert "no DEM" in record.tests_text()
