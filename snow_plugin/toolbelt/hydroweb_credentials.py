"""The hydroweb.next API key, in the QGIS authentication database beside the
GEODES one (its own auth configuration, the same methods: see
credentials.py); its configuration id in ``theia_snow/hydroweb_auth_config_id``.
``HYDROWEB_API_KEY`` in the environment wins. Nothing here logs the key."""

import os

from qgis.core import QgsSettings

from snow_plugin.core.geodes.http import make_session
from snow_plugin.core.hydroweb.config import ENV_API_KEY, load_hydroweb_config
from snow_plugin.toolbelt.credentials import is_key_stored, key_of_config, remove_key_config, store_key_config
from snow_plugin.toolbelt.network import qgis_proxies
from snow_plugin.toolbelt.preferences import SETTINGS_PREFIX

AUTH_CONFIG_NAME = "Theia Snow: hydroweb.next API key"
SETTING = SETTINGS_PREFIX + "hydroweb_auth_config_id"


def _config_id():
    return str(QgsSettings().value(SETTING, "") or "")


def store_hydroweb_key(key):
    """Store ``key`` (replacing a stored one); return the auth configuration id."""
    config_id = store_key_config(key, _config_id(), AUTH_CONFIG_NAME)
    QgsSettings().setValue(SETTING, config_id)
    return config_id


def read_hydroweb_key():
    """The key from ``HYDROWEB_API_KEY``, else from the authentication database, else None (main thread)."""
    return os.environ.get(ENV_API_KEY, "").strip() or key_of_config(_config_id())


def has_stored_hydroweb_key():
    return is_key_stored(_config_id())


def clear_hydroweb_key():
    remove_key_config(_config_id())
    QgsSettings().remove(SETTING)


def hydroweb_config_and_session():
    """The hydroweb.next configuration and a session with its key and the
    QGIS proxy (main thread: reading the key may ask for the master password)."""
    config = load_hydroweb_config()
    key = config.api_key or read_hydroweb_key()
    return config, make_session(key, qgis_proxies(config.base_url))
