"""The HTTP side of the fake GEODES: routes, the STAC search semantics,
ranged downloads and the faults. State lives in ``server.fake`` (FakeGeodes).
"""

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

SEARCH_PATH = "/api/stac/search"
AVAILABILITY_PATH = "/fastavailability"
API_KEY_HEADER = "X-API-Key"
SEND_BLOCK = 16 * 1024
OPERATORS = ("eq", "neq", "in", "contains", "lte", "gte", "lt", "gt")
METADATA_XML = b'<?xml version="1.0" encoding="UTF-8"?><Muscate_Metadata_Document/>'
# A real 2x2 JPEG, so that quicklooks open as images.
QUICKLOOK_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5"
    "PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAAR"
    "CAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAA"
    "BQb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCYAUgB/9k="
)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict
    body: object  # the JSON body of a POST, or None


class GeodesHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real service
    timeout = 10  # idle keep-alive connections end instead of holding a thread

    def log_message(self, format, *args):  # noqa: A002 (base class signature)
        pass

    def do_GET(self):
        self._serve("GET")

    def do_POST(self):
        self._serve("POST")

    def _serve(self, method):
        fake = self.server.fake
        path = urlsplit(self.path).path
        try:
            body = self._read_json() if method == "POST" else None
            fake.record(RecordedRequest(method, path, dict(self.headers), body))
            faults = fake.take_faults(path)
            fault = next((fault for fault in faults if fault.kind != "no_range"), None)
            if fault is not None and fault.kind == "status":
                headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
                return self._send_json(fault.status, {"code": fault.status, "description": "injected fault"}, headers)
            if fault is not None and fault.kind == "redirect_loop":
                return self._send(302, b"", "text/plain", {"Location": self.path})
            if method == "POST" and path == SEARCH_PATH:
                return self._search(body)
            if method == "POST" and path == AVAILABILITY_PATH:
                return self._availability(body)
            product = fake.product_at(path) if method == "GET" else None
            if product is None:
                return self._send_json(404, {"code": 404, "description": "not found"})
            if path == product.quicklook_path:
                return self._send(200, QUICKLOOK_JPEG, "image/jpeg")
            if self._key_refused():
                return None
            if path == product.metadata_path:
                return self._send(200, METADATA_XML, "application/xml")
            return self._download(product, fault, honour_range=all(item.kind != "no_range" for item in faults))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a stall test): nothing to answer
        except ValueError as error:
            self._send_json(400, {"code": "InvalidParameterValue", "description": str(error)})
        return None

    # --- search --------------------------------------------------------------
    def _search(self, body):
        fake = self.server.fake
        limit, page = body.get("limit", 10), body.get("page", 1)
        if not isinstance(limit, int) or not 1 <= limit <= fake.max_limit:
            raise ValueError("limit must be an integer between 1 and {}".format(fake.max_limit))
        if not isinstance(page, int) or page < 1:
            raise ValueError("page must be a positive integer")
        matches = [product for product in list(fake.products) if _matches(product, body)]
        descending = any(sort.get("direction", "asc").lower().startswith("d") for sort in body.get("sortBy") or [])
        matches.sort(key=lambda product: product.acquired, reverse=descending)
        chunk = matches[(page - 1) * limit: page * limit]
        base = fake.url
        links = [{"rel": "self", "href": base + SEARCH_PATH, "method": "POST", "body": body}]
        if page * limit < len(matches):
            following = dict(body, page=page + 1)
            links.append({"rel": "next", "href": base + SEARCH_PATH, "method": "POST", "body": following})
        answer = {
            "type": "FeatureCollection",
            "context": {"returned": len(chunk), "limit": limit, "matched": len(matches)},
            "features": [product.feature(base) for product in chunk],
            "links": links,
        }
        self._send_json(200, answer)

    def _availability(self, body):
        entries = body.get("availability") if isinstance(body, dict) else None
        if not isinstance(entries, list):
            raise ValueError("availability must be a list of {href}")
        products = []
        for entry in entries:
            product = self.server.fake.product_at(urlsplit(str(entry.get("href", ""))).path)
            if product is not None:
                products.append({"id": product.urn, "files": [{"checksum": product.md5, "available": product.online}]})
        self._send_json(200, {"products": products})

    # --- downloads -------------------------------------------------------------
    def _key_refused(self):
        given = self.headers.get(API_KEY_HEADER)
        if given == self.server.fake.api_key:
            return False
        status = 401 if given is None else 403
        self._send_json(status, {"code": status, "description": "Access denied"})
        return True

    def _download(self, product, fault, honour_range):
        if not product.online:
            return self._send_json(202, {"status": "STAGING", "message": "The product is offline (nearline): "
                                         "a staging request was registered, retry later."})
        payload = product.payload
        requested = self.headers.get("Range") if honour_range else None
        headers = {"Accept-Ranges": "bytes"} if honour_range else {}
        start, end = _byte_range(requested, len(payload)) if requested else (0, len(payload))
        if start >= len(payload):
            return self._send(416, b"", "text/plain", {"Content-Range": "bytes */{}".format(len(payload))})
        if requested:
            headers["Content-Range"] = "bytes {}-{}/{}".format(start, end - 1, len(payload))
        body = payload[start:end]
        self._send_headers(206 if requested else 200, len(body), "application/zip", headers)
        if fault is not None and fault.kind in ("stall", "truncate"):
            cut = len(body) // 2 if fault.after_bytes is None else min(fault.after_bytes, len(body))
            self._write(body[:cut])
            if fault.kind == "stall":
                self.server.fake.sleep(fault.seconds)
            self.close_connection = True  # hang up before Content-Length bytes were sent
            return None
        self._write(body)
        return None

    # --- plumbing ----------------------------------------------------------------
    def _read_json(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw or b"{}")
        except ValueError:
            raise ValueError("the body is not JSON") from None

    def _send_json(self, status, document, headers=None):
        self._send(status, json.dumps(document).encode(), "application/json", headers)

    def _send(self, status, body, content_type, headers=None):
        self._send_headers(status, len(body), content_type, headers)
        self._write(body)

    def _send_headers(self, status, length, content_type, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()

    def _write(self, data):
        for offset in range(0, len(data), SEND_BLOCK):
            self.wfile.write(data[offset: offset + SEND_BLOCK])
        self.wfile.flush()


def _byte_range(header, length):
    """[start, end) of "bytes=a-", "bytes=a-b" or the suffix "bytes=-n" (RFC 9110)."""
    first, _, last = header.strip().removeprefix("bytes=").partition("-")
    if not first:
        return max(0, length - int(last)), length
    return int(first), min(length, int(last) + 1) if last else length


def _matches(product, body):
    collections = body.get("collections")
    if collections and product.collection not in collections:
        return False
    if body.get("bbox") is not None and not _overlap(product.bbox, body["bbox"]):
        return False
    if body.get("intersects") is not None and not _overlap(product.bbox, _geometry_bbox(body["intersects"])):
        return False
    properties = product.properties
    for name, condition in (body.get("query") or {}).items():
        if not isinstance(condition, dict) or not condition:
            raise ValueError("query.{} must be an object of operators".format(name))
        for operator, operand in condition.items():
            if operator not in OPERATORS:
                raise ValueError("unknown operator {} for {}".format(operator, name))
            if not _compare(name, properties.get(name), operator, operand):
                return False
    return True


def _compare(name, value, operator, operand):
    if value is None:
        return operator == "neq"
    if name.endswith("datetime"):
        value = _moment(value)
        operand = [_moment(item) for item in operand] if operator == "in" else _moment(operand)
    if operator == "eq":
        return value == operand
    if operator == "neq":
        return value != operand
    if operator == "in":
        return value in operand
    if operator == "contains":
        return str(operand) in str(value)
    return {"lte": value <= operand, "gte": value >= operand, "lt": value < operand, "gt": value > operand}[operator]


def _moment(text):
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))


def _overlap(first, second):
    if not isinstance(second, (list, tuple)) or len(second) != 4:
        raise ValueError("bbox must be [min lon, min lat, max lon, max lat]")
    return first[0] <= second[2] and second[0] <= first[2] and first[1] <= second[3] and second[1] <= first[3]


def _geometry_bbox(geometry):
    points = []

    def collect(coordinates):
        if coordinates and isinstance(coordinates[0], (int, float)):
            points.append(coordinates)
        else:
            for item in coordinates:
                collect(item)

    collect(geometry.get("coordinates") or [])
    if not points:
        raise ValueError("intersects has no coordinates")
    return [min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points), max(p[1] for p in points)]
