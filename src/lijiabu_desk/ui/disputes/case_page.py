"""One case on screen: its particulars, parties, sessions, agreements and follow-ups, with the
buttons of the steps its status allows. The page only lays out; ``CaseActions`` behaves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import AgreementStatus, DisputeStatus, RiskGrade
from lijiabu_desk.services.disputes.case_view import (
    AgreementView,
    CaseView,
    FollowUpView,
    PartyView,
    SessionView,
)
from lijiabu_desk.services.disputes.workflow import Step
from lijiabu_desk.ui.disputes.case_links import CaseLinks
from lijiabu_desk.ui.forms import VerticalScroll
from lijiabu_desk.ui.record_table import fit_columns
from lijiabu_desk.ui.rows_model import RowsModel

RISK_COLOURS = {
    RiskGrade.ORDINARY: "#1e7b34",
    RiskGrade.SERIOUS: "#b9770e",
    RiskGrade.MAJOR: "#c0392b",
}


BUTTONS_PER_ROW = 2  # two a row: the page stays narrow enough for extra-large type
#: States in which a case has an end to report (结案报告).
ENDED = frozenset({DisputeStatus.CLOSED, DisputeStatus.FAILED, DisputeStatus.REFERRED})


def _table(name: str, model: RowsModel[Any], height: int = 110) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.setMinimumHeight(height)
    view.setMaximumHeight(height + 70)
    return view


def _button_rows(buttons: Sequence[QPushButton], per_row: int = BUTTONS_PER_ROW) -> QGridLayout:
    """Buttons in rows of a few, so the page never needs to scroll sideways."""
    grid = QGridLayout()
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // per_row, index % per_row)
    return grid


def _selected(view: QTableView, model: RowsModel[Any]) -> Any:
    rows = view.selectionModel().selectedRows()
    if rows:
        return model.row_at(rows[0].row())
    return model.rows[0] if len(model.rows) == 1 else None


class CasePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseView | None = None
        self.can_retire = False  # the account may retire records (set by CaseActions)
        self.can_reopen = False  # the account may reopen closed cases (set by CaseActions)
        self.can_print_final = False  # may print finalised/signed agreements (set by CaseActions)
        self.title = QLabel(objectName="case_title")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(objectName="case_summary")
        self.summary.setWordWrap(True)
        self.outcome = QLabel(objectName="case_outcome")
        self.outcome.setWordWrap(True)
        self.links = CaseLinks()  # the calls, boundary agreements and meetings of the case
        self.buttons: dict[str, QPushButton] = {}
        self.parties = RowsModel[PartyView](
            [
                (self.tr("Side"), lambda p: p.side),
                (self.tr("Name"), lambda p: p.name),
                (self.tr("Age"), lambda p: p.age),
                (self.tr("Phone"), lambda p: p.phone),
                (self.tr("Asks for"), lambda p: p.demand),
                (self.tr("ID number"), lambda p: p.id_number),
                (self.tr("Address"), lambda p: p.address),
            ]
        )
        self.sessions = RowsModel[SessionView](
            [
                (self.tr("Held"), lambda s: f"{s.held_at:%Y-%m-%d %H:%M}"),
                (self.tr("Outcome"), lambda s: s.outcome),
                (self.tr("Place"), lambda s: s.place),
                (self.tr("Who took part"), lambda s: s.participants),
            ]
        )
        self.agreements = RowsModel[AgreementView](
            [
                (self.tr("Agreement"), lambda a: a.title),
                (self.tr("State"), lambda a: a.status_label),
                (self.tr("Missing"), lambda a: "；".join(a.missing)),
                (self.tr("Deadline"), lambda a: a.performance_deadline),
                (self.tr("Performance"), lambda a: a.performance),
                (self.tr("Signed"), lambda a: a.signed_on),
                (self.tr("Number"), lambda a: a.number),
            ],
            colour=lambda a, _c: "#a04000" if a.missing else None,
        )
        self.follow_ups = RowsModel[FollowUpView](
            [
                (self.tr("Due"), lambda f: f.due_on),
                (self.tr("Visited"), lambda f: f.visited_on or self.tr("not yet")),
                (self.tr("Visitor"), lambda f: f.visitor),
                (self.tr("Performance"), lambda f: f.performance),
                (self.tr("Findings"), lambda f: f.findings),
            ],
            colour=lambda f, _c: "#c0392b" if f.overdue else None,
        )
        self.party_view = _table("case_parties", self.parties, 90)
        self.session_view = _table("case_sessions", self.sessions)
        self.agreement_view = _table("case_agreements", self.agreements, 90)
        self.follow_up_view = _table("case_follow_ups", self.follow_ups, 90)
        self._build()

    def _group(self, title: str, view: QWidget, buttons: Sequence[QPushButton]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        layout.addLayout(_button_rows(buttons))
        return box

    def button(self, key: str, text: str, slot: Callable[[], object] | None = None) -> QPushButton:
        button = QPushButton(text, objectName=key)
        if slot is not None:
            button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def _build(self) -> None:
        b = self.button
        head = _button_rows(
            [
                b("edit_case", self.tr("Edit case…")),
                b("print_intake", self.tr("Print intake form")),
                b("fail", self.tr("Mediation failed…")),
                b("refer", self.tr("Refer…")),
                b("close_case", self.tr("Close case…")),
                b("reopen_case", self.tr("Reopen…")),
                b("print_closing", self.tr("Print closing report")),
                b("history", self.tr("History…")),
                b("retire", self.tr("Retire…")),
                b("boundary", self.tr("Boundary agreement…")),
            ],
            per_row=3,
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.outcome)
        layout.addWidget(self.links)
        layout.addLayout(head)
        layout.addWidget(
            self._group(
                self.tr("Parties"),
                self.party_view,
                [b("edit_party", self.tr("Edit party's details…"))],
            )
        )
        layout.addWidget(
            self._group(
                self.tr("Mediation sessions"),
                self.session_view,
                [
                    b("new_session", self.tr("New session…")),
                    b("print_session", self.tr("Print record")),
                ],
            )
        )
        layout.addWidget(
            self._group(
                self.tr("Agreements"),
                self.agreement_view,
                [
                    b("new_agreement", self.tr("Draft people's mediation agreement…")),
                    b("new_police_agreement", self.tr("Draft police mediation agreement…")),
                    b("edit_agreement", self.tr("Open draft…")),
                    b("finalise", self.tr("Finalise")),
                    b("reopen", self.tr("Back to draft")),
                    b("sign", self.tr("Mark signed…")),
                    b("supplement", self.tr("Supplementary agreement…")),
                    b("print_agreement", self.tr("Print agreement")),
                ],
            )
        )
        layout.addWidget(
            self._group(
                self.tr("Follow-up visits"),
                self.follow_up_view,
                [
                    b("follow_up", self.tr("Record visit…")),
                    b("print_follow_up", self.tr("Print visit record")),
                ],
            )
        )
        layout.addStretch(1)
        scroll = VerticalScroll(body)  # never sideways: the page takes the width it needs
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        views = (self.party_view, self.session_view, self.agreement_view, self.follow_up_view)
        for view in views:
            view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.show_case(None)

    def show_case(self, case: CaseView | None) -> None:
        self.case = case
        self.parties.set_rows(case.parties if case else [])
        self.sessions.set_rows(case.sessions if case else [])
        self.agreements.set_rows(case.agreements if case else [])
        self.follow_ups.set_rows(case.follow_ups if case else [])
        for view in (self.party_view, self.session_view, self.agreement_view, self.follow_up_view):
            fit_columns(view)
        if case is None:
            self.title.setText(self.tr("Choose a case on the left, or register a new one."))
            self.summary.clear()
            self.outcome.clear()
            self.outcome.setVisible(False)
            self.links.clear()
        else:
            self._describe(case)
        self.update_buttons()

    def _describe(self, case: CaseView) -> None:
        colour = RISK_COLOURS[case.risk]
        self.title.setText(
            f"{case.case_no}　<span style='color:{colour}'>【{case.risk_label}】</span>"
            f"　{case.status_label}"
        )
        if case.days_left is None:
            limit = self.tr("time limit %1").replace("%1", str(case.deadline))
        elif case.days_left < 0:
            limit = self.tr("<b style='color:#c0392b'>%1 days overdue</b>").replace(
                "%1", str(-case.days_left)
            )
        else:
            limit = self.tr("%1 days left (until %2)").replace("%1", str(case.days_left))
            limit = limit.replace("%2", str(case.deadline))
        self.summary.setText(
            f"{case.category} · {case.source} · {case.place} · "
            f"{case.received_at:%Y-%m-%d %H:%M} {case.received_by} · {limit}"
            f"<br>{case.facts}"
        )
        notes = []
        if case.failure_reason:
            notes.append(
                self.tr("Failed: %1. Routes left open: %2")
                .replace("%1", case.failure_reason)
                .replace("%2", case.open_routes)
            )
        notes.extend(case.referrals)
        for a in case.agreements:
            if a.judicial_deadline is not None:
                notes.append(
                    self.tr("Judicial confirmation may be applied for until %1.").replace(
                        "%1", str(a.judicial_deadline)
                    )
                )
        if case.closed_on:
            notes.append(
                self.tr("Closed on %1. %2")
                .replace("%1", str(case.closed_on))
                .replace("%2", case.closing_note)
            )
        elif case.closing_note:  # a reopened case: "重新打开原因：…"
            notes.append(case.closing_note)
        self.outcome.setText("<br>".join(notes))
        self.outcome.setVisible(bool(notes))

    def selected_party(self) -> PartyView | None:
        return _selected(self.party_view, self.parties)

    def selected_session(self) -> SessionView | None:
        return _selected(self.session_view, self.sessions)

    def selected_agreement(self) -> AgreementView | None:
        return _selected(self.agreement_view, self.agreements)

    def selected_follow_up(self) -> FollowUpView | None:
        return _selected(self.follow_up_view, self.follow_ups)

    def update_buttons(self) -> None:
        case = self.case
        steps = case.steps if case else frozenset()
        agreement = self.selected_agreement()
        state = agreement.status if agreement else None
        enabled = {
            "edit_case": Step.EDIT_CASE in steps,
            "print_intake": case is not None,
            "history": case is not None,
            "edit_party": self.selected_party() is not None,
            "print_closing": case is not None and case.status in ENDED,
            "retire": case is not None
            and self.can_retire
            and all(a.status is AgreementStatus.DRAFT for a in case.agreements),
            "fail": Step.RECORD_FAILURE in steps,
            "refer": Step.REFER in steps,
            "close_case": Step.CLOSE in steps,
            "reopen_case": Step.REOPEN in steps and self.can_reopen,
            "new_session": Step.RECORD_SESSION in steps,
            "print_session": self.selected_session() is not None,
            "new_agreement": Step.DRAFT_AGREEMENT in steps and not self.agreements.rows,
            "new_police_agreement": Step.DRAFT_AGREEMENT in steps and not self.agreements.rows,
            "edit_agreement": state is AgreementStatus.DRAFT,
            "finalise": state is AgreementStatus.DRAFT,
            "reopen": state is AgreementStatus.FINAL,
            "sign": state is AgreementStatus.FINAL,
            "supplement": state is AgreementStatus.SIGNED and Step.SUPPLEMENT in steps,
            "print_agreement": agreement is not None
            and (state is AgreementStatus.DRAFT or self.can_print_final),
            "follow_up": Step.FOLLOW_UP in steps,
            "print_follow_up": self.selected_follow_up() is not None,
        }
        for key, on in enabled.items():
            self.buttons[key].setEnabled(bool(on))
        self.buttons["reopen_case"].setToolTip(self._why_not_reopened(case))

    def _why_not_reopened(self, case: CaseView | None) -> str:
        """Beside a greyed-out "Reopen…" on a closed case: why, and what to do instead."""
        if case is None or case.status is not DisputeStatus.CLOSED:
            return ""
        if case.reopens_to is None:
            return self.tr(
                "A case closed after mediation failed or after it was referred is not reopened: "
                "if it comes back, register it as a new case."
            )
        if not self.can_reopen:
            return self.tr("Only the station chief or an officer may reopen a case.")
        return ""
