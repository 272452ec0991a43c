"""The second catalogue in QGIS: theiasnow:search's "Theia Snow FSC
(LIS >= 1.7)" choice against the fake hydroweb.next, its key in the QGIS
authentication database (separate from the GEODES key)."""

from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from snow_plugin.core.hydroweb import config as hydroweb_config
from snow_plugin.toolbelt.credentials import read_api_key
from snow_plugin.toolbelt.hydroweb_credentials import (
    clear_hydroweb_key,
    has_stored_hydroweb_key,
    read_hydroweb_key,
    store_hydroweb_key,
)
from tests.qgis.catalogue_fixtures import *  # noqa: F403
from tests.qgis.catalogue_fixtures import run
from tests.support.fake_hydroweb import FakeHydroweb

pytestmark = pytest.mark.timeout(30)
FSC_CHOICE = 2


@pytest.fixture
def hydroweb(clean_settings, snow_provider, monkeypatch):
    monkeypatch.delenv(hydroweb_config.ENV_API_KEY, raising=False)
    with FakeHydroweb() as fake:
        monkeypatch.setenv(hydroweb_config.ENV_BASE_URL, fake.url)
        first = datetime(2023, 11, 1, 10, 34, 21, tzinfo=timezone.utc)
        for day in range(0, 200, 5):
            fake.add_fsc_product(tile="T31TCH", acquired=first + timedelta(days=day))
        yield fake


def test_key_kept_apart_from_the_geodes_key(auth_manager, clean_settings, monkeypatch):
    monkeypatch.delenv(hydroweb_config.ENV_API_KEY, raising=False)
    assert not has_stored_hydroweb_key()
    store_hydroweb_key("  hydroweb-secret  ")
    assert has_stored_hydroweb_key() and read_hydroweb_key() == "hydroweb-secret"
    assert read_api_key() is None  # the GEODES key is another one
    clear_hydroweb_key()
    assert read_hydroweb_key() is None


def test_a_season_of_fsc_products_with_the_stored_key(auth_manager, hydroweb, tmp_path):
    store_hydroweb_key(hydroweb.api_key)
    try:
        output = str(tmp_path / "fsc.gpkg")
        result = run("theiasnow:search", {"COLLECTION": FSC_CHOICE, "TILES": "T31TCH", "START_DATE": "2023-12-01",
                                          "END_DATE": "2024-04-30", "OUTPUT": output})
    finally:
        clear_hydroweb_key()
    layer = QgsVectorLayer(output, "found", "ogr")
    assert result["COUNT"] == layer.featureCount() == 31  # 1 Dec to 30 Apr, every 5 days from 1 Nov
    assert {feature["collection"] for feature in layer.getFeatures()} == {"LIS_FSC_PREOP"}
    assert all(feature["md5"] for feature in layer.getFeatures())
    assert all(body["query"]["grid:code"] == {"eq": "T31TCH"} for body in hydroweb.search_bodies)


def test_no_key_is_a_clear_error_and_nothing_is_asked(hydroweb, tmp_path):
    with pytest.raises(QgsProcessingException, match="API key"):
        run("theiasnow:search", {"COLLECTION": FSC_CHOICE, "TILES": "T31TCH", "OUTPUT": str(tmp_path / "x.gpkg")})
    assert hydroweb.requests == []


def test_settings_dialog_stores_and_removes_the_hydroweb_key(auth_manager, clean_settings, monkeypatch):
    from snow_plugin.gui.settings_dialog import SettingsDialog

    monkeypatch.delenv(hydroweb_config.ENV_API_KEY, raising=False)
    dialog = SettingsDialog()
    dialog.hydroweb_group.key_edit.setText("typed-hydroweb-key")
    dialog.accept()
    assert read_hydroweb_key() == "typed-hydroweb-key" and read_api_key() is None
    again = SettingsDialog()
    assert again.hydroweb_group.key_edit.text() == "" and again.hydroweb_group.remove_button.isEnabled()
    again.hydroweb_group.remove_button.click()
    again.accept()
    assert not has_stored_hydroweb_key()


def test_found_fsc_products_go_to_the_download_queue(auth_manager, hydroweb, tmp_path, monkeypatch):
    import zipfile

    monkeypatch.setenv(hydroweb_config.ENV_API_KEY, hydroweb.api_key)
    found = str(tmp_path / "fsc.gpkg")
    run("theiasnow:search", {"COLLECTION": FSC_CHOICE, "TILES": "T31TCH", "START_DATE": "2024-01-01",
                             "END_DATE": "2024-01-10", "OUTPUT": found})
    result = run("theiasnow:download", {"INPUT": found, "DESTINATION": str(tmp_path / "downloads")})
    assert (result["DOWNLOADED"], result["FAILED"]) == (2, 0)  # 5 and 10 January (every 5 days from 1 November)
    zips = sorted((tmp_path / "downloads").glob("*.zip"))
    assert [path.stem for path in zips] == ["LIS_S2-SNOW-FSC_T31TCH_20240105T103421_1.7.0_1",
                                            "LIS_S2-SNOW-FSC_T31TCH_20240110T103421_1.7.0_1"]
    for path in zips:
        assert zipfile.ZipFile(path).testzip() is None
    downloads = [r for r in hydroweb.requests if r.path.startswith("/api/download/")]
    assert len(downloads) == 2 and all(r.headers.get("X-API-Key") == hydroweb.api_key for r in downloads)


def test_a_basin_layer_is_searched_by_its_union(hydroweb, tmp_path, monkeypatch):
    from tests.qgis.test_snow_time_series import basin_layer as layer

    monkeypatch.setenv(hydroweb_config.ENV_API_KEY, hydroweb.api_key)

    # Two squares near 1.2° E, 42.8° N (UTM 31N), inside the products' footprint.
    west = "POLYGON ((351000 4740000, 353000 4740000, 353000 4742000, 351000 4742000, 351000 4740000))"
    east = "POLYGON ((360000 4745000, 362000 4745000, 362000 4747000, 360000 4747000, 360000 4745000))"
    output = str(tmp_path / "basin.gpkg")
    result = run("theiasnow:search", {"COLLECTION": FSC_CHOICE, "BASIN": layer(west, east), "START_DATE": "2024-01-01",
                                      "END_DATE": "2024-01-31", "OUTPUT": output})
    assert result["COUNT"] == 6  # 5, 10, ..., 30 January
    geometry = hydroweb.search_bodies[-1]["intersects"]
    longitudes = [point[0] for polygon in geometry["coordinates"] for point in polygon[0]]
    assert geometry["type"] == "MultiPolygon" and 1.0 < min(longitudes) < max(longitudes) < 1.5
    far = "POLYGON ((700000 5500000, 702000 5500000, 702000 5502000, 700000 5502000, 700000 5500000))"
    assert run("theiasnow:search", {"COLLECTION": FSC_CHOICE, "BASIN": layer(far),
                                    "OUTPUT": str(tmp_path / "far.gpkg")})["COUNT"] == 0
