"""GDAL settings for one detection run.

GDAL's block cache defaults to 5 % of the RAM (1.2 GB on a 24 GB machine)
and keeps every block read or written until it is full: on a full tile the
cache alone would double the run's memory. Each block is read once here, so
a small cache loses nothing. The cache is process-wide (QGIS shares it), so
the previous size is restored after the run.
"""

from contextlib import contextmanager

RUN_CACHE_BYTES = 64 * 1024 * 1024


@contextmanager
def small_block_cache(size_bytes=RUN_CACHE_BYTES):
    from osgeo import gdal

    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(min(previous, size_bytes))
    try:
        yield
    finally:
        gdal.SetCacheMax(previous)
