"""Run QGIS's command-line tools on the packaged plugin, the same way for
the demo, the README and the tests.

- Debian 12's /usr/bin/qgis_process wrapper passes --noversioncheck, which
  QGIS 3.22 rejects: call qgis_process.bin when it exists.
- A Python first on PATH other than Debian's (pyenv here) makes QGIS load
  the wrong standard library ("Couldn't load SIP module"): drop it.
- QGIS_PLUGINPATH points QGIS at the build folder, and XDG_DATA_HOME at a
  private profile, so the user's own QGIS profile is never touched.
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
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and "pyenv" not in p)
    env.pop("PYTHONHOME", None)
    env.pop("PYTHONPATH", None)
    env["QGIS_PLUGINPATH"] = str(plugin_parent)
    env["XDG_DATA_HOME"] = str(profile_home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = Path(profile_home) / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)  # Qt refuses a runtime directory others can read
    env.setdefault("XDG_RUNTIME_DIR", str(runtime))
    return env


def run_qgis_process(arguments, plugin_parent, profile_home, timeout=900):
    """Enable the plugin in the private profile, then run ``arguments``."""
    env = qgis_environment(plugin_parent, profile_home)
    binary = qgis_process_binary()
    enabling = subprocess.run(
        [binary, "plugins", "enable", "snow_plugin"], env=env, capture_output=True, text=True, timeout=300
    )
    if enabling.returncode != 0 and "already enabled" not in enabling.stdout + enabling.stderr:
        raise RuntimeError(f"qgis_process could not enable the plugin:\n{enabling.stdout}\n{enabling.stderr}")
    return subprocess.run([binary, *arguments], env=env, capture_output=True, text=True, timeout=timeout)


def run_algorithm(algorithm_id, parameters, plugin_parent, profile_home, timeout=900):
    """``qgis_process --json run <id> -- KEY=VALUE ...``; returns the results dict."""
    arguments = ["--json", "run", algorithm_id, "--"] + [f"{key}={value}" for key, value in parameters.items()]
    completed = run_qgis_process(arguments, plugin_parent, profile_home, timeout)
    if completed.returncode != 0:
        raise RuntimeError(f"qgis_process failed ({completed.returncode}):\n{completed.stdout[-2000:]}\n{completed.stderr[-2000:]}")
    start = completed.stdout.find("{")
    return json.loads(completed.stdout[start:])["results"]
