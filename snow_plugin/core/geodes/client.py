"""Searching GEODES: one query per tile, every page, up to a cap.

Query bodies follow the GEODES STAC API (``POST /api/stac/search``, ``query``
operators, ``page``/``limit`` paging with ``limit <= 80``, total in
``context.matched``). Network and server trouble becomes ``CatalogueError``
with a sentence for the user; a refused key becomes ``ApiKeyRefusedError``.
"""

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

import requests

from snow_plugin.core.errors import CatalogueError
from snow_plugin.core.i18n import tr

from .http import (
    RETRYABLE_STATUSES,
    TransientDownloadError,
    backoff_pause,
    make_session,
    raise_if_cancelled,
    raise_for_auth,
    redirect_loop_refusal,
    with_retries,
)
from .records import InvalidFeatureError, record_from_feature

LOGGER = logging.getLogger("snow_plugin")
SEARCH_TRIES = 3
OLDEST_FIRST = [{"field": "start_datetime", "direction": "asc"}]


@dataclass
class SearchResult:
    records: list = field(default_factory=list)
    matched: int = 0  # products the catalogue holds for the query, read or not
    warnings: list = field(default_factory=list)


class GeodesClient:
    def __init__(self, config, session=None):
        self.config = config
        self._owns_session = session is None
        self.session = make_session(config.api_key) if session is None else session

    def close(self):
        if self._owns_session:
            self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def search(
        self,
        collection_key_or_id,
        tiles=None,
        bbox=None,
        geometry=None,
        start=None,
        end=None,
        max_cloud=None,
        platform=None,
        latest_only=True,
        max_records=500,
        progress=None,
        is_cancelled=None,
    ):
        """Products of one collection matching the filters, oldest first.

        ``tiles``: MGRS tile names ("T31TCH" or "31TCH"); several tiles give one
        query each so that an empty tile can be reported. ``bbox`` is
        (min lon, min lat, max lon, max lat) and ``geometry`` a GeoJSON
        geometry, both in EPSG:4326. ``start``/``end``: dates or datetimes
        (UTC when naive; a date ``end`` includes that whole day).
        """
        base_body = {
            "collections": [self.config.collection_id(collection_key_or_id)],
            "query": _filters(start, end, max_cloud, platform, latest_only),
            "sortBy": OLDEST_FIRST,
        }
        if bbox is not None:
            base_body["bbox"] = [float(value) for value in bbox]
        if geometry is not None:
            base_body["intersects"] = geometry
        tile_names = [_tile_code(tile) for tile in (tiles or [])] or [None]

        result = SearchResult()
        seen = set()
        for index, tile in enumerate(tile_names):
            body = base_body
            if tile is not None:
                body = dict(base_body, query=dict(base_body["query"], **{"grid:code": {"eq": tile}}))

            def tile_progress(fraction, index=index):
                if progress is not None:
                    progress(100.0 * (index + fraction) / len(tile_names))

            remaining = max_records - len(result.records)
            features, matched = self._read_pages(body, remaining, tile_progress, is_cancelled)
            result.matched += matched
            if tile is not None and matched == 0 and not features:
                result.warnings.append(
                    tr(
                        "No product found for tile {tile}: check the dates and filters; "
                        "Theia may also not produce this tile."
                    ).format(tile=tile)
                )
            self._add_records(features, result, seen)
        if result.matched > len(result.records) and len(result.records) >= max_records:
            result.warnings.append(
                tr(
                    "Only the first %n of {matched} products were read: narrow the "
                    "search (dates, cloud cover, area) or raise the limit.", None, len(result.records)
                ).format(matched=result.matched)
            )
        for warning in result.warnings:
            LOGGER.warning(warning)
        return result

    def check_availability(self, records):
        """``{identifier: True/False}`` for records GEODES reported on.

        Asks ``/fastavailability`` whether the data zips are online (nearline
        products must be staged before they can be downloaded).
        """
        with_url = [record for record in records if record.data_url]
        if not with_url:
            return {}
        body = {"availability": [{"href": record.data_url} for record in with_url]}
        answer = self._post_json(self.config.availability_url, body)
        availability = {}
        for product_id, checksum, available in _availability_entries(answer):
            # A download href holds the product id and ends with the file's checksum.
            for record in with_url:
                if product_id in record.data_url and record.data_url.endswith(checksum):
                    availability[record.identifier] = available
        return availability

    def _read_pages(self, body, cap, on_progress, is_cancelled):
        """Features of every page, at most ``cap``, and the catalogue's total."""
        features, page, limit = [], 1, self.config.page_limit
        while True:
            raise_if_cancelled(is_cancelled, tr("The search was cancelled."))
            answer = self._post_json(self.config.search_url, dict(body, page=page, limit=limit), is_cancelled)
            page_features = answer.get("features") if isinstance(answer, dict) else None
            if not isinstance(page_features, list):
                raise CatalogueError(tr("GEODES sent an answer without a product list: try again later."))
            total = _matched(answer)
            features.extend(page_features[: max(0, cap - len(features))])
            read_all = total is not None and page * limit >= total
            matched = total if total is not None else len(features)
            on_progress(min(1.0, len(features) / max(1, min(matched, cap))))
            if not page_features or read_all or len(features) >= cap:
                return features, matched
            if total is None and not (_has_next_link(answer) or len(page_features) >= limit):
                return features, matched
            page += 1

    def _add_records(self, features, result, seen):
        for feature in features:
            try:
                record = record_from_feature(feature)
            except InvalidFeatureError as error:
                result.warnings.append(tr("A catalogue entry was skipped: {reason}").format(reason=error))
                continue
            if record.identifier not in seen:
                seen.add(record.identifier)
                result.records.append(record)

    def _post_json(self, url, body, is_cancelled=None):
        def once():
            try:
                response = self.session.post(
                    url, json=body, timeout=(self.config.connect_timeout, self.config.read_timeout)
                )
            except requests.TooManyRedirects:
                raise redirect_loop_refusal(self.session) from None
            except requests.RequestException as error:
                raise TransientDownloadError(type(error).__name__) from None
            raise_for_auth(response, self.session)
            if response.ok:
                return _json(response)
            if response.status_code not in RETRYABLE_STATUSES:
                raise CatalogueError(tr("GEODES refused the search (HTTP {status}).").format(status=response.status_code))
            raise TransientDownloadError("HTTP {}".format(response.status_code), response)

        pause = backoff_pause(self.config.retry_backoff, is_cancelled, tr("The search was cancelled."))
        try:
            return with_retries(once, SEARCH_TRIES, pause, "GEODES search")
        except TransientDownloadError as trouble:
            raise CatalogueError(
                tr(
                    "GEODES did not answer the search ({trouble}): try again later, or check "
                    "the network and proxy settings."
                ).format(trouble=trouble.reason)
            ) from None


def _json(response):
    try:
        return response.json()
    except ValueError:
        raise CatalogueError(tr("GEODES sent an unreadable answer: try again later.")) from None


def _availability_entries(answer):
    """(product id, file checksum, available) triples of a /fastavailability answer."""
    products = answer.get("products") if isinstance(answer, dict) else None
    for product in products if isinstance(products, list) else []:
        if not isinstance(product, dict) or not product.get("id") or not isinstance(product.get("files"), list):
            continue
        for entry in product["files"]:
            if isinstance(entry, dict) and entry.get("checksum"):
                yield str(product["id"]), str(entry["checksum"]), bool(entry.get("available"))


def _matched(answer):
    context = answer.get("context")
    matched = context.get("matched") if isinstance(context, dict) else None
    return matched if isinstance(matched, int) and not isinstance(matched, bool) else None


def _has_next_link(answer):
    links = answer.get("links")
    return isinstance(links, list) and any(isinstance(link, dict) and link.get("rel") == "next" for link in links)


def _filters(start, end, max_cloud, platform, latest_only):
    query = {}
    # A product overlaps [start, end] when it ends after start and starts before end.
    if start is not None:
        query["end_datetime"] = {"gte": _utc_text(start, end_of_day=False)}
    if end is not None:
        query["start_datetime"] = {"lte": _utc_text(end, end_of_day=True)}
    if max_cloud is not None:
        query["eo:cloud_cover"] = {"lte": max_cloud}
    if platform:
        query["platform"] = {"eq": str(platform).upper()}
    if latest_only:
        query["latest"] = {"eq": True}
    return query


def _utc_text(moment, end_of_day):
    if isinstance(moment, str):
        moment = _parse_date_text(moment)
    if isinstance(moment, date) and not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(23, 59, 59) if end_of_day else time(0))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_date_text(text):
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise CatalogueError(tr("The date '{text}' is not understood: use YYYY-MM-DD.").format(text=text)) from None


def _tile_code(tile):
    text = str(tile).strip().upper()
    return text if text.startswith("T") else "T" + text
