"""QGIS styles of the synthesis rasters: discrete ramps with translated labels."""

from snow_plugin.core.i18n import tr
from snow_plugin.core.styles import discrete_qml

NODATA_COLOUR = "#000000"
# Light to dark blue: more snow, later, more observations.
RAMP = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")


def _upper_bounds(key, period_days):
    if key == "NSP":
        return [0, 1, 2, 3, 4, 5, 10, 65534]
    if key == "NOBS":
        return [0, 5, 10, 20, 40, 60, 80, 120, 65534]
    step = max(1, -(-period_days // 8))  # eight classes over the period
    return [0] + list(range(step, period_days, step)) + [period_days]


def synthesis_qml(key, period_days):
    """The .qml text of the synthesis output ``key`` over ``period_days`` days."""
    units = {"SCD": tr("days"), "NOBS": tr("observations"), "NSP": tr("periods")}.get(key)
    entries, previous = [], 0
    for index, upper in enumerate(_upper_bounds(key, period_days)):
        colour = RAMP[min(index, len(RAMP) - 1)]
        if upper == 0:
            label = tr("None") if key in ("SCD", "NOBS", "NSP") else tr("No snow period")
        elif units is None:
            label = tr("Day {low}–{high} of the period").format(low=previous + 1, high=upper)
        elif upper == 65534:
            label = tr("More than {low} {units}").format(low=previous, units=units)
        else:
            label = tr("{low}–{high} {units}").format(low=previous + 1, high=upper, units=units)
        entries.append((upper, colour, label))
        previous = upper
    entries.append((65535, NODATA_COLOUR, tr("No clear observation")))
    return discrete_qml(entries)
