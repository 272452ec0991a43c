"""QGIS network settings for the ``requests`` sessions of the core.

``requests`` ignores the proxy configured in QGIS (Settings > Options >
Network) unless told: it is read here from QgsSettings, the same keys
QgsNetworkAccessManager reads, with the excluded URLs honoured.
"""

import os
from dataclasses import replace
from urllib.parse import quote

from qgis.core import QgsSettings

from snow_plugin.core.geodes.config import ENV_BASE_URL, ENV_DEM_URL, load_config
from snow_plugin.core.geodes.http import make_session
from snow_plugin.toolbelt.credentials import load_auth_config, read_api_key
from snow_plugin.toolbelt.preferences import load_settings

HTTP_PROXY_TYPES = ("HttpProxy", "HttpCachingProxy")
SOCKS_PROXY_TYPES = ("Socks5Proxy",)


def qgis_proxies(url=None):
    """``{"http": ..., "https": ...}`` for ``requests``, or None for no proxy.

    None also when the proxy is off, when QGIS uses the system proxy
    ("DefaultProxy": ``requests`` reads the same environment variables), and
    when ``url`` starts with one of the excluded URLs.
    """
    settings = QgsSettings()
    if not _bool(settings.value("proxy/proxyEnabled", False)):
        return None
    kind = str(settings.value("proxy/proxyType", "DefaultProxy") or "DefaultProxy")
    host = str(settings.value("proxy/proxyHost", "") or "").strip()
    if kind not in HTTP_PROXY_TYPES + SOCKS_PROXY_TYPES or not host:
        return None
    if url and any(url.startswith(prefix) for prefix in _excluded_urls(settings)):
        return None
    scheme = "socks5h" if kind in SOCKS_PROXY_TYPES else "http"
    port = str(settings.value("proxy/proxyPort", "") or "").strip()
    user, password = _proxy_credentials(settings)
    credentials = "{}:{}@".format(quote(user, safe=""), quote(password, safe="")) if user else ""
    address = "{}://{}{}{}".format(scheme, credentials, host, ":" + port if port else "")
    return {"http": address, "https": address}


def catalogue_config(settings=None, api_key=None):
    """The catalogue configuration: resources/geodes.json, then the plugin
    settings, then the environment variables (which win, so that scripts and
    tests can point anywhere)."""
    settings = settings or load_settings()
    overrides = {"base_url": settings.geodes_url or None, "dem_url": settings.dem_url or None, "api_key": api_key}
    for key, variable in (("base_url", ENV_BASE_URL), ("dem_url", ENV_DEM_URL)):
        if os.environ.get(variable, "").strip():
            overrides[key] = None
    config = load_config(overrides)
    renamed = {"L2A": settings.l2a_collection.strip(), "SNOW": settings.snow_collection.strip()}
    renamed = {key: collection for key, collection in renamed.items() if collection}
    return replace(config, collections=dict(config.collections, **renamed)) if renamed else config


def catalogue_session(with_key=True, config=None):
    """A ``requests`` session for GEODES with the API key (when asked and
    known) and the QGIS proxy. Call it on the main thread: reading the key
    may ask for the master password of the authentication database."""
    config = config or catalogue_config()
    api_key = (config.api_key or read_api_key()) if with_key else None
    return make_session(api_key, qgis_proxies(config.base_url))


def public_session(url):
    """A session without any key (the public DEM bucket) using the QGIS proxy."""
    return make_session(None, qgis_proxies(url))


def _excluded_urls(settings):
    value = settings.value("proxy/proxyExcludedUrls", [])
    # Older profiles store one "|"-separated string, newer ones a list.
    items = value.split("|") if isinstance(value, str) else list(value or [])
    return [str(item).strip() for item in items if str(item).strip()]


def _proxy_credentials(settings):
    config = load_auth_config(str(settings.value("proxy/authcfg", "") or ""))
    if config is not None and config.config("username"):
        return config.config("username"), config.config("password")
    return (
        str(settings.value("proxy/proxyUser", "") or ""),
        str(settings.value("proxy/proxyPassword", "") or ""),
    )


def _bool(value):
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
