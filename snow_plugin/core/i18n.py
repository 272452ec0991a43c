"""Translation hook for the core, which must not import Qt.

Core code marks user-visible text with ``tr("...")`` (pylupdate5 collects
these calls into the ``@default`` context of ``i18n/snow_plugin_fr.ts``).
Outside QGIS the text stays English; the plugin installs Qt's translator at
load time so the same calls return French in a French QGIS.
"""

TRANSLATION_CONTEXT = "@default"

_translate = str


def tr(text):
    return _translate(text)


def install_translator(translate_function):
    """Route ``tr`` through ``translate_function(text) -> str``."""
    global _translate
    _translate = translate_function
