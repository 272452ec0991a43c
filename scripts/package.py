"""Assemble the QGIS plugin folder and zip (used by ``make package`` and tests).

QGIS loads a plugin from a folder holding ``__init__.py`` and
``metadata.txt``; the source tree keeps metadata, resources and i18n at the
top level, so they are copied inside ``snow_plugin/`` here. Compiled ``.qm``
files must exist before packaging (the Makefile builds them first).
"""

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.part")


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
    for translation in qm_files + sorted((ROOT / "i18n").glob("*.ts")):
        shutil.copy2(translation, target / "i18n")
    for name in ("metadata.txt", "LICENSE", "README.md"):
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


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", default=ROOT / "build")
    parser.add_argument("--zip", default=ROOT / "dist" / "snow_plugin.zip")
    args = parser.parse_args()
    folder = build_plugin_folder(args.build_dir)
    print(f"Plugin folder: {folder}")
    print(f"Plugin zip:    {zip_plugin_folder(folder, args.zip)}")


if __name__ == "__main__":
    main()
