"""The window opens its database through the one opening service, and says what went wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lijiabu_desk.db.guard import InstanceLock
from lijiabu_desk.services.opening import open_desk
from lijiabu_desk.ui import app as desk_app


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Stand-ins for the message boxes: what was asked or shown, and a scripted answer."""
    seen: dict[str, list[str]] = {"question": [], "critical": [], "answer": ["no"]}

    def question(_parent, _title, text, *_args):
        seen["question"].append(text)
        yes = seen["answer"][0] == "yes"
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    def critical(_parent, _title, text, *_args):
        seen["critical"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    return seen


def test_a_missing_file_named_on_the_command_line_is_created_only_when_asked(
    qapp, chinese, tmp_path: Path, answers
) -> None:
    path = tmp_path / "typo.sqlite3"
    assert desk_app.open_for_desk(path) is None
    assert answers["question"] and str(path) in answers["question"][0]
    assert "新建" in answers["question"][0] and not path.exists()
    answers["answer"] = ["yes"]
    db = desk_app.open_for_desk(path)
    assert db is not None and path.exists()
    db.close()


def test_a_database_open_elsewhere_is_refused_with_a_sentence(
    qapp, chinese, db_path: Path, answers
) -> None:
    open_desk(db_path, create=True).close()
    other = InstanceLock(db_path)
    other.acquire()
    try:
        assert desk_app.open_for_desk(db_path) is None
    finally:
        other.release()
    assert answers["critical"] and "已经在另一个" in answers["critical"][0]


def test_the_window_holds_the_lock_while_open(qapp, chinese, db_path: Path, answers) -> None:
    answers["answer"] = ["yes"]
    db = desk_app.open_for_desk(db_path)
    assert db is not None
    try:
        other = InstanceLock(db_path)
        with pytest.raises(Exception, match="已经在另一个"):
            other.acquire()
    finally:
        db.close()
    again = InstanceLock(db_path)
    again.acquire()
    again.release()
