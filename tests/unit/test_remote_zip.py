"""Partial downloads of product zips against a real local HTTP server."""

import io
import os
import struct
import time
import zipfile

import pytest
import requests
from werkzeug import Response

from snow_plugin.core.errors import ApiKeyRefusedError, CancelledError, DownloadError, ProductStagingError
from snow_plugin.core.geodes.http import TransientDownloadError
from snow_plugin.core.geodes.range_file import HttpRangeFile, RangesUnsupportedError
from snow_plugin.core.geodes.remote_zip import fetch_members, select_members

pytestmark = pytest.mark.timeout(20)

PRODUCT = "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0"
SNOW = "SENTINEL2A_20160912-103551-370_L2B-SNOW_T32TLS_D_V1-0"
DETECTION_FILES = [
    f"{PRODUCT}/{PRODUCT}_FRE_B3.tif",
    f"{PRODUCT}/{PRODUCT}_FRE_B4.tif",
    f"{PRODUCT}/{PRODUCT}_FRE_B11.tif",
    f"{PRODUCT}/MASKS/{PRODUCT}_CLM_R2.tif",
    f"{PRODUCT}/MASKS/{PRODUCT}_MG2_R2.tif",
    f"{PRODUCT}/{PRODUCT}_MTD_ALL.xml",
]
LARGE_FILES = [f"{PRODUCT}/{PRODUCT}_FRE_B8.tif", f"{PRODUCT}/{PRODUCT}_SRE_B8.tif", f"{PRODUCT}/{PRODUCT}_FRE_B2.tif"]
OTHER_FILES = [f"{PRODUCT}/MASKS/{PRODUCT}_CLM_R1.tif", f"{PRODUCT}/{PRODUCT}_SRE_B3.tif", f"{PRODUCT}/{PRODUCT}_QKL_ALL.jpg"]


def _content(name, size):
    return (name.encode() * (size // len(name) + 1))[:size]


def build_zip(members, stored=()):
    """The bytes of a zip of ``members`` ({name: bytes}); names in ``stored`` are not compressed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{PRODUCT}/", b"")
        for name, data in members.items():
            archive.writestr(name, data, zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def l2a_members(without=()):
    members = {name: _content(name, 4000) for name in DETECTION_FILES + OTHER_FILES if name not in without}
    members.update({name: os.urandom(600_000) for name in LARGE_FILES})  # incompressible
    return members


def _byte_range(header, length):
    """(start, end) for a 'bytes=a-b', 'bytes=a-' or 'bytes=-n' header (RFC 9110)."""
    first, last = header.removeprefix("bytes=").split("-")
    if not first:
        return max(0, length - int(last)), length
    return int(first), min(length, int(last) + 1) if last else length


def serve(httpserver, data, path="/product.zip", ranges=True, status=None, delay=0):
    def handler(request):
        time.sleep(delay)
        if status:
            return Response(status=status)
        header = request.headers.get("Range")
        if not ranges or not header:
            return Response(data, 200, {"Content-Type": "application/zip"})
        start, end = _byte_range(header, len(data))
        headers = {"Content-Range": f"bytes {start}-{end - 1}/{len(data)}", "Accept-Ranges": "bytes"}
        return Response(data[start:end], 206, headers)

    httpserver.expect_request(path).respond_with_handler(handler)
    return httpserver.url_for(path)


def _member_data_offset(data, info):
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    return info.header_offset + 30 + name_length + extra_length


@pytest.fixture
def l2a_zip():
    return build_zip(l2a_members())


def test_select_members_for_detection():
    names = list(l2a_members())
    assert sorted(select_members(names, "detection")) == sorted(DETECTION_FILES)


def test_select_members_takes_b12_for_the_rescue_only_when_present():
    names = list(l2a_members())
    b12 = f"{PRODUCT}/{PRODUCT}_FRE_B12.tif"
    assert b12 not in select_members(names, "detection")  # an older product without it still works
    assert b12 in select_members(names + [b12], "detection")


def test_select_members_falls_back_to_the_10m_cloud_mask():
    names = [n for n in l2a_members() if not n.endswith("_CLM_R2.tif")]
    assert f"{PRODUCT}/MASKS/{PRODUCT}_CLM_R1.tif" in select_members(names, "detection")


def test_select_members_names_what_is_missing():
    names = [n for n in l2a_members() if "_MG2_" not in n]
    with pytest.raises(DownloadError, match="MG2_R2.tif"):
        select_members(names, "detection")


def test_select_members_for_snow_products():
    lis_16 = [f"{SNOW}/{SNOW}_SNW_R2.tif", f"{SNOW}/{SNOW}_SNW_R2.shp", f"{SNOW}/{SNOW}_MTD_ALL.xml"]
    assert select_members(lis_16, "snow") == [f"{SNOW}/{SNOW}_SNW_R2.tif", f"{SNOW}/{SNOW}_MTD_ALL.xml"]
    stem = "T31TCH_20210304T105021_1.7.0_1"
    fsc = [
        f"LIS_S2-SNOW-FSC-QCFLAGS_{stem}.tif",
        f"LIS_S2-SNOW-FSC-TOC_{stem}.tif",
        f"LIS_S2-SNOW-FSC_{stem}.tif",
        f"LIS_S2-SNOW-FSC_{stem}.xml",
    ]
    assert select_members(fsc, "snow") == [f"LIS_S2-SNOW-FSC_{stem}.tif", f"LIS_S2-SNOW-FSC_{stem}.xml"]


def test_range_file_reads_like_the_local_bytes(httpserver, l2a_zip):
    url = serve(httpserver, l2a_zip)
    with requests.Session() as session, HttpRangeFile(session, url, block=50_000) as remote:
        assert remote.size == len(l2a_zip)
        for offset, length in [(0, 10), (123_456, 70_000), (len(l2a_zip) - 5, 100), (40, 3)]:
            remote.seek(offset)
            assert remote.read(length) == l2a_zip[offset : offset + length]
            assert remote.tell() == min(len(l2a_zip), offset + length)
        remote.seek(-22, os.SEEK_END)
        assert remote.read() == l2a_zip[-22:]


@pytest.mark.parametrize("known_size", [False, True])
def test_fetch_members_downloads_only_what_detection_needs(httpserver, tmp_path, l2a_zip, known_size):
    url = serve(httpserver, l2a_zip)
    percents = []
    with requests.Session() as session:
        size = len(l2a_zip) if known_size else None
        outcome = fetch_members(session, url, tmp_path / "out", "detection", size=size, progress=percents.append)
    assert outcome.used_ranges
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in outcome.paths) == sorted(DETECTION_FILES)
    members = l2a_members()
    for path in outcome.paths:
        assert path.read_bytes() == members[path.relative_to(tmp_path / "out").as_posix()]
    assert outcome.bytes_total_zip == len(l2a_zip)
    assert outcome.bytes_saved == len(l2a_zip) - outcome.bytes_downloaded > 1_500_000
    # One request for the central directory, one per member.
    assert len(httpserver.log) == 1 + len(DETECTION_FILES)
    assert percents and 99 < percents[-1] <= 100
    assert not list((tmp_path / "out").rglob("*.part"))


def test_fetch_members_skips_members_already_extracted(httpserver, tmp_path, l2a_zip):
    url = serve(httpserver, l2a_zip)
    with requests.Session() as session:
        fetch_members(session, url, tmp_path, "detection")
        requests_before = len(httpserver.log)
        again = fetch_members(session, url, tmp_path, "detection")
    assert len(httpserver.log) == requests_before + 1  # only the central directory
    assert len(again.paths) == len(DETECTION_FILES)


def test_fetch_members_falls_back_to_the_whole_zip(httpserver, tmp_path, l2a_zip):
    url = serve(httpserver, l2a_zip, ranges=False)
    with requests.Session() as session:
        outcome = fetch_members(session, url, tmp_path, "detection")
    assert not outcome.used_ranges
    assert outcome.bytes_saved == 0
    assert outcome.bytes_downloaded == outcome.bytes_total_zip == len(l2a_zip)
    assert len(httpserver.log) == 1  # the refused range request's body was used
    assert sorted(p.relative_to(tmp_path).as_posix() for p in outcome.paths) == sorted(DETECTION_FILES)
    assert [p.name for p in tmp_path.iterdir()] == [PRODUCT]  # no temporary zip left


def test_a_stalled_server_is_a_download_error(httpserver, l2a_zip):
    url = serve(httpserver, l2a_zip, delay=0.5)
    with requests.Session() as session, pytest.raises(DownloadError, match="connection"):
        HttpRangeFile(session, url, timeout=(1, 0.1))


def test_fetch_members_of_a_snow_product(httpserver, tmp_path):
    snow_files = [f"{SNOW}/{SNOW}_SNW_R2.tif", f"{SNOW}/{SNOW}_MTD_ALL.xml"]
    members = {name: _content(name, 3000) for name in snow_files + [f"{SNOW}/{SNOW}_SNW_R2.shp"]}
    url = serve(httpserver, build_zip(members))
    with requests.Session() as session:
        outcome = fetch_members(session, url, tmp_path, "snow")
    assert [p.relative_to(tmp_path).as_posix() for p in outcome.paths] == snow_files


def test_range_file_reports_servers_without_ranges(httpserver, l2a_zip):
    url = serve(httpserver, l2a_zip, ranges=False)
    with requests.Session() as session, pytest.raises(RangesUnsupportedError) as refusal:
        HttpRangeFile(session, url)
    refusal.value.response.close()


def test_a_damaged_member_fails_its_crc_and_leaves_no_file(httpserver, tmp_path):
    b3 = DETECTION_FILES[0]
    data = bytearray(build_zip(l2a_members(), stored=[b3]))
    offset = _member_data_offset(data, zipfile.ZipFile(io.BytesIO(data)).getinfo(b3))
    data[offset + 100 : offset + 110] = b"X" * 10
    url = serve(httpserver, bytes(data))
    with requests.Session() as session, pytest.raises(DownloadError, match="FRE_B3.tif.*Bad CRC"):
        fetch_members(session, url, tmp_path / "out", "detection")
    assert not list((tmp_path / "out").rglob("*FRE_B3.tif*"))


def test_a_missing_member_is_named(httpserver, tmp_path):
    data = build_zip(l2a_members(without=[DETECTION_FILES[2]]))
    url = serve(httpserver, data)
    with requests.Session() as session, pytest.raises(DownloadError, match="band B11"):
        fetch_members(session, url, tmp_path / "out", "detection")


def test_unsafe_member_names_are_refused(httpserver, tmp_path):
    members = l2a_members()
    members[f"../{PRODUCT}_FRE_B3.tif"] = members.pop(DETECTION_FILES[0])
    url = serve(httpserver, build_zip(members))
    with requests.Session() as session, pytest.raises(DownloadError, match="unsafe"):
        fetch_members(session, url, tmp_path / "out", "detection")
    assert not (tmp_path / f"{PRODUCT}_FRE_B3.tif").exists()


def test_cancelling_stops_and_leaves_no_partial_file(httpserver, tmp_path, l2a_zip):
    url = serve(httpserver, l2a_zip)
    with requests.Session() as session, pytest.raises(CancelledError):
        fetch_members(session, url, tmp_path, "detection", is_cancelled=lambda: True)
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_a_refused_key_is_reported(httpserver, tmp_path):
    url = serve(httpserver, b"", status=403)
    with requests.Session() as session, pytest.raises(ApiKeyRefusedError):
        fetch_members(session, url, tmp_path, "detection")


@pytest.mark.parametrize(
    "status, error, words",
    [
        (202, ProductStagingError, "being staged"),
        (503, TransientDownloadError, "HTTP 503"),
        (429, TransientDownloadError, "HTTP 429"),
        (404, DownloadError, "no longer on the server"),
    ],
)
def test_error_answers_say_what_to_do(httpserver, tmp_path, status, error, words):
    url = serve(httpserver, b"", status=status)
    with requests.Session() as session, pytest.raises(error, match=words) as raised:
        fetch_members(session, url, tmp_path, "detection")
    assert isinstance(raised.value, TransientDownloadError) == (error is TransientDownloadError)
    assert not list(tmp_path.iterdir())


def test_a_body_cut_short_is_worth_another_try(httpserver, tmp_path, l2a_zip):
    def handler(request):
        start, end = _byte_range(request.headers["Range"], len(l2a_zip))
        headers = {"Content-Range": f"bytes {start}-{end - 1}/{len(l2a_zip)}", "Content-Length": str(end - start)}
        return Response(l2a_zip[start:end][: (end - start) // 2], 206, headers)

    httpserver.expect_request("/product.zip").respond_with_handler(handler)
    with requests.Session() as session, pytest.raises(TransientDownloadError):
        fetch_members(session, httpserver.url_for("/product.zip"), tmp_path, "detection")
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]
