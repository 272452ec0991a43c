"""Theia names, in one place: MUSCATE product names
(``SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0``, also L2B-SNOW and
L3A), the files inside an L2A product, the files our detection writes
(named like Theia's), the rasters of Theia Snow products (L2B, LIS >= 1.7
FSC), and the dates and tiles read in any of these names (LIS >= 1.7
``LIS_S2-SNOW-FSC_T31TCH_20210105T103421_...`` and L3B periods
``..._T31TCH_20200901_20210831_...`` too)."""

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

from snow_plugin.core.errors import ProductError
from snow_plugin.core.i18n import tr

# platform, acquisition (milliseconds optional in catalogue names), level, tile, letter, version
PRODUCT_NAME = re.compile(
    r"^(?P<platform>[A-Z0-9-]+)_(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<millis>\d{3}))?_"
    r"(?P<level>[A-Z0-9-]+)_T?(?P<tile>\d{2}[A-Z]{3})_(?P<letter>[A-Z])_V(?P<version>\d+-\d+)$"
)

# L2A product: role -> file-name suffix (masks under MASKS/).
L2A_FILES = {
    "green": "_FRE_B3.tif",
    "red": "_FRE_B4.tif",
    "swir": "_FRE_B11.tif",
    "swir2": "_FRE_B12.tif",  # read only by the fog/cloud rescue
    "clm": "_CLM_R2.tif",
    "clm_r1": "_CLM_R1.tif",
    "mg2": "_MG2_R2.tif",
    "metadata": "_MTD_ALL.xml",
}
L2A_MASKS = ("clm", "clm_r1", "mg2")

# Our outputs: key -> suffix appended to the product identifier.
OUTPUT_SUFFIXES = {
    "SNW": "_SNW_R2.tif",
    "FSC_TOC": "_FSC_TOC.tif",
    "FSC_OG": "_FSC_OG.tif",
    "NDSI": "_NDSI.tif",
    "QCFLAGS": "_QCFLAGS.tif",
    "DECISION": "_DECISION.tif",
    "METADATA": "_SNOW.json",
    "BANDS_CSV": "_SNOW_BANDS.csv",
}

# Theia Snow rasters: style key -> how to recognise the file name (first match wins).
SNOW_RASTER_KINDS = (
    ("QCFLAGS", lambda name: "SNOW-FSC" in name and "QCFLAGS" in name),
    ("FSC_TOC", lambda name: "SNOW-FSC" in name and "TOC" in name),
    ("FSC", lambda name: "SNOW-FSC" in name),
    ("SNW_L2B", lambda name: name.endswith("_SNW_R2.tif")),
)


@dataclass(frozen=True)
class ProductName:
    identifier: str
    platform: str
    acquired: datetime
    level: str
    tile: str
    version: str


def match_product_name(identifier):
    """The regex match of a MUSCATE product name, or None."""
    return PRODUCT_NAME.match(identifier)


def parse_product_name(identifier):
    """Split a MUSCATE product name; ProductError when it is not one."""
    match = match_product_name(identifier)
    if not match:
        raise ProductError(
            tr("'{name}' is not a Theia product name (expected e.g. SENTINEL2A_20180130-110853-461_L2A_T29TPH_C_V1-4).").format(
                name=identifier
            )
        )
    acquired = datetime.strptime(match["date"] + match["time"] + (match["millis"] or "000"), "%Y%m%d%H%M%S%f")
    return ProductName(
        identifier=identifier,
        platform=match["platform"],
        acquired=acquired.replace(tzinfo=timezone.utc),
        level=match["level"],
        tile="T" + match["tile"],
        version=match["version"].replace("-", "."),
    )

# 20160912-103551-370 (MUSCATE names) or 20210105T103421 (LIS >= 1.7 names)
DATE_PATTERN = re.compile(r"(?:^|_)(\d{8})(?:-\d{6}-\d{3}|T\d{6})(?:_|$)")
TILE_PATTERN = re.compile(r"(?:^|_)T?(\d{2}[A-Z]{3})(?:_|$)")


def day_from_digits(text):
    """``"20210105"`` -> date(2021, 1, 5); None when it is no calendar day."""
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def date_from_name(name):
    """The acquisition day in a product or raster name, or None."""
    match = DATE_PATTERN.search(name)
    return None if match is None else day_from_digits(match.group(1))


def tile_from_name(name):
    """``T31TCH`` from a product or raster name, or ""."""
    match = TILE_PATTERN.search(name)
    return "T" + match.group(1) if match else ""
