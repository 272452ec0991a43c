"""Run the snow detection on one L2A product, strip by strip.

Two sweeps over row strips: the first resamples and classifies what needs no
snowline (pass 1, cloud layers, NDSI, FSC) and counts the elevation
histogram; the snowline zs follows; the second applies the dark-cloud
refinement and pass 2 and writes the outputs. Only compact per-pixel state
(uint8 codes, the 20 m red and the DEM) is kept for the whole tile, so memory
grows like the outputs; strips run on several threads (numpy and GDAL
release the GIL).
"""

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np
import rasterio

from snow_plugin.core import detection as steps
from snow_plugin.core.definitions import CLOUD, NO_SNOW, SNOW
from snow_plugin.core.ancillary import check_dem, load_tree_cover, load_water_mask, warp_band
from snow_plugin.core.errors import CancelledError, DemError, ProductError
from snow_plugin.core.feedback import Feedback
from snow_plugin.core.gdal_settings import small_block_cache
from snow_plugin.core.grid import row_strips
from snow_plugin.core.i18n import tr
from snow_plugin.core.outputs import OutputSet
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.product import open_product
from snow_plugin.core.resample import RedCoarse, warp_strip_cubic
from snow_plugin.core.snowline import SnowlineHistogram, dem_for_histogram
from snow_plugin.core.summary import build_metadata

LOGGER = logging.getLogger("snow_plugin")
STRIP_HEIGHT = 256  # rows of 20 m pixels: small strips keep the per-thread memory low

# Per-pixel state kept between the two sweeps (bits of one uint8).
NODATA = 1
ALL_CLOUD = 2
SHADOW = 4
BACK_TO_CLOUD = 8
PASS1 = 16
PASS2_CANDIDATE = 32
FOG_RESCUED = 64
HIGH_CLOUD = 128


@dataclass
class DetectionResult:
    outputs: dict
    metadata: dict
    warnings: list = field(default_factory=list)

    @property
    def snowline_elevation(self):
        return self.metadata["snowline_elevation"]


@dataclass
class _Tile:
    """Whole-tile arrays shared by the strips (each strip writes its rows)."""

    state: np.ndarray
    red: np.ndarray
    ndsi_percent: np.ndarray
    fsc_toc: np.ndarray
    # ceil(DEM): for the integer zs, ceil(z) > zs exactly when z > zs, and
    # int16 halves the memory of a float32 DEM.
    dem_ceiling: np.ndarray = None
    dem_valid_pixels: int = 0
    water: np.ndarray = None
    tree_cover: np.ndarray = None


class _PhaseTimer:
    """Wall time of each phase, logged at DEBUG (``make bench`` prints them)."""

    def __init__(self):
        self.start = self.last = time.perf_counter()
        self.phases = []

    def lap(self, name):
        now = time.perf_counter()
        self.phases.append((name, now - self.last))
        self.last = now

    def log(self):
        LOGGER.debug("phases: %s", ", ".join(f"{name} {seconds:.2f} s" for name, seconds in self.phases))


def _open_datasets(product, dem):
    datasets = {role: rasterio.open(path) for role, path in product.files.items() if path.endswith(".tif")}
    if dem:
        datasets["dem"] = rasterio.open(dem)
    return datasets


def detect_snow(product_path, output_folder, **options):
    """Detect snow, cloud and fog on the L2A product at ``product_path``.

    Writes ``<product>_SNW_R2.tif`` (and FSC, NDSI, QC rasters, styles and
    a JSON summary) into ``output_folder``; returns a DetectionResult.
    Options: dem, water_mask, tree_cover (paths), params
    (DetectionParameters), overwrite, feedback, threads, strip_height.
    """
    with small_block_cache():
        return _detect_snow(product_path, output_folder, **options)


def _detect_snow(
    product_path,
    output_folder,
    dem=None,
    water_mask=None,
    tree_cover=None,
    params=None,
    overwrite=False,
    feedback=None,
    threads=2,
    strip_height=STRIP_HEIGHT,
):
    timer = _PhaseTimer()
    params = params or DetectionParameters()
    params.validate()
    feedback = feedback or Feedback()
    warnings = []
    product = open_product(product_path)
    grid = product.grid
    keys = ["SNW", "FSC_TOC", "NDSI", "QCFLAGS"] + (["FSC_OG"] if tree_cover else [])
    outputs = OutputSet(output_folder, product.identifier, keys, overwrite)
    outputs.check()
    feedback.pushInfo(tr("Product {name}: {w} x {h} pixels at 20 m.").format(name=product.identifier, w=grid.width, h=grid.height))

    tile = _Tile(
        state=np.zeros(grid.shape, np.uint8),
        red=np.zeros(grid.shape, np.int16),
        ndsi_percent=np.zeros(grid.shape, np.uint8),
        fsc_toc=np.zeros(grid.shape, np.uint8),
    )
    histogram = None
    dem_nodata_value = 0
    if dem:
        dem_nodata_value = check_dem(dem, grid)
        tile.dem_ceiling = np.zeros(grid.shape, np.int16)
        histogram = SnowlineHistogram(params.dz)
    else:
        warnings.append(tr("No DEM given: the snowline and pass 2 are skipped (only unambiguous snow is detected)."))
    if water_mask:
        tile.water = load_water_mask(water_mask, grid)
    if tree_cover:
        tile.tree_cover = load_tree_cover(tree_cover, grid)
    _check_cancel(feedback)
    timer.lap("ancillary rasters")
    feedback.setProgress(10)

    strips = row_strips(grid.height, strip_height)
    opened = []
    local = threading.local()

    def datasets_for_thread():
        # rasterio datasets are not thread-safe: one set per worker thread.
        if not hasattr(local, "datasets"):
            local.datasets = _open_datasets(product, dem)
            opened.extend(local.datasets.values())
        return local.datasets

    outputs.open(grid)
    try:
        with ThreadPoolExecutor(max_workers=threads) as pool:

            def first(strip):
                _check_cancel(feedback)
                return _first_sweep(strip, product, datasets_for_thread(), tile, params, histogram, dem_nodata_value)

            for done, counts in enumerate(pool.map(first, strips), 1):
                if histogram is not None:
                    histogram.accumulate(counts[0])
                    tile.dem_valid_pixels += counts[1]
                feedback.setProgress(10 + 55 * done / len(strips))

            if histogram is not None:
                _check_dem_coverage(tile, dem, warnings)
            if (tile.state & NODATA).all():
                raise ProductError(
                    tr("The product {name} has no valid pixel (all nodata): choose another date.").format(
                        name=product.identifier
                    )
                )
            timer.lap("first sweep")
            red_coarse = RedCoarse(tile.red, grid, params.resize_factor)
            timer.lap("red_nn")
            tile.red = None
            feedback.setProgress(70)

            total_pixels = grid.width * grid.height
            pass1_fraction = np.count_nonzero(tile.state & PASS1) / total_pixels
            zs = histogram.snowline_elevation(params.fsnow_lim, params.fclear_lim) if histogram else None
            apply_pass2 = zs is not None and pass1_fraction > params.fsnow_total_lim
            if histogram is not None and zs is None:
                warnings.append(tr("No snowline elevation was found on this tile: pass 2 is skipped and the result is less reliable."))
            elif zs is not None and not apply_pass2:
                warnings.append(tr("Too little unambiguous snow on this tile: pass 2 is skipped."))

            write_lock = threading.Lock()

            def second(strip):
                _check_cancel(feedback)
                return _second_sweep(strip, datasets_for_thread(), tile, red_coarse, params, product.multi, zs if apply_pass2 else None, outputs, write_lock)

            counts = np.zeros(5, dtype=np.int64)
            for done, strip_counts in enumerate(pool.map(second, strips), 1):
                counts += strip_counts
                feedback.setProgress(70 + 28 * done / len(strips))
        timer.lap("second sweep")
        metadata = build_metadata(
            product=product,
            grid=grid,
            params=params,
            inputs={"product": str(product_path), "dem": _str(dem), "water_mask": _str(water_mask), "tree_cover": _str(tree_cover)},
            snowline_elevation=zs,
            pass2_applied=apply_pass2,
            pass1_fraction=pass1_fraction,
            class_counts=counts,
            histogram=histogram,
            warnings=warnings,
            created=datetime.now(timezone.utc),
        )
        paths = outputs.commit(metadata)
        timer.lap("commit")
        timer.log()
    except BaseException:
        outputs.abort()
        raise
    finally:
        for dataset in opened:
            dataset.close()
    for warning in warnings:
        feedback.pushWarning(warning)
    feedback.setProgress(100)
    return DetectionResult(outputs=paths, metadata=metadata, warnings=warnings)


def _str(value):
    return str(value) if value else None


def _check_dem_coverage(tile, dem, warnings):
    total = tile.state.size
    if tile.dem_valid_pixels == 0:
        raise DemError(tr("The DEM {path} has no elevation over the product.").format(path=dem))
    missing = 1 - tile.dem_valid_pixels / total
    if missing:
        warnings.append(
            tr("The DEM has no elevation for {percent} % of the product: those pixels never get pass-2 snow.").format(
                percent=f"{100 * missing:.2g}"
            )
        )


def _check_cancel(feedback):
    if feedback.isCanceled():
        raise CancelledError(tr("Snow detection cancelled: no output was written."))


def _read_cloud_mask(datasets, strip_grid, row_start, row_stop):
    if "clm" in datasets:
        return datasets["clm"].read(1, window=((row_start, row_stop), (0, strip_grid.width)))
    # No CLM_R2: OR each 2x2 block of the 10 m CLM_R1, as the spec asks.
    fine = datasets["clm_r1"].read(1, window=((2 * row_start, 2 * row_stop), (0, 2 * strip_grid.width)))
    return fine[0::2, 0::2] | fine[1::2, 0::2] | fine[0::2, 1::2] | fine[1::2, 1::2]


def _first_sweep(strip, product, datasets, tile, params, histogram, dem_nodata_value):
    row_start, row_stop = strip
    strip_grid = product.grid.strip(row_start, row_stop)
    multi = product.multi
    green = warp_strip_cubic(datasets["green"], strip_grid)
    red = warp_strip_cubic(datasets["red"], strip_grid)
    swir = datasets["swir"].read(1, window=((row_start, row_stop), (0, strip_grid.width)))
    clm = _read_cloud_mask(datasets, strip_grid, row_start, row_stop)

    nodata = steps.nodata_mask(swir)
    ndsi = steps.ndsi(green, swir, nodata)
    layers = steps.cloud_layers(clm)
    clear = ~layers.all_cloud
    state = np.zeros(nodata.shape, np.uint8)
    if params.fog_rescue:
        rescued = steps.fog_rescue(layers.all_cloud, nodata, red, swir, ndsi, params, multi)
        state[rescued] |= FOG_RESCUED
        clear &= ~rescued
    pass1 = steps.pass1_snow(~clear, ndsi, red, params, multi)
    for condition, bit in (
        (nodata, NODATA),
        (layers.all_cloud, ALL_CLOUD),
        (layers.shadow, SHADOW),
        (layers.high_cloud, HIGH_CLOUD),
        (steps.back_to_cloud(layers.all_cloud, red, params, multi), BACK_TO_CLOUD),
        (pass1, PASS1),
        (steps.pass2_candidates(ndsi, red, params, multi), PASS2_CANDIDATE),
    ):
        state[condition] |= bit

    rows = slice(row_start, row_stop)
    tile.state[rows] = state
    tile.red[rows] = red
    # NDSI % and FSC only matter where snow is possible: compute them there.
    possible_snow = ndsi > min(params.ndsi_pass1, params.ndsi_pass2)
    tile.ndsi_percent[rows][possible_snow] = np.clip(
        steps.ndsi_percent(green[possible_snow], swir[possible_snow]), 0, 100
    )
    tile.fsc_toc[rows][possible_snow] = steps.fsc_from_ndsi(ndsi[possible_snow])
    if histogram is None:
        return None
    dem = warp_band(datasets["dem"], strip_grid, threads=1)
    valid_pixels = np.count_nonzero(~np.isnan(dem))
    dem = np.where(np.isnan(dem), np.float32(dem_nodata_value), dem)
    tile.dem_ceiling[rows] = np.clip(np.ceil(dem), -32768, 32767)
    return histogram.count(dem_for_histogram(dem, dem_nodata_value), clear, pass1), valid_pixels


def _second_sweep(strip, datasets, tile, red_coarse, params, multi, zs, outputs, write_lock):
    row_start, row_stop = strip
    rows = slice(row_start, row_stop)
    state = tile.state[rows]

    def flag(bit):
        return (state & bit) != 0

    nodata = flag(NODATA)
    all_cloud = flag(ALL_CLOUD)
    rescued = flag(FOG_RESCUED)
    cloud_refine = steps.cloud_refined(all_cloud, flag(SHADOW), flag(HIGH_CLOUD), red_coarse.rows(row_start, row_stop), params, multi) | rescued
    snow = flag(PASS1)
    if zs is not None:
        snow = snow | steps.pass2_snow(flag(PASS2_CANDIDATE), cloud_refine, tile.dem_ceiling[rows], zs)
    water = tile.water[rows] if tile.water is not None else None
    excluded = nodata | water if water is not None else nodata
    snow &= ~excluded
    classes = steps.classify(snow, cloud_refine | flag(BACK_TO_CLOUD), excluded)

    fsc_toc = steps.with_class_codes(tile.fsc_toc[rows], snow, classes)
    results = {
        "SNW": classes,
        "FSC_TOC": fsc_toc,
        "NDSI": steps.with_class_codes(tile.ndsi_percent[rows], snow, classes),
    }
    tree_cover = tile.tree_cover[rows] if tile.tree_cover is not None else None
    if tree_cover is not None:
        results["FSC_OG"] = steps.with_class_codes(steps.fsc_on_ground(tile.fsc_toc[rows], tree_cover), snow, classes)
    mg2 = datasets["mg2"].read(1, window=((row_start, row_stop), (0, state.shape[1]))) if "mg2" in datasets else None
    results["QCFLAGS"] = steps.qc_flags(mg2, water, tree_cover, all_cloud, fsc_toc, snow, nodata)
    with write_lock:
        for key, values in results.items():
            outputs.write_strip(key, row_start, values)
    return np.array(
        [
            np.count_nonzero(classes == SNOW),
            np.count_nonzero(classes == CLOUD),
            np.count_nonzero(classes == NO_SNOW),
            np.count_nonzero(rescued & (classes == CLOUD)),
            np.count_nonzero(excluded),
        ],
        dtype=np.int64,
    )
