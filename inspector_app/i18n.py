"""The UI language: the app's translations and Qt's own (standard buttons, context menus).

Source strings are English (``self.tr("…")`` in the code); ``resources/translations`` holds
``inspector_vi.ts`` / ``inspector_en.ts`` and their compiled ``.qm`` (``scripts/i18n.sh``). Qt's
``qtbase_<lang>.qm`` is taken from Qt's translations folder; Qt ships no Vietnamese one, so the app
bundles a small ``qtbase_vi.qm`` of its own for the standard dialog buttons and edit menus.

Installing translators sends every widget a ``QEvent.LanguageChange``; views retranslate their
strings in ``changeEvent``, except the two built before the first paint (the main window and
Home), which follow :attr:`Translations.changed`: a Python event handler on them would make
PySide6 build the Python types of some forty event classes (~14 million instructions, ~5 ms)
before the window shows (``benchmarks/startup.py``, ``tests/gui/test_start_path.py``).

Dates are always shown as ``dd/MM/yyyy`` (see :data:`DATE_FORMAT`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
#: Language code → its own name (shown untranslated, so anyone can find their language).
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
DATE_FORMAT = "dd/MM/yyyy"
DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"
PY_DATE_FORMAT = "%d/%m/%Y"
PY_DATE_TIME_FORMAT = "%d/%m/%Y %H:%M"

_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def normalize_language(value: str | None) -> str:
    """``"vi"`` or ``"en"`` from a stored setting (anything unknown → the default)."""
    code = (value or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def translations_dir() -> Path:
    from inspector_app.paths import resource

    return resource("translations")


class Translations(QObject):
    """The translators installed on the application; :meth:`apply` switches language."""

    changed = Signal(str)  # the language now in use, once the UI speaks it

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        super().__init__()
        self._app = app
        self._folder = folder
        self._installed: list[QTranslator] = []
        self.language = ""

    def remove(self) -> None:
        """Uninstall this object's translators (the UI falls back to the English sources)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""

    def apply(self, language: str) -> str:
        """Install ``language`` (normalized); returns the language now in use."""
        language = normalize_language(language)
        if language == self.language:
            return language
        switching = bool(self.language)
        self.remove()
        folder = self._folder or translations_dir()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [
            (f"qtbase_{language}", qt_folder),
            (f"qtbase_{language}", str(folder)),  # bundled fallback (Qt has no qtbase_vi)
            (f"inspector_{language}", str(folder)),
        ]
        loaded_qt = False
        for name, where in candidates:
            if name.startswith("qtbase_") and loaded_qt:
                continue
            translator = QTranslator(self._app)
            if translator.load(name, where):
                self._app.installTranslator(translator)
                self._installed.append(translator)
                loaded_qt = loaded_qt or name.startswith("qtbase_")
            elif not name.startswith("qtbase_") or where != qt_folder:
                log.debug("no translation %s in %s", name, where)
        lang, country = _LOCALES[language]
        QLocale.setDefault(QLocale(lang, country))
        self.language = language
        if switching:
            # Qt posts LanguageChange to the windows; deliver it now, so that the whole UI speaks
            # the new language when this returns. (On a first install the windows are usually
            # built after it; any that exist get it from the event loop.)
            from PySide6.QtCore import QEvent

            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(language)
        log.info("UI language: %s", language)
        return language


def current_language() -> str:
    """The language in use (from the default ``QLocale`` that :meth:`Translations.apply` sets)."""
    return normalize_language(QLocale().name())
