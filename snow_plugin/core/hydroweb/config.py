"""Where hydroweb.next is: ``resources/hydroweb.json``, then the environment
(``THEIA_SNOW_HYDROWEB_URL``, ``HYDROWEB_API_KEY``, the variable py-hydroweb
reads too), then explicit overrides. The same CatalogueConfig as GEODES."""

import json
import os
from dataclasses import replace

from snow_plugin.core.geodes.config import CatalogueConfig
from snow_plugin.core.paths import resources_dir

CONFIG_FILE_NAME = "hydroweb.json"
ENV_BASE_URL = "THEIA_SNOW_HYDROWEB_URL"
ENV_API_KEY = "HYDROWEB_API_KEY"
FSC = "FSC"  # key of the LIS >= 1.7 FSC collection in hydroweb.json
STAC_SUFFIXES = ("/api/v1/rs-catalog/stac/search", "/api/v1/rs-catalog/stac", "/api")


def load_hydroweb_config(overrides=None):
    with open(resources_dir() / CONFIG_FILE_NAME, encoding="utf-8") as stream:
        values = json.load(stream)
    environment = {"base_url": ENV_BASE_URL, "api_key": ENV_API_KEY}
    values.update({key: os.environ[name].strip() for key, name in environment.items() if os.environ.get(name, "").strip()})
    values.update({key: value for key, value in (overrides or {}).items() if value is not None})
    known = CatalogueConfig.__dataclass_fields__
    config = CatalogueConfig(**{key: value for key, value in values.items() if key in known})
    base_url = config.base_url.strip().rstrip("/")
    for suffix in STAC_SUFFIXES:  # users paste the search or API address
        if base_url.endswith(suffix):
            base_url = base_url[: -len(suffix)]
            break
    return replace(config, base_url=base_url)
