"""The settings dialog saves what the user typed; the key goes to the QGIS
authentication database, never to the settings file."""

from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QDialog, QLineEdit

from snow_plugin.gui.settings_dialog import SettingsDialog
from snow_plugin.toolbelt.credentials import has_stored_api_key, read_api_key
from snow_plugin.toolbelt.preferences import load_settings
from tests.qgis.catalogue_fixtures import *  # noqa: F403

pytestmark = pytest.mark.timeout(20)
SECRET = "dialog-secret-key-93be1"


def test_accept_saves_settings_and_stores_the_key(auth_manager, clean_settings, tmp_path):
    dialog = SettingsDialog()
    assert dialog.api_key_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.remove_key_button.isEnabled()
    dialog.api_key_edit.setText(SECRET)
    dialog.geodes_url_edit.setText("https://mirror.example.org")
    dialog.dem_url_edit.setText("https://dem.example.org")
    assert dialog.l2a_collection_edit.placeholderText() == "THEIA_REFLECTANCE_SENTINEL2_L2A"
    dialog.l2a_collection_edit.setText("THEIA_REFLECTANCE_SENTINEL2_L2A_V2")
    dialog.download_folder_widget.setFilePath(str(tmp_path / "theia"))
    dialog.stall_timeout_spin.setValue(90)
    dialog.parallel_spin.setValue(2)
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    settings = load_settings()
    assert (settings.geodes_url, settings.dem_url) == ("https://mirror.example.org", "https://dem.example.org")
    assert (settings.l2a_collection, settings.snow_collection) == ("THEIA_REFLECTANCE_SENTINEL2_L2A_V2", "")
    assert settings.download_folder == str(tmp_path / "theia")
    assert (settings.stall_timeout, settings.max_parallel_downloads) == (90, 2)
    assert settings.auth_config_id in auth_manager.configIds()
    assert read_api_key() == SECRET
    QgsSettings().sync()
    assert SECRET not in Path(QgsSettings().fileName()).read_text(encoding="utf-8", errors="replace")


def test_remove_key(auth_manager, clean_settings):
    first = SettingsDialog()
    first.api_key_edit.setText(SECRET)
    first.accept()

    dialog = SettingsDialog()
    assert dialog.remove_key_button.isEnabled() and "stored" in dialog.key_status.text()
    assert dialog.api_key_edit.text() == ""  # a stored key is never shown back
    dialog.remove_key_button.click()
    assert has_stored_api_key()  # only once OK is pressed
    dialog.accept()
    assert not has_stored_api_key() and read_api_key() is None


def test_cancel_changes_nothing(auth_manager, clean_settings):
    dialog = SettingsDialog()
    dialog.geodes_url_edit.setText("https://elsewhere.example.org")
    dialog.api_key_edit.setText(SECRET)
    dialog.reject()
    assert load_settings().geodes_url == "" and read_api_key() is None
