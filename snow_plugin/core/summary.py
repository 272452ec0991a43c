"""The summary of a run (ALGORITHM.md step 9), saved as ``<product>_SNOW.json``:
snowline, class percentages over valid pixels, areas, the snow fraction per
elevation band, every parameter used, the software version and the inputs.
The band table is also saved as ``<product>_SNOW_BANDS.csv`` for spreadsheets."""

import csv
import io
import json

from snow_plugin.core.definitions import DECISION_CODES
from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.core.snowline import LOWEST_LAND_ELEVATION

SOFTWARE = "Theia Snow for QGIS"
ALGORITHM = "Let-It-Snow 1.11 semantics (CNES/CESBIO), reimplemented in numpy"
BAND_COLUMNS = ("lower_m", "upper_m", "pixels", "clear_pixels", "snow_pixels", "snow_fraction")
# What a reader of the summary needs; every summary since the first version has them.
SUMMARY_KEYS = ("product", "tile", "acquired", "snowline_elevation", "snow_percent", "cloud_percent",
                "no_snow_percent", "snow_area_km2", "elevation_bands", "warnings")


def _software_version():
    from snow_plugin.__about__ import __version__

    return __version__


def _percent(part, whole):
    return round(100.0 * part / whole, 3) if whole else None


def elevation_band_table(histogram):
    """Bands with at least one pixel, above the lowest land (nodata bins out)."""
    if histogram is None:
        return []
    return [
        {
            "lower_m": round(band.lower, 2),
            "upper_m": round(band.upper, 2),
            "pixels": band.total,
            "clear_pixels": band.clear,
            "snow_pixels": band.snow,
            "snow_fraction": None if band.snow_fraction is None else round(band.snow_fraction, 4),
        }
        for band in histogram.bands()
        if band.total and band.centre >= LOWEST_LAND_ELEVATION
    ]


def build_metadata(product, grid, params, inputs, snowline_elevation, pass2_applied, pass1_fraction,
                   class_counts, histogram, fog_banks, warnings, created):
    snow, cloud, no_snow = int(class_counts.snow), int(class_counts.cloud), int(class_counts.no_snow)
    excluded = int(class_counts.nodata_or_water)
    valley_fog, spectral = class_counts.valley_fog, class_counts.spectral_cloud
    fog_rescued = int(class_counts.rescue_changed)  # the rescue only turns pixels to cloud
    valid = snow + cloud + no_snow
    pixel_km2 = grid.pixel_area_km2
    return {
        "product": product.identifier,
        "tile": product.name.tile,
        "platform": product.name.platform,
        "acquired": product.name.acquired.isoformat(),
        "software": {"name": SOFTWARE, "version": _software_version(), "algorithm": ALGORITHM},
        "created": created.isoformat(),
        "inputs": inputs,
        "reflectance_quantification": product.quantification,
        "parameters": params.as_dict(),
        "snowline_elevation": snowline_elevation,
        "snowline_found": snowline_elevation is not None,
        "pass2_applied": pass2_applied,
        "pass1_snow_fraction": round(pass1_fraction, 6),
        "snow_percent": _percent(snow, valid),
        "cloud_percent": _percent(cloud, valid),
        "no_snow_percent": _percent(no_snow, valid),
        "fog_rescued_percent": _percent(fog_rescued, valid),
        "rescue": {
            "valley_fog_km2": round(valley_fog * pixel_km2, 4),
            "valley_fog_percent": _percent(valley_fog, valid),
            "spectral_km2": round(spectral * pixel_km2, 4),
            "spectral_percent": _percent(spectral, valid),
            "changed_km2": round(fog_rescued * pixel_km2, 4),
            "changed_percent": _percent(fog_rescued, valid),
        },
        "valley_fog": [bank.as_dict() for bank in fog_banks],
        "snow_area_km2": round(snow * pixel_km2, 4),
        "cloud_area_km2": round(cloud * pixel_km2, 4),
        "valid_area_km2": round(valid * pixel_km2, 4),
        "pixels": {"snow": snow, "cloud": cloud, "no_snow": no_snow, "fog_rescued": fog_rescued, "nodata_or_water": excluded},
        "decisions": {str(code): int(class_counts.decisions[code]) for code in DECISION_CODES},
        "decision_codes": decision_code_table(),
        "crs": grid.crs.to_string(),
        "pixel_size_m": abs(grid.transform.a),
        "elevation_bands": elevation_band_table(histogram),
        "warnings": warnings,
    }


def decision_code_table():
    """The decision codes, in their order of precedence, in both languages."""
    return [{"code": code, "en": english, "fr": french} for code, (english, french, _) in DECISION_CODES.items()]


def elevation_bands_csv(metadata, delimiter=","):
    """The elevation band table of a summary as CSV text (header always, '.' decimals).

    A band without clear pixels has an empty snow fraction."""
    text = io.StringIO()
    writer = csv.DictWriter(text, BAND_COLUMNS, delimiter=delimiter, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(metadata["elevation_bands"])
    return text.getvalue()


def read_summary(path):
    """The summary saved at ``path``; SnowPluginError with a sentence for the user otherwise."""
    try:
        with open(path, encoding="utf-8") as handle:
            metadata = json.load(handle)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise SnowPluginError(
            tr("Cannot read {path} ({error}): choose a *_SNOW.json file written by the snow detection.").format(
                path=path, error=getattr(error, "strerror", None) or error
            )
        ) from error
    if not (
        isinstance(metadata, dict)
        and all(key in metadata for key in SUMMARY_KEYS)
        and isinstance(metadata["elevation_bands"], list)
        and all(isinstance(band, dict) and all(key in band for key in BAND_COLUMNS) for band in metadata["elevation_bands"])
    ):
        raise SnowPluginError(
            tr("{path} is not a snow summary: choose a *_SNOW.json file written by the snow detection.").format(path=path)
        )
    return metadata
