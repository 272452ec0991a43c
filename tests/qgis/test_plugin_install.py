"""The packaged zip installed into a fresh QGIS profile: the real QGIS
application (under a virtual X display) finds it in the profile's
python/plugins folder, loads, starts and unloads it twice with its own
plugin machinery (qgis.utils), without a Python error."""

import json
import os
import shutil
import signal
import subprocess
import zipfile
from pathlib import Path

import pytest

from scripts.package import build_plugin_folder, zip_plugin_folder

QGIS = shutil.which("qgis", path="/usr/bin")
XVFB_RUN = shutil.which("xvfb-run", path="/usr/bin")
pytestmark = [
    pytest.mark.skipif(not (QGIS and XVFB_RUN), reason="needs the qgis application and xvfb-run"),
    pytest.mark.timeout(150),
    pytest.mark.slow,
]

# Run by QGIS itself (--code) once its main window is up.
IN_QGIS = r'''
import json, sys, traceback
import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QTimer

report = {"errors": [], "rounds": []}
def keep_errors(message, tag, level):
    if level == Qgis.MessageLevel.Critical:
        report["errors"].append(f"{tag}: {message}")
QgsApplication.messageLog().messageReceived.connect(keep_errors)
def keep_exception(kind, value, trace, message=None, *args, **kwargs):  # instead of QGIS's error window
    report["errors"].append(f"{message}: {''.join(traceback.format_exception(kind, value, trace))}")
qgis.utils.showException = keep_exception
try:
    registry = QgsApplication.processingRegistry()
    report["settings_dir"] = QgsApplication.qgisSettingsDirPath()
    report["found"] = "snow_plugin" in qgis.utils.available_plugins
    for _ in range(2):
        step = {"loaded": qgis.utils.loadPlugin("snow_plugin"), "started": qgis.utils.startPlugin("snow_plugin")}
        step["module"] = getattr(sys.modules.get("snow_plugin"), "__file__", None)
        step["provider"] = registry.providerById("theiasnow") is not None
        step["menu_actions"] = len(getattr(qgis.utils.plugins.get("snow_plugin"), "actions", []))
        step["unloaded"] = qgis.utils.unloadPlugin("snow_plugin")
        step["provider_after"] = registry.providerById("theiasnow") is not None
        step["still_active"] = "snow_plugin" in qgis.utils.active_plugins
        step["modules_left"] = sorted(name for name in ("snow_plugin", "snow_plugin.plugin") if name in sys.modules)
        report["rounds"].append(step)
except Exception:
    report["errors"].append(traceback.format_exc())
finally:
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    QTimer.singleShot(0, qgis.utils.iface.actionExit().trigger)
'''


def test_zip_installs_into_a_fresh_profile_and_loads_twice(tmp_path, compiled_translations):
    archive = zip_plugin_folder(build_plugin_folder(tmp_path / "build"), tmp_path / "snow_plugin.zip")
    profiles = tmp_path / "profiles"
    plugins = profiles / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as plugin_zip:
        plugin_zip.extractall(plugins)  # what "Install from ZIP" does
    report_path = tmp_path / "report.json"
    script = tmp_path / "load_unload.py"
    script.write_text(f"REPORT = {str(report_path)!r}\n" + IN_QGIS, encoding="utf-8")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    # QGIS's Python is Debian's: nothing from pyenv or this checkout on the paths.
    env = {"HOME": str(tmp_path), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": os.environ.get("LANG", "C.UTF-8"),
           "XDG_RUNTIME_DIR": str(runtime)}
    completed = _run_in_own_session(
        [XVFB_RUN, "-a", "-s", "-screen 0 1280x1024x24", QGIS, "--profiles-path", str(profiles), "--nologo",
         "--noversioncheck", "--code", str(script)], cwd=tmp_path, env=env)
    assert report_path.exists(), completed.stdout
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["errors"] == []
    assert Path(report["settings_dir"]).resolve() == (profiles / "profiles" / "default").resolve()
    assert report["found"]
    assert len(report["rounds"]) == 2
    for step in report["rounds"]:
        assert step["loaded"] and step["started"] and step["unloaded"], step
        assert Path(step["module"]).resolve().is_relative_to(plugins.resolve())
        assert step["provider"] and step["menu_actions"] >= 3
        assert not step["provider_after"] and not step["still_active"] and step["modules_left"] == []
    assert completed.returncode == 0, completed.stdout


def _run_in_own_session(command, seconds=120, **kwargs):
    """Run ``command``; on time-out end it with its children (Xvfb, qgis.bin), not just xvfb-run."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True, **kwargs)
    try:
        output, _ = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, output, None)
