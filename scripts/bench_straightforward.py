"""The straightforward implementation ``make bench`` measures for scale:
whole arrays, GDAL's warper for every resampling, numpy in float64, as a
first port of LIS would be written. Not the engine; not tested for identity."""

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.warp import reproject


def run(product, dem_path, output):
    from snow_plugin.core.product import open_product

    files = open_product(product).files
    with rasterio.open(files["swir"]) as swir_file:
        grid, swir = swir_file.profile, swir_file.read(1).astype(np.float64)
    shape, transform, crs = (grid["height"], grid["width"]), grid["transform"], grid["crs"]

    def warp(path, resampling, dtype=np.float64, nodata=-10000):
        with rasterio.open(path) as source:
            out = np.zeros(shape, dtype)
            reproject(source.read(1), out, src_transform=source.transform, src_crs=source.crs, src_nodata=nodata,
                      dst_transform=transform, dst_crs=crs, dst_nodata=nodata, resampling=resampling)
        return out

    green, red = (warp(files[role], Resampling.cubic) for role in ("green", "red"))
    with rasterio.open(files["clm"]) as clm_file:
        clm = clm_file.read(1)
    dem = warp(dem_path, Resampling.bilinear, np.float32, None)
    nodata = swir == -10000
    with np.errstate(divide="ignore", invalid="ignore"):
        ndsi = np.where(nodata, 0, (green - swir) / (green + swir))
    cloud = clm > 0
    pass1 = ~cloud & (ndsi > 0.4) & (red > 2000)
    coarse = np.zeros((shape[0] // 12, shape[1] // 12))
    reproject(red, coarse, src_transform=transform, src_crs=crs, dst_transform=transform * transform.scale(12),
              dst_crs=crs, resampling=Resampling.bilinear)
    red_nn = np.zeros(shape)
    reproject(coarse, red_nn, src_transform=transform * transform.scale(12), src_crs=crs, dst_transform=transform,
              dst_crs=crs, resampling=Resampling.nearest)
    refined = (cloud & (red_nn > 3000)) | ((clm & 32) > 0) | ((clm & 128) > 0)
    edges = np.arange(np.nanmin(dem), np.nanmax(dem) + 100, 100)
    total, _ = np.histogram(dem, edges)
    clear, _ = np.histogram(dem[~cloud], edges)
    snow, _ = np.histogram(dem[pass1], edges)
    with np.errstate(divide="ignore", invalid="ignore"):
        found = np.flatnonzero((clear / total > 0.1) & (snow / clear > 0.1))
    zs = edges[max(found[0] - 2, 0)] if found.size else np.inf
    pass2 = ~refined & (dem > zs) & (ndsi > 0.15) & (red > 400)
    snw = np.where(pass1 | pass2, 100, np.where(refined | (cloud & (red > 1000)), 205, 0)).astype(np.uint8)
    snw[nodata] = 255
    fsc = np.where(snw == 100, np.trunc(100 * np.minimum(0.5 * np.tanh(2.65 * ndsi - 1.42) + 0.5, 1)), snw)
    profile = dict(driver="GTiff", height=shape[0], width=shape[1], count=1, dtype="uint8", crs=crs,
                   transform=transform, compress="deflate", tiled=True)
    for name, values in (("SNW", snw), ("FSC", fsc), ("NDSI", np.where(snw == 100, np.trunc(100 * ndsi), snw))):
        with rasterio.open(f"{output}/{name}.tif", "w", **profile) as target:
            target.write(values.astype(np.uint8), 1)
