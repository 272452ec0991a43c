"""`make package` makes a zip QGIS can install: one top folder snow_plugin/
holding metadata.txt, the code, resources and compiled translations."""

import configparser
import zipfile

from scripts.package import build_plugin_folder, zip_plugin_folder


def test_plugin_zip_is_a_qgis_plugin_folder(tmp_path, compiled_translations):
    folder = build_plugin_folder(tmp_path / "build")
    archive = zip_plugin_folder(folder, tmp_path / "dist" / "snow_plugin.zip")
    with zipfile.ZipFile(archive) as plugin_zip:
        names = plugin_zip.namelist()
        metadata = configparser.ConfigParser()
        metadata.read_string(plugin_zip.read("snow_plugin/metadata.txt").decode("utf-8"))
    assert {name.split("/")[0] for name in names} == {"snow_plugin"}
    for required in ("__init__.py", "metadata.txt", "i18n/snow_plugin_fr.qm", "resources/icon.svg",
                     "resources/geodes.json", "resources/help/index_fr.html", "core/pipeline.py", "LICENSE"):
        assert f"snow_plugin/{required}" in names, required
    assert not [name for name in names if "__pycache__" in name or name.endswith(".part")]
    general = metadata["general"]
    assert general["hasProcessingProvider"] == "yes"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["category"] == "Raster"
    assert general["description[fr]"] and general["about[fr]"]
    assert (tmp_path / "build" / "snow_plugin" / general["icon"]).is_file()
