"""QGIS 4 runs on Qt 6: the rules of its migration notes (and of QGIS's
pyqt5_to_pyqt6 script) that can be read off the source, checked on the
plugin, its scripts and its tests without importing QGIS.

- Qt comes through ``qgis.PyQt`` only (it maps to PyQt5 or PyQt6);
- enums are fully qualified (``Qt.AlignmentFlag.AlignLeft``, not
  ``Qt.AlignLeft``): Qt 6 and QGIS 4 drop the unscoped spellings;
- ``exec()``, never ``exec_()``;
- nothing Qt 6 removed: ``QRegExp`` (use ``QRegularExpression``),
  ``QDesktopWidget``, ``qApp``, ``QFontMetrics.width()``
  (``horizontalAdvance()``).

Deprecated QGIS calls are caught at run time instead: pytest.ini turns a
DeprecationWarning raised from ``snow_plugin`` code into an error.
"""

import ast
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("snow_plugin", "scripts", "tests")
QT_BINDINGS = ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip")
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis", "qgis.PyQt")
REMOVED_IN_QT6 = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "qApp"}


def _sources():
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _where(path, node):
    return "{}:{}".format(path.relative_to(ROOT), node.lineno)


def _parents(tree):
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _qgis_names(tree):
    """Names imported from QGIS or qgis.PyQt modules: the classes whose enums are checked."""
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(QGIS_MODULES)
        for alias in node.names
    }


def test_qt_is_imported_through_qgis_pyqt():
    offenders = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            else:
                continue
            offenders += [
                "{} imports {}".format(_where(path, node), module)
                for module in modules
                if module.split(".")[0] in QT_BINDINGS or module == "qgis.PyQt.Qt"
            ]
    assert offenders == []


def test_enums_are_fully_qualified():
    """``Class.Member`` used as a value, where Member is capitalised, is an
    unscoped enum (a nested class would be called or qualified further)."""
    offenders = []
    for path, tree in _sources():
        classes = _qgis_names(tree)
        parents = _parents(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
                continue
            parent = parents.get(node)
            if (
                node.value.id in classes
                and node.attr[:1].isupper()
                and not node.attr.isupper()  # constants such as QgsProcessing.TEMPORARY_OUTPUT
                and not isinstance(parent, ast.Attribute)
                and not (isinstance(parent, ast.Call) and parent.func is node)
            ):
                offenders.append("{} {}.{}".format(_where(path, node), node.value.id, node.attr))
    assert offenders == []


def test_no_exec_underscore():
    offenders = [
        _where(path, node)
        for path, tree in _sources()
        for node in ast.walk(tree)
        if (isinstance(node, ast.Attribute) and node.attr == "exec_")
        or (isinstance(node, ast.FunctionDef) and node.name == "exec_")
    ]
    assert offenders == []


def test_nothing_that_qt6_removed():
    offenders = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.alias):
                name = node.name.split(".")[-1]
            elif isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.Attribute):
                name = node.attr
                metrics = node.value
                if (
                    name == "width"
                    and isinstance(metrics, ast.Call)
                    and getattr(metrics.func, "attr", getattr(metrics.func, "id", None))
                    in ("fontMetrics", "QFontMetrics", "QFontMetricsF")
                ):
                    offenders.append("{} QFontMetrics.width".format(_where(path, node)))
            else:
                continue
            if name in REMOVED_IN_QT6:
                offenders.append("{} {}".format(_where(path, node), name))
    assert offenders == []


def test_a_deprecation_raised_from_plugin_code_fails_the_suite():
    """The pytest.ini filter: PyQGIS reports a deprecated call at its caller."""
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit("setFont() is deprecated", DeprecationWarning, "snow_map.py", 1,
                               module="snow_plugin.gui.snow_map", registry={})
    with warnings.catch_warnings(record=True) as elsewhere:  # other modules' warnings stay warnings
        warnings.warn_explicit("old", DeprecationWarning, "x.py", 1, module="numpy.core", registry={})
    assert len(elsewhere) == 1
