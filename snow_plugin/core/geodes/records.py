"""One catalogue entry, read defensively from a GEODES STAC feature.

GEODES features are not uniform (older versions, missing keys, numbers sent
as text): a bad field becomes ``None``; only a feature without any usable
identifier is refused, with ``InvalidFeatureError``, so the search can skip it
and say so.
"""

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import match_product_name

DESCRIPTION_LINE = re.compile(r"^\s*([^:\n]+?)\s*:\s*(.*?)\s*$", re.MULTILINE)
MD5_TEXT = re.compile(r"^[0-9a-fA-F]{32}$")
PLATFORM_SHORT_NAMES = {"SENTINEL2A": "S2A", "SENTINEL2B": "S2B", "SENTINEL2C": "S2C"}


class InvalidFeatureError(ValueError):
    """A feature that cannot become a record (no identifier)."""


@dataclass(frozen=True)
class ProductRecord:
    identifier: str
    collection: str = None
    tile: str = None
    acquired: datetime = None  # UTC
    cloud_cover: float = None
    snow_cover: float = None
    footprint: dict = None  # GeoJSON geometry, EPSG:4326
    bbox: tuple = None  # (min lon, min lat, max lon, max lat)
    quicklook_url: str = None
    data_url: str = None
    size: int = None
    md5: str = None
    online: bool = None
    version: str = None
    latest: bool = None
    platform: str = None

    @property
    def zip_name(self):
        return self.identifier + ".zip"


def parse_asset_description(text):
    """``"File size: 18684 bytes\\n\\nIs online: true\\n..."`` -> typed values.

    Returns the keys it could read among ``size`` (int), ``online`` (bool),
    ``reference`` (bool), ``datatype`` (str) and ``md5`` (lower-case str).
    """
    if not isinstance(text, str):
        return {}
    raw = {key.strip().lower(): value for key, value in DESCRIPTION_LINE.findall(text)}
    parsed = {}
    size = _int(raw.get("file size", "").split(" ")[0])
    if size is not None and size >= 0:
        parsed["size"] = size
    for key, name in (("is online", "online"), ("is reference", "reference")):
        flag = _bool(raw.get(key))
        if flag is not None:
            parsed[name] = flag
    if raw.get("datatype"):
        parsed["datatype"] = raw["datatype"]
    md5 = raw.get("checksum md5", "")
    if MD5_TEXT.match(md5):
        parsed["md5"] = md5.lower()
    return parsed


def record_from_feature(feature):
    if not isinstance(feature, dict):
        raise InvalidFeatureError(tr("A catalogue entry is not a JSON object."))
    properties = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
    identifier = _text(properties.get("identifier")) or _text(feature.get("id"))
    if not identifier:
        raise InvalidFeatureError(tr("A catalogue entry has no product identifier."))
    name = match_product_name(identifier)
    assets = feature.get("assets") if isinstance(feature.get("assets"), dict) else {}
    data_href, data_facts = _data_asset(assets)
    quicklook_href, _ = _asset_with_role(assets, "overview")
    return ProductRecord(
        identifier=identifier,
        collection=_text(feature.get("collection")),
        tile=_tile(properties.get("grid:code"), name),
        acquired=_datetime(properties.get("start_datetime") or properties.get("datetime"), name),
        cloud_cover=_float(properties.get("eo:cloud_cover")),
        snow_cover=_float(properties.get("eo:snow_cover")),
        footprint=_geometry(feature.get("geometry")),
        bbox=_bbox(feature.get("bbox")),
        quicklook_url=quicklook_href,
        data_url=data_href,
        size=data_facts.get("size"),
        md5=data_facts.get("md5"),
        online=data_facts.get("online"),
        version=_text(properties.get("version")) or (name.group("version") if name else None),
        latest=_bool(properties.get("latest")),
        platform=_platform(properties.get("platform"), name),
    )


def _data_asset(assets):
    # The zip is the "data" asset of type zip; XML metadata can carry "data" too.
    candidates = [
        (key, asset)
        for key, asset in assets.items()
        if isinstance(asset, dict) and _text(asset.get("href")) and "data" in _roles(asset)
    ]
    for key, asset in candidates:
        if "zip" in str(asset.get("type", "")).lower() or key.lower().endswith(".zip"):
            return asset["href"], parse_asset_description(asset.get("description"))
    return None, {}


def _asset_with_role(assets, role):
    for asset in assets.values():
        if isinstance(asset, dict) and _text(asset.get("href")) and role in _roles(asset):
            return asset["href"], parse_asset_description(asset.get("description"))
    return None, {}


def _roles(asset):
    roles = asset.get("roles")
    return [str(role) for role in roles] if isinstance(roles, list) else []


def _text(value):
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _int(value):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _float(value):
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # NaN is no information


def _bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _tile(value, name):
    text = _text(value)
    if text:
        text = text.upper().replace("MGRS-", "")
        return text if text.startswith("T") else "T" + text
    return "T" + name.group("tile") if name else None


def _platform(value, name):
    text = _text(value)
    if text:
        return text.upper()
    return PLATFORM_SHORT_NAMES.get(name.group("platform"), name.group("platform")) if name else None


def _datetime(value, name):
    if isinstance(value, str) and value.strip():
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)
            return moment.astimezone(timezone.utc)
    if name:
        return datetime.strptime(name.group("date") + name.group("time"), "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    return None


def _geometry(value):
    if isinstance(value, dict) and isinstance(value.get("type"), str) and "coordinates" in value:
        return value
    return None


def _bbox(value):
    if isinstance(value, (list, tuple)) and len(value) == 4:
        numbers = [_float(item) for item in value]
        if None not in numbers:
            return tuple(numbers)
    return None
