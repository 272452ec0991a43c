"""One product zip from GEODES into ``<name>.zip.part``, resumed and verified.

The ``.part`` grows over as many tries as allowed: a ``Range`` request
resumes it when the server answers 206, a 200 restarts it cleanly. It is
finished when it matches the catalogue's MD5 (or size); the caller then
renames it. Transient trouble (429, 5xx, broken or stalled connections, a
damaged file) is retried; a refused key or an offline product ends the
transfer at once.
"""

import hashlib

import requests
from urllib3.exceptions import ReadTimeoutError

from snow_plugin.core.errors import DownloadError
from snow_plugin.core.i18n import tr

from .http import (
    RETRYABLE_STATUSES,
    TransientDownloadError,
    content_range,
    raise_for_auth,
    redirect_loop_refusal,
    says_offline,
    staging_error,
    with_retries,
)

CHUNK_SIZE = 64 * 1024


def file_md5(path):
    digest = hashlib.md5()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


class ZipTransfer:
    """``timeout`` is (connect, stall) seconds: ``requests`` applies the read
    timeout to every wait for bytes, so a server silent that long is a stall.
    ``pause(attempt, response)`` waits between tries; ``check_cancelled()``
    raises to stop; ``on_percent(percent)`` follows the file."""

    def __init__(self, session, record, part, timeout, max_tries, pause, on_percent, check_cancelled):
        self.session = session
        self.record = record
        self.part = part
        self.timeout = timeout
        self.max_tries = max_tries
        self.pause = pause
        self.on_percent = on_percent
        self.check_cancelled = check_cancelled
        self.received = 0  # bytes over the network, every try included

    def offset(self):
        """Bytes already in the ``.part``."""
        return self.part.stat().st_size if self.part.exists() else 0

    def run(self):
        """Fill and verify the ``.part``; raise ``DownloadError`` when the tries are spent."""
        def once():
            self.check_cancelled()
            self._fetch_once()
            self._verify()

        try:
            with_retries(once, self.max_tries, self.pause, self.record.identifier)
        except TransientDownloadError as last:
            raise DownloadError(
                tr("{name} could not be downloaded after {tries} tries: {reason}. Try again later.").format(
                    name=self.record.identifier, tries=self.max_tries, reason=last.reason
                )
            ) from None

    def _fetch_once(self):
        """Stream into the ``.part``, appending when the server honours the range."""
        offset = self.offset()
        headers = {"Range": "bytes={}-".format(offset)} if offset else {}
        try:
            response = self.session.get(self.record.data_url, headers=headers, stream=True, timeout=self.timeout)
        except requests.TooManyRedirects:
            raise redirect_loop_refusal(self.session) from None
        except requests.RequestException as error:
            raise TransientDownloadError(self._connection_trouble(error, tr("the server could not be reached"))) from None
        with response:
            self._check_status(response)
            served_start, _, served_total = content_range(response)
            if response.status_code == 416 and served_total == offset:
                return  # the .part is already whole: only the check remains
            if response.status_code == 416 or (response.status_code == 206 and served_start != offset):
                self.part.unlink(missing_ok=True)
                raise TransientDownloadError(tr("the partial file did not match the server's file, restarting"))
            start = offset if response.status_code == 206 else 0
            expected = _expected_total(response, start, self.record.size)
            position = self._save(response, start, expected)
        if expected is not None and position < expected:
            raise TransientDownloadError(tr("the connection closed before the end of the file"))

    def _save(self, response, start, expected):
        """Write the body at ``start`` of the ``.part``; return where it ends."""
        position = start
        with open(self.part, "ab" if start else "wb") as out:
            try:
                for chunk in response.iter_content(CHUNK_SIZE):
                    self.check_cancelled()  # before writing: a cancel after the last chunk still finishes
                    out.write(chunk)
                    position += len(chunk)
                    self.received += len(chunk)
                    if expected:
                        self.on_percent(100.0 * position / expected)
            except requests.RequestException as error:
                reason = self._connection_trouble(error, tr("the connection was interrupted"))
                raise TransientDownloadError(reason) from None
        return position

    def _check_status(self, response):
        raise_for_auth(response, self.session)
        status = response.status_code
        if status in (200, 206, 416):
            return
        if status != 429 and (status == 202 or self.record.online is False or says_offline(response)):
            raise staging_error(self.record.identifier)
        if status in RETRYABLE_STATUSES:
            raise TransientDownloadError(tr("the server answered HTTP {status}").format(status=status), response)
        raise DownloadError(
            tr("The server refused to send {name} (HTTP {status}).").format(name=self.record.identifier, status=status)
        )

    def _verify(self):
        if self.record.md5:
            if file_md5(self.part) != self.record.md5:
                self.part.unlink()
                raise TransientDownloadError(
                    tr("the file does not match its MD5 checksum (damaged in transit) and was deleted")
                )
        elif self.record.size is not None and self.part.stat().st_size != self.record.size:
            self.part.unlink()
            raise TransientDownloadError(tr("the file does not have the announced size and was deleted"))

    def _connection_trouble(self, error, otherwise):
        # While streaming, requests wraps urllib3's read timeout in a ConnectionError.
        stalled = isinstance(error, requests.ReadTimeout) or any(
            isinstance(argument, ReadTimeoutError) for argument in error.args
        )
        if stalled:
            return tr("no data arrived for {seconds} s (the server stalled)").format(seconds=self.timeout[1])
        return otherwise


def _expected_total(response, start, announced_size):
    length = response.headers.get("Content-Length")
    if length is not None and length.isdigit():
        return start + int(length)
    return announced_size
