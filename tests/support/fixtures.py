"""Fixtures around the fake GEODES, for any test file:

    from tests.support.fixtures import fake_geodes, geodes_config  # noqa: F401

``fake_geodes`` is a running, empty FakeGeodes; ``geodes_config`` a
CatalogueConfig pointing at it with the valid key; ``fake_geodes_env`` sets
the environment variables so that code calling ``load_config()`` (QGIS
Processing algorithms, the GUI) reaches the fake too.
"""

import pytest

from snow_plugin.core.geodes.config import ENV_API_KEY, ENV_BASE_URL, load_config
from tests.support.fake_geodes import FakeGeodes


@pytest.fixture
def fake_geodes():
    with FakeGeodes() as server:
        yield server


@pytest.fixture
def geodes_config(fake_geodes):
    return load_config({"base_url": fake_geodes.url, "api_key": fake_geodes.api_key})


@pytest.fixture
def fake_geodes_env(fake_geodes, monkeypatch):
    monkeypatch.setenv(ENV_BASE_URL, fake_geodes.url)
    monkeypatch.setenv(ENV_API_KEY, fake_geodes.api_key)
    return fake_geodes
