"""Every window of the desk, built on a small post with one case that went all the way, for the
screen-size tests (and for looking at them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from argon2 import PasswordHasher
from PySide6.QtWidgets import QWidget

from lijiabu_desk.models.enums import CallKind, DisputeStatus, Relation, ResidentStatus, Urgency
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.calls import CallInput, load_call_view, log_call
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.case_view import CaseView, load_case
from lijiabu_desk.services.disputes.sessions import save_session
from lijiabu_desk.services.officers import list_officers
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.services.register.households import HouseholdInput, load_household, save_household
from lijiabu_desk.services.register.people import PersonInput, record_leaving, save_person
from tests.case_setup import Post, complete_agreement, id_number, make_post, open_case, sitting

#: A 1366×768 screen less a 40-pixel taskbar; a window's title bar needs about 28 more.
SCREEN_WIDTH, AVAILABLE_HEIGHT = 1366, 728
MAX_MIN_HEIGHT = 700


@dataclass
class Desk:
    ctx: ServiceContext
    post: Post
    case: CaseView
    agreement_id: int
    household_id: int
    hasher: PasswordHasher
    call_id: int = 0


def make_desk(ctx: ServiceContext, hasher: PasswordHasher) -> Desk:
    post = make_post(ctx)
    case_id = open_case(ctx, post)
    save_session(ctx, case_id, sitting(post))
    agreement_id = save_agreement(ctx, case_id, complete_agreement(post))
    finalise_agreement(ctx, agreement_id)
    mark_signed(ctx, agreement_id, "2026-11-27")
    village_id = list_villages(ctx)[0].id
    group_id = list_villages(ctx)[0].groups[0].id
    household_id = save_household(
        ctx, HouseholdInput("MJS0001", village_id, group_id, house_no="12")
    )
    save_person(
        ctx,
        PersonInput(
            name="马文清",
            id_number=id_number("62110219550101123"),
            household_id=household_id,
            relation=Relation.HEAD,
        ),
    )
    save_person(
        ctx, PersonInput(name="马小燕", household_id=household_id, relation=Relation.DAUGHTER)
    )
    call_id = log_call(
        ctx,
        CallInput(
            CallKind.MEDICAL,
            "孩子夜里发高烧，家里没有车，请求送县医院。",
            caller_id=post.jia_id,
            urgency=Urgency.EMERGENCY,
            place="马家山村三社12号",
            responder_id=post.officer_id,
        ),
    )
    case = load_case(ctx, case_id)
    return Desk(ctx, post, case, agreement_id, household_id, hasher, call_id)


def moved_away(d: Desk) -> int:
    """A son of the household who moved away, for the form that undoes it."""
    son = save_person(
        d.ctx, PersonInput(name="马小军", household_id=d.household_id, relation=Relation.SON)
    )
    record_leaving(d.ctx, son, ResidentStatus.MOVED_AWAY, "2026-03-01", "外出务工")
    return son


def tiny_pdf() -> bytes:
    """A one-page A4 PDF for the preview window."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawString(72, 760, "Lijiabu")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def screens(d: Desk) -> dict[str, Callable[[], QWidget]]:
    """Name → how to build the window. Imports are here so that a missing one names itself."""
    from lijiabu_desk.ui.accounts_dialog import AccountsDialog, NewAccountDialog
    from lijiabu_desk.ui.audit_viewer import AuditViewer
    from lijiabu_desk.ui.boundary.boundary_form import BoundaryForm
    from lijiabu_desk.ui.calls.call_dialogs import OutcomeDialog, RetireCallDialog, TimesDialog
    from lijiabu_desk.ui.calls.call_form import CallFormDialog
    from lijiabu_desk.ui.disputes.agreement_dialog import AgreementDialog
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
    from lijiabu_desk.ui.lock_dialog import LockDialog
    from lijiabu_desk.ui.login_dialog import LoginDialog
    from lijiabu_desk.ui.main_window import MainWindow
    from lijiabu_desk.ui.meetings.meeting_form import MeetingForm
    from lijiabu_desk.ui.new_password_dialog import NewPasswordDialog
    from lijiabu_desk.ui.outreach.outreach_form import OutreachForm
    from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
    from lijiabu_desk.ui.register.card_dialogs import HandoverDialog
    from lijiabu_desk.ui.register.correction_dialogs import RetirePersonDialog, ReturnDialog
    from lijiabu_desk.ui.register.household_dialog import HouseholdDialog
    from lijiabu_desk.ui.register.import_dialog import ImportDialog
    from lijiabu_desk.ui.register.member_dialogs import (
        ChangeHeadDialog,
        LeavingDialog,
        MoveMemberDialog,
    )
    from lijiabu_desk.ui.register.merge_dialogs import LikelyPairsDialog
    from lijiabu_desk.ui.register.person_dialog import PersonDialog
    from lijiabu_desk.ui.register.visit_dialog import VisitDialog
    from lijiabu_desk.ui.settings.officers_page import OfficerForm
    from lijiabu_desk.ui.settings.villages_page import VillageForm
    from lijiabu_desk.ui.setup_dialog import SetupDialog

    ctx, case = d.ctx, d.case
    members = load_household(ctx, d.household_id).members

    def refuse(*_args: object) -> Actor:
        raise AssertionError("not called")

    return {
        "main_window": lambda: main_window_on_the_case(MainWindow(ctx)),
        "login": lambda: LoginDialog(
            refuse, station_name="李家堡派出所", username=ctx.actor.username
        ),
        "setup": lambda: SetupDialog(refuse),
        "new_password": lambda: NewPasswordDialog(refuse),
        "lock": lambda: LockDialog("演示管理员", refuse, lambda: None),
        "accounts": lambda: AccountsDialog(ctx, d.hasher),
        "new_account": lambda: NewAccountDialog(ctx, d.hasher),
        "audit_viewer": lambda: AuditViewer(ctx),
        "print_preview": lambda: PdfPreviewDialog(tiny_pdf(), "人民调解协议书", "协议书.pdf"),
        "officer_form": lambda: OfficerForm(ctx, list_officers(ctx)[0]),
        "village_form": lambda: VillageForm(ctx, list_villages(ctx)[0]),
        "person_new_member": lambda: PersonDialog(ctx, household_id=d.household_id),
        "person_existing": lambda: PersonDialog(ctx, person_id=d.post.jia_id),
        "household_new": lambda: HouseholdDialog(ctx),
        "household_edit": lambda: HouseholdDialog(ctx, household_id=d.household_id),
        "import_roster": lambda: ImportDialog(ctx),
        "member_leaving": lambda: LeavingDialog(ctx, members[1]),
        "change_head": lambda: ChangeHeadDialog(ctx, d.household_id, members),
        "move_member": lambda: MoveMemberDialog(ctx, members[1]),
        "undo_leaving": lambda: ReturnDialog(ctx, moved_away(d)),
        "retire_person": lambda: RetirePersonDialog(ctx, members[1].id),
        "card_handover": lambda: HandoverDialog(
            ctx, [d.household_id], "户 MJS0001（户主：马文清）"
        ),
        "intake_new": lambda: IntakeDialog(ctx),
        "intake_edit": lambda: IntakeDialog(ctx, case.id),
        "session": lambda: SessionDialog(ctx, case),
        "agreement": lambda: AgreementDialog(ctx, case.id, d.agreement_id),
        "follow_up": lambda: FollowUpDialog(ctx, case, d.agreement_id, None),
        "failure": lambda: FailureDialog(ctx, case.id),
        "referral": lambda: ReferralDialog(ctx, case.id),
        "mark_signed": lambda: DateStepDialog(ctx, "标记已签署", "签署日期", lambda _d: None),
        "close_case": lambda: CloseDialog(ctx, case.id),
        "retire_case": lambda: RetireDialog(ctx, case),
        "reopen_case": lambda: ReopenDialog(ctx, closed(case)),
        "case_history": lambda: CaseHistoryDialog(ctx, case.id, case.case_no),
        "main_window_calls": lambda: main_window_on_the_call(MainWindow(ctx)),
        "outreach_form": lambda: OutreachForm(ctx),
        "boundary_form": lambda: BoundaryForm(ctx),
        "meeting_form": lambda: MeetingForm(ctx),
        "likely_pairs": lambda: LikelyPairsDialog(ctx),
        "home_visit": lambda: VisitDialog(ctx, d.household_id, "户 MJS0001", members),
        "call_new": lambda: CallFormDialog(ctx),
        "call_edit": lambda: CallFormDialog(ctx, d.call_id),
        "call_outcome": lambda: OutcomeDialog(ctx, load_call_view(ctx, d.call_id)),
        "call_times": lambda: TimesDialog(ctx, load_call_view(ctx, d.call_id)),
        "call_retire": lambda: RetireCallDialog(ctx, load_call_view(ctx, d.call_id)),
    }


def closed(case: CaseView) -> CaseView:
    """The case as it shows once closed after its visits: what the reopen form is opened on."""
    return replace(case, status=DisputeStatus.CLOSED, reopens_to=DisputeStatus.FOLLOW_UP)


def main_window_on_the_case(window: QWidget) -> QWidget:
    """The disputes area with the case on its page: the widest the window gets."""
    window.areas.show_area("disputes")  # type: ignore[attr-defined]
    window.disputes.table.selectRow(0)  # type: ignore[attr-defined]
    return window


def main_window_on_the_call(window: QWidget) -> QWidget:
    """The calls area with the call on its page."""
    window.areas.show_area("calls")  # type: ignore[attr-defined]
    window.calls.table.selectRow(0)  # type: ignore[attr-defined]
    return window


def smallest_size(widget: QWidget) -> tuple[int, int]:
    """The smallest size the window can be shown at: its minimum, or its layout's."""
    size = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    return size.width(), size.height()
