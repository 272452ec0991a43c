"""A second run on the same product: into another folder it gets a group of
its own (no duplicate layer names in one group); into the same folder the
refusal comes before the run, where the algorithm dialog shows it."""

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProject

from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene
from snow_plugin.processing_provider.result_layers import group_name, load_result_layers


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return make_scene(tmp_path_factory.mktemp("scene"), size=100, seed=4)


def test_runs_into_two_folders_land_in_two_groups(qgis_new_project, scene, tmp_path):
    project = QgsProject.instance()
    first = detect_snow(scene.product_dir, tmp_path / "first", dem=scene.dem_path)
    second = detect_snow(scene.product_dir, tmp_path / "second", dem=scene.dem_path)
    load_result_layers(project, first.outputs, scene.identifier)
    load_result_layers(project, second.outputs, scene.identifier)
    load_result_layers(project, second.outputs, scene.identifier)  # loaded again: same group, not a third
    root = project.layerTreeRoot()
    groups = [child for child in root.children() if child.name().startswith(group_name(scene.identifier))]
    assert len(groups) == 2
    for group in groups:
        names = [node.name() for node in group.findLayers()]
        assert len(names) == len(set(names))
        assert len({node.layer().source().rsplit("/", 1)[0] for node in group.findLayers()}) == 1


def test_outputs_already_there_are_refused_before_the_run(snow_provider, scene, tmp_path):
    algorithm = QgsApplication.processingRegistry().algorithmById("theiasnow:detectsnow").create()
    context = QgsProcessingContext()
    parameters = {"INPUT": str(scene.product_dir), "DEM": str(scene.dem_path), "OUTPUT_FOLDER": str(tmp_path)}
    assert algorithm.checkParameterValues(parameters, context)[0]
    detect_snow(scene.product_dir, tmp_path, dem=scene.dem_path)
    ok, message = algorithm.checkParameterValues(parameters, context)
    assert not ok and str(tmp_path) in message
    assert algorithm.checkParameterValues(dict(parameters, OVERWRITE=True), context)[0]
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run("theiasnow:detectsnow", parameters)
