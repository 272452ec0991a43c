"""Load the French (or other) translation chosen by QGIS's locale."""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from snow_plugin.core import i18n as core_i18n
from snow_plugin.core.paths import i18n_dir, resources_dir

tr = core_i18n.tr


def _qt_translate(text):
    return QCoreApplication.translate(core_i18n.TRANSLATION_CONTEXT, text)


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
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def help_page(locale=None):
    """The bundled HTML help in the user's language (French or English)."""
    language = "fr" if (locale or user_locale()).startswith("fr") else "en"
    return resources_dir() / "help" / f"index_{language}.html"
