"""Fixtures for the QGIS side of the catalogue (settings, key, proxy,
Processing algorithms), on top of the fake GEODES of tests/support:

    from tests.qgis.catalogue_fixtures import *  # noqa: F401,F403

Everything a test changes in QgsSettings or the authentication database of
the pytest-qgis profile (.qgis-settings/) is removed afterwards.
"""

import pytest
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsSettings

from snow_plugin.core.geodes.config import ENV_API_KEY, ENV_BASE_URL, ENV_DEM_URL
from snow_plugin.toolbelt.preferences import SETTINGS_PREFIX, load_settings

# The star import hands this to the test module, which registers the fake GEODES fixtures.
pytest_plugins = ["tests.support.fixtures"]
# Only ever used on the throw-away authentication database of the test profile.
TEST_MASTER_PASSWORD = "theia-snow-tests-master"
SETTINGS_GROUPS = (SETTINGS_PREFIX.rstrip("/"), "proxy")


@pytest.fixture
def auth_manager(qgis_app):
    manager = QgsApplication.authManager()
    if not manager.setMasterPassword(TEST_MASTER_PASSWORD, True):
        # A test database left with another password: start it afresh.
        manager.eraseAuthenticationDatabase(False)
        assert manager.setMasterPassword(TEST_MASTER_PASSWORD, True)
    return manager


@pytest.fixture
def clean_settings(qgis_app, monkeypatch, tmp_path):
    """No plugin or proxy setting, no catalogue environment variable; downloads in tmp_path."""
    for name in (ENV_API_KEY, ENV_BASE_URL, ENV_DEM_URL):
        monkeypatch.delenv(name, raising=False)
    _wipe()
    QgsSettings().setValue(SETTINGS_PREFIX + "download_folder", str(tmp_path / "downloads"))
    yield
    _wipe()


def _wipe():
    config_id = load_settings().auth_config_id
    manager = QgsApplication.authManager()
    if config_id and manager.masterPasswordIsSet() and config_id in manager.configIds():
        manager.removeAuthenticationConfig(config_id)
    settings = QgsSettings()
    for group in SETTINGS_GROUPS:
        settings.remove(group)
    settings.sync()


@pytest.fixture
def catalogue(clean_settings, fake_geodes, snow_provider, monkeypatch):
    """The fake GEODES, reached through the environment (with its valid key),
    the provider registered."""
    monkeypatch.setenv(ENV_BASE_URL, fake_geodes.url)
    monkeypatch.setenv(ENV_API_KEY, fake_geodes.api_key)
    return fake_geodes


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm tells the user; ``cancel_at`` cancels at that progress."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.infos, self.warnings, self.errors = [], [], []
        self.cancel_at = cancel_at

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):
        self.errors.append(text)
        super().reportError(text, fatalError)

    def setProgress(self, progress):
        if self.cancel_at is not None and progress >= self.cancel_at:
            self.cancel()
        super().setProgress(progress)

    def text(self):
        return "\n".join(self.infos + self.warnings + self.errors)


def run(algorithm_id, parameters, feedback=None):
    import processing

    return processing.run(algorithm_id, parameters, feedback=feedback or RecordingFeedback())
