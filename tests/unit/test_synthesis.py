"""Snow-cover syntheses (SCD, SOD, SMOD, NOBS, NSP) against an independent
day-by-day reference written from the spec (ALGORITHM.md, "Beyond one
date"), on arrays and on real GeoTIFFs of mixed kinds; bad inputs."""

import xml.etree.ElementTree as ElementTree
import zipfile
from datetime import date, timedelta
from fractions import Fraction

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from snow_plugin.core import synthesis
from snow_plugin.core.errors import OutputError
from snow_plugin.core.synthesis import SYNTHESIS_NODATA, season_statistics, snow_synthesis
from snow_plugin.core.synthesis_inputs import SynthesisInputError, hydrological_year

START = date(2020, 9, 1)
END = date(2021, 8, 31)
GAP_VALUES = (205, 254, 255)


def reference_pixel(observations, period_days):
    """observations: (day index, raster value) in input order. Day by day, as the spec says."""
    clear = {}
    for day, value in observations:
        if day not in clear and (value == 0 or 1 <= value <= 100):
            clear[day] = 1 if value else 0
    if not clear:
        return dict(SCD=SYNTHESIS_NODATA, SOD=SYNTHESIS_NODATA, SMOD=SYNTHESIS_NODATA, NOBS=0, NSP=SYNTHESIS_NODATA)
    days = sorted(clear)
    snow = []
    for t in range(period_days):
        if t <= days[0]:
            value = Fraction(clear[days[0]])
        elif t >= days[-1]:
            value = Fraction(clear[days[-1]])
        else:
            after = next(d for d in days if d >= t)
            before = max(d for d in days if d <= t)
            if after == before:
                value = Fraction(clear[before])
            else:
                value = clear[before] + (clear[after] - clear[before]) * Fraction(t - before, after - before)
        snow.append(value >= Fraction(1, 2))
    periods, start = [], None
    for t, is_snow in enumerate(snow + [False]):
        if is_snow and start is None:
            start = t
        elif not is_snow and start is not None:
            periods.append((start, t - 1))
            start = None
    longest = None
    for period in periods:
        if longest is None or period[1] - period[0] > longest[1] - longest[0]:
            longest = period
    # SOD and SMOD as LIS writes them: the index of the day in the period (0 its first day), 0 without snow.
    return dict(SCD=sum(snow), SOD=longest[0] if longest else 0, SMOD=longest[1] if longest else 0,
                NOBS=len(clear), NSP=len(periods))


def reference(stack_days, stack_values, period_days):
    """stack_values: (inputs, rows, cols) raster values; stack_days: their day indices."""
    out = {key: np.zeros(stack_values.shape[1:], np.int64) for key in synthesis.SYNTHESIS_KEYS}
    for row in range(stack_values.shape[1]):
        for col in range(stack_values.shape[2]):
            pixel = reference_pixel(list(zip(stack_days, stack_values[:, row, col].tolist())), period_days)
            for key, value in pixel.items():
                out[key][row, col] = value
    return out


def engine_on_arrays(stack_days, stack_values, period_days):
    days = {}
    for day, values in zip(stack_days, stack_values):
        days.setdefault(day, []).append(synthesis.snow_code(values))
    order = sorted(days)
    statistics = season_statistics(order, [synthesis.merge_same_day(days[d]) for d in order], period_days)
    return statistics.rasters()


def random_stack(rng, count, shape, period_days, gap_share=0.4):
    stack_days = sorted(rng.integers(0, period_days, count).tolist())
    values = rng.choice([0, 100, 37, 1], size=(count, *shape))
    gaps = rng.random((count, *shape)) < gap_share
    values[gaps] = rng.choice(GAP_VALUES, size=int(gaps.sum()))
    return stack_days, values.astype(np.uint8)


@pytest.mark.parametrize("seed", range(4))
def test_random_series_match_the_reference(seed):
    rng = np.random.default_rng(seed)
    period_days = 365
    stack_days, values = random_stack(rng, 14, (12, 15), period_days, gap_share=[0.2, 0.5, 0.8, 0.95][seed])
    stack_days[3] = stack_days[2]  # same-day inputs
    stack_days[0], stack_days[-1] = 0, period_days - 1  # period edges
    expected = reference(stack_days, values, period_days)
    found = engine_on_arrays(stack_days, values, period_days)
    for key in synthesis.SYNTHESIS_KEYS:
        np.testing.assert_array_equal(found[key], expected[key], err_msg=key)


@pytest.mark.parametrize("series, period_days", [
    ([(40, 100)], 100),  # single clear observation: snow on every day
    ([(40, 0)], 100),
    ([(10, 205), (20, 254), (30, 255)], 50),  # all gaps: no data
    ([(0, 100), (9, 0)], 10),  # even gap: 1 -> 0 snow through the half-way day
    ([(0, 0), (9, 100)], 10),  # odd gap: 0 -> 1
    ([(0, 0), (10, 100)], 11),  # half-way day exactly 0.5: snow
    ([(5, 100), (5, 0), (8, 0)], 10),  # same day: the first clear wins
    ([(5, 205), (5, 0), (8, 100)], 10),  # same day: a gap first, the clear one wins
    ([(0, 100), (4, 0), (8, 100), (12, 0), (30, 100), (60, 100)], 61),  # several periods, the longest last
    ([(0, 100), (6, 0), (12, 100), (18, 0)], 19),  # two periods of equal length: the first
    ([(99, 100)], 100),  # the last day only
])
def test_edge_cases(series, period_days):
    stack_days = [day for day, _ in series]
    values = np.array([[[value]] for _, value in series], np.uint8)
    expected = reference_pixel(series, period_days)
    found = engine_on_arrays(stack_days, values, period_days)
    assert {key: int(found[key][0, 0]) for key in found} == expected


def test_spot_values_from_the_spec():
    # 1 on day 0, 0 on day 9: t/9 <= 0.5 up to day 4 -> 5 snow days, then melt.
    found = engine_on_arrays([0, 9], np.array([[[100]], [[0]]], np.uint8), 20)
    assert {k: int(v[0, 0]) for k, v in found.items()} == dict(SCD=5, SOD=0, SMOD=4, NOBS=2, NSP=1)


# --- files --------------------------------------------------------------------------
TRANSFORM = from_origin(600000, 5100000, 20, 20)


def write(path, values, nodata=None):
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[1], height=values.shape[0], count=1,
                       dtype="uint8", crs="EPSG:32631", transform=TRANSFORM, nodata=nodata) as dataset:
        dataset.write(values, 1)


def l2b_name(day, tile="T31TCH", minute=35):
    return f"SENTINEL2A_{day:%Y%m%d}-10{minute:02d}12-123_L2B-SNOW_{tile}_C_V1-5_SNW_R2.tif"


def fsc_name(day, tile="T31TCH"):
    return f"LIS_S2-SNOW-FSC_{tile}_{day:%Y%m%d}T105345_1.7.0_1.tif"


@pytest.fixture
def season(tmp_path):
    """A season of mixed inputs: L2B files, FSC products in folders and a zip, a same-day pair."""
    rng = np.random.default_rng(7)
    period_days = (END - START).days + 1
    stack_days, values = random_stack(rng, 12, (37, 23), period_days)
    stack_days[0] = 0
    stack_days[5] = stack_days[4]
    values[:, 0, 0] = 205  # a pixel never clear
    folder = tmp_path / "season"
    folder.mkdir()
    for index, (day_index, layer) in enumerate(zip(stack_days, values)):
        day = START + timedelta(days=day_index)
        if index % 3 == 0:
            layer = np.where(layer == 255, 254, layer).astype(np.uint8)  # L2B: 254 no data
            write(folder / l2b_name(day, minute=10 + index), layer, nodata=254)
        elif index % 3 == 1:
            product = folder / f"LIS_S2-SNOW-FSC_T31TCH_{day:%Y%m%d}T105345_1.7.0_{index}"
            product.mkdir()
            write(product / fsc_name(day), layer, nodata=255)
            write(product / fsc_name(day).replace("SNOW-FSC_", "SNOW-FSC-TOC_"), np.full_like(layer, 205), nodata=255)
            write(product / fsc_name(day).replace("SNOW-FSC_", "SNOW-FSC-QCFLAGS_"), np.zeros_like(layer))
        else:
            inner = tmp_path / "zips" / str(index)
            inner.mkdir(parents=True)
            write(inner / fsc_name(day), layer, nodata=255)
            with zipfile.ZipFile(folder / f"fsc_{index:02d}.zip", "w") as archive:
                archive.write(inner / fsc_name(day), f"product/{fsc_name(day)}")
    return folder, stack_days, values, period_days


def test_files_match_the_reference_block_by_block(season, tmp_path, monkeypatch):
    folder, stack_days, values, period_days = season
    monkeypatch.setattr(synthesis, "WORK_BUDGET_BYTES", 12 * 23 * 7 * 5)  # blocks of a few rows
    result = snow_synthesis([folder], tmp_path / "out", start=START, end=END)
    # The same-day pair (a folder, then a zip) is found in that order, the order of the stack.
    found_days = [(i.day - START).days for i in result.inputs]
    assert sorted(found_days) == stack_days
    assert result.inputs[found_days.index(stack_days[4])].path.endswith("_4/" + fsc_name(START + timedelta(stack_days[4])))
    expected = reference(stack_days, values, period_days)
    for key in synthesis.SYNTHESIS_KEYS:
        path = result.outputs[key]
        assert path.name.startswith(f"LIS_S2-SNOW-{key}_T31TCH_20200901_20210831_") and path.name.endswith("_1.tif")
        assert path.with_suffix(".qml").is_file()
        with rasterio.open(path) as dataset:
            assert dataset.crs.to_epsg() == 32631 and dataset.transform == TRANSFORM
            assert dataset.tags()["PERIOD_START"] == "2020-09-01"
            np.testing.assert_array_equal(dataset.read(1), expected[key], err_msg=key)
    assert not list((tmp_path / "out").glob("*.part"))


def test_default_period_is_the_hydrological_year_of_the_latest_input(season, tmp_path):
    folder, *_ = season
    result = snow_synthesis([folder], tmp_path / "out")
    assert (result.start, result.end) == (START, END)
    assert hydrological_year(date(2021, 9, 1)) == (date(2021, 9, 1), date(2022, 8, 31))
    assert hydrological_year(date(2021, 8, 31)) == (START, END)


def test_different_tiles_are_named(season, tmp_path):
    folder, stack_days, *_ = season
    write(folder / l2b_name(date(2020, 10, 3), tile="T32TLR"), np.zeros((37, 23), np.uint8))
    with pytest.raises(SynthesisInputError) as raised:
        snow_synthesis([folder], tmp_path / "out")
    assert "T31TCH" in str(raised.value) and "T32TLR" in str(raised.value)
    # How many inputs each tile has, in the plural form of the count.
    assert f"T31TCH ({len(stack_days)} inputs, e.g." in str(raised.value)
    assert "T32TLR (1 input, e.g." in str(raised.value)
    assert not (tmp_path / "out").exists()


def test_dates_outside_the_period(season, tmp_path):
    folder, stack_days, *_ = season
    with pytest.raises(SynthesisInputError) as raised:
        snow_synthesis([folder], tmp_path / "out", start=date(2020, 10, 1), end=END)
    assert "2020-10-01" in str(raised.value)
    # How many inputs are outside, in the plural form of the count.
    days = sorted(START + timedelta(days=day) for day in stack_days)
    assert days[0] < date(2020, 10, 1) < days[1] and ": 1 input (e.g." in str(raised.value)
    with pytest.raises(SynthesisInputError) as raised:
        snow_synthesis([folder], tmp_path / "out", start=days[3], end=END)
    outside = sum(day < days[3] for day in days)
    assert outside >= 3 and f": {outside} inputs (e.g." in str(raised.value)
    with pytest.raises(SynthesisInputError):
        snow_synthesis([folder], tmp_path / "out", start=END, end=START)


def test_earlier_outputs_kept_unless_overwrite(season, tmp_path):
    folder, *_ = season
    out = tmp_path / "out"
    first = snow_synthesis([folder], out)
    before = {key: path.read_bytes() for key, path in first.outputs.items()}
    with pytest.raises(OutputError):
        snow_synthesis([folder], out)
    assert {key: path.read_bytes() for key, path in first.outputs.items()} == before
    snow_synthesis([folder], out, overwrite=True)


def test_cancel_leaves_nothing(season, tmp_path):
    folder, *_ = season

    class Cancelled(synthesis.Feedback):
        def isCanceled(self):
            return True

    with pytest.raises(synthesis.CancelledError):
        snow_synthesis([folder], tmp_path / "out", feedback=Cancelled())
    assert not list((tmp_path / "out").iterdir())


def test_onset_and_melt_out_are_labelled_with_their_calendar_days(tmp_path):
    # No snow on 29 Nov 2020, snow on 30 Nov and 28 Feb 2021, none on 1 Mar: consecutive days, so the
    # interpolation leaves the snow period exactly 30 Nov - 28 Feb (90 and 180 days after 1 Sept).
    folder = tmp_path / "season"
    folder.mkdir()
    for day, value in ((date(2020, 11, 29), 0), (date(2020, 11, 30), 100), (date(2021, 2, 28), 100), (date(2021, 3, 1), 0)):
        write(folder / l2b_name(day), np.full((2, 3), value, np.uint8), nodata=254)
    result = snow_synthesis([folder], tmp_path / "out", start=START, end=END)
    for key, day in (("SOD", "2020-11-30"), ("SMOD", "2021-02-28")):
        with rasterio.open(result.outputs[key]) as dataset:
            value = int(dataset.read(1)[0, 0])
        labels = {item.get("value"): item.get("label")
                  for item in ElementTree.parse(result.outputs[key].with_suffix(".qml")).iter("item")}
        assert labels[str(value)] == day, key
