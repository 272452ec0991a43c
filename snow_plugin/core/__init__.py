"""The engine and the catalogue client: no QGIS import here."""

import logging

# A library logs through its own logger and lets the application decide.
logging.getLogger("snow_plugin").addHandler(logging.NullHandler())
