"""``theiasnow:download`` through Processing against the fake GEODES: the
selected features of a search result or plain identifiers, whole or partial
products, and what the user sees for each outcome."""

import hashlib
from datetime import datetime, timezone

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from tests.qgis.catalogue_fixtures import *  # noqa: F403
from tests.qgis.catalogue_fixtures import RecordingFeedback, run
from tests.support.fake_geodes import SNOW, Fault

pytestmark = pytest.mark.timeout(30)
ALGORITHM = "theiasnow:download"
WHOLE, DETECTION, SNOW_RASTER = 0, 1, 2


def download(destination, feedback=None, **parameters):
    feedback = feedback or RecordingFeedback()
    return run(ALGORITHM, dict(parameters, DESTINATION=str(destination)), feedback), feedback


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


@pytest.fixture
def footprints(catalogue, tmp_path):
    """A search result layer in the project, with two products."""
    first = catalogue.add_product(tile="T31TCH", acquired=datetime(2024, 1, 6, 10, tzinfo=timezone.utc))
    second = catalogue.add_product(tile="T31TCH", acquired=datetime(2024, 1, 11, 10, tzinfo=timezone.utc))
    output = str(tmp_path / "found.gpkg")
    run("theiasnow:search", {"TILES": "T31TCH", "OUTPUT": output})
    layer = QgsVectorLayer(output, "found", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer, first, second
    QgsProject.instance().removeMapLayer(layer.id())


def test_selected_features_are_downloaded_and_verified_then_skipped(catalogue, footprints, tmp_path):
    layer, first, second = footprints
    layer.selectByExpression("\"identifier\" = '{}'".format(second.identifier))
    source = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    destination = tmp_path / "products"

    results, feedback = download(destination, INPUT=source)
    zip_path = destination / (second.identifier + ".zip")
    assert results["DOWNLOADED"] == 1 and results["FILES"] == str(zip_path)
    assert md5(zip_path) == second.md5
    assert not (destination / (first.identifier + ".zip")).exists()
    assert any("downloaded and verified" in line for line in feedback.infos)
    assert [request.headers.get("X-API-Key") for request in catalogue.downloads_of(second)] == [catalogue.api_key]

    results, feedback = download(destination, INPUT=source)
    assert (results["DOWNLOADED"], results["SKIPPED"]) == (0, 1)
    assert any("already downloaded" in line for line in feedback.infos)


def test_plain_identifiers_are_looked_up(catalogue, tmp_path):
    wanted = catalogue.add_product(tile="T31TCH", version="2-2", latest=False)
    catalogue.add_product(tile="T31TCH", version="4-0")
    text = "{}\nSENTINEL2B_20240101-105000-000_L2A_T31TCH_C_V4-0, not-a-product".format(wanted.identifier)
    results, feedback = download(tmp_path, IDENTIFIERS=text)
    assert results["DOWNLOADED"] == 1
    assert md5(tmp_path / (wanted.identifier + ".zip")) == wanted.md5
    missing = [line for line in feedback.warnings if "not found in the catalogue" in line]
    assert len(missing) == 2 and any("not-a-product" in line for line in missing)


def test_an_offline_or_failing_product_does_not_stop_the_others(catalogue, tmp_path):
    offline = catalogue.add_product(tile="T31TCH", online=False)
    gone = catalogue.add_product(tile="T31TCH", platform="S2A")
    good = catalogue.add_product(tile="T32TLR")
    catalogue.inject(gone, Fault.http_status(404, times=None))
    identifiers = ",".join(product.identifier for product in (offline, gone, good))
    results, feedback = download(tmp_path, IDENTIFIERS=identifiers)
    assert (results["DOWNLOADED"], results["STAGED"], results["FAILED"]) == (1, 1, 1)
    assert (tmp_path / (good.identifier + ".zip")).is_file()
    assert any(offline.identifier in line and "staged" in line for line in feedback.warnings)
    assert any(gone.identifier in line and "404" in line for line in feedback.warnings)
    assert not list(tmp_path.glob(offline.identifier + "*")) and not list(tmp_path.glob(gone.identifier + ".zip"))


def test_a_refused_key_stops_with_a_clear_message(catalogue, tmp_path, monkeypatch):
    product = catalogue.add_product()
    monkeypatch.setenv("GEODES_API_KEY", "an-expired-key-123")
    with pytest.raises(QgsProcessingException) as error:
        download(tmp_path, IDENTIFIERS=product.identifier)
    message = str(error.value)
    assert "refused" in message and "geodes-portal.cnes.fr" in message and "settings" in message
    assert "an-expired-key-123" not in message
    assert not list(tmp_path.glob("*.zip"))


def test_without_a_key_the_user_is_told_how_to_get_one(catalogue, tmp_path, monkeypatch):
    product = catalogue.add_product()
    monkeypatch.delenv("GEODES_API_KEY")
    with pytest.raises(QgsProcessingException, match="needs an API key"):
        download(tmp_path, IDENTIFIERS=product.identifier)


def test_only_what_detection_needs(catalogue, tmp_path):
    product = catalogue.add_product(padding=300_000)
    results, feedback = download(tmp_path, IDENTIFIERS=product.identifier, FILES=DETECTION)
    files = results["FILES"].split(";")
    names = sorted(path.rsplit("/", 1)[1].replace(product.identifier, "") for path in files)
    assert names == ["_CLM_R2.tif", "_FRE_B11.tif", "_FRE_B3.tif", "_FRE_B4.tif", "_MG2_R2.tif", "_MTD_ALL.xml"]
    assert all(path.startswith(str(tmp_path / product.identifier)) for path in files)
    assert not list(tmp_path.glob("*.zip")) and not list(tmp_path.rglob("*_ATB_R1.tif"))
    assert any("MB saved" in line for line in feedback.infos)


def test_only_the_snow_raster(catalogue, tmp_path):
    product = catalogue.add_product(collection=SNOW)
    results, _ = download(tmp_path, IDENTIFIERS=product.identifier, FILES=SNOW_RASTER)
    assert sorted(path.rsplit("_", 2)[-2] + "_" + path.rsplit("_", 1)[-1] for path in results["FILES"].split(";")) == [
        "MTD_ALL.xml", "SNW_R2.tif"]


def test_the_snow_raster_of_an_l2a_product_is_a_failure_not_a_crash(catalogue, tmp_path):
    product = catalogue.add_product()
    results, feedback = download(tmp_path, IDENTIFIERS=product.identifier, FILES=SNOW_RASTER)
    assert results["FAILED"] == 1 and any("snow raster" in line for line in feedback.warnings)


def test_cancel_leaves_a_resumable_part(catalogue, tmp_path):
    product = catalogue.add_product(padding=2_000_000)
    results, feedback = download(tmp_path, RecordingFeedback(cancel_at=1), IDENTIFIERS=product.identifier)
    part = tmp_path / (product.identifier + ".zip.part")
    assert results["DOWNLOADED"] == 0 and any("cancelled" in line for line in feedback.warnings)
    assert not (tmp_path / (product.identifier + ".zip")).exists()
    assert 0 < part.stat().st_size < len(product.payload)

    results, _ = download(tmp_path, IDENTIFIERS=product.identifier)
    assert results["DOWNLOADED"] == 1 and not part.exists()
    assert md5(tmp_path / (product.identifier + ".zip")) == product.md5
    assert catalogue.downloads_of(product)[-1].headers.get("Range", "").startswith("bytes=")


def test_identifiers_or_a_layer_are_required(catalogue, tmp_path):
    with pytest.raises(QgsProcessingException, match="identifiers or a footprint layer"):
        download(tmp_path)


def test_a_cancel_reports_the_products_already_downloaded(catalogue, tmp_path):
    quick = catalogue.add_product(tile="T31TCH")
    slow = catalogue.add_product(tile="T32TLR", padding=2_000_000)
    catalogue.inject(slow, Fault.stall(after_bytes=300_000, seconds=1))
    feedback = RecordingFeedback(cancel_at=50)  # the quick one done, the slow one not
    results, _ = download(tmp_path, feedback, IDENTIFIERS="{},{}".format(quick.identifier, slow.identifier))
    assert results["DOWNLOADED"] == 1 and results["FILES"] == str(tmp_path / (quick.identifier + ".zip"))
    assert any("cancelled" in line and "resume" in line for line in feedback.warnings)
    assert not (tmp_path / (slow.identifier + ".zip")).exists()  # at most a .part, resumed next time
