"""The series table of ``theiasnow:snowtimeseries`` on the map, and its
window: the CSV is loaded as a table layer when the run's results are
loaded into a project (dialog, batch, ``runAndLoadResults``; never in
``processing.run`` nor ``qgis_process``); its post-processor then opens the
season's chart through the viewer the plugin registers
(``set_series_viewer``: the GUI's window), so this module never imports the
GUI, as result_layers does for the detection summary."""

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface, QgsProcessingUtils

from snow_plugin.core.i18n import tr

_series_viewer = None  # callable(path of a series CSV), set by the plugin


def set_series_viewer(viewer):
    """Register what shows a series once its table is loaded (None: nothing)."""
    global _series_viewer
    _series_viewer = viewer


class SeriesTablePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Opens the series window once the table layer is in the project."""

    _alive = []  # Processing keeps raw pointers only: keep the Python objects

    def __init__(self, csv_path):
        super().__init__()
        self.csv_path = csv_path
        self.done = False

    @classmethod
    def create(cls, csv_path):
        cls._alive = [processor for processor in cls._alive if not processor.done]
        processor = cls(csv_path)
        cls._alive.append(processor)
        return processor

    def postProcessLayer(self, layer, context, feedback):
        self.done = True
        if _series_viewer is not None:
            _series_viewer(self.csv_path)


def queue_series_table(context, csv_path):
    """Ask Processing to load the series CSV as a table when the run ends."""
    project = context.project()
    if project is None:
        return
    details = QgsProcessingContext.LayerDetails(tr("Snow time series"), project, "OUTPUT_CSV", QgsProcessingUtils.LayerHint.Vector)
    details.forceName = True
    details.setPostProcessor(SeriesTablePostProcessor.create(csv_path))
    context.addLayerToLoadOnCompletion(csv_path, details)
