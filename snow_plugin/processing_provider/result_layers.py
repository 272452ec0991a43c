"""Put the detection outputs on the map: styled with the .qml written beside
each raster, in a group named after the product, classification on top.

Processing loads result layers on the main thread after the algorithm ends
and then calls each layer's post-processor (the QuickOSM pattern): the
algorithm queues its rasters with ``queue_result_layers`` in
``postProcessAlgorithm``. ``load_result_layers`` does the same directly, for
callers already on the main thread (a QgsTask's ``finished()``).

Post-processors run only when results are loaded into a project (the
algorithm dialog, batch, ``runAndLoadResults``), never in ``processing.run``
or ``qgis_process``: the classification's one also shows the run's summary
through the viewer the plugin registers (``set_summary_viewer``: the GUI's
window), so this module never imports the GUI.
"""

from pathlib import Path

from qgis.core import (
    QgsLayerTreeLayer,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsRasterLayer,
)

from qgis.PyQt.QtXml import QDomDocument

from snow_plugin.core.i18n import tr

# Top to bottom in the group; only the classification is shown at first,
# the decision raster just below it, to be switched on to see why.
LAYER_ORDER = ("SNW", "DECISION", "FSC_TOC", "FSC_OG", "NDSI", "QCFLAGS")
VISIBLE_AT_FIRST = ("SNW",)
ORDER_PROPERTY = "snow_plugin/output_order"
SUMMARY_LAYER = "SNW"  # every run has it: its post-processor shows the summary
_summary_viewer = None  # callable(path of a *_SNOW.json), set by the plugin


def set_summary_viewer(viewer):
    """Register what shows a run's summary once its layers are loaded (None: nothing)."""
    global _summary_viewer
    _summary_viewer = viewer


def layer_names():
    return {
        "SNW": tr("Snow classification"),
        "DECISION": tr("Decision: which rule classified each pixel"),
        "FSC_TOC": tr("Fractional snow cover (top of canopy)"),
        "FSC_OG": tr("Fractional snow cover (on ground)"),
        "NDSI": tr("NDSI on snow pixels (%)"),
        "QCFLAGS": tr("Quality flags"),
    }


def group_name(identifier):
    return tr("Snow – {product}").format(product=identifier)


def run_group_name(project, identifier, outputs):
    """The group of one run: the product's, or "(2)", "(3)"... when that
    group already shows a run written into another folder."""
    folder = Path(str(outputs["SNW"])).parent if outputs.get("SNW") else None
    root = project.layerTreeRoot()
    base, number = group_name(identifier), 1
    while True:
        name = base if number == 1 else tr("{group} ({number})").format(group=base, number=number)
        group = root.findGroup(name)
        folders = {Path(node.layer().source()).parent for node in group.findLayers() if node.layer()} if group else set()
        if not folders or folders == {folder}:
            return name
        number += 1


def _raster_outputs(outputs):
    """(order, key, path) of the raster outputs, top of the group first."""
    return [(order, key, str(outputs[key])) for order, key in enumerate(LAYER_ORDER) if outputs.get(key)]


def style_and_place(layer, project, group, order, visible, qml=None):
    """Apply the style (``qml`` text, else the .qml beside the raster) and
    move the layer into ``group``. Returns an error message, or None."""
    if qml is None:
        message, styled = layer.loadNamedStyle(str(Path(layer.source()).with_suffix(".qml")))
    else:
        document = QDomDocument()
        document.setContent(qml)
        styled, message = layer.importNamedStyle(document)
    root = project.layerTreeRoot()
    target = root.findGroup(group) or root.insertGroup(0, group)
    for node in target.findLayers():
        # A run with "overwrite" replaces the layers of the earlier one.
        if node.layer() is not None and node.layer() is not layer and node.layer().source() == layer.source():
            project.removeMapLayer(node.layer().id())
    if project.mapLayer(layer.id()) is None:
        project.addMapLayer(layer, False)
    previous = root.findLayer(layer.id())
    node = QgsLayerTreeLayer(layer)
    node.setCustomProperty(ORDER_PROPERTY, order)
    node.setItemVisibilityChecked(visible)
    position = sum(1 for child in target.children() if int(child.customProperty(ORDER_PROPERTY, len(LAYER_ORDER))) < order)
    # Insert the new node before removing the old one: a layer left without
    # any node in the tree would be removed from the project.
    target.insertChildNode(position, node)
    if previous is not None:
        previous.parent().removeChildNode(previous)
    layer.triggerRepaint()
    return None if styled else message


class StyledResultLayer(QgsProcessingLayerPostProcessorInterface):
    """Post-processor of one output layer, called on the main thread."""

    # Processing keeps only a raw pointer to post-processors: without a
    # Python reference they are garbage-collected and QGIS crashes.
    _alive = []

    def __init__(self, project, group, name, order, visible, summary_path=None, qml=None):
        super().__init__()
        self.qml = qml
        self.project = project
        self.group = group
        self.name = name
        self.order = order
        self.visible = visible
        self.summary_path = summary_path
        self.done = False

    @classmethod
    def create(cls, *args):
        cls._alive = [processor for processor in cls._alive if not processor.done]
        processor = cls(*args)
        cls._alive.append(processor)
        return processor

    def postProcessLayer(self, layer, context, feedback):
        self.done = True
        if not isinstance(layer, QgsRasterLayer):
            return
        layer.setName(self.name)
        problem = style_and_place(layer, self.project, self.group, self.order, self.visible, self.qml)
        if problem and feedback is not None:
            feedback.pushWarning(tr("Could not apply the style of {name}: {error}").format(name=self.name, error=problem))
        if self.summary_path and _summary_viewer is not None:
            _summary_viewer(self.summary_path)


def queue_result_layers(context, outputs, identifier):
    """Ask Processing to load the rasters of ``outputs`` when the run ends."""
    project = context.project()
    if project is None:
        return
    names = layer_names()
    group = run_group_name(project, identifier, outputs)
    for order, key, path in _raster_outputs(outputs):
        details = QgsProcessingContext.LayerDetails(names[key], project, key, QgsProcessingUtils.LayerHint.Raster)
        details.forceName = True  # our name, even with "use file name as layer name"
        summary_path = str(outputs["METADATA"]) if key == SUMMARY_LAYER and outputs.get("METADATA") else None
        details.setPostProcessor(
            StyledResultLayer.create(project, group, names[key], order, key in VISIBLE_AT_FIRST, summary_path)
        )
        context.addLayerToLoadOnCompletion(path, details)


def load_result_layers(project, outputs, identifier):
    """Load, style and group the rasters now (main thread only); returns the layers."""
    names = layer_names()
    layers = []
    group = run_group_name(project, identifier, outputs)
    for order, key, path in _raster_outputs(outputs):
        layer = QgsRasterLayer(path, names[key], "gdal")
        if not layer.isValid():
            continue
        style_and_place(layer, project, group, order, key in VISIBLE_AT_FIRST)
        layers.append(layer)
    return layers
