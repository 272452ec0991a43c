"""Theia Snow products are recognised in folders, zips and single rasters."""

import zipfile

import numpy as np
import pytest
import rasterio
from affine import Affine

from snow_plugin.core.errors import ProductError
from snow_plugin.core.snow_product import find_snow_rasters, product_name, raster_kind

L2B = "SENTINEL2A_20160912-103551-370_L2B-SNOW_T32TLS_D_V1-0"
FSC_NAMES = (
    "LIS_S2-SNOW-FSC_T31TCH_20210105T103421_1.7.0_1.tif",
    "LIS_S2-SNOW-FSC-QCFLAGS_T31TCH_20210105T103421_1.7.0_1.tif",
    "LIS_S2-SNOW-FSC-TOC_T31TCH_20210105T103421_1.7.0_1.tif",
)


def write_raster(path, values):
    path.parent.mkdir(parents=True, exist_ok=True)
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[1], height=values.shape[0], count=1,
                       dtype="uint8", crs="EPSG:32632", transform=Affine(20, 0, 300000, 0, -20, 5100000)) as out:
        out.write(values, 1)
    return path


def l2b_product(folder):
    codes = np.array([[0, 100], [205, 254]], dtype=np.uint8)
    write_raster(folder / L2B / f"{L2B}_SNW_R2.tif", codes)
    (folder / L2B / f"{L2B}_MTD_ALL.xml").write_text("<Muscate_Metadata_Document/>")
    return folder / L2B


@pytest.mark.parametrize(
    "name,kind",
    [(f"{L2B}_SNW_R2.tif", "SNW_L2B"), (FSC_NAMES[0], "FSC"), (FSC_NAMES[1], "QCFLAGS"), (FSC_NAMES[2], "FSC_TOC"),
     (f"{L2B}_MTD_ALL.xml", None), ("SENTINEL2A_X_FRE_B3.tif", None)],
)
def test_raster_kind(name, kind):
    assert raster_kind(name) == kind


def test_l2b_folder_and_its_zip(tmp_path):
    folder = l2b_product(tmp_path)
    [(kind, path, name)] = find_snow_rasters(folder)
    assert (kind, name) == ("SNW_L2B", f"{L2B}_SNW_R2.tif")
    archive = tmp_path / f"{L2B}.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for file in folder.iterdir():
            out.write(file, f"{L2B}/{file.name}")
    [(kind, path, _)] = find_snow_rasters(archive)
    assert kind == "SNW_L2B" and path.startswith("/vsizip/")
    with rasterio.open(path) as raster:
        assert raster.read(1)[1, 1] == 254
    assert product_name(archive) == product_name(folder) == L2B


def test_fsc_product_folder_finds_its_three_rasters(tmp_path):
    for name in FSC_NAMES:
        write_raster(tmp_path / "fsc" / name, np.zeros((2, 2), np.uint8))
    kinds = sorted(kind for kind, _, _ in find_snow_rasters(tmp_path / "fsc"))
    assert kinds == ["FSC", "FSC_TOC", "QCFLAGS"]


def test_a_single_raster_is_accepted(tmp_path):
    raster = write_raster(tmp_path / FSC_NAMES[0], np.zeros((2, 2), np.uint8))
    assert [kind for kind, _, _ in find_snow_rasters(raster)] == ["FSC"]


def test_no_snow_raster_is_one_clear_sentence(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ProductError, match="No Theia Snow raster"):
        find_snow_rasters(tmp_path / "empty")
    with pytest.raises(ProductError, match="does not exist"):
        find_snow_rasters(tmp_path / "missing")
