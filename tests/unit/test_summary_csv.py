"""The elevation band table as CSV (``<product>_SNOW_BANDS.csv``): the same
bands as the JSON summary, written with the other outputs and protected like
them; and reading a summary back with a clear error on a bad file."""

import csv
import io
import json

import pytest

from snow_plugin.core.errors import OutputError, SnowPluginError
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.summary import BAND_COLUMNS, elevation_bands_csv, read_summary
from snow_plugin.core.synthetic import make_scene


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=200, seed=4)


@pytest.fixture(scope="module")
def run_with_dem(scene, tmp_path_factory):
    return detect_snow(scene.product_dir, tmp_path_factory.mktemp("out"), dem=scene.dem_path)


def _rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_band_with_the_json_values(run_with_dem):
    bands = json.loads(run_with_dem.outputs["METADATA"].read_text(encoding="utf-8"))["elevation_bands"]
    assert len(bands) > 5
    text = run_with_dem.outputs["BANDS_CSV"].read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(BAND_COLUMNS)
    rows = _rows(text)
    assert len(rows) == len(bands)
    for row, band in zip(rows, bands):
        for column in ("lower_m", "upper_m", "snow_fraction"):
            assert float(row[column]) == band[column]
        for column in ("pixels", "clear_pixels", "snow_pixels"):
            assert int(row[column]) == band[column]
    assert text == elevation_bands_csv({"elevation_bands": bands})


def test_band_without_clear_pixels_has_an_empty_fraction_and_no_comma_decimals():
    band = {"lower_m": 1000.5, "upper_m": 1100.25, "pixels": 7, "clear_pixels": 0, "snow_pixels": 0, "snow_fraction": None}
    text = elevation_bands_csv({"elevation_bands": [band]})
    assert text.splitlines()[1] == "1000.5,1100.25,7,0,0,"
    assert elevation_bands_csv({"elevation_bands": [band]}, delimiter="\t").splitlines()[0] == "\t".join(BAND_COLUMNS)


def test_without_dem_the_csv_is_a_header_only(scene, tmp_path):
    result = detect_snow(scene.product_dir, tmp_path)
    assert result.outputs["BANDS_CSV"].read_text(encoding="utf-8") == ",".join(BAND_COLUMNS) + "\n"
    assert result.outputs["BANDS_CSV"].name == scene.identifier + "_SNOW_BANDS.csv"
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".part")]


def test_an_existing_csv_is_kept_unless_overwrite(scene, tmp_path):
    existing = tmp_path / (scene.identifier + "_SNOW_BANDS.csv")
    existing.write_text("my own table\n", encoding="utf-8")
    with pytest.raises(OutputError, match="_SNOW_BANDS.csv"):
        detect_snow(scene.product_dir, tmp_path, dem=scene.dem_path)
    assert existing.read_text(encoding="utf-8") == "my own table\n"
    assert [path.name for path in tmp_path.iterdir()] == [existing.name]
    result = detect_snow(scene.product_dir, tmp_path, dem=scene.dem_path, overwrite=True)
    assert result.outputs["BANDS_CSV"] == existing
    assert len(_rows(existing.read_text(encoding="utf-8"))) == len(result.metadata["elevation_bands"])


def test_read_summary_returns_the_metadata(run_with_dem):
    assert read_summary(run_with_dem.outputs["METADATA"]) == run_with_dem.metadata


@pytest.mark.parametrize(
    "content, expected",
    [
        ("{not json", "Cannot read"),
        ('{"product": "x"}', "is not a snow summary"),
        ("[1, 2]", "is not a snow summary"),
        (None, "No such file"),
    ],
)
def test_read_summary_explains_a_bad_file(tmp_path, content, expected):
    path = tmp_path / "bad_SNOW.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SnowPluginError, match=expected) as raised:
        read_summary(path)
    assert "*_SNOW.json" in str(raised.value)
