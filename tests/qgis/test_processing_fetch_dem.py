"""``theiasnow:fetchdem`` through Processing, against a local stand-in for
the Copernicus DEM bucket (pytest-httpserver): on a product's grid, on an
extent, the cache, and the attribution in the log."""

import re

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from werkzeug import Response

from snow_plugin.core.synthetic import make_scene
from tests.qgis.catalogue_fixtures import *  # noqa: F403
from tests.qgis.catalogue_fixtures import RecordingFeedback, run

pytestmark = pytest.mark.timeout(30)
ALGORITHM = "theiasnow:fetchdem"
TILE_NAME = re.compile(r"Copernicus_DSM_COG_10_([NS])(\d{2})_00_([EW])(\d{3})_00_DEM\.tif$")
STEP = 0.01  # degrees per pixel of the stand-in tiles


def tile_bytes(folder, lat, lon):
    """A 1 degree GeoTIFF whose height is 1000 m + 100 m per degree of longitude east of 0."""
    size = round(1 / STEP)
    lons = lon + (np.arange(size) + 0.5) * STEP
    heights = np.tile(1000.0 + 100.0 * lons, (size, 1)).astype("float32")
    path = folder / "tile_{}_{}.tif".format(lat, lon)
    profile = dict(driver="GTiff", width=size, height=size, count=1, dtype="float32", crs="EPSG:4326",
                   transform=from_origin(lon, lat + 1, STEP, STEP))
    with rasterio.open(path, "w", **profile) as tile:
        tile.write(heights, 1)
    return path.read_bytes()


@pytest.fixture
def dem_bucket(httpserver, tmp_path_factory, catalogue, monkeypatch):
    folder = tmp_path_factory.mktemp("bucket")
    served = []

    def handler(request):
        match = TILE_NAME.search(request.path)
        if not match:
            return Response("no such key", 404)
        lat = int(match[2]) * (1 if match[1] == "N" else -1)
        lon = int(match[4]) * (1 if match[3] == "E" else -1)
        served.append((lat, lon))
        return Response(tile_bytes(folder, lat, lon), 200)

    httpserver.expect_request(re.compile("/.*")).respond_with_handler(handler)
    monkeypatch.setenv("THEIA_SNOW_DEM_URL", httpserver.url_for("/"))
    return served


def test_dem_on_the_grid_of_a_product(dem_bucket, tmp_path):
    scene = make_scene(tmp_path / "scene", size=100)
    output = tmp_path / "dem.tif"
    feedback = RecordingFeedback()
    run(ALGORITHM, {"INPUT": str(scene.product_dir), "OUTPUT": str(output)}, feedback)
    with rasterio.open(output) as dem, rasterio.open(next(scene.product_dir.glob("*_FRE_B11.tif"))) as band:
        assert (dem.crs, dem.transform, dem.shape) == (band.crs, band.transform, band.shape)
        heights = dem.read(1)
    assert dem_bucket and 1400 < heights.mean() < 1700  # about 5.6 E
    assert any("Copernicus DEM GLO-30" in line for line in feedback.infos)

    served = len(dem_bucket)
    run(ALGORITHM, {"INPUT": str(scene.product_dir), "OUTPUT": str(tmp_path / "again.tif")})
    assert len(dem_bucket) == served  # tiles came from the cache


def test_dem_on_an_extent(dem_bucket, tmp_path):
    output = tmp_path / "dem.tif"
    parameters = {"EXTENT": "6.2,6.4,45.1,45.2 [EPSG:4326]", "CRS": "EPSG:32632", "PIXEL_SIZE": 100,
                  "OUTPUT": str(output)}
    run(ALGORITHM, parameters)
    with rasterio.open(output) as dem:
        assert dem.crs.to_epsg() == 32632 and dem.res == (100.0, 100.0)
        heights = dem.read(1)
    assert dem_bucket == [(45, 6)]
    assert 1615 < heights.min() and heights.max() < 1645


def test_a_product_or_an_extent_is_required(dem_bucket, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="product or an extent"):
        run(ALGORITHM, {"OUTPUT": str(tmp_path / "dem.tif")})
