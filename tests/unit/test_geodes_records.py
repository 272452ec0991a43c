import copy
from datetime import datetime, timezone

import pytest

from snow_plugin.core.geodes.records import InvalidFeatureError, parse_asset_description, record_from_feature

pytestmark = pytest.mark.timeout(30)

ZIP_DESCRIPTION = (
    "File size: 764210185 bytes\n\nIs reference: false\n\nIs online: false\n\n"
    "Datatype: RAWDATA\n\nChecksum MD5: 86f828c4c7e921615d1cd0476604f780"
)
# The abridged GEODES answer of THEIA_API.md, with an XML "data" asset first.
FEATURE = {
    "type": "Feature",
    "id": "URN:FEATURE:DATA:gdh:25416e3f-1a7f-379a-9b65-a6539b1fd95b:V1",
    "collection": "THEIA_REFLECTANCE_SENTINEL2_L2A",
    "bbox": [0.53, 42.33, 1.91, 43.35],
    "geometry": {
        "type": "Polygon",
        "coordinates": [[[0.53, 43.33], [1.89, 43.35], [1.91, 42.36], [0.57, 42.34], [0.53, 43.33]]],
    },
    "properties": {
        "identifier": "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0",
        "grid:code": "T31TCH",
        "eo:cloud_cover": 28,
        "eo:snow_cover": 12.5,
        "start_datetime": "2020-01-06T10:59:07.758Z",
        "end_datetime": "2020-01-06T10:59:07.758Z",
        "platform": "S2B",
        "processing:level": "L2A",
        "latest": True,
        "version": "4-0",
    },
    "assets": {
        "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0_MTD_ALL.xml": {
            "href": "https://geodes-portal.cnes.fr/api/download/URN:...:V1/files/mtd",
            "type": "application/xml",
            "roles": ["data"],
        },
        "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0_QKL_ALL.jpg": {
            "href": "https://geodes-portal.cnes.fr/api/quicklook/URN:...:V1/files/1003ae?scope=gdh",
            "type": "image/jpeg",
            "roles": ["overview"],
            "description": "File size: 18684 bytes\n\nIs online: true",
        },
        "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0.zip": {
            "href": "https://geodes-portal.cnes.fr/api/download/URN:...:V1/files/86f828",
            "type": "application/zip",
            "roles": ["data"],
            "description": ZIP_DESCRIPTION,
        },
    },
}


def feature_with(**properties):
    feature = copy.deepcopy(FEATURE)
    feature["properties"].update(properties)
    return feature


def test_asset_description_in_geodes_format():
    assert parse_asset_description(ZIP_DESCRIPTION) == {
        "size": 764210185,
        "reference": False,
        "online": False,
        "datatype": "RAWDATA",
        "md5": "86f828c4c7e921615d1cd0476604f780",
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("File size: 12 bytes", {"size": 12}),
        ("Is online: TRUE\n\nChecksum MD5: not-a-checksum", {"online": True}),
        ("File size: unknown\n\nIs online: maybe", {}),
        ("", {}),
        (None, {}),
        (42, {}),
    ],
)
def test_asset_description_degrades_field_by_field(text, expected):
    assert parse_asset_description(text) == expected


def test_record_from_the_documented_feature():
    record = record_from_feature(FEATURE)
    assert record.identifier == "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0"
    assert record.collection == "THEIA_REFLECTANCE_SENTINEL2_L2A"
    assert record.tile == "T31TCH"
    assert record.acquired == datetime(2020, 1, 6, 10, 59, 7, 758000, tzinfo=timezone.utc)
    assert (record.cloud_cover, record.snow_cover) == (28.0, 12.5)
    assert record.footprint["type"] == "Polygon"
    assert record.bbox == (0.53, 42.33, 1.91, 43.35)
    assert record.quicklook_url.endswith("files/1003ae?scope=gdh")
    assert record.data_url.endswith("files/86f828")  # the zip, not the XML "data" asset
    assert (record.size, record.md5, record.online) == (764210185, "86f828c4c7e921615d1cd0476604f780", False)
    assert (record.version, record.latest, record.platform) == ("4-0", True, "S2B")
    assert record.zip_name == "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0.zip"


def test_oddly_typed_fields_become_none_or_are_converted():
    record = record_from_feature(
        feature_with(**{"eo:cloud_cover": "28.5", "eo:snow_cover": "lots", "latest": "false", "version": None})
    )
    assert record.cloud_cover == 28.5
    assert record.snow_cover is None
    assert record.latest is False
    assert record.version == "4-0"  # from the product name


def test_missing_fields_fall_back_on_the_product_name():
    feature = copy.deepcopy(FEATURE)
    for key in ("grid:code", "start_datetime", "platform", "latest"):
        del feature["properties"][key]
    feature["bbox"] = ["a", 1, 2, 3]
    del feature["geometry"]
    record = record_from_feature(feature)
    assert record.tile == "T31TCH"
    assert record.acquired == datetime(2020, 1, 6, 10, 59, 7, tzinfo=timezone.utc)
    assert record.platform == "S2B"
    assert (record.latest, record.bbox, record.footprint) == (None, None, None)


def test_a_snow_product_name_is_understood():
    feature = {"properties": {"identifier": "SENTINEL2A_20160912-103551-370_L2B-SNOW_T32TLS_D_V1-0"}}
    record = record_from_feature(feature)
    assert (record.tile, record.platform, record.version) == ("T32TLS", "S2A", "1-0")
    assert record.acquired == datetime(2016, 9, 12, 10, 35, 51, tzinfo=timezone.utc)
    assert record.data_url is None and record.size is None


def test_assets_of_unexpected_shape_are_ignored():
    feature = copy.deepcopy(FEATURE)
    feature["assets"] = {"a.zip": "not an object", "b.zip": {"roles": "data", "href": "x"}}
    record = record_from_feature(feature)
    assert (record.data_url, record.quicklook_url, record.md5) == (None, None, None)


@pytest.mark.parametrize("feature", [None, [], {"properties": {}}, {"properties": {"identifier": ""}, "id": None}])
def test_a_feature_without_identifier_is_refused(feature):
    with pytest.raises(InvalidFeatureError):
        record_from_feature(feature)


def test_the_feature_id_serves_when_the_identifier_is_missing():
    feature = copy.deepcopy(FEATURE)
    del feature["properties"]["identifier"]
    assert record_from_feature(feature).identifier == FEATURE["id"]
