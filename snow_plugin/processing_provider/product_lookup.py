"""Which catalogue records to download: features of a footprint layer carry
their record (download URL, MD5, size); plain identifiers are looked up on
GEODES by their tile and acquisition day, both read from the name."""

import logging
from collections import defaultdict

from snow_plugin.core.errors import ProductError
from snow_plugin.core.product_names import parse_product_name
from snow_plugin.toolbelt.record_fields import record_from_feature_attributes

LOGGER = logging.getLogger("snow_plugin")
COLLECTION_OF_LEVEL = {"L2A": "L2A", "L2B-SNOW": "SNOW"}  # keys of geodes.json "collections"


def records_from_source(source, is_cancelled=None):
    """(records with a download URL, identifiers of features without one)."""
    records, bare = [], []
    for feature in source.getFeatures():
        if is_cancelled is not None and is_cancelled():
            break
        record = record_from_feature_attributes(feature)
        if record is None:
            continue
        if record.data_url:
            records.append(record)
        else:
            bare.append(record.identifier)
    return records, bare


def look_up_identifiers(client, identifiers, is_cancelled=None):
    """(records found on GEODES, identifiers not found or not product names).

    One search per (collection, tile, day), any version, so that an older
    version named explicitly is found too.
    """
    groups, unknown = defaultdict(list), []
    for identifier in dict.fromkeys(identifiers):
        try:
            name = parse_product_name(identifier)
        except ProductError:
            unknown.append(identifier)
            continue
        collection = COLLECTION_OF_LEVEL.get(name.level)
        if collection is None:
            unknown.append(identifier)
            continue
        groups[(collection, name.tile, name.acquired.date())].append(identifier)
    found = {}
    for (collection, tile, day), wanted in groups.items():
        result = client.search(
            collection, tiles=[tile], start=day, end=day, latest_only=False, max_records=200, is_cancelled=is_cancelled
        )
        found.update({record.identifier: record for record in result.records if record.identifier in wanted})
    missing = unknown + [identifier for wanted in groups.values() for identifier in wanted if identifier not in found]
    ordered = [found[identifier] for identifier in dict.fromkeys(identifiers) if identifier in found]
    return ordered, missing
