"""The results table of the search dock: one row per catalogue record with
its download status; the first cell keeps the product identifier."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel

from snow_plugin.core.i18n import tr

MEGABYTE = 1024 * 1024
IDENTIFIER_ROLE = Qt.ItemDataRole.UserRole
DATE_COLUMN, STATUS_COLUMN = 0, 1


class ProductTableModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(0, 8, parent)
        self.setHorizontalHeaderLabels([tr("Date"), tr("Status"), tr("Tile"), tr("Cloud %"), tr("Snow %"),
                                        tr("Size (MB)"), tr("Online"), tr("Identifier")])

    def show_records(self, records, downloaded=()):
        """Replace the rows by ``records``; those whose identifier is in ``downloaded`` say "done"."""
        self.removeRows(0, self.rowCount())
        for record in records:
            self.appendRow(_record_row(record, record.identifier in downloaded))

    def identifier(self, row):
        return self.item(row, DATE_COLUMN).data(IDENTIFIER_ROLE)

    def rows_of(self, identifiers):
        wanted = set(identifiers)
        return [row for row in range(self.rowCount()) if self.identifier(row) in wanted]

    def set_status(self, identifier, text, tooltip=""):
        for row in self.rows_of([identifier]):
            item = self.item(row, STATUS_COLUMN)
            item.setText(text)
            item.setToolTip(tooltip)


def _record_row(record, downloaded):
    """The cells of one record; numbers stay numbers so that columns sort."""
    size = round(record.size / MEGABYTE, 1) if record.size is not None else None
    online = {True: tr("yes"), False: tr("no")}.get(record.online, "?")
    values = (record.acquired.strftime("%Y-%m-%d %H:%M") if record.acquired else "",
              tr("done") if downloaded else "", record.tile or "", record.cloud_cover, record.snow_cover, size,
              online, record.identifier)
    row = []
    for value in values:
        item = QStandardItem()
        item.setData(value, Qt.ItemDataRole.DisplayRole)
        row.append(item)
    row[DATE_COLUMN].setData(record.identifier, IDENTIFIER_ROLE)
    return row
