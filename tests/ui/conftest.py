"""UI fixtures: the zh_CN translators installed on pytest-qt's application."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from lijiabu_desk.ui.i18n import install_translators


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    translators = install_translators(qapp, english=False)
    assert translators, "the zh_CN catalogue did not load; run tools/bootstrap.sh"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path, qapp):
    """Window state goes to a folder of the test's own, never to the user's settings."""
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("LijiabuTest")
    qapp.setApplicationName("LijiabuDeskTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
