"""Downloading Theia products from GEODES so that users can trust what they get.

A queue of products runs a few at a time, each thread with its own session.
A whole product (0.5 to 1 GB) goes through ``zip_transfer``: streamed to
``<name>.zip.part``, resumed, verified against the catalogue's MD5, then
renamed. A partial download extracts only the members a step needs
(``remote_zip``). A refused key stops the whole queue at once; an offline
product is reported as being staged and the queue goes on.
"""

import logging
import os
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from snow_plugin.core.errors import (
    ApiKeyRefusedError,
    CancelledError,
    DownloadError,
    ProductStagingError,
)
from snow_plugin.core.i18n import format_number, tr

from .http import backoff_delay, clone_session, raise_if_cancelled, staging_error, wait, with_retries
from .remote_zip import fetch_members
from .zip_transfer import ZipTransfer, file_md5

__all__ = ["DownloadOutcome", "Downloader", "file_md5"]

LOGGER = logging.getLogger("snow_plugin")
MEGABYTE = 1024 * 1024

DOWNLOADED, SKIPPED, STAGED, FAILED, CANCELLED = "downloaded", "skipped", "staged", "failed", "cancelled"
# What to fetch of a product: the whole zip, or the members a step needs (remote_zip.MEMBER_ROLES).
FULL, DETECTION, SNOW = "full", "detection", "snow"


@dataclass(frozen=True)
class DownloadOutcome:
    path: Path  # the zip, the product folder of a partial download, or None
    status: str  # DOWNLOADED, SKIPPED, STAGED, FAILED or CANCELLED
    message: str
    bytes: int = 0  # bytes received over the network by this call
    identifier: str = ""
    files: tuple = ()  # every file written: the zip, or the extracted members


class Downloader:
    """Downloads products, one (``download``) or a queue (``download_all``).

    ``progress(percent)`` (the whole queue), ``product_progress(identifier,
    percent)`` and ``is_cancelled()`` may be called from worker threads;
    the two progress callbacks are called one at a time, on whole-percent
    changes, and must not call back into the downloader.
    """

    def __init__(
        self,
        session,
        config,
        stall_timeout=60,
        max_tries=5,
        backoff=2.0,
        progress=None,
        is_cancelled=None,
        product_progress=None,
        product_retry=None,
    ):
        self.session = session
        self.config = config
        self.stall_timeout = stall_timeout
        self.max_tries = max(1, max_tries)
        self.backoff = backoff
        self.progress = progress
        self.product_progress = product_progress
        self.product_retry = product_retry  # (identifier, next try, max tries), before each new try
        self.is_cancelled = is_cancelled
        self._stop = threading.Event()  # a refused key stops the whole queue
        self._lock = threading.Lock()
        self._percents = {}
        self._reservations = {}  # transfer -> disk bytes it announced

    def download(self, record, dest_dir, files=FULL):
        """One product, on this thread and with this session.

        Raises ``ApiKeyRefusedError`` and ``CancelledError``; anything else
        becomes the outcome's status and message.
        """
        self._track([record])
        try:
            return self._download(record, self.session, Path(dest_dir), files)
        finally:
            self._report(record.identifier, 100.0, final=True)

    def download_all(self, records, dest_dir, max_parallel=3, files=FULL, on_outcome=None):
        """Outcomes in the order of ``records``, ``max_parallel`` products at a time.

        A failed or staged product does not stop the others. A cancel stops
        them all: the unfinished ones are CANCELLED and resume next time. A
        refused key stops them all too, and is raised once every thread has
        stopped. ``on_outcome(outcome)`` is called from the worker thread as
        each product ends.
        """
        records = list(records)
        self._track(records)
        refusals = []

        def download_one(record):
            with clone_session(self.session) as session:
                try:
                    outcome = self._download(record, session, Path(dest_dir), files)
                except ApiKeyRefusedError as error:
                    self._stop.set()
                    refusals.append(error)
                    outcome = DownloadOutcome(None, FAILED, str(error), 0, record.identifier)
                except CancelledError as error:
                    outcome = DownloadOutcome(None, CANCELLED, str(error), 0, record.identifier)
                except Exception as error:
                    LOGGER.exception("Downloading %s failed", record.identifier)
                    outcome = DownloadOutcome(None, FAILED, str(error), 0, record.identifier)
            self._report(record.identifier, 100.0, final=True)
            if on_outcome is not None:
                on_outcome(outcome)
            return outcome

        with ThreadPoolExecutor(max_workers=max(1, max_parallel), thread_name_prefix="geodes-download") as pool:
            outcomes = list(pool.map(download_one, records))
        if refusals:
            raise refusals[0]
        return outcomes

    def _download(self, record, session, dest_dir, files):
        self._raise_if_cancelled()
        name = record.identifier
        try:
            if not record.data_url:
                raise DownloadError(tr("{name} has no downloadable file in the catalogue.").format(name=name))
            dest_dir.mkdir(parents=True, exist_ok=True)
            if files == FULL:
                outcome = self._download_zip(record, session, dest_dir)
            else:
                outcome = self._download_members(record, session, dest_dir, files)
        except ProductStagingError:  # told with the product's name, whatever answer said so
            outcome = DownloadOutcome(None, STAGED, str(staging_error(name)), 0, name)
        except DownloadError as error:
            outcome = DownloadOutcome(None, FAILED, str(error), 0, name)
        except OSError as error:
            message = tr("{name} could not be written to {folder} ({reason}).").format(
                name=name, folder=dest_dir, reason=error.strerror or error
            )
            outcome = DownloadOutcome(None, FAILED, message, 0, name)
        (LOGGER.warning if outcome.status in (STAGED, FAILED) else LOGGER.info)(outcome.message)
        return outcome

    def _download_zip(self, record, session, dest_dir):
        name = record.identifier
        final = dest_dir / record.zip_name
        part = dest_dir / (record.zip_name + ".part")
        if final.exists():
            if _is_complete(record, final):
                message = tr("{name} is already downloaded.").format(name=name)
                return DownloadOutcome(final, SKIPPED, message, 0, name, (final,))
            LOGGER.warning("%s exists but does not match the catalogue: downloading it again.", final)
        transfer = ZipTransfer(
            session,
            record,
            part,
            timeout=(self.config.connect_timeout, self.stall_timeout),
            max_tries=self.max_tries,
            pause=lambda attempt, response=None: self._retry(name, attempt, response),
            on_percent=lambda percent: self._report(name, percent),
            check_cancelled=self._raise_if_cancelled,
        )
        try:
            with self._disk_space(transfer, dest_dir):
                transfer.run()
        except ProductStagingError:
            raise
        except DownloadError as error:  # the outcome counts the bytes of the failed tries too
            return DownloadOutcome(None, FAILED, str(error), transfer.received, name)
        os.replace(part, final)
        message = tr("{name} was downloaded and verified.").format(name=name)
        return DownloadOutcome(final, DOWNLOADED, message, transfer.received, name, (final,))

    def _download_members(self, record, session, dest_dir, kind):
        name = record.identifier

        def once():
            return fetch_members(
                session,
                record.data_url,
                dest_dir,
                kind,
                size=record.size,
                progress=lambda percent: self._report(name, percent),
                is_cancelled=self._cancelled,
                timeout=(self.config.connect_timeout, self.stall_timeout),
            )

        try:
            partial = with_retries(once, self.max_tries, lambda attempt, response: self._retry(name, attempt, response), name)
        except ProductStagingError:
            raise
        except DownloadError as error:  # a transient trouble after the last try, or a final one
            raise DownloadError("{}: {}".format(name, error)) from None
        message = tr("{name}: %n file(s) fetched ({received} MB received, {saved} MB saved).", None, len(partial.paths)).format(
            name=name,
            received=format_number(partial.bytes_downloaded / MEGABYTE, 1),
            saved=format_number(partial.bytes_saved / MEGABYTE, 1),
        )
        # Members keep the zip's layout: <dest>/<identifier>/..., the folder the reader opens.
        folder = dest_dir / Path(partial.paths[0]).relative_to(dest_dir).parts[0]
        return DownloadOutcome(folder, DOWNLOADED, message, partial.bytes_downloaded, name, tuple(partial.paths))

    @contextmanager
    def _disk_space(self, transfer, dest_dir):
        """Refuse a download the disk cannot hold, counting what the
        downloads under way have announced and not written yet."""
        record = transfer.record
        needed = 0 if record.size is None else max(0, record.size - transfer.offset())
        with self._lock:
            promised = sum(max(0, size - other.received) for other, size in self._reservations.items())
            free = shutil.disk_usage(dest_dir).free - promised
            if needed > free:
                raise DownloadError(
                    tr(
                        "Not enough free disk space in {folder} for {name}: {needed} MB needed, "
                        "{free} MB free. Free some space or choose another folder."
                    ).format(
                        folder=dest_dir,
                        name=record.identifier,
                        needed=-(-needed // MEGABYTE),
                        free=max(0, free) // MEGABYTE,
                    )
                )
            self._reservations[transfer] = needed
        try:
            yield
        finally:
            with self._lock:
                del self._reservations[transfer]

    def _retry(self, identifier, attempt, response=None):
        if self.product_retry is not None:
            self.product_retry(identifier, attempt + 1, self.max_tries)
        self._pause(attempt, response)

    def _pause(self, attempt, response=None):
        """Wait before try ``attempt + 1`` (as the server asks, else exponentially)."""
        if not wait(backoff_delay(attempt, self.backoff, response), self._cancelled):
            self._raise_if_cancelled()

    def _cancelled(self):
        return self._stop.is_set() or (self.is_cancelled is not None and self.is_cancelled())

    def _raise_if_cancelled(self):
        raise_if_cancelled(self._cancelled, tr("The download was cancelled; it will resume from where it stopped."))

    def _track(self, records):
        self._stop.clear()
        with self._lock:
            self._percents = {record.identifier: 0.0 for record in records}

    def _report(self, identifier, percent, final=False):
        percent = min(max(percent, 0.0), 100.0)
        with self._lock:
            before = self._percents.get(identifier, 0.0)
            self._percents[identifier] = percent
            # Chunks arrive by the thousand: report whole percents only.
            if int(percent) == int(before) and not final:
                return
            overall = sum(self._percents.values()) / max(1, len(self._percents))
            if self.product_progress is not None:
                self.product_progress(identifier, percent)
            if self.progress is not None:
                self.progress(overall)


def _is_complete(record, path):
    """Whether ``path`` is the product the catalogue describes (MD5, else size)."""
    if record.md5:
        return file_md5(path) == record.md5
    return record.size is None or path.stat().st_size == record.size
