"""Background work of the search dock, as QgsTasks (the FMI2QGIS base_loader pattern).

``run()`` works on a worker thread: it only computes, stores its result or
its error and never raises; ``finished()`` runs on the main thread and emits
the signals the dock listens to. The configuration and the ``requests``
session are built on the main thread and handed over: reading the API key
may ask for the master password, which a worker thread must not do.
"""

import logging
from pathlib import Path

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from snow_plugin.core.errors import CancelledError, SnowPluginError
from snow_plugin.core.geodes.client import GeodesClient
from snow_plugin.core.geodes.download import FULL, Downloader
from snow_plugin.core.geodes.quicklooks import fetch_quicklook
from snow_plugin.core.i18n import tr
from snow_plugin.gui.footprints import georeference_quicklook

LOGGER = logging.getLogger("snow_plugin")


class ResultTask(QgsTask):
    """Emits ``succeeded(result)`` or ``failed(error)`` from ``finished()``."""

    succeeded = pyqtSignal(object)
    failed = pyqtSignal(object)

    def __init__(self, description, session):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.session = session
        self.result = None
        self.error = None

    def compute(self):
        raise NotImplementedError

    def run(self):
        try:
            self.result = self.compute()
            return True
        except SnowPluginError as error:
            self.error = error
        except Exception as error:
            LOGGER.exception("%s failed", self.description())
            self.error = error
        return False

    def finished(self, result):
        self.session.close()
        if result:
            self.succeeded.emit(self.result)
        else:
            # A task cancelled before it started never ran: it has no error of its own.
            self.failed.emit(self.error or CancelledError(tr("The task was cancelled.")))


class SearchTask(ResultTask):
    """``succeeded`` carries a ``SearchResult``; ``filters`` are ``GeodesClient.search`` keywords."""

    def __init__(self, config, session, collection, client_class=GeodesClient, **filters):
        super().__init__(tr("Searching Theia products"), session)
        self.config = config
        self.collection = collection
        self.client_class = client_class  # GeodesClient, or HydrowebClient for hydroweb.next
        self.filters = filters

    def compute(self):
        client = self.client_class(self.config, self.session)
        return client.search(self.collection, progress=self.setProgress, is_cancelled=self.isCanceled, **self.filters)


class DownloadTask(ResultTask):
    """A queue of products, ``max_parallel`` at a time (``Downloader.download_all``);
    ``succeeded`` carries the outcomes.

    ``product_progress(identifier, percent)`` and ``product_finished(outcome)``
    are emitted from download threads (queued to the main thread). One staged
    or failed product does not stop the others; a refused key or a cancel
    stops all.
    """

    product_progress = pyqtSignal(str, float)
    product_retry = pyqtSignal(str, int, int)  # identifier, next try, max tries
    product_finished = pyqtSignal(object)

    def __init__(self, config, session, records, dest_dir, files=FULL, max_parallel=3, stall_timeout=60):
        super().__init__(tr("Downloading %n Theia product(s)", None, len(records)), session)
        self.config = config
        self.records = list(records)
        self.dest_dir = Path(dest_dir)
        self.files = files
        self.max_parallel = max(1, max_parallel)
        self.stall_timeout = stall_timeout

    def compute(self):
        downloader = Downloader(
            self.session,
            self.config,
            stall_timeout=self.stall_timeout,
            progress=self.setProgress,
            product_progress=self.product_progress.emit,
            product_retry=self.product_retry.emit,
            is_cancelled=self.isCanceled,
        )
        outcomes = downloader.download_all(
            self.records, self.dest_dir, self.max_parallel, self.files, on_outcome=self.product_finished.emit
        )
        if self.isCanceled():
            raise CancelledError(tr("The downloads were cancelled; they will resume from where they stopped."))
        return outcomes


class QuicklookTask(ResultTask):
    """``succeeded`` carries ``{identifier: georeferenced quicklook path}``; a
    quicklook that cannot be fetched is logged and left out."""

    def __init__(self, session, records, cache_dir):
        super().__init__(tr("Fetching Theia quicklooks"), session)
        self.records = [record for record in records if record.quicklook_url and record.bbox]
        self.cache_dir = Path(cache_dir)

    def compute(self):
        paths = {}
        for index, record in enumerate(self.records):
            if self.isCanceled():
                raise CancelledError(tr("The task was cancelled."))
            try:
                image = fetch_quicklook(self.session, record.quicklook_url, self.cache_dir, record.identifier)
                paths[record.identifier] = georeference_quicklook(image, record.bbox)
            except SnowPluginError as error:
                LOGGER.warning("%s", error)
            self.setProgress(100.0 * (index + 1) / len(self.records))
        return paths


class TaskRegistry:
    """Python references to running tasks: a task collected by Python while
    QGIS runs it crashes QGIS. Tasks leave the registry when they end."""

    def __init__(self):
        self._tasks = set()

    def start(self, task):
        self._tasks.add(task)
        task.taskCompleted.connect(lambda: self._tasks.discard(task))
        task.taskTerminated.connect(lambda: self._tasks.discard(task))
        QgsApplication.taskManager().addTask(task)
        return task

    def running(self):
        return list(self._tasks)

    def cancel_all(self, wait_ms=None):
        """Cancel every task; with ``wait_ms``, wait that long at most for running ones to stop."""
        for task in list(self._tasks):
            task.cancel()
        if wait_ms:
            for task in list(self._tasks):
                # waitForFinished() blocks until a task starts: never call it on a queued one.
                if task.status() == QgsTask.TaskStatus.Running:
                    task.waitForFinished(wait_ms)


# One registry for the plugin's lifetime in this QGIS session: it must
# outlive an unloaded dock whose tasks are still winding down.
TASKS = TaskRegistry()
