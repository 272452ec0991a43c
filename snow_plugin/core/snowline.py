"""Step 4: the snowline elevation zs from the DEM histogram.

Reproduces LIS's ITK histogram exactly: the DEM truncated to int16, bins
from the whole DEM's min to max (nodata pixels included, with their value),
a bin width computed in float32, the maximum in the last bin, ratios
compared in float32, bins centred below -413 m (the lowest land) skipped.
The histogram accumulates strip by strip, so the DEM is never histogrammed
in one piece.
"""

import math
from dataclasses import dataclass

import numpy as np

LOWEST_LAND_ELEVATION = -413


@dataclass
class ElevationBand:
    lower: float
    upper: float
    total: int
    clear: int
    snow: int

    @property
    def snow_fraction(self):
        """Snow among clear pixels (None when the band is all cloud)."""
        return self.snow / self.clear if self.clear else None

    @property
    def centre(self):
        return (self.lower + self.upper) / 2


class SnowlineHistogram:
    """Total, clear and snow pixel counts per DEM bin.

    Strips are counted per integer elevation (the DEM is int16 for the
    histogram), so the LIS bins, which depend on the whole DEM's min and
    max, are derived at the end without a first pass over the DEM.
    """

    OFFSET = 32768  # int16 elevation -> index of the fine histogram

    def __init__(self, dz):
        self.dz = dz
        self.fine = np.zeros((3, 65536), dtype=np.int64)  # total, clear, snow

    def count(self, dem_int16, clear, snow):
        """Fine counts of one strip; every pixel counts, nodata included.
        Pure, so strips can be counted in threads."""
        index = dem_int16.astype(np.int32) + self.OFFSET
        return np.stack(
            [
                np.bincount(index.ravel(), minlength=65536),
                np.bincount(index[clear], minlength=65536),
                np.bincount(index[clear & snow], minlength=65536),
            ]
        )

    def accumulate(self, counts):
        self.fine += counts

    def add(self, dem_int16, clear, snow):
        self.accumulate(self.count(dem_int16, clear, snow))

    def bands(self):
        """The LIS bins, as ITK builds them from the DEM's min and max."""
        present = np.flatnonzero(self.fine[0])
        if present.size == 0:
            return []
        dem_min, dem_max = int(present[0]) - self.OFFSET, int(present[-1]) - self.OFFSET
        bin_count = int(math.floor((dem_max - dem_min) / self.dz))
        if bin_count < 1:
            return []
        edges = bin_edges(dem_min, dem_max, bin_count)
        elevations = np.arange(dem_min, dem_max + 1, dtype=np.float64)
        bin_of_elevation = np.searchsorted(edges[1:-1], elevations, side="right")
        fine = self.fine[:, present[0] : present[-1] + 1]
        counts = [np.bincount(bin_of_elevation, weights=row, minlength=bin_count).astype(np.int64) for row in fine]
        return [
            ElevationBand(float(edges[i]), float(edges[i + 1]), int(counts[0][i]), int(counts[1][i]), int(counts[2][i]))
            for i in range(bin_count)
        ]

    def snowline_elevation(self, fsnow_lim, fclear_lim):
        """zs, or None when no bin is clear and snowy enough (or nb < 1)."""
        bands = self.bands()
        for index, band in enumerate(bands):
            if band.centre < LOWEST_LAND_ELEVATION or band.total == 0 or band.clear == 0:
                continue
            clear_ratio = np.float32(band.clear) / np.float32(band.total)
            snow_ratio = np.float32(band.snow) / np.float32(band.clear)
            if clear_ratio > np.float32(fclear_lim) and snow_ratio > np.float32(fsnow_lim):
                return int(math.floor(bands[max(index - 2, 0)].centre - self.dz / 2))
        return None


def bin_edges(dem_min, dem_max, bin_count):
    """Bin bounds as ITK computes them: min + float32(j * float32 width), the
    last bound being the maximum itself."""
    width = np.float32(dem_max - dem_min) / np.float32(bin_count)
    steps = np.arange(bin_count, dtype=np.float32) * width
    edges = np.empty(bin_count + 1, dtype=np.float64)
    edges[:-1] = dem_min + steps.astype(np.float64)
    edges[-1] = dem_max
    return edges


def dem_for_histogram(dem, dem_nodata_value):
    """The int16 DEM LIS histograms: truncated, nodata at its file value."""
    values = np.where(np.isnan(dem), dem_nodata_value, dem)
    return np.clip(np.trunc(values), -32768, 32767).astype(np.int16)
