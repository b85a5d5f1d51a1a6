"""Account management for the administrator: add, disable/enable, reset a password."""

from __future__ import annotations

from argon2 import PasswordHasher
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services import accounts
from lijiabu_desk.services.accounts import AccountView
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import ROLE_LABELS
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.rows_model import RowsModel


class NewAccountDialog(QDialog):
    """Username, name, role and a temporary password the holder changes at first login."""

    def __init__(
        self, ctx: ServiceContext, hasher: PasswordHasher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hasher = ctx, hasher
        self.setWindowTitle(self.tr("New account"))
        self.setStyleSheet(INVALID_STYLE)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.role = QComboBox()
        for role in (AccountRole.OFFICER, AccountRole.AUXILIARY, AccountRole.ADMIN):
            self.role.addItem(ROLE_LABELS[role], role)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setPlaceholderText(self.tr("Temporary; changed at first login"))
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        self.message = QLabel()
        buttons, self.save_button = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.errors = FieldErrors(
            self.message, {"username": self.username, "password": self.password}
        )
        self._enter = EnterMovesFocus(
            [self.username, self.display_name, self.password], self.save_button
        )

    def save(self) -> None:
        try:
            accounts.add_account(
                self.ctx,
                username=self.username.text(),
                display_name=self.display_name.text(),
                role=self.role.currentData(),
                password=self.password.text(),
                hasher=self.hasher,
            )
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.accept()


class AccountsDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, hasher: PasswordHasher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hasher = ctx, hasher
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 420)
        self.model: RowsModel[AccountView] = RowsModel(
            [
                (self.tr("User name"), lambda a: a.username),
                (self.tr("Full name"), lambda a: a.display_name),
                (self.tr("Role"), lambda a: ROLE_LABELS[a.role]),
                (self.tr("State"), self._state),
                (
                    self.tr("Last login"),
                    lambda a: f"{a.last_login_at:%Y-%m-%d %H:%M}" if a.last_login_at else "",
                ),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("New account…"))
        add.clicked.connect(self.add)
        self.toggle = QPushButton(self.tr("Disable / enable"))
        self.toggle.clicked.connect(self.toggle_disabled)
        reset = QPushButton(self.tr("Reset password…"))
        reset.clicked.connect(self.reset_password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (add, self.toggle, reset):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.reload()

    def _state(self, a: AccountView) -> str:
        if a.disabled:
            return self.tr("Disabled")
        if a.locked_until is not None and a.locked_until > self.ctx.now():
            return self.tr("Locked until %1").replace("%1", f"{a.locked_until:%H:%M}")
        return self.tr("Active")

    def reload(self) -> None:
        self.model.set_rows(accounts.list_accounts(self.ctx))
        self.table.resizeColumnsToContents()

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select an account first."))
            return None
        return self.model.row_at(rows[0].row())

    def new_account_dialog(self) -> NewAccountDialog:
        return NewAccountDialog(self.ctx, self.hasher, self)

    def add(self) -> None:
        dialog = self.new_account_dialog()
        dialog.accepted.connect(self.reload)
        dialog.open()

    def toggle_disabled(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            accounts.set_disabled(self.ctx, account.id, not account.disabled)
        except ServiceError as exc:
            self.message.setText(exc.message)
            return
        self.message.clear()
        self.reload()

    def ask_new_password(self, username: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("Temporary password for %1:").replace("%1", username),
        )
        return text if ok else None

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        password = self.ask_new_password(account.username)
        if password is None:
            return
        try:
            accounts.reset_password(self.ctx, account.id, password, hasher=self.hasher)
        except ServiceError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("The password of %1 was reset; they must change it at next login.").replace(
                "%1", account.username
            )
        )
        self.reload()
