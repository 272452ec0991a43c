"""Why this pixel? The engine's values and tests at a few points of a result.

A result's ``_SNOW.json`` names its product, DEM, water mask and parameters.
For each point this module reads the strip of rows holding it exactly as the
pipeline does (strip_inputs.read_strip on the same strip grid), runs the two
sweeps on that pixel with the run's snowline and pass-2 gate, and keeps the
numbers behind each test: the class and decision code come from the engine's
own functions, so they are those of the SNW and DECISION rasters. red_nn
needs the 20 m red around the point only (the rows under the coarse pixel's
bilinear kernel): the rest of the tile is left as nodata, which that kernel
never reaches. The valley-fog rescue needs the whole tile: with the rescue
on, codes 14 and 15 are read from the DECISION raster, and the rescue's
tests at the pixel are checked with their numbers (explain_rescue.py).
"""

import math
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import rasterio

from snow_plugin.core import detection as steps
from snow_plugin.core import sweeps
from snow_plugin.core.ancillary import check_dem, load_water_mask
from snow_plugin.core.definitions import (
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
    REFLECTANCE_NODATA,
)
from snow_plugin.core.errors import DemError, OutputError, ProductError
from snow_plugin.core.explain_checks import ELEVATION_DECIMALS, Check, Thresholds
from snow_plugin.core.explain_rescue import RescuePixel, on_cloud_edge, rescue_checks
from snow_plugin.core.grid import row_strips
from snow_plugin.core.i18n import format_number, tr
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import STRIP_HEIGHT
from snow_plugin.core.product import open_product
from snow_plugin.core.product_names import OUTPUT_SUFFIXES
from snow_plugin.core.resample import RedCoarse, nearest_index, warp_strip_cubic
from snow_plugin.core.strip_inputs import read_mg2, read_strip
from snow_plugin.core.styles import decision_labels
from snow_plugin.core.summary import read_summary

RESCUE_CODES = (DECISION_VALLEY_FOG, DECISION_SPECTRAL_CLOUD)
# Table fields of one point, in order (explainpixels writes them).
FIELDS = ("x", "y", "row", "col", "class", "decision", "reason", "tests", "green", "red", "swir", "swir2", "ndsi",
          "red_coarse", "elevation", "zs", "clm", "clm_bits", "mg2", "mg2_bits")


def clm_bit_labels():
    return {
        1: tr("cloud or shadow (all but the thinnest clouds)"),
        2: tr("cloud (all but the thinnest)"),
        4: tr("mono-temporal cloud"),
        8: tr("multi-temporal cloud"),
        16: tr("thinnest cloud"),
        32: tr("shadow of a detected cloud"),
        64: tr("shadow of a cloud outside the image"),
        128: tr("high cloud (cirrus)"),
    }


def mg2_bit_labels():
    return {
        1: tr("water"),
        2: tr("cloud"),
        4: tr("snow"),
        8: tr("cloud shadow"),
        16: tr("topographic shadow"),
        32: tr("hidden by relief"),
        64: tr("sun too low"),
        128: tr("sun tangent"),
    }


def decode_bits(value, labels):
    """The labels of the bits set in ``value`` (None: no mask)."""
    return [] if value is None else [label for bit, label in labels.items() if value & bit]


def reason_sentences():
    """decision code -> the plain sentence saying why."""
    return {
        DECISION_NODATA: tr("No data: the SWIR band has no value here (outside the satellite's swath)."),
        DECISION_WATER: tr("Water: the water mask covers this pixel, so it is left out like no data."),
        DECISION_SNOW_PASS1: tr("Snow, found by pass 1: outside the L2A cloud mask, it passes the strict NDSI and red tests."),
        DECISION_SNOW_PASS2: tr("Snow, found by pass 2: above the snowline and outside the refined cloud mask, it passes the looser NDSI and red tests."),
        DECISION_CLOUD_KEPT: tr("Cloud: the L2A mask flags a cloud and it is still bright in red at 240 m, so the refined mask keeps it."),
        DECISION_CLOUD_SHADOW: tr("Cloud: the L2A mask flags a cloud shadow here."),
        DECISION_HIGH_CLOUD: tr("Cloud: the L2A mask flags a high cloud (cirrus) here."),
        DECISION_BACK_TO_CLOUD: tr("Cloud: the L2A mask flags a cloud that is dark at 240 m, but the pixel itself is bright in red, so it goes back to cloud."),
        DECISION_VALLEY_FOG: tr("Cloud: the fog rescue found a flat-topped valley fog bank here."),
        DECISION_SPECTRAL_CLOUD: tr("Cloud: the fog rescue's spectral test (bright at 1.6 and 2.2 µm) found a water cloud or fog here."),
        DECISION_CLEAR: tr("No snow: the L2A mask sees no cloud and the snow tests fail."),
        DECISION_DARK_CLOUD_RELEASED: tr("No snow: the L2A mask flags a cloud, but it is dark at 240 m and in red, so the refined mask releases it, and the snow tests fail."),
    }


@dataclass
class PixelExplanation:
    x: float
    y: float
    row: int = None
    col: int = None
    class_code: int = None
    decision: int = None
    reason: str = ""
    green: float = None
    red: float = None
    swir: float = None
    swir2: float = None  # B12, read with the fog rescue only
    ndsi: float = None
    red_coarse: float = None
    elevation: float = None
    zs: int = None
    clm: int = None
    mg2: int = None
    checks: list = field(default_factory=list)
    decisive: list = field(default_factory=list)  # the checks that decided, in order
    map_class: int = None  # the SNW and DECISION rasters at the pixel, when present
    map_decision: int = None

    @property
    def inside(self):
        return self.class_code is not None

    @property
    def decision_label(self):
        return decision_labels().get(self.decision, "") if self.decision is not None else ""

    def tests_text(self):
        """"NDSI 0.31 > 0.15 ✓, … → snow, pass 2 (…)": the tests that decided."""
        if not self.inside:
            return ""
        chain = ", ".join(check.marked() for check in self.decisive)
        return "{} → {}".format(chain, self.decision_label) if chain else self.decision_label

    def as_row(self):
        return {
            "x": self.x, "y": self.y, "row": self.row, "col": self.col, "class": self.class_code,
            "decision": self.decision, "reason": self.reason, "tests": self.tests_text(),
            "green": self.green, "red": self.red, "swir": self.swir, "swir2": self.swir2, "ndsi": self.ndsi,
            "red_coarse": self.red_coarse, "elevation": self.elevation, "zs": self.zs, "clm": self.clm,
            "clm_bits": ", ".join(decode_bits(self.clm, clm_bit_labels())), "mg2": self.mg2,
            "mg2_bits": ", ".join(decode_bits(self.mg2, mg2_bit_labels())),
        }


class DetectionResult:
    """A detection result on disk, checked to be explainable: its product,
    DEM and water mask are still where the summary says."""

    def __init__(self, summary_path):
        self.summary_path = Path(summary_path)
        metadata = read_summary(summary_path)
        inputs = metadata.get("inputs") or {}
        product_path = inputs.get("product")
        if not product_path or not Path(product_path).exists():
            raise ProductError(tr(
                "The product {path} that {summary} was made from is missing: put it back there, or run the detection again on the product where it is now."
            ).format(path=product_path, summary=self.summary_path.name))
        for key in ("dem", "water_mask"):
            path = inputs.get(key)
            if path and not Path(path).exists():
                raise DemError(tr(
                    "The file {path} that {summary} was made with is missing: put it back there, or run the detection again with the file where it is now."
                ).format(path=path, summary=self.summary_path.name))
        self.dem, self.water_mask = inputs.get("dem"), inputs.get("water_mask")
        self.product = open_product(product_path)
        self.grid = self.product.grid
        self.identifier = metadata["product"]
        self.params = DetectionParameters.from_dict(metadata.get("parameters") or {})
        self.snowline = metadata["snowline_elevation"]
        self.fog_banks = metadata.get("valley_fog") or []
        self.pass2_applies = bool(metadata.get("pass2_applied"))
        folder = self.summary_path.parent
        self.maps = {key: folder / (self.identifier + OUTPUT_SUFFIXES[key]) for key in ("SNW", "DECISION")}
        if self.params.fog_rescue and not self.maps["DECISION"].exists():
            raise OutputError(tr(
                "The decision raster {path} is missing: the fog rescue's codes are read from it; run the detection again."
            ).format(path=self.maps["DECISION"]))

    def pixel_of(self, x, y):
        """(row, col) of the 20 m pixel holding (x, y) in the product's CRS, or None."""
        col, row = ~self.grid.transform * (x, y)
        row, col = math.floor(row), math.floor(col)
        if 0 <= row < self.grid.height and 0 <= col < self.grid.width:
            return row, col
        return None

    def explain(self, points):
        """A PixelExplanation for each (x, y) of ``points`` (product CRS)."""
        records = [PixelExplanation(x=float(x), y=float(y)) for x, y in points]
        cells = [self.pixel_of(x, y) for x, y in points]
        for record, cell in zip(records, cells):
            if cell is None:
                record.reason = tr("This point is outside the product {name}.").format(name=self.identifier)
            else:
                record.row, record.col = cell
        inside = [index for index, cell in enumerate(cells) if cell is not None]
        if not inside:
            return records
        with ExitStack() as stack:
            datasets = self._open(stack)
            water = load_water_mask(self.water_mask, self.grid) if self.water_mask else None
            dem_nodata = check_dem(self.dem, self.grid) if self.dem else 0.0
            red_coarse = self._red_coarse(datasets, sorted({cells[index][0] for index in inside}))
            maps = {key: stack.enter_context(rasterio.open(path)) for key, path in self.maps.items() if path.exists()}
            strips = _SweptStrips(self, datasets, dem_nodata)
            for start, stop in strips.bounds:
                members = [index for index in inside if start <= cells[index][0] < stop]
                if members:
                    self._explain_strip(strips, start, stop, [records[i] for i in members], red_coarse, water, maps)
        return records

    def _open(self, stack):
        files = {role: path for role, path in self.product.files.items()
                 if path.endswith(".tif") and (role != "swir2" or self.params.fog_rescue)}
        if self.dem:
            files["dem"] = self.dem
        return {role: stack.enter_context(rasterio.open(path)) for role, path in files.items()}

    def _red_coarse(self, datasets, rows):
        """RedCoarse over the tile with the 20 m red read only under the
        kernels of the coarse rows holding ``rows``."""
        grid, factor = self.grid, self.params.resize_factor
        red = np.full(grid.shape, REFLECTANCE_NODATA, np.int16)
        coarse_height = grid.height // factor
        if coarse_height and grid.width // factor:
            scale = grid.height / coarse_height
            margin = 2 * factor + 2  # the bilinear kernel reaches one coarse pixel (~rf rows) each side
            coarse_rows = sorted({int(nearest_index(grid.height, coarse_height)[row]) for row in rows})
            spans = [(max(math.floor(r * scale) - margin, 0), min(math.ceil((r + 1) * scale) + margin, grid.height))
                     for r in coarse_rows]
            for start, stop in _merged(spans):
                red[start:stop] = warp_strip_cubic(datasets["red"], grid.strip(start, stop))
        return RedCoarse(red, grid, factor)

    def _explain_strip(self, strips, start, stop, records, red_coarse, water, maps):
        inputs, first = strips.swept(start)
        multi = self.product.multi
        mg2 = read_mg2(strips.datasets, start, stop, self.grid.width)
        ndsi = steps.ndsi(inputs.green, inputs.swir, steps.nodata_mask(inputs.swir))
        for record in records:
            r, c = record.row - start, record.col

            def one(array, r=r, c=c):
                return None if array is None else array[r : r + 1, c : c + 1]

            rows = sweeps.TileRows(
                state=one(first.state), ndsi_percent=one(first.ndsi_percent), fsc_toc=one(first.fsc_toc),
                dem_ceiling=one(first.dem_ceiling),
                water=None if water is None else water[record.row : record.row + 1, c : c + 1],
            )
            coarse = red_coarse.rows(record.row, record.row + 1)[:, c : c + 1]
            second = sweeps.second_sweep(rows, coarse, one(mg2), self.snowline, self.pass2_applies, self.params, multi)
            record.class_code = int(second.rasters["SNW"][0, 0])
            record.decision = int(second.rasters["DECISION"][0, 0])
            for key, dataset in maps.items():
                value = int(dataset.read(1, window=((record.row, record.row + 1), (c, c + 1)))[0, 0])
                setattr(record, "map_class" if key == "SNW" else "map_decision", value)
            self._fill_values(record, inputs, r, c, ndsi[r, c], int(coarse[0, 0]), one(first.dem_ceiling), mg2, strips)

    def _reflectance(self, value):
        return None if value == REFLECTANCE_NODATA else round(float(value) / self.product.quantification, 4)

    def _fill_values(self, record, inputs, r, c, ndsi, red_coarse, dem_ceiling, mg2, strips):
        green, red, swir, clm = (int(band[r, c]) for band in (inputs.green, inputs.red, inputs.swir, inputs.clm))
        swir2 = None if inputs.swir2 is None else int(inputs.swir2[r, c])
        record.green, record.red, record.swir = (self._reflectance(v) for v in (green, red, swir))
        record.swir2 = None if swir2 is None else self._reflectance(swir2)
        record.red_coarse = self._reflectance(red_coarse)
        record.clm = clm
        record.mg2 = None if mg2 is None else int(mg2[r, c])
        record.zs = self.snowline
        elevation = None if inputs.dem is None else float(inputs.dem[r, c])
        record.elevation = None if elevation is None or math.isnan(elevation) else round(elevation, 1)
        nodata = swir == REFLECTANCE_NODATA
        record.ndsi = None if nodata else round(float(ndsi), 4)
        rescued = self.params.fog_rescue and record.map_decision is not None and (
            record.map_decision in RESCUE_CODES
            or (record.decision == DECISION_SNOW_PASS2 and record.map_decision != DECISION_SNOW_PASS2)
        )
        if rescued:  # the rescue (tile-wide) decided, or kept the pixel from pass 2
            record.decision, record.class_code = record.map_decision, record.map_class
        record.reason = reason_sentences()[record.decision]
        if not nodata:
            self._checks(record, red, red_coarse, float(ndsi), clm, dem_ceiling, rescued)
            if self.params.fog_rescue:
                pixel = RescuePixel(record.row, record.col, red, swir, swir2, float(ndsi),
                                    all(check.passed for check in record.checks if check.step == "pass1"),
                                    None if dem_ceiling is None else int(dem_ceiling[0, 0]), record.elevation)
                self._rescue_checks(record, pixel, strips)

    def _rescue_checks(self, record, pixel, strips):
        rescue = rescue_checks(
            pixel, Thresholds(self.product.multi, self.product.quantification), self.params, self.snowline,
            lambda: on_cloud_edge(strips.fog_rows, pixel.row, pixel.col, self.grid.width), self.fog_banks, record.decision)
        record.checks += rescue.checks
        if record.decision in RESCUE_CODES:
            record.decisive = rescue.decisive(record.decision)

    def _checks(self, record, red, red_coarse, ndsi, clm, dem_ceiling, rescued):
        params, thresholds = self.params, Thresholds(self.product.multi, self.product.quantification)
        red_check, ndsi_check = thresholds.brighter, thresholds.ndsi_above
        layers = steps.cloud_layers(np.array([clm], np.uint8))
        all_cloud, shadow, high_cloud = (bool(a[0]) for a in (layers.all_cloud, layers.shadow, layers.high_cloud))
        pass1 = [Check("pass1", tr("outside the L2A cloud mask"), not all_cloud), ndsi_check("pass1", ndsi, params.ndsi_pass1),
                 red_check("pass1", tr("red"), red, params.red_pass1)]
        refine = []
        if all_cloud:
            refine = [red_check("refine", tr("red at 240 m"), red_coarse, params.red_dark_cloud),
                      Check("refine", tr("cloud shadow in the L2A mask"), shadow),
                      Check("refine", tr("high cloud in the L2A mask"), high_cloud),
                      red_check("refine", tr("red (back to cloud)"), red, params.red_back_to_cloud)]
        cloud_refine = all_cloud and (refine[0].passed or shadow or high_cloud)
        if self.pass2_applies:
            if dem_ceiling is None or record.elevation is None:
                elevation = Check("pass2", tr("elevation (none: no DEM value here) > zs {zs} m").format(zs=format_number(self.snowline, 0)), False)
            else:
                elevation = Check("pass2", tr("elevation {value} m > zs {zs} m").format(
                    value=format_number(record.elevation, ELEVATION_DECIMALS), zs=format_number(self.snowline, 0)),
                    bool(dem_ceiling[0, 0] > self.snowline))
            pass2 = [ndsi_check("pass2", ndsi, params.ndsi_pass2), red_check("pass2", tr("red"), red, params.red_pass2),
                     elevation, Check("pass2", tr("outside the refined cloud mask"), not cloud_refine)]
            if self.params.fog_rescue:
                pass2.append(Check("pass2", tr("not taken by the fog rescue"), not rescued))
        elif not self.dem:
            pass2 = [Check("pass2", tr("pass 2 runs on this tile (it does not: the detection had no DEM)"), False)]
        elif self.snowline is None:
            pass2 = [Check("pass2", tr("pass 2 runs on this tile (it does not: no snowline was found)"), False)]
        else:
            pass2 = [Check("pass2", tr("pass 2 runs on this tile (it does not: too little unambiguous snow)"), False)]
        record.checks = pass1 + refine + pass2
        record.decisive = {
            DECISION_SNOW_PASS1: pass1,
            DECISION_SNOW_PASS2: pass2,
            DECISION_CLOUD_KEPT: pass1[:1] + refine[:1],
            DECISION_CLOUD_SHADOW: pass1[:1] + refine[1:2],
            DECISION_HIGH_CLOUD: pass1[:1] + refine[2:3],
            DECISION_BACK_TO_CLOUD: pass1[:1] + refine[:1] + refine[3:],
            DECISION_CLEAR: pass1 + pass2,
            DECISION_DARK_CLOUD_RELEASED: pass1[:1] + refine[:1] + refine[3:] + pass2,
        }.get(record.decision, [])


class _SweptStrips:
    """The pipeline's strips of a result, read and swept (first sweep) on
    demand: a pixel's strip, and for a cloud's thin edge the rescue evidence
    of its neighbours, which may lie in the next strip. Only the strips near
    the last one asked for are kept."""

    def __init__(self, result, datasets, dem_nodata):
        self.result, self.datasets, self.dem_nodata = result, datasets, dem_nodata
        self.bounds = row_strips(result.grid.height, STRIP_HEIGHT)
        self._swept = {}

    def swept(self, start):
        """(StripInputs, FirstSweepStrip) of the strip starting at row ``start``."""
        if start not in self._swept:
            for kept in [kept for kept in self._swept if abs(kept - start) > STRIP_HEIGHT]:
                del self._swept[kept]
            stop = min(start + STRIP_HEIGHT, self.result.grid.height)
            inputs = read_strip(self.datasets, self.result.grid.strip(start, stop), start, self.result.params.fog_rescue)
            self._swept[start] = inputs, sweeps.first_sweep(inputs, self.result.params, self.result.product.multi,
                                                            self.dem_nodata)
        return self._swept[start]

    def fog_rows(self, first, last):
        """sweeps.FogEvidence of the tile rows [first, last), clipped to the tile."""
        parts = [self.swept(start)[1].fog[max(first, start) - start : min(last, stop) - start]
                 for start, stop in self.bounds if start < last and stop > first]
        return np.concatenate(parts)


def explain_points(summary_path, points):
    """PixelExplanations of ``points`` ((x, y) in the product's CRS) on the result ``summary_path``."""
    return DetectionResult(summary_path).explain(points)


def _merged(spans):
    merged = []
    for start, stop in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged
