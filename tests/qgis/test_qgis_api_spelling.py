"""No enum spelled the pre-3.30 way outside a fallback for old QGIS.

QGIS 3.30-3.36 moved many enums under ``Qgis`` with new member names and
kept the old spellings as aliases (``QgsUnitTypes.DistanceUnit.DistanceKilometers``
is ``Qgis.DistanceUnit.Kilometers``); the aliases raise no DeprecationWarning
but QGIS 4 drops them. On a QGIS whose enums are Python enums (3.40), every
``Class.Enum.Member`` in the plugin is resolved and must be a real member,
unless it sits in an ``except AttributeError:`` branch, the fallback for 3.22.
"""

import ast
import enum
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _chain(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return [node.id, *reversed(parts)] if isinstance(node, ast.Name) else None


def _fallback_nodes(tree):
    """Nodes inside ``except AttributeError:`` handlers."""
    inside = set()
    for handler in ast.walk(tree):
        if isinstance(handler, ast.ExceptHandler) and getattr(handler.type, "id", None) == "AttributeError":
            inside.update(node for statement in handler.body for node in ast.walk(statement))
    return inside


def _qgis_imports(tree):
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qgis."):
            module = importlib.import_module(node.module)
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def _old_spellings(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _qgis_imports(tree)
    fallback = _fallback_nodes(tree)
    for node in ast.walk(tree):
        parts = _chain(node) if isinstance(node, ast.Attribute) and node not in fallback else None
        if not parts or parts[0] not in names or len(parts) < 3:
            continue
        value = names[parts[0]]
        for part in parts[1:]:
            value = getattr(value, part, None)
        if isinstance(value, enum.Enum) and parts[-1] not in type(value).__members__:
            yield "{}:{} {} is {}.{}".format(
                path.relative_to(ROOT), node.lineno, ".".join(parts), type(value).__qualname__, value.name
            )


def test_enums_use_their_current_names(qgis_app):
    offenders = [line for path in sorted((ROOT / "snow_plugin").rglob("*.py")) for line in _old_spellings(path)]
    assert offenders == []
