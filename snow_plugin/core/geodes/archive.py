"""Unpacking a downloaded product zip without trusting its member names."""

import fnmatch
import os
import shutil
import zipfile
from pathlib import Path, PurePosixPath

from snow_plugin.core.errors import DownloadError
from snow_plugin.core.i18n import tr

COPY_BUFFER = 1024 * 1024


def safe_extract(zip_path, dest_dir, members=None):
    """Extract ``zip_path`` into ``dest_dir``; return the extracted paths.

    ``members``: names or glob patterns (``"*_SNW_R2.tif"``) matched against
    a member's full name or its base name; ``None`` extracts everything.
    Members whose name is absolute or climbs with ``..`` ("zip slip") make the
    whole archive refused before anything is written. Each file is written
    to ``<name>.part`` and renamed once complete, so a damaged archive never
    leaves a truncated file under a final name.
    """
    zip_path, dest_dir = Path(zip_path), Path(dest_dir)
    try:
        with zipfile.ZipFile(zip_path) as archive:
            chosen = [info for info in archive.infolist() if _selected(info.filename, members)]
            for info in chosen:
                _check_member_name(info.filename, zip_path)
            return [_extract_member(archive, info, dest_dir) for info in chosen]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
        raise DownloadError(
            tr("{file} is damaged or incomplete ({reason}): delete it and download it again.").format(
                file=zip_path.name, reason=error
            )
        ) from None
    except FileNotFoundError:
        raise DownloadError(tr("{file} does not exist.").format(file=zip_path)) from None


def _selected(name, members):
    if members is None:
        return True
    base = PurePosixPath(name).name
    return any(fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(base, pattern) for pattern in members)


def _check_member_name(name, zip_path):
    path = PurePosixPath(name.replace("\\", "/"))
    drive_letter = len(name) > 1 and name[1] == ":"
    if path.is_absolute() or drive_letter or ".." in path.parts:
        raise DownloadError(
            tr("{file} contains an unsafe path ({member}) and was not extracted.").format(
                file=zip_path.name, member=name
            )
        )


def _extract_member(archive, info, dest_dir):
    target = dest_dir.joinpath(*PurePosixPath(info.filename.replace("\\", "/")).parts)
    if info.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        # Reading to the end checks the member's CRC: a damaged member raises here.
        with archive.open(info) as source, open(partial, "wb") as out:
            shutil.copyfileobj(source, out, COPY_BUFFER)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return target
