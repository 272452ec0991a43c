"""Snow-cover syntheses over a period (LIS's "snow annual map", Theia L3B).

Per pixel, each input day is snow (SNW 100, FSC 1-100), no snow (0) or a gap
(cloud 205, no data 254/255, anything else). Several inputs of one day: the
first clear one wins. The binary series of the clear days is interpolated
linearly onto every day of the period (days before the first or after the
last clear day take its value) and a day is snow where the value is at
least 0.5. Outputs: SCD snow days, SOD and SMOD the first and last day of
the longest snow period (the first of equally long ones) in days since the
period start, 0 being the start itself, as LIS (0 too without snow), NOBS
the clear days, NSP the snow periods. A pixel never clear is no data in
SCD, SOD, SMOD and NSP (NOBS says 0).

Between two consecutive input days the interpolated series changes at
most once, so the work walks the input days (two segments each), not the
days of the period, block of rows by block of rows: memory holds one block
per input day. Outputs are written as ``.part`` files, renamed together.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from rasterio.windows import Window

from snow_plugin.core.errors import CancelledError, OutputError
from snow_plugin.core.feedback import Feedback
from snow_plugin.core.i18n import tr
from snow_plugin.core.l3b import L3B_KINDS, l3b_style
from snow_plugin.core.outputs import _write_error
from snow_plugin.core.synthesis_inputs import check_one_grid, check_one_tile, check_period, collect_inputs

SYNTHESIS_KEYS = L3B_KINDS  # SCD, SOD, SMOD, NOBS, NSP
SYNTHESIS_NODATA = 65535
GAP, NO_SNOW_DAY, SNOW_DAY = -1, 0, 1
WORK_BUDGET_BYTES = 192 * 1024 * 1024  # the block arrays of every input day together
BYTES_PER_DAY_PIXEL = 7  # the day's code (1) and the next clear day and value after it (4 + 1), and reading (1)
SOURCE_TILE_ROWS = 512  # rows of a source tile: the GDAL cache holds one row of tiles of every input


def snow_code(values):
    """SNOW_DAY, NO_SNOW_DAY or GAP for the raster values of one input."""
    code = np.full(values.shape, GAP, np.int8)
    code[values == 0] = NO_SNOW_DAY
    code[(values >= 1) & (values <= 100)] = SNOW_DAY
    return code


def merge_same_day(codes):
    """One day's code from its inputs' codes, in input order: the first clear wins."""
    merged = codes[0].copy()
    for code in codes[1:]:
        gap = merged == GAP
        merged[gap] = code[gap]
    return merged


@dataclass
class SeasonStatistics:
    scd: np.ndarray
    sod: np.ndarray
    smod: np.ndarray
    nobs: np.ndarray
    nsp: np.ndarray

    def rasters(self):
        return dict(SCD=self.scd, SOD=self.sod, SMOD=self.smod, NOBS=self.nobs, NSP=self.nsp)


class _Runs:
    """Snow runs met while walking the period's days in order, per pixel."""

    def __init__(self, shape):
        self.previous_snow = np.zeros(shape, bool)
        self.run_start = np.zeros(shape, np.int32)
        self.best_start = np.zeros(shape, np.int32)
        self.best_length = np.zeros(shape, np.int32)
        self.scd = np.zeros(shape, np.int32)
        self.nsp = np.zeros(shape, np.int32)

    def segment(self, first, stop, snow):
        """Days [first, stop) (arrays or numbers) all ``snow`` (bool array)."""
        length = np.broadcast_to(np.asarray(stop) - np.asarray(first), snow.shape)
        present = length > 0
        snowy = snow & present
        new_run = snowy & ~self.previous_snow
        self.run_start = np.where(new_run, first, self.run_start)
        self.nsp += new_run
        self.scd += np.where(snowy, length, 0)
        run_length = stop - self.run_start
        longer = snowy & (run_length > self.best_length)
        self.best_length = np.where(longer, run_length, self.best_length)
        self.best_start = np.where(longer, self.run_start, self.best_start)
        self.previous_snow = np.where(present, snow, self.previous_snow)


def season_statistics(day_indices, codes, period_days):
    """SCD, SOD, SMOD, NOBS, NSP of a block.

    ``day_indices``: increasing 0-based days of the input days in the period;
    ``codes``: their merged codes, one array per day (GAP, 0 or 1).
    """
    shape = codes[0].shape
    count = len(day_indices)
    # Backward: the next clear day (and its value) at or after each input day.
    next_day = [None] * count
    next_value = [None] * count
    after_day = np.full(shape, -1, np.int32)
    after_value = np.zeros(shape, np.int8)
    for k in range(count - 1, -1, -1):
        clear = codes[k] != GAP
        after_day = np.where(clear, day_indices[k], after_day)
        after_value = np.where(clear, codes[k], after_value)
        next_day[k], next_value[k] = after_day, after_value
    runs = _Runs(shape)
    nobs = np.zeros(shape, np.int32)
    # Before the first input day: the first clear value.
    runs.segment(0, day_indices[0], next_value[0] == SNOW_DAY)
    before_day = np.full(shape, -1, np.int32)
    before_value = np.zeros(shape, np.int8)
    for k in range(count):
        clear = codes[k] != GAP
        nobs += clear
        before_day = np.where(clear, day_indices[k], before_day)
        before_value = np.where(clear, codes[k], before_value)
        first, stop = day_indices[k], day_indices[k + 1] if k + 1 < count else period_days
        if k + 1 < count:
            later_day, later_value = next_day[k + 1], next_value[k + 1]
        else:
            later_day, later_value = np.full(shape, -1, np.int32), before_value
        _interval(runs, first, stop, before_day, before_value, later_day, later_value)
        next_day[k] = next_value[k] = None  # free as we go
    never_clear = nobs == 0
    has_run = runs.best_length > 0
    # 0-based as LIS's SOD/SMOD (let-it-snow, s2snow/compute_SOD_SMOD.py: the index of the day in
    # the daily series that starts on the synthesis start), and 0 as there without a snow period.
    statistics = SeasonStatistics(
        scd=runs.scd, sod=np.where(has_run, runs.best_start, 0),
        smod=np.where(has_run, runs.best_start + runs.best_length - 1, 0), nobs=nobs, nsp=runs.nsp)
    for values in (statistics.scd, statistics.sod, statistics.smod, statistics.nsp):
        values[never_clear] = SYNTHESIS_NODATA
    return statistics


def _interval(runs, first, stop, before_day, before_value, later_day, later_value):
    """Days [first, stop) between two input days: at most one change, at the half-way day."""
    has_before, has_later = before_day >= 0, later_day >= 0
    # Only one side clear: its value throughout (nearest clear observation).
    value_first = np.where(has_before, before_value, later_value) == SNOW_DAY
    value_then = np.where(has_later, later_value, before_value) == SNOW_DAY
    gap = later_day - before_day
    offset = np.where(value_first, gap // 2 + 1, (gap + 1) // 2)  # 1->0: snow while 2(t-d) <= gap; 0->1: from 2(t-d) >= gap
    changes = has_before & has_later & (value_first != value_then)
    split = np.where(changes, np.clip(before_day + offset, first, stop), stop)
    runs.segment(first, split, value_first)
    runs.segment(split, stop, value_then)


# --- the files -------------------------------------------------------------------
@dataclass
class SynthesisResult:
    outputs: dict
    start: object
    end: object
    tile: str
    inputs: list


def output_name(key, tile, start, end):
    """Theia L3B names: LIS_S2-SNOW-SCD_T31TCH_20180901_20190831_<version>_1.tif."""
    from snow_plugin.__about__ import __version__

    return f"LIS_S2-SNOW-{key}_{tile}_{start:%Y%m%d}_{end:%Y%m%d}_{__version__}_1.tif"


def snow_synthesis(inputs, output_folder, start=None, end=None, overwrite=False, feedback=None):
    """Write SCD, SOD, SMOD, NOBS and NSP of ``inputs`` over [start, end] (dates)."""
    feedback = feedback or Feedback()
    snow_inputs = collect_inputs(inputs)
    tile = check_one_tile(snow_inputs)
    start, end = check_period(snow_inputs, start, end)
    crs, transform, width, height = check_one_grid(snow_inputs)
    folder = Path(output_folder)
    paths = {key: folder / output_name(key, tile, start, end) for key in SYNTHESIS_KEYS}
    _check_outputs(folder, paths, overwrite)
    days = {}
    for snow_input in snow_inputs:
        days.setdefault((snow_input.day - start).days, []).append(snow_input)
    day_indices = sorted(days)
    period_days = (end - start).days + 1
    feedback.pushInfo(tr("%n input(s) on {days}, {start} – {end}.", None, len(snow_inputs)).format(
        days=tr("%n day(s)", None, len(day_indices)), start=start, end=end))
    rows = max(1, min(height, WORK_BUDGET_BYTES // (len(day_indices) * width * BYTES_PER_DAY_PIXEL)))
    tags = dict(PERIOD_START=start.isoformat(), PERIOD_END=end.isoformat(), DAY_0=start.isoformat(),
                INPUT_DAYS=str(len(day_indices)), TILE=tile)
    profile = dict(driver="GTiff", width=width, height=height, count=1, dtype="uint16", crs=crs, transform=transform,
                   nodata=SYNTHESIS_NODATA, compress="deflate", tiled=True, blockxsize=512, blockysize=512)
    parts = {key: path.with_name(path.name + ".part") for key, path in paths.items()}
    targets = {}
    try:
        # GDAL's cache fills up to its size before it evicts: size it to one row of source tiles per input.
        cache_bytes = 64 * 1024 * 1024 + len(snow_inputs) * SOURCE_TILE_ROWS * width
        with rasterio.Env(GDAL_CACHEMAX=cache_bytes):
            sources = {d: [rasterio.open(i.path) for i in days[d]] for d in day_indices}
            try:
                for key in SYNTHESIS_KEYS:
                    targets[key] = rasterio.open(parts[key], "w", **profile)
                    targets[key].update_tags(**tags)
                for row in range(0, height, rows):
                    if feedback.isCanceled():
                        raise CancelledError(tr("Snow synthesis cancelled: no output was written."))
                    window = Window(0, row, width, min(rows, height - row))
                    codes = [merge_same_day([snow_code(s.read(1, window=window)) for s in sources[d]]) for d in day_indices]
                    statistics = season_statistics(day_indices, codes, period_days)
                    del codes
                    for key, values in statistics.rasters().items():
                        targets[key].write(values.astype(np.uint16), 1, window=window)
                    feedback.setProgress(100.0 * min(height, row + rows) / height)
            finally:
                for dataset in [s for group in sources.values() for s in group]:
                    dataset.close()
        for dataset in targets.values():
            dataset.close()
        for key in SYNTHESIS_KEYS:
            _write_text(paths[key].with_suffix(".qml"), l3b_style(key, paths[key].name))
        for key in SYNTHESIS_KEYS:
            os.replace(parts[key], paths[key])
    except (rasterio.errors.RasterioIOError, OSError) as error:
        raise _write_error(folder, error) from error
    finally:
        for dataset in targets.values():
            dataset.close()
        for part in parts.values():
            part.unlink(missing_ok=True)
    return SynthesisResult(outputs=paths, start=start, end=end, tile=tile, inputs=snow_inputs)


def _check_outputs(folder, paths, overwrite):
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(tr("The output folder {folder} cannot be created ({error}): choose another folder.").format(
            folder=folder, error=error.strerror or error)) from error
    existing = [path.name for path in paths.values() if path.exists()]
    if existing and not overwrite:
        raise OutputError(tr("Outputs already exist in {folder} ({files}): choose another folder or allow overwriting.").format(
            folder=folder, files=", ".join(existing[:3]) + (" …" if len(existing) > 3 else "")))


def _write_text(path, text):
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
