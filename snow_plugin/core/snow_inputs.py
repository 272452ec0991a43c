"""Where the snow maps lie in the inputs of a season: the files of a folder
or a zip, our detection results (a ``<product>_SNOW.json`` and the
``<product>_SNW_R2.tif`` beside it), the Theia snow rasters among the files.

Shared by the synthesis (synthesis_inputs) and the time series
(series_inputs), which each pick the rasters they read and describe them.
"""

import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from snow_plugin.core.errors import ProductError
from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import OUTPUT_SUFFIXES, tile_from_name
from snow_plugin.core.snow_product import raster_kind

SNW_SUFFIX = OUTPUT_SUFFIXES["SNW"]
SUMMARY_SUFFIX = OUTPUT_SUFFIXES["METADATA"]


def files_at(path, zips_in_folders=False):
    """(GDAL path, file name) of every file at ``path``: a folder's files,
    recursively and sorted (with ``zips_in_folders``, a zip among them by its
    members), a zip's members, or the file itself. ProductError when ``path``
    does not exist."""
    path = Path(path)
    if not path.exists():
        raise ProductError(tr("The product {path} does not exist.").format(path=path))
    if not path.is_dir():
        return _zip_members(path) if zipfile.is_zipfile(path) else [(str(path), path.name)]
    files = []
    for child in sorted(path.rglob("*")):
        if zips_in_folders and child.suffix.lower() == ".zip" and zipfile.is_zipfile(child):
            files.extend(_zip_members(child))
        elif child.is_file():
            files.append((str(child), child.name))
    return files


def _zip_members(path):
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
    return [(f"/vsizip/{path}/{name}", PurePosixPath(name).name) for name in names if not name.endswith("/")]


def snow_rasters(files):
    """(kind, GDAL path, file name) of the Theia snow rasters among ``files``
    ((GDAL path, file name) pairs), the kind that of ``raster_kind``."""
    return [(raster_kind(name), gdal_path, name) for gdal_path, name in files if raster_kind(name)]


def summaries(files):
    """The paths of our detection summaries among ``files`` (inside a zip they are no result of ours)."""
    return [gdal_path for gdal_path, name in files if name.endswith(SUMMARY_SUFFIX) and not gdal_path.startswith("/vsizip/")]


@dataclass(frozen=True)
class DetectionResult:
    """What the season tools read of one of our detection results."""

    product: str
    acquired: date
    tile: str
    raster: Path  # its classification, the *_SNW_R2.tif beside the summary
    snowline_elevation: float = None  # zs, None when not found


def read_result(summary_path):
    """The DetectionResult whose summary is at ``summary_path``; ProductError
    when it is none or its classification is missing."""
    try:
        summary = json.loads(Path(summary_path).read_text(encoding="utf-8"))
        product = str(summary["product"])
        acquired = date.fromisoformat(str(summary["acquired"])[:10])
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise ProductError(
            tr("{path} is not a snow summary written by the snow detection ({error}).").format(path=summary_path, error=error)
        ) from error
    raster = Path(summary_path).with_name(product + SNW_SUFFIX)
    if not raster.is_file():
        raise ProductError(
            tr("The snow classification {raster} of the summary {path} is missing.").format(raster=raster, path=summary_path)
        )
    zs = summary.get("snowline_elevation")
    return DetectionResult(product, acquired, summary.get("tile") or tile_from_name(product), raster,
                           float(zs) if isinstance(zs, (int, float)) and not isinstance(zs, bool) else None)


def summary_beside(gdal_path):
    """Our summary beside the classification ``gdal_path`` (a plain
    ``*_SNW_R2.tif``), or None: the raster is then no result of ours."""
    if gdal_path.startswith("/vsizip/") or not gdal_path.endswith(SNW_SUFFIX):
        return None
    raster = Path(gdal_path)
    summary = raster.with_name(raster.name[: -len(SNW_SUFFIX)] + SUMMARY_SUFFIX)
    return summary if summary.exists() else None
