"""Where the catalogue is and how to talk to it.

Endpoints and collection ids live in ``resources/geodes.json`` (GEODES
renamed its collections in Dec 2025: ids belong in data, not code). The
environment can point the plugin elsewhere, which is how tests and the
command line reach a local fake GEODES.
"""

import json
import os
from dataclasses import dataclass, field, replace

from snow_plugin.core.paths import resources_dir

CONFIG_FILE_NAME = "geodes.json"
# GEODES answers at most 80 items per page (API documentation, 2025).
MAX_PAGE_LIMIT = 80

ENV_BASE_URL = "THEIA_SNOW_GEODES_URL"
ENV_API_KEY = "GEODES_API_KEY"
ENV_DEM_URL = "THEIA_SNOW_DEM_URL"


@dataclass(frozen=True)
class CatalogueConfig:
    base_url: str
    collections: dict
    page_limit: int = MAX_PAGE_LIMIT
    dem_url: str = ""
    api_key: str = field(default=None, repr=False)  # never printed
    search_path: str = "/api/stac/search"
    availability_path: str = "/fastavailability"
    former_collections: dict = field(default_factory=dict)
    connect_timeout: float = 15.0
    read_timeout: float = 120.0
    retry_backoff: float = 1.0  # seconds before the first retry of a search

    @property
    def search_url(self):
        return self.base_url + self.search_path

    @property
    def availability_url(self):
        return self.base_url + self.availability_path

    def collection_id(self, key_or_id):
        """``"L2A"``/``"snow"`` -> current id; a former id -> its new id;
        any other text is taken as a collection id (a second STAC service)."""
        by_key = {key.upper(): value for key, value in self.collections.items()}
        text = str(key_or_id).strip()
        if text.upper() in by_key:
            return by_key[text.upper()]
        return self.former_collections.get(text, text)


def config_file_path():
    return resources_dir() / CONFIG_FILE_NAME


def load_config(overrides=None):
    """Read the configuration file, then the environment, then ``overrides``.

    Explicit ``overrides`` (the plugin settings, a Processing parameter) win
    over the environment; keys whose value is ``None`` are ignored so that a
    caller can pass every setting it knows without erasing the defaults.
    """
    with open(config_file_path(), encoding="utf-8") as stream:
        values = json.load(stream)
    values.update(_environment_values())
    values.update({key: value for key, value in (overrides or {}).items() if value is not None})
    known = CatalogueConfig.__dataclass_fields__
    config = CatalogueConfig(**{key: value for key, value in values.items() if key in known})
    return replace(
        config,
        base_url=_normalise_base_url(config.base_url),
        dem_url=config.dem_url.rstrip("/"),
        page_limit=max(1, min(int(config.page_limit), MAX_PAGE_LIMIT)),
    )


def _environment_values():
    names = {"base_url": ENV_BASE_URL, "api_key": ENV_API_KEY, "dem_url": ENV_DEM_URL}
    return {key: os.environ[name].strip() for key, name in names.items() if os.environ.get(name, "").strip()}


def _normalise_base_url(url):
    # Users paste ".../api" or ".../api/stac/search"; the paths are added here.
    url = url.strip().rstrip("/")
    for suffix in ("/api/stac/search", "/api/stac", "/api"):
        if url.endswith(suffix):
            return url[: -len(suffix)]
    return url
