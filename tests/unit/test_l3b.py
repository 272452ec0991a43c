"""Theia Snow L3B syntheses are recognised and get their styles."""

import xml.etree.ElementTree as ElementTree
from datetime import date

import numpy as np
import pytest
import rasterio

from snow_plugin.core.l3b import l3b_style, synthesis_start
from snow_plugin.core.snow_product import find_snow_rasters, raster_kind
from tests.unit.test_snow_product import write_raster

SYNTHESES = {key: f"LIS_S2L8-SNOW-{key}_T31TCH_20200901_20210831_1.7.0_1.tif" for key in ("SCD", "SOD", "SMOD", "NOBS", "NSP")}


@pytest.mark.parametrize("key,name", list(SYNTHESES.items()) + [
    ("SMOD", "MULTISAT_20180901-000000-000_L3B-SNOW_T31TCH_D_V1-0_SMOD.tif"),
    ("SCD", "LIS_S2-SNOW-SCD_T32TLS_20210901_20220831_1.11.0_1.tif"),
])
def test_synthesis_rasters_are_recognised(key, name):
    assert raster_kind(name) == key


def test_a_synthesis_folder_gives_its_five_rasters(tmp_path):
    for name in SYNTHESES.values():
        write_raster(tmp_path / "l3b" / name, np.array([[0, 40], [120, 200]], np.uint8))
    (tmp_path / "l3b" / "input_dates.txt").write_text("20200905\n")
    assert sorted(kind for kind, _, _ in find_snow_rasters(tmp_path / "l3b")) == ["NOBS", "NSP", "SCD", "SMOD", "SOD"]


def _items(qml):
    root = ElementTree.fromstring(qml.split("\n", 1)[1])
    shader = root.find(".//colorrampshader")
    return shader.get("colorRampType"), [(item.get("value"), item.get("label")) for item in shader.iter("item")]


def test_melt_out_dates_are_labelled_with_calendar_dates():
    assert synthesis_start(SYNTHESES["SMOD"]) == date(2020, 9, 1)
    ramp, items = _items(l3b_style("SMOD", SYNTHESES["SMOD"]))
    assert ramp == "INTERPOLATED"
    assert ("0", "2020-09-01") in items and ("180", "2021-02-28") in items  # 1 Sept + 180 days


def test_a_theia_onset_value_is_labelled_with_its_day(tmp_path):
    # LIS counts SOD from 0 on the synthesis start (1 September 2020): 90 is 30 November 2020.
    write_raster(tmp_path / "l3b" / SYNTHESES["SOD"], np.array([[0, 90], [180, 90]], np.uint8))
    [(kind, raster, name)] = find_snow_rasters(tmp_path / "l3b")
    with rasterio.open(raster) as dataset:
        onset = int(dataset.read(1)[0, 1])
    labels = dict(_items(l3b_style(kind, name))[1])
    assert labels[str(onset)] == "2020-11-30" and labels["0"] == "2020-09-01"


def test_without_a_period_in_the_name_days_are_labelled():
    _, items = _items(l3b_style("SOD", "SOD.tif"))
    assert items[1] == ("90", "day 90 of the synthesis")


def test_snow_periods_are_discrete_classes():
    ramp, items = _items(l3b_style("NSP"))
    assert ramp == "DISCRETE" and [value for value, _ in items] == ["0", "1", "2", "3", "inf"]
    with pytest.raises(KeyError):
        l3b_style("FSC")
