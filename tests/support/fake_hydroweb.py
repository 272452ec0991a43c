"""A fake hydroweb.next on 127.0.0.1, speaking its STAC protocol as far as
public clients show it (THEIA_API.md; py-hydroweb, eodag's provider):
``POST /api/v1/rs-catalog/stac/search`` with ``collections``, ``bbox`` or
``intersects`` and the ``query`` operators on ``start_datetime`` /
``end_datetime`` (and ``grid:code``); the ``X-API-Key`` is required even to
search (401 without, 403 when wrong); paging by STAC ``next`` links whose
POST body carries an opaque token to merge, the total in ``numberMatched``;
items are LIS >= 1.7 FSC products (id ``LIS_S2-SNOW-FSC_<tile>_<date>...``)
whose zip asset gives ``file:size`` and ``file:checksum`` (MD5 multihash),
no GEODES description text. Downloads, faults and records are FakeGeodes's.

    with FakeHydroweb() as hydroweb:
        product = hydroweb.add_fsc_product(tile="T31TCH", acquired=...)
"""

import base64
import json
from datetime import datetime, timezone
from urllib.parse import urlsplit

from tests.support.fake_geodes import FakeGeodes
from tests.support.fake_geodes_protocol import GeodesHandler, RecordedRequest, _matches

HYDROWEB_SEARCH_PATH = "/api/v1/rs-catalog/stac/search"
FSC_COLLECTION = "LIS_FSC_PREOP"
DEFAULT_API_KEY = "fake-hydroweb-key-9876543210"


class HydrowebHandler(GeodesHandler):
    def _serve(self, method):
        if method != "POST" or urlsplit(self.path).path != HYDROWEB_SEARCH_PATH:
            return super()._serve(method)
        fake = self.server.fake
        try:
            body = self._read_json()
            fake.record(RecordedRequest(method, HYDROWEB_SEARCH_PATH, dict(self.headers), body))
            fault = next((f for f in fake.take_faults(HYDROWEB_SEARCH_PATH) if f.kind == "status"), None)
            if fault is not None:
                return self._send_json(fault.status, {"code": fault.status, "description": "injected fault"})
            if self._key_refused():
                return None
            return self._token_search(body)
        except ValueError as error:
            return self._send_json(400, {"code": "InvalidParameterValue", "description": str(error)})

    def _token_search(self, body):
        fake = self.server.fake
        if "page" in body:
            raise ValueError("unknown field: page (use the token of the next link)")
        limit = body.get("limit", 10)
        if not isinstance(limit, int) or not 1 <= limit <= fake.max_limit:
            raise ValueError("limit must be an integer between 1 and {}".format(fake.max_limit))
        start = _decode_token(body.get("token")) if body.get("token") else 0
        matches = sorted((p for p in list(fake.products) if _matches(p, body)), key=lambda p: p.acquired)
        chunk = matches[start: start + limit]
        links = [{"rel": "self", "href": fake.url + HYDROWEB_SEARCH_PATH}]
        if start + limit < len(matches):
            links.append({"rel": "next", "href": fake.url + HYDROWEB_SEARCH_PATH, "method": "POST",
                          "body": {"token": _encode_token(start + limit)}, "merge": True})
        self._send_json(200, {
            "type": "FeatureCollection",
            "numberMatched": len(matches),
            "numberReturned": len(chunk),
            "features": [fsc_feature(product, fake.url) for product in chunk],
            "links": links,
        })


def _encode_token(offset):
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode()


def _decode_token(token):
    try:
        return int(json.loads(base64.urlsafe_b64decode(token.encode()))["offset"])
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError("invalid token") from error


def fsc_feature(product, base_url):
    west, south, east, north = product.bbox
    ring = [[west, north], [east, north], [east, south], [west, south], [west, north]]
    moment = product.acquired.strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "type": "Feature",
        "stac_version": "1.0.0",
        "stac_extensions": ["https://stac-extensions.github.io/file/v2.1.0/schema.json"],
        "id": product.identifier,
        "collection": product.collection,
        "bbox": list(product.bbox),
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {"datetime": moment, "start_datetime": moment, "end_datetime": moment,
                       "platform": "sentinel-2" + product.platform[-1].lower()},
        "assets": {
            "archive": {"href": base_url + product.download_path, "type": "application/zip", "roles": ["data"],
                        "title": product.identifier + ".zip", "file:size": len(product.payload),
                        "file:checksum": "d50110" + (product.announced_md5 or product.md5)},
        },
    }


class FakeHydroweb(FakeGeodes):
    handler = HydrowebHandler

    def __init__(self, api_key=DEFAULT_API_KEY, max_limit=100):
        super().__init__(api_key=api_key, max_limit=max_limit)

    def add_fsc_product(self, tile="T31TCH", acquired=None, **fields):
        acquired = acquired or datetime(2024, 1, 6, 10, 34, 21, tzinfo=timezone.utc)
        identifier = "LIS_S2-SNOW-FSC_{}_{}_1.7.0_1".format(tile, acquired.strftime("%Y%m%dT%H%M%S"))
        files = {f"{identifier}.tif": b"II*\x00fsc", f"{identifier}.xml": b"<xml/>"}
        return self.add_product(identifier=identifier, collection=FSC_COLLECTION, tile=tile, acquired=acquired,
                                files=files, **fields)

    @property
    def search_bodies(self):
        return [request.body for request in self.requests if request.path == HYDROWEB_SEARCH_PATH]
