"""Find the rasters of a Theia Snow product to put on a map, styled.

Two generations exist (THEIA_API.md): L2B-SNOW products of LIS <= 1.6,
``<name>_SNW_R2.tif`` with 0 no snow, 100 snow, 205 cloud and 254 no data;
and LIS >= 1.7 FSC products, ``LIS_S2-SNOW-FSC_<tile>_<date>_<ver>_<n>.tif``
(0 no snow, 1-100 FSC %, 205 cloud, 255 no data) with its ``-QCFLAGS`` and
``-TOC`` companions; and the L3B syntheses of a period (core.l3b: SCD,
SOD, SMOD, NOBS, NSP). A product is a folder, its zip (read in place
through /vsizip/) or one of those rasters.
"""

import zipfile
from pathlib import Path, PurePosixPath

from snow_plugin.core.errors import ProductError
from snow_plugin.core.i18n import tr
from snow_plugin.core.l3b import l3b_kind
from snow_plugin.core.product_names import SNOW_RASTER_KINDS



def raster_kind(file_name):
    """The style key of a snow product raster, or None."""
    name = PurePosixPath(file_name).name
    if not name.lower().endswith(".tif"):
        return None
    return next((key for key, matches in SNOW_RASTER_KINDS if matches(name)), None) or l3b_kind(name)


def find_snow_rasters(path):
    """[(style key, GDAL path, file name)] of the snow rasters at ``path``."""
    path = Path(path)
    if not path.exists():
        raise ProductError(tr("The product {path} does not exist.").format(path=path))
    if path.is_dir():
        members = [(str(p), p.name) for p in sorted(path.rglob("*.tif"))]
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [(f"/vsizip/{path}/{name}", PurePosixPath(name).name) for name in sorted(archive.namelist())]
    else:
        members = [(str(path), path.name)]
    found = [(raster_kind(name), gdal_path, name) for gdal_path, name in members if raster_kind(name)]
    if not found:
        raise ProductError(
            tr("No Theia Snow raster (*_SNW_R2.tif, LIS_S2-SNOW-FSC_*.tif or an L3B synthesis LIS_*-SNOW-SCD/SOD/SMOD/NOBS/NSP_*.tif) was found in {path}.").format(path=path)
        )
    return found


def product_name(path):
    """The product's name for a layer group: the folder or zip name."""
    path = Path(path)
    return path.stem if path.suffix.lower() in (".zip", ".tif") else path.name
