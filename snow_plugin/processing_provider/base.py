"""What the plugin's algorithms share: instance creation, icon, help layout
and help page; the catalogue group; the bridge from core progress callbacks
to the Processing feedback."""

from datetime import date

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from snow_plugin.core.i18n import tr
from snow_plugin.core.paths import resources_dir
from snow_plugin.toolbelt.i18n import help_page


class SnowAlgorithm(QgsProcessingAlgorithm):
    """Base of every ``theiasnow:`` algorithm."""

    def createInstance(self):
        return type(self)()

    def icon(self):
        return QIcon(str(resources_dir() / "icon.svg"))

    def helpUrl(self):
        return help_page().as_uri()

    def shortHelpString(self):
        return "".join("<p>{}</p>".format(paragraph) for paragraph in self.help_paragraphs())

    def help_paragraphs(self):
        return []

    def parameter_as_day(self, parameters, name, context):
        """A date parameter as a ``datetime.date``, or None when it is not set."""
        moment = self.parameterAsDateTime(parameters, name, context)
        if not moment.isValid():
            return None
        day = moment.date()
        return date(day.year(), day.month(), day.day())


class SnowDetectionAlgorithm(SnowAlgorithm):
    """Base of the algorithms of the "Snow detection" group."""

    def group(self):
        return tr("Snow detection")

    def groupId(self):
        return "snowdetection"


class CatalogueAlgorithm(SnowAlgorithm):
    """Base of the algorithms of the "Catalogue (GEODES)" group."""

    def group(self):
        return tr("Catalogue (GEODES)")

    def groupId(self):
        return "catalogue"


def progress_reporter(feedback, start=0.0, span=100.0):
    """``progress(percent)`` for the core, mapped onto [start, start + span] of the feedback."""

    def progress(percent):
        feedback.setProgress(start + span * min(max(percent, 0.0), 100.0) / 100.0)

    return progress

