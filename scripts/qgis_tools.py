"""Run QGIS's command-line tools on the packaged plugin, the same way for
the demo, the README and the tests.

Findings on QGIS 3.22 (Debian 12), valid for 3.40 too:
- Debian 12's /usr/bin/qgis_process wrapper passes --noversioncheck, which
  the 3.22 binary rejects: call qgis_process.bin when it exists.
- QGIS_PLUGINPATH makes the plugin visible, not loaded: ``qgis_process
  plugins enable snow_plugin`` writes ``[PythonPlugins] snow_plugin=true``
  into the profile's QGIS3.ini; every later call loads it.
- A Python first on PATH other than Debian's (pyenv here) makes QGIS load
  the wrong standard library ("Couldn't load SIP module"): it is dropped.
- XDG_* point at a private folder, so the user's own QGIS profile is never
  touched.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path


def qgis_process_binary():
    for candidate in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process") or ""):
        if candidate and Path(candidate).exists():
            return candidate
    raise FileNotFoundError("qgis_process not found: run 'make demo' or 'make test', which install QGIS")


def qgis_environment(plugin_parent, profile_home):
    profile_home = Path(profile_home)
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and "pyenv" not in p)
    # A parent's Python or QGIS settings (pytest-qgis sets QGIS_CUSTOM_CONFIG_PATH)
    # must not leak into the child QGIS.
    for variable in ("PYTHONHOME", "PYTHONPATH", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):
        env.pop(variable, None)
    env["QGIS_PLUGINPATH"] = str(plugin_parent)
    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        env[variable] = str(profile_home / folder)
    runtime = profile_home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)  # Qt refuses a runtime directory others can read
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


class QgisProcess:
    """``qgis_process`` with the packaged plugin enabled in a private profile."""

    def __init__(self, plugin_parent, profile_home, timeout=900):
        self.binary = qgis_process_binary()
        self.profile_home = Path(profile_home)
        self.env = qgis_environment(plugin_parent, profile_home)
        self.timeout = timeout
        enabling = self.run("plugins", "enable", "snow_plugin")
        if enabling.returncode != 0 and "already enabled" not in enabling.stdout + enabling.stderr:
            raise RuntimeError(f"qgis_process could not enable the plugin:\n{enabling.stdout}\n{enabling.stderr}")

    @property
    def settings_file(self):
        return self.profile_home / "data" / "QGIS" / "QGIS3" / "profiles" / "default" / "QGIS" / "QGIS3.ini"

    def run(self, *arguments):
        return subprocess.run(
            [self.binary, *arguments], env=self.env, capture_output=True, text=True, timeout=self.timeout
        )

    def run_algorithm(self, algorithm_id, parameters):
        """``qgis_process --json run <id> --KEY=VALUE ...``; returns the results dict."""
        completed = self.run("--json", "run", algorithm_id, *(f"--{key}={value}" for key, value in parameters.items()))
        if completed.returncode != 0:
            raise RuntimeError(f"qgis_process failed ({completed.returncode}):\n{completed.stdout[-2000:]}\n{completed.stderr[-2000:]}")
        return json.loads(completed.stdout[completed.stdout.find("{"):])["results"]
