"""Catalogue records as features and back: the attribute table of the
footprint layer written by ``theiasnow:search`` and read by
``theiasnow:download``. One attribute per ProductRecord field."""

import json
from datetime import datetime, timezone

from osgeo import ogr
from qgis.core import Qgis, QgsFeature, QgsField, QgsFields, QgsGeometry, QgsRectangle, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, Qt, QTime, QVariant

from snow_plugin.core.geodes.records import ProductRecord

# QgsField takes a QMetaType from QGIS 3.38 (the only choice with Qt 6), a QVariant type before.
if Qgis.QGIS_VERSION_INT >= 33800:
    _TEXT, _REAL, _INT64 = QMetaType.Type.QString, QMetaType.Type.Double, QMetaType.Type.LongLong
    _BOOL, _DATETIME = QMetaType.Type.Bool, QMetaType.Type.QDateTime
else:
    _TEXT, _REAL, _INT64 = QVariant.Type.String, QVariant.Type.Double, QVariant.Type.LongLong
    _BOOL, _DATETIME = QVariant.Type.Bool, QVariant.Type.DateTime

try:
    FOOTPRINT_TYPE = Qgis.WkbType.MultiPolygon
except AttributeError:  # before QGIS 3.30
    FOOTPRINT_TYPE = QgsWkbTypes.Type.MultiPolygon

RECORD_FIELDS = (
    ("identifier", _TEXT),
    ("collection", _TEXT),
    ("tile", _TEXT),
    ("acquired", _DATETIME),
    ("cloud_cover", _REAL),
    ("snow_cover", _REAL),
    ("bbox", _TEXT),  # "west,south,east,north"
    ("quicklook_url", _TEXT),
    ("data_url", _TEXT),
    ("size", _INT64),
    ("md5", _TEXT),
    ("online", _BOOL),
    ("version", _TEXT),
    ("latest", _BOOL),
    ("platform", _TEXT),
)
IDENTIFIER_FIELD = "identifier"


def record_fields():
    fields = QgsFields()
    for name, field_type in RECORD_FIELDS:
        fields.append(QgsField(name, field_type))
    return fields


def record_feature(record, fields):
    """A feature of ``fields`` (from ``record_fields``) with the footprint in EPSG:4326."""
    feature = QgsFeature(fields)
    for name, _ in RECORD_FIELDS:
        feature[name] = _attribute_value(getattr(record, name))
    geometry = _footprint_geometry(record)
    if geometry is not None:
        feature.setGeometry(geometry)
    return feature


def record_from_feature_attributes(feature):
    """A ProductRecord from a footprint feature, or None without an identifier.

    Fields missing from the layer (a table with only ``identifier``) stay None.
    """
    names = feature.fields().names()
    values = {name: _python_value(feature[name]) for name, _ in RECORD_FIELDS if name in names}
    identifier = str(values.get(IDENTIFIER_FIELD) or "").strip()
    if not identifier:
        return None
    values[IDENTIFIER_FIELD] = identifier
    for name, field_type in RECORD_FIELDS:
        if field_type == _TEXT and values.get(name) is not None:
            values[name] = str(values[name]).strip() or None
    values["size"] = _int_or_none(values.get("size"))
    values["bbox"] = _bbox_or_none(values.get("bbox"))
    for name in ("online", "latest"):
        if values.get(name) is not None:
            values[name] = str(values[name]).strip().lower() in ("true", "1", "t", "yes")
    for name in ("cloud_cover", "snow_cover"):
        values[name] = _float_or_none(values.get(name))
    if values.get("md5"):
        values["md5"] = values["md5"].lower()
    return ProductRecord(**values)


def _footprint_geometry(record):
    geometry = None
    if record.footprint:
        ogr_geometry = ogr.CreateGeometryFromJson(json.dumps(record.footprint))
        if ogr_geometry is not None:
            geometry = QgsGeometry.fromWkt(ogr_geometry.ExportToWkt())
    if (geometry is None or geometry.isNull()) and record.bbox:
        geometry = QgsGeometry.fromRect(QgsRectangle(*record.bbox))
    if geometry is None or geometry.isNull():
        return None
    geometry.convertToMultiType()
    return geometry


def _attribute_value(value):
    if isinstance(value, tuple):
        return ",".join(str(number) for number in value)
    if isinstance(value, datetime):
        moment = value.astimezone(timezone.utc)
        return QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
            Qt.TimeSpec.UTC,
        )
    return value


def _python_value(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toPyDateTime().replace(tzinfo=timezone.utc)
    return value


def _int_or_none(value):
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _bbox_or_none(text):
    numbers = [_float_or_none(item) for item in str(text or "").split(",")]
    return tuple(numbers) if len(numbers) == 4 and None not in numbers else None


def _float_or_none(value):
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
