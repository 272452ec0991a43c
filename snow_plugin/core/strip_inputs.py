"""Read what one strip of rows needs from the product and the DEM.

The engine walks the 20 m grid in strips of rows (pipeline.py); for each it
asks ``read_strip`` for the inputs of the detection, already on the 20 m
strip: green and red resampled from 10 m (cubic, as LIS), SWIR, the cloud
mask (or the one derived from CLM_R1), the DEM when there is one, and the
2.2 µm SWIR band (B12) when the fog/cloud rescue asks for it. MG2 (QC flags
only) is read by the second sweep.
"""

from dataclasses import dataclass

import numpy as np

from snow_plugin.core.ancillary import warp_band
from snow_plugin.core.resample import warp_strip_cubic


@dataclass
class StripInputs:
    """One strip of the inputs on the 20 m grid (reflectances int16, file units)."""

    green: np.ndarray
    red: np.ndarray
    swir: np.ndarray
    clm: np.ndarray
    swir2: np.ndarray = None  # B12, only for the fog/cloud rescue
    dem: np.ndarray = None  # float32, NaN where the DEM has no data


def read_strip(datasets, strip_grid, row_start, with_swir2=False):
    """The inputs of the strip ``strip_grid`` (starting at ``row_start``),
    read from this thread's open ``datasets`` (role -> rasterio dataset)."""
    rows = ((row_start, row_start + strip_grid.height), (0, strip_grid.width))
    return StripInputs(
        green=warp_strip_cubic(datasets["green"], strip_grid),
        red=warp_strip_cubic(datasets["red"], strip_grid),
        swir=datasets["swir"].read(1, window=rows),
        clm=read_cloud_mask(datasets, row_start, row_start + strip_grid.height, strip_grid.width),
        swir2=datasets["swir2"].read(1, window=rows) if with_swir2 and "swir2" in datasets else None,
        dem=warp_band(datasets["dem"], strip_grid, threads=1) if "dem" in datasets else None,
    )


def read_mg2(datasets, row_start, row_stop, width):
    """The geophysical mask rows (QC flags only), or None without MG2."""
    return datasets["mg2"].read(1, window=((row_start, row_stop), (0, width))) if "mg2" in datasets else None


def read_cloud_mask(datasets, row_start, row_stop, width):
    if "clm" in datasets:
        return datasets["clm"].read(1, window=((row_start, row_stop), (0, width)))
    # No CLM_R2: OR each 2x2 block of the 10 m CLM_R1, as the spec asks.
    fine = datasets["clm_r1"].read(1, window=((2 * row_start, 2 * row_stop), (0, 2 * width)))
    return fine[0::2, 0::2] | fine[1::2, 0::2] | fine[0::2, 1::2] | fine[1::2, 1::2]
