"""Dates and tiles read in the names of Theia snow products: MUSCATE names
(``..._20160912-103551-370_L2B-SNOW_T32TLS_...``), LIS >= 1.7 names
(``LIS_S2-SNOW-FSC_T31TCH_20210105T103421_...``) and L3B periods
(``..._T31TCH_20200901_20210831_...``)."""

import re
from datetime import date

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
