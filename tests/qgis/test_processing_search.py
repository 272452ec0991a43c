"""``theiasnow:search`` through Processing against the fake GEODES: the
footprint layer and its attributes, filters reaching the query, paging,
warnings and errors as the user sees them."""

from datetime import datetime, timezone

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from tests.qgis.catalogue_fixtures import *  # noqa: F403
from tests.qgis.catalogue_fixtures import RecordingFeedback, run
from tests.support.fake_geodes import SNOW

pytestmark = pytest.mark.timeout(30)
ALGORITHM = "theiasnow:search"
ATTRIBUTES = ["identifier", "collection", "tile", "acquired", "cloud_cover", "snow_cover", "bbox", "quicklook_url",
              "data_url", "size", "md5", "online", "version", "latest", "platform"]


def search(tmp_path, feedback=None, **parameters):
    output = str(tmp_path / "found.gpkg")
    results = run(ALGORITHM, dict(parameters, OUTPUT=output), feedback)
    layer = QgsVectorLayer(output, "found", "ogr")
    assert layer.isValid()
    return results, layer


def test_footprints_carry_every_record_field(catalogue, tmp_path):
    product = catalogue.add_product(tile="T31TCH", cloud_cover=12.5, snow_cover=40.0, online=False)
    results, layer = search(tmp_path, TILES="T31TCH")
    assert results["COUNT"] == 1 and layer.featureCount() == 1
    assert [name for name in ATTRIBUTES if name not in layer.fields().names()] == []
    assert layer.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    feature = next(layer.getFeatures())
    assert feature["identifier"] == product.identifier
    assert feature["tile"] == "T31TCH" and feature["platform"] == "S2B" and feature["version"] == "4-0"
    assert (feature["cloud_cover"], feature["snow_cover"]) == (12.5, 40.0)
    assert feature["md5"] == product.md5 and feature["size"] == len(product.payload)
    assert feature["data_url"].endswith(product.download_path) and feature["quicklook_url"]
    assert not feature["online"] and feature["latest"]
    acquired = feature["acquired"].toUTC()
    assert (acquired.date().day(), acquired.time().hour(), acquired.time().minute()) == (6, 10, 59)
    bounds = feature.geometry().boundingBox()
    assert (round(bounds.xMinimum(), 2), round(bounds.yMaximum(), 2)) == (0.53, 43.35)


def test_filters_reach_the_query(catalogue, tmp_path):
    first = datetime(2024, 1, 1, 10, 50, tzinfo=timezone.utc)
    catalogue.add_products(6, first=first, collection=SNOW, tile="T32TLR")  # 1, 6, 11, 16, 21, 26 Jan
    catalogue.add_product(collection=SNOW, tile="T32TLR", acquired=datetime(2024, 1, 11, 10, tzinfo=timezone.utc),
                          cloud_cover=80.0)
    catalogue.add_product(collection="L2A", tile="T32TLR", acquired=first)
    results, layer = search(tmp_path, COLLECTION=1, TILES="32TLR", START_DATE="2024-01-06", END_DATE="2024-01-16",
                            MAX_CLOUD=50, PLATFORM="s2b", LATEST_ONLY=True)
    assert results["COUNT"] == 3
    assert {feature["acquired"].date().day() for feature in layer.getFeatures()} == {6, 11, 16}
    query = catalogue.search_bodies[-1]["query"]
    assert query["grid:code"] == {"eq": "T32TLR"} and query["platform"] == {"eq": "S2B"}
    assert query["eo:cloud_cover"] == {"lte": 50} and query["latest"] == {"eq": True}
    assert query["end_datetime"] == {"gte": "2024-01-06T00:00:00Z"}
    assert query["start_datetime"] == {"lte": "2024-01-16T23:59:59Z"}


def test_every_page_is_read_up_to_the_cap(catalogue, tmp_path):
    catalogue.add_products(130, tile="T31TCH")
    results, layer = search(tmp_path, TILES="T31TCH")
    assert results["COUNT"] == 130 and layer.featureCount() == 130
    assert [body["page"] for body in catalogue.search_bodies] == [1, 2]
    assert all(body["limit"] <= 80 for body in catalogue.search_bodies)

    feedback = RecordingFeedback()
    (tmp_path / "capped").mkdir()
    results, _ = search(tmp_path / "capped", feedback, TILES="T31TCH", MAX_RECORDS=90)
    assert results["COUNT"] == 90
    assert any("90 of 130" in warning for warning in feedback.warnings)


def test_an_extent_in_any_crs_becomes_a_lonlat_bbox(catalogue, tmp_path):
    catalogue.add_product(tile="T31TCH")  # bbox 0.53..1.91 E, 42.33..43.35 N
    results, _ = search(tmp_path, EXTENT="100000,150000,5250000,5300000 [EPSG:3857]")
    bbox = catalogue.search_bodies[-1]["bbox"]
    assert results["COUNT"] == 1
    assert 0.89 < bbox[0] < 0.9 and 1.34 < bbox[2] < 1.35 and 42.5 < bbox[1] < bbox[3] < 43.0


def test_an_empty_tile_is_reported(catalogue, tmp_path):
    catalogue.add_product(tile="T31TCH")
    feedback = RecordingFeedback()
    results, layer = search(tmp_path, feedback, TILES="T31TCH, T29ABC")
    assert results["COUNT"] == 1
    assert any("T29ABC" in warning and "Theia" in warning for warning in feedback.warnings)


def test_a_tile_or_an_area_is_required(catalogue, tmp_path):
    with pytest.raises(QgsProcessingException, match="tile"):
        search(tmp_path)


def test_a_catalogue_failure_is_one_sentence(catalogue, tmp_path):
    from tests.support.fake_geodes import Fault

    catalogue.inject("/api/stac/search", Fault.http_status(400, times=None))
    with pytest.raises(QgsProcessingException, match="GEODES refused the search"):
        search(tmp_path, TILES="T31TCH")
