"""A false-colour composite of an L2A product, as a small GDAL VRT.

SWIR (B11), red (B4), green (B3) as red, green, blue: snow shows cyan (dark
in SWIR, bright in the visible), clouds and fog white, vegetation dark. It
is the picture under the classification in the demo map.
"""

from osgeo import gdal

from snow_plugin.core.definitions import REFLECTANCE_NODATA
from snow_plugin.core.product import open_product


def false_colour_vrt(product_path, vrt_path):
    """Write a 3-band VRT on the product's 20 m grid; return its path."""
    product = open_product(product_path)
    left, bottom, right, top = product.grid.bounds
    resolution = abs(product.grid.transform.a)
    bands = [product.files[role] for role in ("swir", "red", "green")]
    options = gdal.BuildVRTOptions(
        separate=True, outputBounds=(left, bottom, right, top), xRes=resolution, yRes=resolution,
        resampleAlg="average", srcNodata=REFLECTANCE_NODATA, VRTNodata=REFLECTANCE_NODATA,
    )
    gdal.BuildVRT(str(vrt_path), bands, options=options).FlushCache()
    return vrt_path
