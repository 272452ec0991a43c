"""Why this pixel? with the fog/cloud rescue on: for pixels of code 15
(strict spectral test, below the snowline, a cloud's thin edge) and 14
(valley fog), every rescue test listed with its numbers agrees with an
independent evaluation of the thresholds on the raw bands (spec semantics:
cubic 10 m -> 20 m green and red, native B11 and B12, bilinear DEM, strict
comparisons), and every test that decided is passed. The banks of the JSON
carry their extent; an older JSON without it still explains its pixels."""

import json
import re
import shutil
from collections import deque

import numpy as np
import pytest
import rasterio
from rasterio.enums import Resampling
from rasterio.warp import reproject

from snow_plugin.core.definitions import REFLECTANCE_NODATA
from snow_plugin.core.explain import explain_points
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import STRIP_HEIGHT, detect_snow
from snow_plugin.core.synthetic import make_scene
from snow_plugin.core.valley_fog import array_rows, find_fog_banks

PARAMS = DetectionParameters(fog_rescue=True)
QUANTIFICATION = 10000  # Sentinel-2 reflectances in file units
EDGE_GROWTH = 3  # pixels: a cloud of the strict test takes its thin edge, 4-connected, among pixels of the looser test
GREEN_RED_SLACK = 2  # file units: a cubic warp of the whole file and the engine's strip warp differ by ~1
DEM_SLACK = 0.5  # m
PER_KIND = 4
THRESHOLD_TEXT = re.compile(r"^(?P<name>.+) (?P<value>-?\d+\.\d{3}) (?P<op>[<>]) (?P<threshold>-?\d+\.\d{3})$")
ELEVATION_TEXT = re.compile(r"^elevation (?P<value>-?\d+\.\d) m ≤ zs (?P<zs>-?\d+) m$")


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("explain_rescue"), size=250, seed=1)


@pytest.fixture(scope="module")
def result(scene, tmp_path_factory):
    return detect_snow(scene.product_dir, tmp_path_factory.mktemp("out"), dem=scene.dem_path, params=PARAMS)


def on_grid(path, profile, resampling):
    target = np.zeros((profile["height"], profile["width"]), np.float32)
    with rasterio.open(path) as source:
        nodata = source.nodata if source.nodata is not None else REFLECTANCE_NODATA
        reproject(rasterio.band(source, 1), target, src_nodata=nodata, dst_transform=profile["transform"],
                  dst_crs=profile["crs"], dst_nodata=np.nan, resampling=resampling)
    return target


class Reference:
    """The rescue's tests on the whole tile, from the raw bands."""

    def __init__(self, scene, result):
        with rasterio.open(result.outputs["DECISION"]) as decision:
            self.decision, self.transform, profile = decision.read(1), decision.transform, decision.profile
        band = {name: next(scene.product_dir.glob(f"*_FRE_{name}.tif")) for name in ("B3", "B4", "B11", "B12")}
        self.green = np.round(on_grid(band["B3"], profile, Resampling.cubic))
        self.red = np.round(on_grid(band["B4"], profile, Resampling.cubic))
        with rasterio.open(band["B11"]) as b11, rasterio.open(band["B12"]) as b12:
            self.b11, self.b12 = b11.read(1).astype(np.float64), b12.read(1).astype(np.float64)
        with rasterio.open(next(scene.product_dir.glob("MASKS/*_CLM_R2.tif"))) as clm:
            self.clm = clm.read(1)
        self.dem = on_grid(scene.dem_path, profile, Resampling.bilinear)
        self.zs = result.snowline_elevation
        self.ndsi = self._ndsi(self.green)
        p, unit = PARAMS, QUANTIFICATION / 1000  # thresholds in milli-reflectance
        self.pass1 = (self.clm == 0) & (self.ndsi > p.ndsi_pass1) & (self.red > p.red_pass1 * unit)
        self.fog_like = ((self.b11 != REFLECTANCE_NODATA) & ~self.pass1 & (self.red > p.fog_red_min * unit)
                         & (self.b11 > p.fog_swir_min * unit) & (self.ndsi < p.fog_ndsi_max))
        self.looser = self.fog_like & (self.ndsi > p.fog_ndsi_min) & (self.b12 > p.fog_swir2_min * unit)
        self.strict = self.looser & (self.b11 > p.cloud_swir_min * unit)
        self.below = self.dem <= self.zs
        self.unsure = self._unsure()

    def _ndsi(self, green):
        with np.errstate(invalid="ignore", divide="ignore"):
            return (green - self.b11) / (green + self.b11)

    def _unsure(self):
        """Pixels whose warped green, red or DEM lie too near a threshold to tell."""
        p, unit = PARAMS, QUANTIFICATION / 1000
        unsure = np.zeros(self.decision.shape, dtype=bool)
        for milli in (p.red_pass1, p.fog_red_min):
            unsure |= np.abs(self.red - milli * unit) <= GREEN_RED_SLACK
        low, high = self._ndsi(self.green - GREEN_RED_SLACK), self._ndsi(self.green + GREEN_RED_SLACK)
        for threshold in (p.ndsi_pass1, p.fog_ndsi_max, p.fog_ndsi_min):
            unsure |= (low <= threshold) & (threshold <= high)
        return unsure | (np.abs(self.dem - self.zs) <= DEM_SLACK) | np.isnan(self.dem)

    def window(self, row, col):
        return slice(max(row - EDGE_GROWTH, 0), row + EDGE_GROWTH + 1), slice(max(col - EDGE_GROWTH, 0), col + EDGE_GROWTH + 1)

    def on_cloud_edge(self, row, col):
        """Whether a pixel passing the strict test is at most 3 steps (4-connected) away
        across pixels passing the looser test: a search from the pixel itself."""
        if not self.looser[row, col]:
            return False
        seen, queue = {(row, col)}, deque([(row, col, 0)])
        while queue:
            r, c, steps = queue.popleft()
            if self.strict[r, c]:
                return True
            if steps == EDGE_GROWTH:
                continue
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                inside = 0 <= nr < self.looser.shape[0] and 0 <= nc < self.looser.shape[1]
                if inside and (nr, nc) not in seen and self.looser[nr, nc]:
                    seen.add((nr, nc))
                    queue.append((nr, nc, steps + 1))
        return False

    def value(self, name, row, col):
        return {"red": self.red[row, col] / QUANTIFICATION, "B11 (1.6 µm)": self.b11[row, col] / QUANTIFICATION,
                "B12 (2.2 µm)": self.b12[row, col] / QUANTIFICATION, "NDSI": self.ndsi[row, col]}[name]

    def centres(self, cells):
        return [self.transform * (col + 0.5, row + 0.5) for row, col in cells]


@pytest.fixture(scope="module")
def reference(scene, result):
    return Reference(scene, result)


def pick(mask, count, seed=0):
    rows, cols = np.nonzero(mask)
    chosen = np.random.default_rng(seed).choice(len(rows), min(count, len(rows)), replace=False)
    return [(int(rows[i]), int(cols[i])) for i in chosen]


def rescue_thresholds():
    p = PARAMS
    return {("red", ">", p.fog_red_min / 1000), ("B11 (1.6 µm)", ">", p.fog_swir_min / 1000), ("NDSI", "<", p.fog_ndsi_max),
            ("NDSI", ">", p.fog_ndsi_min), ("B12 (2.2 µm)", ">", p.fog_swir2_min / 1000),
            ("B11 (1.6 µm)", ">", p.cloud_swir_min / 1000)}


def assert_rescue_checks_agree(record, reference, row, col):
    """Each rescue test of ``record`` against the reference at (row, col)."""
    checks = [check for check in record.checks if check.step == "rescue"]
    thresholds, below, edge = set(), None, None
    for check in checks:
        threshold = THRESHOLD_TEXT.match(check.text)
        elevation = ELEVATION_TEXT.match(check.text)
        if threshold:
            name, op, limit = threshold["name"], threshold["op"], float(threshold["threshold"])
            expected = reference.value(name, row, col)
            assert float(threshold["value"]) == pytest.approx(expected, abs=7e-4), check.text
            assert check.passed == bool(expected > limit if op == ">" else expected < limit), check.text
            thresholds.add((name, op, round(limit, 3)))
        elif elevation:
            assert float(elevation["value"]) == pytest.approx(float(reference.dem[row, col]), abs=0.2)
            assert int(elevation["zs"]) == reference.zs
            below = check.passed
            assert below == bool(reference.below[row, col]), check.text
        elif "thin edge" in check.text:
            edge = check.passed
            assert edge == reference.on_cloud_edge(row, col), check.text
        elif check.text == "not snow by pass 1":
            assert check.passed == (not reference.pass1[row, col])
        else:
            assert "fog bank" in check.text, check.text
    assert thresholds == {(name, op, round(limit, 3)) for name, op, limit in rescue_thresholds()}
    assert below is not None  # a DEM and a snowline: the below-the-snowline test is listed
    # the thin-edge test is listed where it decides: the looser test alone, above the snowline
    only_looser = reference.looser[row, col] and not reference.strict[row, col] and not reference.below[row, col]
    assert (edge is not None) == only_looser


def test_spectral_cloud_lists_the_tests_that_decided(result, reference):
    ref = reference
    code15 = (ref.decision == 15) & ~ref.unsure
    sure_windows = np.zeros(code15.shape, dtype=bool)
    for row, col in zip(*np.nonzero(code15 & ref.looser & ~ref.strict & ~ref.below)):
        sure_windows[row, col] = not ref.unsure[ref.window(row, col)].any() and ref.on_cloud_edge(row, col)
    kinds = {
        "strict": pick(code15 & ref.strict, PER_KIND),
        "below the snowline": pick(code15 & ref.looser & ~ref.strict & ref.below, PER_KIND),
        "thin edge": pick(sure_windows, PER_KIND),
    }
    strict_test = re.compile(r"^B11 \(1\.6 µm\) \S+ > {:.3f}$".format(PARAMS.cloud_swir_min / 1000))
    decided_by = {"strict": strict_test.match, "below the snowline": ELEVATION_TEXT.match,
                  "thin edge": lambda text: "thin edge" in text}
    for kind, cells in kinds.items():
        assert cells, f"the scene has no code-15 pixel of the kind {kind}"
        for (row, col), record in zip(cells, explain_points(result.outputs["METADATA"], ref.centres(cells))):
            assert record.decision == 15 and record.class_code == 205
            assert record.decisive and all(check.passed for check in record.decisive), record.tests_text()
            assert decided_by[kind](record.decisive[-1].text), (kind, record.tests_text())
            assert "B12 (2.2 µm)" in record.tests_text()  # the spectral test's 2.2 µm reflectance
            assert record.swir2 == pytest.approx(ref.b12[row, col] / QUANTIFICATION, abs=1e-4)
            assert_rescue_checks_agree(record, ref, row, col)


def banks_holding(metadata, row, col):
    return [bank for bank in metadata["valley_fog"]
            if bank["row_start"] <= row < bank["row_stop"] and bank["col_start"] <= col < bank["col_stop"]]


def test_the_banks_extents_hold_their_valley_fog(result, reference):
    metadata = result.metadata
    height, width = reference.decision.shape
    assert metadata["valley_fog"]
    for bank in metadata["valley_fog"]:
        assert 0 <= bank["row_start"] < bank["row_stop"] <= height and 0 <= bank["col_start"] < bank["col_stop"] <= width
    for row, col in zip(*np.nonzero(reference.decision == 14)):
        assert banks_holding(metadata, row, col), (row, col)


def test_valley_fog_names_its_bank(result, reference):
    cells = pick((reference.decision == 14) & ~reference.unsure, 2 * PER_KIND)
    assert cells
    for (row, col), record in zip(cells, explain_points(result.outputs["METADATA"], reference.centres(cells))):
        assert record.decision == 14 and record.class_code == 205
        assert all(check.passed for check in record.decisive), record.tests_text()
        holding = banks_holding(result.metadata, row, col)
        if len(holding) == 1:
            bank_line = record.decisive[-1].text
            assert "fog bank" in bank_line and "top {} m".format(holding[0]["top_elevation"]) in bank_line
        assert_rescue_checks_agree(record, reference, row, col)


def test_other_codes_list_the_rescue_tests_too(result, reference):
    ref = reference
    cells = [cell for code in (2, 13, 20) for cell in pick((ref.decision == code) & ~ref.unsure, PER_KIND)]
    out_of_reach = np.zeros(ref.decision.shape, dtype=bool)  # the looser test alone, above the snowline, no cloud near
    for row, col in zip(*np.nonzero(ref.looser & ~ref.strict & ~ref.below & ~ref.unsure)):
        out_of_reach[row, col] = not ref.unsure[ref.window(row, col)].any() and not ref.on_cloud_edge(row, col)
    far = pick(out_of_reach, PER_KIND)
    assert far
    for side in (1, -1):  # just above and just below the snowline
        cells += pick(~ref.unsure & (0 < side * (ref.dem - ref.zs)) & (side * (ref.dem - ref.zs) < 5) & (ref.decision != 255),
                      PER_KIND)
    records = explain_points(result.outputs["METADATA"], ref.centres(cells + far))
    for (row, col), record in zip(cells + far, records):
        assert record.decision != 15
        assert all(check.step != "rescue" for check in record.decisive)
        assert_rescue_checks_agree(record, ref, row, col)
    for record in records[len(cells):]:
        assert "thin edge" in record.checks[-1].text and not record.checks[-1].passed


def test_an_older_json_without_bank_extents(result, reference, tmp_path):
    metadata = json.loads(result.outputs["METADATA"].read_text(encoding="utf-8"))
    for bank in metadata["valley_fog"]:
        for key in ("row_start", "row_stop", "col_start", "col_stop"):
            del bank[key]
    summary = tmp_path / result.outputs["METADATA"].name
    summary.write_text(json.dumps(metadata), encoding="utf-8")
    for key in ("SNW", "DECISION"):
        shutil.copy(result.outputs[key], tmp_path / result.outputs[key].name)
    cells = pick((reference.decision == 14) & ~reference.unsure, 2)
    for record in explain_points(summary, reference.centres(cells)):
        assert record.decision == 14
        assert "fog bank" not in record.tests_text()
        assert record.decisive and all(check.passed for check in record.decisive)


def test_the_table_row_has_b12_with_the_rescue_only(scene, result, reference, tmp_path):
    row, col = pick(reference.decision == 15, 1)[0]
    rescue_row = explain_points(result.outputs["METADATA"], reference.centres([(row, col)]))[0].as_row()
    assert rescue_row["swir2"] == pytest.approx(reference.b12[row, col] / QUANTIFICATION, abs=1e-4)
    lis = detect_snow(scene.product_dir, tmp_path / "lis", dem=scene.dem_path)
    lis_row = explain_points(lis.outputs["METADATA"], reference.centres([(row, col)]))[0].as_row()
    assert lis_row["swir2"] is None and lis_row["swir"] == rescue_row["swir"]


def paint(path, window, value):
    with rasterio.open(path, "r+") as dataset:
        (row_start, row_stop), (col_start, col_stop) = window
        dataset.write(np.full((row_stop - row_start, col_stop - col_start), value, dataset.dtypes[0]), 1, window=window)


@pytest.fixture(scope="module")
def edge_across_strips(tmp_path_factory):
    """A scene with a fog-like column across the first boundary of the engine's
    strips of rows: B11 0.25 (the looser test) on rows boundary-3 .. boundary+1,
    0.35 (strict) on row boundary+2, over dark-SWIR ground (no other fog-like
    pixel near), green and red 0.5 around it."""
    scene = make_scene(tmp_path_factory.mktemp("edge"), size=300, seed=3)
    band = {name: next(scene.product_dir.glob(f"*_FRE_{name}.tif")) for name in ("B3", "B4", "B11", "B12")}
    with rasterio.open(band["B11"]) as b11, rasterio.open(next(scene.product_dir.glob("MASKS/*_CLM_R2.tif"))) as clm:
        swir, cloud_mask, profile = b11.read(1), clm.read(1), b11.profile
    elevation = on_grid(scene.dem_path, profile, Resampling.bilinear)
    boundary = STRIP_HEIGHT
    dark = (swir > 0) & (swir <= PARAMS.fog_swir_min * QUANTIFICATION / 1000)
    col = next(c for c in range(8, profile["width"] - 8) if dark[boundary - 8 : boundary + 8, c - 6 : c + 7].all()
               and not cloud_mask[boundary - 3 : boundary + 3, c].any() and elevation[boundary - 1, c] > 1500)
    for name in ("B3", "B4"):  # 10 m
        paint(band[name], ((2 * (boundary - 8), 2 * (boundary + 8)), (2 * (col - 6), 2 * (col + 6))), 5000)
    paint(band["B11"], ((boundary - 3, boundary + 2), (col, col + 1)), 2500)
    paint(band["B11"], ((boundary + 2, boundary + 3), (col, col + 1)), 3500)
    paint(band["B12"], ((boundary - 3, boundary + 3), (col, col + 1)), 2000)
    result = detect_snow(scene.product_dir, tmp_path_factory.mktemp("edge_out"), dem=scene.dem_path, params=PARAMS)
    return result, Reference(scene, result), boundary, col


def test_a_thin_edge_across_the_strips_of_rows(edge_across_strips):
    result, ref, boundary, col = edge_across_strips
    edge, beyond = (boundary - 1, col), (boundary - 3, col)  # 3 and 5 pixels from the strict one, in the strip above it
    assert ref.strict[boundary + 2, col] and not ref.strict[boundary - 3 : boundary + 2, col].any()
    assert ref.looser[boundary - 3 : boundary + 3, col].all() and ref.dem[edge] > ref.zs
    assert not ref.unsure[boundary - 6 : boundary + 6, col - 4 : col + 5].any()
    near, far = explain_points(result.outputs["METADATA"], ref.centres([edge, beyond]))
    assert near.decision == 15 and ref.decision[edge] == 15
    assert "thin edge" in near.decisive[-1].text and all(check.passed for check in near.decisive), near.tests_text()
    assert far.decision != 15 and "thin edge" in far.checks[-1].text and not far.checks[-1].passed
    for cell, record in ((edge, near), (beyond, far)):
        assert_rescue_checks_agree(record, ref, *cell)


def test_each_bank_has_the_extent_of_its_pixels():
    def bowl(size, floor=300.0, rim=900.0):
        rows, cols = np.mgrid[:size, :size]
        return (floor + (rim - floor) * (np.hypot(rows - size / 2, cols - size / 2) / (size / 2)) ** 2).astype(np.float32)

    dem = np.hstack([bowl(150), bowl(150)])  # two valleys side by side, each with its fog lake
    fog = dem < 520
    search = find_fog_banks(array_rows(fog, dem, np.ones(dem.shape, bool)), dem.shape, 0.0004, 40, 0.1)
    assert len(search.banks) == 2
    bank_pixels = search.mask_rows(fog, 0)
    for bank in search.banks:
        row_start, row_stop, col_start, col_stop = bank.extent
        assert bank.as_dict()["row_start"] == row_start and bank.as_dict()["col_stop"] == col_stop
        inside = np.zeros(dem.shape, dtype=bool)
        inside[row_start:row_stop, col_start:col_stop] = True
        rows, cols = np.nonzero(bank_pixels & inside)
        assert np.count_nonzero(bank_pixels & inside) == bank.pixels  # its pixels, and no other bank's
        # tight: at most two 60 m blocks beyond its pixels on each side
        assert rows.min() - row_start <= 6 and row_stop - rows.max() <= 7
        assert cols.min() - col_start <= 6 and col_stop - cols.max() <= 7
