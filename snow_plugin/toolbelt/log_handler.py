"""One logging helper: the QGIS log panel (a tab named after the plugin) and,
when asked, the message bar.

Core modules log through ``logging.getLogger("snow_plugin")``; the handler
installed here forwards those records to the log panel.
"""

import logging

from qgis.core import Qgis, QgsMessageLog

from snow_plugin.__about__ import __title__

LOGGER_NAME = "snow_plugin"

_LEVELS = {
    logging.DEBUG: Qgis.Info,
    logging.INFO: Qgis.Info,
    logging.WARNING: Qgis.Warning,
    logging.ERROR: Qgis.Critical,
    logging.CRITICAL: Qgis.Critical,
}


class QgisLogHandler(logging.Handler):
    def emit(self, record):
        level = _LEVELS.get(record.levelno, Qgis.Info)
        QgsMessageLog.logMessage(self.format(record), __title__, level, notifyUser=False)


def install_log_handler():
    logger = logging.getLogger(LOGGER_NAME)
    handler = QgisLogHandler()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def remove_log_handler(handler):
    logging.getLogger(LOGGER_NAME).removeHandler(handler)


def log(message, level=Qgis.Info, push=False, iface=None, duration=8):
    """Write ``message`` to the log panel; with ``push`` also to the message bar."""
    QgsMessageLog.logMessage(message, __title__, level, notifyUser=push)
    if push and iface is not None:
        iface.messageBar().pushMessage(__title__, message, level=level, duration=duration)
