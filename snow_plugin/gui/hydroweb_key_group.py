"""The hydroweb.next part of the settings dialog: its API key (needed even to
search the LIS >= 1.7 FSC products), kept in the QGIS authentication database."""

from qgis.PyQt.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from snow_plugin.core.i18n import tr
from snow_plugin.toolbelt.hydroweb_credentials import clear_hydroweb_key, has_stored_hydroweb_key, store_hydroweb_key

HYDROWEB_PORTAL = "https://hydroweb.next.theia-land.fr"


class HydrowebKeyGroup(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(tr("hydroweb.next catalogue (Theia Snow FSC, LIS >= 1.7)"), parent)
        self._remove_key = False
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remove_button = QPushButton(tr("Remove key"))
        self.remove_button.clicked.connect(self._ask_removal)
        self.status = QLabel()
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.key_edit)
        row.addWidget(self.remove_button)
        form.addRow(tr("API key"), row)
        form.addRow("", self.status)
        how_to = QLabel(tr("hydroweb.next needs its own key, even to search: log in to <a href=\"{url}\">hydroweb.next</a>, generate an API key in your user settings and paste it here. It is stored encrypted in the QGIS authentication database.").format(url=HYDROWEB_PORTAL))
        how_to.setWordWrap(True)
        how_to.setOpenExternalLinks(True)
        form.addRow("", how_to)
        self._show_status()

    def _ask_removal(self):
        self._remove_key = True
        self.key_edit.clear()
        self._show_status()

    def _show_status(self):
        stored = has_stored_hydroweb_key()
        if self._remove_key:
            text = tr("The stored key will be removed when you press OK.")
        elif stored:
            text = tr("A key is stored. Type a new one to replace it.")
        else:
            text = tr("No key is stored.")
        self.status.setText(text)
        self.remove_button.setEnabled(stored and not self._remove_key)

    def save(self):
        """Store the typed key, or remove the stored one when asked (CredentialsError on failure)."""
        key = self.key_edit.text().strip()
        if key:
            store_hydroweb_key(key)
            self.key_edit.clear()
        elif self._remove_key:
            clear_hydroweb_key()
