"""Agreement of a local detection with an official Theia Snow product.

Both sides become no snow / snow / cloud / left out. The official product
(L2B: 0, 100, 205, 254 no data; LIS >= 1.7 FSC: 0, 1-100 snow, 205, 255) is
brought onto the local grid by a nearest-neighbour warp when the grids
differ. Pixels left out on either side are left out of every figure; the
overall agreement, Cohen's kappa and the snow F1 score are over the pixels
clear (snow or no snow) on both sides. Outputs are written as ``.part``
files and renamed together; existing ones are kept unless overwriting.
"""

import csv
import io
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.warp import reproject

from snow_plugin.core.ancillary import warp_to_grid
from snow_plugin.core.definitions import CLOUD, SNOW
from snow_plugin.core.product_names import OUTPUT_SUFFIXES
from snow_plugin.core.errors import OutputError, ProductError
from snow_plugin.core.grid import Grid
from snow_plugin.core.i18n import tr
from snow_plugin.core.outputs import _hex_to_rgba
from snow_plugin.core.snow_product import find_snow_rasters
from snow_plugin.core.styles import paletted_qml
from snow_plugin.core.summary import read_summary

# Classes compared (index in the confusion table); OUT: left out.
NO_SNOW_CLASS, SNOW_CLASS, CLOUD_CLASS, OUT = 0, 1, 2, 255
CLASS_KEYS = ("no_snow", "snow", "cloud")
# Codes of the agreement raster.
BOTH_SNOW, BOTH_NO_SNOW, BOTH_CLOUD, LOCAL_ONLY_SNOW, OFFICIAL_ONLY_SNOW, CLOUD_ONE_SIDE = 1, 2, 3, 4, 5, 6
AGREEMENT_COLOURS = {
    BOTH_SNOW: "#00ffff", BOTH_NO_SNOW: "#777777", BOTH_CLOUD: "#ffffff",
    LOCAL_ONLY_SNOW: "#e41a1c", OFFICIAL_ONLY_SNOW: "#377eb8", CLOUD_ONE_SIDE: "#fdbf6f", OUT: "#000000",
}
SUFFIXES = {"AGREEMENT": "_AGREEMENT.tif", "STYLE": "_AGREEMENT.qml", "CONFUSION": "_CONFUSION.csv",
            "BANDS": "_AGREEMENT_BANDS.csv", "SUMMARY": "_AGREEMENT.json"}
BAND_COLUMNS = ("lower_m", "upper_m", "clear_pixels", "agreement", "local_snow_fraction", "official_snow_fraction")
TILE = re.compile(r"_(T\d{2}[A-Z]{3})_")
DATE = re.compile(r"(?<!\d)(20\d{6})(?!\d)")


def agreement_labels():
    return {
        BOTH_SNOW: tr("Both snow"),
        BOTH_NO_SNOW: tr("Both no snow"),
        BOTH_CLOUD: tr("Both cloud"),
        LOCAL_ONLY_SNOW: tr("Snow in the local result only"),
        OFFICIAL_ONLY_SNOW: tr("Snow in the official product only"),
        CLOUD_ONE_SIDE: tr("Cloud on one side only"),
        OUT: tr("No data"),
    }


def agreement_qml():
    labels = agreement_labels()
    return paletted_qml([(code, colour, labels[code]) for code, colour in AGREEMENT_COLOURS.items()])


@dataclass
class SnowMap:
    """One side of the comparison: classes (0/1/2, 255 left out) on its grid."""

    name: str  # the product's name, for tile and date
    classes: np.ndarray
    grid: Grid
    dem: str = None  # the DEM of a local result, when known
    dz: float = 100

    @property
    def tile(self):
        found = TILE.search(self.name + "_")
        return found.group(1) if found else None

    @property
    def date(self):
        found = DATE.search(self.name)
        return found.group(1) if found else None


def local_classes(values):
    classes = np.full(values.shape, OUT, np.uint8)
    classes[values == 0] = NO_SNOW_CLASS
    classes[values == SNOW] = SNOW_CLASS
    classes[values == CLOUD] = CLOUD_CLASS
    return classes


def official_classes(values, kind):
    """L2B: 100 snow; FSC: 1-100 snow; 0 no snow, 205 cloud; the rest (254, 255) left out."""
    classes = np.full(values.shape, OUT, np.uint8)
    classes[values == 0] = NO_SNOW_CLASS
    classes[(values == SNOW) if kind == "SNW_L2B" else ((values >= 1) & (values <= 100))] = SNOW_CLASS
    classes[values == CLOUD] = CLOUD_CLASS
    return classes


def read_local(path):
    """The local result: its SNW raster, or a ``_SNOW.json`` beside it."""
    path = Path(path)
    summary = path if path.suffix.lower() == ".json" else _summary_beside(path)
    metadata = read_summary(summary) if summary else None
    raster = path if summary is None or path.suffix.lower() != ".json" else (
        path.parent / (metadata["product"] + OUTPUT_SUFFIXES["SNW"]))
    if not raster.exists():
        raise ProductError(tr("The snow classification {path} is missing: choose a *_SNW_R2.tif or a *_SNOW.json beside it.").format(path=raster))
    values, grid = _read_raster(str(raster), raster.name)
    name = metadata["product"] if metadata else raster.name.replace(OUTPUT_SUFFIXES["SNW"], "")
    dem = (metadata.get("inputs") or {}).get("dem") if metadata else None
    dz = float((metadata.get("parameters") or {}).get("dz", 100)) if metadata else 100
    return SnowMap(name, local_classes(values), grid, dem if dem and Path(dem).exists() else None, dz)


def _summary_beside(raster):
    name = raster.name
    if not name.endswith(OUTPUT_SUFFIXES["SNW"]):
        return None
    summary = raster.with_name(name[: -len(OUTPUT_SUFFIXES["SNW"])] + OUTPUT_SUFFIXES["METADATA"])
    return summary if summary.exists() else None


def read_official(path):
    """The official product's snow classes (L2B SNW or LIS >= 1.7 FSC)."""
    path = Path(path)
    if path.suffix.lower() == ".zip" and path.exists():
        try:
            with zipfile.ZipFile(path) as archive:
                archive.namelist()
        except (zipfile.BadZipFile, OSError) as error:
            raise ProductError(tr("The zip {path} is corrupt or truncated: download it again.").format(path=path)) from error
    rasters = {kind: (gdal_path, name) for kind, gdal_path, name in find_snow_rasters(path)}
    kind = next((key for key in ("SNW_L2B", "FSC") if key in rasters), None)
    if kind is None:
        raise ProductError(tr("{path} holds no snow classification (*_SNW_R2.tif or the FSC raster): choose the product itself.").format(path=path))
    gdal_path, name = rasters[kind]
    values, grid = _read_raster(gdal_path, name)
    product = path.stem if path.suffix.lower() in (".zip", ".tif") else path.name
    return SnowMap(product + "_" + name, official_classes(values, kind), grid), kind


def _read_raster(gdal_path, name):
    try:
        with rasterio.open(gdal_path) as dataset:
            if dataset.crs is None:
                raise ProductError(tr("{path} has no coordinate reference system: assign one, then try again.").format(path=name))
            return dataset.read(1), Grid.from_dataset(dataset)
    except (rasterio.errors.RasterioError, OSError, zipfile.BadZipFile) as error:
        raise ProductError(tr("Cannot read {file}: the file is corrupt or truncated.").format(file=name)) from error


def aligned(official, grid):
    """The official classes on ``grid`` (nearest neighbour), left out outside it."""
    if official.grid == grid:
        return official.classes
    target = np.full(grid.shape, OUT, np.uint8)
    reproject(official.classes, target, src_transform=official.grid.transform, src_crs=official.grid.crs,
              src_nodata=OUT, dst_transform=grid.transform, dst_crs=grid.crs, dst_nodata=OUT,
              resampling=Resampling.nearest)
    return target


def agreement_codes(local, official):
    codes = np.full(local.shape, OUT, np.uint8)
    valid = (local != OUT) & (official != OUT)
    codes[valid & (local == CLOUD_CLASS) & (official == CLOUD_CLASS)] = BOTH_CLOUD
    codes[valid & ((local == CLOUD_CLASS) != (official == CLOUD_CLASS))] = CLOUD_ONE_SIDE
    codes[valid & (local == SNOW_CLASS) & (official == SNOW_CLASS)] = BOTH_SNOW
    codes[valid & (local == NO_SNOW_CLASS) & (official == NO_SNOW_CLASS)] = BOTH_NO_SNOW
    codes[valid & (local == SNOW_CLASS) & (official == NO_SNOW_CLASS)] = LOCAL_ONLY_SNOW
    codes[valid & (local == NO_SNOW_CLASS) & (official == SNOW_CLASS)] = OFFICIAL_ONLY_SNOW
    return codes


def confusion_matrix(local, official):
    """counts[local class, official class] over pixels valid on both sides."""
    valid = (local != OUT) & (official != OUT)
    pairs = local[valid].astype(np.int64) * 3 + official[valid]
    return np.bincount(pairs, minlength=9).reshape(3, 3)


@dataclass
class Scores:
    clear_pixels: int
    overall_agreement: float = None
    kappa: float = None
    snow_f1: float = None


def scores(confusion):
    """Overall agreement, kappa and snow F1 on the pixels clear on both sides."""
    table = confusion[:2, :2].astype(np.float64)
    total = table.sum()
    if total == 0:
        return Scores(0)
    observed = np.trace(table) / total
    expected = float((table.sum(axis=1) * table.sum(axis=0)).sum() / total ** 2)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else None
    both_snow = table[SNOW_CLASS, SNOW_CLASS]
    disagree = table[SNOW_CLASS, NO_SNOW_CLASS] + table[NO_SNOW_CLASS, SNOW_CLASS]
    f1 = 2 * both_snow / (2 * both_snow + disagree) if (2 * both_snow + disagree) else None
    return Scores(int(total), float(observed), None if kappa is None else float(kappa), None if f1 is None else float(f1))


def elevation_bands(local, official, elevation, dz):
    """Agreement per elevation band of ``dz`` metres (pixels clear on both sides)."""
    clear = (local <= SNOW_CLASS) & (official <= SNOW_CLASS) & ~np.isnan(elevation)
    if not clear.any():
        return []
    heights = elevation[clear]
    band = np.floor(heights / dz).astype(np.int64)
    same = (local[clear] == official[clear])
    rows = []
    for index in np.unique(band):
        members = band == index
        count = int(members.sum())
        rows.append({
            "lower_m": float(index * dz), "upper_m": float((index + 1) * dz), "clear_pixels": count,
            "agreement": round(float(same[members].mean()), 4),
            "local_snow_fraction": round(float((local[clear][members] == SNOW_CLASS).mean()), 4),
            "official_snow_fraction": round(float((official[clear][members] == SNOW_CLASS).mean()), 4),
        })
    return rows


@dataclass
class Comparison:
    identifier: str
    confusion: np.ndarray
    scores: Scores
    bands: list
    warnings: list = field(default_factory=list)
    outputs: dict = field(default_factory=dict)


def compare_products(local_path, official_path, output_folder, overwrite=False):
    """Compare, write the outputs, return a Comparison."""
    local = read_local(local_path)
    official, kind = read_official(official_path)
    warnings = []
    if local.tile and official.tile and local.tile != official.tile:
        raise ProductError(tr("The official product is of tile {official} and the local result of tile {local}: compare products of the same tile.").format(
            official=official.tile, local=local.tile))
    if local.date and official.date and local.date != official.date:
        warnings.append(tr("The official product is of {official} and the local result of {local}: snow may have changed between the dates.").format(
            official=official.date, local=local.date))
    official_classes_ = aligned(official, local.grid)
    if not ((official_classes_ != OUT) & (local.classes != OUT)).any():
        raise ProductError(tr("The official product and the local result have no valid pixel in common: check they cover the same place."))
    confusion = confusion_matrix(local.classes, official_classes_)
    bands = []
    if local.dem:
        elevation = warp_to_grid(local.dem, local.grid).values
        bands = elevation_bands(local.classes, official_classes_, elevation, local.dz)
    result = Comparison(local.name, confusion, scores(confusion), bands, warnings)
    result.outputs = write_outputs(output_folder, local.name, agreement_codes(local.classes, official_classes_),
                                   local.grid, result, official.name, kind, overwrite)
    return result


def confusion_csv(confusion):
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["local\\official"] + list(CLASS_KEYS))
    for key, row in zip(CLASS_KEYS, confusion):
        writer.writerow([key] + [int(count) for count in row])
    return text.getvalue()


def bands_csv(bands):
    text = io.StringIO()
    writer = csv.DictWriter(text, BAND_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(bands)
    return text.getvalue()


def write_outputs(folder, identifier, codes, grid, result, official_name, kind, overwrite):
    folder = Path(folder)
    paths = {key: folder / (identifier + suffix) for key, suffix in SUFFIXES.items()}
    if not overwrite:
        existing = [path.name for path in paths.values() if path.exists()]
        if existing:
            raise OutputError(tr("Outputs already exist in {folder} ({files}): choose another folder or allow overwriting.").format(
                folder=folder, files=", ".join(existing[:3]) + (" …" if len(existing) > 3 else "")))
    summary = {
        "local": identifier, "official": official_name, "official_kind": kind,
        "clear_pixels": result.scores.clear_pixels, "overall_agreement": result.scores.overall_agreement,
        "kappa": result.scores.kappa, "snow_f1": result.scores.snow_f1,
        "confusion": {key: dict(zip(CLASS_KEYS, map(int, row))) for key, row in zip(CLASS_KEYS, result.confusion)},
        "elevation_bands": result.bands, "warnings": result.warnings,
    }
    texts = {"STYLE": agreement_qml(), "CONFUSION": confusion_csv(result.confusion), "BANDS": bands_csv(result.bands),
             "SUMMARY": json.dumps(summary, indent=2, ensure_ascii=False)}
    parts = {key: path.with_name(path.name + ".part") for key, path in paths.items()}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        profile = {"driver": "GTiff", "width": grid.width, "height": grid.height, "count": 1, "dtype": "uint8",
                   "crs": grid.crs, "transform": grid.transform, "nodata": OUT, "compress": "deflate"}
        with rasterio.open(parts["AGREEMENT"], "w", **profile) as target:
            target.write(codes, 1)
            target.write_colormap(1, {code: _hex_to_rgba(colour) for code, colour in AGREEMENT_COLOURS.items()})
        for key, text in texts.items():
            parts[key].write_text(text, encoding="utf-8")
        for key, part in parts.items():
            os.replace(part, paths[key])
    except (OSError, rasterio.errors.RasterioError) as error:
        for part in parts.values():
            part.unlink(missing_ok=True)
        raise OutputError(tr("Could not write {path} ({error}): check the free disk space and the folder permissions.").format(
            path=folder, error=getattr(error, "strerror", None) or error)) from error
    return paths

