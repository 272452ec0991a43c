"""``DEM_SOURCE`` of ``theiasnow:detectsnow``: without a DEM the Copernicus
DEM GLO-30 is fetched, cached and warped onto the product (a local stand-in
for the bucket serves the synthetic scene's own relief as 1 degree tiles), so
a first run has a snowline and pass 2; offline or a failed fetch gives one
warning and a run without pass 2; the JSON says which DEM was used."""

import json
import re

import numpy as np
import pytest
import rasterio
from qgis.core import QgsProcessingException
from rasterio.transform import from_origin
from rasterio.warp import Resampling, reproject
from werkzeug import Response

from snow_plugin.core.synthetic import make_scene
from snow_plugin.processing_provider import auto_dem
from snow_plugin.toolbelt.preferences import PluginSettings
from tests.qgis.catalogue_fixtures import *  # noqa: F403
from tests.qgis.catalogue_fixtures import RecordingFeedback, run

pytestmark = pytest.mark.timeout(60)
ALGORITHM = "theiasnow:detectsnow"
TILE_NAME = re.compile(r"Copernicus_DSM_COG_10_([NS])(\d{2})_00_([EW])(\d{3})_00_DEM\.tif$")
STEP = 0.001  # degrees per pixel of the stand-in tiles (about 80 m x 110 m here)


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=200, seed=2)


def tile_from_scene_dem(scene, folder, lat, lon):
    """A GLO-30-like tile (EPSG:4326, float32) holding the scene DEM's heights."""
    size = round(1 / STEP)
    heights = np.full((size, size), -32768.0, np.float32)
    transform = from_origin(lon, lat + 1, STEP, STEP)
    with rasterio.open(scene.dem_path) as dem:
        reproject(rasterio.band(dem, 1), heights, dst_transform=transform, dst_crs="EPSG:4326",
                  dst_nodata=-32768.0, resampling=Resampling.bilinear)
    path = folder / f"tile_{lat}_{lon}.tif"
    profile = dict(driver="GTiff", width=size, height=size, count=1, dtype="float32", crs="EPSG:4326",
                   transform=transform, nodata=-32768.0, compress="deflate")
    with rasterio.open(path, "w", **profile) as tile:
        tile.write(heights, 1)
    return path.read_bytes()


@pytest.fixture
def dem_bucket(httpserver, tmp_path_factory, clean_settings, snow_provider, scene, monkeypatch):
    """The stand-in bucket; returns the list of (lat, lon) tiles served."""
    folder = tmp_path_factory.mktemp("bucket")
    served = []

    def handler(request):
        match = TILE_NAME.search(request.path)
        if not match:
            return Response("no such key", 404 if request.method == "GET" else 200)
        lat = int(match[2]) * (1 if match[1] == "N" else -1)
        lon = int(match[4]) * (1 if match[3] == "E" else -1)
        served.append((lat, lon))
        return Response(tile_from_scene_dem(scene, folder, lat, lon), 200)

    httpserver.expect_request(re.compile("/.*")).respond_with_handler(handler)
    monkeypatch.setenv("THEIA_SNOW_DEM_URL", httpserver.url_for("/"))
    return served


@pytest.fixture(autouse=True)
def download_folder(tmp_path, monkeypatch):
    """The DEM cache under tmp_path whatever other QGIS processes do to the shared test profile."""
    settings = PluginSettings(download_folder=str(tmp_path / "downloads"))
    monkeypatch.setattr(auto_dem, "load_settings", lambda: settings)
    return settings


def summary(results):
    with open(results["METADATA"], encoding="utf-8") as handle:
        return json.load(handle)


def dem_warnings(metadata):
    return [warning for warning in metadata["warnings"] if "DEM" in warning]


def test_a_first_run_without_dem_gets_the_copernicus_dem_and_a_snowline(dem_bucket, scene, tmp_path):
    feedback = RecordingFeedback()
    results = run(ALGORITHM, {"INPUT": str(scene.product_dir), "OUTPUT_FOLDER": str(tmp_path / "first")}, feedback)
    metadata = summary(results)
    assert metadata["inputs"]["dem_source"] == "copernicus_glo30"
    assert "Copernicus DEM GLO-30" in metadata["inputs"]["dem_attribution"]
    assert metadata["snowline_elevation"] is not None and metadata["pass2_applied"] in (True, False)
    assert results["ZS"] == metadata["snowline_elevation"]
    assert not [warning for warning in dem_warnings(metadata) if "without a DEM" in warning]
    assert any("Copernicus DEM GLO-30" in line and metadata["inputs"]["dem"] in line for line in feedback.infos)
    with rasterio.open(metadata["inputs"]["dem"]) as dem, rasterio.open(next(scene.product_dir.glob("*_FRE_B11.tif"))) as band:
        assert (dem.crs, dem.transform, dem.shape) == (band.crs, band.transform, band.shape)
        warped = dem.read(1)
    with rasterio.open(scene.dem_path) as source:
        truth = np.empty_like(warped)
        reproject(rasterio.band(source, 1), truth, dst_transform=band.transform, dst_crs=band.crs,
                  resampling=Resampling.bilinear)
    # 80-110 m tiles of the same relief: the same valleys and ridges, smoothed.
    assert np.corrcoef(warped.ravel(), truth.ravel())[0, 1] > 0.6  # the scene is rough at 20 m

    # The snowline agrees with the one found on the scene's own DEM.
    own = summary(run(ALGORITHM, {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path),
                                  "OUTPUT_FOLDER": str(tmp_path / "own")}))
    assert own["inputs"]["dem_source"] == "given" and "dem_attribution" not in own["inputs"]
    assert abs(own["snowline_elevation"] - metadata["snowline_elevation"]) <= 2 * metadata["parameters"]["dz"]

    served = len(dem_bucket)
    again = summary(run(ALGORITHM, {"INPUT": str(scene.product_dir), "OUTPUT_FOLDER": str(tmp_path / "again")}))
    assert len(dem_bucket) == served  # the product's DEM and its tiles come from the cache
    assert again["snowline_elevation"] == metadata["snowline_elevation"]


def test_offline_one_warning_and_the_run_goes_on(clean_settings, snow_provider, scene, tmp_path, monkeypatch):
    monkeypatch.setenv("THEIA_SNOW_DEM_URL", "http://127.0.0.1:9")
    feedback = RecordingFeedback()
    results = run(ALGORITHM, {"INPUT": str(scene.product_dir), "OUTPUT_FOLDER": str(tmp_path)}, feedback)
    metadata = summary(results)
    assert metadata["inputs"]["dem_source"] == "none" and metadata["inputs"]["dem"] is None
    assert metadata["snowline_elevation"] is None and not metadata["pass2_applied"]
    assert len(dem_warnings(metadata)) == 1 and "127.0.0.1:9" in dem_warnings(metadata)[0]
    assert len([line for line in feedback.warnings if "DEM" in line]) == 1
    assert not (tmp_path.parent / "downloads" / "dem_cache" / "products").exists() or not any(
        (tmp_path.parent / "downloads" / "dem_cache" / "products").iterdir())


def test_a_failed_fetch_one_warning_in_plain_words(httpserver, clean_settings, snow_provider, scene, tmp_path, monkeypatch):
    httpserver.expect_request(re.compile("/.*")).respond_with_data("busy", status=503)
    monkeypatch.setenv("THEIA_SNOW_DEM_URL", httpserver.url_for("/"))
    results = run(ALGORITHM, {"INPUT": str(scene.product_dir), "OUTPUT_FOLDER": str(tmp_path)})
    metadata = summary(results)
    assert metadata["inputs"]["dem_source"] == "none" and metadata["snowline_elevation"] is None
    (warning,) = dem_warnings(metadata)
    assert "503" in warning and "urllib3" not in warning


def test_explicit_sources(dem_bucket, scene, tmp_path):
    none = summary(run(ALGORITHM, {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "DEM_SOURCE": 0,
                                   "OUTPUT_FOLDER": str(tmp_path / "none")}))
    assert none["inputs"]["dem_source"] == "none" and none["inputs"]["dem"] is None
    assert none["snowline_elevation"] is None and len(dem_warnings(none)) == 1
    assert dem_bucket == []
    with pytest.raises(QgsProcessingException, match="DEM"):
        run(ALGORITHM, {"INPUT": str(scene.product_dir), "DEM_SOURCE": 1, "OUTPUT_FOLDER": str(tmp_path / "given")})
    assert not (tmp_path / "given").exists() or not any((tmp_path / "given").iterdir())
