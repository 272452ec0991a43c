"""Progress and cancel for long core work, without importing QGIS.

The method names are those of ``QgsProcessingFeedback`` so Processing
algorithms pass their feedback straight through; scripts use ``Feedback``.
"""

import logging

LOGGER = logging.getLogger("snow_plugin")


class Feedback:
    def __init__(self, on_progress=None):
        self.on_progress = on_progress
        self.cancelled = False

    def setProgress(self, percent):
        if self.on_progress:
            self.on_progress(percent)

    def isCanceled(self):
        return self.cancelled

    def pushInfo(self, message):
        LOGGER.info(message)

    def pushWarning(self, message):
        LOGGER.warning(message)
