"""Load the French (or other) translation chosen by QGIS's locale, and
format numbers for it.

Importing this module (every QGIS-side module of the plugin does, through
``tr`` or ``format_number``) routes the core's ``format_number`` through
QLocale, so a French QGIS shows "0,21 %" in every window, log and table.
"""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from snow_plugin.core import i18n as core_i18n
from snow_plugin.core.paths import i18n_dir, resources_dir

tr = core_i18n.tr
format_number = core_i18n.format_number


def _qt_translate(text, n):
    return QCoreApplication.translate(core_i18n.TRANSLATION_CONTEXT, text, None, n)


def _locale_decimal(value, decimals):
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # "1102 m", as hydrologists write it
    return locale.toString(value, "f", decimals)


core_i18n.install_number_format(_locale_decimal)


def user_locale():
    """QGIS's user locale (``fr_FR``, ``fr`` ...), falling back to English."""
    value = QgsSettings().value("locale/userLocale", "") or ""
    return str(value) or "en"


def install_translator(locale=None):
    """Install a QTranslator for ``locale`` (``fr_FR`` then ``fr``).

    Returns the translator (keep a reference: Qt does not own it) or None
    when no translation exists for that locale (English stays).
    """
    core_i18n.install_translator(_qt_translate)
    locale = locale or user_locale()
    for candidate in (locale, locale.split("_")[0]):
        qm_file = i18n_dir() / f"snow_plugin_{candidate}.qm"
        if qm_file.exists():
            translator = QTranslator()
            if translator.load(str(qm_file)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


def remove_translator(translator):
    """Undo install_translator: the core's ``tr`` is English again."""
    core_i18n.install_translator(None)
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def help_page(locale=None):
    """The bundled HTML help in the user's language (French or English)."""
    language = "fr" if (locale or user_locale()).startswith("fr") else "en"
    return resources_dir() / "help" / f"index_{language}.html"
