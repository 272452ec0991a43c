"""What a new user tripped on when reading a product: a truncated zip is
called damaged, a folder that is no product says which files were expected,
and a damaged file the detection does not read does not fail the run."""

import numpy as np
import pytest

from snow_plugin.core.errors import ProductError
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.product import open_product
from tests.unit.product_factory import IDENTIFIER, write_product, zip_product

SHAPE = (40, 50)


def bands():
    rng = np.random.default_rng(0)
    return [rng.integers(100, 900, SHAPE).astype(np.int16) for _ in range(3)]


def test_a_truncated_zip_is_called_damaged(tmp_path):
    archive = zip_product(write_product(tmp_path, *bands()))
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProductError) as raised:
        open_product(archive)
    message = str(raised.value)
    assert "damaged" in message and "download it again" in message
    assert "neither" not in message


def test_a_folder_that_is_no_product_says_which_files_were_expected(tmp_path):
    folder = tmp_path / "holiday_photos"
    folder.mkdir()
    (folder / "IMG_0001.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(ProductError) as raised:
        open_product(folder)
    message = str(raised.value)
    assert "_FRE_B11.tif" in message and "_CLM_R2.tif" in message
    assert "product name" not in message


def test_a_damaged_file_the_detection_does_not_read_is_ignored(tmp_path):
    green, red, swir = bands()
    folder = write_product(tmp_path, green, red, swir, clm=np.zeros(SHAPE, np.uint8),
                           clm_r1=np.zeros((2 * SHAPE[0], 2 * SHAPE[1]), np.uint8), swir2=swir)
    for suffix in ("_CLM_R1.tif", "_FRE_B12.tif"):
        damaged = next(folder.rglob(IDENTIFIER + suffix))
        damaged.write_bytes(damaged.read_bytes()[:300])
    product = open_product(folder)
    assert product.has("clm") and not product.has("clm_r1") and not product.has("swir2")
    result = detect_snow(folder, tmp_path / "out")
    assert result.outputs["SNW"].is_file()


def test_a_damaged_band_the_detection_reads_still_fails(tmp_path):
    folder = write_product(tmp_path, *bands())
    damaged = next(folder.rglob(IDENTIFIER + "_FRE_B4.tif"))
    damaged.write_bytes(damaged.read_bytes()[:300])
    with pytest.raises(ProductError):
        open_product(folder)
