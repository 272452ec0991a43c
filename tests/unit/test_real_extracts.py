"""The engine on real Theia L2A extracts (../shared/data/muscate-real;
skipped when absent). These dates are snow-free lowland scenes."""

import numpy as np
import pytest
import rasterio
from rasterio.enums import Resampling
from rasterio.warp import reproject

from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.product import open_product

pytestmark = pytest.mark.real_data

BRIGHT_CLOUD_DATE = "SENTINEL2A_20180905-104527-122_L2A_T31UFQ_D_V1-9"


def product_folders(root):
    return sorted(p for p in root.glob("*/*") if p.is_dir())


def band_path(folder, suffix):
    return folder / (folder.name + suffix)


def band_at_20m(folder, suffix, b11):
    """A 10 m band on the B11 grid with GDAL's cubic warp (whole image),
    -10000 declared as nodata as LIS does (genuine files carry no tag)."""
    with rasterio.open(band_path(folder, suffix)) as band:
        out = np.zeros(b11.shape, np.int16)
        reproject(
            band.read(1), out, src_transform=band.transform, src_crs=band.crs, src_nodata=-10000,
            dst_transform=b11.transform, dst_crs=b11.crs, dst_nodata=-10000, resampling=Resampling.cubic,
        )
    return out


def test_every_extract_reads(real_data_dir):
    folders = product_folders(real_data_dir)
    assert len(folders) >= 10
    for folder in folders:
        product = open_product(folder)
        assert product.identifier == folder.name
        with rasterio.open(band_path(folder, "_FRE_B11.tif")) as b11:
            assert product.grid.shape == b11.shape and product.grid.transform == b11.transform
        assert product.multi == 10  # no MTD_ALL.xml: the default quantification 10000


def test_t30typ_has_only_clm_r1_and_reads(real_data_dir):
    (folder,) = list((real_data_dir / "T30TYP").iterdir())
    assert not (folder / "MASKS" / (folder.name + "_CLM_R2.tif")).exists()
    product = open_product(folder)
    assert product.has("clm_r1") and not product.has("clm")


@pytest.fixture(scope="module")
def real_runs(real_data_dir, tmp_path_factory):
    """Detection on every extract, once for the module."""
    runs = {}
    for folder in product_folders(real_data_dir):
        out = tmp_path_factory.mktemp(folder.name[:30])
        runs[folder.name] = (folder, detect_snow(folder, out))
    return runs


def test_detection_runs_on_every_extract_and_finds_no_snow(real_runs):
    for name, (_, result) in real_runs.items():
        with rasterio.open(result.outputs["SNW"]) as snw:
            values = snw.read(1)
        assert set(np.unique(values)) <= {0, 205, 255}, name  # snow-free dates: no 100
        assert result.metadata["pixels"]["snow"] == 0


def test_outputs_are_georeferenced_like_b11(real_runs):
    for name, (folder, result) in real_runs.items():
        with rasterio.open(band_path(folder, "_FRE_B11.tif")) as b11:
            crs, transform, shape = b11.crs, b11.transform, b11.shape
        for key in ("SNW", "FSC_TOC", "NDSI", "QCFLAGS"):
            with rasterio.open(result.outputs[key]) as dataset:
                assert (dataset.crs, dataset.transform, dataset.shape) == (crs, transform, shape), (name, key)


def test_t30typ_clouds_come_from_the_or_of_clm_r1_blocks(real_runs):
    name = next(n for n in real_runs if "T30TYP" in n)
    folder, result = real_runs[name]
    with rasterio.open(folder / "MASKS" / (name + "_CLM_R1.tif")) as clm_r1:
        fine = clm_r1.read(1)
    with rasterio.open(result.outputs["SNW"]) as snw:
        classes = snw.read(1)
    h, w = classes.shape
    blocks = fine[: 2 * h, : 2 * w].reshape(h, 2, w, 2)
    cloud_any = (blocks > 0).any(axis=(1, 3))
    # cloud (205) needs a cloud bit in the block (no snow on this date)
    assert not (classes == 205)[~cloud_any].any()
    # shadows and high clouds, whichever 10 m pixel holds them, stay cloud
    clm_or = np.bitwise_or.reduce(np.bitwise_or.reduce(blocks, axis=3), axis=1)
    must_be_cloud = ((clm_or & 32) == 32) | ((clm_or & 64) == 64) | ((clm_or & 128) == 128)
    valid = classes != 255
    assert (classes[must_be_cloud & valid] == 205).all()


def test_bright_cloud_of_20180905_is_cloud_not_snow(real_runs):
    """CLM = 15, NDSI up to 0.9, red > 0.2: pass 1 would call it snow if the
    cloud mask were ignored. Every such pixel must come out 205."""
    folder, result = real_runs[BRIGHT_CLOUD_DATE]
    with rasterio.open(band_path(folder, "_FRE_B11.tif")) as b11:
        swir = b11.read(1).astype(np.float64)
        green = band_at_20m(folder, "_FRE_B3.tif", b11).astype(np.float64)
        red = band_at_20m(folder, "_FRE_B4.tif", b11)
    with rasterio.open(folder / "MASKS" / (folder.name + "_CLM_R2.tif")) as clm_file:
        clm = clm_file.read(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ndsi = np.where(green + swir != 0, (green - swir) / (green + swir), 0)
    nodata = swir == -10000
    would_be_snow = (ndsi > 0.40) & (red > 2000) & ~nodata
    assert would_be_snow.sum() >= 20, "the extract should hold the bright cloud"
    assert ndsi[would_be_snow].max() > 0.8
    assert (clm[would_be_snow] > 0).all() and (clm[would_be_snow] == 15).any()
    with rasterio.open(result.outputs["SNW"]) as snw:
        classes = snw.read(1)
    assert (classes[would_be_snow] == 205).all()
    # a cloud bright in red goes back to cloud wherever CLM > 0 and red > 0.1
    assert (classes[(clm > 0) & (red > 1000) & ~nodata] == 205).all()
