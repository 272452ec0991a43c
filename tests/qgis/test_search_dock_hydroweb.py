"""The dock's third collection: a season of LIS >= 1.7 FSC products searched
on the fake hydroweb.next and sent, as one list, to the download queue with
hydroweb.next's key."""

from datetime import datetime, timedelta, timezone

import pytest
from qgis.PyQt.QtCore import QDate

from snow_plugin.core.hydroweb import config as hydroweb_config
from snow_plugin.core.hydroweb.config import FSC
from tests.qgis.test_search_dock import dock, search, statuses, wait_until_idle  # noqa: F401 (dock is a fixture)
from tests.support.fake_hydroweb import FakeHydroweb

pytest_plugins = ["tests.support.fixtures"]
pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def hydroweb(monkeypatch):
    with FakeHydroweb() as fake:
        monkeypatch.setenv(hydroweb_config.ENV_BASE_URL, fake.url)
        monkeypatch.setenv(hydroweb_config.ENV_API_KEY, fake.api_key)
        first = datetime(2023, 11, 1, 10, 34, 21, tzinfo=timezone.utc)
        for tile in ("T31TCH", "T31TGK"):
            for day in range(0, 240, 5):
                fake.add_fsc_product(tile=tile, acquired=first + timedelta(days=day))
        yield fake


def test_a_season_of_fsc_products_over_two_tiles_goes_to_the_queue(dock, hydroweb, fake_geodes, tmp_path):  # noqa: F811 (the dock fixture of test_search_dock)
    dock.collection.setCurrentIndex(dock.collection.findData(FSC))
    dock.start.setDate(QDate(2024, 3, 1))
    dock.end.setDate(QDate(2024, 3, 31))
    search(dock, tiles="T31TCH, T31TGK")
    assert dock.model.rowCount() == 12  # 6 dates a tile in March (every 5 days from 1 November)
    assert hydroweb.search_bodies and fake_geodes.requests == []
    dock.table.selectAll()
    dock.download_selected()
    wait_until_idle(dock)
    assert statuses(dock) == ["done"] * 12
    assert len(list(tmp_path.glob("LIS_S2-SNOW-FSC_*.zip"))) == 12
    downloads = [r for r in hydroweb.requests if r.path.startswith("/api/download/")]
    assert len(downloads) == 12 and {r.headers.get("X-API-Key") for r in downloads} == {hydroweb.api_key}
