"""The help's workshop on the offline sample scene (default size and seed):
its answers are checked against a fresh run (snowline, the class and rule of
each given point, the agreement with the official-style product), and the
pictures of each step are rendered by QGIS into resources/help/img/ when
THEIA_SNOW_HELP_SHOTS is set (a temporary folder otherwise):

    THEIA_SNOW_HELP_SHOTS=1 xvfb-run -a .venv/bin/python -m pytest tests/qgis/test_help_workshop.py
"""

import os
import re
import shutil
from pathlib import Path

import pytest
import rasterio
from qgis.core import QgsMapRendererCustomPainterJob, QgsMapSettings, QgsPointXY
from qgis.PyQt.QtCore import QPointF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from snow_plugin.core.compare import compare_products
from snow_plugin.core.composite import false_colour_vrt
from snow_plugin.core.explain import explain_points
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.sample_official import write_official_style_l2b
from snow_plugin.core.synthetic import make_scene
from snow_plugin.gui.snow_map import false_colour_layer, styled_layer
from snow_plugin.toolbelt.i18n import help_page

pytestmark = pytest.mark.timeout(120)
ROOT = Path(__file__).resolve().parents[2]
IMG = ROOT / "resources" / "help" / "img"
# The help's given points (EPSG:32631) and their expected decision codes: (LIS default, with the rescue).
POINTS = {"A": ((702970, 5098750), (1, 1)), "B": ((707070, 5098670), (10, 10)),
          "C": ((710390, 5094190), (20, 15)), "D": ((711510, 5090970), (2, 15))}
SNOWLINE = 1181
CLOUD_ONE_SIDE = 6  # agreement code: cloud on one side only
PICTURES = ("workshop_snowline.png", "workshop_points.png", "workshop_presets.png", "workshop_agreement.png")


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    base = tmp_path_factory.mktemp("workshop")
    scene = make_scene(base / "scene", size=600, seed=2021)  # the sample scene algorithm's defaults
    official = write_official_style_l2b(scene.product_dir, scene.dem_path, base / "scene")
    lis = detect_snow(scene.product_dir, base / "lis", dem=scene.dem_path)
    fog = detect_snow(scene.product_dir, base / "fog", dem=scene.dem_path, params=DetectionParameters(fog_rescue=True))
    composite = false_colour_vrt(scene.product_dir, base / "composite.vrt")
    return dict(scene=scene, official=official, lis=lis, fog=fog, composite=composite, base=base)


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return IMG if os.environ.get("THEIA_SNOW_HELP_SHOTS") else tmp_path_factory.mktemp("img")


def test_the_answers_hold(workshop):
    lis, fog = workshop["lis"], workshop["fog"]
    assert lis.metadata["snowline_elevation"] == fog.metadata["snowline_elevation"] == SNOWLINE
    points = [xy for xy, _ in POINTS.values()]
    for run, which in ((lis, 0), (fog, 1)):
        decisions = [explained.decision for explained in explain_points(run.outputs["METADATA"], points)]
        assert decisions == [codes[which] for _, codes in POINTS.values()]
    lis_vs = compare_products(lis.outputs["SNW"], workshop["official"], workshop["base"] / "cmp_lis")
    fog_vs = compare_products(fog.outputs["SNW"], workshop["official"], workshop["base"] / "cmp_fog")
    assert lis_vs.scores.overall_agreement == 1.0 and lis_vs.scores.kappa == 1.0
    assert fog_vs.scores.overall_agreement == 1.0
    with rasterio.open(fog_vs.outputs["AGREEMENT"]) as agreement:
        assert 16000 < (agreement.read(1) == CLOUD_ONE_SIDE).sum() < 17500  # the help says about 16 900


@pytest.mark.parametrize("locale", ["en", "fr"])
def test_the_help_gives_the_exercise_with_its_answers_and_pictures(locale):
    text = help_page(locale).read_text(encoding="utf-8")
    section = text[text.index('id="workshop"'):]
    for name, ((x, y), _) in POINTS.items():
        assert f"{x}" in section.replace("\u202f", "").replace(" ", "") and f"{y}" in section.replace(" ", ""), name
    assert re.search(r"1\s?181 m", section)
    for picture in PICTURES:
        assert f'src="img/{picture}"' in section
        assert (IMG / picture).is_file() and (IMG / picture).stat().st_size < 150_000


def render(layers, extent_layer, path, marks=None):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(extent_layer.crs())
    settings.setExtent(extent_layer.extent())
    settings.setOutputSize(QSize(320, 320))
    image = QImage(320, 320, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    QgsMapRendererCustomPainterJob(settings, painter).renderSynchronously()
    painter.setFont(QFont("DejaVu Sans", 14, QFont.Weight.Bold))
    for name, (x, y) in (marks or {}).items():
        pixel = settings.mapToPixel().transform(QgsPointXY(x, y))
        centre = QPointF(pixel.x(), pixel.y())
        painter.setPen(QPen(QColor(0, 0, 0), 3))
        painter.drawEllipse(centre, 6, 6)
        painter.setPen(QPen(QColor(255, 0, 255), 2))
        painter.drawEllipse(centre, 6, 6)
        painter.drawText(centre + QPointF(9, -6), name)
    painter.end()
    save_small(image, path)
    return image


def save_small(image, path):
    # 256 colours without dithering: a map compresses well, a dithered one does not.
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    assert image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path), "PNG", 9)


def side_by_side(left, right, path):
    image = QImage(left.width() * 2 + 10, left.height(), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.drawImage(0, 0, left)
    painter.drawImage(left.width() + 10, 0, right)
    painter.end()
    save_small(image, path)


def test_pictures_of_each_step(qgis_app, workshop, shots, tmp_path):
    composite = false_colour_layer(workshop["composite"])
    lis_snw = styled_layer(Path(workshop["lis"].outputs["SNW"]), "lis", opacity=0.6)
    fog_snw = styled_layer(Path(workshop["fog"].outputs["SNW"]), "fog", opacity=0.6)
    fog_decision = styled_layer(Path(workshop["fog"].outputs["DECISION"]), "decision", opacity=0.7)
    render([lis_snw, composite], composite, shots / PICTURES[0])
    render([fog_decision, composite], composite, shots / PICTURES[1],
           marks={name: xy for name, (xy, _) in POINTS.items()})
    side_by_side(render([lis_snw, composite], composite, tmp_path / "l.png"),
                 render([fog_snw, composite], composite, tmp_path / "f.png"), shots / PICTURES[2])
    comparison = compare_products(workshop["fog"].outputs["SNW"], workshop["official"], tmp_path / "cmp")
    agreement = styled_layer(Path(comparison.outputs["AGREEMENT"]), "agreement")
    render([agreement], composite, shots / PICTURES[3])
    for picture in PICTURES:
        image = QImage(str(shots / picture))
        assert image.width() >= 320 and (shots / picture).stat().st_size < 150_000
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) >= 3  # a map, not a blank picture
    if shots != IMG:
        shutil.rmtree(shots)
