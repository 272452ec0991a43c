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
    logging.DEBUG: Qgis.MessageLevel.Info,
    logging.INFO: Qgis.MessageLevel.Info,
    logging.WARNING: Qgis.MessageLevel.Warning,
    logging.ERROR: Qgis.MessageLevel.Critical,
    logging.CRITICAL: Qgis.MessageLevel.Critical,
}


class QgisLogHandler(logging.Handler):
    """Safe from any thread: QgsMessageLog queues messages to the main thread."""

    def emit(self, record):
        try:
            message = self.format(record)
        except Exception:  # noqa: BLE001 (logging's contract: a bad record must not raise)
            self.handleError(record)
            return
        level = _LEVELS.get(record.levelno, Qgis.MessageLevel.Info)
        QgsMessageLog.logMessage(message, __title__, level, notifyUser=False)


def install_log_handler():
    logger = logging.getLogger(LOGGER_NAME)
    handler = QgisLogHandler()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def remove_log_handler(handler):
    logging.getLogger(LOGGER_NAME).removeHandler(handler)


def log(message, level=Qgis.MessageLevel.Info, push=False, iface=None, duration=8):
    """Write ``message`` to the log panel; with ``push`` also to the message bar."""
    QgsMessageLog.logMessage(message, __title__, level, notifyUser=push)
    if push and iface is not None:
        iface.messageBar().pushMessage(__title__, message, level=level, duration=duration)
