"""The GEODES API key lives in the QGIS authentication database, encrypted;
the environment wins; the key never reaches the log or a settings file."""

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings

from snow_plugin.toolbelt.credentials import clear_api_key, has_stored_api_key, read_api_key, store_api_key
from snow_plugin.toolbelt.log_handler import install_log_handler, remove_log_handler
from snow_plugin.toolbelt.preferences import load_settings
from tests.qgis.catalogue_fixtures import *  # noqa: F403

pytestmark = pytest.mark.timeout(20)
SECRET = "geodes-secret-key-5f1c9a7e"


@pytest.fixture
def log_messages(qgis_app):
    messages = []

    def keep(message, tag, level):
        messages.append(message)

    handler = install_log_handler()  # the plugin routes the core's logging to the log panel
    QgsApplication.messageLog().messageReceived.connect(keep)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(keep)
    remove_log_handler(handler)


def test_store_read_clear(auth_manager, clean_settings):
    assert read_api_key() is None and not has_stored_api_key()
    config_id = store_api_key(SECRET)
    assert load_settings().auth_config_id == config_id
    assert config_id in auth_manager.configIds()
    assert has_stored_api_key()
    assert read_api_key() == SECRET

    assert store_api_key("  another-key  ") == config_id  # replaced in place, spaces dropped
    assert read_api_key() == "another-key"

    clear_api_key()
    assert read_api_key() is None
    assert config_id not in auth_manager.configIds()
    assert load_settings().auth_config_id == ""


def test_the_environment_wins(auth_manager, clean_settings, monkeypatch):
    store_api_key(SECRET)
    monkeypatch.setenv("GEODES_API_KEY", "from-the-environment")
    assert read_api_key() == "from-the-environment"


def test_an_empty_key_is_refused(auth_manager, clean_settings):
    from snow_plugin.toolbelt.credentials import CredentialsError

    with pytest.raises(CredentialsError):
        store_api_key("   ")


def test_the_key_is_never_in_the_log_nor_in_plain_files(auth_manager, clean_settings, log_messages):
    store_api_key(SECRET)
    assert read_api_key() == SECRET
    QgsSettings().sync()
    settings_file = Path(QgsSettings().fileName())
    auth_db = Path(auth_manager.authenticationDatabasePath())
    assert SECRET not in settings_file.read_text(encoding="utf-8", errors="replace")
    assert SECRET.encode() not in auth_db.read_bytes()  # stored encrypted
    clear_api_key()
    assert log_messages, "storing the key should say where it went"
    assert not [message for message in log_messages if SECRET in message]
