"""Quicklook images of catalogue entries, cached by product identifier."""

import os
import tempfile
from pathlib import Path, PurePath

import requests

from snow_plugin.core.errors import DownloadError
from snow_plugin.core.i18n import tr

TIMEOUT = (10, 30)  # (connect, read) seconds: a thumbnail must not hold up a result list
IMAGE_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG")  # JPEG, PNG


def fetch_quicklook(session, url, cache_dir, identifier):
    """The path of the quicklook of ``identifier``, downloaded once into ``cache_dir``."""
    if PurePath(identifier).name != identifier or identifier in ("", ".", ".."):
        raise ValueError(f"not a product identifier: {identifier!r}")
    cache_dir = Path(cache_dir)
    target = cache_dir / f"{identifier}.jpg"
    if target.is_file() and target.stat().st_size > 0:
        return target
    try:
        response = session.get(url, timeout=TIMEOUT)
        response.raise_for_status()
    except requests.RequestException as error:
        raise DownloadError(
            tr("The quicklook of {name} could not be downloaded ({reason}).").format(name=identifier, reason=error)
        ) from error
    # A login page or an error text sent with status 200 must not be cached as an image.
    if not response.content.startswith(IMAGE_SIGNATURES):
        raise DownloadError(tr("The server sent something other than an image as the quicklook of {name}.").format(
            name=identifier
        ))
    cache_dir.mkdir(parents=True, exist_ok=True)
    handle, part_name = tempfile.mkstemp(dir=cache_dir, prefix=identifier, suffix=".jpg.part")
    try:
        with os.fdopen(handle, "wb") as sink:
            sink.write(response.content)
        os.replace(part_name, target)
    finally:
        Path(part_name).unlink(missing_ok=True)
    return target
