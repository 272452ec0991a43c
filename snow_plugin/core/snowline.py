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
    """Bins of the DEM with total, clear and snow counts per bin."""

    def __init__(self, dem_min, dem_max, dz):
        self.dem_min = int(dem_min)
        self.dem_max = int(dem_max)
        self.dz = dz
        self.bin_count = int(math.floor((self.dem_max - self.dem_min) / dz))
        self.edges = self._edges() if self.bin_count >= 1 else None
        size = max(self.bin_count, 0)
        self.total = np.zeros(size, dtype=np.int64)
        self.clear = np.zeros(size, dtype=np.int64)
        self.snow = np.zeros(size, dtype=np.int64)
        self._bin_of_elevation = self._lookup_table() if self.edges is not None else None

    def _edges(self):
        """Bin bounds as ITK computes them: lower + float32(j * float32 width)."""
        width = np.float32(self.dem_max - self.dem_min) / np.float32(self.bin_count)
        steps = np.arange(self.bin_count, dtype=np.float32) * width
        edges = np.empty(self.bin_count + 1, dtype=np.float64)
        edges[:-1] = self.dem_min + steps.astype(np.float64)
        edges[-1] = self.dem_max
        return edges

    def _lookup_table(self):
        """Bin index of every integer elevation from min to max."""
        elevations = np.arange(self.dem_min, self.dem_max + 1, dtype=np.float64)
        inner_edges = self.edges[1:-1]
        return np.searchsorted(inner_edges, elevations, side="right").astype(np.int32)

    def count(self, dem_int16, clear, snow):
        """(total, clear, snow) counts per bin of one strip; every pixel
        counts, nodata included. Pure, so strips can be counted in threads."""
        if self._bin_of_elevation is None:
            return None
        bins = self._bin_of_elevation[dem_int16.astype(np.int32) - self.dem_min]
        return (
            np.bincount(bins.ravel(), minlength=self.bin_count),
            np.bincount(bins[clear], minlength=self.bin_count),
            np.bincount(bins[clear & snow], minlength=self.bin_count),
        )

    def accumulate(self, counts):
        if counts is not None:
            self.total += counts[0]
            self.clear += counts[1]
            self.snow += counts[2]

    def add(self, dem_int16, clear, snow):
        self.accumulate(self.count(dem_int16, clear, snow))

    def bands(self):
        if self.edges is None:
            return []
        return [
            ElevationBand(float(self.edges[i]), float(self.edges[i + 1]), int(t), int(c), int(s))
            for i, (t, c, s) in enumerate(zip(self.total, self.clear, self.snow))
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


def dem_for_histogram(dem, dem_nodata_value):
    """The int16 DEM LIS histograms: truncated, nodata at its file value."""
    values = np.where(np.isnan(dem), dem_nodata_value, dem)
    return np.clip(np.trunc(values), -32768, 32767).astype(np.int16)
