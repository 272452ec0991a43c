"""One module knows Theia names: the reader and the catalogue records read
product names with the same pattern, and the downloader asks for the files
the reader needs."""

import pytest

from snow_plugin.core.errors import ProductError
from snow_plugin.core.geodes.records import record_from_feature
from snow_plugin.core.geodes.remote_zip import select_members
from snow_plugin.core.product_names import L2A_FILES, OUTPUT_SUFFIXES, parse_product_name


@pytest.mark.parametrize("identifier", [
    "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0",
    "SENTINEL2A_20160912-103551-370_L2B-SNOW_T32TLS_D_V1-7",
    "LANDSAT8-OLITIRS-XS_20180101-103000-000_L2A_T31TCH_D_V1-9",
])
def test_the_reader_and_the_catalogue_read_a_name_alike(identifier):
    name = parse_product_name(identifier)
    record = record_from_feature({"id": identifier, "properties": {}})
    assert record.tile == name.tile and name.tile.startswith("T")
    assert record.acquired.replace(microsecond=0) == name.acquired.replace(microsecond=0)
    assert record.version == identifier.rsplit("_V", 1)[1]


def test_a_name_that_is_not_theia_s_is_one_sentence():
    with pytest.raises(ProductError, match="not a Theia product name"):
        parse_product_name("S2B_MSIL2A_20200106T105319_N0213_R051_T31TCH_20200106T121433")


def test_the_partial_download_fetches_the_files_the_reader_needs():
    identifier = "SENTINEL2B_20200106-105907-758_L2A_T31TCH_C_V4-0"
    members = [f"{identifier}/{identifier}{suffix}" for role, suffix in L2A_FILES.items() if role not in ("clm", "clm_r1", "mg2")]
    members += [f"{identifier}/MASKS/{identifier}{L2A_FILES[role]}" for role in ("clm", "mg2")]
    chosen = select_members(members, "detection")
    for role in ("green", "red", "swir", "swir2", "clm", "mg2", "metadata"):
        assert any(member.endswith(L2A_FILES[role]) for member in chosen), role
    assert OUTPUT_SUFFIXES["SNW"] == "_SNW_R2.tif"  # our classification is named like Theia's L2B
