"""Theia Snow L3B syntheses (LIS >= 1.7) and their styles.

A synthesis over a period (usually 1 September to 31 August) is a set of
rasters ``LIS_<mission>-SNOW-<KEY>_<tile>_<start>_<stop>_<version>_<n>.tif``
(mission S2 or S2L8): SCD, the snow cover duration (days with snow); SOD and
SMOD, the snow onset and melt-out dates (first and last day of the longest
snow period, in days since the synthesis start: 0 is its first day); NOBS,
the number of clear observations behind them; NSP, the number of snow
periods. Older L3B-SNOW products name them ``<product>_<KEY>.tif``.
"""

import re
from datetime import timedelta
from xml.sax.saxutils import quoteattr

from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import day_from_digits
from snow_plugin.core.styles import QML_FOOTER, QML_HEADER

L3B_KINDS = ("SCD", "SOD", "SMOD", "NOBS", "NSP")
PERIOD_PATTERN = re.compile(r"_(\d{8})_(\d{8})_")
DAY_COLOURS = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")  # a year of days, light to dark
NOBS_COLOURS = ("#f7f7f7", "#cccccc", "#969696", "#525252")
NSP_COLOURS = ("#f7f7f7", "#9ecae1", "#4292c6", "#08519c", "#08306b")


def l3b_kind(file_name):
    """The L3B key of a synthesis raster's file name, or None."""
    for key in L3B_KINDS:
        if f"SNOW-{key}_" in file_name or ("L3B" in file_name and file_name.endswith(f"_{key}.tif")):
            return key
    return None


def synthesis_start(file_name):
    """The first day of the synthesis period read in the file name, or None."""
    match = PERIOD_PATTERN.search(file_name)
    return None if match is None else day_from_digits(match.group(1))


def layer_names():
    return {
        "SCD": tr("Snow cover duration (days)"),
        "SOD": tr("Snow onset date (longest snow period)"),
        "SMOD": tr("Snow melt-out date (longest snow period)"),
        "NOBS": tr("Number of clear observations"),
        "NSP": tr("Number of snow periods"),
    }


def _ramp_qml(entries, ramp_type, maximum):
    items = "".join(
        f'          <item value="{value}" color="{colour}" alpha="255" label={quoteattr(label)}/>\n'
        for value, colour, label in entries
    )
    return (
        QML_HEADER
        + f'    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="1" alphaBand="-1" classificationMin="0" classificationMax="{maximum}" nodataColor="">\n'
        "      <rasterTransparency/>\n      <rastershader>\n"
        f'        <colorrampshader colorRampType="{ramp_type}" classificationMode="1" clip="0" minimumValue="0" maximumValue="{maximum}">\n'
        + items
        + "        </colorrampshader>\n      </rastershader>\n    </rasterrenderer>\n"
        + QML_FOOTER
    )


def _days_entries(start, label_of_days):
    # LIS counts from 0: SOD/SMOD are indices into the daily series whose first band is the
    # synthesis start (let-it-snow, s2snow/compute_SOD_SMOD.py and compute_output_dates in
    # s2snow/snow_synthesis.py), so value v is the day start + v.
    stops = (0, 90, 180, 270, 365)
    entries = []
    for stop, colour in zip(stops, DAY_COLOURS):
        if start is not None:
            label = (start + timedelta(days=stop)).isoformat()
        else:
            label = label_of_days(stop)
        entries.append((stop, colour, label))
    return entries


def l3b_style(key, file_name=""):
    """The .qml text of the L3B raster ``key``; SOD and SMOD are labelled with
    the calendar dates when the file name gives the synthesis start."""
    if key == "SCD":
        return _ramp_qml(_days_entries(None, lambda days: tr("%n day(s)", None, days)), "INTERPOLATED", 365)
    if key in ("SOD", "SMOD"):
        return _ramp_qml(_days_entries(synthesis_start(file_name), lambda days: tr("day {days} of the synthesis").format(days=days)), "INTERPOLATED", 365)
    if key == "NOBS":
        stops = (0, 25, 50, 100)
        entries = [(stop, colour, tr("%n observation(s)", None, stop)) for stop, colour in zip(stops, NOBS_COLOURS)]
        return _ramp_qml(entries, "INTERPOLATED", 100)
    if key == "NSP":
        labels = (tr("No snow period"), tr("1 snow period"), tr("2 snow periods"), tr("3 snow periods"), tr("4 or more snow periods"))
        upper = ("0", "1", "2", "3", "inf")
        entries = [(value, colour, label) for value, colour, label in zip(upper, NSP_COLOURS, labels)]
        return _ramp_qml(entries, "DISCRETE", 4)
    raise KeyError(key)
