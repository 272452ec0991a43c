"""The hydroweb.next API key, in the QGIS authentication database beside the
GEODES one (its own auth configuration, the same methods: see
credentials.py); its configuration id in ``theia_snow/hydroweb_auth_config_id``.
``HYDROWEB_API_KEY`` in the environment wins. Nothing here logs the key."""

import logging
import os

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from snow_plugin.core.geodes.http import API_KEY_HEADER, make_session
from snow_plugin.core.hydroweb.config import ENV_API_KEY, load_hydroweb_config
from snow_plugin.core.i18n import tr
from snow_plugin.toolbelt.credentials import (
    BASIC_USER,
    HEADER_METHOD,
    CredentialsError,
    _is_stored,
    _manager,
    _preferred_method,
    load_auth_config,
)
from snow_plugin.toolbelt.network import qgis_proxies
from snow_plugin.toolbelt.preferences import SETTINGS_PREFIX

LOGGER = logging.getLogger("snow_plugin")
AUTH_CONFIG_NAME = "Theia Snow: hydroweb.next API key"
SETTING = SETTINGS_PREFIX + "hydroweb_auth_config_id"


def _config_id():
    return str(QgsSettings().value(SETTING, "") or "")


def store_hydroweb_key(key):
    """Store ``key`` (replacing a stored one); return the auth configuration id."""
    key = (key or "").strip()
    if not key:
        raise CredentialsError(tr("The API key is empty."))
    manager = _manager()
    existing = _config_id() if _is_stored(manager, _config_id()) else ""
    config = QgsAuthMethodConfig()
    if existing:
        config.setId(existing)
    config.setName(AUTH_CONFIG_NAME)
    config.setMethod(_preferred_method(manager))
    if config.method() == HEADER_METHOD:
        config.setConfigMap({API_KEY_HEADER: key})
    else:
        config.setConfigMap({"username": BASIC_USER, "password": key})
    stored = manager.updateAuthenticationConfig(config) if existing else manager.storeAuthenticationConfig(config)
    if not stored or not config.id():
        raise CredentialsError(
            tr("The API key could not be stored in the QGIS authentication database: check that its master password is set (Settings > Options > Authentication).")
        )
    QgsSettings().setValue(SETTING, config.id())
    LOGGER.info("The hydroweb.next API key is stored in the QGIS authentication database (%s).", config.id())
    return config.id()


def read_hydroweb_key():
    """The key from ``HYDROWEB_API_KEY``, else from the authentication database, else None (main thread)."""
    from_environment = os.environ.get(ENV_API_KEY, "").strip()
    if from_environment:
        return from_environment
    config = load_auth_config(_config_id()) if _config_id() else None
    if config is None:
        return None
    key = config.config(API_KEY_HEADER) if config.method() == HEADER_METHOD else config.config("password")
    return key.strip() or None


def has_stored_hydroweb_key():
    return _is_stored(QgsApplication.authManager(), _config_id())


def clear_hydroweb_key():
    manager = QgsApplication.authManager()
    if _is_stored(manager, _config_id()) and not manager.removeAuthenticationConfig(_config_id()):
        raise CredentialsError(tr("The API key could not be removed from the QGIS authentication database."))
    QgsSettings().remove(SETTING)


def hydroweb_config_and_session():
    """The hydroweb.next configuration and a session with its key and the
    QGIS proxy (main thread: reading the key may ask for the master password)."""
    config = load_hydroweb_config()
    key = config.api_key or read_hydroweb_key()
    return config, make_session(key, qgis_proxies(config.base_url))
