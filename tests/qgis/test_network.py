"""The QGIS proxy settings reach the requests sessions of the catalogue,
and settings, environment and defaults combine in the right order."""

import pytest
from qgis.core import QgsSettings

from snow_plugin.toolbelt.network import catalogue_config, catalogue_session, public_session, qgis_proxies
from snow_plugin.toolbelt.preferences import load_settings, save_settings
from tests.qgis.catalogue_fixtures import *  # noqa: F403
from tests.qgis.catalogue_fixtures import RecordingFeedback, run

pytestmark = pytest.mark.timeout(20)


def set_proxy(kind="HttpProxy", host="proxy.example.org", port="3128", user="", password="", excluded=None):
    settings = QgsSettings()
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", kind)
    settings.setValue("proxy/proxyHost", host)
    settings.setValue("proxy/proxyPort", port)
    settings.setValue("proxy/proxyUser", user)
    settings.setValue("proxy/proxyPassword", password)
    if excluded is not None:
        settings.setValue("proxy/proxyExcludedUrls", excluded)


def test_http_proxy_with_credentials_reaches_the_session(clean_settings):
    set_proxy(user="me", password="p@ss:word")
    expected = "http://me:p%40ss%3Aword@proxy.example.org:3128"
    assert qgis_proxies() == {"http": expected, "https": expected}
    assert catalogue_session(with_key=False).proxies == {"http": expected, "https": expected}
    assert public_session("https://copernicus-dem-30m.s3.amazonaws.com").proxies["https"] == expected


def test_no_proxy_when_off_or_system_default(clean_settings):
    assert qgis_proxies() is None
    set_proxy(kind="DefaultProxy")  # QGIS then uses the system proxy, which requests reads itself
    assert qgis_proxies() is None
    assert catalogue_session(with_key=False).proxies == {}


def test_socks_proxy(clean_settings):
    set_proxy(kind="Socks5Proxy", port="1080")
    assert qgis_proxies()["https"] == "socks5h://proxy.example.org:1080"


@pytest.mark.parametrize("excluded", ["http://intranet.local|https://geodes-portal.cnes.fr", ["https://geodes-portal.cnes.fr"]])
def test_excluded_urls_bypass_the_proxy(clean_settings, excluded):
    set_proxy(excluded=excluded)
    assert qgis_proxies("https://geodes-portal.cnes.fr/api/stac/search") is None
    assert qgis_proxies("https://copernicus-dem-30m.s3.amazonaws.com") is not None
    assert catalogue_session(with_key=False).proxies == {}


def test_settings_then_environment(clean_settings, monkeypatch):
    assert catalogue_config().base_url == "https://geodes-portal.cnes.fr"
    settings = load_settings()
    settings.geodes_url = "https://mirror.example.org/api/"
    settings.dem_url = "https://dem.example.org/"
    save_settings(settings)
    config = catalogue_config()
    assert (config.base_url, config.dem_url) == ("https://mirror.example.org", "https://dem.example.org")
    monkeypatch.setenv("THEIA_SNOW_GEODES_URL", "http://127.0.0.1:1")
    assert catalogue_config().base_url == "http://127.0.0.1:1"
    assert catalogue_config().dem_url == "https://dem.example.org"


def test_renamed_collections_from_the_settings(clean_settings):
    settings = load_settings()
    settings.snow_collection = " THEIA_SNOW_SENTINEL2_L2B_V2 "
    save_settings(settings)
    config = catalogue_config()
    assert config.collection_id("SNOW") == "THEIA_SNOW_SENTINEL2_L2B_V2"
    assert config.collection_id("L2A") == "THEIA_REFLECTANCE_SENTINEL2_L2A"  # empty: the resource file's id


def test_a_search_goes_through_the_qgis_proxy(fake_geodes, clean_settings, snow_provider, monkeypatch):
    """GEODES at an address that does not resolve: only the proxy (the fake) can answer."""
    fake_geodes.add_product(tile="T31TCH")
    monkeypatch.setenv("THEIA_SNOW_GEODES_URL", "http://geodes.invalid")
    host, port = fake_geodes.url.rsplit("/", 1)[1].split(":")
    set_proxy(host=host, port=port)
    results = run("theiasnow:search", {"TILES": "T31TCH", "OUTPUT": "TEMPORARY_OUTPUT"}, RecordingFeedback())
    assert results["COUNT"] == 1
    assert fake_geodes.search_bodies


def test_proxy_credentials_from_the_authentication_database(auth_manager, clean_settings):
    from qgis.core import QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    config.setName("test proxy")
    config.setMethod("Basic")
    config.setConfigMap({"username": "alice", "password": "s3cret/"})
    assert auth_manager.storeAuthenticationConfig(config)
    try:
        set_proxy(user="ignored", password="ignored")
        QgsSettings().setValue("proxy/authcfg", config.id())
        assert qgis_proxies()["https"] == "http://alice:s3cret%2F@proxy.example.org:3128"
    finally:
        auth_manager.removeAuthenticationConfig(config.id())
