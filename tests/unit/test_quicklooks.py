"""Quicklooks fetched from a local server and cached by identifier."""

import pytest
import requests

from snow_plugin.core.errors import DownloadError
from snow_plugin.core.geodes.quicklooks import fetch_quicklook

pytestmark = pytest.mark.timeout(10)

IDENTIFIER = "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200 + b"\xff\xd9"


def test_the_quicklook_is_downloaded_once(httpserver, tmp_path):
    httpserver.expect_request("/quicklook").respond_with_data(JPEG, content_type="image/jpeg")
    url = httpserver.url_for("/quicklook")
    with requests.Session() as session:
        path = fetch_quicklook(session, url, tmp_path / "cache", IDENTIFIER)
        assert path == tmp_path / "cache" / f"{IDENTIFIER}.jpg"
        assert path.read_bytes() == JPEG
        assert fetch_quicklook(session, url, tmp_path / "cache", IDENTIFIER) == path
    assert len(httpserver.log) == 1
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [path.name]


@pytest.mark.parametrize(
    "status, body",
    [(404, b"not found"), (500, b"oops"), (200, b"<html>please log in</html>")],
)
def test_failures_are_download_errors_and_leave_nothing(httpserver, tmp_path, status, body):
    httpserver.expect_request("/quicklook").respond_with_data(body, status=status)
    with requests.Session() as session, pytest.raises(DownloadError, match="quicklook"):
        fetch_quicklook(session, httpserver.url_for("/quicklook"), tmp_path, IDENTIFIER)
    assert not list(tmp_path.iterdir())


def test_identifiers_cannot_escape_the_cache(tmp_path):
    with requests.Session() as session, pytest.raises(ValueError):
        fetch_quicklook(session, "http://127.0.0.1:9/x", tmp_path, "../outside")
