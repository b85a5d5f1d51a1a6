"""Cells written to files that Excel opens (CSV, .xlsx)."""

from __future__ import annotations

FORMULA_STARTS = frozenset({"=", "+", "-", "@"})


def escape_cell(text: str) -> str:
    """Excel runs a cell that starts with = + - @ as a formula (CSV injection): prefix such
    text with an apostrophe so that it is shown, never run."""
    return "'" + text if text[:1] in FORMULA_STARTS else text
