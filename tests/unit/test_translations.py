"""Every user-visible string has a French translation.

pylupdate5 collects the tr() strings of the current sources into a fresh
.ts; each must be translated (not 'unfinished', not empty) in
i18n/snow_plugin_fr.ts. Run `make translations` to refresh the file, then
translate the new entries.
"""

import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FRENCH_TS = ROOT / "i18n" / "snow_plugin_fr.ts"


def _texts(translation):
    """The translated texts: one, or one per plural form (Qt numerus entries)."""
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _messages(ts_path):
    root = ElementTree.parse(ts_path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield message.findtext("source"), translation


def _collected_sources(tmp_path):
    pylupdate = shutil.which("pylupdate5")
    if pylupdate is None:
        pytest.fail("pylupdate5 is missing: run 'make test', which installs pyqt5-dev-tools")
    sources = sorted(str(p) for p in (ROOT / "snow_plugin").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([pylupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    return {source for source, _ in _messages(fresh)}


def test_every_string_has_a_french_translation(tmp_path):
    collected = _collected_sources(tmp_path)
    assert collected, "pylupdate5 found no tr() string"
    translated = {
        source
        for source, translation in _messages(FRENCH_TS)
        if translation is not None
        and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        and all(text.strip() for text in _texts(translation))
    }
    missing = sorted(collected - translated)
    assert missing == [], f"{len(missing)} strings without French translation, e.g. {missing[:5]}"


def test_placeholders_survive_translation():
    """A translation must keep every {placeholder} of its source, or format() fails."""
    import re

    broken = []
    for source, translation in _messages(FRENCH_TS):
        for text in _texts(translation):
            if text and set(re.findall(r"{\w*}", source)) != set(re.findall(r"{\w*}", text)):
                broken.append(source)
    assert broken == []


def test_plural_texts_have_the_french_forms():
    """A text about a count (tr(text, None, n)) has French's two plural
    forms, the count in the plural one: Qt picks the form by n."""
    plurals = [(source, _texts(translation)) for source, translation in _messages(FRENCH_TS)
               if translation is not None and translation.findall("numerusform")]
    assert plurals, "no plural text: the counts are not using Qt's plural forms"
    for source, forms in plurals:
        assert "%n" in source, source
        assert len(forms) == 2 and all(form.strip() for form in forms), source
        assert "%n" in forms[1], source


def test_decision_labels_in_the_json_match_the_french_translation():
    """The summary JSON carries both labels of each decision code
    (DECISION_CODES); the map style shows tr() of the English one."""
    from snow_plugin.core.definitions import DECISION_CODES

    translations = {source: (translation.text or "") for source, translation in _messages(FRENCH_TS)}
    for code, (english, french, _) in DECISION_CODES.items():
        assert translations.get(english) == french, code
