"""Plugin name and version, read from metadata.txt so they are written once."""

from configparser import ConfigParser

from snow_plugin.core.paths import metadata_path

_metadata = ConfigParser()
_metadata.read(metadata_path(), encoding="utf-8")

__title__ = _metadata.get("general", "name")
__version__ = _metadata.get("general", "version")
__homepage__ = _metadata.get("general", "homepage")
__tracker__ = _metadata.get("general", "tracker")
PLUGIN_ID = "snow_plugin"
