"""Assemble the QGIS plugin folder and zip (used by ``make package`` and tests).

QGIS loads a plugin from a folder holding ``__init__.py`` and
``metadata.txt``; the source tree keeps metadata, resources and i18n at the
top level, so they are copied inside ``snow_plugin/`` here. Compiled ``.qm``
files must exist before packaging (the Makefile builds them first).

The zip is then held to what plugins.qgis.org's upload validator checks
(qgis/QGIS-Django, qgis-app/plugins/validator.py) and to the site's review
habits (no tests, build scripts, hidden files or translation sources inside,
a version that is the changelog's latest): ``make package`` fails otherwise.
"""

import argparse
import configparser
import re
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", "*.part", ".*", "tests", "test_*.py",
                                 "conftest.py", "*.sh", "Makefile")
TOP_LEVEL_FILES = ("metadata.txt", "LICENSE", "README.md", "README.fr.md")

# plugins.qgis.org: PLUGIN_REQUIRED_METADATA, plus what its plugin page shows.
REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                     "repository", "tracker", "homepage", "changelog")
URL_METADATA = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
MAX_ZIP_BYTES = 25_000_000  # the site's PLUGIN_MAX_UPLOAD_SIZE
REASONABLE_ZIP_BYTES = 2_000_000  # ours: code, help and translations only
FORBIDDEN_DIRECTORIES = {"__MACOSX", ".git", "__pycache__", "tests", "test", "scripts", ".github"}
FORBIDDEN_FILES = re.compile(r"(\.pyc|\.pyo|\.part|\.ts|\.sh|\.orig|\.rej|~)$|^(Makefile|conftest\.py|test_.*\.py|setup\.py)$")
VERSION = re.compile(r"^\d+\.\d+\.\d+$")
CHANGELOG_VERSION = re.compile(r"^\s*v?(\d+\.\d+\.\d+)\b", re.MULTILINE)


def build_plugin_folder(build_dir):
    target = Path(build_dir) / "snow_plugin"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "snow_plugin", target, ignore=IGNORED)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=IGNORED)
    (target / "i18n").mkdir()
    qm_files = sorted((ROOT / "i18n").glob("*.qm"))
    if not qm_files:
        sys.exit("No compiled translation (i18n/*.qm): run 'make translations-compile' first.")
    for translation in qm_files:
        shutil.copy2(translation, target / "i18n")
    for name in TOP_LEVEL_FILES:
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    return target


def zip_plugin_folder(folder, zip_path):
    zip_path = Path(zip_path)
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    partial = zip_path.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, path.relative_to(folder.parent))
    partial.replace(zip_path)
    return zip_path


def latest_changelog_version(changelog):
    """The first version number starting a line of the changelog (newest first)."""
    match = CHANGELOG_VERSION.search(changelog)
    return match.group(1) if match else None


def plugin_zip_problems(zip_path):
    """What plugins.qgis.org (or its reviewers) would refuse in the zip at ``zip_path``, one sentence each."""
    zip_path = Path(zip_path)
    problems = []
    size = zip_path.stat().st_size
    if size > min(MAX_ZIP_BYTES, REASONABLE_ZIP_BYTES):
        problems.append(f"The zip weighs {size} bytes, more than {REASONABLE_ZIP_BYTES}.")
    try:
        archive = zipfile.ZipFile(zip_path)
    except zipfile.BadZipFile:
        return problems + ["The file is not a zip."]
    with archive:
        names = archive.namelist()
        if archive.testzip() is not None:
            problems.append("A member of the zip is corrupt.")
        for name in names:
            parts = [part for part in name.split("/") if part]
            if ".." in name or name.startswith("/"):
                problems.append(f"{name}: paths in the zip must be relative, without '..'.")
            if FORBIDDEN_DIRECTORIES & set(parts[:-1] if not name.endswith("/") else parts):
                problems.append(f"{name}: a directory that has no place in a plugin zip.")
            if any(part.startswith(".") for part in parts):
                problems.append(f"{name}: hidden files have no place in a plugin zip.")
            if not name.endswith("/") and FORBIDDEN_FILES.search(parts[-1]):
                problems.append(f"{name}: compiled, test, build or source file that has no place in a plugin zip.")
        tops = {name.split("/")[0] for name in names}
        if len(tops) != 1 or not names or "/" not in names[0]:
            return problems + [f"The zip must hold one top folder, not {sorted(tops)}."]
        package = tops.pop()
        if not re.match(r"^[a-z_][a-z0-9_]*$", package):
            problems.append(f"The top folder {package} is not a PEP 8 package name.")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{package}/{required}" not in names:
                problems.append(f"The zip has no {package}/{required}.")
        if f"{package}/metadata.txt" not in names:
            return problems
        parser = configparser.ConfigParser()
        parser.optionxform = str
        try:
            parser.read_string(archive.read(f"{package}/metadata.txt").decode("utf-8"))
            general = dict(parser.items("general"))
        except (configparser.Error, UnicodeDecodeError) as error:
            return problems + [f"metadata.txt cannot be read as the site reads it: {error}"]
        problems += _metadata_problems(general, names, package)
    return problems


def _metadata_problems(general, names, package):
    problems = [f"metadata.txt has no {key}." for key in REQUIRED_METADATA if not general.get(key, "").strip()]
    for key, placeholder in URL_METADATA.items():
        url = general.get(key, "").strip()
        if url == placeholder or not re.match(r"^https?://[^/\s]+", url):
            problems.append(f"metadata.txt: {key} is not a web address.")
    if "/" in general.get("author", ""):
        problems.append("metadata.txt: the author's name cannot contain a slash.")
    version = general.get("version", "").strip()
    if not VERSION.match(version):
        problems.append(f"metadata.txt: version {version!r} is not major.minor.patch.")
    latest = latest_changelog_version(general.get("changelog", ""))
    if latest != version:
        problems.append(f"metadata.txt: version {version} is not the changelog's latest entry ({latest}).")
    icon = general.get("icon", "").strip().removeprefix("./")
    if not icon or f"{package}/{icon}" not in names:
        problems.append(f"metadata.txt: the icon {icon!r} is not in the zip.")
    for flag in ("experimental", "deprecated", "server"):
        if general.get(flag, "False").strip().lower() not in ("true", "false", "1", "0"):
            problems.append(f"metadata.txt: {flag} is not a boolean.")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", default=ROOT / "build")
    parser.add_argument("--zip", default=ROOT / "dist" / "snow_plugin.zip")
    args = parser.parse_args()
    folder = build_plugin_folder(args.build_dir)
    print(f"Plugin folder: {folder}")
    archive = zip_plugin_folder(folder, args.zip)
    problems = plugin_zip_problems(archive)
    if problems:
        sys.exit("The plugin zip would not pass plugins.qgis.org's checks:\n  " + "\n  ".join(problems))
    print(f"Plugin zip:    {archive} ({archive.stat().st_size // 1024} KiB, passes plugins.qgis.org's checks)")


if __name__ == "__main__":
    main()
