"""Loading the interface language: Chinese by default, English when asked for.

Source strings are English (through ``tr()``); ``lijiabu_desk_zh_CN.qm`` is compiled from
``resources/translations`` at build/install time. Qt's own zh_CN catalogue translates the
standard dialogs' buttons.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANG_ENV = "LIJIABU_LANG"


def wants_english(env: dict[str, str] | None = None) -> bool:
    """English when LIJIABU_LANG says so, or the system language is English; else Chinese."""
    env = dict(os.environ) if env is None else env
    choice = env.get(LANG_ENV, "").strip().lower()
    if choice:
        return choice.startswith("en")
    return QLocale.system().language() == QLocale.Language.English


def qm_path() -> Path:
    return Path(str(resources.files("lijiabu_desk") / "i18n" / "lijiabu_desk_zh_CN.qm"))


def install_translators(app: QCoreApplication, *, english: bool) -> list[QTranslator]:
    """Install our and Qt's zh_CN translators unless English was chosen; return them so the
    caller keeps them alive (a translator that is garbage-collected stops translating)."""
    if english:
        QLocale.setDefault(QLocale("en_US"))
        return []
    QLocale.setDefault(QLocale("zh_CN"))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(qm_path())):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
