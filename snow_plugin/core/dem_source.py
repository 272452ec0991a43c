"""Which DEM a detection uses: none, the one given, or the Copernicus DEM
GLO-30 fetched automatically on the product's grid (``dem_fetch``).

The automatic DEM never stops a detection: when the DEM server cannot be
reached or the fetch fails, one warning says so and the run goes on
without the snowline and pass 2. "Reachable" is decided by asking the
configured DEM address (settings or ``THEIA_SNOW_DEM_URL``) itself, never
a fixed internet host, so tests pointing it at 127.0.0.1 stay offline.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

import rasterio
import requests
from rasterio.errors import RasterioIOError

from snow_plugin.core.dem_fetch import DEM_ATTRIBUTION, dem_for_product
from snow_plugin.core.errors import DemError
from snow_plugin.core.i18n import tr

LOGGER = logging.getLogger("snow_plugin")

DEM_NONE, DEM_GIVEN, DEM_COPERNICUS = 0, 1, 2
SOURCE_NAMES = {DEM_NONE: "none", DEM_GIVEN: "given", DEM_COPERNICUS: "copernicus_glo30"}
REACH_TIMEOUT = (3, 5)  # (connect, read) seconds: an answer of any kind means reachable


def dem_source_labels():
    """The labels of DEM_NONE, DEM_GIVEN and DEM_COPERNICUS, in that order."""
    return [
        tr("None (no snowline, no pass 2)"),
        tr("The DEM raster given"),
        tr("Automatic: Copernicus DEM GLO-30 (downloaded and cached)"),
    ]


def choose_dem_source(requested, dem_given):
    """The source to use: ``requested`` (None when not set) or, unset, the DEM given, else Copernicus.

    Raises DemError for "the DEM given" without a DEM.
    """
    if requested is None:
        return DEM_GIVEN if dem_given else DEM_COPERNICUS
    if requested == DEM_GIVEN and not dem_given:
        raise DemError(tr("The DEM source is 'the DEM raster given' but no DEM is given: give one or choose another source."))
    return requested


@dataclass
class DemChoice:
    """The DEM a detection reads (``path``, None for none) and what to record about it."""

    source: int
    path: str = None
    warning: str = None

    def record(self):
        """The ``inputs`` entries of the JSON summary."""
        entries = {"dem_source": SOURCE_NAMES[self.source]}
        if self.source == DEM_COPERNICUS:
            entries["dem_attribution"] = DEM_ATTRIBUTION
        return entries

    def describe(self):
        """One sentence for the user: which DEM was used."""
        if self.source == DEM_COPERNICUS:
            return tr("DEM used: Copernicus DEM GLO-30, fetched automatically ({path}). {attribution}").format(
                path=self.path, attribution=DEM_ATTRIBUTION
            )
        if self.source == DEM_GIVEN:
            return tr("DEM used: {path}.").format(path=self.path)
        return tr("DEM used: none (no snowline, no pass 2).")


def server_reachable(session, base_url):
    """True when the DEM server at ``base_url`` answers at all (any HTTP status)."""
    try:
        session.head(base_url.rstrip("/") + "/", timeout=REACH_TIMEOUT, allow_redirects=False).close()
        return True
    except requests.RequestException as error:
        LOGGER.info("The DEM server %s cannot be reached: %s", base_url, error)
        return False


def product_dem_path(cache_dir, identifier):
    """Where the automatic DEM of a product is kept, next to the tiles it was made from."""
    return Path(cache_dir) / "products" / f"{identifier}_DEM_COP30.tif"


def automatic_dem(product_grid, identifier, cache_dir, session, base_url, progress=None, is_cancelled=None):
    """A DemChoice with the Copernicus DEM on ``product_grid`` (crs, transform, width, height).

    A DEM already made for this product on this grid is reused. Offline or a
    failed fetch: a DemChoice without DEM and with one warning.
    CancelledError goes through.
    """
    out_path = product_dem_path(cache_dir, identifier)
    if _matches_grid(out_path, product_grid):
        return DemChoice(DEM_COPERNICUS, str(out_path))
    if not server_reachable(session, base_url):
        return DemChoice(DEM_NONE, warning=tr(
            "The Copernicus DEM server ({url}) cannot be reached (offline?): the detection runs without a DEM, "
            "so without the snowline and pass 2."
        ).format(url=base_url))
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        dem_for_product(product_grid, cache_dir, session, base_url, out_path, progress, is_cancelled)
    except DemError as error:
        return DemChoice(DEM_NONE, warning=tr(
            "The automatic DEM could not be made ({reason}): the detection runs without a DEM, so without the snowline and pass 2."
        ).format(reason=str(error).rstrip(".")))
    return DemChoice(DEM_COPERNICUS, str(out_path))


def _matches_grid(path, product_grid):
    if not path.is_file():
        return False
    crs, transform, width, height = product_grid
    try:
        with rasterio.open(path) as dem:
            return (dem.crs, dem.transform, dem.width, dem.height) == (crs, transform, width, height)
    except RasterioIOError:
        return False
