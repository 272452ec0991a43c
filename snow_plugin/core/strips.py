"""The work done on one strip of rows in each sweep of the pipeline.

The first sweep resamples green and red to 20 m, reads SWIR and the cloud
mask, and keeps what needs no snowline: the cloud layers, pass 1, the pass-2
candidates, NDSI and FSC, packed in a per-pixel state byte; it also counts
the strip into the elevation histogram. The second sweep, once zs is known,
applies the dark-cloud refinement and pass 2 and writes the output strips.
``run`` is the SnowDetection in progress (pipeline.py): it holds the product,
parameters, tile-wide arrays and outputs.
"""

from dataclasses import dataclass

import numpy as np

from snow_plugin.core import detection as steps
from snow_plugin.core.ancillary import warp_band
from snow_plugin.core.definitions import CLOUD, NO_SNOW, SNOW
from snow_plugin.core.resample import warp_strip_cubic
from snow_plugin.core.snowline import dem_for_histogram

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
class TileArrays:
    """Whole-tile arrays shared by the strips (each strip writes its rows)."""

    state: np.ndarray
    red: np.ndarray
    ndsi_percent: np.ndarray
    fsc_toc: np.ndarray
    # ceil(DEM): for the integer zs, ceil(z) > zs exactly when z > zs, and
    # int16 halves the memory of a float32 DEM.
    dem_ceiling: np.ndarray = None
    water: np.ndarray = None
    tree_cover: np.ndarray = None

    @classmethod
    def empty(cls, shape, with_dem):
        return cls(
            state=np.zeros(shape, np.uint8),
            red=np.zeros(shape, np.int16),
            ndsi_percent=np.zeros(shape, np.uint8),
            fsc_toc=np.zeros(shape, np.uint8),
            dem_ceiling=np.zeros(shape, np.int16) if with_dem else None,
        )


@dataclass
class ClassCounts:
    snow: int = 0
    cloud: int = 0
    no_snow: int = 0
    fog_rescued: int = 0
    nodata_or_water: int = 0

    def __iadd__(self, other):
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


def read_cloud_mask(datasets, row_start, row_stop, width):
    if "clm" in datasets:
        return datasets["clm"].read(1, window=((row_start, row_stop), (0, width)))
    # No CLM_R2: OR each 2x2 block of the 10 m CLM_R1, as the spec asks.
    fine = datasets["clm_r1"].read(1, window=((2 * row_start, 2 * row_stop), (0, 2 * width)))
    return fine[0::2, 0::2] | fine[1::2, 0::2] | fine[0::2, 1::2] | fine[1::2, 1::2]


def first_sweep(run, strip):
    """Fill the tile arrays for ``strip``; return its (histogram counts,
    valid DEM pixels), or None without a DEM."""
    row_start, row_stop = strip
    datasets = run.datasets()
    params, multi = run.params, run.product.multi
    strip_grid = run.grid.strip(row_start, row_stop)
    green = warp_strip_cubic(datasets["green"], strip_grid)
    red = warp_strip_cubic(datasets["red"], strip_grid)
    swir = datasets["swir"].read(1, window=((row_start, row_stop), (0, strip_grid.width)))
    clm = read_cloud_mask(datasets, row_start, row_stop, strip_grid.width)

    nodata = steps.nodata_mask(swir)
    ndsi = steps.ndsi(green, swir, nodata)
    layers = steps.cloud_layers(clm)
    clear = ~layers.all_cloud
    state = np.zeros(nodata.shape, np.uint8)
    if params.fog_rescue:
        rescued = steps.fog_rescue(layers.all_cloud, nodata, red, swir, ndsi, params, multi)
        state[rescued] |= FOG_RESCUED
        clear &= ~rescued  # rescued fog is cloud for the snowline too
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
    tile = run.tile
    tile.state[rows] = state
    tile.red[rows] = red
    # NDSI % and FSC only matter where snow is possible: compute them there.
    possible_snow = ndsi > min(params.ndsi_pass1, params.ndsi_pass2)
    tile.ndsi_percent[rows][possible_snow] = np.clip(
        steps.ndsi_percent(green[possible_snow], swir[possible_snow]), 0, 100
    )
    tile.fsc_toc[rows][possible_snow] = steps.fsc_from_ndsi(ndsi[possible_snow])
    if run.histogram is None:
        return None
    dem = warp_band(datasets["dem"], strip_grid, threads=1)
    valid_pixels = np.count_nonzero(~np.isnan(dem))
    dem = np.where(np.isnan(dem), np.float32(run.dem_nodata_value), dem)  # LIS sees the nodata value
    tile.dem_ceiling[rows] = np.clip(np.ceil(dem), -32768, 32767)
    return run.histogram.count(dem_for_histogram(dem, run.dem_nodata_value), clear, pass1), valid_pixels


def second_sweep(run, strip):
    """Classify ``strip``, write its output rows; return its ClassCounts."""
    row_start, row_stop = strip
    rows = slice(row_start, row_stop)
    tile, params = run.tile, run.params
    state = tile.state[rows]

    def flag(bit):
        return (state & bit) != 0

    nodata = flag(NODATA)
    all_cloud = flag(ALL_CLOUD)
    rescued = flag(FOG_RESCUED)
    red_coarse = run.red_coarse.rows(row_start, row_stop)
    cloud_refine = steps.cloud_refined(all_cloud, flag(SHADOW), flag(HIGH_CLOUD), red_coarse, params, run.product.multi)
    cloud_refine |= rescued
    snow = flag(PASS1)
    if run.pass2_elevation is not None:
        snow |= steps.pass2_snow(flag(PASS2_CANDIDATE), cloud_refine, tile.dem_ceiling[rows], run.pass2_elevation)
    water = tile.water[rows] if tile.water is not None else None
    excluded = (nodata | water) if water is not None else nodata
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
    datasets = run.datasets()
    mg2 = datasets["mg2"].read(1, window=((row_start, row_stop), (0, state.shape[1]))) if "mg2" in datasets else None
    results["QCFLAGS"] = steps.qc_flags(mg2, water, tree_cover, all_cloud, fsc_toc, snow, nodata)
    run.write_strips(row_start, results)
    return ClassCounts(
        snow=np.count_nonzero(classes == SNOW),
        cloud=np.count_nonzero(classes == CLOUD),
        no_snow=np.count_nonzero(classes == NO_SNOW),
        fog_rescued=np.count_nonzero(rescued & (classes == CLOUD)),
        nodata_or_water=np.count_nonzero(excluded),
    )
