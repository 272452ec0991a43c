"""A fake CNES GEODES on 127.0.0.1: the STAC search, downloads, quicklooks
and ``/fastavailability``, with faults that tests inject per product or URL.

    with FakeGeodes() as geodes:                       # or .start() / .stop()
        product = geodes.add_product(tile="T31TCH")   # a real zip, real MD5
        geodes.inject(product, Fault.http_status(500, times=2))
        config = load_config({"base_url": geodes.url, "api_key": geodes.api_key})

Catalogue: ``add_product(...)`` / ``add_products(count, ...)`` (``online=False``
for nearline products, ``announced_md5`` for a wrong catalogue checksum,
``padding`` for a longer body, ``files`` for custom zip members, ``mangle``
for odd features); ``set_online(product, flag)`` after a search.
Faults: ``inject(product | identifier | "/url/path", Fault.http_status(...) |
Fault.throttle(...) | Fault.stall(...) | Fault.truncate(...) | Fault.no_range()
| Fault.redirect_loop())``. Afterwards: ``requests``, ``search_bodies``,
``downloads_of(product)``. Downloads need ``X-API-Key: <api_key>`` (401
without, 403 when wrong); search, quicklooks and availability do not.
"""

import hashlib
import io
import random
import sys
import threading
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import ThreadingHTTPServer

from tests.support.fake_geodes_protocol import METADATA_XML, QUICKLOOK_JPEG, SEARCH_PATH, GeodesHandler

L2A = "THEIA_REFLECTANCE_SENTINEL2_L2A"
SNOW = "THEIA_SNOW_SENTINEL2_L2B"
DEFAULT_API_KEY = "fake-geodes-key-0123456789"
DEFAULT_BBOX = (0.53, 42.33, 1.91, 43.35)
PLATFORM_NAMES = {"S2A": "SENTINEL2A", "S2B": "SENTINEL2B", "S2C": "SENTINEL2C"}


@dataclass
class Fault:
    """One misbehaviour, served ``times`` times (``None``: on every request).
    Faults injected on one target are served one after the other.

    kinds: ``status`` (an HTTP error, with ``retry_after`` for 429), ``stall``
    (send ``after_bytes`` then go silent for ``seconds`` and hang up),
    ``truncate`` (announce the full length, send ``after_bytes``, hang up),
    ``no_range`` (ignore ``Range``: always 200 and the whole body),
    ``redirect_loop`` (redirect to itself forever).
    """

    kind: str
    times: int = 1
    status: int = 500
    retry_after: float = None
    after_bytes: int = None  # None: half the body
    seconds: float = 2.0

    @classmethod
    def http_status(cls, status, times=1, retry_after=None):
        return cls("status", times, status=status, retry_after=retry_after)

    @classmethod
    def throttle(cls, retry_after=1, times=1):
        return cls("status", times, status=429, retry_after=retry_after)

    @classmethod
    def stall(cls, after_bytes=None, seconds=2.0, times=1):
        return cls("stall", times, after_bytes=after_bytes, seconds=seconds)

    @classmethod
    def truncate(cls, after_bytes=None, times=1):
        return cls("truncate", times, after_bytes=after_bytes)

    @classmethod
    def no_range(cls, times=None):
        return cls("no_range", times)

    @classmethod
    def redirect_loop(cls, times=None):
        return cls("redirect_loop", times)


@dataclass
class FakeProduct:
    identifier: str
    collection: str
    tile: str
    acquired: datetime
    cloud_cover: float
    snow_cover: float
    platform: str
    version: str
    latest: bool
    online: bool
    bbox: tuple
    payload: bytes  # the product zip
    announced_md5: str = None  # what the catalogue says; None: the real MD5
    mangle: object = None  # callable(feature) -> feature, to serve odd features
    urn: str = field(init=False)

    def __post_init__(self):
        self.urn = "URN:FEATURE:DATA:gdh:{}:V1".format(uuid.uuid5(uuid.NAMESPACE_URL, self.identifier))

    @property
    def md5(self):
        return hashlib.md5(self.payload).hexdigest()

    @property
    def download_path(self):
        # GEODES download hrefs end with the file's checksum.
        return "/api/download/{}/files/{}".format(self.urn, self.md5)

    @property
    def quicklook_path(self):
        return "/api/quicklook/{}/files/{}".format(self.urn, hashlib.md5(QUICKLOOK_JPEG).hexdigest())

    @property
    def metadata_path(self):
        return "/api/download/{}/files/mtd".format(self.urn)

    @property
    def properties(self):
        moment = self.acquired.strftime("%Y-%m-%dT%H:%M:%S.") + "{:03d}Z".format(self.acquired.microsecond // 1000)
        return {
            "identifier": self.identifier,
            "grid:code": self.tile,
            "eo:cloud_cover": self.cloud_cover,
            "eo:snow_cover": self.snow_cover,
            "start_datetime": moment,
            "end_datetime": moment,
            "platform": self.platform,
            "processing:level": "L2B-SNOW" if self.collection == SNOW else "L2A",
            "latest": self.latest,
            "version": self.version,
        }

    def feature(self, base_url):
        west, south, east, north = self.bbox
        ring = [[west, north], [east, north], [east, south], [west, south], [west, north]]
        assets = {
            # An XML asset with role "data" comes first, as on GEODES: clients must pick the zip.
            self.identifier + "_MTD_ALL.xml": _asset(base_url + self.metadata_path, "application/xml", "data",
                                                     METADATA_XML, True, "METADATA"),
            self.identifier + "_QKL_ALL.jpg": _asset(base_url + self.quicklook_path + "?scope=gdh", "image/jpeg",
                                                     "overview", QUICKLOOK_JPEG, True, "QUICKLOOK_SD"),
            self.identifier + ".zip": _asset(base_url + self.download_path, "application/zip", "data",
                                             self.payload, self.online, "RAWDATA", self.announced_md5),
        }
        feature = {
            "type": "Feature",
            "stac_version": "1.0.0",
            "id": self.urn,
            "collection": self.collection,
            "bbox": list(self.bbox),
            "geometry": {"type": "Polygon", "coordinates": [ring]},
            "properties": self.properties,
            "assets": assets,
        }
        return self.mangle(feature) if self.mangle else feature


def _asset(href, media_type, role, content, online, datatype, md5=None):
    # Exactly the GEODES layout: "Key: value" lines separated by blank lines.
    description = "\n\n".join([
        "File size: {} bytes".format(len(content)),
        "Is reference: false",
        "Is online: {}".format("true" if online else "false"),
        "Datatype: {}".format(datatype),
        "Checksum MD5: {}".format(md5 or hashlib.md5(content).hexdigest()),
    ])
    return {"href": href, "type": media_type, "roles": [role], "title": href.rsplit("/", 1)[-1],
            "description": description}


def build_product_zip(identifier, snow=False, padding=0, files=None):
    """A MUSCATE-like zip: ``<identifier>/`` with a few tiny files.

    ``padding`` adds that many incompressible bytes (an ``_ATB_R1.tif``) to
    make the body long enough for stall and resume tests; ``files`` maps
    names inside the product folder to contents, replacing the defaults.
    """
    if files is None:
        suffixes = ["_SNW_R2.tif"] if snow else ["_FRE_B3.tif", "_FRE_B4.tif", "_FRE_B11.tif",
                                                  "MASKS/_CLM_R2.tif", "MASKS/_MG2_R2.tif"]
        files = {_member_name(identifier, suffix): b"fake raster " + suffix.encode() for suffix in suffixes}
        files[identifier + "_MTD_ALL.xml"] = METADATA_XML
        if padding:
            files[identifier + "_ATB_R1.tif"] = random.Random(identifier).randbytes(padding)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in files.items():
            archive.writestr(identifier + "/" + name, content)
    return buffer.getvalue()


def _member_name(identifier, suffix):
    folder, _, tail = suffix.rpartition("/")
    return (folder + "/" if folder else "") + identifier + tail


class _QuietServer(ThreadingHTTPServer):
    """Clients hang up on purpose here (stalls, cancels, truncations): a
    reset connection is part of the test, not an error to print."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class FakeGeodes:
    handler = GeodesHandler  # the protocol spoken (FakeHydroweb speaks hydroweb.next's)

    def __init__(self, api_key=DEFAULT_API_KEY, max_limit=80):
        self.api_key = api_key
        self.max_limit = max_limit
        self.products = []
        self.requests = []
        self._faults = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = None
        self._thread = None

    # --- life cycle -----------------------------------------------------
    def start(self):
        self._server = _QuietServer(("127.0.0.1", 0), self.handler)
        self._server.fake = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-geodes", daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._stopping.set()  # wakes handlers sleeping in a stall
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    @property
    def url(self):
        host, port = self._server.server_address[:2]
        return "http://{}:{}".format(host, port)

    # --- catalogue content ----------------------------------------------
    def add_product(self, identifier=None, collection=L2A, tile="T31TCH", acquired=None, cloud_cover=10.0,
                    snow_cover=5.0, platform="S2B", version="4-0", latest=True, online=True, bbox=DEFAULT_BBOX,
                    padding=0, files=None, announced_md5=None, mangle=None):
        collection = {"L2A": L2A, "SNOW": SNOW}.get(collection, collection)
        acquired = acquired or datetime(2024, 1, 6, 10, 59, 7, 758000, tzinfo=timezone.utc)
        snow = collection == SNOW
        identifier = identifier or "{}_{}-{:03d}_{}_{}_{}_V{}".format(
            PLATFORM_NAMES.get(platform, platform), acquired.strftime("%Y%m%d-%H%M%S"),
            acquired.microsecond // 1000, "L2B-SNOW" if snow else "L2A", tile, "D" if snow else "C", version)
        product = FakeProduct(identifier, collection, tile, acquired, cloud_cover, snow_cover, platform, version,
                              latest, online, tuple(bbox), build_product_zip(identifier, snow, padding, files),
                              announced_md5, mangle)
        with self._lock:
            self.products.append(product)
        return product

    def add_products(self, count, first=None, step=timedelta(days=5), **fields):
        first = first or datetime(2024, 1, 1, 10, 50, tzinfo=timezone.utc)
        return [self.add_product(acquired=first + index * step, **fields) for index in range(count)]

    def set_online(self, product, online=True):
        product.online = online

    # --- faults -------------------------------------------------------------
    def inject(self, target, fault):
        """``target``: a FakeProduct or identifier (its download), or a URL path."""
        with self._lock:
            self._faults.setdefault(self._path_of(target), []).append(fault)

    def clear_faults(self):
        with self._lock:
            self._faults.clear()

    def take_faults(self, path):
        """Faults served on one request: the first pending fault, in the order
        injected, plus every pending ``no_range`` (it combines with the others)."""
        with self._lock:
            pending = [fault for fault in self._faults.get(path, []) if fault.times is None or fault.times > 0]
            self._faults[path] = pending
            first = next((fault for fault in pending if fault.kind != "no_range"), None)
            served = [fault for fault in pending if fault.kind == "no_range"] + ([first] if first else [])
            for fault in served:
                if fault.times is not None:
                    fault.times -= 1
            return served

    def _path_of(self, target):
        if isinstance(target, FakeProduct):
            return target.download_path
        if isinstance(target, str) and target.startswith("/"):
            return target
        return self.product(target).download_path

    # --- what the tests look at -----------------------------------------
    def product(self, identifier):
        return next(product for product in self.products if product.identifier == identifier)

    def product_at(self, path):
        return next((product for product in self.products if path in (product.download_path,
                     product.quicklook_path, product.metadata_path)), None)

    def record(self, request):
        with self._lock:
            self.requests.append(request)

    @property
    def search_bodies(self):
        return [request.body for request in self.requests if request.path == SEARCH_PATH]

    def downloads_of(self, product):
        return [request for request in self.requests if request.path == product.download_path]

    def sleep(self, seconds):
        self._stopping.wait(seconds)

