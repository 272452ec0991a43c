"""The demo's map: QGIS renders the classification over the false-colour
composite, with a legend, to a PNG."""

from qgis.PyQt.QtGui import QColor, QImage

from snow_plugin.core.composite import false_colour_vrt
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene
from snow_plugin.gui.snow_map import false_colour_layer, render_snow_map, styled_layer


def _colours(image, step=7):
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_map_shows_snow_over_the_composite(qgis_app, tmp_path):
    scene = make_scene(tmp_path / "scene", size=200, seed=4)
    result = detect_snow(scene.product_dir, tmp_path / "out", dem=scene.dem_path)
    assert result.metadata["snow_percent"] > 0

    composite = false_colour_layer(false_colour_vrt(scene.product_dir, tmp_path / "fc.vrt"))
    assert composite.isValid() and composite.bandCount() == 3
    classification = styled_layer(result.outputs["SNW"], "Snow classification")
    assert classification.renderer().type() == "paletted"

    png = render_snow_map(tmp_path / "map.png", "Test map", [classification, composite], [classification])
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 500
    colours = _colours(image)
    assert QColor("#00ffff").name() in colours  # snow, drawn opaque here
    assert len(colours) > 20  # the composite shows through, not a flat image
