"""Finding and downloading Theia products from CNES GEODES (STAC API).

Pure Python and ``requests``: nothing here imports QGIS, so the GUI, the
Processing algorithms and scripts share it. Import from the modules
themselves (client, download, records ...).
"""
