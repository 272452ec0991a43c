"""Translation and number formatting hooks for the core, which must not import Qt.

Core code marks user-visible text with ``tr("...")`` (pylupdate5 collects
these calls into the ``@default`` context of ``i18n/snow_plugin_fr.ts``).
A text about a count takes Qt's plural forms: ``tr("%n product(s) found.",
None, count)``, positional as pylupdate5 expects, with ``%n`` for the count.
Outside QGIS the text stays English; the plugin installs Qt's translator at
load time so the same calls return French in a French QGIS.

Numbers shown to the user go through ``format_number``: the plugin routes it
to QLocale ("0,21 %" in a French QGIS); scripts get Python's "0.21 %".
"""

import numbers
import re

TRANSLATION_CONTEXT = "@default"
NO_VALUE = "—"

_translate = None  # (text, n) -> str, set by install_translator
_format_decimal = None  # (value, decimals) -> str, set by install_number_format
_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def tr(text, disambiguation=None, n=-1):
    """``text`` in the user's language; ``n`` >= 0 picks the plural form and replaces ``%n``."""
    if _translate is not None:
        translated = _translate(text, n)
        if n < 0 or translated != text.replace("%n", str(n)):
            return translated
    return english(text, n)


def english(text, n=-1):
    """The source text itself, its "(s)" resolved for ``n`` ("1 product", "2 products")."""
    if n < 0:
        return text
    return _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


def format_number(value, decimals=0, unit=""):
    """``value`` with ``decimals`` decimals in the user's locale, then ``unit``; a dash for no value."""
    if not isinstance(value, numbers.Real) or isinstance(value, bool) or value != value:
        return NO_VALUE
    text = _format_decimal(float(value), decimals) if _format_decimal else f"{float(value):.{decimals}f}"
    return f"{text} {unit}".strip()


def install_translator(translate_function):
    """Route ``tr`` through ``translate_function(text, n) -> str``."""
    global _translate
    _translate = translate_function


def install_number_format(format_function):
    """Route ``format_number`` through ``format_function(value, decimals) -> str``."""
    global _format_decimal
    _format_decimal = format_function
