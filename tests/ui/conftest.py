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
