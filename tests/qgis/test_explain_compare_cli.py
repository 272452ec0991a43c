"""``explainpixels`` and ``compare`` from the command line (``qgis_process``
with the packaged plugin): the table and the figures a script gets."""

import csv
import json

import numpy as np
import pytest
import rasterio
from rasterio.warp import transform as transform_coords

from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene
from tests.qgis.test_qgis_process import qgis_process  # noqa: F401 (the fixture)

pytestmark = pytest.mark.slow


def test_explain_and_compare_from_the_command_line(qgis_process, tmp_path):  # noqa: F811 (the fixture)
    scene = make_scene(tmp_path / "scene", size=150, seed=6)
    result = detect_snow(scene.product_dir, tmp_path / "out", dem=scene.dem_path)
    with rasterio.open(result.outputs["SNW"]) as snw:
        classes, transform, snw_crs = snw.read(1), snw.transform, snw.crs
    cells = [(10, 10), (75, 40), (120, 130)]
    # GeoJSON is in WGS 84: the points are reprojected to the product's UTM zone.
    xs, ys = zip(*(transform * (col + 0.5, row + 0.5) for row, col in cells))
    lons, lats = transform_coords(snw_crs, "EPSG:4326", xs, ys)
    points = tmp_path / "points.geojson"
    points.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": n}, "geometry": {"type": "Point", "coordinates": [lon, lat]}}
        for n, (lon, lat) in enumerate(zip(lons, lats))]}), encoding="utf-8")
    uri = str(points)
    table = tmp_path / "explained.csv"
    completed = qgis_process("--json", "run", "theiasnow:explainpixels", f"--RESULT={result.outputs['METADATA']}",
                             f"--POINTS={uri}", f"--OUTPUT={table}")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    with open(table, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(row["class"]) for row in rows] == [int(classes[r, c]) for r, c in cells]
    assert all(row["reason"] and row["decision"] for row in rows)

    official = tmp_path / "SENTINEL2B_20210215-103512-123_L2B-SNOW_T31TGK_C_V1-7_SNW_R2.tif"
    with rasterio.open(result.outputs["SNW"]) as snw:
        profile = dict(snw.profile, nodata=254)
    values = np.where(classes == 255, 254, classes).astype(np.uint8)
    with rasterio.open(official, "w", **profile) as target:
        target.write(values, 1)
    completed = qgis_process("--json", "run", "theiasnow:compare", f"--LOCAL={result.outputs['SNW']}",
                             f"--OFFICIAL={official}", f"--OUTPUT_FOLDER={tmp_path / 'cmp'}")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    figures = json.loads(completed.stdout)["results"]
    assert figures["OVERALL_AGREEMENT"] == 1 and figures["KAPPA"] == 1 and figures["SNOW_F1"] == 1
    assert figures["CLEAR_PIXELS"] == np.count_nonzero((classes == 0) | (classes == 100))
