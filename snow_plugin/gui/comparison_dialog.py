"""The window of a comparison with the official product: the confusion
table (pixels; local classes in rows, official ones in columns), the overall
agreement, kappa and snow F1, the warnings and the agreement per elevation
band, read from the ``_AGREEMENT.json`` that ``theiasnow:compare`` writes."""

import json

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from snow_plugin.core.compare import BAND_COLUMNS, CLASS_KEYS
from snow_plugin.core.definitions import CLOUD, NO_SNOW, SNOW
from snow_plugin.core.errors import OutputError
from snow_plugin.core.styles import classification_labels
from snow_plugin.gui.result_windows import show_over_qgis, show_result_file
from snow_plugin.toolbelt.i18n import format_number, tr

_OPEN_DIALOGS = []  # non-modal windows need a Python reference
SUMMARY_KEYS = ("local", "official", "clear_pixels", "overall_agreement", "kappa", "snow_f1", "confusion")
BAND_DECIMALS = {"lower_m": 0, "upper_m": 0, "clear_pixels": 0, "agreement": 3, "local_snow_fraction": 3,
                 "official_snow_fraction": 3}


def class_names():
    labels = classification_labels()
    return dict(zip(CLASS_KEYS, (labels[NO_SNOW], labels[SNOW], labels[CLOUD])))


def _share(value):
    return format_number(value, 3)


class ComparisonDialog(QDialog):
    def __init__(self, summary, path=None, parent=None):
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(tr("Agreement with the official product – {product}").format(product=summary["local"]))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Official product: {name}").format(name=summary["official"])))
        for warning in summary.get("warnings", []):
            label = QLabel(warning)
            label.setStyleSheet("color: #b03a2e;")
            label.setWordWrap(True)
            layout.addWidget(label)
        self.figures = QLabel(tr(
            "Overall agreement {overall}, kappa {kappa}, snow F1 {f1}, over %n pixel(s) clear on both sides.",
            None, summary["clear_pixels"],
        ).format(overall=_share(summary["overall_agreement"]), kappa=_share(summary["kappa"]),
                 f1=_share(summary["snow_f1"])))
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        layout.addWidget(QLabel(tr("Pixels: local classes in rows, official classes in columns")))
        self.confusion = self._confusion_table()
        layout.addWidget(self.confusion)
        if summary.get("elevation_bands"):
            layout.addWidget(QLabel(tr("Agreement per elevation band")))
            self.bands = self._bands_table()
            layout.addWidget(self.bands)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _confusion_table(self):
        names = class_names()
        table = QTableWidget(len(CLASS_KEYS), len(CLASS_KEYS), self)
        table.setHorizontalHeaderLabels([names[key] for key in CLASS_KEYS])
        table.setVerticalHeaderLabels([names[key] for key in CLASS_KEYS])
        for row, local in enumerate(CLASS_KEYS):
            for column, official in enumerate(CLASS_KEYS):
                table.setItem(row, column, QTableWidgetItem(str(self.summary["confusion"][local][official])))
        return table

    def _bands_table(self):
        headers = (tr("From (m)"), tr("To (m)"), tr("Clear pixels"), tr("Agreement"), tr("Local snow fraction"),
                   tr("Official snow fraction"))
        bands = self.summary["elevation_bands"]
        table = QTableWidget(len(bands), len(BAND_COLUMNS), self)
        table.setHorizontalHeaderLabels(list(headers))
        for row, band in enumerate(bands):
            for column, key in enumerate(BAND_COLUMNS):
                table.setItem(row, column, QTableWidgetItem(format_number(band[key], BAND_DECIMALS[key])))
        return table


def read_comparison(json_path):
    """The summary a comparison wrote (``_AGREEMENT.json``)."""
    refusal = OutputError(tr("Cannot read the comparison {path}: run the comparison again.").format(path=json_path))
    try:
        with open(json_path, encoding="utf-8") as handle:
            summary = json.load(handle)
    except (OSError, ValueError) as error:
        raise refusal from error
    if not isinstance(summary, dict) or not all(key in summary for key in SUMMARY_KEYS):
        raise refusal
    return summary


def show_comparison(json_path, parent=None):
    return show_result_file(json_path, parent, read_comparison, ComparisonDialog,
                            tr("Agreement with the official product"), _OPEN_DIALOGS)


def show_comparison_over_qgis(json_path):
    """After a comparison loaded into QGIS: the window over the main window."""
    show_over_qgis(show_comparison, json_path)
