"""What the case page's buttons do: open the step's form, call the step's service, print.

Every service refusal arrives as a plain sentence in a message box (or beside the field, in the
forms); after each step the case is read again so the page shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from lijiabu_desk.models.enums import AgreementForm, AgreementKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreement_check import IncompleteAgreementError
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    reopen_agreement,
    start_supplement,
)
from lijiabu_desk.services.disputes.labels import STATUS_LABELS
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.printing import PrintedForm, PrintKind, print_form
from lijiabu_desk.ui.background import Background, error_message
from lijiabu_desk.ui.disputes.agreement_dialog import AgreementDialog
from lijiabu_desk.ui.disputes.case_page import CasePage
from lijiabu_desk.ui.disputes.history_dialog import CaseHistoryDialog
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.disputes.session_dialog import SessionDialog
from lijiabu_desk.ui.disputes.step_dialogs import (
    CloseDialog,
    DateStepDialog,
    FailureDialog,
    FollowUpDialog,
    ReferralDialog,
    ReopenDialog,
    RetireDialog,
)
from lijiabu_desk.ui.forms import confirm_irreversible, open_form
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from lijiabu_desk.ui.register.person_dialog import PersonDialog


class CaseActions(QObject):
    changed = Signal(int)  # the case was changed: read it again
    dialog_opened = Signal(QDialog)  # for tests and for the window to keep a reference

    def __init__(self, ctx: ServiceContext, page: CasePage) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        page.can_retire = allows(ctx.actor, Permission.RETIRE_RECORDS)
        page.can_reopen = allows(ctx.actor, Permission.REOPEN_CASES)
        page.can_print_final = allows(ctx.actor, Permission.PRINT_FINAL)
        self.background = Background(self)
        self.preview: PdfPreviewDialog | None = None
        # (title, what will be locked, the step's button) → taken? Tests answer it themselves.
        self.confirm: Callable[[str, str, str], bool] = lambda title, text, action: (
            confirm_irreversible(self.page, title, text, action)
        )
        slots: dict[str, Callable[[], object]] = {
            "edit_case": self.edit_case,
            "history": self.show_history,
            "edit_party": self.edit_party,
            "print_closing": lambda: self.print(PrintKind.CLOSING_REPORT, self._case_id()),
            "retire": self.retire,
            "print_intake": lambda: self.print(PrintKind.INTAKE_FORM, self._case_id()),
            "fail": lambda: self._open(FailureDialog(ctx, self._case_id(), self.page)),
            "refer": lambda: self._open(ReferralDialog(ctx, self._case_id(), self.page)),
            "close_case": lambda: self._open(CloseDialog(ctx, self._case_id(), self.page)),
            "reopen_case": self.reopen_case,
            "new_session": lambda: self.open_session(None),
            "print_session": self.print_session,
            "new_agreement": lambda: self.open_agreement(None, AgreementKind.PEOPLES_MEDIATION),
            "new_police_agreement": lambda: self.open_agreement(
                None, AgreementKind.POLICE_MEDIATION
            ),
            "edit_agreement": self.edit_agreement,
            "finalise": self.finalise,
            "reopen": self.reopen,
            "sign": self.sign,
            "supplement": self.supplement,
            "print_agreement": self.print_agreement,
            "follow_up": self.follow_up,
            "print_follow_up": self.print_follow_up,
        }
        for key, slot in slots.items():
            page.buttons[key].clicked.connect(slot)
        page.party_view.doubleClicked.connect(lambda _i: self.edit_party())
        page.session_view.doubleClicked.connect(lambda _i: self.edit_session())
        page.agreement_view.doubleClicked.connect(lambda _i: self.edit_agreement())
        page.follow_up_view.doubleClicked.connect(lambda _i: self.follow_up())

    # --- helpers ---------------------------------------------------------------------------

    def _case_id(self) -> int:
        assert self.page.case is not None
        return self.page.case.id

    def _open(self, dialog: QDialog) -> QDialog:
        return open_form(dialog, lambda *_: self.changed.emit(self._case_id()), self.dialog_opened)

    def _run(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except IncompleteAgreementError as exc:
            QMessageBox.warning(self.page, self.tr("Not complete yet"), exc.message)
            return False
        except ServiceError as exc:
            QMessageBox.warning(self.page, self.tr("Not done"), exc.message)
            return False
        self.changed.emit(self._case_id())
        return True

    # --- the case ---------------------------------------------------------------------------

    def edit_case(self) -> None:
        self._open(IntakeDialog(self.ctx, self._case_id(), self.page))

    def retire(self) -> None:
        case = self.page.case
        if case is not None:
            self._open(RetireDialog(self.ctx, case, self.page))

    def reopen_case(self) -> None:
        case = self.page.case
        if case is None or case.reopens_to is None:
            return
        title = self.tr("Reopen the case?")
        notice = (
            self.tr(
                "Reopen case %1? It goes back to “%2” and its closing date is cleared; the "
                "reason is kept in its history. Visits cancelled when it was closed are not "
                "brought back."
            )
            .replace("%1", case.case_no)
            .replace("%2", STATUS_LABELS[case.reopens_to])
        )
        action = self.tr("Reopen the case")
        self._open(
            ReopenDialog(
                self.ctx,
                case,
                self.page,
                confirm=lambda: self.confirm(title, notice, action),
            )
        )

    def show_history(self) -> None:
        case = self.page.case
        if case is not None:
            self._open(CaseHistoryDialog(self.ctx, case.id, case.case_no, self.page))

    def edit_party(self) -> None:
        """A party's own record (ID number, address, phone …): what an agreement prints."""
        party = self.page.selected_party()
        if party is not None:
            self._open(PersonDialog(self.ctx, person_id=party.person_id, parent=self.page))

    def open_session(self, session_id: int | None) -> None:
        if self.page.case is not None:
            self._open(SessionDialog(self.ctx, self.page.case, session_id, self.page))

    def edit_session(self) -> None:
        session = self.page.selected_session()
        if session is not None and self.page.buttons["new_session"].isEnabled():
            self.open_session(session.id)

    def follow_up(self) -> None:
        case = self.page.case
        if case is None or not self.page.buttons["follow_up"].isEnabled():
            return
        chosen = self.page.selected_follow_up()
        planned = chosen if chosen is not None and chosen.visited_on is None else None
        if planned is None:
            planned = next((f for f in case.follow_ups if f.visited_on is None), None)
        agreement_id = planned.agreement_id if planned else self._signed_agreement_id()
        if agreement_id is None:
            return
        follow_up_id = planned.id if planned else None
        self._open(FollowUpDialog(self.ctx, case, agreement_id, follow_up_id, self.page))

    def _signed_agreement_id(self) -> int | None:
        case = self.page.case
        signed = [a for a in case.agreements if a.signed_on is not None] if case else []
        return signed[-1].id if signed else None

    # --- agreements -------------------------------------------------------------------------

    def open_agreement(self, agreement_id: int | None, kind: AgreementKind) -> None:
        self._open(
            AgreementDialog(self.ctx, self._case_id(), agreement_id, kind=kind, parent=self.page)
        )

    def edit_agreement(self) -> None:
        """A draft opens in its form; a finalised or signed one, locked, opens as print preview."""
        agreement = self.page.selected_agreement()
        if agreement is None:
            return
        if self.page.buttons["edit_agreement"].isEnabled():
            self.open_agreement(agreement.id, agreement.kind)
        else:
            self.print_agreement()

    def finalise(self) -> None:
        agreement = self.page.selected_agreement()
        if agreement is None:
            return
        if agreement.form is AgreementForm.ORAL:
            title = self.tr("Record the oral agreement")
            notice = self.tr(
                "Recording the oral agreement locks it for good: it can no longer be changed, "
                "and an oral agreement cannot be corrected by a supplementary agreement."
            )
            dialog = DateStepDialog(
                self.ctx,
                title,
                self.tr("Agreed on"),
                lambda day: finalise_agreement(self.ctx, agreement.id, day),
                self.page,
                notice=notice,
                confirm=lambda: self.confirm(title, notice, self.tr("Record and lock for good")),
            )
            self._open(dialog)
            return
        # An incomplete draft is refused with what is missing; only a complete one is asked.
        if not agreement.missing and not self.confirm(
            self.tr("Finalise the agreement?"),
            self.tr(
                "Finalising gives the agreement its number and locks its content, so that what "
                "is printed for signing is what is stored. After that it can only be changed "
                "by sending it back to draft (it keeps its number)."
            ),
            self.tr("Finalise and lock"),
        ):
            return
        if self._run(lambda: finalise_agreement(self.ctx, agreement.id)):
            QMessageBox.information(
                self.page,
                self.tr("Finalised"),
                self.tr(
                    "The agreement is numbered and locked. Print it, let every party sign and "
                    "press their fingerprint, then press “Mark signed”."
                ),
            )

    def reopen(self) -> None:
        agreement = self.page.selected_agreement()
        if agreement is not None:
            self._run(lambda: reopen_agreement(self.ctx, agreement.id))

    def sign(self) -> None:
        agreement = self.page.selected_agreement()
        if agreement is None:
            return
        title = self.tr("Mark the agreement signed")
        notice = self.tr(
            "Once marked signed, the agreement is locked for good: it can no longer be changed "
            "or sent back to draft. A correction then needs a supplementary agreement."
        )
        self._open(
            DateStepDialog(
                self.ctx,
                title,
                self.tr("Signed on"),
                lambda day: mark_signed(self.ctx, agreement.id, day),
                self.page,
                notice=notice,
                confirm=lambda: self.confirm(title, notice, self.tr("Mark signed and lock")),
            )
        )

    def supplement(self) -> None:
        agreement = self.page.selected_agreement()
        if agreement is None:
            return
        try:
            new_id = start_supplement(self.ctx, agreement.id)
        except ServiceError as exc:
            QMessageBox.warning(self.page, self.tr("Not done"), exc.message)
            return
        self.changed.emit(self._case_id())
        self.open_agreement(new_id, AgreementKind.PEOPLES_MEDIATION)

    # --- printing ---------------------------------------------------------------------------

    def print_session(self) -> None:
        session = self.page.selected_session()
        if session is not None:
            self.print(PrintKind.MEDIATION_RECORD, session.id)

    def print_agreement(self) -> None:
        agreement = self.page.selected_agreement()
        if agreement is None:
            return
        police = agreement.kind is AgreementKind.POLICE_MEDIATION
        kind = PrintKind.POLICE_AGREEMENT if police else PrintKind.MEDIATION_AGREEMENT
        self.print(kind, agreement.id)

    def print_follow_up(self) -> None:
        follow_up = self.page.selected_follow_up()
        if follow_up is not None:
            self.print(PrintKind.FOLLOW_UP, follow_up.id)

    def print(self, kind: PrintKind, record_id: int) -> None:
        """Build and render off the GUI thread, then show the preview (print or save there)."""
        ctx = self.ctx
        self.background.run(
            lambda: print_form(ctx, kind, record_id),
            self.show_preview,
            lambda exc: QMessageBox.warning(self.page, self.tr("Cannot print"), error_message(exc)),
        )

    def show_preview(self, printed: PrintedForm) -> None:
        warning = ""
        if printed.missing_glyphs:
            warning = self.tr(
                "The font has no glyph for %1: these print as boxes. Write them in by hand."
            ).replace("%1", "、".join(sorted(printed.missing_glyphs)))
        name = printed.title.replace(" ", "_").replace("/", "-") + ".pdf"
        parent: QWidget = self.page.window()
        self.preview = PdfPreviewDialog(printed.pdf, printed.title, name, parent, warning=warning)
        # Each preview holds its PDF; free it when the officer closes the window.
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        self.dialog_opened.emit(self.preview)
