"""Unpacking product zips, local or remote, without trusting their member names."""

import fnmatch
import os
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from snow_plugin.core.errors import DownloadError
from snow_plugin.core.i18n import tr

COPY_CHUNK = 256 * 1024


def safe_extract(zip_path, dest_dir, members=None):
    """Extract ``zip_path`` into ``dest_dir``; return the extracted paths.

    ``members``: names or glob patterns (``"*_SNW_R2.tif"``) matched against
    a member's full name or its base name; ``None`` extracts everything.
    One unsafe member name (see ``member_target``) makes the whole archive
    refused before anything is written.
    """
    zip_path, dest_dir = Path(zip_path), Path(dest_dir)
    try:
        with zipfile.ZipFile(zip_path) as archive:
            chosen = [info for info in archive.infolist() if _selected(info.filename, members)]
            for info in chosen:
                member_target(dest_dir, info.filename)
            return [extract_member(archive, info, dest_dir) for info in chosen]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as error:
        raise DownloadError(
            tr("{file} is damaged or incomplete ({reason}): delete it and download it again.").format(
                file=zip_path.name, reason=error
            )
        ) from None
    except FileNotFoundError:
        raise DownloadError(tr("{file} does not exist.").format(file=zip_path)) from None


def member_target(dest_dir, name):
    """Where member ``name`` belongs under ``dest_dir``.

    Refuses absolute names, ``..`` ("zip slip") and colons (Windows drive
    letters and NTFS streams); backslashes written by Windows tools are
    folder separators.
    """
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or ":" in name or not path.parts:
        raise DownloadError(
            tr("The zip holds an unsafe file name ({member}); it was not extracted.").format(member=name)
        )
    return Path(dest_dir).joinpath(*path.parts)


def extract_member(archive, info, dest_dir, on_chunk=None):
    """Write one member of ``archive`` under ``dest_dir``; return its path.

    The data goes to ``<file>.part``, renamed once complete; a file already
    there with the member's size and CRC is kept, so calling again resumes
    an interrupted extraction. Reading a member to its end checks its CRC: a
    damaged one raises ``zipfile.BadZipFile`` (or ``zlib.error``) and leaves
    nothing. ``on_chunk()`` runs after each chunk and may raise to stop.
    """
    target = member_target(dest_dir, info.filename)
    if info.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return target
    if _already_extracted(target, info):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    try:
        with archive.open(info) as source, open(part, "wb") as sink:
            while chunk := source.read(COPY_CHUNK):
                sink.write(chunk)
                if on_chunk is not None:
                    on_chunk()
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target


def _selected(name, members):
    if members is None:
        return True
    base = PurePosixPath(name).name
    return any(fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(base, pattern) for pattern in members)


def _already_extracted(target, info):
    if not target.is_file() or target.stat().st_size != info.file_size:
        return False
    crc = 0
    with open(target, "rb") as existing:
        while chunk := existing.read(COPY_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc == info.CRC
