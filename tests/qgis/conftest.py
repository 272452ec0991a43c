"""Fixtures shared by the QGIS tests."""

import pytest
from qgis.core import QgsApplication

from snow_plugin.processing_provider.provider import SnowProvider


@pytest.fixture
def snow_provider(qgis_processing):
    """The ``theiasnow`` Processing provider, registered for one test."""
    registry = QgsApplication.processingRegistry()
    provider = SnowProvider()
    registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture(autouse=True)
def no_saved_search_form():
    """The search dock keeps its form between sessions: each test starts without one."""
    from qgis.core import QgsSettings

    QgsSettings().remove("theia_snow/search_form")
    yield
    QgsSettings().remove("theia_snow/search_form")
