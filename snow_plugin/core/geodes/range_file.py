"""A remote file read through HTTP Range requests, seekable enough for ``zipfile``."""

import logging
import os

import requests
from urllib3.exceptions import HTTPError as Urllib3Error

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
)

LOGGER = logging.getLogger("snow_plugin")

DEFAULT_BLOCK = 256 * 1024  # an L2A central directory is ~30 KB: the first request holds it
DEFAULT_TIMEOUT = (15, 120)  # (connect, read) seconds; a stalled read is a timeout


class RangesUnsupportedError(DownloadError):
    """The server ignored the Range header and answered 200 with the whole file.

    ``response`` is that 200 response, unread, so a caller can fall back to
    a full download without asking the server twice.
    """

    def __init__(self, response):
        super().__init__(tr("The server does not support partial downloads."))
        self.response = response


class HttpRangeFile:
    """A read-only seekable file over HTTP Range requests, enough for ``zipfile``.

    The first request fetches the last ``block`` bytes: the size, and usually
    the whole central directory. Other reads fetch ``block`` bytes ahead, or
    stream a span announced with ``plan_sequential_read`` in one request.
    ``bytes_received`` counts what came over the network.
    """

    def __init__(self, session, url, size=None, block=DEFAULT_BLOCK, timeout=DEFAULT_TIMEOUT):
        self.session = session
        self.url = url
        self.block = block
        self.timeout = timeout
        self.bytes_received = 0
        self._pos = 0
        self._buffer = b""
        self._buffer_start = 0
        self._stream = None
        self._stream_pos = self._stream_end = 0
        self._planned = None
        self.size = self._read_tail(size)

    def _read_tail(self, expected_size):
        # A suffix range needs no size; an explicit range suits servers that
        # refuse a suffix longer than the file.
        if expected_size:
            byte_range = f"bytes={max(0, expected_size - self.block)}-{expected_size - 1}"
        else:
            byte_range = f"bytes=-{self.block}"
        response = self._request(byte_range)
        start, end, total = _parse_content_range(response)
        if expected_size and total != expected_size:
            LOGGER.warning("%s is %d bytes long, the catalogue said %d.", self.url, total, expected_size)
        self._fill_buffer(response, start, end)
        return total

    def plan_sequential_read(self, start, end):
        """Announce that bytes [start, end) will be read in order: one request serves them."""
        self._planned = (start, min(end, self.size))

    def seekable(self):
        return True

    def tell(self):
        return self._pos

    def seek(self, offset, whence=os.SEEK_SET):
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def read(self, n=-1):
        remaining = self.size - self._pos
        n = remaining if n is None or n < 0 else min(n, remaining)
        parts = []
        while n > 0:
            data = self._read_some(n)
            self._pos += len(data)
            n -= len(data)
            parts.append(data)
        return b"".join(parts)

    def close(self):
        self._close_stream()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _read_some(self, n):
        offset = self._pos - self._buffer_start
        if 0 <= offset < len(self._buffer):
            return self._buffer[offset : offset + n]
        if self._stream is not None and self._pos == self._stream_pos < self._stream_end:
            return self._read_stream(n)
        self._close_stream()
        if self._planned and self._planned[0] <= self._pos < self._planned[1]:
            self._stream, self._stream_end = self._request_from_here(self._planned[1])
            self._stream_pos = self._pos
            return self._read_stream(n)
        response, end = self._request_from_here(min(self.size, self._pos + max(n, self.block)))
        self._fill_buffer(response, self._pos, end)
        return self._buffer[:n]

    def _request_from_here(self, end):
        """The response for bytes [pos, end) and where the server's answer really ends."""
        response = self._request(f"bytes={self._pos}-{end - 1}")
        start, served_end, _ = _parse_content_range(response)
        if start != self._pos:
            response.close()
            raise TransientDownloadError(_wrong_bytes())
        return response, served_end

    def _request(self, byte_range):
        try:
            response = self.session.get(
                self.url,
                headers={"Range": byte_range, "Accept-Encoding": "identity"},
                stream=True,
                timeout=self.timeout,
            )
        except requests.TooManyRedirects as error:
            raise redirect_loop_refusal(self.session) from error
        except requests.RequestException as error:
            raise TransientDownloadError(network_failure_message(error)) from error
        if response.status_code == 200:
            raise RangesUnsupportedError(response)
        if response.status_code != 206:
            try:
                self._raise_for_status(response)
            finally:
                response.close()
        return response

    def _raise_for_status(self, response):
        """Raise the error a user can act on for an error answer."""
        raise_for_auth(response, self.session)
        status = response.status_code
        if status == 202 or (status != 429 and says_offline(response)):
            raise staging_error(self.url)
        if status == 404:
            raise DownloadError(tr("The file is no longer on the server (HTTP 404). Search again for the product."))
        message = tr("The server answered HTTP {status}. Try again later.").format(status=status)
        if status in RETRYABLE_STATUSES:
            raise TransientDownloadError(message, response)
        raise DownloadError(message)

    def _fill_buffer(self, response, start, end):
        data = bytearray()
        try:
            while len(data) < end - start:
                data += self._read_raw(response, end - start - len(data))
        finally:
            response.close()
        self._buffer, self._buffer_start = bytes(data), start

    def _read_stream(self, n):
        try:
            data = self._read_raw(self._stream, min(n, self._stream_end - self._stream_pos))
        except DownloadError:
            self._close_stream()
            raise
        self._stream_pos += len(data)
        return data

    def _read_raw(self, response, n):
        try:
            data = response.raw.read(n)
        except (Urllib3Error, OSError) as error:
            raise TransientDownloadError(network_failure_message(error)) from error
        if not data:
            raise TransientDownloadError(truncated_message())
        self.bytes_received += len(data)
        return data

    def _close_stream(self):
        if self._stream is not None:
            self._stream.close()
            self._stream = None


def _parse_content_range(response):
    """(start, end excluded, total) of a 206 answer; a transient trouble without one."""
    start, end, total = content_range(response)
    if None in (start, end, total):
        response.close()
        raise TransientDownloadError(_wrong_bytes())
    return start, end, total


def network_failure_message(error):
    return tr("The connection to the server failed ({reason}). Check the network and try again.").format(reason=error)


def truncated_message():
    return tr("The connection closed before all the data arrived. Try again.")


def _wrong_bytes():
    return tr("The server did not send the requested byte range. Try again later.")
