"""The GEODES session: the proxy it is given wins, the API key stays on its
host, clones for threads, and what error answers mean."""

import pytest
import requests
from werkzeug import Response

from snow_plugin.core.geodes.client import GeodesClient
from snow_plugin.core.geodes.http import (
    API_KEY_HEADER,
    MAX_RETRY_AFTER,
    backoff_delay,
    clone_session,
    make_session,
    retry_after_seconds,
)

pytest_plugins = ["tests.support.fixtures"]
pytestmark = pytest.mark.timeout(20)
KEY = "http-test-key-7c1d"


@pytest.fixture
def no_environment_proxy(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "no_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_the_given_proxy_beats_the_environment(fake_geodes, geodes_config, no_environment_proxy, monkeypatch):
    """GEODES at a name that does not resolve: only the proxy (the fake) can answer."""
    from dataclasses import replace

    product = fake_geodes.add_product()
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    with make_session(proxies={"http": fake_geodes.url, "https": fake_geodes.url}) as session:
        client = GeodesClient(replace(geodes_config, base_url="http://geodes.invalid"), session)
        assert [record.identifier for record in client.search("L2A").records] == [product.identifier]


def test_without_a_given_proxy_the_environment_applies(no_environment_proxy, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.org:3128")
    with make_session() as session:
        settings = session.merge_environment_settings("https://geodes-portal.cnes.fr", {}, None, None, None)
    assert settings["proxies"]["https"] == "http://proxy.example.org:3128"


@pytest.fixture
def redirecting_server(httpserver):
    """``/same`` redirects on the same host, ``/other`` to another name of the same server;
    ``/target`` answers with the API key it received."""
    port = httpserver.port
    other_host = "127.0.0.1" if httpserver.host == "localhost" else "localhost"
    httpserver.expect_request("/same").respond_with_response(Response(status=302, headers={"Location": "/target"}))
    httpserver.expect_request("/other").respond_with_response(
        Response(status=302, headers={"Location": f"http://{other_host}:{port}/target"})
    )
    httpserver.expect_request("/target").respond_with_handler(
        lambda request: Response(request.headers.get(API_KEY_HEADER) or "no key", 200)
    )
    return httpserver


def test_the_key_follows_a_redirect_on_its_host_only(redirecting_server, no_environment_proxy):
    with make_session(KEY) as session:
        assert session.get(redirecting_server.url_for("/same"), timeout=5).text == KEY
        assert session.get(redirecting_server.url_for("/other"), timeout=5).text == "no key"
        assert session.headers[API_KEY_HEADER] == KEY  # only the redirected request lost it


def test_a_clone_is_configured_alike_and_independent():
    with make_session(KEY, proxies={"https": "http://proxy:3128"}) as session:
        session.verify = "/etc/ssl/custom.pem"
        clone = clone_session(session)
    assert type(clone) is type(session) and clone is not session
    assert clone.headers[API_KEY_HEADER] == KEY and clone.headers["User-Agent"] == session.headers["User-Agent"]
    assert clone.proxies == {"https": "http://proxy:3128"} and clone.verify == "/etc/ssl/custom.pem"
    assert clone.max_redirects == session.max_redirects
    clone.headers["X-Other"] = "x"
    clone.proxies["http"] = "http://elsewhere"
    assert "X-Other" not in session.headers and "http" not in session.proxies
    clone.close()


def test_a_plain_requests_session_can_be_cloned():
    with requests.Session() as session:
        session.headers[API_KEY_HEADER] = KEY
        clone = clone_session(session)
    assert isinstance(clone, requests.Session) and clone.headers[API_KEY_HEADER] == KEY


class FakeAnswer:
    def __init__(self, retry_after):
        self.headers = {"Retry-After": retry_after} if retry_after is not None else {}


@pytest.mark.parametrize(
    "header, seconds",
    [("7", 7.0), ("0", 0.0), ("-3", 0.0), ("100000", MAX_RETRY_AFTER), ("soon", None), (None, None),
     ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_retry_after(header, seconds):
    assert retry_after_seconds(FakeAnswer(header)) == seconds


def test_backoff_prefers_the_server_then_doubles_up_to_a_cap():
    assert backoff_delay(3, 2.0, FakeAnswer("5")) == 5.0
    assert [backoff_delay(attempt, 2.0) for attempt in (1, 2, 3)] == [2.0, 4.0, 8.0]
    assert backoff_delay(20, 2.0) == 60.0


@pytest.mark.parametrize(
    "start, target, kept",
    [
        ("https://geodes-portal.cnes.fr/api/download/x", "https://geodes-portal.cnes.fr/files/x", True),
        ("https://geodes-portal.cnes.fr/api/download/x", "https://storage.geodes.cnes.fr/x", True),
        ("https://geodes-portal.cnes.fr/api/download/x", "https://bucket.s3.amazonaws.com/x", False),
        ("https://geodes-portal.cnes.fr/api/download/x", "http://geodes-portal.cnes.fr/x", False),
        ("http://127.0.0.1:8000/x", "http://127.0.0.2:8000/x", False),
    ],
)
def test_the_key_stays_within_its_site(start, target, kept):
    class Answer:
        request = requests.Request("GET", start).prepare()

    with make_session(KEY) as session:
        redirected = requests.Request("GET", target, headers={API_KEY_HEADER: KEY}).prepare()
        session.rebuild_auth(redirected, Answer())
    assert (API_KEY_HEADER in redirected.headers) == kept
