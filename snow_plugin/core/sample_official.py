"""An official-style Theia Snow L2B product for the sample scene, so that a
workshop can practise the comparison offline.

The official products are Let-It-Snow runs at CNES with its defaults and a
DEM: this is the same run on the sample scene, written as an L2B-SNOW
product folder (``<name>/<name>_SNW_R2.tif`` with 254 for no data, as the
Theia L2B products up to LIS 1.6 have it, and its .qml).
"""

import os
import tempfile
from pathlib import Path

import rasterio

from snow_plugin.core.definitions import NODATA
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.product_names import parse_product_name
from snow_plugin.core.styles import style_for_output

L2B_NODATA = 254


def official_name(l2a_identifier):
    """SENTINEL2B_..._L2A_T31TGK_C_V4-0 -> SENTINEL2B_..._L2B-SNOW_T31TGK_D_V1-7."""
    name = parse_product_name(l2a_identifier)
    stamp = l2a_identifier.split("_")[1]
    return f"{l2a_identifier.split('_')[0]}_{stamp}_L2B-SNOW_{name.tile}_D_V1-7"


def write_official_style_l2b(product_dir, dem_path, folder, threads=2):
    """Write the L2B product folder into ``folder``; returns its path."""
    identifier = Path(product_dir).name
    name = official_name(identifier)
    target = Path(folder) / name
    with tempfile.TemporaryDirectory(dir=folder) as work:
        result = detect_snow(product_dir, work, dem=dem_path, params=DetectionParameters(), threads=threads)
        with rasterio.open(result.outputs["SNW"]) as snw:
            codes = snw.read(1)
            profile = dict(snw.profile, nodata=L2B_NODATA)
        codes[codes == NODATA] = L2B_NODATA
        staged = Path(work) / name
        staged.mkdir()
        with rasterio.open(staged / f"{name}_SNW_R2.tif", "w", **profile) as official:
            official.write(codes, 1)
        (staged / f"{name}_SNW_R2.qml").write_text(style_for_output("SNW_L2B"), encoding="utf-8")
        if target.exists():
            raise FileExistsError(str(target))
        os.replace(staged, target)  # the whole folder at once: never half-written
    return target
