"""The ``theiasnow:detectsnow`` algorithm through Processing, as a user or a
model calls it: outputs, numbers, parameters reaching the engine, errors in
one clear sentence, cancel, and the styled layers landing in a group."""

import json
from dataclasses import fields

import numpy as np
import pytest
import rasterio
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsVectorLayer,
)

from snow_plugin.core.definitions import DECISION_CODES
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.synthetic import make_scene
from snow_plugin.processing_provider.result_layers import group_name, layer_names, load_result_layers

ALGORITHM = "theiasnow:detectsnow"
REAL_PRODUCT = "T30TYP/SENTINEL2B_20181023-105107-455_L2A_T30TYP_D_V1-9"


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=300, seed=1)


def run(parameters, feedback=None):
    import processing

    return processing.run(ALGORITHM, parameters, feedback=feedback)


def summary(results):
    with open(results["METADATA"], encoding="utf-8") as handle:
        return json.load(handle)


@pytest.mark.real_data
def test_real_extract_without_dem(snow_provider, real_data_dir, tmp_path):
    results = run({"INPUT": str(real_data_dir / REAL_PRODUCT), "OUTPUT_FOLDER": str(tmp_path)})
    for key in ("SNW", "FSC_TOC", "NDSI", "QCFLAGS", "DECISION", "METADATA"):
        assert (tmp_path / results[key]).is_file(), key
    assert results["FSC_OG"] is None
    metadata = summary(results)
    assert results["ZS"] is None and metadata["snowline_elevation"] is None
    assert results["SNOW_PERCENT"] == metadata["snow_percent"]
    assert results["CLOUD_PERCENT"] == metadata["cloud_percent"]


def test_synthetic_scene_with_dem_and_ancillary_layers(snow_provider, scene, tmp_path):
    with rasterio.open(scene.truth_path) as truth:
        profile = dict(truth.profile, dtype="uint8", nodata=None)
        tree_cover = tmp_path / "tcd.tif"
        with rasterio.open(tree_cover, "w", **profile) as target:
            target.write(np.full((1, truth.height, truth.width), 50, np.uint8))
        left, bottom, right, top = truth.bounds
        crs = truth.crs.to_string()
    water = QgsVectorLayer(f"Polygon?crs={crs}", "lake", "memory")
    lake = QgsFeature()
    lake.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({left} {top}, {left + 600} {top}, {left + 600} {top - 600}, {left} {top - 600}, {left} {top}))"))
    water.dataProvider().addFeatures([lake])

    results = run(
        {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "TCD": str(tree_cover),
         "WATER_MASK": water, "OUTPUT_FOLDER": str(tmp_path / "out")}
    )
    metadata = summary(results)
    assert results["ZS"] == metadata["snowline_elevation"] is not None
    assert results["SNOW_PERCENT"] == metadata["snow_percent"] > 0
    assert results["CLOUD_PERCENT"] == metadata["cloud_percent"] > 0
    assert metadata["inputs"]["dem"] == str(scene.dem_path)
    with rasterio.open(results["FSC_OG"]) as fsc_og, rasterio.open(results["FSC_TOC"]) as fsc_toc:
        on_ground, top_of_canopy = fsc_og.read(1), fsc_toc.read(1)
    snow = top_of_canopy <= 100
    assert (on_ground[snow] >= top_of_canopy[snow]).all() and (on_ground[snow] > top_of_canopy[snow]).any()
    with rasterio.open(results["QCFLAGS"]) as qc:
        assert (qc.read(1)[:30, :30] & 4).all()  # the 600 m lake is flagged water


def test_advanced_parameters_reach_the_engine(snow_provider, scene, tmp_path):
    common = {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path)}
    default = summary(run({**common, "OUTPUT_FOLDER": str(tmp_path / "default")}))
    assert default["pass1_snow_fraction"] > 0
    strict = summary(run({**common, "RED_PASS1": 1500, "DZ": 50, "OUTPUT_FOLDER": str(tmp_path / "strict")}))
    assert strict["pass1_snow_fraction"] == 0
    assert strict["parameters"]["red_pass1"] == 1500 and strict["parameters"]["dz"] == 50
    assert strict["snow_percent"] < default["snow_percent"]


def test_fog_rescue_adds_clouds(snow_provider, scene, tmp_path):
    common = {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path)}
    plain = run({**common, "OUTPUT_FOLDER": str(tmp_path / "plain")})
    rescued = run({**common, "FOG_RESCUE": True, "OUTPUT_FOLDER": str(tmp_path / "rescued")})
    assert summary(rescued)["parameters"]["fog_rescue"] is True
    assert rescued["CLOUD_PERCENT"] > plain["CLOUD_PERCENT"]


def test_decision_raster_is_an_output(snow_provider, scene, tmp_path):
    results = run({"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "FOG_RESCUE": True, "OUTPUT_FOLDER": str(tmp_path)})
    assert results["DECISION"].endswith("_DECISION.tif")
    with rasterio.open(results["DECISION"]) as decision, rasterio.open(results["SNW"]) as snw:
        codes, classes = decision.read(1), snw.read(1)
    counts = summary(results)["decisions"]
    assert {str(code): int((codes == code).sum()) for code in np.unique(codes)} == {k: v for k, v in counts.items() if v}
    assert (classes[(codes == 14) | (codes == 15)] == 205).all()  # the rescue's pixels are cloud
    assert ((codes == 1) | (codes == 2)).sum() == (classes == 100).sum()


def test_rescue_parameters_reach_the_engine(snow_provider, scene, tmp_path):
    common = {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "FOG_RESCUE": True}
    default = summary(run({**common, "OUTPUT_FOLDER": str(tmp_path / "default")}))
    assert default["valley_fog"] and default["rescue"]["spectral_km2"] > 0
    # No bank is that large, and no pixel is that bright at 2.2 µm.
    strict = summary(run({**common, "FOG_MIN_AREA": 1000, "FOG_SWIR2_MIN": 1500, "CLOUD_SWIR_MIN": 1500,
                          "FOG_NDSI_MIN": 0.2, "FOG_TOP_SPREAD": 10, "OUTPUT_FOLDER": str(tmp_path / "strict")}))
    assert strict["valley_fog"] == [] and strict["rescue"]["valley_fog_km2"] == 0
    assert strict["rescue"]["spectral_km2"] == 0
    assert {key: strict["parameters"][key] for key in ("fog_min_area", "fog_swir2_min", "cloud_swir_min", "fog_ndsi_min", "fog_top_spread")} == {
        "fog_min_area": 1000, "fog_swir2_min": 1500, "cloud_swir_min": 1500, "fog_ndsi_min": 0.2, "fog_top_spread": 10}


def test_existing_outputs_need_overwrite(snow_provider, scene, tmp_path):
    parameters = {"INPUT": str(scene.product_dir), "OUTPUT_FOLDER": str(tmp_path)}
    run(parameters)
    with pytest.raises(QgsProcessingException, match="already exist.*allow overwriting"):
        run(parameters)
    assert run({**parameters, "OVERWRITE": True})["SNW"]


@pytest.mark.parametrize("kind", ["missing", "text file", "empty folder"])
def test_invalid_input_is_one_clear_sentence(snow_provider, tmp_path, kind):
    product = tmp_path / "product"
    if kind == "text file":
        product.write_text("not a product")
    elif kind == "empty folder":
        product.mkdir()
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": str(product), "OUTPUT_FOLDER": str(tmp_path / "out")})
    message = str(error.value)
    assert product.name in message and "Traceback" not in message
    assert not list((tmp_path / "out").glob("*.tif"))


def test_cancel_leaves_no_output(snow_provider, scene, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run({"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "OUTPUT_FOLDER": str(tmp_path)}, feedback)
    assert [path.name for path in tmp_path.iterdir()] == []


def test_every_detection_parameter_is_an_algorithm_parameter(snow_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    defaults = DetectionParameters()
    for field in fields(DetectionParameters):
        definition = algorithm.parameterDefinition(field.name.upper())
        assert definition is not None, field.name
        assert definition.defaultValue() == getattr(defaults, field.name)
        advanced = bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        # The fog rescue is a user choice, shown in the main group.
        assert advanced == (field.name != "fog_rescue"), field.name
    for name in ("INPUT", "DEM", "WATER_MASK", "TCD", "OVERWRITE", "OUTPUT_FOLDER"):
        assert algorithm.parameterDefinition(name) is not None
    outputs = {output.name() for output in algorithm.outputDefinitions()}
    assert {"SNW", "FSC_TOC", "FSC_OG", "NDSI", "QCFLAGS", "DECISION", "METADATA", "ZS", "SNOW_PERCENT", "CLOUD_PERCENT"} <= outputs
    help_text = algorithm.shortHelpString()
    assert "decision raster" in help_text and "valley-fog banks" in help_text and "B12" in help_text


def _parameters(algorithm_id):
    """(name, type, description, default, flags) of each parameter of an algorithm, in the dialog's order."""
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return [(definition.name(), definition.type(), definition.description(), definition.defaultValue(), int(definition.flags()))
            for definition in algorithm.parameterDefinitions()]


def test_the_batch_and_the_comparison_share_the_parameters_of_the_single_run(snow_provider):
    single, batch = _parameters(ALGORITHM), _parameters("theiasnow:detectsnowbatch")
    detection = [name.upper() for name in ("dem", "dem_source", "water_mask", "tcd", "fog_rescue", "overwrite")]
    detection += [field.name.upper() for field in fields(DetectionParameters) if field.name != "fog_rescue"]
    # The public names, in the order of the dialogs: scripts and models call the algorithms by them.
    assert [name for name, *_ in single] == ["INPUT", *detection, "OUTPUT_FOLDER"]
    assert [name for name, *_ in batch] == ["INPUTS", *detection, "WORKERS", "SCHEDULER", "OUTPUT_FOLDER"]
    shared = {name for name, *_ in single} & {name for name, *_ in batch}
    assert [p for p in single if p[0] in shared] == [p for p in batch if p[0] in shared]
    compare = _parameters("theiasnow:compare")
    assert [name for name, *_ in compare] == ["LOCAL", "OFFICIAL", "OUTPUT_FOLDER", "OVERWRITE"]
    assert [p for p in compare if p[0] in shared] == [p for p in single if p[0] in ("OUTPUT_FOLDER", "OVERWRITE")][::-1]


def _check_group(project, identifier, expected_keys):
    group = project.layerTreeRoot().findGroup(group_name(identifier))
    assert group is not None
    names = layer_names()
    assert [node.layer().name() for node in group.findLayers()] == [names[key] for key in expected_keys]
    classification, decision, fsc_toc = group.findLayers()[:3]
    assert classification.isVisible()
    renderer = classification.layer().renderer()
    assert renderer.type() == "paletted"
    assert {item.label for item in renderer.classes()} >= {"Snow", "No snow", "Cloud"}
    # The decision raster: just below the classification, hidden until asked for.
    assert not decision.isVisible() and [node.isVisible() for node in group.findLayers()] == [True] + [False] * (len(expected_keys) - 1)
    assert decision.layer().renderer().type() == "paletted"
    assert {item.value: item.label for item in decision.layer().renderer().classes()} == {
        code: english for code, (english, _, _) in DECISION_CODES.items()}
    assert fsc_toc.layer().renderer().type() == "singlebandpseudocolor"
    return group


def test_run_and_load_results_styles_and_groups(snow_provider, scene, tmp_path, qgis_new_project):
    import processing

    parameters = {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "OUTPUT_FOLDER": str(tmp_path)}
    processing.runAndLoadResults(ALGORITHM, parameters)
    _check_group(qgis_new_project, scene.identifier, ["SNW", "DECISION", "FSC_TOC", "NDSI", "QCFLAGS"])
    # A second run with overwrite replaces the layers instead of piling them up.
    processing.runAndLoadResults(ALGORITHM, {**parameters, "OVERWRITE": True})
    _check_group(qgis_new_project, scene.identifier, ["SNW", "DECISION", "FSC_TOC", "NDSI", "QCFLAGS"])
    assert len(qgis_new_project.mapLayers()) == 5


def test_load_result_layers_directly(snow_provider, scene, tmp_path, qgis_new_project):
    results = run({"INPUT": str(scene.product_dir), "OUTPUT_FOLDER": str(tmp_path)})
    layers = load_result_layers(qgis_new_project, results, scene.identifier)
    assert len(layers) == 5
    _check_group(qgis_new_project, scene.identifier, ["SNW", "DECISION", "FSC_TOC", "NDSI", "QCFLAGS"])


def test_zipped_product(snow_provider, tmp_path):
    zipped = make_scene(tmp_path / "scene", size=150, seed=2, zipped=True)
    assert zipped.product_dir.suffix == ".zip"
    results = run({"INPUT": str(zipped.product_dir), "OUTPUT_FOLDER": str(tmp_path / "out")})
    assert summary(results)["product"] == zipped.identifier
