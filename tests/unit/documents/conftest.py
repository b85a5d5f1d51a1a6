"""Fixtures for the renderer tests: the installed CJK fonts, or a skip when there are none."""

from __future__ import annotations

import pytest

from lijiabu_desk.documents.fonts import FontSet, FontsMissingError, register_fonts


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    try:
        return register_fonts()
    except FontsMissingError as exc:
        pytest.skip(f"no embeddable CJK font installed: {exc}")
