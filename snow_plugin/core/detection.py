"""The steps of the LIS snow / cloud discrimination (ALGORITHM.md), on arrays.

Each function is one step of the spec and knows nothing of files. Reflectance
arrays are in file units (int16, x10000); thresholds are in milli-reflectance
and multiplied by ``multi``. All comparisons are strict, as in LIS.
"""

import math
from dataclasses import dataclass

import numpy as np

from snow_plugin.core.definitions import (
    CLM_HIGH_CLOUD,
    CLM_SHADOW,
    CLM_SHADOW_OUTSIDE,
    CLOUD,
    DECISION_BACK_TO_CLOUD,
    DECISION_CLEAR,
    DECISION_CLOUD_KEPT,
    DECISION_CLOUD_SHADOW,
    DECISION_DARK_CLOUD_RELEASED,
    DECISION_HIGH_CLOUD,
    DECISION_NODATA,
    DECISION_SNOW_PASS1,
    DECISION_SNOW_PASS2,
    DECISION_SPECTRAL_CLOUD,
    DECISION_VALLEY_FOG,
    DECISION_WATER,
    MG2_SUN_TANGENT,
    MG2_SUN_TOO_LOW,
    NO_SNOW,
    NODATA,
    QC_SNOW_UNDER_THIN_CLOUD,
    QC_SUN_TANGENT,
    QC_SUN_TOO_LOW,
    QC_TCD_ABOVE_90,
    QC_TCD_UNDEFINED,
    QC_WATER,
    REFLECTANCE_NODATA,
    SNOW,
)


def has_bits(mask, value):
    """LIS tests mask bits as ``mask & value == value`` (all bits set)."""
    return (mask & value) == value


def brighter(reflectance, milli_threshold, multi):
    """``reflectance > threshold * multi``, strict as in LIS.

    For integer rasters ``x > t`` equals ``x > floor(t)``: comparing with an
    integer keeps numpy in int16 instead of converting the strip to float64.
    """
    threshold = milli_threshold * multi
    if np.issubdtype(reflectance.dtype, np.integer):
        limits = np.iinfo(reflectance.dtype)
        threshold = math.floor(threshold)
        if threshold >= limits.max:
            return np.zeros(reflectance.shape, dtype=bool)
        if threshold < limits.min:
            return np.ones(reflectance.shape, dtype=bool)
    return reflectance > threshold


def ndsi(green, swir, nodata):
    """NDSI in double (LIS evaluates its band maths in double); 0 on nodata."""
    green = green.astype(np.float64)
    swir = swir.astype(np.float64)
    total = green + swir
    with np.errstate(divide="ignore", invalid="ignore"):
        index = np.where(total != 0, (green - swir) / total, 0.0)
    index[nodata] = 0.0
    return index


def nodata_mask(swir):
    """Only the SWIR band is tested for nodata, as in LIS."""
    return swir == REFLECTANCE_NODATA


@dataclass
class CloudLayers:
    all_cloud: np.ndarray
    shadow: np.ndarray
    high_cloud: np.ndarray


def cloud_layers(clm):
    """Step 1: the cloud layers read from the CLM bits."""
    return CloudLayers(
        all_cloud=clm > 0,
        shadow=has_bits(clm, CLM_SHADOW) | has_bits(clm, CLM_SHADOW_OUTSIDE),
        high_cloud=has_bits(clm, CLM_HIGH_CLOUD),
    )


def back_to_cloud(all_cloud, red, params, multi):
    """Step 1: cloudy pixels bright in red go back to cloud in the end."""
    return all_cloud & brighter(red, params.red_back_to_cloud, multi)


def fog_like(excluded, red, swir, ndsi_values, params, multi):
    """Our rescue (off by default): pixels white in the visible and bright at
    1.6 µm, where snow is dark and water droplets are not (Richiardi et al.
    2021). Valley-fog banks are searched among them (valley_fog.py)."""
    return (
        ~excluded
        & brighter(red, params.fog_red_min, multi)
        & brighter(swir, params.fog_swir_min, multi)
        & (ndsi_values < params.fog_ndsi_max)
    )


def spectral_cloud(fog_like_pixels, ndsi_values, swir, swir2, params, multi):
    """The rescue's spectral test, as (below the snowline, anywhere).

    Bright rock and dry soil are brighter at 1.6 µm than in the visible
    (NDSI < 0); water clouds and fog are not, and they stay bright at
    2.2 µm (B12) where snow and ice are dark. Below the snowline no snow is
    left to lose, so the B11 test is the fog-like one; above it, or without
    a snowline, a mixed snow pixel can reach ~0.26 at 1.6 µm, so the test
    asks for a brighter SWIR (``cloud_swir_min``)."""
    water_cloud = fog_like_pixels & (ndsi_values > params.fog_ndsi_min) & brighter(swir2, params.fog_swir2_min, multi)
    return water_cloud, water_cloud & brighter(swir, params.cloud_swir_min, multi)


def pass1_snow(all_cloud, ndsi_values, red, params, multi):
    """Step 2: unambiguous snow outside the L2A cloud mask."""
    return ~all_cloud & (ndsi_values > params.ndsi_pass1) & brighter(red, params.red_pass1, multi)


def cloud_refined(all_cloud, shadow, high_cloud, red_coarse, params, multi):
    """Step 3: dark clouds (low red at coarse scale) leave the cloud mask."""
    return (all_cloud & brighter(red_coarse, params.red_dark_cloud, multi)) | shadow | high_cloud


def pass2_candidates(ndsi_values, red, params, multi):
    """Step 5 without the elevation test, which needs the snowline first."""
    return (ndsi_values > params.ndsi_pass2) & brighter(red, params.red_pass2, multi)


def pass2_snow(candidates, cloud_refine, dem, snowline_elevation):
    """Step 5: lower thresholds above the snowline, outside refined clouds."""
    return candidates & ~cloud_refine & (dem > snowline_elevation)


def classify(snow, cloud, nodata):
    """Step 6: 100 snow, 205 cloud, 0 no snow, 255 nodata; snow beats cloud."""
    classes = np.full(snow.shape, NO_SNOW, dtype=np.uint8)
    classes[cloud] = CLOUD
    classes[snow] = SNOW
    classes[nodata] = NODATA
    return classes


def ndsi_percent(green, swir):
    """trunc(float32(100*(G-S)) / (G+S)), multiplying first as LIS does."""
    green = green.astype(np.int32)
    swir = swir.astype(np.int32)
    numerator = (100 * (green - swir)).astype(np.float32)
    denominator = (green + swir).astype(np.float32)
    with np.errstate(divide="ignore", invalid="ignore"):
        percent = np.trunc(numerator / denominator)
    return np.where(np.isfinite(percent), percent, 0).astype(np.int16)


def fsc_from_ndsi(ndsi_values):
    """FSC_TOC (%) = trunc(100 * min(0.5*tanh(2.65*NDSI - 1.42) + 0.5, 1))."""
    fraction = np.minimum(0.5 * np.tanh(2.65 * ndsi_values - 1.42) + 0.5, 1.0)
    return np.trunc(100 * fraction).astype(np.uint8)


def fsc_on_ground(fsc_toc, tcd):
    """FSC_OG: the canopy-corrected FSC; TCD > 100 means undefined."""
    tcd = tcd.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        corrected = np.minimum((fsc_toc / 100.0) / (1 - tcd / 100.0), 1.0)
    corrected = np.trunc(100 * np.nan_to_num(corrected, nan=0.0)).astype(np.uint8)
    return np.where(tcd > 100, fsc_toc, corrected).astype(np.uint8)


def decision_codes(nodata, water, pass1, pass2, all_cloud, cloud_kept, shadow, high_cloud, back_to_cloud,
                   valley_fog, spectral):
    """Which rule decided each pixel's class: the first code that applies,
    in the order of DECISION_CODES (definitions.py). ``water``,
    ``valley_fog`` and ``spectral`` may be None."""
    false = np.zeros(nodata.shape, dtype=bool)
    rules = [
        (nodata, DECISION_NODATA),
        (false if water is None else water, DECISION_WATER),
        (pass1, DECISION_SNOW_PASS1),
        (pass2, DECISION_SNOW_PASS2),
        (cloud_kept, DECISION_CLOUD_KEPT),
        (shadow, DECISION_CLOUD_SHADOW),
        (high_cloud, DECISION_HIGH_CLOUD),
        (back_to_cloud, DECISION_BACK_TO_CLOUD),
        (false if valley_fog is None else valley_fog, DECISION_VALLEY_FOG),
        (false if spectral is None else spectral, DECISION_SPECTRAL_CLOUD),
        (~all_cloud, DECISION_CLEAR),
    ]
    return np.select([rule for rule, _ in rules], [code for _, code in rules], DECISION_DARK_CLOUD_RELEASED).astype(
        np.uint8
    )


def with_class_codes(values, snow, classes):
    """Snow pixels carry ``values``, the others their class code."""
    return np.where(snow, values, classes).astype(np.uint8)


def qc_flags(mg2, water, tcd, all_cloud, fsc_toc, snow, nodata):
    """Step 8: QC bits; ``mg2``, ``water`` and ``tcd`` may be None."""
    flags = np.zeros(snow.shape, dtype=np.uint8)

    def set_bit(condition, bit):
        flags[condition] |= np.uint8(1 << bit)

    if mg2 is not None:
        set_bit(has_bits(mg2, MG2_SUN_TOO_LOW), QC_SUN_TOO_LOW)
        set_bit(has_bits(mg2, MG2_SUN_TANGENT), QC_SUN_TANGENT)
    if water is not None:
        set_bit(water, QC_WATER)
    if tcd is not None:
        set_bit((tcd > 90) & (tcd <= 100), QC_TCD_ABOVE_90)
        set_bit(tcd > 100, QC_TCD_UNDEFINED)
    set_bit(all_cloud & snow & (fsc_toc > 0) & (fsc_toc <= 100), QC_SNOW_UNDER_THIN_CLOUD)
    flags[nodata] = NODATA
    return flags
