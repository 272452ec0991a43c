"""`make package` makes a zip QGIS can install and plugins.qgis.org accepts:
one top folder snow_plugin/ holding metadata.txt, the code, resources,
compiled translations and the licence; complete metadata whose version is
the changelog's latest entry; no caches, tests, build scripts or hidden files.

The site's checks are those of qgis/QGIS-Django, qgis-app/plugins/validator.py
(required metadata, LICENSE, no .pyc/__pycache__/.git/__MACOSX, relative
paths, one top folder with a PEP 8 name, web addresses, size <= 25 MB)."""

import configparser
import re
import shutil
import zipfile

import pytest

from scripts.package import ROOT, build_plugin_folder, plugin_zip_problems, zip_plugin_folder

SITE_REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                 "repository", "tracker", "homepage", "changelog")


@pytest.fixture(scope="module")
def built(tmp_path_factory, compiled_translations):
    base = tmp_path_factory.mktemp("package")
    folder = build_plugin_folder(base / "build")
    return folder, zip_plugin_folder(folder, base / "dist" / "snow_plugin.zip")


@pytest.fixture(scope="module")
def names(built):
    with zipfile.ZipFile(built[1]) as plugin_zip:
        return plugin_zip.namelist()


@pytest.fixture(scope="module")
def general(built):
    # QGIS's plugin manager (qgis.utils) reads metadata.txt with a plain ConfigParser.
    metadata = configparser.ConfigParser()
    with zipfile.ZipFile(built[1]) as plugin_zip:
        metadata.read_string(plugin_zip.read("snow_plugin/metadata.txt").decode("utf-8"))
    return metadata["general"]


def test_plugin_zip_is_a_qgis_plugin_folder(built, names, general):
    assert {name.split("/")[0] for name in names} == {"snow_plugin"}
    for required in ("__init__.py", "metadata.txt", "i18n/snow_plugin_fr.qm", "resources/icon.svg",
                     "resources/geodes.json", "resources/help/index_fr.html", "core/pipeline.py", "LICENSE"):
        assert f"snow_plugin/{required}" in names, required
    assert general["hasProcessingProvider"] == "yes"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["category"] == "Raster"
    assert general["description[fr]"] and general["about[fr]"]
    assert (built[0] / general["icon"]).is_file()


def test_metadata_has_everything_the_site_shows(general):
    for key in SITE_REQUIRED:
        assert general.get(key, "").strip(), key
    for key in ("homepage", "tracker", "repository"):
        assert re.match(r"^https://[\w.-]+/\S+$", general[key]), key
    assert re.match(r"^[^@\s]+@[\w-]+(\.[\w-]+)+$", general["email"])
    assert "/" not in general["author"]
    assert general["experimental"] in ("True", "False") and general["deprecated"] == "False"


def test_version_is_the_changelogs_latest_entry(general):
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])
    entries = [line.strip() for line in general["changelog"].splitlines() if line.strip()]
    versions = [line.split()[0] for line in entries if re.match(r"\d+\.\d+\.\d+\b", line)]
    assert versions[0] == general["version"]
    assert len(versions) == len(set(versions)) >= 2  # the earlier release is still listed
    assert [tuple(map(int, v.split("."))) for v in versions] == sorted(
        (tuple(map(int, v.split("."))) for v in versions), reverse=True)
    assert len(entries) > len(versions)  # each version says what changed


def test_no_cache_test_build_or_hidden_file_inside(names):
    for name in names:
        parts = [part for part in name.split("/") if part]
        assert not {"__pycache__", "tests", "scripts", ".git", "__MACOSX"} & set(parts), name
        assert not any(part.startswith(".") for part in parts), name
        assert not re.search(r"\.(pyc|pyo|part|ts|sh)$", name), name
        assert not re.match(r"(test_.*\.py|conftest\.py|Makefile|setup\.py)$", parts[-1]), name
        assert ".." not in name and not name.startswith("/")


def test_licence_inside_and_size_reasonable(built):
    with zipfile.ZipFile(built[1]) as plugin_zip:
        licence = plugin_zip.read("snow_plugin/LICENSE")
        assert plugin_zip.testzip() is None
    assert licence == (ROOT / "LICENSE").read_bytes()
    assert b"GNU GENERAL PUBLIC LICENSE" in licence
    assert 50_000 < built[1].stat().st_size < 2_000_000  # the site allows 25 MB


def test_the_zip_passes_the_packaging_checks(built):
    assert plugin_zip_problems(built[1]) == []


def _broken(folder, tmp_path, change):
    copy = tmp_path / "build" / "snow_plugin"
    shutil.copytree(folder, copy)
    change(copy)
    return zip_plugin_folder(copy, tmp_path / "broken.zip")


def _set_metadata(copy, key, value):
    path = copy / "metadata.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(rf"^{key}=.*$", f"{key}={value}", text, count=1, flags=re.MULTILINE), encoding="utf-8")


BREAKAGES = {
    "pycache": lambda copy: (copy / "core" / "__pycache__").mkdir() or (copy / "core" / "__pycache__" / "a.pyc").write_bytes(b"x"),
    "hidden": lambda copy: (copy / ".DS_Store").write_bytes(b"x"),
    "test file": lambda copy: (copy / "core" / "test_pipeline.py").write_text("", encoding="utf-8"),
    "build script": lambda copy: (copy / "Makefile").write_text("all:\n", encoding="utf-8"),
    "no licence": lambda copy: (copy / "LICENSE").unlink(),
    "no tracker": lambda copy: _set_metadata(copy, "tracker", ""),
    "placeholder homepage": lambda copy: _set_metadata(copy, "homepage", "http://homepage"),
    "version not in changelog": lambda copy: _set_metadata(copy, "version", "9.9.9"),
    "no icon": lambda copy: (copy / "resources" / "icon.svg").unlink(),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_packaging_refuses_what_the_site_refuses(built, tmp_path, breakage):
    broken = _broken(built[0], tmp_path, BREAKAGES[breakage])
    assert len(plugin_zip_problems(broken)) >= 1
