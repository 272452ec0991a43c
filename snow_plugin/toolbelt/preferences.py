"""The plugin settings: one dataclass over QgsSettings (keys ``theia_snow/...``).

No secret lives here: the GEODES API key is in the QGIS authentication
database (``toolbelt.credentials``); only the id of that entry is kept.
Empty URLs and collection ids mean "use the default of
``resources/geodes.json``"; the environment variables of
``core.geodes.config`` win over both.
"""

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from qgis.core import QgsSettings

SETTINGS_PREFIX = "theia_snow/"
DEFAULT_DOWNLOAD_FOLDER = str(Path.home() / "TheiaSnow")
QUICKLOOK_FOLDER_NAME = "quicklooks"
DEM_CACHE_FOLDER_NAME = "dem_cache"


@dataclass
class PluginSettings:
    geodes_url: str = ""
    dem_url: str = ""
    l2a_collection: str = ""  # GEODES renames collections: empty means the id of resources/geodes.json
    snow_collection: str = ""
    download_folder: str = DEFAULT_DOWNLOAD_FOLDER
    auth_config_id: str = ""
    stall_timeout: int = 60  # seconds without a byte before a download is retried
    max_parallel_downloads: int = 3
    quicklook_cache: str = ""  # empty: <download folder>/quicklooks

    @property
    def quicklook_folder(self):
        return Path(self.quicklook_cache or Path(self.download_folder) / QUICKLOOK_FOLDER_NAME)

    @property
    def dem_cache_folder(self):
        return Path(self.download_folder) / DEM_CACHE_FOLDER_NAME


def load_settings():
    """The saved settings; a missing or unreadable value takes its default."""
    store = QgsSettings()
    defaults = PluginSettings()
    values = {}
    for item in fields(PluginSettings):
        default = getattr(defaults, item.name)
        raw = store.value(SETTINGS_PREFIX + item.name, default)
        values[item.name] = _typed(raw, default)
    settings = PluginSettings(**values)
    settings.download_folder = settings.download_folder or DEFAULT_DOWNLOAD_FOLDER
    settings.stall_timeout = max(1, settings.stall_timeout)
    settings.max_parallel_downloads = min(max(1, settings.max_parallel_downloads), 8)
    return settings


def save_settings(settings):
    store = QgsSettings()
    for name, value in asdict(settings).items():
        store.setValue(SETTINGS_PREFIX + name, value)
    store.sync()


def _typed(raw, default):
    # QSettings ini files give back text ("60", "true"): cast to the default's type.
    if raw is None:
        return default
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    return str(raw).strip()
