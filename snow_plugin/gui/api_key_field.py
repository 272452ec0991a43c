"""An API key in the settings dialog: a hidden field, a Remove button and a
line saying whether a key is stored. The key lives in the QGIS
authentication database (toolbelt), never in the dialog: a stored key is
never shown back. Used for GEODES and hydroweb.next alike."""

from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from snow_plugin.core.i18n import tr


class ApiKeyField:
    """``has_stored()``, ``store(key)`` and ``clear()`` reach the stored key."""

    def __init__(self, has_stored, store, clear):
        self._has_stored, self._store, self._clear = has_stored, store, clear
        self._remove_key = False
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remove_button = QPushButton(tr("Remove key"))
        self.remove_button.clicked.connect(self._ask_removal)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.show_status()

    def add_to(self, form):
        """Add the key's rows to a QFormLayout."""
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(self.remove_button)
        form.addRow(tr("API key"), row)
        form.addRow("", self.status)

    def _ask_removal(self):
        self._remove_key = True
        self.edit.clear()
        self.show_status()

    def show_status(self):
        stored = self._has_stored()
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
        key = self.edit.text().strip()
        if key:
            self._store(key)
            self.edit.clear()
        elif self._remove_key:
            self._clear()
