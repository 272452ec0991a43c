"""Synthetic Theia/MUSCATE Sentinel-2 L2A products, for tests and demos.

``make_scene`` draws a mountain scene (relief, forest, grass, rock, lakes, snow
above a patchy snowline, cumulus with thin rims and shadows, some of which the
cloud mask misses, a cirrus patch, a wrongly flagged "dark cloud", valley fog
whose top follows a contour with some tens of metres of noise and that the
cloud mask partly misses, a slanted swath edge) and writes it in the MUSCATE layout with genuine CLM/MG2
bit codes, a DEM on another grid, and the truth on the 20 m grid. Everything
is drawn from one numpy Generator: a seed always gives the same files.

The truth is what a perfect classifier should say: snow / no snow wherever the
ground is visible (also under thin clouds and under the false "dark cloud"),
cloud where opaque cloud, fog, a cloud shadow or flagged cirrus hides the
ground, nodata outside the swath. Numpy and rasterio only (no scipy in QGIS).
"""

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from rasterio.crs import CRS
from rasterio.transform import Affine
from rasterio.warp import Resampling, reproject
from rasterio.windows import Window

from .definitions import (
    CLM_ALL_CLOUDS, CLM_ALL_CLOUDS_AND_SHADOWS, CLM_HIGH_CLOUD, CLM_MONO_TEMPORAL,
    CLM_MULTI_TEMPORAL, CLM_SHADOW, CLM_SHADOW_OUTSIDE, CLM_THINNEST, CLOUD,
    DEFAULT_QUANTIFICATION, MG2_CLOUD, MG2_CLOUD_SHADOW, MG2_SNOW, MG2_SUN_TOO_LOW,
    MG2_TOPOGRAPHIC_SHADOW, MG2_WATER, NO_SNOW, NODATA, REFLECTANCE_NODATA, SNOW,
)

FULL_TILE = 5490                        # 20 m pixels per side of an MGRS tile
ORIGIN = (699960.0, 5100000.0)          # upper-left corner, MGRS-like
SUN_ZENITH, SUN_AZIMUTH = 63.0, 160.0   # mid-February, 45 N, 10:35 UTC
DEM_NODATA = -32768.0
BLOCK = 256                             # GeoTIFF tile size, and rows per write
NOISE = 0.005                           # sensor noise, reflectance

# CLM values as MAJA writes them: opaque clouds seen by the mono-temporal test
# only (7) or by both tests (15); cirrus (131); a multi-temporal false alarm (11).
ANY_CLOUD = CLM_ALL_CLOUDS_AND_SHADOWS | CLM_ALL_CLOUDS
OPAQUE_CODES = (ANY_CLOUD | CLM_MONO_TEMPORAL, ANY_CLOUD | CLM_MONO_TEMPORAL | CLM_MULTI_TEMPORAL)
CIRRUS_CODE, DARK_CLOUD_CODE = ANY_CLOUD | CLM_HIGH_CLOUD, ANY_CLOUD | CLM_MULTI_TEMPORAL

FOREST, GRASS, ROCK, WATER = range(4)
BANDS = (("B3", 10), ("B4", 10), ("B11", 20), ("B12", 20))  # green, red, SWIR 1.6 and 2.2 um
# Snow-free reflectance (green, red, B11, B12) per land cover class.
GROUND = np.array([[0.045, 0.030, 0.12, 0.060],   # forest: dark, low red
                   [0.070, 0.065, 0.20, 0.120],   # winter grass
                   [0.160, 0.190, 0.26, 0.200],   # rock: grey, bright SWIR
                   [0.040, 0.026, 0.008, 0.005]],  # lake: high NDSI but dark red
                  np.float32)
# Water clouds stay bright in the SWIR, less at 2.2 than at 1.6 um (droplets
# absorb more there): reflectances of stratiform water clouds of optical
# thickness ~20 (cumulus) and ~10 (valley fog), effective radius ~8 um, as in
# Nakajima & King (1990, J. Atmos. Sci. 47:1878) and Platnick et al. (2003,
# IEEE TGRS 41:459); fog's NDSI is ~0.2, snow's above 0.4.
CLOUD_TOP = (0.66, 0.63, 0.46, 0.32)
FOG_TOP = (0.55, 0.53, 0.36, 0.24)
CIRRUS_ADD = (0.10, 0.10, 0.04, 0.02)     # ice: brightens the visible more than SWIR
FOG_TOP_NOISE = 25.0                # m: the fog top follows a contour within some tens of metres
FOG_EDGE = 25.0                     # m of elevation over which the fog thins out at its top
MISSED_CLOUD_SHARE = 0.3            # of the cumulus area, not flagged in the CLM


@dataclass
class SyntheticScene:
    product_dir: Path      # the MUSCATE product folder (or its .zip)
    dem_path: Path         # DEM GeoTIFF
    truth_path: Path       # truth on the 20 m grid: 0 / 100 / 205 / 255
    identifier: str        # product name
    fog_top: float = None  # m, the contour the valley fog's top follows (None: no fog)


@dataclass
class Layers:
    """What the bands are drawn from, on the 20 m grid."""
    cover: np.ndarray      # land cover class
    snow: np.ndarray       # visible snow fraction (forest canopy hides some)
    age: np.ndarray        # snow metamorphism: old snow is darker
    tone: np.ndarray       # within-class brightness variation
    light: np.ndarray      # residual illumination of the slope-corrected FRE
    fog: np.ndarray        # opacities of fog, cloud shadow, cloud, cirrus
    shadow: np.ndarray
    cloud: np.ndarray
    cirrus: np.ndarray
    nodata: np.ndarray


def make_scene(folder, size=600, seed=0, tile="T31TGK", date="20210215-103512-123",
               platform="SENTINEL2B", version="V4-0", zipped=False, compress=True, with_fog=True) -> SyntheticScene:
    """Write a synthetic L2A product of `size` x `size` 20 m pixels into `folder`.

    `compress=False` writes the reflectance bands uncompressed, as genuine
    MUSCATE products are (the benchmark uses it so reading costs what it does
    on real data). `with_fog=False` leaves the valley fog out (the other
    fields stay as they are)."""
    if not 100 <= size <= FULL_TILE:
        raise ValueError(f"size must be between 100 and {FULL_TILE} pixels")
    folder = Path(folder)
    identifier = f"{platform}_{date}_L2A_{tile}_C_{version}"
    product = folder / identifier
    (product / "MASKS").mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    sky = np.random.default_rng([seed, 1])  # fog noise and missed clouds: the rest of the scene keeps its draws
    crs = CRS.from_epsg(utm_epsg(tile))
    n = size

    margin = max(10, n // 50)  # the DEM covers more than the product
    dem_ext = make_dem(rng, n + 2 * margin)
    dem_path = folder / f"{identifier}_DEM.tif"
    write_dem(dem_path, dem_ext, margin, crs, rng)
    dem = dem_ext[margin:-margin, margin:-margin].copy()
    del dem_ext

    # Slopes as if the scene spanned a whole tile, so small scenes look alike.
    cos_i, slope = make_illumination(dem, 20.0 * FULL_TILE / n)
    snowline = rng.uniform(1500, 1800)
    cover = make_land_cover(rng, dem, slope, snowline)
    fsc = make_snow(rng, dem, cos_i, slope, snowline)
    fsc[cover == WATER] = 0  # unfrozen lakes
    del slope

    nodata = make_swath_edge(rng, n)
    clm = np.zeros((n, n), np.uint8)
    edge = smooth_field(rng, (n, n), n / 20, 2)
    cloud, shadow, hidden = add_clouds(rng, n, edge, clm, sky)
    cirrus = add_cirrus(rng, n, edge, clm)
    hidden |= cirrus > 0.03
    fog, thick_fog, fog_top = add_fog(rng, dem, clm, sky, with_fog)
    hidden |= thick_fog
    add_dark_cloud(rng, dem, hidden | (cloud > 0.04) | nodata, edge, clm)
    del dem, edge
    clm[(clm & CLM_ALL_CLOUDS) > 0] &= ~np.uint8(CLM_THINNEST)  # the two exclude each other
    clm[nodata] = 0

    truth = np.where(fsc >= 0.5, SNOW, NO_SNOW).astype(np.uint8)
    truth[hidden] = CLOUD
    truth[nodata] = NODATA
    name = str(product / identifier)
    mask_name = str(product / "MASKS" / identifier)
    write_raster(f"{mask_name}_CLM_R2.tif", clm, crs, 20)
    write_raster(f"{mask_name}_MG2_R2.tif", make_mg2(cover, fsc, cos_i, clm, nodata), crs, 20)
    truth_path = folder / f"{identifier}_TRUTH.tif"
    write_raster(truth_path, truth, crs, 20, nodata=NODATA)
    write_metadata(f"{name}_MTD_ALL.xml", identifier, tile, date, platform, version, crs, n)
    del clm, truth, hidden

    light = 0.8 + 0.25 * np.clip(cos_i / np.cos(np.radians(SUN_ZENITH)), 0, 1.2)
    del cos_i
    fsc *= np.where(cover == FOREST, np.float32(0.55), np.float32(1))  # under the canopy
    layers = Layers(cover, fsc, np.clip(0.5 + 0.3 * smooth_field(rng, (n, n), n / 10, 2), 0, 1),
                    smooth_field(rng, (n, n), n / 20, 3), light,
                    fog, shadow, cloud, cirrus, nodata)
    for band, (suffix, res) in enumerate(BANDS):
        write_band(f"{name}_FRE_{suffix}.tif", band, layers, sky if suffix == "B12" else rng, crs, res, compress)
    if zipped:
        product = zip_product(product)
    return SyntheticScene(product, dem_path, truth_path, identifier, fog_top)


def utm_epsg(tile):
    """EPSG code of the UTM zone of an MGRS tile name like T31TGK."""
    zone, band = int(tile[1:3]), tile[3].upper()
    return (32600 if band >= "N" else 32700) + zone


# --- Smooth random fields -------------------------------------------------

def upsample(coarse, shape, factor):
    """Cubic (Catmull-Rom) upsampling by an integer factor; coarse needs 3 spare
    rows and columns. Output pixels of the same phase share their weights, so
    each phase is a sum of shifted slices: no gathers, which keeps a tile fast."""
    t = np.arange(factor) / factor
    weights = np.stack([(2 * t ** 2 - t ** 3 - t) / 2, (3 * t ** 3 - 5 * t ** 2 + 2) / 2,
                        (4 * t ** 2 - 3 * t ** 3 + t) / 2, (t ** 3 - t ** 2) / 2], 1)

    weights = weights.astype(np.float32)

    def along_rows(a, n):
        out = np.empty((n, a.shape[1]), np.float32)
        for j, w in enumerate(weights):
            m = len(range(j, n, factor))
            out[j::factor] = sum(w[k] * a[k:k + m] for k in range(4) if w[k])
        return out

    columns_done = np.ascontiguousarray(along_rows(coarse.T, shape[1]).T)
    return along_rows(columns_done, shape[0])


def smooth_field(rng, shape, cell, octaves=1, roughness=0.5, ridged=False):
    """Fractal noise (mean 0, std 1) whose largest features span ~`cell` pixels;
    `ridged` folds each octave into sharp crests.

    Octaves are summed on a grid up to 4x coarser than `shape`, then upsampled
    once: this is what keeps a full tile fast.
    """
    step = int(np.clip(cell / 2 ** octaves, 1, 4))
    small = (shape[0] // step + 4, shape[1] // step + 4)
    acc = np.zeros(small, np.float32)
    for k in range(octaves):
        c = max(round(cell / step / 2 ** k), 1)
        coarse = rng.standard_normal((small[0] // c + 4, small[1] // c + 4), dtype=np.float32)
        octave = upsample(coarse, small, c)
        acc += np.float32(roughness ** k) * (1 - np.abs(octave) if ridged else octave)
    acc = (acc - acc.mean()) / acc.std()
    return upsample(acc, shape, step)


def quantile(a, q, where=None):
    """Quantile on a sparse sample: fast on a full tile, exact enough for thresholds."""
    s = max(1, a.shape[0] // 700)
    sample = a[::s, ::s] if where is None else a[::s, ::s][where[::s, ::s]]
    return float(np.quantile(sample, q))


def blob(n, centre, radius, edge):
    """Opacity of a soft disc with a ragged edge (1 inside, 0 outside)."""
    out = np.zeros((n, n), np.float32)
    r0, c0 = (max(0, int(x - 2 * radius)) for x in centre)  # the edge stays within 2 radii
    r1, c1 = (min(n, int(x + 2 * radius) + 1) for x in centre)
    rows = np.arange(r0, r1, dtype=np.float32)[:, None] - np.float32(centre[0])
    cols = np.arange(c0, c1, dtype=np.float32)[None, :] - np.float32(centre[1])
    d = np.sqrt(rows * rows + cols * cols) / np.float32(radius)
    out[r0:r1, c0:c1] = np.clip((1 - d + 0.15 * edge[r0:r1, c0:c1]) * 4, 0, 1)
    return out


def shifted(a, dy, dx):
    """a moved by dy rows up and dx columns left, zeros brought in."""
    out = np.zeros_like(a)
    n0, n1 = a.shape
    out[:n0 - dy, :n1 - dx] = a[dy:, dx:]
    return out


# --- The ground -----------------------------------------------------------

# Hypsometry of an alpine tile: elevation (m) at these area quantiles.
HYPSOMETRY = ((0.05, 0.25, 0.5, 0.75, 0.95), (400, 850, 1400, 2000, 2700))


def make_dem(rng, n):
    """Elevation (m) of massifs and lowlands with rough ridged relief, 300 to 3500 m."""
    octaves = max(2, int(np.log2(n / 24)))  # details down to 8-16 pixels
    h = smooth_field(rng, (n, n), n / 3, 2)
    h += 0.8 * smooth_field(rng, (n, n), n / 6, octaves, 0.6, ridged=True)
    levels = [h.min(), *(quantile(h, q) for q in HYPSOMETRY[0]), h.max()]
    dem = np.empty_like(h)
    for r0 in range(0, n, 512):  # np.interp works in float64: bound its temporaries
        dem[r0:r0 + 512] = np.interp(h[r0:r0 + 512], levels, [300, *HYPSOMETRY[1], 3500])
    return dem


def make_illumination(dem, pixel_m):
    """Cosine of the sun incidence angle, and slope (degrees)."""
    gy, gx = np.gradient(dem, np.float32(pixel_m))  # gy grows southwards
    sz, az = np.radians(SUN_ZENITH), np.radians(SUN_AZIMUTH)
    norm = np.sqrt(1 + gx * gx + gy * gy)
    cos_i = (np.cos(sz) - gx * np.sin(sz) * np.sin(az) + gy * np.sin(sz) * np.cos(az)) / norm
    return cos_i.astype(np.float32), np.degrees(np.arccos(1 / norm)).astype(np.float32)


def make_land_cover(rng, dem, slope, snowline):
    """Forest below a ragged treeline, grass on valley floors, rock high and on cliffs, lakes."""
    n = dem.shape[0]
    line = 1 + 0.1 * smooth_field(rng, dem.shape, n / 15, 3)
    valley = dem < quantile(dem, 0.25)
    forest = smooth_field(rng, dem.shape, n / 12, 3) > np.where(valley, 0.7, -0.2)
    cover = np.full(dem.shape, GRASS, np.uint8)
    cover[forest & (dem < 1900 * line)] = FOREST
    cover[(dem > 2500 * line) | (slope > 50)] = ROCK
    low = dem < min(quantile(dem, 0.3), snowline - 400)
    lakes = smooth_field(rng, dem.shape, n / 25, 2)
    cover[low & (lakes > quantile(lakes, 0.93, low))] = WATER
    return cover


def make_snow(rng, dem, cos_i, slope, snowline):
    """Snow fraction: above a patchy snowline, lower on shaded slopes, little on cliffs."""
    patch = smooth_field(rng, dem.shape, dem.shape[0] / 10, 5, roughness=0.7)
    level = dem - snowline + 200 * patch + 150 * (0.45 - cos_i)
    fsc = np.clip(level / 80 + 0.5, 0, 1)
    fsc[slope > 55] *= 0.3
    return fsc


def make_swath_edge(rng, n):
    """Nodata beyond a slanted swath edge in the lower left corner."""
    rows, cols = np.ogrid[:n, :n]
    return cols < rng.uniform(0.15, 0.3) * rows - 0.05 * n


# --- The sky: opacities, and their bits in the CLM ------------------------

def add_clouds(rng, n, edge, clm, sky):
    """Cumulus with thin rims, a thin veil, their shadows and a shadow from
    outside; the mask misses part of the cumulus (drawn from ``sky``)."""
    towers = smooth_field(rng, (n, n), n / 8, 4)
    cumulus = np.clip((towers - quantile(towers, 0.9)) * 1.5 + 0.35, 0, 1)
    veil = smooth_field(rng, (n, n), n / 5, 3)
    cloud = np.maximum(cumulus, np.clip((veil - quantile(veil, 0.9)) * 0.5, 0, 0.25))
    opaque = cloud >= 0.35
    code = np.where(smooth_field(rng, (n, n), n / 6) > 0, *OPAQUE_CODES).astype(np.uint8)
    missed_field = smooth_field(sky, (n, n), n / 6, 2)
    flagged = opaque & (missed_field > quantile(missed_field, MISSED_CLOUD_SHARE))
    clm[flagged] |= code[flagged]
    clm[(cloud > 0.04) & ~opaque & (missed_field > quantile(missed_field, MISSED_CLOUD_SHARE))] |= CLM_THINNEST
    # The sun is in the SSE: shadows fall to the NNW, at a distance set by cloud height.
    d = max(2, round(0.035 * n))
    shadow = shifted(cumulus, d, round(0.36 * d))
    own = (shadow >= 0.35) & ~opaque
    clm[own] |= CLM_ALL_CLOUDS_AND_SHADOWS | CLM_SHADOW
    # A cloud south of the image shades its lower edge.
    outside = blob(n, (n * 1.03, rng.uniform(0.4, 0.9) * n), n / 8, edge)
    foreign = (outside >= 0.35) & ~opaque & ~own
    clm[foreign] |= CLM_ALL_CLOUDS_AND_SHADOWS | CLM_SHADOW_OUTSIDE
    shadow = np.maximum(shadow, outside) * (1 - cloud)
    return cloud, shadow, opaque | own | foreign


def add_cirrus(rng, n, edge, clm):
    """A patch of high, semi-transparent cirrus, flagged by the 1.38 um test."""
    centre = rng.uniform(0.2, 0.8, 2) * n
    cirrus = 0.3 * blob(n, centre, n / 9, edge)
    clm[cirrus > 0.03] |= CIRRUS_CODE
    return cirrus


def add_fog(rng, dem, clm, sky, present=True):
    """Valley fog in part of the scene: its top follows a contour within some
    tens of metres (``sky`` draws that noise), it thins out over the last
    tens of metres below the top; the mono-temporal test catches only part
    of it. Returns opacity, thick fog and the contour's elevation (None
    when not ``present``: the same draws, no fog)."""
    n = dem.shape[0]
    region = np.clip(smooth_field(rng, dem.shape, n / 2, 2) * 2 + 1, 0, 1)
    contour = quantile(dem, rng.uniform(0.08, 0.15))
    top = contour + FOG_TOP_NOISE * smooth_field(sky, dem.shape, n / 30, 2)
    fog = np.clip((top - dem) / FOG_EDGE + 0.5, 0, 1) * region * np.float32(present)
    thick = fog >= 0.5
    seen = thick & (smooth_field(rng, dem.shape, n / 4, 2) > 0)
    clm[seen] |= OPAQUE_CODES[0]
    return fog, thick, contour if present else None


def add_dark_cloud(rng, dem, busy, edge, clm):
    """A false multi-temporal detection over dark lowland: flagged, yet clear."""
    n = dem.shape[0]
    s = max(1, n // 500)
    rows, cols = np.nonzero(((dem < quantile(dem, 0.4)) & ~busy)[::s, ::s])
    k = rng.integers(len(rows))
    dark = (blob(n, (s * rows[k], s * cols[k]), n / 16, edge) > 0.5) & ~busy
    clm[dark] |= DARK_CLOUD_CODE


def make_mg2(cover, fsc, cos_i, clm, nodata):
    """MAJA's geophysical mask, consistent with the scene and the CLM."""
    clear = clm == 0
    mg2 = np.zeros(clm.shape, np.uint8)
    mg2[(cover == WATER) & clear] |= MG2_WATER
    mg2[(clm & CLM_ALL_CLOUDS) > 0] |= MG2_CLOUD
    mg2[(fsc >= 0.5) & clear] |= MG2_SNOW
    mg2[(clm & (CLM_SHADOW | CLM_SHADOW_OUTSIDE)) > 0] |= MG2_CLOUD_SHADOW
    mg2[cos_i < 0] |= MG2_TOPOGRAPHIC_SHADOW
    mg2[cos_i < 0.1] |= MG2_SUN_TOO_LOW
    mg2[nodata] = 0
    return mg2


# --- Reflectances ---------------------------------------------------------

def band_reflectance(band, layers, rows):
    """Reflectance of a band (0 green, 1 red, 2 B11, 3 B12) on a slice of rows,
    no noise: the ground, its snow, then what lies above it, bottom up."""
    tone, age, cover = layers.tone[rows], layers.age[rows], layers.cover[rows]
    snow = (0.62 + 0.25 * age, 0.58 + 0.25 * age, 0.12 - 0.09 * age, 0.07 - 0.05 * age)[band]
    r = GROUND[cover, band] * (1 + 0.08 * tone)
    r += layers.snow[rows] * (snow - r)
    r *= np.where(cover == WATER, np.float32(1), layers.light[rows])  # lakes are flat
    r += layers.fog[rows] * (np.float32(FOG_TOP[band]) * (1 + 0.05 * tone) - r)
    r *= 1 - 0.65 * layers.shadow[rows]
    r += layers.cloud[rows] * (np.float32(CLOUD_TOP[band]) * (1 + 0.12 * tone) - r)
    r += layers.cirrus[rows] * np.float32(CIRRUS_ADD[band])
    return r


def to_int16(r, nodata):
    """MUSCATE encoding: reflectance x 10000, -10000 outside the swath."""
    q = np.rint(np.clip(r, 0, 1.5) * DEFAULT_QUANTIFICATION).astype(np.int16)
    q[nodata] = REFLECTANCE_NODATA
    return q


def upsample2(a, r0, r1):
    """Bilinear 2x upsampling of rows r0:r1 of a (pixel centres aligned, edges repeated)."""
    def taps(start, stop, n):
        x = (np.arange(2 * start, 2 * stop) + 0.5) / 2 - 0.5
        i = np.floor(x).astype(np.intp)
        return np.clip(i, 0, n - 1), np.clip(i + 1, 0, n - 1), (x - i).astype(np.float32)
    i0, i1, t = taps(r0, r1, a.shape[0])
    rows = a[i0] * (1 - t)[:, None] + a[i1] * t[:, None]
    j0, j1, s = taps(0, a.shape[1], a.shape[1])
    return rows[:, j0] * (1 - s) + rows[:, j1] * s


def write_band(path, band, layers, rng, crs, res, compress=True):
    """One FRE band at 10 or 20 m, with its own sensor noise, one tile row at a time
    (the 10 m bands are the 20 m scene upsampled)."""
    n, factor = layers.cover.shape[0], 20 // res
    reflectance = np.empty((n, n), np.float32)
    for r0 in range(0, n, BLOCK):
        reflectance[r0:r0 + BLOCK] = band_reflectance(band, layers, slice(r0, r0 + BLOCK))
    options = profile(factor * n, res, "int16", crs)
    if not compress:
        options.pop("compress")
    with rasterio.open(path, "w", **options) as dst:
        for r0 in range(0, n, BLOCK // factor):
            r1 = min(r0 + BLOCK // factor, n)
            r = upsample2(reflectance, r0, r1) if factor == 2 else reflectance[r0:r1]
            r += NOISE * rng.standard_normal(r.shape, dtype=np.float32)
            nodata = layers.nodata[r0:r1].repeat(factor, 0).repeat(factor, 1)
            dst.write(to_int16(r, nodata), 1, window=Window(0, factor * r0, factor * n, r.shape[0]))


# --- Files ----------------------------------------------------------------

def profile(n, res, dtype, crs, origin=ORIGIN, nodata=None):
    """Tiled DEFLATE GeoTIFF; no nodata tag unless asked (MUSCATE bands have none)."""
    return dict(driver="GTiff", width=n, height=n, count=1, dtype=dtype, crs=crs,
                transform=Affine(res, 0, origin[0], 0, -res, origin[1]), nodata=nodata,
                tiled=True, blockxsize=BLOCK, blockysize=BLOCK, compress="deflate",
                zlevel=1, num_threads="all_cpus")


def write_raster(path, array, crs, res, nodata=None):
    with rasterio.open(path, "w", **profile(array.shape[0], res, array.dtype, crs,
                                            nodata=nodata)) as dst:
        dst.write(array, 1)


def write_dem(path, dem_ext, margin, crs, rng):
    """The DEM on a 30 m grid offset from the product's, with a void, as users' DEMs are."""
    x0, y0 = ORIGIN[0] - 20 * margin, ORIGIN[1] + 20 * margin
    origin = (x0 + 13, y0 - 17)
    n = int((20 * dem_ext.shape[0] - 40) // 30)
    dem = np.empty((n, n), np.float32)
    reproject(dem_ext, dem, src_transform=Affine(20, 0, x0, 0, -20, y0), src_crs=crs,
              dst_transform=Affine(30, 0, origin[0], 0, -30, origin[1]), dst_crs=crs,
              resampling=Resampling.bilinear)
    void = rng.uniform(0.2, 0.8, 2) * n
    rows, cols = np.ogrid[:n, :n]
    dem[(rows - void[0]) ** 2 + (cols - void[1]) ** 2 < max(2, n / 40) ** 2] = DEM_NODATA
    with rasterio.open(path, "w", **profile(n, 30, "float32", crs, origin, DEM_NODATA)) as dst:
        dst.write(dem, 1)


METADATA = """<?xml version="1.0" encoding="UTF-8"?>
<Muscate_Metadata_Document>
  <Metadata_Identification><METADATA_FORMAT version="1.16">METADATA_MUSCATE</METADATA_FORMAT></Metadata_Identification>
  <Dataset_Identification>
    <IDENTIFIER>{id}</IDENTIFIER><AUTHORITY>THEIA</AUTHORITY><PRODUCER>MUSCATE</PRODUCER><PROJECT>SENTINEL2</PROJECT>
    <GEOGRAPHICAL_ZONE type="Tile">{tile}</GEOGRAPHICAL_ZONE>
  </Dataset_Identification>
  <Product_Characteristics>
    <PRODUCT_ID>{id}</PRODUCT_ID><ACQUISITION_DATE>{when}</ACQUISITION_DATE><PRODUCT_VERSION>{version}</PRODUCT_VERSION>
    <PRODUCT_LEVEL>L2A</PRODUCT_LEVEL><PLATFORM>{platform}</PLATFORM>
  </Product_Characteristics>
  <Product_Organisation><Muscate_Product>
    <Image_List><Image><Image_Properties><NATURE>Flat_Reflectance</NATURE><ENCODING>int16</ENCODING></Image_Properties>
      <Image_File_List>
        <IMAGE_FILE band_id="B3">{id}_FRE_B3.tif</IMAGE_FILE>
        <IMAGE_FILE band_id="B4">{id}_FRE_B4.tif</IMAGE_FILE>
        <IMAGE_FILE band_id="B11">{id}_FRE_B11.tif</IMAGE_FILE>
        <IMAGE_FILE band_id="B12">{id}_FRE_B12.tif</IMAGE_FILE>
      </Image_File_List>
    </Image></Image_List>
    <Mask_List>
      <Mask><Mask_Properties><NATURE>Cloud</NATURE></Mask_Properties>
        <Mask_File_List><MASK_FILE group_id="R2">MASKS/{id}_CLM_R2.tif</MASK_FILE></Mask_File_List></Mask>
      <Mask><Mask_Properties><NATURE>Geophysics</NATURE></Mask_Properties>
        <Mask_File_List><MASK_FILE group_id="R2">MASKS/{id}_MG2_R2.tif</MASK_FILE></Mask_File_List></Mask>
    </Mask_List>
  </Muscate_Product></Product_Organisation>
  <Geoposition_Informations>
    <Coordinate_Reference_System><Horizontal_Coordinate_System>
      <HORIZONTAL_CS_NAME>{crs_name}</HORIZONTAL_CS_NAME><HORIZONTAL_CS_CODE>{epsg}</HORIZONTAL_CS_CODE>
    </Horizontal_Coordinate_System></Coordinate_Reference_System>
    <Geopositioning><Group_Geopositioning_List>
      <Group_Geopositioning group_id="R1"><ULX>{ulx}</ULX><ULY>{uly}</ULY><XDIM>10</XDIM><YDIM>-10</YDIM>
        <NROWS>{n10}</NROWS><NCOLS>{n10}</NCOLS></Group_Geopositioning>
      <Group_Geopositioning group_id="R2"><ULX>{ulx}</ULX><ULY>{uly}</ULY><XDIM>20</XDIM><YDIM>-20</YDIM>
        <NROWS>{n20}</NROWS><NCOLS>{n20}</NCOLS></Group_Geopositioning>
    </Group_Geopositioning_List></Geopositioning>
  </Geoposition_Informations>
  <Geometric_Informations><Mean_Value_List><Sun_Angles>
    <ZENITH_ANGLE unit="deg">{zenith}</ZENITH_ANGLE><AZIMUTH_ANGLE unit="deg">{azimuth}</AZIMUTH_ANGLE>
  </Sun_Angles></Mean_Value_List></Geometric_Informations>
  <Radiometric_Informations>
    <REFLECTANCE_QUANTIFICATION_VALUE>{quantification}</REFLECTANCE_QUANTIFICATION_VALUE>
    <Special_Values_List><SPECIAL_VALUE name="nodata">{nodata}</SPECIAL_VALUE></Special_Values_List>
  </Radiometric_Informations>
</Muscate_Metadata_Document>
"""


def write_metadata(path, identifier, tile, date, platform, version, crs, n):
    day, clock, ms = date.split("-")
    Path(path).write_text(METADATA.format(
        id=identifier, tile=tile, platform=platform, version=version[1:].replace("-", "."),
        when=f"{day[:4]}-{day[4:6]}-{day[6:]}T{clock[:2]}:{clock[2:4]}:{clock[4:]}.{ms}Z",
        crs_name=crs.to_wkt().split('"')[1], epsg=crs.to_epsg(), ulx=int(ORIGIN[0]),
        uly=int(ORIGIN[1]), n10=2 * n, n20=n, zenith=SUN_ZENITH, azimuth=SUN_AZIMUTH,
        quantification=DEFAULT_QUANTIFICATION, nodata=REFLECTANCE_NODATA), encoding="utf-8")


def zip_product(product):
    """Zip the product folder as Theia delivers it (<id>/... inside), then drop the folder.

    Stored, not deflated: the GeoTIFFs are already compressed, and GDAL reads
    stored members of /vsizip/ with random access.
    """
    path = product.parent / f"{product.name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for member in sorted(product.rglob("*")):
            archive.write(member, member.relative_to(product.parent).as_posix())
    shutil.rmtree(product)
    return path
