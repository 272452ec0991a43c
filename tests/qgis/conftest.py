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
