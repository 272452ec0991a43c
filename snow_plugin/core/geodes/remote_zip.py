"""Partial downloads: fetch only the members of a remote product zip we need.

A zip ends with its central directory (each member's name, size, CRC and
offset), so a client that reads byte ranges learns the layout from the end of
the file, then fetches each wanted member in one request. B3/B4/B11/CLM/MG2
(and B12 when present, for the fog/cloud rescue) are about a tenth of a 0.5-1 GB L2A product. A server without Range support
gets a full download and a local extraction instead.
"""

import fnmatch
import logging
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import requests

from snow_plugin.core.errors import DownloadError
from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import L2A_FILES, OUTPUT_SUFFIXES

from .archive import extract_member
from .http import TransientDownloadError, raise_if_cancelled
from .range_file import (
    DEFAULT_TIMEOUT,
    HttpRangeFile,
    RangesUnsupportedError,
    network_failure_message,
    truncated_message,
)

LOGGER = logging.getLogger("snow_plugin")

COPY_CHUNK = 256 * 1024

# Each role lists alternative patterns, best first; matching ignores case.
MEMBER_ROLES = {
    "detection": {
        "band B3": ["*" + L2A_FILES["green"]],
        "band B4": ["*" + L2A_FILES["red"]],
        "band B11": ["*" + L2A_FILES["swir"]],
        "cloud mask": ["*MASKS/*" + L2A_FILES["clm"], "*MASKS/*" + L2A_FILES["clm_r1"]],
        "geophysical mask": ["*MASKS/*" + L2A_FILES["mg2"]],
        "metadata": ["*" + L2A_FILES["metadata"]],
    },
    "snow": {
        "snow raster": ["*" + OUTPUT_SUFFIXES["SNW"], "*LIS_S2-SNOW-FSC_*.tif"],
        "metadata": ["*_MTD_ALL.xml", "*LIS_S2-SNOW-FSC_*.xml", "*LIS_METADATA.xml"],
    },
}
# Taken when the zip has them, never required (older products may lack them).
OPTIONAL_MEMBERS = {"detection": ["*" + L2A_FILES["swir2"]], "snow": []}  # B12: the fog/cloud rescue
FSC_COMPANION_WORDS = ("qcflags", "toc")  # FSC layers that are not the snow map


@dataclass
class PartialOutcome:
    paths: list
    bytes_downloaded: int
    bytes_total_zip: int
    bytes_saved: int
    used_ranges: bool


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
    optional = (_first_match(names, [pattern]) for pattern in OPTIONAL_MEMBERS[kind])
    return found + [name for name in optional if name is not None]


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


def fetch_members(session, url, dest_dir, kind, size=None, progress=None, is_cancelled=None, timeout=DEFAULT_TIMEOUT):
    """Extract the members needed for ``kind`` from the zip at ``url`` into ``dest_dir``.

    Members already there (same size and CRC) are kept, so calling again
    resumes after an interruption. Trouble worth another call raises
    ``TransientDownloadError``. ``progress(percent)`` may be called from a
    worker thread.
    """
    dest_dir = Path(dest_dir)
    try:
        remote = HttpRangeFile(session, url, size=size, timeout=timeout)
    except RangesUnsupportedError as refusal:
        LOGGER.info("%s does not support partial downloads: downloading the whole zip.", url)
        return _fetch_from_full_zip(refusal.response, dest_dir, kind, size, progress, is_cancelled)
    with remote, _open_zip(remote, url) as archive:
        infos = [archive.getinfo(name) for name in select_members(archive.namelist(), kind)]
        spans = _member_spans(archive)
        expected = remote.bytes_received + sum(end - start for start, end in (spans[i.filename] for i in infos))

        def after_chunk():
            raise_if_cancelled(is_cancelled, tr("The download was cancelled."))
            if progress is not None:
                progress(100.0 * remote.bytes_received / expected)

        paths = []
        for info in infos:
            remote.plan_sequential_read(*spans[info.filename])
            paths.append(_extract(archive, info, dest_dir, after_chunk))
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
            paths = [_extract(archive, archive.getinfo(name), dest_dir, lambda: raise_if_cancelled(is_cancelled, tr("The download was cancelled.")))
                     for name in names]
    finally:
        response.close()
        temp_zip.unlink(missing_ok=True)
    return PartialOutcome(paths, downloaded, downloaded, 0, False)


def _save_body(response, sink, size, progress, is_cancelled):
    total = int(response.headers.get("Content-Length") or size or 0)
    done = 0
    try:
        for chunk in response.iter_content(COPY_CHUNK):
            raise_if_cancelled(is_cancelled, tr("The download was cancelled."))
            sink.write(chunk)
            done += len(chunk)
            if progress and total:
                progress(100.0 * done / total)
    except requests.RequestException as error:
        raise TransientDownloadError(network_failure_message(error)) from error
    if total and done != total:
        raise TransientDownloadError(truncated_message())
    return done


def _open_zip(file, url):
    try:
        return zipfile.ZipFile(file)
    except zipfile.BadZipFile as error:
        raise DownloadError(
            tr("The file at {url} is not a readable zip ({reason}). Try again later.").format(url=url, reason=error)
        ) from error


def _extract(archive, info, dest_dir, after_chunk):
    try:
        return extract_member(archive, info, dest_dir, after_chunk)
    except (zipfile.BadZipFile, zlib.error) as error:
        raise TransientDownloadError(
            tr("{member} arrived damaged ({reason}). Download the product again.").format(
                member=info.filename, reason=error
            )
        ) from error

