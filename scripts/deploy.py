"""make deploy: copy the packaged plugin into the user's QGIS profile.

The profile folder follows QGIS's rules: ``$XDG_DATA_HOME/QGIS/QGIS3/
profiles/<profile>/python/plugins`` on Linux (``~/.local/share`` by
default). An earlier copy is replaced; enable the plugin once in
Plugins › Manage and Install Plugins (or ``qgis_process plugins enable
snow_plugin``).
"""

import argparse
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def plugins_folder(profile):
    data_home = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return data_home / "QGIS" / "QGIS3" / "profiles" / profile / "python" / "plugins"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", default="default")
    args = parser.parse_args()
    source = ROOT / "build" / "snow_plugin"
    if not (source / "metadata.txt").exists():
        raise SystemExit("No packaged plugin in build/: run 'make package' first.")
    target = plugins_folder(args.profile) / "snow_plugin"
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name("snow_plugin.deploying")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    print(f"Installed into {target}")
    print("Enable it in QGIS: Plugins > Manage and Install Plugins > Installed > Theia Snow.")


if __name__ == "__main__":
    main()
