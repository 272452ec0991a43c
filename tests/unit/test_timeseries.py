"""Basin time series: counted against a mosaic drawn first and cut into tiles.

The reference draws each date's snow map on one mosaic frame, counts classes
with plain numpy over the pixels whose centre is in the basin (a half-plane
test, not rasterio), and only then cuts the mosaic into two overlapping
tiles written in three product formats. The series must find the same.
"""

import json
import zipfile
from datetime import date

import numpy as np
import pytest

from snow_plugin.core.errors import OutputError, ProductError
from snow_plugin.core.series_inputs import find_series_products
from snow_plugin.core.timeseries import (
    SeriesError,
    check_destinations,
    compute_series,
    read_series_csv,
    series_csv,
    write_text_atomically,
)
from tests.unit.product_factory import grid_transform, write_raster

X0, Y0 = 300000.0, 5100000.0
ROWS, COLS = 60, 50  # mosaic size (20 m pixels)
TILE_A = (slice(0, 60), slice(0, 30))  # columns 0-29
TILE_B = (slice(0, 60), slice(20, 50))  # columns 20-49: 10 columns of overlap
PIXEL_KM2 = 0.0004


def mosaic(seed):
    rng = np.random.default_rng(seed)
    return rng.choice(np.array([0, 100, 205, 255], np.uint8), size=(ROWS, COLS), p=[0.4, 0.3, 0.2, 0.1])


def tile_transform(part):
    return grid_transform((X0 + 20 * part[1].start, Y0 - 20 * part[0].start))


def write_ours(folder, identifier, codes, part, acquired, zs):
    """A detection result of ours: the SNW raster and its summary."""
    write_raster(folder / f"{identifier}_SNW_R2.tif", codes[part], tile_transform(part), dtype="uint8")
    summary = {"product": identifier, "tile": identifier.split("_")[3], "acquired": acquired,
               "snowline_elevation": zs, "snow_percent": 1.0, "pixels": {}}
    (folder / f"{identifier}_SNOW.json").write_text(json.dumps(summary))


def write_l2b(folder, identifier, codes, part, zipped=False):
    """An official L2B-SNOW product (254 no data), as a folder or its zip."""
    legacy = np.where(codes == 255, 254, codes).astype(np.uint8)
    product = folder / identifier
    write_raster(product / f"{identifier}_SNW_R2.tif", legacy[part], tile_transform(part), dtype="uint8")
    if not zipped:
        return product
    archive = folder / f"{identifier}.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(product / f"{identifier}_SNW_R2.tif", f"{identifier}/{identifier}_SNW_R2.tif")
    return archive


def write_fsc(folder, name, codes, part, seed):
    """A LIS >= 1.7 FSC product: snow pixels carry an FSC of 1-100 %."""
    fsc = codes.copy()
    fsc[codes == 100] = np.random.default_rng(seed).integers(1, 101, size=int((codes == 100).sum()))
    write_raster(folder / name, fsc[part], tile_transform(part), dtype="uint8")
    qc = np.zeros_like(codes)
    write_raster(folder / name.replace("SNOW-FSC_", "SNOW-FSC-QCFLAGS_"), qc[part], tile_transform(part), dtype="uint8")


def merged(codes_by_tile):
    """Same-date tiles merged by hand: a pixel is what its best observation says."""
    rank = {255: 0, 205: 1, 0: 2, 100: 3}
    out = np.full((ROWS, COLS), 255, np.uint8)
    best = np.zeros((ROWS, COLS), np.int8) - 1
    for codes, part in codes_by_tile:
        view = codes[part]
        ranks = np.vectorize(rank.get)(view)
        better = ranks > best[part]
        out[part][better] = view[better]
        best[part][better] = ranks[better]
    return out


def triangle_basin_mask():
    """Pixel centres inside the triangle (x, y in pixel units from the mosaic corner)."""
    rows, cols = np.mgrid[0:ROWS, 0:COLS]
    x, y = cols + 0.5, rows + 0.5  # y downwards
    # vertices (5, 5), (45, 10), (15, 55) in pixels
    def side(ax, ay, bx, by):
        return (bx - ax) * (y - ay) - (by - ay) * (x - ax)
    s1, s2, s3 = side(5, 5, 45, 10), side(45, 10, 15, 55), side(15, 55, 5, 5)
    return ((s1 > 0) & (s2 > 0) & (s3 > 0)) | ((s1 < 0) & (s2 < 0) & (s3 < 0))


def triangle_wkt():
    points = [(5, 5), (45, 10), (15, 55), (5, 5)]
    return "POLYGON ((" + ", ".join(f"{X0 + 20 * c} {Y0 - 20 * r}" for c, r in points) + "))"


def expected_row(codes, basin):
    snow = int(((codes == 100) & basin).sum())
    no_snow = int(((codes == 0) & basin).sum())
    cloud = int(((codes == 205) & basin).sum())
    return {
        "basin_km2": basin.sum() * PIXEL_KM2,
        "snow_km2": snow * PIXEL_KM2,
        "cloud_km2": cloud * PIXEL_KM2,
        "valid_km2": (snow + no_snow + cloud) * PIXEL_KM2,
        "snow_percent_of_clear": 100 * snow / (snow + no_snow),
        "cloud_percent": 100 * cloud / (snow + no_snow + cloud),
    }


@pytest.fixture
def season(tmp_path):
    return write_season(tmp_path)


def write_season(tmp_path):
    """Three dates: 2021-01-05 on both tiles (ours on A, FSC on B), 2021-01-20
    L2B on A only (zipped), 2021-02-04 both tiles, ours (zs 1500 and 1700)."""
    day1, day2, day3 = mosaic(1), mosaic(2), mosaic(3)
    inputs = tmp_path / "inputs"
    ours = inputs / "ours"
    ours.mkdir(parents=True)
    write_ours(ours, "SENTINEL2A_20210105-103421-000_L2A_T31TCH_C_V1-0", day1, TILE_A, "2021-01-05T10:34:21+00:00", 1600.0)
    write_fsc(inputs / "fsc", "LIS_S2-SNOW-FSC_T31TDH_20210105T103421_1.7.0_1.tif", day1, TILE_B, 7)
    l2b_zip = write_l2b(inputs, "SENTINEL2B_20210120-103551-370_L2B-SNOW_T31TCH_D_V1-0", day2, TILE_A, zipped=True)
    write_ours(ours, "SENTINEL2A_20210204-103421-000_L2A_T31TCH_C_V1-0", day3, TILE_A, "2021-02-04T10:34:21+00:00", 1500.0)
    write_ours(ours, "SENTINEL2A_20210204-103421-000_L2A_T31TDH_C_V1-0", day3, TILE_B, "2021-02-04T10:34:21+00:00", 1700.0)
    expected = {
        "2021-01-05": merged([(day1, TILE_A), (day1, TILE_B)]),
        "2021-01-20": merged([(day2, TILE_A)]),
        "2021-02-04": merged([(day3, TILE_A), (day3, TILE_B)]),
    }
    return [ours, inputs / "fsc", l2b_zip], expected


def test_inputs_of_three_kinds_are_found_sorted(season):
    inputs, _ = season
    products = find_series_products(inputs)
    assert [p.acquired for p in products] == [date(2021, 1, 5)] * 2 + [date(2021, 1, 20)] + [date(2021, 2, 4)] * 2
    assert {p.tile for p in products} == {"T31TCH", "T31TDH"}
    assert sum(p.raster.startswith("/vsizip/") for p in products) == 1
    assert not any("QCFLAGS" in p.raster for p in products)
    assert sorted(p.snowline_elevation for p in products if p.snowline_elevation) == [1500.0, 1600.0, 1700.0]


def test_series_over_a_triangle_basin_matches_the_mosaic_count(season):
    inputs, expected = season
    basin = triangle_basin_mask()
    result = compute_series(find_series_products(inputs), basin=triangle_wkt(), basin_crs="EPSG:32631", strip_rows=7)
    assert [row["date"] for row in result.rows] == list(expected)
    for row in result.rows:
        reference = expected_row(expected[row["date"]], basin)
        for key, value in reference.items():
            assert row[key] == pytest.approx(value, abs=1e-3), (row["date"], key)
    by_date = {row["date"]: row for row in result.rows}
    assert by_date["2021-01-05"]["zs"] == 1600.0  # FSC products carry no snowline
    assert by_date["2021-01-20"]["zs"] is None
    assert by_date["2021-02-04"]["zs"] == 1600.0  # mean of the two tiles' snowlines
    assert by_date["2021-02-04"]["products"].count(";") == 1


def test_no_basin_is_the_whole_footprint_and_the_overlap_counts_once(season):
    inputs, expected = season
    result = compute_series(find_series_products(inputs))
    whole = np.ones((ROWS, COLS), bool)
    assert result.rows[0]["basin_km2"] == pytest.approx(ROWS * COLS * PIXEL_KM2)
    for row in result.rows:
        assert row["snow_km2"] == pytest.approx(expected_row(expected[row["date"]], whole)["snow_km2"])
    # the date seen on tile A only: the rest of the footprint has no data
    lone = result.rows[1]
    assert lone["nodata_km2"] == pytest.approx(lone["basin_km2"] - lone["valid_km2"])
    assert lone["valid_km2"] <= ROWS * 30 * PIXEL_KM2


def test_elevation_bands_from_a_dem(season, tmp_path):
    inputs, expected = season
    elevation = 1005.0 + 100.0 * (np.arange(ROWS)[:, None] // 10) + np.zeros((1, COLS))  # bands of 10 rows
    dem = write_raster(tmp_path / "dem.tif", elevation.astype(np.float32), grid_transform((X0, Y0)), dtype="float32")
    result = compute_series(find_series_products(inputs), dem_path=str(dem), band_height=100)
    assert [c for c in result.columns if c.startswith("snow_percent_1")][:2] == ["snow_percent_1000_1100", "snow_percent_1100_1200"]
    assert len(result.band_edges) == 6
    codes = expected["2021-02-04"]
    rows = slice(20, 30)  # 1200-1300 m
    snow, clear = (codes[rows] == 100).sum(), np.isin(codes[rows], (0, 100)).sum()
    assert result.rows[2]["snow_percent_1200_1300"] == pytest.approx(100 * snow / clear, abs=1e-3)


def test_csv_round_trip_and_empty_cells(season, tmp_path):
    inputs, _ = season
    result = compute_series(find_series_products(inputs))
    path = tmp_path / "series.csv"
    write_text_atomically(path, series_csv(result))
    text = path.read_text().splitlines()
    assert text[0].startswith("date,products,")
    assert text[2].endswith(",")  # 2021-01-20: no snowline, empty zs
    rows = read_series_csv(path)
    assert [row["date"] for row in rows] == ["2021-01-05", "2021-01-20", "2021-02-04"]
    assert rows[1]["zs"] is None and rows[0]["snow_km2"] == result.rows[0]["snow_km2"]
    assert not list(tmp_path.glob("*.part"))


def test_product_of_another_grid_is_refused(season, tmp_path):
    inputs, expected = season
    shifted = tmp_path / "shifted"
    write_raster(shifted / "LIS_S2-SNOW-FSC_T31TCH_20210301T103421_1.7.0_1.tif", expected["2021-01-05"],
                 grid_transform((X0 + 10.0, Y0)), dtype="uint8")  # half a pixel off the lattice
    with pytest.raises(SeriesError, match="LIS_S2-SNOW-FSC_T31TCH_20210301T103421_1.7.0_1"):
        compute_series(find_series_products(inputs + [shifted]))
    other_crs = tmp_path / "utm32"
    write_raster(other_crs / "LIS_S2-SNOW-FSC_T32TLS_20210301T103421_1.7.0_1.tif", expected["2021-01-05"],
                 grid_transform((X0, Y0)), crs=32632, dtype="uint8")
    with pytest.raises(SeriesError):
        compute_series(find_series_products(inputs + [other_crs]))


def test_basin_outside_every_footprint_is_refused(season):
    inputs, _ = season
    far = f"POLYGON (({X0 + 1e5} {Y0}, {X0 + 1e5 + 500} {Y0}, {X0 + 1e5 + 500} {Y0 - 500}, {X0 + 1e5} {Y0}))"
    with pytest.raises(SeriesError, match="outside"):
        compute_series(find_series_products(inputs), basin=far, basin_crs="EPSG:32631")


def test_basin_in_another_crs_is_reprojected(season):
    inputs, _ = season
    from rasterio.warp import transform_geom

    square = {"type": "Polygon", "coordinates": [[(X0 + 200, Y0 - 200), (X0 + 600, Y0 - 200), (X0 + 600, Y0 - 600),
                                                   (X0 + 200, Y0 - 600), (X0 + 200, Y0 - 200)]]}
    in_degrees = transform_geom("EPSG:32631", "EPSG:4326", square, precision=9)
    result = compute_series(find_series_products(inputs), basin=in_degrees, basin_crs="EPSG:4326")
    assert result.rows[0]["basin_km2"] == pytest.approx(400 * 400 / 1e6, rel=0.1)  # 20x20 pixels, edges may shift one


def test_period_filters_and_refuses_an_empty_or_reversed_period(season):
    inputs, _ = season
    products = find_series_products(inputs)
    result = compute_series(products, start=date(2021, 1, 10), end=date(2021, 1, 31))
    assert [row["date"] for row in result.rows] == ["2021-01-20"]
    with pytest.raises(SeriesError, match="2022-01-01"):
        compute_series(products, start=date(2022, 1, 1))
    with pytest.raises(SeriesError):
        compute_series(products, start=date(2021, 2, 1), end=date(2021, 1, 1))


def test_existing_output_is_kept_and_no_input_is_an_error(tmp_path):
    existing = tmp_path / "series.csv"
    existing.write_text("earlier")
    with pytest.raises(OutputError):
        check_destinations([existing])
    assert existing.read_text() == "earlier"
    check_destinations([existing], overwrite=True)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ProductError):
        find_series_products([tmp_path / "empty"])
