"""hydroweb.next, the second catalogue, against a fake speaking its protocol:
the key even for searching, STAC token paging, file-extension checksums
turned into the records the download queue verifies."""

import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from snow_plugin.core.errors import ApiKeyRefusedError, CatalogueError
from snow_plugin.core.geodes.download import Downloader
from snow_plugin.core.geodes.http import make_session
from snow_plugin.core.hydroweb.client import HydrowebClient
from snow_plugin.core.hydroweb.config import FSC, load_hydroweb_config
from tests.support.fake_geodes import Fault
from tests.support.fake_hydroweb import FSC_COLLECTION, HYDROWEB_SEARCH_PATH, FakeHydroweb


@pytest.fixture
def hydroweb():
    with FakeHydroweb() as fake:
        yield fake


def config_of(fake, **fields):
    return replace(load_hydroweb_config({"base_url": fake.url, "api_key": fake.api_key}), retry_backoff=0.01, **fields)


def season_of(fake, tiles=("T31TCH", "T31TGK"), days=150):
    """One FSC product every 5 days per tile from 1 November 2023."""
    first = datetime(2023, 11, 1, 10, 34, 21, tzinfo=timezone.utc)
    return [fake.add_fsc_product(tile=tile, acquired=first + timedelta(days=day))
            for tile in tiles for day in range(0, days, 5)]


def test_configuration_from_resources_and_environment(monkeypatch):
    config = load_hydroweb_config()
    assert config.search_url == "https://hydroweb.next.theia-land.fr/api/v1/rs-catalog/stac/search"
    assert config.collection_id(FSC) == "LIS_FSC_PREOP" and config.api_key is None
    monkeypatch.setenv("THEIA_SNOW_HYDROWEB_URL", "http://127.0.0.1:1234/api/v1/rs-catalog/stac/search")
    monkeypatch.setenv("HYDROWEB_API_KEY", "from-env")
    config = load_hydroweb_config()
    assert config.search_url == "http://127.0.0.1:1234/api/v1/rs-catalog/stac/search" and config.api_key == "from-env"


def test_no_key_no_request(hydroweb):
    with pytest.raises(CatalogueError, match="API key"):
        HydrowebClient(replace(config_of(hydroweb), api_key=None))
    assert hydroweb.requests == []


def test_wrong_key_is_refused(hydroweb):
    season_of(hydroweb, days=10)
    with HydrowebClient(replace(config_of(hydroweb), api_key="wrong")) as client:
        with pytest.raises(ApiKeyRefusedError):
            client.search(FSC, tiles=["T31TCH"])


def test_a_season_over_two_tiles_follows_the_token_pages(hydroweb):
    products = season_of(hydroweb)  # 30 per tile
    with HydrowebClient(config_of(hydroweb, page_limit=12)) as client:
        result = client.search(FSC, tiles=["T31TCH", "31TGK"], start=date(2023, 12, 1), end=date(2024, 2, 29))
    expected = [p for p in products if date(2023, 12, 1) <= p.acquired.date() <= date(2024, 2, 29)]
    assert sorted(r.identifier for r in result.records) == sorted(p.identifier for p in expected)
    assert result.matched == len(expected) == 38  # 19 dates a tile (1 Dec to 29 Feb, every 5 days)
    by_id = {p.identifier: p for p in products}
    for record in result.records:
        product = by_id[record.identifier]
        assert (record.tile, record.md5, record.size) == (product.tile, product.md5, len(product.payload))
        assert record.acquired == product.acquired and record.collection == FSC_COLLECTION
    bodies = hydroweb.search_bodies
    assert all("page" not in body and "latest" not in body["query"] for body in bodies)
    assert sum("token" in body for body in bodies) == len(bodies) - 2  # 2 tiles: 2 first pages
    assert all(body["collections"] == ["LIS_FSC_PREOP"] and body["limit"] == 12 for body in bodies)


def test_area_search_and_a_server_error_retried(hydroweb):
    season_of(hydroweb, tiles=("T31TCH",), days=20)
    hydroweb.inject(HYDROWEB_SEARCH_PATH, Fault.http_status(503))
    with HydrowebClient(config_of(hydroweb)) as client:
        result = client.search(FSC, bbox=(1.0, 42.5, 1.5, 43.0))
    assert len(result.records) == 4
    assert hydroweb.search_bodies[-1]["bbox"] == [1.0, 42.5, 1.5, 43.0]
    with HydrowebClient(config_of(hydroweb)) as client:
        assert client.search(FSC, bbox=(20.0, 60.0, 21.0, 61.0)).records == []


def test_download_keeps_the_guarantees(hydroweb, tmp_path):
    good, bad = season_of(hydroweb, tiles=("T31TCH",), days=10)
    bad.announced_md5 = "0" * 32
    config = config_of(hydroweb)
    with HydrowebClient(config) as client:
        records = {r.identifier: r for r in client.search(FSC, tiles=["T31TCH"]).records}
    session = make_session(config.api_key)
    downloader = Downloader(session, config, max_tries=2, backoff=0.01)
    outcome = downloader.download(records[good.identifier], tmp_path)
    assert outcome.status == "downloaded"
    with zipfile.ZipFile(outcome.path) as archive:
        assert f"{good.identifier}/{good.identifier}.tif" in archive.namelist()
    failed = downloader.download(records[bad.identifier], tmp_path)
    assert failed.status == "failed"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".zip") == [good.identifier + ".zip"]
    session.close()
