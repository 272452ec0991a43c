"""The summary window of a snow detection run (ALGORITHM.md step 9): the key
figures of ``<product>_SNOW.json`` (with the fog rescue: the valley-fog banks
and what the rescue changed), its warnings, the elevation band table and its
plot (snow fraction per band, the snowline zs and the fog tops across), for
hydrologists. Opens after a run from the QGIS window and from the plugin menu."""

from datetime import datetime
from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication, QDialog, QFileDialog, QGridLayout, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from snow_plugin.core.product_names import OUTPUT_SUFFIXES
from snow_plugin.toolbelt.i18n import format_number, tr
from snow_plugin.core.summary import elevation_bands_csv, read_summary
from snow_plugin.gui.elevation_chart import ElevationBandChart
from snow_plugin.gui.result_windows import ExportButtons, show_over_qgis, show_result_file

WARNING_STYLE = "color: #b03a2e;"
SCENE_FIGURES = ("date", "tile", "snowline", "valley_fog")
DIALOG_WIDTH = 1200
_OPEN_DIALOGS = []  # non-modal windows without a parent need a Python reference


class SnowSummaryDialog(QDialog):
    def __init__(self, metadata, json_path, parent=None):
        super().__init__(parent)
        self.metadata = metadata
        self.json_path = Path(json_path)
        self.setWindowTitle(tr("Snow summary – {product}").format(product=metadata["product"]))
        self.figures = self._key_figures()
        # The product across, the scene below it on the left, its cover on the right:
        # the band plot gets the height.
        figures = QGridLayout()
        figures.addWidget(self.figures["product"][0], 0, 0)
        figures.addWidget(self.figures["product"][1], 0, 1, 1, 3)
        scene = [key for key in SCENE_FIGURES if key in self.figures]
        cover = [key for key in self.figures if key not in SCENE_FIGURES + ("product",)]
        for column, keys in enumerate((scene, cover)):
            for row, key in enumerate(keys, 1):
                figures.addWidget(self.figures[key][0], row, 2 * column)
                figures.addWidget(self.figures[key][1], row, 2 * column + 1)
            figures.setColumnStretch(2 * column + 1, 1)
        self.warnings = QLabel("\n".join("• " + warning for warning in metadata["warnings"]))
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)  # a path in a warning is no HTML
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setVisible(bool(metadata["warnings"]))
        fog_tops = [bank["top_elevation"] for bank in metadata.get("valley_fog", [])]
        self.chart = ElevationBandChart(metadata["elevation_bands"], metadata["snowline_elevation"], fog_tops)
        self.table = self._band_table()

        # The table and its plot side by side: both list the same bands.
        bands = QSplitter(Qt.Orientation.Horizontal)
        bands.addWidget(self.table)
        bands.addWidget(self.chart)
        # Every column of the table visible at first, the rest of the width for the chart.
        table_width = self.table.horizontalHeader().length() + self.table.verticalScrollBar().sizeHint().width() + 4
        bands.setSizes([table_width, max(DIALOG_WIDTH - table_width, self.chart.minimumWidth())])
        bands.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addWidget(self.warnings)
        layout.addWidget(bands, 1)
        layout.addWidget(self._buttons())
        self.resize(DIALOG_WIDTH, 720)

    def _key_figures(self):
        """label and value widgets by key, in display order."""
        meta = self.metadata
        if meta["snowline_elevation"] is None:
            snowline = tr("not found: pass 2 was skipped, the result is less reliable")
        else:
            snowline = format_number(meta["snowline_elevation"], 0, "m")
        rows = {
            "product": (tr("Product"), meta["product"]),
            "date": (tr("Date"), _acquisition_time(meta["acquired"])),
            "tile": (tr("Tile"), meta["tile"]),
            "snowline": (tr("Snowline elevation zs"), snowline),
            "snow": (tr("Snow"), format_number(meta["snow_percent"], 1, "%")),
            "cloud": (tr("Cloud"), format_number(meta["cloud_percent"], 1, "%")),
            "no_snow": (tr("No snow"), format_number(meta["no_snow_percent"], 1, "%")),
        }
        if meta.get("parameters", {}).get("fog_rescue"):
            rows.update(_rescue_rows(meta))
        rows["snow_area"] = (tr("Snow area"), format_number(meta["snow_area_km2"], 2, "km²"))
        figures = {key: (QLabel(label), QLabel(value)) for key, (label, value) in rows.items()}
        for _, value in figures.values():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        figures["product"][1].setStyleSheet("font-weight: bold;")
        if meta["snowline_elevation"] is None:
            figures["snowline"][1].setStyleSheet(WARNING_STYLE)
            figures["snowline"][1].setWordWrap(True)
        figures["snow"][0].setToolTip(tr("Percentages are of the valid pixels (not no data nor water)."))
        if "valley_fog" in figures:
            figures["valley_fog"][0].setToolTip(
                tr("Flat-topped fog banks found by the rescue on the DEM: how many, the top elevation of the largest and their total area.")
            )
        return figures

    def _band_table(self):
        # Short headers leave the width to the plot; the tooltip says what they count.
        headers = (tr("From (m)"), tr("To (m)"), tr("Pixels"), tr("Clear"), tr("Snow"), tr("Snow (%)"))
        bands = self.metadata["elevation_bands"]
        table = QTableWidget(len(bands), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setToolTip(
            tr("Pixels of each elevation band; clear: not under a cloud; snow (%): snow pixels in % of the clear pixels.")
        )
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for row, band in enumerate(bands):
            fraction = None if band["snow_fraction"] is None else 100 * band["snow_fraction"]
            values = (band["lower_m"], band["upper_m"], band["pixels"], band["clear_pixels"], band["snow_pixels"], fraction)
            for column, (value, decimals) in enumerate(zip(values, (0, 0, 0, 0, 0, 1))):
                item = QTableWidgetItem(format_number(value, decimals))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        return table

    def _buttons(self):
        buttons = ExportButtons(self)
        buttons.add_png_export(self.csv_path().with_suffix(".png"), self.export_chart)
        # Summaries of older runs have no CSV beside them: the button is then disabled.
        self.open_csv_button = buttons.add_open_csv(self.csv_path())
        buttons.add_copy_table(self.copy_table)
        return buttons

    def csv_path(self):
        name = self.json_path.name
        stem = name[: -len(OUTPUT_SUFFIXES["METADATA"])] if name.endswith(OUTPUT_SUFFIXES["METADATA"]) else self.json_path.stem
        return self.json_path.with_name(stem + OUTPUT_SUFFIXES["BANDS_CSV"])

    def copy_table(self):
        # Tab-separated: pastes into one cell per value in spreadsheets.
        QApplication.clipboard().setText(elevation_bands_csv(self.metadata, delimiter="\t"))

    def export_chart(self, path):
        """Save the chart as it is shown; False when the file cannot be written."""
        return self.chart.grab().save(str(path), "PNG")


def _rescue_rows(meta):
    """Rows of the fog rescue: the valley-fog banks and the pixels it turned to cloud."""
    if "rescue" not in meta:  # a summary written before the rescue told its two tests apart
        return {"fog": (tr("Fog rescued (counted as cloud)"), format_number(meta.get("fog_rescued_percent"), 1, "%"))}
    rescue = meta["rescue"]
    return {
        "valley_fog": (tr("Valley fog"), _valley_fog_text(meta)),
        "rescued_valley_fog": (
            tr("Rescue: valley fog turned to cloud"), _area_and_share(rescue["valley_fog_km2"], rescue["valley_fog_percent"])
        ),
        "rescued_spectral": (
            tr("Rescue: cloud or fog of the spectral test"), _area_and_share(rescue["spectral_km2"], rescue["spectral_percent"])
        ),
    }


def _valley_fog_text(meta):
    banks = meta.get("valley_fog", [])
    if not banks:
        if not meta.get("inputs", {}).get("dem"):
            return tr("not looked for (no DEM)")
        return tr("none")
    values = {
        "top": format_number(banks[0]["top_elevation"], 0),  # banks come largest first
        "area": format_number(sum(bank["area_km2"] for bank in banks), 2),
    }
    if len(banks) == 1:
        return tr("1 bank, top at {top} m, {area} km²").format(**values)
    return tr("%n bank(s), top of the largest at {top} m, {area} km² in all", None, len(banks)).format(**values)


def _area_and_share(area_km2, percent):
    return "{area} ({percent})".format(area=format_number(area_km2, 2, "km²"), percent=format_number(percent, 1, "%"))


def _acquisition_time(text):
    try:
        return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M UTC")
    except (TypeError, ValueError):
        return str(text)


def show_summary(json_path, parent=None):
    """Show the summary at ``json_path`` (non-modal); a bad file gets a message, not a traceback."""
    return show_result_file(json_path, parent, read_summary, SnowSummaryDialog, tr("Snow summary"), _OPEN_DIALOGS)


def show_summary_over_qgis(json_path):
    """After a run loaded into QGIS: the summary over the main window, never without one."""
    show_over_qgis(show_summary, json_path)


def ask_summary(parent=None):
    """Ask for a ``*_SNOW.json`` and show it."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Snow summary of a result"), "", tr("Snow summaries (*_SNOW.json);;JSON files (*.json)")
    )
    if path:
        show_summary(path, parent)
