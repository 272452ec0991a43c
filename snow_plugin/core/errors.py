"""Errors with a message meant for the user.

The GUI and Processing layers show ``str(error)`` as one sentence; nothing
below them prints tracebacks at users.
"""


class SnowPluginError(Exception):
    """Base class: the message says what happened and what to do."""


class ProductError(SnowPluginError):
    """The input is not a readable Theia L2A product."""


class DemError(SnowPluginError):
    """The DEM cannot be used for this product."""


class OutputError(SnowPluginError):
    """Outputs cannot be written (exists, not writable, disk full)."""


class CancelledError(SnowPluginError):
    """The user cancelled the work."""


class CatalogueError(SnowPluginError):
    """The catalogue (GEODES) could not answer the request."""


class ApiKeyRefusedError(CatalogueError):
    """The API key was refused (401/403 or a redirect loop)."""


class DownloadError(SnowPluginError):
    """A download failed; partial data was kept as a resumable ``.part``."""


class ProductStagingError(DownloadError):
    """The product is offline (nearline) and is being staged."""
