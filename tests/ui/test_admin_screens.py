"""The administrator's screens: accounts and the audit viewer, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtTest import QAbstractItemModelTester

from lijiabu_desk.services.accounts import create_first_admin, login
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.accounts_dialog import AccountsDialog
from lijiabu_desk.ui.audit_viewer import AuditViewer
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.rows_model import RowsModel
from tests.ui.typing_helpers import type_text


@pytest.fixture
def admin(db, hasher, clock) -> ServiceContext:
    actor = create_first_admin(
        db,
        username="houzhang",
        display_name="侯志远",
        password="Lijiabu#2026",
        hasher=hasher,
        clock=clock,
    )
    return ServiceContext(db, actor, clock)


def test_rows_model_passes_qts_model_tester(qtbot) -> None:
    model: RowsModel[tuple[str, int]] = RowsModel([("名", lambda r: r[0]), ("数", lambda r: r[1])])
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([("甲", 1), ("乙", 2)])
    assert model.rowCount() == 2 and model.index(1, 1).data() == "2"
    model.set_rows([])
    assert model.rowCount() == 0


def test_add_an_officer_account(qtbot, admin, hasher, chinese) -> None:
    dialog = AccountsDialog(admin, hasher)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    new = dialog.new_account_dialog()
    new.accepted.connect(dialog.reload)
    type_text(qtbot, new.username, "wangjing")
    type_text(qtbot, new.display_name, "王静")
    type_text(qtbot, new.password, "abc")
    new.save_button.click()
    assert "至少需要 8 位" in new.message.text() and new.username.text() == "wangjing"
    new.password.clear()
    type_text(qtbot, new.password, "Temp#12345")
    new.save_button.click()
    assert new.result() == new.DialogCode.Accepted
    names = [dialog.model.row_at(i).username for i in range(dialog.model.rowCount())]
    assert names == ["houzhang", "wangjing"]
    row = names.index("wangjing")
    assert dialog.model.index(row, 2).data() == "民警"
    officer = login(admin.db, "wangjing", "Temp#12345", hasher=hasher)
    assert officer.display_name == "王静"


def test_disable_needs_a_selection_and_then_works(qtbot, admin, hasher, chinese) -> None:
    from lijiabu_desk.models.enums import AccountRole
    from lijiabu_desk.services.accounts import add_account

    add_account(
        admin,
        username="fj",
        display_name="",
        role=AccountRole.AUXILIARY,
        password="Temp#12345",
        hasher=hasher,
    )
    dialog = AccountsDialog(admin, hasher)
    qtbot.addWidget(dialog)
    dialog.toggle_disabled()
    assert dialog.message.text() == "请先选择一个账号。"
    dialog.table.selectionModel().select(
        dialog.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert dialog.model.row_at(0).username == "fj"
    dialog.toggle_disabled()
    assert dialog.model.index(0, 3).data() == "已停用"
    with pytest.raises(ServiceError, match="已停用"):
        login(admin.db, "fj", "Temp#12345", hasher=hasher)


def test_audit_viewer_filters_checks_and_exports(
    qtbot, admin, hasher, tmp_path: Path, chinese
) -> None:
    with pytest.raises(ServiceError):
        login(admin.db, "houzhang", "wrong", hasher=hasher, clock=admin.clock)
    viewer = AuditViewer(admin)
    qtbot.addWidget(viewer)
    QAbstractItemModelTester(viewer.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    all_rows = viewer.model.rowCount()
    assert all_rows >= 3
    viewer.action.setCurrentIndex(viewer.action.findData("login_failed"))
    viewer.search()
    assert viewer.model.rowCount() == 1
    assert viewer.model.index(0, 2).data() == "登录失败"
    viewer.check_chain()
    assert viewer.message.text().startswith("审计记录完好")
    target = tmp_path / "审计.csv"
    viewer.ask_export_path = lambda: target
    viewer.export()
    assert target.exists() and "已导出" in viewer.message.text()


def test_menus_follow_the_role(qtbot, admin, hasher) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert isinstance(window.open_accounts(), AccountsDialog)
    assert isinstance(window.open_audit(), AuditViewer)
