"""Write tiny Theia/MUSCATE L2A products (and ancillary rasters) from numpy
arrays, for the engine tests.

A product is a folder ``<id>/`` holding ``<id>_FRE_B3.tif`` and
``<id>_FRE_B4.tif`` at 10 m (twice the 20 m size), ``<id>_FRE_B11.tif`` at
20 m, ``MASKS/<id>_CLM_R2.tif`` (or ``_CLM_R1.tif`` at 10 m), optionally
``MASKS/<id>_MG2_R2.tif`` and ``<id>_MTD_ALL.xml``. EPSG:32631 by default.

To control the 20 m green and red exactly through the engine's cubic
10 m -> 20 m warp, give them at 20 m and let :func:`write_product` repeat
every pixel into a 2x2 block: a *uniform* region keeps its exact value away
from its borders (the cubic kernel mixes about two 20 m pixels around each
border), and a product whose green and red are uniform everywhere is exact
everywhere. SWIR, CLM and MG2 are native 20 m: they stay sharp.
"""

import zipfile
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from rasterio.crs import CRS

IDENTIFIER = "SENTINEL2A_20200101-103000-000_L2A_T31TCH_C_V1-0"
EPSG = 32631
ORIGIN = (300000.0, 4800000.0)  # upper-left corner (x, y), inside UTM 31N
PIXEL = 20.0
NODATA = -10000


def grid_transform(origin=ORIGIN, pixel=PIXEL):
    return Affine(pixel, 0.0, origin[0], 0.0, -pixel, origin[1])


def write_raster(path, array, transform, crs=EPSG, nodata=None, dtype=None):
    """A single-band GeoTIFF."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    array = np.asarray(array)
    dtype = dtype or array.dtype
    crs = crs if isinstance(crs, CRS) else CRS.from_epsg(crs)
    with rasterio.open(
        path, "w", driver="GTiff", width=array.shape[1], height=array.shape[0], count=1,
        dtype=dtype, crs=crs, transform=transform, nodata=nodata,
    ) as dataset:
        dataset.write(array.astype(dtype), 1)
    return path


def to_10m(array_20m):
    """Each 20 m pixel repeated into a 2x2 block of 10 m pixels."""
    return np.repeat(np.repeat(np.asarray(array_20m), 2, axis=0), 2, axis=1)


def mtd_all_xml(quantification):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<Muscate_Metadata_Document>\n"
        "  <Radiometric_Informations>\n"
        f"    <REFLECTANCE_QUANTIFICATION_VALUE>{quantification}</REFLECTANCE_QUANTIFICATION_VALUE>\n"
        "  </Radiometric_Informations>\n"
        "</Muscate_Metadata_Document>\n"
    )


def write_product(
    root,
    green,
    red,
    swir,
    clm=None,
    mg2=None,
    clm_r1=None,
    swir2=None,
    quantification=None,
    identifier=IDENTIFIER,
    origin=ORIGIN,
    bands_at_20m=True,
    omit=(),
):
    """Write the product folder ``root/<identifier>`` and return its path.

    ``green`` and ``red`` are 20 m arrays repeated to 10 m when
    ``bands_at_20m`` (else given at 10 m as they are); ``swir``, ``clm``
    and ``mg2`` are 20 m arrays, as is ``swir2`` (B12, written only when
    given); ``clm_r1`` a 10 m array (then no CLM_R2
    is written unless ``clm`` is also given). ``clm`` defaults to zeros
    when neither is given. ``omit``: suffixes not to write (e.g. "_FRE_B3.tif").
    """
    swir = np.asarray(swir)
    folder = Path(root) / identifier
    masks = folder / "MASKS"
    masks.mkdir(parents=True, exist_ok=True)
    transform_20 = grid_transform(origin)
    transform_10 = grid_transform(origin, PIXEL / 2)
    if bands_at_20m:
        green, red = to_10m(green), to_10m(red)
    if clm is None and clm_r1 is None:
        clm = np.zeros(swir.shape, np.uint8)
    files = {
        # Genuine MUSCATE band files carry no nodata tag (-10000 all the same).
        "_FRE_B3.tif": (folder, green, transform_10, None, "int16"),
        "_FRE_B4.tif": (folder, red, transform_10, None, "int16"),
        "_FRE_B11.tif": (folder, swir, transform_20, None, "int16"),
        "_FRE_B12.tif": (folder, swir2, transform_20, None, "int16"),
        "_CLM_R2.tif": (masks, clm, transform_20, None, "uint8"),
        "_CLM_R1.tif": (masks, clm_r1, transform_10, None, "uint8"),
        "_MG2_R2.tif": (masks, mg2, transform_20, None, "uint8"),
    }
    for suffix, (where, array, transform, nodata, dtype) in files.items():
        if array is None or suffix in omit:
            continue
        write_raster(where / (identifier + suffix), array, transform, nodata=nodata, dtype=dtype)
    if quantification is not None and "_MTD_ALL.xml" not in omit:
        (folder / (identifier + "_MTD_ALL.xml")).write_text(mtd_all_xml(quantification), encoding="utf-8")
    return folder


def zip_product(folder, zip_path=None):
    """Zip a product folder as Theia delivers it: ``<id>.zip`` holding ``<id>/...``."""
    folder = Path(folder)
    zip_path = Path(zip_path or folder.with_suffix(".zip"))
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder.parent).as_posix())
    return zip_path


def write_dem_on_grid(path, dem, origin=ORIGIN, nodata=None, dtype="float32"):
    """A DEM exactly on the 20 m product grid."""
    return write_raster(path, dem, grid_transform(origin), nodata=nodata, dtype=dtype)


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1)
