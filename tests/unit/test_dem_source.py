"""core.dem_source: which DEM a detection uses, and the automatic DEM's
behaviour offline (a closed local port), all without the internet."""

import pytest
import requests

from snow_plugin.core.dem_fetch import fetch_dem
from snow_plugin.core.dem_source import (
    DEM_COPERNICUS,
    DEM_GIVEN,
    DEM_NONE,
    automatic_dem,
    choose_dem_source,
    server_reachable,
)
from snow_plugin.core.errors import DemError

CLOSED = "http://127.0.0.1:9"  # nothing listens on the discard port
UTM_GRID = ("EPSG:32631", __import__("rasterio").transform.from_origin(490_000, 5_000_000, 200, 200), 50, 50)


@pytest.mark.parametrize("requested, given, expected", [
    (None, False, DEM_COPERNICUS), (None, True, DEM_GIVEN), (DEM_NONE, True, DEM_NONE),
    (DEM_COPERNICUS, True, DEM_COPERNICUS), (DEM_GIVEN, True, DEM_GIVEN),
])
def test_choose_dem_source(requested, given, expected):
    assert choose_dem_source(requested, given) == expected


def test_the_dem_given_without_a_dem_is_refused():
    with pytest.raises(DemError):
        choose_dem_source(DEM_GIVEN, False)


def test_offline_is_one_warning_and_no_file(tmp_path):
    with requests.Session() as session:
        assert not server_reachable(session, CLOSED)
        choice = automatic_dem(UTM_GRID, "PRODUCT", tmp_path, session, CLOSED)
    assert choice.source == DEM_NONE and choice.path is None
    assert CLOSED in choice.warning
    assert choice.record() == {"dem_source": "none"}
    assert not list(tmp_path.rglob("*.tif"))


def test_a_refused_connection_is_said_in_plain_words(tmp_path):
    with requests.Session() as session, pytest.raises(DemError) as raised:
        fetch_dem((6.2, 45.1, 6.9, 45.9), tmp_path, session, CLOSED)
    message = str(raised.value)
    assert "Copernicus_DSM_COG_10_N45_00_E006_00_DEM" in message
    for raw in ("HTTPConnectionPool", "Max retries", "Errno", "urllib3"):
        assert raw not in message
