"""The GEODES API key, kept encrypted in the QGIS authentication database.

The key is one auth configuration: method "APIHeader" (an ``X-API-Key``
header, QGIS 3.26 and later) where QGIS has it, else "Basic" with the key as
its password (QGIS 3.22 has no header method). Only the configuration id is
saved in the plugin settings. ``GEODES_API_KEY`` in the environment wins, so
that scripts and ``qgis_process`` need no authentication database.

Nothing here logs or returns the key in a message.
"""

import logging
import os

from qgis.core import QgsApplication, QgsAuthMethodConfig

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.geodes.config import ENV_API_KEY
from snow_plugin.core.geodes.http import API_KEY_HEADER
from snow_plugin.core.i18n import tr
from snow_plugin.toolbelt.preferences import load_settings, save_settings

LOGGER = logging.getLogger("snow_plugin")
AUTH_CONFIG_NAME = "Theia Snow: GEODES API key"
HEADER_METHOD = "APIHeader"
BASIC_METHOD = "Basic"
BASIC_USER = "geodes-api-key"


class CredentialsError(SnowPluginError):
    """The authentication database cannot keep or give the key."""


def store_key_config(key, config_id, name):
    """Store ``key`` as the auth configuration ``config_id`` (a new one when
    it is not stored) named ``name``; return its id. Shared by every
    catalogue's key (GEODES here, hydroweb.next in hydroweb_credentials)."""
    key = (key or "").strip()
    if not key:
        raise CredentialsError(tr("The API key is empty."))
    manager = _manager()
    config = QgsAuthMethodConfig()
    existing = config_id if _is_stored(manager, config_id) else ""
    if existing:
        config.setId(existing)
    config.setName(name)
    method = _preferred_method(manager)
    config.setMethod(method)
    if method == HEADER_METHOD:
        config.setConfigMap({API_KEY_HEADER: key})
    else:
        config.setConfigMap({"username": BASIC_USER, "password": key})
    stored = manager.updateAuthenticationConfig(config) if existing else manager.storeAuthenticationConfig(config)
    if not stored or not config.id():
        raise CredentialsError(
            tr(
                "The API key could not be stored in the QGIS authentication database: "
                "check that its master password is set (Settings > Options > Authentication)."
            )
        )
    LOGGER.info("%s is stored in the QGIS authentication database (%s).", name, config.id())
    return config.id()


def key_of_config(config_id):
    """The key kept in the auth configuration ``config_id``, or None (main thread)."""
    config = load_auth_config(config_id) if config_id else None
    if config is None:
        return None
    key = config.config(API_KEY_HEADER) if config.method() == HEADER_METHOD else config.config("password")
    return key.strip() or None


def remove_key_config(config_id):
    """Remove the auth configuration ``config_id`` when it is stored."""
    manager = QgsApplication.authManager()
    if _is_stored(manager, config_id) and not manager.removeAuthenticationConfig(config_id):
        raise CredentialsError(tr("The API key could not be removed from the QGIS authentication database."))


def is_key_stored(config_id):
    """Whether ``config_id`` is stored, without decrypting it (no master password asked)."""
    return _is_stored(QgsApplication.authManager(), config_id)


def store_api_key(key):
    """Store the GEODES ``key`` (replacing a stored one); return the auth configuration id."""
    settings = load_settings()
    config_id = store_key_config(key, settings.auth_config_id, AUTH_CONFIG_NAME)
    if config_id != settings.auth_config_id:
        settings.auth_config_id = config_id
        save_settings(settings)
    return config_id


def read_api_key():
    """The key from ``GEODES_API_KEY``, else from the authentication database, else None.

    Reading the database may ask for its master password once per session:
    call this on the main thread.
    """
    from_environment = os.environ.get(ENV_API_KEY, "").strip()
    if from_environment:
        return from_environment
    config_id = load_settings().auth_config_id
    key = key_of_config(config_id)
    if key is None and config_id:
        LOGGER.warning("The QGIS authentication database did not give the GEODES API key (%s).", config_id)
    return key


def load_auth_config(config_id):
    """The decrypted authentication configuration ``config_id``, or None.

    May ask for the master password once per session: main thread only.
    """
    manager = QgsApplication.authManager()
    if not _is_stored(manager, config_id):
        return None
    config = QgsAuthMethodConfig()
    # Some QGIS versions return only a bool, others (bool, config).
    answer = manager.loadAuthenticationConfig(config_id, config, True)
    loaded = answer[0] if isinstance(answer, tuple) else answer
    return config if loaded and config.isValid(True) else None


def has_stored_api_key():
    """Whether a GEODES key is stored, without decrypting it."""
    return is_key_stored(load_settings().auth_config_id)


def clear_api_key():
    """Remove the stored GEODES key and forget its configuration id."""
    settings = load_settings()
    remove_key_config(settings.auth_config_id)
    settings.auth_config_id = ""
    save_settings(settings)


def _is_stored(manager, config_id):
    return bool(config_id) and not manager.isDisabled() and config_id in manager.configIds()


def _manager():
    manager = QgsApplication.authManager()
    if manager.isDisabled():
        raise CredentialsError(
            tr("The QGIS authentication database is not available ({reason}).").format(
                reason=manager.disabledMessage()
            )
        )
    return manager


def _preferred_method(manager):
    return HEADER_METHOD if HEADER_METHOD in manager.authMethodsKeys() else BASIC_METHOD
