"""Check, at plugin load, that rasterio uses the same GDAL as QGIS.

A PyPI rasterio wheel bundles its own GDAL; importing it inside QGIS can
crash QGIS (rasterio issue 2291). The check runs in a subprocess-free way:
it compares version strings only after a guarded import.
"""

from snow_plugin.core.i18n import tr


def rasterio_problem():
    """Return a user-facing sentence when rasterio is unusable, else None."""
    try:
        from osgeo import gdal
    except ImportError:
        return tr("The GDAL Python bindings (osgeo) are missing: install python3-gdal.")
    try:
        import rasterio
    except ImportError:
        return tr(
            "rasterio is missing: install python3-rasterio from your distribution "
            "(or OSGeo4W/conda); snow detection is disabled until then."
        )
    if rasterio.__gdal_version__ != gdal.__version__:
        return tr(
            "rasterio is built against GDAL {rasterio_gdal} but QGIS uses GDAL {qgis_gdal}: "
            "install the distribution's python3-rasterio instead of a pip wheel; "
            "snow detection is disabled until then."
        ).format(rasterio_gdal=rasterio.__gdal_version__, qgis_gdal=gdal.__version__)
    return None
