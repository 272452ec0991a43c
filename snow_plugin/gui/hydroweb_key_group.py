"""The hydroweb.next part of the settings dialog: its API key (needed even to
search the LIS >= 1.7 FSC products), kept in the QGIS authentication database."""

from qgis.PyQt.QtWidgets import QFormLayout, QGroupBox, QLabel

from snow_plugin.core.i18n import tr
from snow_plugin.gui.api_key_field import ApiKeyField
from snow_plugin.toolbelt.hydroweb_credentials import clear_hydroweb_key, has_stored_hydroweb_key, store_hydroweb_key

HYDROWEB_PORTAL = "https://hydroweb.next.theia-land.fr"


class HydrowebKeyGroup(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(tr("hydroweb.next catalogue (Theia Snow FSC, LIS >= 1.7)"), parent)
        self.key = ApiKeyField(has_stored_hydroweb_key, store_hydroweb_key, clear_hydroweb_key)
        self.key_edit, self.remove_button, self.status = self.key.edit, self.key.remove_button, self.key.status
        form = QFormLayout(self)
        self.key.add_to(form)
        how_to = QLabel(tr("hydroweb.next needs its own key, even to search: log in to <a href=\"{url}\">hydroweb.next</a>, generate an API key in your user settings and paste it here. It is stored encrypted in the QGIS authentication database.").format(url=HYDROWEB_PORTAL))
        how_to.setWordWrap(True)
        how_to.setOpenExternalLinks(True)
        form.addRow("", how_to)

    def save(self):
        """Store the typed key, or remove the stored one when asked (CredentialsError on failure)."""
        self.key.save()
