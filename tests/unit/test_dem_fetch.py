"""Copernicus DEM tiles: naming, download and cache against a local server, warp onto a UTM grid."""

import re

import numpy as np
import pytest
import rasterio
import requests
from rasterio.transform import from_origin, xy
from rasterio.warp import transform
from werkzeug import Response

from snow_plugin.core.dem_fetch import (
    DEM_NODATA,
    dem_for_product,
    dem_tile_names,
    fetch_dem,
    cached_ocean_cells,
    tile_name,
)
from snow_plugin.core.errors import DemError

pytestmark = pytest.mark.timeout(20)

STEP = 0.01  # degrees per test tile pixel: coarse, but a real GeoTIFF like GLO-30's
LAND_CELLS = [(45, 2), (45, 3)]  # (lat, lon) south-west corners; the cells south of 45 N are "ocean"


def synthetic_height(lon, lat):
    """A plane: bilinear resampling reproduces it exactly, so warped values can be checked."""
    return 500.0 + 100.0 * lon + 1000.0 * (lat - 45.0)


def write_tile(path, lat, lon):
    size = round(1 / STEP)
    centres = (np.arange(size) + 0.5) * STEP
    lons, lats = np.meshgrid(lon + centres, lat + 1 - centres)
    path.parent.mkdir(parents=True, exist_ok=True)
    profile = dict(driver="GTiff", width=size, height=size, count=1, dtype="float32", crs="EPSG:4326",
                   transform=from_origin(lon, lat + 1, STEP, STEP))
    with rasterio.open(path, "w", **profile) as tile:
        tile.write(synthetic_height(lons, lats).astype("float32"), 1)


@pytest.fixture
def dem_server(httpserver, tmp_path_factory):
    """Serves ``/<name>/<name>.tif`` for LAND_CELLS, 404 elsewhere; returns the base URL."""
    bucket = tmp_path_factory.mktemp("bucket")
    for lat, lon in LAND_CELLS:
        name = tile_name(lat, lon)
        write_tile(bucket / name / f"{name}.tif", lat, lon)

    def handler(request):
        path = bucket / request.path.lstrip("/")
        return Response(path.read_bytes(), 200) if path.is_file() else Response("no such key", 404)

    httpserver.expect_request(re.compile("/.*")).respond_with_handler(handler)
    return httpserver.url_for("/")


def utm_grid():
    """A 20 km x 30 km grid at 200 m in EPSG:32631 straddling 45 N near 3 E."""
    return "EPSG:32631", from_origin(490_000, 5_000_000, 200, 200), 100, 150


@pytest.mark.parametrize(
    "bounds, names",
    [
        ((6.2, 45.1, 6.9, 45.9), ["Copernicus_DSM_COG_10_N45_00_E006_00_DEM"]),
        ((6.5, 45.5, 7.0, 46.0), ["Copernicus_DSM_COG_10_N45_00_E006_00_DEM"]),  # whole-degree edges
        (
            (-1.5, -0.5, -0.2, 0.5),
            [
                "Copernicus_DSM_COG_10_S01_00_W002_00_DEM",
                "Copernicus_DSM_COG_10_S01_00_W001_00_DEM",
                "Copernicus_DSM_COG_10_N00_00_W002_00_DEM",
                "Copernicus_DSM_COG_10_N00_00_W001_00_DEM",
            ],
        ),
        ((179.5, 10.2, -179.5, 10.8), ["Copernicus_DSM_COG_10_N10_00_E179_00_DEM",
                                       "Copernicus_DSM_COG_10_N10_00_W180_00_DEM"]),
    ],
)
def test_tile_names(bounds, names):
    assert dem_tile_names(bounds) == names


def test_fetch_downloads_land_tiles_marks_ocean_and_caches(dem_server, httpserver, tmp_path):
    bounds = (2.5, 44.5, 3.5, 45.5)
    with requests.Session() as session:
        tiles = fetch_dem(bounds, tmp_path, session, dem_server)
        assert [t.name for t in tiles] == [f"{tile_name(*cell)}.tif" for cell in LAND_CELLS]
        assert cached_ocean_cells(bounds, tmp_path) == [(44, 2), (44, 3)]
        assert (tmp_path / f"{tile_name(44, 2)}.ocean").exists()
        requests_made = len(httpserver.log)
        assert requests_made == 4
        assert fetch_dem(bounds, tmp_path, session, dem_server) == tiles
    assert len(httpserver.log) == requests_made  # all from the cache
    assert not list(tmp_path.glob("*.part"))


def test_an_area_without_any_tile_is_refused_and_not_cached(dem_server, tmp_path):
    with requests.Session() as session, pytest.raises(DemError, match="No Copernicus DEM tile"):
        fetch_dem((10.2, 10.2, 10.8, 10.8), tmp_path, session, dem_server)
    assert not list(tmp_path.iterdir())


def test_server_errors_are_dem_errors(httpserver, tmp_path):
    httpserver.expect_request(re.compile("/.*")).respond_with_data("busy", status=503)
    with requests.Session() as session, pytest.raises(DemError, match="HTTP 503"):
        fetch_dem((6.2, 45.1, 6.9, 45.9), tmp_path, session, httpserver.url_for("/"))


def test_dem_for_product_lands_on_the_utm_grid(dem_server, tmp_path):
    crs, grid_transform, width, height = utm_grid()
    out = tmp_path / "dem.tif"
    with requests.Session() as session:
        dem_for_product(utm_grid(), tmp_path / "cache", session, dem_server, out)
    with rasterio.open(out) as dem:
        assert (dem.crs.to_string(), dem.transform, dem.width, dem.height) == (crs, grid_transform, width, height)
        assert dem.dtypes[0] == "float32" and dem.nodata == DEM_NODATA
        assert dem.profile["compress"] == "deflate" and dem.profile["tiled"]
        heights = dem.read(1)
    rows, cols = np.mgrid[0:height, 0:width]
    xs, ys = xy(grid_transform, rows.ravel(), cols.ravel())
    lons, lats = (np.reshape(v, (height, width)) for v in transform(crs, "EPSG:4326", xs, ys))
    assert not (heights == DEM_NODATA).any()
    land = lats > 45.0 + STEP
    ocean = lats < 45.0 - STEP
    assert land.sum() > 1000 and ocean.sum() > 1000
    np.testing.assert_allclose(heights[land], synthetic_height(lons[land], lats[land]), atol=0.5)
    assert (heights[ocean] == 0).all()


def test_a_tile_cut_short_is_not_cached(httpserver, tmp_path):
    def handler(request):
        response = Response(b"x" * 1000, 200)
        response.headers["Content-Length"] = "5000"  # announced, then the connection ends
        return response

    httpserver.expect_request(re.compile("/.*")).respond_with_handler(handler)
    with requests.Session() as session, pytest.raises(DemError, match="incomplete|could not be downloaded"):
        fetch_dem((6.2, 45.1, 6.9, 45.9), tmp_path, session, httpserver.url_for("/"))
    assert not list(tmp_path.iterdir())  # no tile, no .part, no ocean marker
