"""Unpacking product zips: chosen members, zip slip, damaged archives."""

import io
import zipfile

import pytest

from snow_plugin.core.errors import DownloadError
from snow_plugin.core.geodes.archive import extract_member, member_target, safe_extract
from tests.support.fake_geodes import build_product_zip

IDENTIFIER = "SENTINEL2B_20240106-105907-758_L2A_T31TCH_C_V4-0"


def zip_with(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_extract_everything_or_chosen_members(tmp_path):
    zip_path = tmp_path / "product.zip"
    zip_path.write_bytes(build_product_zip(IDENTIFIER))
    everything = safe_extract(zip_path, tmp_path / "all")
    clm = tmp_path / "all" / IDENTIFIER / "MASKS" / (IDENTIFIER + "_CLM_R2.tif")
    assert clm in everything and clm.read_bytes() == b"fake raster MASKS/_CLM_R2.tif"
    assert len(everything) == 6
    chosen = safe_extract(zip_path, tmp_path / "some", members=["*_CLM_R2.tif", "*_FRE_B11.tif"])
    assert sorted(path.name for path in chosen) == sorted([IDENTIFIER + "_CLM_R2.tif", IDENTIFIER + "_FRE_B11.tif"])
    assert sorted(p.name for p in (tmp_path / "some").rglob("*") if p.is_file()) == sorted(p.name for p in chosen)


@pytest.mark.parametrize(
    "evil", ["../escaped.txt", "/tmp/absolute.txt", "folder/../../escaped.txt", "..\\escaped.txt", "C:/escaped.txt"]
)
def test_zip_slip_is_refused_before_writing(tmp_path, evil):
    zip_path = tmp_path / "evil.zip"
    zip_path.write_bytes(zip_with({"fine.txt": b"ok", evil: b"evil"}))
    with pytest.raises(DownloadError, match="unsafe file name"):
        safe_extract(zip_path, tmp_path / "out")
    assert not (tmp_path / "out").exists() and not (tmp_path / "escaped.txt").exists()


def test_windows_separators_are_folders(tmp_path):
    assert member_target(tmp_path, "PRODUCT\\MASKS\\a.tif") == tmp_path / "PRODUCT" / "MASKS" / "a.tif"


def test_a_member_already_extracted_is_kept_and_a_different_one_replaced(tmp_path):
    with zipfile.ZipFile(io.BytesIO(zip_with({"a.tif": b"x" * 5000}))) as archive:
        info = archive.getinfo("a.tif")
        target = extract_member(archive, info, tmp_path)
        before = target.stat().st_mtime_ns
        assert extract_member(archive, info, tmp_path) == target and target.stat().st_mtime_ns == before
        target.write_bytes(b"y" * 5000)  # same size, other CRC
        extract_member(archive, info, tmp_path)
    assert target.read_bytes() == b"x" * 5000


def test_a_truncated_zip_is_reported(tmp_path):
    zip_path = tmp_path / "cut.zip"
    zip_path.write_bytes(zip_with({"a.tif": b"x" * 5000})[:3000])
    with pytest.raises(DownloadError, match="damaged or incomplete.*download it again"):
        safe_extract(zip_path, tmp_path / "out")


def test_a_corrupt_member_leaves_no_file_under_its_name(tmp_path):
    data = bytearray(zip_with({"a.tif": b"x" * 5000}))
    data[data.index(b"xxxx") + 10] = ord("y")  # same length, wrong CRC
    zip_path = tmp_path / "corrupt.zip"
    zip_path.write_bytes(bytes(data))
    with pytest.raises(DownloadError, match="damaged or incomplete"):
        safe_extract(zip_path, tmp_path / "out")
    assert not list((tmp_path / "out").rglob("*.tif")) and not list((tmp_path / "out").rglob("*.part"))
