"""The plugin settings dialog: GEODES API key, service addresses, download
folder and download behaviour. OK saves; the key goes to the QGIS
authentication database, never to the settings file."""

import json
import os

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.geodes.config import ENV_API_KEY, ENV_BASE_URL, ENV_DEM_URL, config_file_path
from snow_plugin.core.i18n import tr
from snow_plugin.gui.widgets import spin_box
from snow_plugin.gui.api_key_field import ApiKeyField
from snow_plugin.gui.hydroweb_key_group import HydrowebKeyGroup
from snow_plugin.toolbelt.credentials import clear_api_key, has_stored_api_key, store_api_key
from snow_plugin.toolbelt.preferences import load_settings, save_settings

GEODES_PORTAL = "https://geodes-portal.cnes.fr"


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Theia Snow settings"))
        self._settings = load_settings()
        defaults = _default_urls()

        self.geodes_key = ApiKeyField(has_stored_api_key, store_api_key, clear_api_key)
        self.api_key_edit = self.geodes_key.edit
        self.remove_key_button = self.geodes_key.remove_button
        self.key_status = self.geodes_key.status
        self.geodes_url_edit = QLineEdit(self._settings.geodes_url)
        self.geodes_url_edit.setPlaceholderText(defaults.get("base_url", ""))
        self.dem_url_edit = QLineEdit(self._settings.dem_url)
        self.dem_url_edit.setPlaceholderText(defaults.get("dem_url", ""))
        collections = defaults.get("collections") if isinstance(defaults.get("collections"), dict) else {}
        self.l2a_collection_edit = QLineEdit(self._settings.l2a_collection)
        self.l2a_collection_edit.setPlaceholderText(collections.get("L2A", ""))
        self.snow_collection_edit = QLineEdit(self._settings.snow_collection)
        self.snow_collection_edit.setPlaceholderText(collections.get("SNOW", ""))
        self.download_folder_widget = QgsFileWidget()
        self.download_folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.download_folder_widget.setFilePath(self._settings.download_folder)
        self.stall_timeout_spin = spin_box(5, 3600, self._settings.stall_timeout, tr(" s"))
        self.parallel_spin = spin_box(1, 8, self._settings.max_parallel_downloads)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._geodes_group())
        self.hydroweb_group = HydrowebKeyGroup(self)
        layout.addWidget(self.hydroweb_group)
        layout.addWidget(self._download_group())
        layout.addWidget(self.buttons)

    def _geodes_group(self):
        group = QGroupBox(tr("CNES GEODES catalogue"))
        form = QFormLayout(group)
        self.geodes_key.add_to(form)
        how_to = QLabel(
            tr(
                "Searching needs no key; downloading does. To get one, log in to "
                "<a href=\"{url}\">geodes-portal.cnes.fr</a>, open your user profile and "
                "generate an API key, then paste it here. It is stored encrypted in the "
                "QGIS authentication database (protected by its master password)."
            ).format(url=GEODES_PORTAL)
        )
        how_to.setWordWrap(True)
        how_to.setOpenExternalLinks(True)
        form.addRow("", how_to)
        form.addRow(tr("GEODES address"), self.geodes_url_edit)
        form.addRow(tr("Copernicus DEM address"), self.dem_url_edit)
        form.addRow(tr("Sentinel-2 L2A (surface reflectance)"), self.l2a_collection_edit)
        form.addRow(tr("Theia Snow (L2B)"), self.snow_collection_edit)
        overridden = [name for name in (ENV_API_KEY, ENV_BASE_URL, ENV_DEM_URL) if os.environ.get(name, "").strip()]
        if overridden:
            note = QLabel(
                tr("Set in the environment, these variables win over the values above: {names}.").format(
                    names=", ".join(overridden)
                )
            )
            note.setWordWrap(True)
            form.addRow("", note)
        return group

    def _download_group(self):
        group = QGroupBox(tr("Downloads"))
        form = QFormLayout(group)
        form.addRow(tr("Download folder"), self.download_folder_widget)
        form.addRow(tr("Retry a download after no data for"), self.stall_timeout_spin)
        form.addRow(tr("Simultaneous downloads"), self.parallel_spin)
        return group

    def accept(self):
        try:
            self._save()
        except SnowPluginError as error:
            QMessageBox.warning(self, tr("Theia Snow settings"), str(error))
            return
        super().accept()

    def _save(self):
        settings = load_settings()  # the auth id may have changed since the dialog opened
        settings.geodes_url = self.geodes_url_edit.text().strip()
        settings.dem_url = self.dem_url_edit.text().strip()
        settings.l2a_collection = self.l2a_collection_edit.text().strip()
        settings.snow_collection = self.snow_collection_edit.text().strip()
        settings.download_folder = self.download_folder_widget.filePath().strip() or settings.download_folder
        settings.stall_timeout = self.stall_timeout_spin.value()
        settings.max_parallel_downloads = self.parallel_spin.value()
        save_settings(settings)
        self.geodes_key.save()
        self.hydroweb_group.save()


def _default_urls():
    try:
        with open(config_file_path(), encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError):
        return {}
