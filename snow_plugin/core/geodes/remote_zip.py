"""Partial downloads: fetch only the members of a remote product zip we need.

A zip ends with its central directory (each member's name, size, CRC and
offset), so a client that reads byte ranges learns the layout from the end of
the file, then fetches each wanted member in one request. B3/B4/B11/CLM/MG2
are about a tenth of a 0.5-1 GB L2A product. A server without Range support
gets a full download and a local extraction instead.
"""

import fnmatch
import logging
import os
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import requests
from urllib3.exceptions import HTTPError as Urllib3Error

from snow_plugin.core.errors import CancelledError, DownloadError
from snow_plugin.core.geodes.http import raise_for_auth, redirect_loop_refusal
from snow_plugin.core.i18n import tr

LOGGER = logging.getLogger("snow_plugin")

DEFAULT_BLOCK = 256 * 1024  # an L2A central directory is ~30 KB: the first request holds it
DEFAULT_TIMEOUT = (15, 120)  # (connect, read) seconds; a stalled read is a timeout
COPY_CHUNK = 256 * 1024

# Each role lists alternative patterns, best first; matching ignores case.
MEMBER_ROLES = {
    "detection": {
        "band B3": ["*_FRE_B3.tif"],
        "band B4": ["*_FRE_B4.tif"],
        "band B11": ["*_FRE_B11.tif"],
        "cloud mask": ["*MASKS/*_CLM_R2.tif", "*MASKS/*_CLM_R1.tif"],
        "geophysical mask": ["*MASKS/*_MG2_R2.tif"],
        "metadata": ["*_MTD_ALL.xml"],
    },
    "snow": {
        "snow raster": ["*_SNW_R2.tif", "*LIS_S2-SNOW-FSC_*.tif"],
        "metadata": ["*_MTD_ALL.xml", "*LIS_S2-SNOW-FSC_*.xml", "*LIS_METADATA.xml"],
    },
}
FSC_COMPANION_WORDS = ("qcflags", "toc")  # FSC layers that are not the snow map


class RangesUnsupported(DownloadError):
    """The server ignored the Range header and answered 200 with the whole file.

    ``response`` is that 200 response, unread, so a caller can fall back to
    a full download without asking the server twice.
    """

    def __init__(self, response):
        super().__init__(tr("The server does not support partial downloads."))
        self.response = response


@dataclass
class PartialOutcome:
    paths: list
    bytes_downloaded: int
    bytes_total_zip: int
    bytes_saved: int
    used_ranges: bool


class HttpRangeFile:
    """A read-only seekable file over HTTP Range requests, enough for ``zipfile``.

    The first request fetches the last ``block`` bytes: the size, and usually
    the whole central directory. Other reads fetch ``block`` bytes ahead, or
    stream a span announced with ``plan_sequential_read`` in one request.
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
            raise DownloadError(_wrong_bytes())
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
            raise DownloadError(_network_failure(error)) from error
        if response.status_code == 200:
            raise RangesUnsupported(response)
        if response.status_code != 206:
            response.close()
            raise_for_auth(response, self.session)
            _raise_for_status(response.status_code)
        return response

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
            raise DownloadError(_network_failure(error)) from error
        if not data:
            raise DownloadError(_truncated())
        self.bytes_received += len(data)
        return data

    def _close_stream(self):
        if self._stream is not None:
            self._stream.close()
            self._stream = None


def select_members(names, kind):
    """The member names needed for ``kind`` ("detection" or "snow"), one per role."""
    found, missing = [], []
    for role, patterns in MEMBER_ROLES[kind].items():
        match = _first_match(names, patterns)
        if match is None:
            missing.append("{} ({})".format(role, " or ".join(p.rsplit("*", 1)[-1] for p in patterns)))
        else:
            found.append(match)
    if missing:
        raise DownloadError(
            tr("The product zip lacks: {members}. It cannot be used for this step.").format(members="; ".join(missing))
        )
    return found


def _first_match(names, patterns):
    candidates = [(name.lower(), name) for name in sorted(names) if not _is_fsc_companion(name)]
    for pattern in patterns:
        for lowered, name in candidates:
            if fnmatch.fnmatchcase(lowered, pattern.lower()):
                return name
    return None


def _is_fsc_companion(name):
    base = PurePosixPath(name).name.lower()
    return base.startswith("lis_s2-snow-fsc") and any(word in base for word in FSC_COMPANION_WORDS)


def fetch_members(session, url, dest_dir, kind, size=None, progress=None, is_cancelled=None):
    """Extract the members needed for ``kind`` from the zip at ``url`` into ``dest_dir``.

    Members already there (same size and CRC) are kept, so calling again
    resumes after an interruption. ``progress(percent)`` may be called from
    a worker thread.
    """
    dest_dir = Path(dest_dir)
    try:
        remote = HttpRangeFile(session, url, size=size)
    except RangesUnsupported as refusal:
        LOGGER.info("%s does not support partial downloads: downloading the whole zip.", url)
        return _fetch_from_full_zip(refusal.response, dest_dir, kind, size, progress, is_cancelled)
    with remote, _open_zip(remote, url) as archive:
        infos = [archive.getinfo(name) for name in select_members(archive.namelist(), kind)]
        spans = _member_spans(archive)
        expected = remote.bytes_received + sum(end - start for start, end in (spans[i.filename] for i in infos))

        def report_progress():
            progress(100.0 * remote.bytes_received / expected)

        paths = []
        for info in infos:
            remote.plan_sequential_read(*spans[info.filename])
            paths.append(_extract(archive, info, dest_dir, report_progress if progress else None, is_cancelled))
    LOGGER.info("Fetched %d members of %s: %d of %d bytes.", len(paths), url, remote.bytes_received, remote.size)
    saved = max(0, remote.size - remote.bytes_received)
    return PartialOutcome(paths, remote.bytes_received, remote.size, saved, True)


def _member_spans(archive):
    # A member's bytes (local header, data, data descriptor) run up to the
    # next member's header; the last member's up to the central directory.
    infos = sorted(archive.infolist(), key=lambda info: info.header_offset)
    ends = [info.header_offset for info in infos[1:]] + [archive.start_dir]
    return {info.filename: (info.header_offset, end) for info, end in zip(infos, ends)}


def _fetch_from_full_zip(response, dest_dir, kind, size, progress, is_cancelled):
    dest_dir.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=dest_dir, prefix=".whole-", suffix=".zip.part")
    temp_zip = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as sink:
            downloaded = _save_body(response, sink, size, progress, is_cancelled)
        with _open_zip(temp_zip, response.url) as archive:
            names = select_members(archive.namelist(), kind)
            paths = [_extract(archive, archive.getinfo(name), dest_dir, None, is_cancelled) for name in names]
    finally:
        response.close()
        temp_zip.unlink(missing_ok=True)
    return PartialOutcome(paths, downloaded, downloaded, 0, False)


def _save_body(response, sink, size, progress, is_cancelled):
    total = int(response.headers.get("Content-Length") or size or 0)
    done = 0
    try:
        for chunk in response.iter_content(COPY_CHUNK):
            _raise_if_cancelled(is_cancelled)
            sink.write(chunk)
            done += len(chunk)
            if progress and total:
                progress(100.0 * done / total)
    except requests.RequestException as error:
        raise DownloadError(_network_failure(error)) from error
    if total and done != total:
        raise DownloadError(_truncated())
    return done


def _open_zip(file, url):
    try:
        return zipfile.ZipFile(file)
    except zipfile.BadZipFile as error:
        raise DownloadError(
            tr("The file at {url} is not a readable zip ({reason}). Try again later.").format(url=url, reason=error)
        ) from error


def _extract(archive, info, dest_dir, on_chunk, is_cancelled):
    """Copy one member through ``<file>.part`` to its final name; reading it to the end checks its CRC."""
    target = _destination(dest_dir, info.filename)
    if _already_extracted(target, info):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    try:
        with archive.open(info) as source, open(part, "wb") as sink:
            while chunk := source.read(COPY_CHUNK):
                _raise_if_cancelled(is_cancelled)
                sink.write(chunk)
                if on_chunk:
                    on_chunk()
        os.replace(part, target)
    except (zipfile.BadZipFile, zlib.error) as error:
        part.unlink(missing_ok=True)
        raise DownloadError(
            tr("{member} arrived damaged ({reason}). Download the product again.").format(
                member=info.filename, reason=error
            )
        ) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target


def _destination(dest_dir, name):
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or ":" in name:
        raise DownloadError(tr("The zip holds an unsafe file name ({member}); it was not extracted.").format(member=name))
    return dest_dir.joinpath(*path.parts)


def _already_extracted(target, info):
    if not target.is_file() or target.stat().st_size != info.file_size:
        return False
    crc = 0
    with open(target, "rb") as existing:
        while chunk := existing.read(COPY_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc == info.CRC


def _raise_if_cancelled(is_cancelled):
    if is_cancelled and is_cancelled():
        raise CancelledError(tr("The download was cancelled."))


def _parse_content_range(response):
    """(start, end, total) of "Content-Range: bytes 1000-4999/5000", end excluded."""
    match = re.match(r"bytes (\d+)-(\d+)/(\d+)", response.headers.get("Content-Range", ""))
    if not match:
        response.close()
        raise DownloadError(_wrong_bytes())
    start, last, total = (int(group) for group in match.groups())
    return start, last + 1, total


def _raise_for_status(status):
    """Raise the error a user can act on for an HTTP error ``status``."""
    if status == 404:
        raise DownloadError(tr("The file is no longer on the server (HTTP 404). Search again for the product."))
    raise DownloadError(tr("The server answered HTTP {status}. Try again later.").format(status=status))


def _network_failure(error):
    return tr("The connection to the server failed ({reason}). Check the network and try again.").format(reason=error)


def _truncated():
    return tr("The connection closed before all the data arrived. Try again.")


def _wrong_bytes():
    return tr("The server did not send the requested byte range. Try again later.")
