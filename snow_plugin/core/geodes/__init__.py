"""Finding and downloading Theia products from CNES GEODES (STAC API).

Pure Python and ``requests``: nothing here imports QGIS, so the GUI, the
Processing algorithms and scripts share it.
"""

from .archive import safe_extract
from .client import GeodesClient, SearchResult
from .config import CatalogueConfig, load_config
from .download import DownloadOutcome, Downloader
from .http import make_session
from .records import ProductRecord, parse_asset_description, record_from_feature

__all__ = [
    "CatalogueConfig",
    "DownloadOutcome",
    "Downloader",
    "GeodesClient",
    "ProductRecord",
    "SearchResult",
    "load_config",
    "make_session",
    "parse_asset_description",
    "record_from_feature",
    "safe_extract",
]
