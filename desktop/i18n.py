"""The interface's language (Tiếng Việt / English) through Qt's own mechanism, and its numbers.

Every visible string is wrapped in ``tr()`` / ``QCoreApplication.translate``; English is the
source language. ``desktop/translations/partner_scout_vi.ts`` holds the Vietnamese (the words of
``docs/glossary.md``); ``make translations`` extracts new strings into it (``pyside6-lupdate``)
and compiles it to the ``.qm`` loaded here (``pyside6-lrelease``). The ``.qm`` is committed, so a
fresh clone and the Windows bundle need no build step; ``tests/desktop/test_translations.py``
checks that it is compiled from the ``.ts`` as committed and that the ``.ts`` covers the sources.

``language_of(app).apply(code)`` installs the translator (Qt then sends ``QEvent.LanguageChange`` to every
widget: widgets that live through a switch retranslate in ``changeEvent``), makes the language's
``QLocale`` the default (spin boxes and the number helpers below follow it) and remembers the
choice; the first start follows the system locale. Criterion and partner names come from the
workbook and are never translated.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from criteria import i18n

ENGLISH, VIETNAMESE = i18n.ENGLISH, i18n.VIETNAMESE
# each language named in itself, so anyone can find theirs: never translated
LANGUAGE_NAMES = {VIETNAMESE: "Tiếng Việt", ENGLISH: "English"}
TRANSLATIONS = Path(__file__).parent / "translations"
CATALOGUE = "partner_scout"
SETTING = "view/language"
_LOCALES = {
    VIETNAMESE: QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}

# Qt's own words on our dialogs' standard buttons, the undo history and the docks' and tabs' buttons:
# PySide6 ships no Vietnamese catalogue for Qt itself, so ours carries the few we show (Qt's contexts).
QT_WORDS = (
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")),
    ("QUndoModel", QT_TRANSLATE_NOOP("QUndoModel", "<empty>")),
    ("QTabBar", QT_TRANSLATE_NOOP("QTabBar", "Scroll Left")),
    ("QTabBar", QT_TRANSLATE_NOOP("QTabBar", "Scroll Right")),
    ("CloseButton", QT_TRANSLATE_NOOP("CloseButton", "Close Tab")),
    ("QDockWidget", QT_TRANSLATE_NOOP("QDockWidget", "Float")),
    ("QDockWidget", QT_TRANSLATE_NOOP("QDockWidget", "Close")),
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")),
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")),
)
# Qt's own file dialog (where the platform has no native one): its labels, tips and buttons
QT_FILE_DIALOG_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),  # the title when none is given
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show "),  # + a column's name: the header's menu
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),  # the sidebar's first place (Linux)
    QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),  # (Windows)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),  # a folder's type in the file list
)


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.qm"


def system_language() -> str:
    """Vietnamese when the system's locale is, else English (the first start's choice)."""
    return VIETNAMESE if QLocale.system().language() == QLocale.Language.Vietnamese else ENGLISH


def current_language() -> str:
    """The language applied last (from Qt's default locale, which ``Language.apply`` sets)."""
    return VIETNAMESE if QLocale().language() == QLocale.Language.Vietnamese else ENGLISH


def format_number(value: float, digits: int = 3) -> str:
    """``value`` for reading in the interface's language: ``1,234.568`` / ``1.234,568``.

    The one rule lives in ``criteria.i18n`` (the brief and the command line use it too).
    """
    return i18n.format_number(value, digits, current_language())


def format_readable(value: float, decimals: int = 3, scientific: bool = True) -> str:
    """A score for reading: fixed places, or scientific notation when they would hide it (and
    ``scientific``: ``Ranking.scientific_scores``)."""
    return i18n.format_readable(value, decimals, current_language(), scientific)


def format_percent(share: float, digits: int = 1) -> str:
    """A share (0.2) as a percentage: ``20.0%`` in English, ``20,0 %`` in Vietnamese."""
    return i18n.format_percent(share, digits, current_language())


def format_date(day: datetime.date) -> str:
    """``day`` written out as the brief writes it: ``6 December 2026``, ``ngày 6 tháng 12 năm 2026``."""
    return i18n.Language(current_language()).date(day)


def saved_language(settings: QSettings) -> str:
    """The language chosen last time, or the system's on the first start."""
    value = settings.value(SETTING)
    return value if value in LANGUAGE_NAMES else system_language()


def language_of(app: QCoreApplication) -> Language:
    """The application's one ``Language`` (made on first use; it lives as long as the app)."""
    return app.findChild(Language) or Language(app)


def local_decimals(text: str) -> str:
    """``text`` with numbers written the English way (``0.5``, ``1,234``), in the interface's separators."""
    return text.translate(_SWAP) if current_language() == VIETNAMESE else text


_SWAP = str.maketrans({".": ",", ",": "."})


class Language(QObject):
    """The application's interface language: apply one, remember it, tell who listens.

    A child of the application (``language_of(app)``): its translator must live as long as
    the widgets it translates. ``changed(code)`` is emitted after a switch, once every
    widget has had its ``LanguageChange`` event (for what is not a widget: chart texts).
    """

    changed = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.setObjectName("language")
        self.code = current_language()
        self._translator: QTranslator | None = None

    def apply(self, code: str, settings: QSettings | None = None) -> None:
        """Switch every text and number to ``code`` ("vi"/"en") now; remember it in ``settings``."""
        if code not in LANGUAGE_NAMES:
            raise ValueError(f"unknown interface language {code!r}")
        app = self.parent()
        shown = {QCoreApplication.translate(*word): word for word in QT_WORDS}  # Qt's words, as shown now
        self.code = code  # what the retranslating widgets read
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        QLocale.setDefault(_LOCALES[code])
        _refresh_widget_locales(app)
        if code != ENGLISH:
            translator = QTranslator(self)
            if not translator.load(str(qm_path(code))):
                raise FileNotFoundError(f"missing translation {qm_path(code)}")
            app.installTranslator(translator)
            self._translator = translator
        # Qt posts LanguageChange to each window: deliver it now, so every open widget has
        # retranslated when this returns (and before ``changed`` is emitted)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        _refresh_qt_words(app, shown)
        if settings is not None:
            settings.setValue(SETTING, code)
        self.changed.emit(code)


def _refresh_qt_words(app, shown: dict[str, tuple[str, str]]) -> None:
    """Qt's own widgets set some words once, when made (a dock's Close, a tab bar's Scroll Left):
    put them in the new language (``shown`` maps each word as it read to its context and source)."""
    widgets = getattr(app, "allWidgets", None)
    for widget in widgets() if widgets else ():
        for read, write in (
            (widget.toolTip, widget.setToolTip),
            (widget.accessibleName, widget.setAccessibleName),
        ):
            word = shown.get(read())
            if word is not None:
                write(QCoreApplication.translate(*word))


def _refresh_widget_locales(app) -> None:
    """Existing widgets take the new default locale (spin boxes redraw "20,0 %")."""
    widgets = getattr(app, "topLevelWidgets", None)
    for widget in widgets() if widgets else ():
        widget.unsetLocale()  # resolves from the default and propagates to the children
