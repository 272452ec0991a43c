"""The "Why this pixel?" map tool: a click on any detection result of the
project opens a panel saying what the pixel is, which rule decided, and the
numbers behind each test (core/explain.py). The tool never raises: every
problem becomes one sentence in the panel."""

from html import escape
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProject,
    QgsRasterLayer,
)
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QTextBrowser

from snow_plugin.core.product_names import OUTPUT_SUFFIXES
from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.explain import DetectionResult, clm_bit_labels, decode_bits, mg2_bit_labels
from snow_plugin.core.i18n import NO_VALUE
from snow_plugin.core.styles import classification_labels
from snow_plugin.toolbelt.i18n import format_number, tr
from snow_plugin.toolbelt.log_handler import log

RASTER_SUFFIXES = tuple(suffix for key, suffix in OUTPUT_SUFFIXES.items() if suffix.endswith(".tif"))


def summary_of_layer(layer):
    """The ``_SNOW.json`` of a detection output layer, or None."""
    if not isinstance(layer, QgsRasterLayer):
        return None
    path = Path(layer.source())
    for suffix in RASTER_SUFFIXES:
        if path.name.endswith(suffix):
            summary = path.with_name(path.name[: -len(suffix)] + OUTPUT_SUFFIXES["METADATA"])
            return summary if summary.is_file() else None
    return None


class ExplainPanel(QDockWidget):
    """A dock showing one pixel's explanation as rich text."""

    def __init__(self, parent=None):
        super().__init__(tr("Why this pixel?"), parent)
        self.setObjectName("TheiaSnowExplainPanel")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.setWidget(self.browser)
        self.show_message(tr("Click on a pixel of a snow detection result to see why it got its class."))

    def show_message(self, text):
        self.browser.setHtml("<p>{}</p>".format(escape(text)))

    def show_html(self, html):
        self.browser.setHtml(html)

    def text(self):
        return self.browser.toPlainText()


class PixelExplainTool(QgsMapToolEmitPoint):
    """Click: explain the pixel of the topmost detection result under the point."""

    def __init__(self, canvas, panel_provider, project=None):
        super().__init__(canvas)
        self.panel_provider = panel_provider  # callable returning the ExplainPanel to show
        self.project = project
        self._results = {}  # (summary path, mtime) -> DetectionResult (opening a product costs)

    def canvasReleaseEvent(self, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.explain_at(event.mapPoint())

    def explain_at(self, point):
        """Explain the pixel under ``point`` (canvas CRS) in the panel; never raises."""
        panel = self.panel_provider()
        try:
            panel.show_html(self._explanation(point))
        except SnowPluginError as error:
            panel.show_message(str(error))
        except Exception as error:  # noqa: BLE001 (a map tool must never raise into QGIS)
            log(tr("The pixel could not be explained: {error}").format(error=error), Qgis.MessageLevel.Warning)
            panel.show_message(tr("The pixel could not be explained (details in the log panel)."))
        panel.show()
        panel.raise_()

    def _explanation(self, point):
        found = self._result_under(point)
        if found is None:
            return "<p>{}</p>".format(escape(tr(
                "No snow detection result under this point: click on a pixel of a result layer of this project (a *_SNW_R2.tif or a *_DECISION.tif whose *_SNOW.json sits beside it).")))
        summary, product_point = found
        key = (summary, Path(summary).stat().st_mtime_ns)  # a run again with "overwrite" is another result
        result = self._results.get(key)
        if result is None:
            result = self._results[key] = DetectionResult(summary)
        record = result.explain([product_point])[0]
        return explanation_html(record, result.identifier)

    def _result_under(self, point):
        """(summary path, point in the layer's CRS) of the topmost result layer under ``point``."""
        project = self.project or QgsProject.instance()
        canvas_crs = self.canvas().mapSettings().destinationCrs()
        for node in project.layerTreeRoot().findLayers():
            layer = node.layer()
            summary = summary_of_layer(layer)
            if summary is None:
                continue
            try:
                transform = QgsCoordinateTransform(canvas_crs, layer.crs(), project.transformContext())
                local = transform.transform(point)
            except QgsCsException:
                continue
            if layer.extent().contains(local):
                return str(summary), (local.x(), local.y())
        return None


def _value(value, unit="", digits=3):
    return format_number(value, digits if isinstance(value, float) else 0, unit)


def explanation_html(record, identifier):
    """The panel's rich text for one PixelExplanation."""
    if not record.inside:
        return "<p>{}</p>".format(escape(record.reason))
    class_label = classification_labels().get(record.class_code, str(record.class_code))
    parts = [
        "<h3>{}</h3>".format(escape(tr("{klass} – decision {code}: {label}").format(
            klass=class_label, code=record.decision, label=record.decision_label))),
        "<p>{}</p>".format(escape(record.reason)),
    ]
    if record.decisive:
        parts.append("<p><b>{}</b></p>".format(escape(record.tests_text())))
    rows = [
        (tr("Green reflectance"), _value(record.green)),
        (tr("Red reflectance"), _value(record.red)),
        (tr("SWIR reflectance (1.6 µm)"), _value(record.swir)),
    ]
    if record.swir2 is not None:  # read with the fog rescue only
        rows.append((tr("SWIR reflectance (2.2 µm, B12)"), _value(record.swir2)))
    rows += [
        (tr("NDSI"), _value(record.ndsi)),
        (tr("Red at 240 m"), _value(record.red_coarse)),
        (tr("Elevation"), _value(record.elevation, "m", 1)),
        (tr("Snowline zs"), _value(record.zs, "m")),
        (tr("L2A cloud mask (CLM)"), "{} ({})".format(record.clm, ", ".join(decode_bits(record.clm, clm_bit_labels())) or tr("no bit set"))),
        (tr("Geophysical mask (MG2)"), NO_VALUE if record.mg2 is None else "{} ({})".format(
            record.mg2, ", ".join(decode_bits(record.mg2, mg2_bit_labels())) or tr("no bit set"))),
    ]
    parts.append("<table>" + "".join(
        "<tr><td>{}</td><td>{}</td></tr>".format(escape(name), escape(value)) for name, value in rows) + "</table>")
    steps = (("pass1", tr("Pass 1")), ("refine", tr("Cloud refinement")), ("pass2", tr("Pass 2")), ("rescue", tr("Fog rescue")))
    for step, title in steps:
        checks = [check for check in record.checks if check.step == step]
        if checks:
            parts.append("<p><b>{}</b></p><ul>{}</ul>".format(
                escape(title), "".join("<li>{}</li>".format(escape(check.marked())) for check in checks)))
    parts.append("<p><small>{}</small></p>".format(escape(tr("Pixel row {row}, column {col} of {product}.").format(
        row=record.row, col=record.col, product=identifier))))
    return "".join(parts)


class ExplainController:
    """The plugin's "Why this pixel?" action: the tool, its panel, and their clean-up."""

    def __init__(self, iface):
        self.iface = iface
        self.action = None
        self.panel = None
        self.tool = None

    def set_action(self, action):
        self.action = action
        action.setCheckable(True)

    def panel_widget(self):
        if self.panel is None:
            self.panel = ExplainPanel(self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        return self.panel

    def toggle(self, checked):
        canvas = self.iface.mapCanvas()
        if not checked:
            if self.tool is not None and canvas.mapTool() is self.tool:
                canvas.unsetMapTool(self.tool)
            return
        if self.tool is None:
            self.tool = PixelExplainTool(canvas, self.panel_widget)
            self.tool.setAction(self.action)  # QGIS unchecks the action when another tool is chosen
        canvas.setMapTool(self.tool)
        self.panel_widget().show()

    def unload(self):
        canvas = self.iface.mapCanvas()
        if self.tool is not None and canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        self.tool = None
        if self.panel is not None:
            self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
