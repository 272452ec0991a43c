"""The workshop path in the toolbox: make the offline sample scene, then
detect snow on it, then compare with the truth."""

import processing
import rasterio

from snow_plugin.core.product import open_product


def test_sample_scene_then_detect_snow(snow_provider, tmp_path, qgis_new_project):
    scene = processing.run("theiasnow:samplescene", {"SIZE": 150, "SEED": 7, "OUTPUT_FOLDER": str(tmp_path / "scene")})
    product = open_product(scene["PRODUCT"])
    assert product.grid.shape == (150, 150)
    with rasterio.open(scene["COMPOSITE"]) as composite:
        assert composite.count == 3 and composite.shape == (150, 150)

    detected = processing.run("theiasnow:detectsnow", {
        "INPUT": scene["PRODUCT"], "DEM": scene["DEM"], "FOG_RESCUE": True, "OUTPUT_FOLDER": str(tmp_path / "out"),
    })
    with rasterio.open(detected["SNW"]) as snw, rasterio.open(scene["TRUTH"]) as truth:
        agreement = (snw.read(1) == truth.read(1)).mean()
    assert agreement > 0.8  # LIS with the fog rescue recovers most of the scene's truth


def test_same_seed_same_scene(snow_provider, tmp_path):
    runs = [
        processing.run("theiasnow:samplescene", {"SIZE": 120, "SEED": 3, "OUTPUT_FOLDER": str(tmp_path / name)})
        for name in ("a", "b")
    ]
    with rasterio.open(runs[0]["TRUTH"]) as first, rasterio.open(runs[1]["TRUTH"]) as second:
        assert (first.read(1) == second.read(1)).all()


def test_sample_scene_layers_load_on_completion(snow_provider, tmp_path, qgis_new_project):
    from qgis.core import QgsProject

    processing.runAndLoadResults("theiasnow:samplescene", {"SIZE": 120, "SEED": 1, "OUTPUT_FOLDER": str(tmp_path)})
    names = {layer.name() for layer in QgsProject.instance().mapLayers().values()}
    assert {"False colour (SWIR, red, green)", "Digital elevation model", "Truth (what the scene really shows)"} <= names
