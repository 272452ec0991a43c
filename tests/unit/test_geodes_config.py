import subprocess
import sys
from pathlib import Path

import pytest

from snow_plugin.core.geodes.config import (
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_DEM_URL,
    MAX_PAGE_LIMIT,
    config_file_path,
    load_config,
)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(30)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in (ENV_BASE_URL, ENV_API_KEY, ENV_DEM_URL):
        monkeypatch.delenv(name, raising=False)


def test_defaults_come_from_the_resource_file():
    config = load_config()
    assert config_file_path() == ROOT / "resources" / "geodes.json"
    assert config.base_url == "https://geodes-portal.cnes.fr"
    assert config.search_url == "https://geodes-portal.cnes.fr/api/stac/search"
    assert config.collections == {"L2A": "THEIA_REFLECTANCE_SENTINEL2_L2A", "SNOW": "THEIA_SNOW_SENTINEL2_L2B"}
    assert config.page_limit == 80
    assert config.dem_url == "https://copernicus-dem-30m.s3.amazonaws.com"
    assert config.api_key is None


def test_environment_points_elsewhere(monkeypatch):
    monkeypatch.setenv(ENV_BASE_URL, "http://127.0.0.1:8000/api/")
    monkeypatch.setenv(ENV_API_KEY, "env-key")
    monkeypatch.setenv(ENV_DEM_URL, "http://127.0.0.1:9000/dem/")
    config = load_config()
    assert config.base_url == "http://127.0.0.1:8000"
    assert config.search_url == "http://127.0.0.1:8000/api/stac/search"
    assert config.availability_url == "http://127.0.0.1:8000/fastavailability"
    assert config.api_key == "env-key"
    assert config.dem_url == "http://127.0.0.1:9000/dem"


def test_explicit_overrides_win_and_none_is_ignored(monkeypatch):
    monkeypatch.setenv(ENV_API_KEY, "env-key")
    config = load_config({"api_key": "settings-key", "base_url": None, "page_limit": 500, "unknown": 1})
    assert config.api_key == "settings-key"
    assert config.base_url == "https://geodes-portal.cnes.fr"
    assert config.page_limit == MAX_PAGE_LIMIT  # GEODES refuses more than 80


def test_the_api_key_is_not_printed():
    config = load_config({"api_key": "secret-key-123"})
    assert "secret-key-123" not in repr(config)


@pytest.mark.parametrize(
    "asked, expected",
    [
        ("L2A", "THEIA_REFLECTANCE_SENTINEL2_L2A"),
        ("snow", "THEIA_SNOW_SENTINEL2_L2B"),
        ("MUSCATE_Snow_SENTINEL2_L2B-SNOW", "THEIA_SNOW_SENTINEL2_L2B"),
        ("THEIA_REFLECTANCE_LANDSAT8_L2A", "THEIA_REFLECTANCE_LANDSAT8_L2A"),
    ],
)
def test_collection_ids(asked, expected):
    assert load_config().collection_id(asked) == expected


def test_the_catalogue_code_imports_no_qgis():
    code = (
        "import sys, snow_plugin.core.geodes, snow_plugin.core.geodes.download; "
        "print(any(name.split('.')[0] == 'qgis' for name in sys.modules))"
    )
    answer = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert answer.stdout.strip() == "False"
