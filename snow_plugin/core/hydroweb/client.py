"""Searching hydroweb.next: the GEODES client, with the two differences of
this STAC service.

- Its ``X-API-Key`` is needed even to search: without one, nothing is sent.
- Its FSC items have no ``latest`` flag: the filter is not sent.
- Paging is STAC's: each page's ``links[rel=next]`` gives the request for
  the next one (a POST body holding a token, merged into the previous body
  when ``merge`` is true); the total is ``numberMatched`` (or GEODES's
  ``context.matched``). Assets follow the STAC file extension
  (``file:size``, ``file:checksum`` as an MD5 multihash) instead of GEODES's
  description text; they are turned into that text so the records, the
  download queue and its MD5 check stay the GEODES ones.
"""

import json

from snow_plugin.core.errors import CatalogueError
from snow_plugin.core.geodes.client import GeodesClient, _matched
from snow_plugin.core.geodes.http import API_KEY_HEADER, raise_if_cancelled
from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import tile_from_name

MD5_MULTIHASH_PREFIX = "d50110"  # multihash: code 0xd5 (MD5), 0x10 bytes


class HydrowebClient(GeodesClient):
    def __init__(self, config, session=None):
        super().__init__(config, session)
        if not self.session.headers.get(API_KEY_HEADER):
            self.close()
            raise CatalogueError(
                tr("hydroweb.next needs an API key even to search: create one in your hydroweb.next user settings and enter it in the plugin settings.")
            )

    def search(self, collection_key_or_id, **filters):
        """As GeodesClient.search; the FSC items carry no ``latest`` flag, so
        that filter is never sent, nor a cloud limit of 100 %."""
        if (filters.get("max_cloud") or 0) >= 100:  # "any cloud cover": no filter on a field items may lack
            filters["max_cloud"] = None
        return super().search(collection_key_or_id, **dict(filters, latest_only=False))

    def _read_pages(self, body, cap, on_progress, is_cancelled):
        features, url, request, asked = [], self.config.search_url, dict(body, limit=self.config.page_limit), set()
        while True:
            raise_if_cancelled(is_cancelled, tr("The search was cancelled."))
            asked.add(json.dumps(request, sort_keys=True))
            answer = self._post_json(url, request, is_cancelled)
            page_features = answer.get("features") if isinstance(answer, dict) else None
            if not isinstance(page_features, list):
                raise CatalogueError(tr("hydroweb.next sent an answer without a product list: try again later."))
            features.extend(page_features[: max(0, cap - len(features))])
            total = _matched(answer)
            if total is None and isinstance(answer.get("numberMatched"), int):
                total = answer["numberMatched"]
            matched = total if total is not None else len(features)
            on_progress(min(1.0, len(features) / max(1, min(matched, cap))))
            following = _next_request(answer, request)
            if not page_features or len(features) >= cap or following is None:
                return features, matched
            url, request = following[0] or url, following[1]
            if json.dumps(request, sort_keys=True) in asked:  # a server repeating itself: stop, keep what was read
                return features, matched

    def _add_records(self, features, result, seen):
        super()._add_records([_as_geodes_feature(feature) for feature in features], result, seen)


def _next_request(answer, request):
    """(URL, body) of the next page, or None on the last one."""
    links = answer.get("links") if isinstance(answer.get("links"), list) else []
    link = next((item for item in links if isinstance(item, dict) and item.get("rel") == "next"), None)
    if link is None:
        return None
    body = link.get("body") if isinstance(link.get("body"), dict) else {}
    return link.get("href"), dict(request, **body) if link.get("merge", True) else dict(body)


def _as_geodes_feature(feature):
    """The STAC file extension's facts written as GEODES asset descriptions,
    and the tile read in the product name when the item has no grid code."""
    if not isinstance(feature, dict):
        return feature
    feature = dict(feature)
    assets = feature.get("assets") if isinstance(feature.get("assets"), dict) else {}
    feature["assets"] = {key: _described(asset) for key, asset in assets.items()}
    properties = dict(feature.get("properties") or {})
    tile = tile_from_name(str(properties.get("identifier") or feature.get("id") or ""))
    if not properties.get("grid:code") and tile:
        properties["grid:code"] = tile
    feature["properties"] = properties
    return feature


def _described(asset):
    if not isinstance(asset, dict) or asset.get("description"):
        return asset
    facts = []
    if isinstance(asset.get("file:size"), int):
        facts.append("File size: {} bytes".format(asset["file:size"]))
    checksum = str(asset.get("file:checksum") or "").lower()
    if checksum.startswith(MD5_MULTIHASH_PREFIX) and len(checksum) == len(MD5_MULTIHASH_PREFIX) + 32:
        facts.append("Checksum MD5: " + checksum[len(MD5_MULTIHASH_PREFIX):])
    return dict(asset, description="\n\n".join(facts)) if facts else asset
