import hashlib
import logging
import shutil
import threading
import time
from collections import namedtuple
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from snow_plugin.core.errors import ApiKeyRefusedError, CancelledError
from snow_plugin.core.geodes.client import GeodesClient
from snow_plugin.core.geodes.download import DETECTION, FULL, Downloader
from snow_plugin.core.geodes.http import GeodesSession, make_session
from snow_plugin.core.geodes.records import ProductRecord
from tests.support.fake_geodes import Fault

pytest_plugins = ["tests.support.fixtures"]

pytestmark = pytest.mark.timeout(30)
STALL_TIMEOUT = 0.5
PADDING = 300 * 1024  # several 64 KiB chunks, so that an interruption leaves a partial file


@pytest.fixture
def make_downloader():
    """Downloaders with short test timings; their sessions are closed afterwards."""
    sessions = []

    def make(config, api_key="from config", **options):
        sessions.append(make_session(config.api_key if api_key == "from config" else api_key))
        options = {"stall_timeout": STALL_TIMEOUT, "max_tries": 3, "backoff": 0.01, **options}
        return Downloader(sessions[-1], config, **options)

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def downloader(geodes_config, make_downloader):
    return make_downloader(geodes_config)


def record_of(fake, config, product):
    with GeodesClient(config) as client:
        records = client.search(product.collection, latest_only=False).records
    return next(record for record in records if record.identifier == product.identifier)


def add_record(fake, config, day=1, padding=PADDING, **fields):
    product = fake.add_product(acquired=datetime(2024, 1, 1, 10, tzinfo=timezone.utc) + timedelta(days=day),
                               padding=padding, **fields)
    return product, record_of(fake, config, product)


def md5_of(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def assert_nothing_under_final_name(folder, record):
    assert not (folder / record.zip_name).exists()


def range_headers(fake, product):
    return [request.headers.get("Range") for request in fake.downloads_of(product)]


def test_a_download_is_verified_and_renamed(fake_geodes, geodes_config, tmp_path, make_downloader):
    product, record = add_record(fake_geodes, geodes_config)
    percents = []
    outcome = make_downloader(geodes_config, progress=percents.append).download(record, tmp_path)
    assert outcome.status == "downloaded" and "verified" in outcome.message
    assert outcome.path == tmp_path / record.zip_name
    assert md5_of(outcome.path) == product.md5 and outcome.bytes == len(product.payload)
    assert not list(tmp_path.glob("*.part"))
    assert percents[-1] == 100.0
    assert fake_geodes.downloads_of(product)[0].headers["X-API-Key"] == fake_geodes.api_key


def test_a_product_already_there_is_skipped(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    downloader.download(record, tmp_path)
    outcome = downloader.download(record, tmp_path)
    assert outcome.status == "skipped" and "already downloaded" in outcome.message
    assert len(fake_geodes.downloads_of(product)) == 1


def test_a_wrong_file_under_the_final_name_is_replaced(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    (tmp_path / record.zip_name).write_bytes(b"an old truncated copy")
    assert downloader.download(record, tmp_path).status == "downloaded"
    assert md5_of(tmp_path / record.zip_name) == product.md5


def test_server_errors_are_retried(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.http_status(500, times=2))
    assert downloader.download(record, tmp_path).status == "downloaded"
    assert len(fake_geodes.downloads_of(product)) == 3


def test_lasting_server_errors_fail_after_bounded_tries(fake_geodes, geodes_config, tmp_path, make_downloader):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.http_status(502, times=None))
    outcome = make_downloader(geodes_config, max_tries=2).download(record, tmp_path)
    assert outcome.status == "failed"
    assert "after 2 tries" in outcome.message and "HTTP 502" in outcome.message
    assert len(fake_geodes.downloads_of(product)) == 2
    assert_nothing_under_final_name(tmp_path, record)


def test_too_many_requests_waits_as_asked(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.throttle(retry_after=1))
    started = time.monotonic()
    assert downloader.download(record, tmp_path).status == "downloaded"
    assert time.monotonic() - started >= 0.9
    assert len(fake_geodes.downloads_of(product)) == 2


@pytest.mark.parametrize("fault", [Fault.stall(after_bytes=150 * 1024, seconds=3), Fault.truncate(150 * 1024)])
def test_an_interrupted_download_resumes(fake_geodes, geodes_config, downloader, tmp_path, fault):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, fault)
    outcome = downloader.download(record, tmp_path)
    assert outcome.status == "downloaded"
    assert md5_of(outcome.path) == product.md5
    assert outcome.bytes >= len(product.payload)  # the bytes of the interrupted try count too
    first, second = range_headers(fake_geodes, product)
    assert first is None and second.startswith("bytes=") and int(second[6:-1]) > 0


def test_a_server_that_keeps_stalling_fails_clearly(fake_geodes, geodes_config, tmp_path, make_downloader):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.stall(after_bytes=100 * 1024, seconds=3, times=None))
    started = time.monotonic()
    outcome = make_downloader(geodes_config, max_tries=2).download(record, tmp_path)
    assert time.monotonic() - started < 5
    assert outcome.status == "failed"
    assert "no data arrived for 0.5 s" in outcome.message and "Try again later" in outcome.message
    assert_nothing_under_final_name(tmp_path, record)
    assert (tmp_path / (record.zip_name + ".part")).stat().st_size > 0  # kept to resume


def test_a_body_always_cut_short_never_gets_the_final_name(fake_geodes, geodes_config, tmp_path, make_downloader):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.truncate(100 * 1024, times=None))
    fake_geodes.inject(product, Fault.no_range())  # every try restarts and is cut again
    outcome = make_downloader(geodes_config, max_tries=2).download(record, tmp_path)
    # Whether the short body is noticed by urllib3 or by the length check, and
    # how much of its last chunk arrives, depends on the urllib3 version.
    assert outcome.status == "failed"
    assert outcome.message.startswith(record.identifier + " could not be downloaded after 2 tries: ")
    assert outcome.message.endswith("Try again later.")
    assert 0 < outcome.bytes <= 2 * 100 * 1024
    assert_nothing_under_final_name(tmp_path, record)


def test_a_wrong_md5_deletes_the_file_and_fails(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config, announced_md5="0" * 32)
    outcome = downloader.download(record, tmp_path)
    assert outcome.status == "failed"
    assert "MD5" in outcome.message and "after 3 tries" in outcome.message
    assert len(fake_geodes.downloads_of(product)) == 3
    assert not list(tmp_path.iterdir())


def test_a_damaged_partial_file_is_detected_and_redone(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    (tmp_path / (record.zip_name + ".part")).write_bytes(b"garbage from another file")
    assert downloader.download(record, tmp_path).status == "downloaded"
    assert md5_of(tmp_path / record.zip_name) == product.md5
    assert range_headers(fake_geodes, product) == ["bytes=25-", None]


def test_resume_from_an_existing_part_with_206(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    (tmp_path / (record.zip_name + ".part")).write_bytes(product.payload[:1000])
    outcome = downloader.download(record, tmp_path)
    assert outcome.status == "downloaded" and outcome.bytes == len(product.payload) - 1000
    assert range_headers(fake_geodes, product) == ["bytes=1000-"]
    assert md5_of(outcome.path) == product.md5


def test_restart_cleanly_when_the_server_ignores_ranges(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.no_range())
    (tmp_path / (record.zip_name + ".part")).write_bytes(product.payload[:1000])
    outcome = downloader.download(record, tmp_path)
    assert outcome.status == "downloaded" and outcome.bytes == len(product.payload)
    assert md5_of(outcome.path) == product.md5  # the 200 body replaced the part, not appended to it


def test_a_whole_part_is_only_checked_and_renamed(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    (tmp_path / (record.zip_name + ".part")).write_bytes(product.payload)
    outcome = downloader.download(record, tmp_path)
    assert (outcome.status, outcome.bytes) == ("downloaded", 0)
    assert md5_of(outcome.path) == product.md5


def test_an_unreachable_server_fails_after_bounded_tries(geodes_config, tmp_path, make_downloader):
    record = ProductRecord(identifier="SENTINEL2A_X", data_url="http://127.0.0.1:9/api/download/x", size=10)
    outcome = make_downloader(replace(geodes_config, connect_timeout=1), max_tries=2).download(record, tmp_path)
    assert outcome.status == "failed" and "the server could not be reached" in outcome.message
    assert not list(tmp_path.iterdir())


def test_a_part_longer_than_the_file_restarts(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    (tmp_path / (record.zip_name + ".part")).write_bytes(product.payload + b"more")
    assert downloader.download(record, tmp_path).status == "downloaded"
    assert md5_of(tmp_path / record.zip_name) == product.md5


@pytest.mark.parametrize("fault, reason", [(Fault.http_status(403, times=None), "HTTP 403"),
                                           (Fault.redirect_loop(), "endless redirections")])
def test_a_refused_key_stops_at_once(fake_geodes, geodes_config, downloader, tmp_path, caplog, fault, reason):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, fault)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ApiKeyRefusedError) as raised:
        downloader.download(record, tmp_path)
    message = str(raised.value)
    assert reason in message and "geodes-portal.cnes.fr" in message and "plugin settings" in message
    assert fake_geodes.api_key not in message and fake_geodes.api_key not in caplog.text
    assert len(fake_geodes.downloads_of(product)) <= 6  # one request (and its redirects), no retries
    assert_nothing_under_final_name(tmp_path, record)


def test_a_wrong_key_is_refused_by_the_server(fake_geodes, geodes_config, tmp_path, caplog, make_downloader):
    _, record = add_record(fake_geodes, geodes_config)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ApiKeyRefusedError, match="HTTP 403") as raised:
        make_downloader(geodes_config, api_key="wrong-key-456").download(record, tmp_path)
    assert "wrong-key-456" not in str(raised.value) and "wrong-key-456" not in caplog.text


def test_a_missing_key_is_explained(fake_geodes, geodes_config, tmp_path, make_downloader):
    _, record = add_record(fake_geodes, geodes_config)
    with pytest.raises(ApiKeyRefusedError, match="needs an API key.*plugin settings"):
        make_downloader(geodes_config, api_key=None).download(record, tmp_path)


def test_an_offline_product_is_being_staged(fake_geodes, geodes_config, downloader, tmp_path):
    _, record = add_record(fake_geodes, geodes_config, online=False)
    assert record.online is False
    outcome = downloader.download(record, tmp_path)
    assert outcome.status == "staged"
    assert "being staged by the Theia production centre" in outcome.message and "retry later" in outcome.message
    assert not list(tmp_path.iterdir())


def test_the_server_may_say_a_product_went_offline(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.set_online(product, False)
    assert downloader.download(record, tmp_path).status == "staged"


def test_not_enough_disk_space_is_said_before_downloading(fake_geodes, geodes_config, downloader, tmp_path,
                                                          monkeypatch):
    product, record = add_record(fake_geodes, geodes_config)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 1000, 1000))
    outcome = downloader.download(record, tmp_path)
    assert outcome.status == "failed"
    assert "Not enough free disk space" in outcome.message and str(tmp_path) in outcome.message
    assert fake_geodes.downloads_of(product) == []


def test_cancel_leaves_a_resumable_part(fake_geodes, geodes_config, tmp_path, make_downloader):
    product, record = add_record(fake_geodes, geodes_config)
    percents = []
    cancelling = make_downloader(geodes_config, progress=percents.append, is_cancelled=lambda: bool(percents))
    with pytest.raises(CancelledError, match="resume"):
        cancelling.download(record, tmp_path)
    kept = (tmp_path / (record.zip_name + ".part")).stat().st_size
    assert 0 < kept < len(product.payload)
    assert_nothing_under_final_name(tmp_path, record)
    assert make_downloader(geodes_config).download(record, tmp_path).status == "downloaded"
    assert range_headers(fake_geodes, product)[-1] == "bytes={}-".format(kept)


def test_the_queue_goes_on_after_a_failure_and_a_staged_product(fake_geodes, geodes_config, downloader,
                                                                 tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    first, first_record = add_record(fake_geodes, geodes_config, day=1)
    failing, failing_record = add_record(fake_geodes, geodes_config, day=2)
    _, staged_record = add_record(fake_geodes, geodes_config, day=3, online=False)
    last, last_record = add_record(fake_geodes, geodes_config, day=4)
    fake_geodes.inject(failing, Fault.http_status(500, times=None))
    records = [first_record, failing_record, staged_record, last_record]
    outcomes = downloader.download_all(records, tmp_path, max_parallel=2)
    assert [outcome.identifier for outcome in outcomes] == [record.identifier for record in records]
    assert [outcome.status for outcome in outcomes] == ["downloaded", "failed", "staged", "downloaded"]
    assert md5_of(tmp_path / first_record.zip_name) == first.md5
    assert md5_of(tmp_path / last_record.zip_name) == last.md5
    assert_nothing_under_final_name(tmp_path, failing_record)
    assert "HTTP 500" in caplog.text and fake_geodes.api_key not in caplog.text


def test_a_refused_key_stops_the_whole_queue(fake_geodes, geodes_config, tmp_path, make_downloader):
    records = [add_record(fake_geodes, geodes_config, day=day)[1] for day in range(4)]
    with pytest.raises(ApiKeyRefusedError):
        make_downloader(geodes_config, api_key="wrong-key").download_all(records, tmp_path, max_parallel=2)
    assert len([request for request in fake_geodes.requests if request.method == "GET"]) <= 2


def test_a_record_without_data_url_fails_plainly(downloader, tmp_path):
    outcome = downloader.download(ProductRecord(identifier="SENTINEL2A_X"), tmp_path)
    assert outcome.status == "failed" and "no downloadable file" in outcome.message


class RecordingSession(GeodesSession):
    """Notes which session object sends from which thread (clones are RecordingSessions too)."""

    uses = []  # (session, thread id); holding the sessions keeps their id()s unique

    def request(self, *args, **kwargs):
        RecordingSession.uses.append((self, threading.get_ident()))
        return super().request(*args, **kwargs)


def test_each_download_thread_has_a_session_of_its_own(fake_geodes, geodes_config, tmp_path):
    records = [add_record(fake_geodes, geodes_config, day=day)[1] for day in range(4)]
    RecordingSession.uses = []
    with RecordingSession() as session:
        session.headers.update(make_session(fake_geodes.api_key).headers)
        finished = []
        outcomes = Downloader(session, geodes_config, stall_timeout=STALL_TIMEOUT).download_all(
            records, tmp_path, max_parallel=3, on_outcome=finished.append)
        assert all(used is not session for used, _ in RecordingSession.uses)
    assert [outcome.status for outcome in outcomes] == ["downloaded"] * 4
    assert sorted(outcome.identifier for outcome in finished) == sorted(record.identifier for record in records)
    threads_of = {}
    for used, thread in RecordingSession.uses:
        threads_of.setdefault(id(used), set()).add(thread)
    RecordingSession.uses = []
    assert len(threads_of) == 4 and all(len(threads) == 1 for threads in threads_of.values())
    assert threading.get_ident() not in set.union(*threads_of.values())


def test_parallel_downloads_share_the_free_space(fake_geodes, geodes_config, tmp_path, make_downloader, monkeypatch):
    pairs = [add_record(fake_geodes, geodes_config, day=day) for day in (1, 2)]
    for product, _ in pairs:  # both stay under way long enough for the other to start
        fake_geodes.inject(product, Fault.stall(after_bytes=1024, seconds=1))
    size = len(pairs[0][0].payload)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**12, 0, size * 3 // 2))
    outcomes = make_downloader(geodes_config, stall_timeout=5).download_all([r for _, r in pairs], tmp_path, 2)
    assert sorted(outcome.status for outcome in outcomes) == ["downloaded", "failed"]
    (refused,) = [outcome for outcome in outcomes if outcome.status == "failed"]
    assert "Not enough free disk space" in refused.message


def test_a_cancelled_queue_returns_what_was_done(fake_geodes, geodes_config, tmp_path, make_downloader):
    done, done_record = add_record(fake_geodes, geodes_config, day=1)
    slow, slow_record = add_record(fake_geodes, geodes_config, day=2)
    fake_geodes.inject(slow, Fault.stall(after_bytes=100 * 1024, seconds=1))
    part = tmp_path / (slow_record.zip_name + ".part")
    finished = []

    def cancelled():  # once the first product is there and the second one half way
        return bool(finished) and part.exists() and part.stat().st_size >= 100 * 1024

    downloader = make_downloader(geodes_config, stall_timeout=5, is_cancelled=cancelled)
    outcomes = downloader.download_all([done_record, slow_record], tmp_path, max_parallel=2, on_outcome=finished.append)
    assert [outcome.status for outcome in outcomes] == ["downloaded", "cancelled"]
    assert "resume" in outcomes[1].message
    assert md5_of(tmp_path / done_record.zip_name) == done.md5
    assert_nothing_under_final_name(tmp_path, slow_record)
    kept = part.read_bytes()  # the cancel lands after a whole chunk, whatever its size
    assert 100 * 1024 <= len(kept) < len(slow.payload) and kept == slow.payload[:len(kept)]
    resumed = make_downloader(geodes_config).download(slow_record, tmp_path)
    assert resumed.status == "downloaded" and md5_of(resumed.path) == slow.md5
    assert range_headers(fake_geodes, slow)[-1] == "bytes={}-".format(len(kept))


# --- partial downloads through the queue ------------------------------------------


def test_only_what_detection_needs_for_several_products(fake_geodes, geodes_config, downloader, tmp_path):
    pairs = [add_record(fake_geodes, geodes_config, day=day, padding=1024 * 1024) for day in (1, 2)]
    outcomes = downloader.download_all([record for _, record in pairs], tmp_path, files=DETECTION)
    for (product, record), outcome in zip(pairs, outcomes):
        assert outcome.status == "downloaded" and outcome.path == tmp_path / record.identifier
        assert sorted(path.name.replace(record.identifier, "") for path in outcome.files) == [
            "_CLM_R2.tif", "_FRE_B11.tif", "_FRE_B3.tif", "_FRE_B4.tif", "_MG2_R2.tif", "_MTD_ALL.xml"]
        assert all(path.parent.is_relative_to(outcome.path) and path.is_file() for path in outcome.files)
        # One request for the zip's tail (256 KiB), then the small members.
        assert outcome.bytes < 300 * 1024 < len(product.payload)
        assert "(0.3 MB received, 0.8 MB saved)" in outcome.message
    assert not list(tmp_path.glob("*.zip")) and not list(tmp_path.rglob("*_ATB_R1.tif"))


def test_a_partial_download_is_retried(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.throttle(retry_after=0))
    fake_geodes.inject(product, Fault.http_status(503))
    outcome = downloader.download(record, tmp_path, files=DETECTION)
    assert outcome.status == "downloaded" and len(outcome.files) == 6


def test_a_lasting_partial_failure_names_the_product(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.http_status(500, times=None))
    outcome = downloader.download(record, tmp_path, files=DETECTION)
    assert outcome.status == "failed" and outcome.message.startswith(record.identifier + ": ")
    assert "HTTP 500" in outcome.message and len(fake_geodes.downloads_of(product)) == 3


@pytest.mark.parametrize("files", [FULL, DETECTION])
def test_a_product_staged_since_the_search_is_downloaded(fake_geodes, geodes_config, downloader, tmp_path, files):
    product, record = add_record(fake_geodes, geodes_config, online=False)
    assert downloader.download(record, tmp_path, files=files).status == "staged"
    fake_geodes.set_online(product, True)
    assert downloader.download(record, tmp_path, files=files).status == "downloaded"


def test_a_partial_download_of_an_offline_product_is_staged(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.set_online(product, False)  # the catalogue still says online
    outcome = downloader.download(record, tmp_path, files=DETECTION)
    assert outcome.status == "staged" and record.identifier in outcome.message and "retry later" in outcome.message


def test_progress_is_reported_per_product_and_overall_in_whole_percents(fake_geodes, geodes_config, tmp_path,
                                                                       make_downloader):
    records = [add_record(fake_geodes, geodes_config, day=day, padding=2_000_000)[1] for day in (1, 2)]
    overall, per_product = [], {}
    downloader = make_downloader(geodes_config, progress=overall.append,
                                 product_progress=lambda key, percent: per_product.setdefault(key, []).append(percent))
    downloader.download_all(records, tmp_path, max_parallel=2)
    assert set(per_product) == {record.identifier for record in records}
    for percents in per_product.values():
        assert percents == sorted(percents) and percents[-1] == 100.0
        assert 10 < len(percents) <= 101  # whole-percent steps, not one call per 64 KiB chunk
    assert overall == sorted(overall) and overall[-1] == 100.0


def test_a_partial_download_without_a_catalogue_size(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config, padding=1024 * 1024)
    outcome = downloader.download(replace(record, size=None, md5=None), tmp_path, files=DETECTION)
    assert outcome.status == "downloaded" and len(outcome.files) == 6
    assert range_headers(fake_geodes, product)[0] == "bytes=-262144"  # a suffix range: the zip's tail


def test_a_partial_download_from_a_server_without_ranges(fake_geodes, geodes_config, downloader, tmp_path):
    product, record = add_record(fake_geodes, geodes_config)
    fake_geodes.inject(product, Fault.no_range())
    outcome = downloader.download(record, tmp_path, files=DETECTION)
    assert outcome.status == "downloaded" and len(outcome.files) == 6
    assert outcome.bytes == len(product.payload) and "0.0 MB saved" in outcome.message
    assert len(fake_geodes.downloads_of(product)) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == [record.identifier]  # no zip left behind
