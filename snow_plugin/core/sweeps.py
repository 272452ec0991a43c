"""The two sweeps of the detection, on the arrays of one strip of rows.

The first sweep keeps what needs no snowline: the cloud layers, pass 1, the
pass-2 candidates, NDSI % and FSC, packed in a per-pixel ``PixelState``
byte, plus the rescue's ``FogEvidence`` when the rescue is on. The second
sweep, once zs (and the valley-fog banks) are known, applies the dark-cloud
refinement and pass 2 and returns the output rasters of the strip. Both are
pure functions of arrays: pipeline.py reads the inputs, keeps the tile-wide
state between the sweeps and writes the outputs.
"""

from dataclasses import dataclass, field
from enum import IntFlag

import numpy as np

from snow_plugin.core import detection as steps
from snow_plugin.core.definitions import CLOUD, DECISION_SPECTRAL_CLOUD, DECISION_VALLEY_FOG, NO_SNOW, SNOW
from snow_plugin.core.snowline import dem_for_histogram


class PixelState(IntFlag):
    """What the first sweep keeps of each pixel (bits of one uint8)."""

    NODATA = 1
    ALL_CLOUD = 2
    SHADOW = 4
    HIGH_CLOUD = 8
    BACK_TO_CLOUD = 16
    PASS1 = 32
    PASS2_CANDIDATE = 64


class FogEvidence(IntFlag):
    """What the rescue keeps of each pixel (bits of one uint8, rescue only)."""

    FOG_LIKE = 1  # bright, SWIR-bright, not pass-1 snow: may be in a fog bank
    SPECTRAL_LOW = 2  # passes the spectral test that holds below the snowline
    SPECTRAL_ANYWHERE = 4  # passes the stricter one that holds anywhere
    VALLEY_FOG = 8  # in a flat-topped fog bank (set between the sweeps)
    NO_ELEVATION = 16  # the DEM has no value here


def has_flag(bits, flag):
    """Where the uint8 ``bits`` carry ``flag``. (numpy 2 casts an IntFlag to
    int64: a uint8 operand keeps uint8 arrays uint8, with numpy 1 and 2.)"""
    return (bits & np.uint8(flag)) != 0


@dataclass
class FirstSweepStrip:
    """What the first sweep keeps of a strip, and what the histogram needs."""

    state: np.ndarray
    red: np.ndarray
    ndsi_percent: np.ndarray
    fsc_toc: np.ndarray
    fog: np.ndarray = None
    dem_ceiling: np.ndarray = None
    histogram_elevation: np.ndarray = None
    dem_valid_pixels: int = 0
    elevation_range: tuple = None  # (lowest, highest) m of the valid pixels with a DEM value, or None

    def has(self, flag):
        return has_flag(self.state, flag)


def first_sweep(inputs, params, multi, dem_nodata_value=0.0):
    """Cloud layers, pass 1, pass-2 candidates, NDSI and FSC of a strip."""
    nodata = steps.nodata_mask(inputs.swir)
    ndsi = steps.ndsi(inputs.green, inputs.swir, nodata)
    layers = steps.cloud_layers(inputs.clm)
    pass1 = steps.pass1_snow(layers.all_cloud, ndsi, inputs.red, params, multi)
    state = np.zeros(nodata.shape, np.uint8)
    for condition, flag in (
        (nodata, PixelState.NODATA),
        (layers.all_cloud, PixelState.ALL_CLOUD),
        (layers.shadow, PixelState.SHADOW),
        (layers.high_cloud, PixelState.HIGH_CLOUD),
        (steps.back_to_cloud(layers.all_cloud, inputs.red, params, multi), PixelState.BACK_TO_CLOUD),
        (pass1, PixelState.PASS1),
        (steps.pass2_candidates(ndsi, inputs.red, params, multi), PixelState.PASS2_CANDIDATE),
    ):
        state[condition] |= np.uint8(flag)

    ndsi_percent = np.zeros(nodata.shape, np.uint8)
    fsc_toc = np.zeros(nodata.shape, np.uint8)
    # NDSI % and FSC only matter where snow is possible: compute them there.
    possible_snow = ndsi > min(params.ndsi_pass1, params.ndsi_pass2)
    ndsi_percent[possible_snow] = np.clip(steps.ndsi_percent(inputs.green[possible_snow], inputs.swir[possible_snow]), 0, 100)
    fsc_toc[possible_snow] = steps.fsc_from_ndsi(ndsi[possible_snow])
    strip = FirstSweepStrip(state, inputs.red, ndsi_percent, fsc_toc)
    if params.fog_rescue:
        strip.fog = fog_evidence(inputs, nodata | pass1, ndsi, params, multi)
    if inputs.dem is not None:
        strip.dem_valid_pixels = int(np.count_nonzero(~np.isnan(inputs.dem)))
        measured = inputs.dem[~np.isnan(inputs.dem) & ~nodata]
        if measured.size:
            strip.elevation_range = (float(measured.min()), float(measured.max()))
        dem = np.where(np.isnan(inputs.dem), np.float32(dem_nodata_value), inputs.dem)  # LIS sees the nodata value
        # ceil(DEM): for the integer zs, ceil(z) > zs exactly when z > zs, and
        # int16 halves the memory of a float32 DEM.
        strip.dem_ceiling = np.clip(np.ceil(dem), -32768, 32767).astype(np.int16)
        strip.histogram_elevation = dem_for_histogram(dem, dem_nodata_value)
    return strip


def fog_evidence(inputs, excluded, ndsi, params, multi):
    """The rescue's per-pixel evidence; pass-1 snow and nodata never have any."""
    fog = np.zeros(ndsi.shape, np.uint8)
    fog_like = steps.fog_like(excluded, inputs.red, inputs.swir, ndsi, params, multi)
    fog[fog_like] |= np.uint8(FogEvidence.FOG_LIKE)
    if inputs.dem is not None:
        fog[np.isnan(inputs.dem)] |= np.uint8(FogEvidence.NO_ELEVATION)
    if inputs.swir2 is not None:
        below_snowline, anywhere = steps.spectral_cloud(fog_like, ndsi, inputs.swir, inputs.swir2, params, multi)
        fog[below_snowline] |= np.uint8(FogEvidence.SPECTRAL_LOW)
        fog[anywhere] |= np.uint8(FogEvidence.SPECTRAL_ANYWHERE)
    return fog


@dataclass
class TileRows:
    """The rows of the tile-wide arrays that the second sweep reads."""

    state: np.ndarray
    ndsi_percent: np.ndarray
    fsc_toc: np.ndarray
    fog: np.ndarray = None
    dem_ceiling: np.ndarray = None
    water: np.ndarray = None
    tree_cover: np.ndarray = None


@dataclass
class ClassCounts:
    snow: int = 0
    cloud: int = 0
    no_snow: int = 0
    nodata_or_water: int = 0
    rescue_changed: int = 0  # pixels whose class the rescue changed (all to cloud)
    decisions: np.ndarray = field(default_factory=lambda: np.zeros(256, np.int64))  # pixels per decision code

    def __iadd__(self, other):
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def valley_fog(self):
        return int(self.decisions[DECISION_VALLEY_FOG])

    @property
    def spectral_cloud(self):
        return int(self.decisions[DECISION_SPECTRAL_CLOUD])


@dataclass
class SecondSweepStrip:
    rasters: dict  # output key -> uint8 array
    counts: ClassCounts


def second_sweep(rows, red_coarse, mg2, snowline, pass2_applies, params, multi):
    """Classify a strip: ``rows`` (TileRows), red_nn of those rows, MG2 (or
    None), zs (None when not found) and whether pass 2 applies."""

    def has(flag):
        return has_flag(rows.state, flag)

    nodata, all_cloud, pass1 = has(PixelState.NODATA), has(PixelState.ALL_CLOUD), has(PixelState.PASS1)
    cloud_kept = all_cloud & steps.brighter(red_coarse, params.red_dark_cloud, multi)
    cloud_refine = steps.cloud_refined(all_cloud, has(PixelState.SHADOW), has(PixelState.HIGH_CLOUD), red_coarse, params, multi)
    valley_fog, spectral = rescued_pixels(rows, snowline)
    rescued = valley_fog | spectral if valley_fog is not None else None
    excluded = (nodata | rows.water) if rows.water is not None else nodata

    def classify(rescued):
        pass2 = np.zeros(nodata.shape, dtype=bool)
        if pass2_applies:
            not_candidates = cloud_refine | rescued if rescued is not None else cloud_refine
            pass2 = steps.pass2_snow(has(PixelState.PASS2_CANDIDATE), not_candidates, rows.dem_ceiling, snowline)
        snow = (pass1 | pass2) & ~excluded
        cloud = cloud_refine | has(PixelState.BACK_TO_CLOUD)
        return pass2, snow, steps.classify(snow, cloud | rescued if rescued is not None else cloud, excluded)

    pass2, snow, classes = classify(rescued)
    # LIS's class as well, to count what the rescue changed (a released dark
    # cloud it keeps from pass 2 is back-to-cloud, code 13, not 14 or 15).
    rescue_changed = np.count_nonzero(classify(None)[2] != classes) if rescued is not None else 0

    fsc_toc = steps.with_class_codes(rows.fsc_toc, snow, classes)
    rasters = {
        "SNW": classes,
        "FSC_TOC": fsc_toc,
        "NDSI": steps.with_class_codes(rows.ndsi_percent, snow, classes),
        "QCFLAGS": steps.qc_flags(mg2, rows.water, rows.tree_cover, all_cloud, fsc_toc, snow, nodata),
        "DECISION": steps.decision_codes(
            nodata, rows.water, pass1 & ~excluded, pass2 & ~excluded, all_cloud, cloud_kept, has(PixelState.SHADOW),
            has(PixelState.HIGH_CLOUD), has(PixelState.BACK_TO_CLOUD), valley_fog, spectral,
        ),
    }
    if rows.tree_cover is not None:
        rasters["FSC_OG"] = steps.with_class_codes(steps.fsc_on_ground(rows.fsc_toc, rows.tree_cover), snow, classes)
    counts = ClassCounts(
        snow=int(np.count_nonzero(classes == SNOW)),
        cloud=int(np.count_nonzero(classes == CLOUD)),
        no_snow=int(np.count_nonzero(classes == NO_SNOW)),
        nodata_or_water=int(np.count_nonzero(excluded)),
        rescue_changed=int(rescue_changed),
        decisions=np.bincount(rasters["DECISION"].ravel(), minlength=256),
    )
    return SecondSweepStrip(rasters, counts)


def rescued_pixels(rows, snowline_elevation):
    """(valley fog, spectral cloud) of the rescue, or (None, None) when it is off.

    The looser spectral test holds only below the snowline, where pass 2
    cannot find snow; a pixel without a DEM value or a snowline needs the strict one."""
    if rows.fog is None:
        return None, None
    valley_fog = has_flag(rows.fog, FogEvidence.VALLEY_FOG)
    spectral = has_flag(rows.fog, FogEvidence.SPECTRAL_ANYWHERE)
    if snowline_elevation is not None and rows.dem_ceiling is not None:
        measured = ~has_flag(rows.fog, FogEvidence.NO_ELEVATION)  # not the DEM's nodata value taken for a height
        spectral |= has_flag(rows.fog, FogEvidence.SPECTRAL_LOW) & measured & (rows.dem_ceiling <= snowline_elevation)
    return valley_fog, spectral
