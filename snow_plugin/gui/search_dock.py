"""The "Theia products" dock: search GEODES, see the footprints and
quicklooks on the map, download a queue of products, then detect snow.

All network work runs in tasks (``gui.tasks``); this module only reads the
form, starts tasks and shows what they report.
"""

from contextlib import contextmanager
from pathlib import Path

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsSettings
from qgis.gui import QgsExtentGroupBox
from qgis.PyQt.QtCore import QDate, QItemSelection, QItemSelectionModel
from qgis.PyQt.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDockWidget, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from snow_plugin.__about__ import __title__
from snow_plugin.core.errors import ApiKeyRefusedError, CancelledError, SnowPluginError
from snow_plugin.core.geodes.download import CANCELLED, DETECTION, DOWNLOADED, FAILED, FULL, SKIPPED, SNOW, STAGED
from snow_plugin.core.i18n import tr
from snow_plugin.gui import footprints
from snow_plugin.gui.dock_workflow import PRESETS, DetectionWorkflow, results_folder
from snow_plugin.gui.product_table import DATE_COLUMN, IDENTIFIER_ROLE, STATUS_COLUMN, ProductTableModel
from snow_plugin.gui.tasks import TASKS, DownloadTask, QuicklookTask, SearchTask
from snow_plugin.gui.widgets import spin_box
from snow_plugin.toolbelt.lists import split_list
from snow_plugin.toolbelt.log_handler import log
from snow_plugin.toolbelt.network import catalogue_config, catalogue_session
from snow_plugin.toolbelt.hydroweb_credentials import hydroweb_config_and_session
from snow_plugin.core.geodes.client import GeodesClient
from snow_plugin.core.hydroweb.client import HydrowebClient
from snow_plugin.core.hydroweb.config import FSC
from snow_plugin.toolbelt.preferences import load_settings


FORM_PREFIX = "theia_snow/search_form/"


class SearchDock(QDockWidget):
    def __init__(self, iface, open_settings, parent=None):
        super().__init__(tr("Theia products"), parent)
        self.setObjectName("TheiaSnowSearchDock")
        self.iface = iface
        self.open_settings = open_settings
        self.records = {}  # identifier -> ProductRecord of the last search
        self.results_on_hydroweb = False  # the last search was of hydroweb.next (its key downloads them)
        self.downloaded = {}  # identifier -> zip or product folder
        self.layer = None
        self.feature_ids = {}
        self._syncing = False
        self._running = set()  # tasks started here and not yet finished
        self._quicklooks_asked = []
        self._stopped = set()  # products of the last queue stopped before their end
        self._build_form()
        self._build_results()
        self._restore_form()
        self._update_buttons()

    # --- building -------------------------------------------------------------
    def _build_form(self):
        self.collection = QComboBox()
        self.collection.addItem(tr("Sentinel-2 L2A (MAJA reflectance)"), "L2A")
        self.collection.addItem(tr("Theia Snow (L2B)"), "SNOW")
        self.collection.addItem(tr("Theia Snow FSC (LIS >= 1.7)"), FSC)  # on hydroweb.next
        self.tiles = QLineEdit()
        self.tiles.setPlaceholderText(tr("e.g. T31TCH, T32TLS"))
        # Its buttons give "current map extent", "draw on canvas" and "layer extent".
        self.area = QgsExtentGroupBox()
        self.area.setTitleBase(tr("Area"))
        self.area.setCheckable(True)
        canvas = self.iface.mapCanvas()
        self.area.setOutputCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        self.area.setCurrentExtent(canvas.extent(), canvas.mapSettings().destinationCrs())
        self.area.setOutputExtentFromCurrent()
        self.area.setMapCanvas(canvas)
        self.area.setChecked(False)  # after setting an extent, which ticks the box
        self.area.setCollapsed(True)
        self.area.toggled.connect(lambda checked: self.area.setCollapsed(not checked))
        today = QDate.currentDate()
        self.start, self.end = QDateEdit(today.addDays(-30)), QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.max_cloud = spin_box(0, 100, 50, " %")
        self.latest_only = QCheckBox(tr("Latest version of each product only"))
        self.latest_only.setChecked(True)
        self.max_results = spin_box(1, 5000, 200)
        self.search_button = QPushButton(tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Collection"), self.collection)
        form.addRow(tr("Tiles"), self.tiles)
        form.addRow(self.area)
        form.addRow(tr("From"), self.start)
        form.addRow(tr("To"), self.end)
        form.addRow(tr("Maximum cloud cover"), self.max_cloud)
        form.addRow(self.latest_only)
        form.addRow(tr("At most"), self.max_results)
        form.addRow(self.search_button)
        form.addRow(self.status)
        self._layout = QVBoxLayout()
        self._layout.addLayout(form)

    def _build_results(self):
        self.model = ProductTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.quicklooks_button = QPushButton(tr("Show quicklooks"))
        self.quicklooks_button.clicked.connect(self.show_quicklooks)
        self.files = QComboBox()
        self.files.addItem(tr("Full product"), FULL)
        self.files.addItem(tr("Only what snow detection needs"), DETECTION)
        self.files.addItem(tr("Only the snow raster"), SNOW)
        self.download_button = QPushButton(tr("Download selected"))
        self.download_button.clicked.connect(self.download_selected)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.detect_button = QPushButton(tr("Detect snow on the downloaded product"))
        self.detect_button.clicked.connect(self.detect_snow)
        self.preset = QComboBox()
        for preset in PRESETS:
            self.preset.addItem(preset.label(), preset)
        self.dialog_button = QPushButton(tr("Detection dialog…"))
        self.dialog_button.setToolTip(tr("Open the detection algorithm with every parameter (DEM, water mask, thresholds); with several products selected, the batch detection (local processes or a Dask cluster)."))
        self.dialog_button.clicked.connect(self.open_detection_dialog)
        self.compare_button = QPushButton(tr("Compare with the official product"))
        self.compare_button.clicked.connect(self.compare_with_official)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.step_status = QLabel()
        self.step_status.setWordWrap(True)
        self.workflow = DetectionWorkflow(self.iface, self)
        self.workflow.status.connect(self.step_status.setText)
        self.workflow.progress.connect(lambda percent: self.progress.setValue(int(percent)))
        self.workflow.busy_changed.connect(lambda _busy: self._update_buttons())
        self.workflow.official_found.connect(self._official_found)
        self.official_run = None
        first_row, second_row, third_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for widget in (self.quicklooks_button, self.files, self.download_button):
            first_row.addWidget(widget)
        for widget in (self.preset, self.detect_button, self.dialog_button):
            second_row.addWidget(widget)
        for widget in (self.compare_button, self.cancel_button):
            third_row.addWidget(widget)
        self._layout.addWidget(self.table, 1)
        self._layout.addLayout(first_row)
        self._layout.addLayout(second_row)
        self._layout.addLayout(third_row)
        self._layout.addWidget(self.progress)
        self._layout.addWidget(self.step_status)
        contents = QWidget()
        contents.setLayout(self._layout)
        self.setWidget(contents)

    # --- search ---------------------------------------------------------------
    def search(self):
        tiles = split_list(self.tiles.text())
        extent = self.area.outputExtent() if self.area.isChecked() else None
        extent = None if extent is None or extent.isEmpty() else extent
        if not tiles and extent is None:
            self._warn(tr("Give one or more tile ids, or tick Area and choose an extent, then search again."))
            return
        if self.start.date() > self.end.date():
            self._warn(tr("The start date is after the end date."))
            return
        bbox = None if extent is None else (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                             extent.yMaximum())
        self.results_on_hydroweb = self.collection.currentData() == FSC
        if self.results_on_hydroweb:  # its key is needed even to search
            config, session = hydroweb_config_and_session()
        else:
            config = catalogue_config()
            session = catalogue_session(with_key=False, config=config)
        task = SearchTask(config, session, self.collection.currentData(),
                          client_class=HydrowebClient if self.results_on_hydroweb else GeodesClient, tiles=tiles, bbox=bbox, start=self.start.date().toPyDate(), end=self.end.date().toPyDate(),
                          max_cloud=self.max_cloud.value(), latest_only=self.latest_only.isChecked(),
                          max_records=self.max_results.value())
        self._save_form()
        self.status.setText(tr("Searching GEODES…"))
        self._start(task, self.show_results)

    def show_results(self, result):
        self.records = {record.identifier: record for record in result.records}
        self._recall_downloads(result.records)
        self.model.show_records(result.records, self.downloaded)
        self.table.resizeColumnsToContents()
        # Room for "downloading 42 %" or "staged: retry later" before the queue starts.
        self.table.setColumnWidth(STATUS_COLUMN, self.table.fontMetrics().horizontalAdvance("x" * 22))
        if self.layer is None:
            self.layer = footprints.footprint_layer(result.records)
            self.layer.selectionChanged.connect(self._layer_selection_changed)
            self.layer.willBeDeleted.connect(self._forget_layer)
            footprints.add_footprint_layer(self.layer)
            self.feature_ids = footprints.feature_ids(self.layer)
        else:
            self.feature_ids = footprints.fill_footprint_layer(self.layer, result.records)
        lines = [tr("%n product(s) found ({matched} in the catalogue).", None, len(result.records)).format(
            matched=result.matched)] + list(result.warnings)
        self.status.setText("\n".join(lines))
        for warning in result.warnings:
            log(warning, Qgis.MessageLevel.Warning, push=True, iface=self.iface)
        self._update_buttons()

    def _recall_downloads(self, records):
        """Products already in the download folder (an earlier session's) count as downloaded."""
        folder = Path(load_settings().download_folder)
        for record in records:
            if record.identifier in self.downloaded:
                continue
            for candidate in (folder / record.zip_name, folder / record.identifier):
                if candidate.exists():
                    self.downloaded[record.identifier] = candidate
                    break

    # --- the form, kept between sessions ----------------------------------------------
    def _save_form(self):
        store = QgsSettings()
        values = {"collection": self.collection.currentData(), "tiles": self.tiles.text(),
                  "start": self.start.date().toString("yyyy-MM-dd"), "end": self.end.date().toString("yyyy-MM-dd"),
                  "max_cloud": self.max_cloud.value(), "latest_only": self.latest_only.isChecked(),
                  "max_results": self.max_results.value(), "files": self.files.currentData(),
                  "preset": self.preset.currentIndex()}
        for key, value in values.items():
            store.setValue(FORM_PREFIX + key, value)

    def _restore_form(self):
        store = QgsSettings()
        if store.value(FORM_PREFIX + "tiles") is None:
            return  # never searched: the defaults stay
        for combo, key in ((self.collection, "collection"), (self.files, "files")):
            index = combo.findData(store.value(FORM_PREFIX + key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.tiles.setText(str(store.value(FORM_PREFIX + "tiles", "")))
        for edit, key in ((self.start, "start"), (self.end, "end")):
            date = QDate.fromString(str(store.value(FORM_PREFIX + key, "")), "yyyy-MM-dd")
            if date.isValid():
                edit.setDate(date)
        self.max_cloud.setValue(int(store.value(FORM_PREFIX + "max_cloud", self.max_cloud.value())))
        self.max_results.setValue(int(store.value(FORM_PREFIX + "max_results", self.max_results.value())))
        self.latest_only.setChecked(str(store.value(FORM_PREFIX + "latest_only", True)).lower() in ("true", "1"))
        self.preset.setCurrentIndex(min(max(int(store.value(FORM_PREFIX + "preset", 0)), 0), self.preset.count() - 1))

    def _forget_layer(self):
        self.layer, self.feature_ids = None, {}

    # --- selection, both ways ---------------------------------------------------
    def selected_identifiers(self):
        rows = self.table.selectionModel().selectedRows(DATE_COLUMN)
        return [index.data(IDENTIFIER_ROLE) for index in sorted(rows, key=lambda index: index.row())]

    def _table_selection_changed(self, *_):
        if self.layer is not None and not self._syncing:
            with self._syncing_selection():
                self.layer.selectByIds([self.feature_ids[key] for key in self.selected_identifiers()])
        self._update_buttons()

    def _layer_selection_changed(self, *_):
        if self._syncing:
            return
        chosen = {identifier for identifier, fid in self.feature_ids.items() if fid in self.layer.selectedFeatureIds()}
        selection = QItemSelection()
        for row in self.model.rows_of(chosen):
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        with self._syncing_selection():
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    @contextmanager
    def _syncing_selection(self):
        """While one side's selection is copied to the other, the other's echo is ignored."""
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = False

    # --- quicklooks and downloads -----------------------------------------------
    def show_quicklooks(self):
        records = [self.records[key] for key in self.selected_identifiers()]
        self._quicklooks_asked = [record.identifier for record in records]
        task = QuicklookTask(catalogue_session(with_key=False), records, load_settings().quicklook_folder)
        self._start(task, self._add_quicklooks)

    def _add_quicklooks(self, paths):
        missing = [identifier for identifier in self._quicklooks_asked if identifier not in paths]
        if missing and not paths:
            self._warn(tr("No quicklook could be shown (none in the catalogue, or it could not be fetched: see the log panel)."))
        elif missing:
            self._warn(tr("No quicklook for {names} (none in the catalogue, or it could not be fetched).").format(
                names=", ".join(missing)))
        footprints.add_quicklook_layers(paths, below=self.layer)

    def download_selected(self):
        records = [self.records[key] for key in self.selected_identifiers()]
        settings = load_settings()
        if self.results_on_hydroweb:
            config, session = hydroweb_config_and_session()
        else:
            config = catalogue_config(settings)
            session = catalogue_session(with_key=True, config=config)
        task = DownloadTask(config, session, records,
                            Path(settings.download_folder), self.files.currentData(),
                            settings.max_parallel_downloads, settings.stall_timeout)
        task.product_progress.connect(self._product_progress)
        task.product_retry.connect(self._product_retry)
        task.product_finished.connect(self._product_finished)
        self._stopped = set()
        for record in records:
            self.model.set_status(record.identifier, tr("queued"))
        self._start(task, self._downloads_done)

    def _product_progress(self, identifier, percent):
        self.model.set_status(identifier, tr("downloading {percent} %").format(percent=int(percent)))

    def _product_retry(self, identifier, attempt, tries):
        self.model.set_status(identifier, tr("retrying (try {attempt} of {tries})").format(attempt=attempt, tries=tries))

    def _product_finished(self, outcome):
        texts = {DOWNLOADED: tr("done"), SKIPPED: tr("done (already here)"), STAGED: tr("staged: retry later"),
                 CANCELLED: tr("cancelled")}
        text = texts.get(outcome.status) or tr("failed: {reason}").format(reason=outcome.message)
        self.model.set_status(outcome.identifier, text, outcome.message)
        if outcome.status in (DOWNLOADED, SKIPPED):
            self.downloaded[outcome.identifier] = outcome.path
        if outcome.status == CANCELLED:
            self._stopped.add(outcome.identifier)
        self._update_buttons()

    def _downloads_done(self, outcomes):
        counts = {status: sum(outcome.status == status for outcome in outcomes) for status in (STAGED, FAILED)}
        ready = sum(outcome.status in (DOWNLOADED, SKIPPED) for outcome in outcomes)
        message = tr("%n product(s) ready in the download folder, {staged} being staged (retry later), "
                     "{failed} failed.", None, ready).format(staged=counts[STAGED], failed=counts[FAILED])
        level = Qgis.MessageLevel.Success if ready == len(outcomes) else Qgis.MessageLevel.Warning
        log(message, level, push=True, iface=self.iface)

    def detect_snow(self):
        """Detect snow here, on every selected downloaded L2A product (one after
        another, automatic DEM, the preset chosen); a Theia Snow product has
        its snow map already: load it, styled."""
        downloaded = [key for key in self.selected_identifiers() if key in self.downloaded]
        if downloaded and _is_snow_product(downloaded[0]):
            self.open_detection_dialog()
            return
        products = [(key, self.downloaded[key]) for key in downloaded if not _is_snow_product(key)]
        self.compare_button.setEnabled(False)
        self.workflow.detect(products, self.preset.currentData(), self._confirm_overwrite)

    def open_detection_dialog(self):
        """The algorithm dialog, for every parameter: the detection on the
        selected downloaded product, the batch when several L2A products
        are selected (a season's list), or the loader of a snow product."""
        import processing

        downloaded = [key for key in self.selected_identifiers() if key in self.downloaded]
        l2a = [str(self.downloaded[key]) for key in downloaded if not _is_snow_product(key)]
        if len(l2a) > 1:
            preset = self.preset.currentData()
            processing.execAlgorithmDialog("theiasnow:detectsnowbatch", {
                "INPUTS": l2a, "FOG_RESCUE": preset.fog_rescue,
                "OUTPUT_FOLDER": str(results_folder(load_settings().download_folder, preset)),
            })
            return
        identifier = downloaded[0]
        algorithm = "theiasnow:loadsnowproduct" if _is_snow_product(identifier) else "theiasnow:detectsnow"
        processing.execAlgorithmDialog(algorithm, {"INPUT": str(self.downloaded[identifier])})

    def _confirm_overwrite(self, folder):
        answer = QMessageBox.question(
            self, __title__, tr("Results of this preset already exist in {folder}. Replace them?").format(folder=folder))
        return answer == QMessageBox.StandardButton.Yes

    def _official_found(self, run):
        self.official_run = run
        self.compare_button.setToolTip(run.official.identifier if run else "")
        self._update_buttons()

    def compare_with_official(self):
        if self.official_run is not None:
            self.workflow.compare(self.official_run)

    # --- tasks and reporting ----------------------------------------------------
    def _start(self, task, on_success):
        task.succeeded.connect(on_success)
        task.failed.connect(self._task_failed)
        # Connected last, so the buttons are updated after the result is shown.
        task.succeeded.connect(self._task_ended)
        task.failed.connect(self._task_ended)
        self._running.add(task)
        TASKS.start(task)
        self._update_buttons()

    def _task_ended(self, _):
        self._running.discard(self.sender())
        self._update_buttons()

    def _running_a(self, task_class):
        return any(isinstance(task, task_class) for task in self._running)

    def cancel(self):
        # Cancelling a task that has not started ends it at once, and its
        # signals remove it from _running: iterate over a copy.
        for task in list(self._running):
            task.cancel()
        self.workflow.cancel()

    def _task_failed(self, error):
        if isinstance(self.sender(), SearchTask):
            self.status.setText(tr("The search did not finish."))
        if isinstance(error, ApiKeyRefusedError):
            for identifier in self._stopped:  # nobody cancelled them: the key stopped the queue
                self.model.set_status(identifier, tr("not started: the API key was refused"), str(error))
            self._show_key_refused(error)
        elif isinstance(error, CancelledError):
            log(str(error), Qgis.MessageLevel.Info, push=True, iface=self.iface)
        elif isinstance(error, SnowPluginError):
            log(str(error), Qgis.MessageLevel.Critical, push=True, iface=self.iface)
        else:
            log(tr("Unexpected error ({error}): see the log panel for details.").format(error=error),
                Qgis.MessageLevel.Critical, push=True, iface=self.iface)

    def _show_key_refused(self, error):
        log(str(error), Qgis.MessageLevel.Critical)
        bar = self.iface.messageBar()
        item = bar.createMessage(__title__, str(error))
        button = QPushButton(tr("Open the settings"), item)
        button.clicked.connect(self.open_settings)
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Critical, 0)

    def _warn(self, message):
        self.status.setText(message)
        log(message, Qgis.MessageLevel.Warning, push=True, iface=self.iface)

    def _update_buttons(self):
        selected = self.selected_identifiers()
        self.search_button.setEnabled(not self._running_a(SearchTask))
        self.quicklooks_button.setEnabled(bool(selected))
        self.download_button.setEnabled(bool(selected) and not self._running_a(DownloadTask))
        busy = self.workflow.busy
        self.cancel_button.setEnabled(bool(self._running) or busy)
        downloaded = [key for key in selected if key in self.downloaded]
        self.detect_button.setEnabled(bool(downloaded) and not busy)
        self.dialog_button.setEnabled(bool(downloaded))
        self.preset.setEnabled(not busy)
        self.compare_button.setEnabled(self.official_run is not None and not busy)
        self.detect_button.setText(
            tr("Load the downloaded snow product") if downloaded and _is_snow_product(downloaded[0])
            else tr("Detect snow on the downloaded product")
        )


def _is_snow_product(identifier):
    return "SNOW" in identifier.upper()
