"""tests/data/s2_spectra.csv, the real-spectra set for the fog/cloud rescue
(provenance in tests/data/README.md): it parses, every class the README lists
is there, reflectances are plausible fractions and clear_sky matches the class.
Nothing here about the detection itself."""

import csv
import math
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
CSV = DATA / "s2_spectra.csv"
BANDS = ("B2", "B3", "B4", "B8A", "B11", "B12")
COLUMNS = ["class", "subclass", "clear_sky", *BANDS, "source", "sample_id", "method"]

# Classes promised by tests/data/README.md, with the rows each holds (at least).
CLEAR_CLASSES = {
    "old_wet_snow": 9,
    "dirty_snow": 2,
    "glacier_ice_clean": 20,
    "glacier_ice_unclassified": 20,
    "dirty_ice": 100,
    "glacier_surface_unlabelled": 100,
    "water": 5,
    "dry_soil": 50,
    "sand": 30,
    "gravel": 10,
    "dry_vegetation": 80,
    "vegetation": 10,
}
CLOUD_CLASSES = {"cloud": 80}
SOURCES = {"cook_hcrf", "earthlib", "theia_l2a"}


@pytest.fixture(scope="module")
def rows():
    with CSV.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_file_is_small():
    assert CSV.stat().st_size < 200_000


def test_every_promised_class_is_there_with_its_rows(rows):
    counts = Counter(row["class"] for row in rows)
    for name, at_least in {**CLEAR_CLASSES, **CLOUD_CLASSES}.items():
        assert counts[name] >= at_least, (name, counts[name])
    assert set(counts) == set(CLEAR_CLASSES) | set(CLOUD_CLASSES)


def test_the_readme_names_every_class(rows):
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in {row["class"] for row in rows}:
        assert f"`{name}`" in readme, name


def test_clear_sky_flag_follows_the_class(rows):
    for row in rows:
        assert row["clear_sky"] in ("0", "1"), row["sample_id"]
        assert row["clear_sky"] == ("0" if row["class"] in CLOUD_CLASSES else "1"), row["sample_id"]


def test_reflectances_are_fractions(rows):
    for row in rows:
        for band in BANDS:
            if row[band] == "":
                # the Theia extracts carry no B12: the only band allowed to be missing
                assert band == "B12" and row["source"] == "theia_l2a", (row["sample_id"], band)
                continue
            value = float(row[band])
            assert math.isfinite(value) and 0.0 <= value <= 1.5, (row["sample_id"], band, value)


def test_rows_name_a_known_source_and_a_sample(rows):
    for row in rows:
        assert row["source"] in SOURCES, row["source"]
        assert row["sample_id"] and row["subclass"] and row["method"]
    ids = [(row["source"], row["sample_id"]) for row in rows]
    assert len(ids) == len(set(ids))
