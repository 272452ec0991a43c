"""A basin's snow cover through a season: one row per acquisition date.

All the snow maps of a series must lie on one pixel lattice (same CRS, same
pixel size, origins a whole number of pixels apart: the Sentinel-2 tiles of
one UTM zone). The work grid is the part of the union of their footprints
that the basin's bounding box covers; it is walked in strips of rows, so
memory stays bounded whatever the number of tiles and dates. Products of
the same date on neighbouring tiles are merged pixel by pixel, the best
observation winning (snow, then no snow, then cloud, then no data), so the
tiles' overlap is counted once. Areas come from the rasters' own pixel size.

The basin is a polygon (GeoJSON mapping or WKT) in any CRS, rasterized per
strip with rasterio.features (a pixel is in the basin when its centre is);
without one, the basin is the whole footprint. The part of the basin outside
every footprint cannot be observed and is left out of ``basin_km2``.
"""

import csv
import io
import json
import math
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.features import rasterize
from rasterio.vrt import WarpedVRT
from rasterio.warp import transform_geom
from rasterio.windows import Window

from snow_plugin.core.definitions import CLOUD
from snow_plugin.core.errors import CancelledError, OutputError, SnowPluginError
from snow_plugin.core.i18n import tr

STRIP_ROWS = 512
# Merge ranks: the best observation of a pixel wins across same-date products.
NODATA_RANK, CLOUD_RANK, NO_SNOW_RANK, SNOW_RANK = 0, 1, 2, 3
BASE_COLUMNS = ("date", "products", "tiles", "basin_km2", "valid_km2", "clear_km2", "cloud_km2", "snow_km2",
                "no_snow_km2", "nodata_km2", "snow_percent_of_clear", "cloud_percent", "snow_percent_of_basin", "zs")
LATTICE_TOLERANCE = 1e-3  # of a pixel
TEXT_COLUMNS = ("date", "products", "tiles")
NO_BAND = np.iinfo(np.int32).min  # no DEM value


class SeriesError(SnowPluginError):
    """The inputs of a time series do not make one series."""


def decode(values):
    """Merge ranks of snow map codes: 0 no snow, 1-100 snow (100 in
    classifications, the FSC % in LIS >= 1.7), 205 cloud, else no data
    (255, and 254 of LIS <= 1.6)."""
    rank = np.full(values.shape, NODATA_RANK, np.uint8)
    rank[values == CLOUD] = CLOUD_RANK
    rank[values == 0] = NO_SNOW_RANK
    rank[(values >= 1) & (values <= 100)] = SNOW_RANK
    return rank


@dataclass(frozen=True)
class Footprint:
    raster: str
    transform: Affine
    width: int
    height: int


@dataclass
class DateCounts:
    snow: int = 0
    no_snow: int = 0
    cloud: int = 0
    band_clear: dict = field(default_factory=lambda: defaultdict(int))
    band_snow: dict = field(default_factory=lambda: defaultdict(int))


@dataclass
class SeriesResult:
    rows: list
    columns: tuple
    pixel_area_km2: float
    band_edges: list  # (lower, upper) m of each elevation band column


def _footprints(products):
    """Each product's grid; SeriesError unless all lie on one pixel lattice."""
    footprints, reference = [], None
    for product in products:
        try:
            with rasterio.open(product.raster) as raster:
                crs, transform, width, height = raster.crs, raster.transform, raster.width, raster.height
        except rasterio.errors.RasterioIOError as error:
            raise SeriesError(tr("Cannot read {raster}: {error}").format(raster=product.raster, error=error)) from error
        if reference is None:
            reference = (crs, transform, product.name)
        ref_crs, ref_transform, ref_name = reference
        offsets = ((transform.c - ref_transform.c) / ref_transform.a, (transform.f - ref_transform.f) / ref_transform.e)
        if (
            crs != ref_crs
            or not math.isclose(transform.a, ref_transform.a)
            or not math.isclose(transform.e, ref_transform.e)
            or transform.b or transform.d
            or any(abs(offset - round(offset)) > LATTICE_TOLERANCE for offset in offsets)
        ):
            raise SeriesError(
                tr("{name} is not on the grid of {reference} (CRS, pixel size or pixel alignment differ): a series takes products of one grid only.").format(
                    name=product.name, reference=ref_name
                )
            )
        footprints.append(Footprint(product.raster, transform, width, height))
    return reference[0], footprints


def _bounds(footprint):
    left, top = footprint.transform * (0, 0)
    right, bottom = footprint.transform * (footprint.width, footprint.height)
    return min(left, right), min(top, bottom), max(left, right), max(top, bottom)


def _geometry_bounds(geometry):
    xs, ys = [], []

    def walk(coordinates):
        if coordinates and isinstance(coordinates[0], (int, float)):
            xs.append(coordinates[0])
            ys.append(coordinates[1])
        else:
            for item in coordinates:
                walk(item)

    walk(geometry["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


def basin_geometry(basin, basin_crs, series_crs):
    """The basin polygon as a GeoJSON mapping in the series CRS."""
    if isinstance(basin, str):
        from osgeo import ogr

        ogr.UseExceptions()
        try:
            basin = json.loads(ogr.CreateGeometryFromWkt(basin).ExportToJson())
        except (RuntimeError, AttributeError) as error:
            raise SeriesError(tr("The basin geometry cannot be read: give a polygon.")) from error
    if basin.get("type") not in ("Polygon", "MultiPolygon"):
        raise SeriesError(tr("The basin geometry cannot be read: give a polygon."))
    source = CRS.from_user_input(basin_crs) if basin_crs is not None else series_crs
    return basin if source == series_crs else transform_geom(source, series_crs, basin)


def _work_grid(footprints, basin):
    """(transform, width, height) of the union of the footprints, clipped to
    the basin's bounds (snapped outwards to the lattice)."""
    boxes = [_bounds(footprint) for footprint in footprints]
    left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
    if basin is not None:
        b_left, b_bottom, b_right, b_top = _geometry_bounds(basin)
        left, bottom, right, top = max(left, b_left), max(bottom, b_bottom), min(right, b_right), min(top, b_top)
        if left >= right or bottom >= top:
            raise SeriesError(tr("The basin lies outside the footprint of every product: choose a basin the products cover."))
    reference = footprints[0].transform
    size = abs(reference.a)
    # snap to the lattice of the first product, outwards
    col0 = math.floor((left - reference.c) / size + LATTICE_TOLERANCE)
    col1 = math.ceil((right - reference.c) / size - LATTICE_TOLERANCE)
    row0 = math.floor((reference.f - top) / size + LATTICE_TOLERANCE)
    row1 = math.ceil((reference.f - bottom) / size - LATTICE_TOLERANCE)
    transform = reference * Affine.translation(col0, row0)
    return transform, col1 - col0, row1 - row0


def _overlap(footprint, transform, row0, rows, width):
    """(slice in the strip, Window in the product) of their overlap, or None."""
    col_shift = round((transform.c - footprint.transform.c) / transform.a)
    row_shift = round((transform.f - footprint.transform.f) / transform.e) + row0
    c0, c1 = max(0, -col_shift), min(width, footprint.width - col_shift)
    r0, r1 = max(0, -row_shift), min(rows, footprint.height - row_shift)
    if c0 >= c1 or r0 >= r1:
        return None
    return (slice(r0, r1), slice(c0, c1)), Window(c0 + col_shift, r0 + row_shift, c1 - c0, r1 - r0)


def _check_period(products, start, end):
    if start and end and start > end:
        raise SeriesError(tr("The period starts after it ends: give a start date before the end date."))
    kept = [p for p in products if (start is None or p.acquired >= start) and (end is None or p.acquired <= end)]
    if not kept:
        raise SeriesError(
            tr("No product was acquired between {start} and {end}: widen the period or choose other inputs.").format(
                start=start or "…", end=end or "…"
            )
        )
    return kept


def compute_series(products, basin=None, basin_crs=None, dem_path=None, band_height=100.0, start=None, end=None,
                   feedback=None, strip_rows=STRIP_ROWS):
    """The series of ``products`` (SeriesProduct) over ``basin``; see the module."""
    if band_height <= 0:
        raise SeriesError(tr("The elevation band height must be positive."))
    all_products = list(products)
    products = _check_period(all_products, start, end)
    if feedback is not None and len(products) < len(all_products):
        feedback.pushInfo(tr("%n product(s) outside the period left out.", None, len(all_products) - len(products)))
    crs, footprints = _footprints(products)
    basin = None if basin is None else basin_geometry(basin, basin_crs, crs)
    transform, width, height = _work_grid(footprints, basin)
    by_date = defaultdict(list)
    for product, footprint in zip(products, footprints):
        by_date[product.acquired].append((product, footprint))
    dates = sorted(by_date)
    counts = {day: DateCounts() for day in dates}
    extents = list({(f.transform, f.width, f.height): f for f in footprints}.values())
    basin_pixels = 0
    dem = _open_dem(dem_path, crs, transform, width, height)
    try:
        strips = list(range(0, height, strip_rows))
        for index, row0 in enumerate(strips):
            if feedback is not None and feedback.isCanceled():
                raise CancelledError(tr("The time series was cancelled."))
            rows = min(strip_rows, height - row0)
            inside = _basin_mask(basin, transform, row0, rows, width, extents)
            strip_count = int(inside.sum())
            if not strip_count:
                continue
            basin_pixels += strip_count
            bands = _strip_bands(dem, row0, rows, width, band_height)
            for day in dates:
                rank = np.zeros((rows, width), np.uint8)
                for product, footprint in by_date[day]:
                    overlap = _overlap(footprint, transform, row0, rows, width)
                    if overlap is None:
                        continue
                    target, window = overlap
                    with rasterio.open(product.raster) as raster:
                        np.maximum(rank[target], decode(raster.read(1, window=window)), out=rank[target])
                _count(counts[day], rank[inside], None if bands is None else bands[inside])
            if feedback is not None:
                feedback.setProgress(100.0 * (index + 1) / len(strips))
    finally:
        if dem is not None:
            dem.close()
    if not basin_pixels:
        raise SeriesError(tr("The basin lies outside the footprint of every product: choose a basin the products cover."))
    pixel_km2 = abs(transform.a * transform.e) / 1e6
    return _result(dates, by_date, counts, basin_pixels, pixel_km2, band_height)


def _open_dem(dem_path, crs, transform, width, height):
    if not dem_path:
        return None
    try:
        source = rasterio.open(dem_path)
    except rasterio.errors.RasterioIOError as error:
        raise SeriesError(tr("Cannot read the DEM {path}: {error}").format(path=dem_path, error=error)) from error
    # The VRT keeps a reference to its source: closing the VRT is enough.
    return WarpedVRT(source, crs=crs, transform=transform, width=width, height=height,
                     resampling=Resampling.bilinear, nodata=-32768.0, dtype="float32")


def _basin_mask(basin, transform, row0, rows, width, extents):
    covered = np.zeros((rows, width), bool)
    for footprint in extents:
        overlap = _overlap(footprint, transform, row0, rows, width)
        if overlap is not None:
            covered[overlap[0]] = True
    if basin is None:
        return covered
    strip_transform = transform * Affine.translation(0, row0)
    return covered & rasterize([(basin, 1)], out_shape=(rows, width), transform=strip_transform, fill=0, dtype="uint8").astype(bool)


def _strip_bands(dem, row0, rows, width, band_height):
    """Elevation band index of each pixel (-1 where the DEM has no data)."""
    if dem is None:
        return None
    elevation = dem.read(1, window=Window(0, row0, width, rows), masked=True)
    bands = np.floor(elevation.filled(np.nan) / np.float32(band_height))
    return np.where(np.isfinite(bands), bands, NO_BAND).astype(np.int32)  # 4 bytes a pixel: strips stay small


def _count(counts, rank, bands):
    counts.snow += int(np.count_nonzero(rank == SNOW_RANK))
    counts.no_snow += int(np.count_nonzero(rank == NO_SNOW_RANK))
    counts.cloud += int(np.count_nonzero(rank == CLOUD_RANK))
    if bands is None:
        return
    known = bands != NO_BAND
    clear = known & (rank >= NO_SNOW_RANK)
    for band, number in zip(*np.unique(bands[clear], return_counts=True)):
        counts.band_clear[int(band)] += int(number)
    for band, number in zip(*np.unique(bands[clear & (rank == SNOW_RANK)], return_counts=True)):
        counts.band_snow[int(band)] += int(number)


def _percent(part, whole):
    return round(100.0 * part / whole, 3) if whole else None


def _result(dates, by_date, counts, basin_pixels, pixel_km2, band_height):
    band_indices = sorted({band for day in dates for band in counts[day].band_clear})
    band_edges = [(band * band_height, (band + 1) * band_height) for band in band_indices]
    band_columns = tuple(f"snow_percent_{_edge(low)}_{_edge(high)}" for low, high in band_edges)
    rows = []
    for day in dates:
        c = counts[day]
        clear, valid = c.snow + c.no_snow, c.snow + c.no_snow + c.cloud
        snowlines = [p.snowline_elevation for p, _ in by_date[day] if p.snowline_elevation is not None]
        row = {
            "date": day.isoformat(),
            "products": ";".join(p.name for p, _ in by_date[day]),
            "tiles": ";".join(sorted({p.tile for p, _ in by_date[day] if p.tile})),
            "basin_km2": round(basin_pixels * pixel_km2, 4),
            "valid_km2": round(valid * pixel_km2, 4),
            "clear_km2": round(clear * pixel_km2, 4),
            "cloud_km2": round(c.cloud * pixel_km2, 4),
            "snow_km2": round(c.snow * pixel_km2, 4),
            "no_snow_km2": round(c.no_snow * pixel_km2, 4),
            "nodata_km2": round((basin_pixels - valid) * pixel_km2, 4),
            "snow_percent_of_clear": _percent(c.snow, clear),
            "cloud_percent": _percent(c.cloud, valid),
            "snow_percent_of_basin": _percent(c.snow, basin_pixels),
            # one snowline per tile: their mean for a merged date
            "zs": round(sum(snowlines) / len(snowlines), 1) if snowlines else None,
        }
        for band, column in zip(band_indices, band_columns):
            row[column] = _percent(c.band_snow.get(band, 0), c.band_clear.get(band, 0))
        rows.append(row)
    return SeriesResult(rows, BASE_COLUMNS + band_columns, pixel_km2, band_edges)


def _edge(value):
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def series_csv(result):
    """The series as CSV text: ',' separated, '.' decimals, empty cells for no value."""
    text = io.StringIO()
    writer = csv.DictWriter(text, result.columns, lineterminator="\n")
    writer.writeheader()
    for row in result.rows:
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return text.getvalue()


def series_rows(text, source=""):
    """Rows of series CSV text: numbers as floats, empty cells as None, text kept."""
    rows = []
    for raw in csv.DictReader(io.StringIO(text)):
        rows.append({key: value if key in TEXT_COLUMNS else (float(value) if value not in ("", None) else None)
                     for key, value in raw.items()})
    if not rows or "date" not in rows[0] or "snow_km2" not in rows[0]:
        raise SeriesError(tr("{path} is not a snow time series written by the plugin.").format(path=source))
    return rows


def read_series_csv(path):
    """Rows of the series CSV at ``path`` (see series_rows)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SeriesError(tr("{path} is not a snow time series written by the plugin.").format(path=path)) from error
    return series_rows(text, path)


def check_destinations(paths, overwrite=False):
    """Fail before any work when an output exists and may not be replaced."""
    for path in paths:
        if path and Path(path).exists() and not overwrite:
            raise OutputError(
                tr("{path} already exists: choose another file or allow overwriting.").format(path=path)
            )


def write_text_atomically(path, text):
    """Write ``text`` to ``<path>.part`` and rename it: never a half-written file."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_text(text, encoding="utf-8", newline="")
        os.replace(part, path)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise OutputError(tr("Cannot write {path} ({error}).").format(path=path, error=error.strerror or error)) from error
