"""Theia Snow products load styled, 254 (old products' no data) transparent."""

import numpy as np
import processing
import pytest
from qgis.core import QgsProcessingException, QgsProject

from tests.unit.test_snow_product import FSC_NAMES, l2b_product, write_raster


def _loaded_layers():
    return {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}


def test_l2b_product_loads_with_the_official_palette(snow_provider, tmp_path, qgis_new_project):
    result = processing.runAndLoadResults("theiasnow:loadsnowproduct", {"INPUT": str(l2b_product(tmp_path))})
    assert result["COUNT"] == 1
    layer = _loaded_layers()["Snow classification"]
    renderer = layer.renderer()
    assert renderer.type() == "paletted"
    colours = {entry.value: entry.color for entry in renderer.classes()}
    assert colours[100].name() == "#00ffff" and colours[0].name() == "#777777"
    assert colours[254].alpha() == 0  # no data of LIS <= 1.6 products: transparent
    group = QgsProject.instance().layerTreeRoot().findLayer(layer.id()).parent()
    assert "SENTINEL2A_20160912-103551-370_L2B-SNOW_T32TLS_D_V1-0" in group.name()


def test_fsc_product_loads_its_three_rasters(snow_provider, tmp_path, qgis_new_project):
    for name in FSC_NAMES:
        write_raster(tmp_path / "fsc" / name, np.array([[0, 55], [205, 255]], np.uint8))
    result = processing.runAndLoadResults("theiasnow:loadsnowproduct", {"INPUT": str(tmp_path / "fsc")})
    assert result["COUNT"] == 3
    layers = _loaded_layers()
    assert layers["Fractional snow cover (on ground)"].renderer().type() == "singlebandpseudocolor"
    assert layers["Quality flags"].renderer().type() == "paletted"


def test_not_a_snow_product_fails_clearly(snow_provider, tmp_path):
    (tmp_path / "nothing").mkdir()
    with pytest.raises(QgsProcessingException, match="No Theia Snow raster"):
        processing.run("theiasnow:loadsnowproduct", {"INPUT": str(tmp_path / "nothing")})


def test_l3b_synthesis_loads_its_five_rasters_styled(snow_provider, tmp_path, qgis_new_project):
    from tests.unit.test_l3b import SYNTHESES

    for name in SYNTHESES.values():
        write_raster(tmp_path / "l3b" / name, np.array([[0, 40], [120, 200]], np.uint8))
    result = processing.runAndLoadResults("theiasnow:loadsnowproduct", {"INPUT": str(tmp_path / "l3b")})
    assert result["COUNT"] == 5
    layers = _loaded_layers()
    melt_out = layers["Snow melt-out date (longest snow period)"]
    shader = melt_out.renderer().shader().rasterShaderFunction()
    assert "2021-02-28" in [item.label for item in shader.colorRampItemList()]
    root = QgsProject.instance().layerTreeRoot()
    visible = [name for name, layer in layers.items() if root.findLayer(layer.id()).itemVisibilityChecked()]
    assert visible == ["Snow cover duration (days)"]
    assert layers["Number of snow periods"].renderer().type() == "singlebandpseudocolor"
