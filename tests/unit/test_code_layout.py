"""Structural rules of the house (see STYLE.md): the core imports no QGIS,
and user-visible text reaches tr() as literals pylupdate5 can collect."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "snow_plugin" / "core"


def _imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_core_imports_no_qgis():
    offenders = {
        str(path.relative_to(ROOT)): module
        for path in CORE.rglob("*.py")
        for module in _imported_modules(path)
        if module.split(".")[0] in ("qgis", "PyQt5", "PyQt6")
    }
    assert offenders == {}


def test_tr_is_called_with_literals_only():
    """tr(variable) cannot be collected by pylupdate5: it would stay English."""
    offenders = []
    for path in (ROOT / "snow_plugin").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "tr"
                and node.args
                and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))
                and path.name != "i18n.py"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []



def test_gui_and_processing_do_not_import_each_other():
    """Both stand on core and toolbelt; the plugin wires them together
    (e.g. the summary window as the Processing results' viewer)."""
    wrong = {
        "gui": "snow_plugin.processing_provider",
        "processing_provider": "snow_plugin.gui",
        "toolbelt": ("snow_plugin.gui", "snow_plugin.processing_provider"),
    }
    offenders = []
    for package, forbidden in wrong.items():
        for path in (ROOT / "snow_plugin" / package).rglob("*.py"):
            offenders += [f"{path.relative_to(ROOT)}: {m}" for m in _imported_modules(path) if m.startswith(forbidden)]
    assert offenders == []


def test_no_package_shadows_qgis_processing():
    """A package named 'processing' would shadow QGIS's own in imports and tracebacks."""
    assert not (ROOT / "snow_plugin" / "processing").exists()
