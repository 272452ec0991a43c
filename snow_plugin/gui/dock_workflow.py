"""The search dock's path after a download, without leaving the dock: detect
snow on each selected product (automatic DEM, a parameter preset), show the
styled result over a false-colour composite with its summary, then look for
the official Theia Snow product of the same tile and date and compare.

Each step is a task (a Processing algorithm run by QgsProcessingAlgRunnerTask,
or a catalogue task of ``gui.tasks``) with its progress in the dock and in
the task manager; the dock's Cancel stops the current one. Processing's own
result handling loads and styles the layers (the algorithms' post-processors),
so this module never imports the Processing provider.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from snow_plugin.core.composite import false_colour_vrt
from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.geodes.download import DOWNLOADED, SKIPPED, SNOW
from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import parse_product_name
from snow_plugin.gui.snow_map import false_colour_layer
from snow_plugin.gui.tasks import TASKS, DownloadTask, SearchTask
from snow_plugin.toolbelt.log_handler import log
from snow_plugin.toolbelt.network import catalogue_config, catalogue_session
from snow_plugin.toolbelt.preferences import load_settings

DETECT = "theiasnow:detectsnow"
COMPARE = "theiasnow:compare"
RESULTS_FOLDER_NAME = "snow_results"


@dataclass(frozen=True)
class Preset:
    key: str  # also the results sub-folder: two presets never share outputs
    fog_rescue: bool

    def label(self):
        return tr("LIS + fog/cloud rescue") if self.fog_rescue else tr("LIS default")


PRESETS = (Preset("lis_default", False), Preset("lis_fog_rescue", True))


def results_folder(download_folder, preset):
    return Path(download_folder) / RESULTS_FOLDER_NAME / preset.key


@dataclass
class DetectedRun:
    """One finished detection the dock can compare."""

    identifier: str
    product: str
    snow_raster: str
    preset: Preset
    official: object = None  # the catalogue record of the official product, once found
    official_path: str = None


def read_summary(path):
    """The run's JSON summary, or {} when it cannot be read (the layers are there all the same)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, TypeError, ValueError):
        return {}


def dem_sentence(summary):
    """Which DEM the run used, from its summary."""
    inputs = summary.get("inputs", {})
    source = inputs.get("dem_source")
    if source == "copernicus_glo30":
        return tr("DEM: Copernicus DEM GLO-30, fetched automatically.")
    if source == "given" or (source is None and inputs.get("dem")):
        return tr("DEM: {path}.").format(path=inputs.get("dem"))
    return tr("No DEM (no snowline, no pass 2): see the warnings in the log panel.")


class _Feedback(QgsProcessingFeedback):
    """Keeps the errors for the dock."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, text, fatalError=False):
        self.errors.append(text)
        super().reportError(text, fatalError)


class AlgorithmStep(QObject):
    """One Processing algorithm run in the background, its layers loaded by
    Processing's result handling on the main thread when it succeeds."""

    progress = pyqtSignal(float)
    done = pyqtSignal(bool, dict, list)  # ok, results, errors

    def __init__(self, algorithm_id, parameters, parent=None):
        super().__init__(parent)
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        self.parameters = parameters
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _Feedback()
        self.feedback.progressChanged.connect(self.progress.emit)
        self.task = None

    def check(self):
        """The algorithm's own refusal (missing input, outputs already there), or None."""
        ok, message = self.algorithm.checkParameterValues(self.parameters, self.context)
        return None if ok else message

    def start(self):
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, self.parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        TASKS.start(self.task)

    def cancel(self):
        self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def _executed(self, ok, results):
        if ok and not self.feedback.isCanceled():
            from processing.gui.Postprocessing import handleAlgorithmResults

            handleAlgorithmResults(self.algorithm, self.context, self.feedback)
            self.done.emit(True, dict(results), [])
            return
        messages = self.feedback.errors or [tr("The step was cancelled.")]
        self.done.emit(False, {}, messages)


class DetectionWorkflow(QObject):
    """The steps after a download, for one dock; ``report(text, percent)`` shows progress."""

    status = pyqtSignal(str)
    progress = pyqtSignal(float)
    busy_changed = pyqtSignal(bool)
    official_found = pyqtSignal(object)  # DetectedRun with an official record, or None

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.queue = []
        self.current = None  # the AlgorithmStep or catalogue task running
        self.runs = []
        self.total = 0

    @property
    def busy(self):
        return self.current is not None

    # --- detection, one product after another ------------------------------------
    def detect(self, products, preset, confirm_overwrite):
        """``products``: [(identifier, path)]; ``confirm_overwrite(folder)`` asks before replacing results."""
        folder = results_folder(load_settings().download_folder, preset)
        steps = []
        for identifier, path in products:
            parameters = {"INPUT": str(path), "FOG_RESCUE": preset.fog_rescue, "OUTPUT_FOLDER": str(folder)}
            step = AlgorithmStep(DETECT, parameters, self)
            problem = step.check()
            if problem and (folder / f"{identifier}_SNW_R2.tif").exists():
                if not confirm_overwrite(folder):
                    continue
                step.parameters["OVERWRITE"] = True
                problem = step.check()
            if problem:
                self._say(problem, Qgis.MessageLevel.Critical)
                continue
            steps.append((identifier, str(path), preset, step))
        self.queue.extend(steps)
        self.total = len(self.queue)
        self._next_detection()

    def _next_detection(self):
        if not self.queue:
            self._set_current(None)
            return
        identifier, path, preset, step = self.queue.pop(0)
        done = self.total - len(self.queue)
        self.status.emit(tr("Detecting snow on {name} ({preset}, {done}/{total})…").format(
            name=identifier, preset=preset.label(), done=done, total=self.total))
        step.progress.connect(self.progress.emit)
        step.done.connect(lambda ok, results, messages: self._detected(ok, results, messages, identifier, path, preset))
        self._set_current(step)
        step.start()

    def _detected(self, ok, results, messages, identifier, path, preset):
        if ok:
            run = DetectedRun(identifier, path, results["SNW"], preset)
            self.runs.append(run)
            self._add_composite(run)
            summary = read_summary(results.get("METADATA"))
            self.status.emit(" ".join([tr("Snow detected on {name}.").format(name=identifier), dem_sentence(summary)]))
            for warning in summary.get("warnings", []):
                log(warning, Qgis.MessageLevel.Warning)
        else:
            for text in messages:
                self._say(text, Qgis.MessageLevel.Critical)
        if self.queue:
            self._next_detection()
        else:
            self._set_current(None)
            if ok:
                self.find_official(self.runs[-1])

    def _add_composite(self, run):
        """The false-colour composite at the bottom of the result's group."""
        project = QgsProject.instance()
        try:
            vrt = false_colour_vrt(run.product, Path(run.snow_raster).with_name(f"{run.identifier}_FALSE_COLOUR.vrt"))
        except (SnowPluginError, OSError) as error:
            log(tr("No false-colour composite for {name}: {error}").format(name=run.identifier, error=error),
                Qgis.MessageLevel.Warning)
            return
        if any(layer.source() == str(vrt) for layer in project.mapLayers().values()):
            return
        layer = false_colour_layer(vrt)
        root = project.layerTreeRoot()
        snow_node = next((node for node in root.findLayers()
                          if node.layer() is not None and node.layer().source() == str(run.snow_raster)), None)
        group = snow_node.parent() if snow_node is not None else root
        project.addMapLayer(layer, False)
        group.addLayer(layer)

    # --- the official product -----------------------------------------------------------
    def find_official(self, run):
        """Search the catalogue for the Theia Snow product of the run's tile and date."""
        if QgsApplication.processingRegistry().algorithmById(COMPARE) is None:
            self.official_found.emit(None)
            return
        name = parse_product_name(run.identifier)
        day = name.acquired.date()
        config = catalogue_config()
        task = SearchTask(config, catalogue_session(with_key=False, config=config), "SNOW", tiles=[name.tile],
                          start=day, end=day, max_cloud=100, latest_only=True, max_records=10)
        task.succeeded.connect(lambda result: self._official_search_done(run, result))
        task.failed.connect(self._catalogue_failed)
        self.status.emit(tr("Looking for the official Theia Snow product of {tile} on {day}…").format(
            tile=name.tile, day=day.isoformat()))
        self._start_task(task)

    def _official_search_done(self, run, result):
        self._set_current(None)
        run.official = result.records[0] if result.records else None
        if run.official is None:
            self.status.emit(tr("The catalogue has no official Theia Snow product of the same tile and date."))
        else:
            self.status.emit(tr("Official product of the same date: {name}.").format(name=run.official.identifier))
        self.official_found.emit(run if run.official else None)

    def compare(self, run):
        """Download the official snow raster (when not yet here), then run the comparison."""
        if run.official_path:
            self._run_compare(run)
            return
        settings = load_settings()
        config = catalogue_config(settings)
        task = DownloadTask(config, catalogue_session(with_key=True, config=config), [run.official],
                            Path(settings.download_folder), SNOW, 1, settings.stall_timeout)
        task.succeeded.connect(lambda outcomes: self._official_downloaded(run, outcomes))
        task.failed.connect(self._catalogue_failed)
        self.status.emit(tr("Downloading the official product {name}…").format(name=run.official.identifier))
        self._start_task(task)

    def _official_downloaded(self, run, outcomes):
        self._set_current(None)
        ready = [outcome for outcome in outcomes if outcome.status in (DOWNLOADED, SKIPPED)]
        if not ready:
            reasons = "; ".join(outcome.message for outcome in outcomes if outcome.message)
            self._say(tr("The official product could not be downloaded: {reason}").format(reason=reasons or "?"),
                      Qgis.MessageLevel.Warning)
            return
        run.official_path = str(ready[0].path)
        self._run_compare(run)

    def _run_compare(self, run):
        folder = Path(run.snow_raster).parent / "comparison"
        parameters = {"LOCAL": run.snow_raster, "OFFICIAL": run.official_path, "OUTPUT_FOLDER": str(folder),
                      "OVERWRITE": True}  # a comparison is remade from its inputs: nothing of the user's is lost
        step = AlgorithmStep(COMPARE, parameters, self)
        problem = step.check()
        if problem:
            self._say(problem, Qgis.MessageLevel.Critical)
            return
        step.progress.connect(self.progress.emit)
        step.done.connect(lambda ok, results, messages: self._compared(ok, messages))
        self.status.emit(tr("Comparing with the official product…"))
        self._set_current(step)
        step.start()

    def _compared(self, ok, messages):
        self._set_current(None)
        if ok:
            self.status.emit(tr("Comparison done: see the comparison window and the agreement map."))
        else:
            for text in messages:
                self._say(text, Qgis.MessageLevel.Critical)

    # --- plumbing ----------------------------------------------------------------------
    def cancel(self):
        self.queue = []
        if self.current is not None:
            self.current.cancel()

    def _start_task(self, task):
        task.progressChanged.connect(self.progress.emit)
        self._set_current(task)
        TASKS.start(task)

    def _catalogue_failed(self, error):
        self._set_current(None)
        self._say(str(error), Qgis.MessageLevel.Warning)

    def _set_current(self, step):
        self.current = step
        self.busy_changed.emit(step is not None)

    def _say(self, text, level):
        self.status.emit(text)
        log(text, level, push=True, iface=self.iface)
