"""Downloading product zips from GEODES so that users can trust what they get.

A product (0.5 to 1 GB) is streamed to ``<name>.zip.part``, resumed with a
``Range`` request after an interruption, checked against the MD5 announced
in the catalogue, then renamed: a file under its final name is complete.
Transient trouble (429, 5xx, broken or stalled connections, a damaged file)
is retried with backoff; a refused key stops everything at once; an offline
product is reported as being staged and the queue goes on.
"""

import hashlib
import logging
import os
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import requests
from urllib3.exceptions import ReadTimeoutError

from snow_plugin.core.errors import ApiKeyRefusedError, CancelledError, DownloadError, ProductStagingError
from snow_plugin.core.i18n import tr

from .archive import safe_extract
from .http import (
    RETRYABLE_STATUSES,
    backoff_delay,
    raise_for_auth,
    range_start,
    range_total,
    redirect_loop_refusal,
    says_offline,
    wait,
)

__all__ = ["DownloadOutcome", "Downloader", "file_md5", "safe_extract"]

LOGGER = logging.getLogger("snow_plugin")
CHUNK_SIZE = 64 * 1024
MEGABYTE = 1024 * 1024

DOWNLOADED, SKIPPED, STAGED, FAILED = "downloaded", "skipped", "staged", "failed"


@dataclass(frozen=True)
class DownloadOutcome:
    path: Path  # the final zip, or None when there is none
    status: str  # DOWNLOADED, SKIPPED, STAGED or FAILED
    message: str
    bytes: int = 0  # bytes received over the network by this call
    identifier: str = ""


@dataclass
class _Transfer:
    received: int = 0  # over every try of one product


class _TransientProblem(Exception):
    """Worth another try; ``reason`` completes a sentence for the user."""

    def __init__(self, reason, response=None):
        super().__init__(reason)
        self.reason = reason
        self.response = response


def file_md5(path):
    digest = hashlib.md5()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


class Downloader:
    """``progress(percent)`` and ``is_cancelled()`` may be called from worker threads."""

    def __init__(self, session, config, stall_timeout=60, max_tries=5, backoff=2.0, progress=None, is_cancelled=None):
        self.session = session
        self.config = config
        self.stall_timeout = stall_timeout
        self.max_tries = max(1, max_tries)
        self.backoff = backoff
        self.progress = progress
        self.is_cancelled = is_cancelled
        self._stop = threading.Event()  # a refused key stops the whole queue
        self._lock = threading.Lock()
        self._received = {}
        self._sizes = {}

    def download(self, record, dest_dir):
        self._track([record])
        return self._download(record, Path(dest_dir))

    def download_all(self, records, dest_dir, max_parallel=3):
        """Outcomes in the order of ``records``; one failure or staged product
        does not stop the others, a refused key or a cancel stops them all."""
        records = list(records)
        self._track(records)
        with ThreadPoolExecutor(max_workers=max(1, max_parallel), thread_name_prefix="geodes-download") as pool:
            futures = [pool.submit(self._download_in_queue, record, Path(dest_dir)) for record in records]
            outcomes, errors = [], []
            for future in futures:
                try:
                    outcomes.append(future.result())
                except (ApiKeyRefusedError, CancelledError) as error:
                    errors.append(error)
        refused = [error for error in errors if isinstance(error, ApiKeyRefusedError)]
        if refused or errors:
            raise (refused or errors)[0]
        return outcomes

    def _download_in_queue(self, record, dest_dir):
        try:
            return self._download(record, dest_dir)
        except ApiKeyRefusedError:
            self._stop.set()
            raise

    def _download(self, record, dest_dir):
        final = dest_dir / record.zip_name
        part = dest_dir / (record.zip_name + ".part")
        self._raise_if_cancelled()
        name = record.identifier
        if not record.data_url:
            message = tr("{name} has no downloadable file in the catalogue.").format(name=name)
            return self._finish(record, None, FAILED, message, 0)
        if final.exists():
            if self._is_complete(record, final):
                return self._finish(record, final, SKIPPED, tr("{name} is already downloaded.").format(name=name), 0)
            LOGGER.warning("%s exists but does not match the catalogue: downloading it again.", final)
        transfer = _Transfer()
        try:
            dest_dir.mkdir(parents=True, exist_ok=True)
            self._check_disk_space(record, dest_dir, part)
            self._fetch_with_retries(record, part, transfer)
            os.replace(part, final)
        except ProductStagingError as error:
            return self._finish(record, None, STAGED, str(error), transfer.received)
        except DownloadError as error:
            return self._finish(record, None, FAILED, str(error), transfer.received)
        except OSError as error:
            message = tr("{name} could not be written to {folder} ({reason}).").format(
                name=name, folder=dest_dir, reason=error.strerror or error
            )
            return self._finish(record, None, FAILED, message, transfer.received)
        message = tr("{name} was downloaded and verified.").format(name=name)
        return self._finish(record, final, DOWNLOADED, message, transfer.received)

    def _finish(self, record, path, status, message, received):
        self._report(record, self._sizes.get(record.identifier) or 0, done=True)
        (LOGGER.warning if status in (STAGED, FAILED) else LOGGER.info)(message)
        return DownloadOutcome(path, status, message, received, record.identifier)

    def _fetch_with_retries(self, record, part, transfer):
        for attempt in range(1, self.max_tries + 1):
            self._raise_if_cancelled()
            try:
                self._fetch_once(record, part, transfer)
                self._verify(record, part)
                return
            except _TransientProblem as problem:
                last = problem
                LOGGER.warning("%s: %s (try %d of %d).", record.identifier, problem.reason, attempt, self.max_tries)
            if attempt < self.max_tries and not wait(
                backoff_delay(attempt, self.backoff, last.response), self._cancelled
            ):
                self._raise_if_cancelled()
        raise DownloadError(
            tr("{name} could not be downloaded after {tries} tries: {reason}. Try again later.").format(
                name=record.identifier, tries=self.max_tries, reason=last.reason
            )
        )

    def _fetch_once(self, record, part, transfer):
        """Stream into ``part``, appending when the server honours the range."""
        offset = part.stat().st_size if part.exists() else 0
        headers = {"Range": "bytes={}-".format(offset)} if offset else {}
        try:
            response = self.session.get(
                record.data_url,
                headers=headers,
                stream=True,
                timeout=(self.config.connect_timeout, self.stall_timeout),
            )
        except requests.TooManyRedirects:
            raise redirect_loop_refusal(self.session) from None
        except requests.RequestException as error:
            raise _TransientProblem(self._connection_trouble(error, tr("the server could not be reached"))) from None
        with response:
            self._check_status(record, response)
            if response.status_code == 416:
                if range_total(response) == offset:
                    return  # the .part is already whole: only the check remains
                part.unlink(missing_ok=True)
                raise _TransientProblem(tr("the partial file did not match the server's file, restarting"))
            resumed = response.status_code == 206 and range_start(response) == offset
            start = offset if resumed else 0
            expected = _expected_total(response, start, record.size)
            position = start
            with open(part, "ab" if resumed else "wb") as out:
                try:
                    for chunk in response.iter_content(CHUNK_SIZE):
                        self._raise_if_cancelled()
                        out.write(chunk)
                        position += len(chunk)
                        transfer.received += len(chunk)
                        self._report(record, position)
                except requests.RequestException as error:
                    reason = self._connection_trouble(error, tr("the connection was interrupted"))
                    raise _TransientProblem(reason) from None
        if expected is not None and position < expected:
            raise _TransientProblem(tr("the connection closed before the end of the file"))

    def _check_status(self, record, response):
        raise_for_auth(response, self.session)
        status = response.status_code
        if status in (200, 206, 416):
            return
        if status != 429 and (status == 202 or record.online is False or says_offline(response)):
            raise ProductStagingError(
                tr("{name} is offline and being staged by the Theia production centre: retry later.").format(
                    name=record.identifier
                )
            )
        if status in RETRYABLE_STATUSES:
            raise _TransientProblem(tr("the server answered HTTP {status}").format(status=status), response)
        raise DownloadError(
            tr("The server refused to send {name} (HTTP {status}).").format(name=record.identifier, status=status)
        )

    def _verify(self, record, part):
        if record.md5:
            if file_md5(part) != record.md5:
                part.unlink()
                raise _TransientProblem(
                    tr("the file does not match its MD5 checksum (damaged in transit) and was deleted")
                )
        elif record.size is not None and part.stat().st_size != record.size:
            part.unlink()
            raise _TransientProblem(tr("the file does not have the announced size and was deleted"))

    def _is_complete(self, record, path):
        if record.md5:
            return file_md5(path) == record.md5
        return record.size is None or path.stat().st_size == record.size

    def _check_disk_space(self, record, dest_dir, part):
        if record.size is None:
            return
        needed = record.size - (part.stat().st_size if part.exists() else 0)
        free = shutil.disk_usage(dest_dir).free
        if needed > free:
            raise DownloadError(
                tr(
                    "Not enough free disk space in {folder} for {name}: {needed} MB needed, "
                    "{free} MB free. Free some space or choose another folder."
                ).format(
                    folder=dest_dir, name=record.identifier, needed=-(-needed // MEGABYTE), free=free // MEGABYTE
                )
            )

    def _connection_trouble(self, error, otherwise):
        # While streaming, requests wraps urllib3's read timeout in a ConnectionError.
        stalled = isinstance(error, requests.ReadTimeout) or any(
            isinstance(argument, ReadTimeoutError) for argument in error.args
        )
        if stalled:
            return tr("no data arrived for {seconds} s (the server stalled)").format(seconds=self.stall_timeout)
        return otherwise

    def _cancelled(self):
        return self._stop.is_set() or (self.is_cancelled is not None and self.is_cancelled())

    def _raise_if_cancelled(self):
        if self._cancelled():
            raise CancelledError(tr("The download was cancelled; it will resume from where it stopped."))

    def _track(self, records):
        self._stop.clear()
        with self._lock:
            self._sizes = {record.identifier: record.size or 0 for record in records}
            self._received = {}

    def _report(self, record, received, done=False):
        if self.progress is None:
            return
        with self._lock:
            self._received[record.identifier] = received
            if done:
                self._sizes[record.identifier] = max(self._sizes.get(record.identifier, 0), received, 1)
            total = sum(self._sizes.values())
            got = sum(min(self._received.get(key, 0), size) for key, size in self._sizes.items())
        if total:
            self.progress(100.0 * got / total)


def _expected_total(response, start, announced_size):
    length = response.headers.get("Content-Length")
    if length is not None and length.isdigit():
        return start + int(length)
    return announced_size
