import logging
import time
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
import requests

from snow_plugin.core.errors import ApiKeyRefusedError, CancelledError, CatalogueError
from snow_plugin.core.geodes.client import GeodesClient
from snow_plugin.core.geodes.http import make_session
from tests.support.fake_geodes import L2A, SNOW, FakeGeodes, Fault
from tests.support.fake_geodes_protocol import SEARCH_PATH
pytest_plugins = ["tests.support.fixtures"]

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def client(geodes_config):
    with GeodesClient(replace(geodes_config, retry_backoff=0.01)) as client:
        yield client


def identifiers(result):
    return [record.identifier for record in result.records]


def test_one_tile_sends_the_documented_body(fake_geodes, client):
    product = fake_geodes.add_product(tile="T31TCH", acquired=datetime(2024, 1, 15, 10, 0, tzinfo=timezone.utc))
    result = client.search("L2A", tiles=["31tch"], start=date(2024, 1, 1), end=date(2024, 1, 31), max_cloud=30)
    assert identifiers(result) == [product.identifier]
    assert (result.matched, result.warnings) == (1, [])
    (body,) = fake_geodes.search_bodies
    assert body == {
        "collections": [L2A],
        "query": {
            "grid:code": {"eq": "T31TCH"},
            "end_datetime": {"gte": "2024-01-01T00:00:00Z"},
            "start_datetime": {"lte": "2024-01-31T23:59:59Z"},
            "eo:cloud_cover": {"lte": 30},
            "latest": {"eq": True},
        },
        "sortBy": [{"field": "start_datetime", "direction": "asc"}],
        "page": 1,
        "limit": 80,
    }


def test_every_page_is_read(fake_geodes, client):
    products = fake_geodes.add_products(170)
    percents = []
    result = client.search("L2A", tiles=["T31TCH"], progress=percents.append)
    assert identifiers(result) == [product.identifier for product in products]
    assert result.matched == 170
    assert [body["page"] for body in fake_geodes.search_bodies] == [1, 2, 3]
    assert all(body["limit"] <= 80 for body in fake_geodes.search_bodies)
    assert percents[-1] == 100.0 and percents == sorted(percents)


def test_the_cap_stops_reading_and_says_so(fake_geodes, client):
    fake_geodes.add_products(170)
    result = client.search("L2A", tiles=["T31TCH"], max_records=100)
    assert len(result.records) == 100
    assert result.matched == 170
    assert len(fake_geodes.search_bodies) == 2
    assert any("first 100 of 170" in warning for warning in result.warnings)


def test_one_query_per_tile_and_a_warning_for_an_empty_tile(fake_geodes, client):
    first = fake_geodes.add_product(tile="T31TCH")
    second = fake_geodes.add_product(tile="T32TLS")
    result = client.search("L2A", tiles=["T31TCH", "T32TLS", "T99ZZZ"])
    assert sorted(identifiers(result)) == sorted([first.identifier, second.identifier])
    assert [body["query"]["grid:code"] for body in fake_geodes.search_bodies] == [
        {"eq": "T31TCH"}, {"eq": "T32TLS"}, {"eq": "T99ZZZ"}]
    (warning,) = result.warnings
    assert "T99ZZZ" in warning and "Theia may also not produce this tile" in warning


def test_filters_reach_the_catalogue(fake_geodes, client):
    january = datetime(2024, 1, 10, tzinfo=timezone.utc)
    clear = fake_geodes.add_product(acquired=january, cloud_cover=5, platform="S2A")
    fake_geodes.add_product(acquired=january.replace(day=11), cloud_cover=80, platform="S2A")
    fake_geodes.add_product(acquired=january.replace(day=12), cloud_cover=5, platform="S2B")
    fake_geodes.add_product(acquired=january.replace(month=3), cloud_cover=5, platform="S2A")
    result = client.search("L2A", start="2024-01-01", end="2024-01-31", max_cloud=20, platform="s2a")
    assert identifiers(result) == [clear.identifier]


def test_latest_only_hides_older_versions(fake_geodes, client):
    old = fake_geodes.add_product(version="2-2", latest=False)
    new = fake_geodes.add_product(version="4-0", latest=True)
    assert identifiers(client.search("L2A")) == [new.identifier]
    assert sorted(identifiers(client.search("L2A", latest_only=False))) == sorted([old.identifier, new.identifier])


def test_area_searches_by_bbox_and_geometry(fake_geodes, client):
    alps = fake_geodes.add_product(tile="T32TLR", bbox=(6.0, 44.0, 7.4, 45.0))
    fake_geodes.add_product(tile="T31TCH", bbox=(0.5, 42.3, 1.9, 43.4))
    assert identifiers(client.search("L2A", bbox=(6.5, 44.5, 6.6, 44.6))) == [alps.identifier]
    polygon = {"type": "Polygon", "coordinates": [[[6.5, 44.5], [6.6, 44.5], [6.6, 44.6], [6.5, 44.5]]]}
    assert identifiers(client.search("L2A", geometry=polygon)) == [alps.identifier]
    assert fake_geodes.search_bodies[-1]["intersects"] == polygon


def test_the_collection_key_chooses_the_collection(fake_geodes, client):
    fake_geodes.add_product(collection="L2A")
    snow = fake_geodes.add_product(collection="SNOW", tile="T32TLS")
    result = client.search("SNOW")
    assert identifiers(result) == [snow.identifier]
    assert result.records[0].collection == SNOW
    assert "L2B-SNOW" in snow.identifier


def test_a_broken_feature_is_skipped_with_a_warning(fake_geodes, client):
    good = fake_geodes.add_product()

    def without_identifier(feature):
        feature["properties"].pop("identifier")
        feature.pop("id")
        return feature

    fake_geodes.add_product(acquired=datetime(2024, 2, 1, tzinfo=timezone.utc), mangle=without_identifier)
    result = client.search("L2A")
    assert identifiers(result) == [good.identifier]
    assert any("skipped" in warning for warning in result.warnings)


def test_a_server_error_is_retried(fake_geodes, client):
    product = fake_geodes.add_product()
    fake_geodes.inject(SEARCH_PATH, Fault.http_status(503, times=2))
    assert identifiers(client.search("L2A")) == [product.identifier]
    assert len(fake_geodes.search_bodies) == 3


def test_a_lasting_server_error_becomes_a_catalogue_error(fake_geodes, client):
    fake_geodes.inject(SEARCH_PATH, Fault.http_status(500, times=None))
    with pytest.raises(CatalogueError, match="did not answer the search \\(HTTP 500\\): try again later"):
        client.search("L2A")


def test_a_refused_query_is_not_retried(geodes_config):
    with FakeGeodes(max_limit=50) as strict:
        with GeodesClient(replace(geodes_config, base_url=strict.url)) as client:
            with pytest.raises(CatalogueError, match="refused the search \\(HTTP 400\\)"):
                client.search("L2A")
        assert len(strict.search_bodies) == 1


def test_an_unreachable_catalogue_says_so(geodes_config):
    config = replace(geodes_config, base_url="http://127.0.0.1:9", retry_backoff=0.01, connect_timeout=1)
    with pytest.raises(CatalogueError, match="did not answer the search.*proxy settings"):
        with GeodesClient(config) as client:
            client.search("L2A")


@pytest.mark.parametrize("fault", [Fault.http_status(403, times=None), Fault.redirect_loop()])
def test_a_refused_key_is_reported_without_the_key(fake_geodes, client, caplog, fault):
    fake_geodes.inject(SEARCH_PATH, fault)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ApiKeyRefusedError) as raised:
        client.search("L2A")
    message = str(raised.value)
    assert "API key was refused" in message and "geodes-portal.cnes.fr" in message
    assert fake_geodes.api_key not in message
    assert fake_geodes.api_key not in caplog.text
    assert len(fake_geodes.search_bodies) <= 1 + 5  # no endless retries (5 redirects at most)


def test_availability_of_online_and_offline_products(fake_geodes, client):
    fake_geodes.add_product(online=True)
    offline = fake_geodes.add_product(online=False, acquired=datetime(2024, 2, 1, tzinfo=timezone.utc))
    records = client.search("L2A").records
    fake_geodes.set_online(offline, True)  # staged since the search
    availability = client.check_availability(records)
    assert availability == {record.identifier: True for record in records}
    fake_geodes.set_online(offline, False)
    assert client.check_availability(records)[offline.identifier] is False


def test_odd_availability_answers_are_ignored(fake_geodes, client, monkeypatch):
    fake_geodes.add_product()
    records = client.search("L2A").records
    odd = {"products": ["text", {"id": None}, {"id": "x", "files": "no"}, {"id": "y", "files": [3, {}]}]}
    monkeypatch.setattr(client, "_post_json", lambda url, body: odd)
    assert client.check_availability(records) == {}


def test_cancel_stops_the_search(fake_geodes, client):
    fake_geodes.add_products(3)
    with pytest.raises(CancelledError):
        client.search("L2A", is_cancelled=lambda: True)


def test_the_fake_refuses_pages_over_80(fake_geodes):
    answer = requests.post(fake_geodes.url + SEARCH_PATH, json={"limit": 81})
    assert answer.status_code == 400


def test_search_works_without_a_key(fake_geodes, geodes_config):
    product = fake_geodes.add_product()
    with make_session(api_key=None) as session:
        assert identifiers(GeodesClient(geodes_config, session).search("L2A")) == [product.identifier]
    assert "X-API-Key" not in fake_geodes.requests[-1].headers


def test_cancel_interrupts_the_wait_before_a_retry(fake_geodes, client):
    fake_geodes.inject(SEARCH_PATH, Fault.throttle(retry_after=60))
    started = time.monotonic()
    with pytest.raises(CancelledError):
        client.search("L2A", is_cancelled=lambda: len(fake_geodes.search_bodies) > 0)
    assert time.monotonic() - started < 5 and len(fake_geodes.search_bodies) == 1


def test_throttled_searches_wait_as_asked(fake_geodes, client):
    product = fake_geodes.add_product()
    fake_geodes.inject(SEARCH_PATH, Fault.throttle(retry_after=1))
    started = time.monotonic()
    assert identifiers(client.search("L2A")) == [product.identifier]
    assert time.monotonic() - started >= 0.9 and len(fake_geodes.search_bodies) == 2
