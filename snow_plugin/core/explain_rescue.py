"""Why this pixel? for the fog/cloud rescue (params.fog_rescue): the tests
behind codes 14 (valley fog) and 15 (spectral cloud), with their numbers.

- fog-like (detection.fog_like): red, B11, NDSI, not pass-1 snow;
- the spectral test (detection.spectral_cloud): NDSI above its floor, B12;
- where the looser spectral test is enough (sweeps.rescued_pixels): below
  the snowline (the engine's ceil(DEM) <= zs); elsewhere the strict B11 test,
  or the thin edge of a cloud that passes it (pipeline._cloud_edges), which
  is checked on the pixel's neighbourhood;
- the valley-fog bank holding the pixel, from the banks' extents in the
  summary JSON (the code itself is read from the DECISION raster: the bank
  search needs the whole tile).
"""

from dataclasses import dataclass

from snow_plugin.core.definitions import DECISION_SPECTRAL_CLOUD, DECISION_VALLEY_FOG
from snow_plugin.core.explain_checks import ELEVATION_DECIMALS, Check
from snow_plugin.core.i18n import format_number, tr
from snow_plugin.core.pipeline import CLOUD_EDGE_GROWTH
from snow_plugin.core.sweeps import FogEvidence, has_flag
from snow_plugin.core.valley_fog import grow_within

STEP = "rescue"
BANK_EXTENT = ("row_start", "row_stop", "col_start", "col_stop")  # in the JSON since the banks have an extent


@dataclass
class RescuePixel:
    """What the rescue's tests read at one pixel (band values in file units)."""

    row: int
    col: int
    red: int
    swir: int
    swir2: int = None  # None: the product has no B12
    ndsi: float = 0.0
    pass1: bool = False
    dem_ceiling: int = None  # the engine's ceil(DEM), the DEM's nodata value where it has none; None without a DEM
    elevation: float = None  # m, None where the DEM has no value


@dataclass
class RescueChecks:
    fog_like: list
    spectral: list
    where: list  # where the spectral test holds: strict B11, below the snowline, a cloud's thin edge
    bank: list  # the valley-fog bank holding the pixel (code 14 only, when the JSON gives the extents)

    @property
    def checks(self):
        return self.fog_like + self.spectral + self.where + self.bank

    def decisive(self, decision):
        if decision == DECISION_VALLEY_FOG:
            return self.fog_like + self.bank
        if decision == DECISION_SPECTRAL_CLOUD:
            holding = [check for check in self.where if check.passed]
            return self.fog_like + self.spectral + (holding[:1] or self.where)
        return []


def rescue_checks(pixel, thresholds, params, snowline, on_cloud_edge, banks, decision):
    """The RescueChecks of ``pixel`` (RescuePixel); ``thresholds``: an
    explain_checks.Thresholds; ``on_cloud_edge()`` says whether the cloud-edge
    growth reaches the pixel (asked only when that decides); ``banks``: the
    summary's "valley_fog" list; ``decision``: the pixel's decision code."""
    b11 = tr("B11 (1.6 µm)")
    fog_like = [
        thresholds.brighter(STEP, tr("red"), pixel.red, params.fog_red_min),
        thresholds.brighter(STEP, b11, pixel.swir, params.fog_swir_min),
        thresholds.ndsi_below(STEP, pixel.ndsi, params.fog_ndsi_max),
        Check(STEP, tr("not snow by pass 1"), not pixel.pass1),
    ]
    bank = _bank_check(pixel, banks) if decision == DECISION_VALLEY_FOG else []
    if pixel.swir2 is None:
        spectral = [Check(STEP, tr("the spectral test runs (it does not: the product has no B12 band at 2.2 µm)"), False)]
        return RescueChecks(fog_like, spectral, [], bank)
    spectral = [thresholds.ndsi_above(STEP, pixel.ndsi, params.fog_ndsi_min),
                thresholds.brighter(STEP, tr("B12 (2.2 µm)"), pixel.swir2, params.fog_swir2_min)]
    strict = thresholds.brighter(STEP, b11, pixel.swir, params.cloud_swir_min)
    where = [strict]
    if snowline is not None and pixel.dem_ceiling is not None:
        zs = format_number(snowline, 0)
        if pixel.elevation is None:  # the looser test needs a height: the strict one decides
            where.append(Check(STEP, tr("elevation (none: no DEM value here) ≤ zs {zs} m").format(zs=zs), False))
        else:
            text = tr("elevation {value} m ≤ zs {zs} m").format(
                value=format_number(pixel.elevation, ELEVATION_DECIMALS), zs=zs)
            where.append(Check(STEP, text, bool(pixel.dem_ceiling <= snowline)))
    looser = all(check.passed for check in fog_like + spectral)
    if looser and not any(check.passed for check in where):
        where.append(Check(STEP, tr(
            "at most %n pixel(s) from a cloud passing B11 > {threshold}, across pixels of the looser test (its thin edge)",
            None, CLOUD_EDGE_GROWTH).format(threshold=thresholds.reflectance(params.cloud_swir_min * thresholds.multi)),
            on_cloud_edge()))
    return RescueChecks(fog_like, spectral, where, bank)


def on_cloud_edge(fog_rows, row, col, width):
    """Whether the growth of the clouds the strict test found
    (pipeline._cloud_edges: CLOUD_EDGE_GROWTH steps, 4-connected, across
    pixels of the looser test) reaches (row, col). ``fog_rows(start, stop)``
    gives the sweeps.FogEvidence of tile rows [start, stop) (clipped to the
    tile). So few steps never leave the pixel's neighbourhood of that
    radius: growing there gives the tile's answer."""
    reach = CLOUD_EDGE_GROWTH
    top, left = max(row - reach, 0), max(col - reach, 0)
    fog = fog_rows(top, row + reach + 1)[:, left : min(col + reach + 1, width)]
    grown = grow_within(has_flag(fog, FogEvidence.SPECTRAL_ANYWHERE), has_flag(fog, FogEvidence.SPECTRAL_LOW), reach)
    return bool(grown[row - top, col - left])


def banks_holding(banks, row, col):
    """The banks (summary dicts) whose extent holds pixel (row, col); none from a JSON without extents."""
    return [bank for bank in banks if all(key in bank for key in BANK_EXTENT)
            and bank["row_start"] <= row < bank["row_stop"] and bank["col_start"] <= col < bank["col_stop"]]


def _bank_check(pixel, banks):
    holding = banks_holding(banks, pixel.row, pixel.col)
    elevation = format_number(pixel.elevation, ELEVATION_DECIMALS, "m")
    if len(holding) == 1:
        text = tr("in a flat-topped fog bank, top {top} ({area}); elevation here {elevation}").format(
            top=format_number(holding[0]["top_elevation"], 0, "m"), area=format_number(holding[0]["area_km2"], 2, "km²"),
            elevation=elevation)
    elif holding:  # extents overlap: the JSON cannot tell which
        text = tr("in one of the flat-topped fog banks whose extents hold this pixel, tops {tops}; elevation here {elevation}").format(
            tops=", ".join(format_number(bank["top_elevation"], 0, "m") for bank in holding), elevation=elevation)
    else:
        return []
    return [Check(STEP, text, True)]  # the DECISION raster says so
