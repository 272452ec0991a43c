"""The Processing provider ``theiasnow``: every action of the plugin is an
algorithm of the toolbox, the modeler, batch mode and ``qgis_process``."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from snow_plugin.core.i18n import tr
from snow_plugin.core.paths import resources_dir


class SnowProvider(QgsProcessingProvider):
    def id(self):
        return "theiasnow"

    def name(self):
        return tr("Theia Snow")

    def longName(self):
        return tr("Theia Snow (Let-It-Snow snow and cloud/fog detection)")

    def icon(self):
        return QIcon(str(resources_dir() / "icon.svg"))

    def loadAlgorithms(self):
        for algorithm_class in _algorithm_classes():
            self.addAlgorithm(algorithm_class())


def _algorithm_classes():
    """Algorithm classes, imported here so a missing module shows in the log."""
    from snow_plugin.processing_provider.compare import CompareAlgorithm
    from snow_plugin.processing_provider.detect_snow import DetectSnowAlgorithm
    from snow_plugin.processing_provider.detect_snow_batch import DetectSnowBatchAlgorithm
    from snow_plugin.processing_provider.download import DownloadAlgorithm
    from snow_plugin.processing_provider.explain_pixels import ExplainPixelsAlgorithm
    from snow_plugin.processing_provider.fetch_dem import FetchDemAlgorithm
    from snow_plugin.processing_provider.load_snow_product import LoadSnowProductAlgorithm
    from snow_plugin.processing_provider.sample_scene import SampleSceneAlgorithm
    from snow_plugin.processing_provider.search import SearchAlgorithm
    from snow_plugin.processing_provider.snow_synthesis import SnowSynthesisAlgorithm
    from snow_plugin.processing_provider.snow_time_series import SnowTimeSeriesAlgorithm

    classes = [
        DetectSnowAlgorithm, LoadSnowProductAlgorithm, SampleSceneAlgorithm,
        SearchAlgorithm, DownloadAlgorithm, FetchDemAlgorithm,
    ]
    classes.append(SnowTimeSeriesAlgorithm)
    classes += [ExplainPixelsAlgorithm, CompareAlgorithm]
    classes += [DetectSnowBatchAlgorithm, SnowSynthesisAlgorithm]
    return classes
