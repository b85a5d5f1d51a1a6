"""Printing is one table of form kinds: the command line offers exactly those (plus the card
sheets, which print for many households, not one record), and each row is complete."""

from __future__ import annotations

from pathlib import Path

from lijiabu_desk.cli_parser import PRINT_KINDS
from lijiabu_desk.services.printing import FORM_KINDS, PRINT_KIND_LABELS, PrintKind

#: Printed from a selection rather than from one record's ID.
SHEETS = {"contact-cards"}


def test_the_command_line_offers_exactly_the_registered_forms() -> None:
    assert set(PRINT_KINDS) - SHEETS == {kind.value for kind in FORM_KINDS}
    assert set(FORM_KINDS) == set(PrintKind)


def test_every_form_kind_is_complete_and_named_in_chinese() -> None:
    for key, form in FORM_KINDS.items():
        assert form.key is key
        assert form.label and PRINT_KIND_LABELS[key] == form.label
        assert callable(form.build) and callable(form.render) and callable(form.title)
        assert form.record.__tablename__ and form.record_words


def test_the_readme_lists_every_form_the_command_line_prints() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("lijiabu-desk print KIND ID") :][:900]
    for kind in FORM_KINDS:
        assert kind.value in section, kind.value
