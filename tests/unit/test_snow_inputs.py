"""The discovery the synthesis and the time series share (core/snow_inputs):
the files of folders and zips, our detection results read from their
summary, and the same answer from both callers on a broken result."""

import json
import zipfile
from datetime import date

import numpy as np
import pytest

from snow_plugin.core.errors import ProductError
from snow_plugin.core.series_inputs import find_series_products
from snow_plugin.core.snow_inputs import files_at, read_result, snow_rasters, summaries, summary_beside
from snow_plugin.core.synthesis_inputs import collect_inputs
from tests.unit.product_factory import grid_transform, write_raster

OURS = "SENTINEL2A_20210105-103421-000_L2A_T31TCH_C_V1-0"
L2B = "SENTINEL2B_20210120-103551-370_L2B-SNOW_T31TCH_D_V1-0_SNW_R2.tif"
FSC = "LIS_S2-SNOW-FSC_T31TCH_20210204T103421_1.7.0_1.tif"


def write_snow_raster(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    write_raster(path, np.zeros((4, 5), np.uint8), grid_transform(), dtype="uint8")
    return path


def write_summary(folder, product=OURS, **extra):
    summary = {"product": product, "tile": "T31TCH", "acquired": "2021-01-05T10:34:21+00:00", **extra}
    path = folder / f"{product}_SNOW.json"
    path.write_text(json.dumps(summary), encoding="utf-8")
    return path


@pytest.fixture
def inputs(tmp_path):
    """A folder holding our result, an L2B raster in a subfolder, a text file and a zip of an FSC product."""
    folder = tmp_path / "season"
    write_snow_raster(folder / f"{OURS}_SNW_R2.tif")
    write_summary(folder, snowline_elevation=1600)
    write_snow_raster(folder / "l2b" / L2B)
    (folder / "notes.txt").write_text("not a product")
    fsc = write_snow_raster(tmp_path / "fsc" / FSC)
    with zipfile.ZipFile(folder / "fsc.zip", "w") as archive:
        archive.write(fsc, f"product/{FSC}")
        archive.writestr("product/", "")
    return folder


def test_a_folder_without_and_with_its_zips_opened(inputs):
    plain = files_at(inputs)
    assert sorted(name for _, name in plain) == sorted(
        [f"{OURS}_SNW_R2.tif", f"{OURS}_SNOW.json", L2B, "notes.txt", "fsc.zip"])
    opened = files_at(inputs, zips_in_folders=True)
    assert sorted(name for _, name in opened) == sorted([f"{OURS}_SNW_R2.tif", f"{OURS}_SNOW.json", L2B, "notes.txt", FSC])
    assert (f"/vsizip/{inputs / 'fsc.zip'}/product/{FSC}", FSC) in opened
    assert sorted(name for _, _, name in snow_rasters(opened)) == sorted([f"{OURS}_SNW_R2.tif", L2B, FSC])
    assert summaries(opened) == [str(inputs / f"{OURS}_SNOW.json")]


def test_a_zip_given_is_its_members_and_a_missing_path_an_error(inputs, tmp_path):
    assert files_at(inputs / "fsc.zip") == [(f"/vsizip/{inputs / 'fsc.zip'}/product/{FSC}", FSC)]
    assert files_at(inputs / "notes.txt") == [(str(inputs / "notes.txt"), "notes.txt")]
    with pytest.raises(ProductError, match="does not exist"):
        files_at(tmp_path / "nowhere")


def test_our_result_read_from_its_summary(inputs):
    result = read_result(inputs / f"{OURS}_SNOW.json")
    assert (result.product, result.acquired, result.tile) == (OURS, date(2021, 1, 5), "T31TCH")
    assert result.raster == inputs / f"{OURS}_SNW_R2.tif"
    assert result.snowline_elevation == 1600.0
    assert summary_beside(str(result.raster)) == inputs / f"{OURS}_SNOW.json"
    assert summary_beside(str(inputs / "l2b" / L2B)) is None  # an official product: no summary of ours


@pytest.mark.parametrize("zs", [None, "1600", True])
def test_a_snowline_that_is_no_number_is_none(tmp_path, zs):
    write_snow_raster(tmp_path / f"{OURS}_SNW_R2.tif")
    assert read_result(write_summary(tmp_path, snowline_elevation=zs)).snowline_elevation is None


def test_synthesis_and_series_refuse_a_broken_result_alike(tmp_path):
    missing_raster = write_summary(tmp_path)
    broken = tmp_path / "broken" / f"{OURS}_SNOW.json"
    broken.parent.mkdir()
    broken.write_text("{not json", encoding="utf-8")
    for find in (collect_inputs, find_series_products):
        with pytest.raises(ProductError) as raised:
            find([missing_raster])
        assert f"{OURS}_SNW_R2.tif" in str(raised.value) and "missing" in str(raised.value)
        with pytest.raises(ProductError) as raised:
            find([broken])
        assert str(broken) in str(raised.value) and "not a snow summary" in str(raised.value)


def test_both_find_the_same_snow_maps_in_a_folder(inputs):
    series = find_series_products([inputs])
    synthesis = collect_inputs([inputs])
    # The series opens no zip inside a folder; the synthesis does.
    assert sorted(product.raster for product in series) == sorted(
        [str(inputs / f"{OURS}_SNW_R2.tif"), str(inputs / "l2b" / L2B)])
    assert sorted(snow_input.path for snow_input in synthesis) == sorted(
        [product.raster for product in series] + [f"/vsizip/{inputs / 'fsc.zip'}/product/{FSC}"])
    assert [product.snowline_elevation for product in series if product.name == OURS] == [1600.0]
