"""Run the snow detection on one L2A product, strip by strip.

Inputs are checked before any work (product, DEM overlap, output folder).
Two sweeps over row strips follow (sweeps.py, on arrays read by
strip_inputs.py): the first keeps what needs no snowline and counts the
elevation histogram; then the snowline zs, the pass-2 gate and, with the
rescue, the valley-fog banks; the second sweep classifies. This module
alone owns the threads, the open datasets, the tile-wide state between the
sweeps (uint8 codes, the 20 m red, an int16 DEM), the histogram and the
outputs, so memory grows like the outputs; strips run on several threads
(numpy and GDAL release the GIL). Outputs become final all at once.
"""

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone

import numpy as np
import rasterio

from snow_plugin.core import sweeps
from snow_plugin.core.ancillary import check_dem, load_tree_cover, load_water_mask
from snow_plugin.core.errors import CancelledError, DemError, ProductError
from snow_plugin.core.feedback import Feedback
from snow_plugin.core.gdal_settings import small_block_cache
from snow_plugin.core.grid import row_strips
from snow_plugin.core.i18n import format_number, tr
from snow_plugin.core.outputs import OutputSet
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.product import open_product
from snow_plugin.core.resample import RedCoarse
from snow_plugin.core.snowline import SnowlineHistogram
from snow_plugin.core.strip_inputs import read_mg2, read_strip
from snow_plugin.core.summary import build_metadata
from snow_plugin.core.sweeps import FogEvidence, PixelState, has_flag
from snow_plugin.core.valley_fog import find_fog_banks, grow_within

LOGGER = logging.getLogger("snow_plugin")
STRIP_HEIGHT = 256  # rows of 20 m pixels: small strips keep the per-thread memory low
FLAT_DEM_RELIEF = 2  # times the fog top spread: less relief than this is a flat DEM for valley fog
CLOUD_EDGE_GROWTH = 3  # pixels: a cloud's thin edges, fog-like but below the strict SWIR test


@dataclass
class DetectionResult:
    outputs: dict
    metadata: dict
    warnings: list = field(default_factory=list)

    @property
    def snowline_elevation(self):
        return self.metadata["snowline_elevation"]


def detect_snow(product_path, output_folder, **options):
    """Detect snow, cloud and fog on the L2A product at ``product_path``.

    Writes ``<product>_SNW_R2.tif`` (and FSC, NDSI, QC and decision rasters,
    styles and a JSON summary with its elevation band CSV) into
    ``output_folder``; returns a DetectionResult.
    Options: dem, water_mask, tree_cover (paths), params
    (DetectionParameters), overwrite, feedback, threads, strip_height,
    dem_choice (where the DEM came from, recorded in the JSON).
    """
    with small_block_cache():
        return SnowDetection(product_path, output_folder, **options).run()


@dataclass
class TileArrays(sweeps.TileRows):
    """Whole-tile arrays kept between the sweeps (each strip fills its rows):
    what the second sweep reads, and the 20 m red until red_nn is made."""

    red: np.ndarray = None

    @classmethod
    def empty(cls, shape, with_dem, with_fog):
        return cls(
            state=np.zeros(shape, np.uint8),
            red=np.zeros(shape, np.int16),
            ndsi_percent=np.zeros(shape, np.uint8),
            fsc_toc=np.zeros(shape, np.uint8),
            fog=np.zeros(shape, np.uint8) if with_fog else None,
            dem_ceiling=np.zeros(shape, np.int16) if with_dem else None,
        )

    def store(self, rows, strip):
        for name in ("state", "red", "ndsi_percent", "fsc_toc", "fog", "dem_ceiling"):
            values = getattr(strip, name)
            if values is not None:
                getattr(self, name)[rows] = values

    def rows(self, rows):
        """The second sweep's view of ``rows``."""
        parts = {item.name: getattr(self, item.name) for item in fields(sweeps.TileRows)}
        return sweeps.TileRows(**{name: None if array is None else array[rows] for name, array in parts.items()})


class SnowDetection:
    """One run of the detection; ``run()`` may be called once."""

    def __init__(self, product_path, output_folder, dem=None, water_mask=None, tree_cover=None, params=None,
                 overwrite=False, feedback=None, threads=2, strip_height=STRIP_HEIGHT, dem_choice=None):
        self.timer = _PhaseTimer()
        self.params = params or DetectionParameters()
        self.params.validate()
        self.feedback = feedback or Feedback()
        self.inputs = {"product": str(product_path), "dem": _str(dem), "water_mask": _str(water_mask),
                       "tree_cover": _str(tree_cover)}
        # dem_choice (core.dem_source.DemChoice): where the DEM came from, and why there is none.
        self.dem_choice = dem_choice
        self.inputs.update(dem_choice.record() if dem_choice else {"dem_source": "given" if dem else "none"})
        self.threads = threads
        self.warnings = []
        self.product = open_product(product_path)
        self.grid = self.product.grid
        keys = ["SNW", "FSC_TOC", "NDSI", "QCFLAGS", "DECISION"] + (["FSC_OG"] if tree_cover else [])
        self.outputs = OutputSet(output_folder, self.product.identifier, keys, overwrite)
        self.outputs.check()
        self.dem = dem
        self.dem_nodata_value = check_dem(dem, self.grid) if dem else 0
        self.histogram = SnowlineHistogram(self.params.dz) if dem else None
        self.dem_valid_pixels = 0
        self.elevation_range = None  # (lowest, highest) m over the valid pixels
        self.water_mask, self.tree_cover = water_mask, tree_cover
        self.with_swir2 = self.params.fog_rescue and self.product.has("swir2")
        self.strips = row_strips(self.grid.height, strip_height)
        self.tile = TileArrays.empty(self.grid.shape, with_dem=bool(dem), with_fog=self.params.fog_rescue)
        self.red_coarse = None
        self.snowline = None
        self.pass2_applies = False
        self.fog_banks = []
        self._local = threading.local()
        self._opened = []
        self._write_lock = threading.Lock()

    def datasets(self):
        """This thread's open rasters (rasterio datasets are not thread-safe)."""
        if not hasattr(self._local, "datasets"):
            files = {role: path for role, path in self.product.files.items() if path.endswith(".tif")}
            if self.dem:
                files["dem"] = self.dem
            self._local.datasets = {role: rasterio.open(path) for role, path in files.items()}
            self._opened.extend(self._local.datasets.values())
        return self._local.datasets

    # --- the run -------------------------------------------------------------
    def run(self):
        self.feedback.pushInfo(tr("Product {name}: {w} x {h} pixels at 20 m.").format(
            name=self.product.identifier, w=self.grid.width, h=self.grid.height))
        self._load_ancillary()
        self.outputs.open(self.grid)
        try:
            with ThreadPoolExecutor(max_workers=self.threads) as pool:
                self._first_sweep(pool)
                self._snowline()
                self._cloud_edges()
                self._valley_fog()
                counts = self._second_sweep(pool)
            metadata = self._metadata(counts)
            paths = self.outputs.commit(metadata)
            self.timer.lap("commit")
        except BaseException:
            self.outputs.abort()
            raise
        finally:
            for dataset in self._opened:
                dataset.close()
        self.timer.log()
        for warning in self.warnings:
            self.feedback.pushWarning(warning)
        self.feedback.setProgress(100)
        return DetectionResult(outputs=paths, metadata=metadata, warnings=self.warnings)

    def _load_ancillary(self):
        if not self.dem:
            self.warnings.append(self.dem_choice.warning if self.dem_choice and self.dem_choice.warning else tr(
                "No DEM given: the snowline and pass 2 are skipped (only unambiguous snow is detected)."))
            if self.params.fog_rescue:
                self.warnings.append(tr("Valley fog is recognised by its flat top on a DEM: without a DEM only the rescue's spectral test runs."))
        if self.params.fog_rescue and not self.with_swir2:
            self.warnings.append(tr("The product has no B12 band (2.2 µm): the rescue's spectral test is skipped; only valley fog is looked for."))
        if self.water_mask:
            self.tile.water = load_water_mask(self.water_mask, self.grid)
        if self.tree_cover:
            self.tile.tree_cover = load_tree_cover(self.tree_cover, self.grid)
        self._check_cancel()
        self.timer.lap("ancillary rasters")
        self.feedback.setProgress(10)

    def _first_sweep(self, pool):
        for done, _ in enumerate(pool.map(self._in_strip(self._first_sweep_strip), self.strips), 1):
            self.feedback.setProgress(10 + 55 * done / len(self.strips))
        if has_flag(self.tile.state, PixelState.NODATA).all():
            raise ProductError(tr("The product {name} has no valid pixel (all nodata): choose another date.").format(
                name=self.product.identifier))
        if self.dem:
            self._check_dem_coverage()
        self.timer.lap("first sweep")
        self.red_coarse = RedCoarse(self.tile.red, self.grid, self.params.resize_factor)
        self.tile.red = None
        self.timer.lap("red_nn")
        self.feedback.setProgress(70)

    def _first_sweep_strip(self, row_start, row_stop):
        with self.timer.work_on("reading and 10 m -> 20 m"):
            inputs = read_strip(self.datasets(), self.grid.strip(row_start, row_stop), row_start,
                                self.with_swir2)
        with self.timer.work_on("first sweep steps"):
            strip = sweeps.first_sweep(inputs, self.params, self.product.multi, self.dem_nodata_value)
        self.tile.store(slice(row_start, row_stop), strip)
        if self.histogram is not None:
            clear = ~strip.has(PixelState.ALL_CLOUD)
            counts = self.histogram.count(strip.histogram_elevation, clear, strip.has(PixelState.PASS1))
            with self._write_lock:
                self.histogram.accumulate(counts)
                self.dem_valid_pixels += strip.dem_valid_pixels
                self.elevation_range = _wider(self.elevation_range, strip.elevation_range)

    def _snowline(self):
        """zs, and the pass-2 gate (zs is reported even when the gate closes)."""
        self.pass1_fraction = np.count_nonzero(has_flag(self.tile.state, PixelState.PASS1)) / self.tile.state.size
        if self.histogram is None:
            return
        self.snowline = self.histogram.snowline_elevation(self.params.fsnow_lim, self.params.fclear_lim)
        if self.snowline is None:
            self.warnings.append(tr("No snowline elevation was found on this tile: pass 2 is skipped and the result is less reliable."))
        elif self.pass1_fraction > self.params.fsnow_total_lim:
            self.pass2_applies = True
        else:
            self.warnings.append(tr("Too little unambiguous snow on this tile: pass 2 is skipped."))

    def _cloud_edges(self):
        """Grow the clouds the strict spectral test found into their fog-like edges."""
        if not self.params.fog_rescue:
            return
        fog, height = self.tile.fog, self.grid.height
        grown_strips = []
        for start, stop in row_strips(height, STRIP_HEIGHT):
            read_start, read_stop = max(start - CLOUD_EDGE_GROWTH, 0), min(stop + CLOUD_EDGE_GROWTH, height)
            rows = fog[read_start:read_stop]
            grown = grow_within(has_flag(rows, FogEvidence.SPECTRAL_ANYWHERE), has_flag(rows, FogEvidence.SPECTRAL_LOW),
                                CLOUD_EDGE_GROWTH)
            grown_strips.append((start, stop, grown[start - read_start : stop - read_start]))
        for start, stop, grown in grown_strips:  # written once all are grown: each strip reads the original
            fog[start:stop][grown] |= np.uint8(FogEvidence.SPECTRAL_ANYWHERE)

    def _fog_rows(self, start, stop):
        """(fog-like, elevation, has elevation) of rows [start, stop) for the valley-fog search."""
        fog = self.tile.fog[start:stop]
        has_elevation = ~has_flag(self.tile.state[start:stop], PixelState.NODATA) & ~has_flag(fog, FogEvidence.NO_ELEVATION)
        return has_flag(fog, FogEvidence.FOG_LIKE), self.tile.dem_ceiling[start:stop], has_elevation

    def _valley_fog(self):
        """Mark the pixels of flat-topped fog banks (rescue on, with a DEM)."""
        if not self.params.fog_rescue or self.tile.dem_ceiling is None:
            return
        lowest, highest = self.elevation_range or (0.0, 0.0)
        if highest - lowest < FLAT_DEM_RELIEF * self.params.fog_top_spread:
            self.warnings.append(tr("The DEM is flat over the product: valley fog cannot be recognised by its flat top."))
            return
        search = find_fog_banks(self._fog_rows, self.grid.shape, self.grid.pixel_area_km2, self.params.fog_top_spread,
                                self.params.fog_min_area)
        for start, stop in row_strips(self.grid.height, STRIP_HEIGHT):
            fog = self.tile.fog[start:stop]
            fog[search.mask_rows(has_flag(fog, FogEvidence.FOG_LIKE), start)] |= np.uint8(FogEvidence.VALLEY_FOG)
        self.fog_banks = search.banks
        if search.unmeasured_km2:
            self.warnings.append(tr("The DEM has no elevation under {area} km² of fog-like areas: the valley-fog test skipped them.").format(
                area=format_number(search.unmeasured_km2, 3)))
        self._check_cancel()
        self.timer.lap("valley fog")

    def _second_sweep(self, pool):
        counts = sweeps.ClassCounts()
        for done, strip_counts in enumerate(pool.map(self._in_strip(self._second_sweep_strip), self.strips), 1):
            counts += strip_counts
            self.feedback.setProgress(70 + 28 * done / len(self.strips))
        self.timer.lap("second sweep")
        return counts

    def _second_sweep_strip(self, row_start, row_stop):
        mg2 = read_mg2(self.datasets(), row_start, row_stop, self.grid.width)
        with self.timer.work_on("second sweep steps"):
            strip = sweeps.second_sweep(self.tile.rows(slice(row_start, row_stop)), self.red_coarse.rows(row_start, row_stop),
                                        mg2, self.snowline, self.pass2_applies, self.params, self.product.multi)
        with self._write_lock, self.timer.work_on("writing (compression)"):
            for key, values in strip.rasters.items():
                self.outputs.write_strip(key, row_start, values)
        return strip.counts

    def _in_strip(self, work):
        def run_strip(strip):
            self._check_cancel()
            return work(*strip)

        return run_strip

    def _check_dem_coverage(self):
        if self.dem_valid_pixels == 0:
            raise DemError(tr("The DEM {path} has no elevation over the product.").format(path=self.dem))
        missing = 1 - self.dem_valid_pixels / self.tile.state.size
        if missing:
            self.warnings.append(
                tr("The DEM has no elevation for {percent} % of the product: those pixels never get pass-2 snow.").format(
                    percent=format_number(100 * missing, 2) if missing >= 1e-4 else "< " + format_number(0.01, 2)
                )
            )

    def _check_cancel(self):
        if self.feedback.isCanceled():
            raise CancelledError(tr("Snow detection cancelled: no output was written."))

    def _metadata(self, counts):
        return build_metadata(
            product=self.product,
            grid=self.grid,
            params=self.params,
            inputs=self.inputs,
            snowline_elevation=self.snowline,
            pass2_applied=self.pass2_applies,
            pass1_fraction=self.pass1_fraction,
            class_counts=counts,
            histogram=self.histogram,
            fog_banks=self.fog_banks,
            warnings=self.warnings,
            created=datetime.now(timezone.utc),
        )


class _PhaseTimer:
    """Wall time of each phase, and the time the strip threads spent in each
    kind of work, logged at DEBUG (``make bench`` prints them)."""

    def __init__(self):
        self.last = time.perf_counter()
        self.phases = []
        self.work = {}
        self._lock = threading.Lock()

    def lap(self, name):
        now = time.perf_counter()
        self.phases.append((name, now - self.last))
        self.last = now

    @contextmanager
    def work_on(self, name):
        start = time.perf_counter()
        try:
            yield
        finally:
            with self._lock:
                self.work[name] = self.work.get(name, 0.0) + time.perf_counter() - start

    def log(self):
        LOGGER.debug("phases: %s", ", ".join(f"{name} {seconds:.2f} s" for name, seconds in self.phases))
        LOGGER.debug("strip threads: %s", ", ".join(f"{name} {seconds:.2f} s" for name, seconds in self.work.items()))


def _wider(known, new):
    """The (low, high) range covering both (either may be None)."""
    if known is None or new is None:
        return known or new
    return min(known[0], new[0]), max(known[1], new[1])


def _str(value):
    return str(value) if value else None
