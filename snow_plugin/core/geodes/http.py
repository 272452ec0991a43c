"""The HTTP session used for GEODES, and what its answers mean for the user.

The API key travels only in the ``X-API-Key`` header of this session. No
message built here contains it, and none quotes upstream error texts (which
may echo URLs or headers), so the key cannot leak into messages or logs.
"""

import email.utils
import ipaddress
import logging
import re
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

import requests
from requests.structures import CaseInsensitiveDict

from snow_plugin.__about__ import __version__
from snow_plugin.core.errors import ApiKeyRefusedError, CancelledError, DownloadError, ProductStagingError
from snow_plugin.core.i18n import tr

LOGGER = logging.getLogger("snow_plugin")
API_KEY_HEADER = "X-API-Key"
DEFAULT_USER_AGENT = "snow_plugin/{} (QGIS plugin; python-requests)".format(__version__)
# A refused key sometimes shows as a redirect loop towards the login page;
# a few hops are enough for any legitimate redirect.
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 120.0
MAX_BACKOFF = 60.0

# Words GEODES-like services use when a nearline product must first be restored.
OFFLINE_WORDS = ("offline", "not online", "nearline", "staging", "being restored")

AUTH_FAILURE_STATUSES = (401, 403)
RETRYABLE_STATUSES = (408, 429, 500, 502, 503, 504)


class GeodesSession(requests.Session):
    """A ``requests`` session that keeps the API key and the proxy it is given.

    Two defaults of ``requests`` are changed: ``HTTP(S)_PROXY`` in the
    environment beats ``session.proxies`` (psf/requests#2018), which would
    silently bypass the QGIS proxy; and only ``Authorization`` is dropped on
    a redirect, so the ``X-API-Key`` header would follow a redirect to any
    site (a storage service, a login page elsewhere). The key stays within
    the site that asked for it (``cnes.fr``: GEODES may move between its
    hosts) and never goes back to plain HTTP.
    """

    def merge_environment_settings(self, url, proxies, stream, verify, cert):
        proxies = dict(self.proxies, **(proxies or {}))
        return super().merge_environment_settings(url, proxies, stream, verify, cert)

    def rebuild_auth(self, prepared_request, response):
        super().rebuild_auth(prepared_request, response)
        old, new = urlsplit(response.request.url), urlsplit(prepared_request.url)
        leaves = _site(old.hostname) != _site(new.hostname) or (old.scheme, new.scheme) == ("https", "http")
        if leaves:
            prepared_request.headers.pop(API_KEY_HEADER, None)


def _site(hostname):
    """``geodes-portal.cnes.fr`` -> ``cnes.fr``; an IP address is its own site."""
    hostname = (hostname or "").lower()
    try:
        ipaddress.ip_address(hostname)
        return hostname
    except ValueError:
        return ".".join(hostname.split(".")[-2:])


class TransientDownloadError(DownloadError):
    """Worth another try: a broken or stalled connection, 429, 5xx, damaged bytes.

    The message completes a sentence for the user; ``response``, when there
    is one, may say how long to wait (``Retry-After``).
    """

    def __init__(self, message, response=None):
        super().__init__(message)
        self.reason = message
        self.response = response


def with_retries(attempt_once, tries, pause, label):
    """``attempt_once()``'s result, trying ``tries`` times while it raises
    TransientDownloadError; ``pause(attempt, response)`` waits between tries
    (and may raise CancelledError). The last trouble is raised as it is.
    The one retry policy of the network code (search, downloads)."""
    for attempt in range(1, tries + 1):
        try:
            return attempt_once()
        except TransientDownloadError as trouble:
            LOGGER.warning("%s: %s (try %d of %d).", label, trouble.reason, attempt, tries)
            if attempt == tries:
                raise
            pause(attempt, trouble.response)
    raise ValueError("tries must be at least 1")


def backoff_pause(backoff, is_cancelled, cancel_message):
    """A ``pause`` for with_retries: the server's Retry-After, else exponential."""

    def pause(attempt, response=None):
        if not wait(backoff_delay(attempt, backoff, response), is_cancelled):
            raise CancelledError(cancel_message)

    return pause


def raise_if_cancelled(is_cancelled, message):
    if is_cancelled is not None and is_cancelled():
        raise CancelledError(message)


def make_session(api_key=None, proxies=None, user_agent=DEFAULT_USER_AGENT):
    session = GeodesSession()
    session.headers["User-Agent"] = user_agent
    if api_key:
        session.headers[API_KEY_HEADER] = api_key
    if proxies:
        session.proxies.update(proxies)
    session.max_redirects = MAX_REDIRECTS
    return session


def clone_session(session):
    """A new session configured like ``session`` (key, proxy, TLS, redirects).

    ``requests.Session`` is not guaranteed thread-safe: each download thread
    works with a clone of its own and closes it.
    """
    clone = type(session)()
    clone.headers = CaseInsensitiveDict(session.headers)
    clone.proxies = dict(session.proxies)
    clone.cookies = session.cookies.copy()
    for name in ("auth", "verify", "cert", "trust_env", "max_redirects"):
        setattr(clone, name, getattr(session, name))
    return clone


def api_key_refused(session=None, detail=""):
    """The error shown when GEODES refuses the key, or when none was given."""
    if session is None or not session.headers.get(API_KEY_HEADER):
        return ApiKeyRefusedError(
            tr(
                "Downloading from GEODES needs an API key: create one on geodes-portal.cnes.fr "
                "(user profile, generate API key) and enter it in the plugin settings."
            )
        )
    return ApiKeyRefusedError(
        tr(
            "The GEODES API key was refused ({reason}): create or renew it on "
            "geodes-portal.cnes.fr (user profile, generate API key) and enter it "
            "in the plugin settings."
        ).format(reason=detail)
    )


def raise_for_auth(response, session=None):
    if response.status_code in AUTH_FAILURE_STATUSES:
        raise api_key_refused(session, "HTTP {}".format(response.status_code))


def redirect_loop_refusal(session=None):
    return api_key_refused(session, tr("endless redirections"))


def staging_error(name):
    """The answer to a nearline product: not a failure, a "come back later"."""
    return ProductStagingError(
        tr("{name} is offline and being staged by the Theia production centre: retry later.").format(name=name)
    )


def retry_after_seconds(response):
    """Seconds asked by a ``Retry-After`` header (delay or HTTP date), capped."""
    value = (response.headers.get("Retry-After") or "").strip() if response is not None else ""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def backoff_delay(attempt, backoff, response=None):
    """Delay before try ``attempt + 1``: the server's wish, else exponential."""
    asked = retry_after_seconds(response)
    if asked is not None:
        return asked
    return min(backoff * (2 ** (attempt - 1)), MAX_BACKOFF)


def wait(seconds, is_cancelled=None, step=0.1):
    """Sleep ``seconds``; return False early when the user cancels."""
    deadline = time.monotonic() + seconds
    while True:
        if is_cancelled is not None and is_cancelled():
            return False
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return True
        time.sleep(min(step, remaining))


CONTENT_RANGE = re.compile(r"^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$")


def content_range(response):
    """(start, end excluded, total) of "Content-Range: bytes 1000-4999/5000"
    (a 206 answer) or "bytes */5000" (a 416 one); None for what is missing."""
    match = CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
    if not match:
        return None, None, None
    first, last, total = (None if group in (None, "*") else int(group) for group in match.groups())
    return first, None if last is None else last + 1, total


def says_offline(response):
    """Whether an error answer explains that the product must first be staged."""
    try:
        text = response.text[:2000].lower()
    except (requests.RequestException, ValueError):
        return False
    return any(word in text for word in OFFLINE_WORDS)
