"""The one table of printed forms: for each kind, its label, the record it prints from, the
check before printing, the builder of its data and the renderer of its PDF. The command line,
the window and the permission check all read this table: a new form is one data class, one
builder, one renderer and one row here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from lijiabu_desk.documents.data import PrintableDocument
from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render import render
from lijiabu_desk.documents.render.boundary_agreement import render_boundary_agreement
from lijiabu_desk.documents.render.minutes import render_minutes
from lijiabu_desk.models import (
    Agreement,
    BoundaryAgreement,
    Dispute,
    FollowUp,
    JointMeeting,
    MediationSession,
    Station,
)
from lijiabu_desk.models.base import RecordMixin
from lijiabu_desk.models.enums import AgreementKind, AgreementStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import (
    ROLE_LABELS,
    Permission,
    PermissionDeniedError,
    allows,
    roles_allowed,
)
from lijiabu_desk.services.print_kinds import PRINT_KIND_LABELS, PrintKind
from lijiabu_desk.services.printing.agreement_doc import agreement_document
from lijiabu_desk.services.printing.boundary_doc import boundary_document
from lijiabu_desk.services.printing.case_docs import (
    follow_up_document,
    intake_document,
    mediation_record_document,
)
from lijiabu_desk.services.printing.closing_report import closing_report_document
from lijiabu_desk.services.printing.minutes_doc import minutes_document

#: (record, station, today, masked) → the form's data
Builder = Callable[[Any, Station | None, date, bool], Any]
#: (ctx, kind, record) → None, or a refusal
Check = Callable[[ServiceContext, "PrintKind", Any], None]


@dataclass(frozen=True)
class FormKind:
    key: PrintKind
    record: type[RecordMixin]  # what the ID names
    record_words: str  # the record in words, for "找不到 ID 为 3 的…"
    build: Builder
    render: Callable[[Any, FontSet], bytes]
    title: Callable[[Any], str]  # "人民调解协议书 （2026）安李人调字第3号"
    check: Check | None = None

    @property
    def label(self) -> str:
        """ "人民调解协议书": the form's name in words (``print_kinds``)."""
        return PRINT_KIND_LABELS[self.key]


def prints_masked(ctx: ServiceContext) -> bool:
    """Whether this account's forms carry masked ID numbers and phones."""
    return not allows(ctx.actor, Permission.VIEW_FULL_ID)


def check_final(ctx: ServiceContext, status: AgreementStatus) -> None:
    """A finalised or signed agreement carries full ID numbers: only some roles print it."""
    if status is AgreementStatus.DRAFT or allows(ctx.actor, Permission.PRINT_FINAL):
        return
    raise PermissionDeniedError(
        "定稿或已签署的协议书须印当事人完整的身份证号码，只有"
        f"{roles_allowed(Permission.PRINT_FINAL)}账号可以打印；"
        f"“{ROLE_LABELS[ctx.actor.role]}”账号可以打印草稿（号码部分隐藏）。"
    )


def _agreement_check(ctx: ServiceContext, kind: PrintKind, agreement: Agreement) -> None:
    """The right form for the agreement's kind, and a final one only for those who may."""
    wanted = (
        AgreementKind.PEOPLES_MEDIATION
        if kind is PrintKind.MEDIATION_AGREEMENT
        else AgreementKind.POLICE_MEDIATION
    )
    if agreement.kind is not wanted:
        other = (
            PrintKind.POLICE_AGREEMENT
            if kind is PrintKind.MEDIATION_AGREEMENT
            else PrintKind.MEDIATION_AGREEMENT
        )
        raise ValidationError(
            f"ID 为 {agreement.id} 的协议是{FORM_KINDS[other].label}，请按“{other.value}”打印。"
        )
    check_final(ctx, agreement.status)


def _header_title(document: PrintableDocument) -> str:
    return f"{document.header.title} {document.header.number}".strip()


def _agreement_form(key: PrintKind) -> FormKind:
    return FormKind(
        key, Agreement, "调解协议",
        lambda a, station, today, masked: agreement_document(
            a, station, today=today, masked=masked
        ),
        render, _header_title, _agreement_check,
    )  # fmt: skip


FORM_KINDS: dict[PrintKind, FormKind] = {
    PrintKind.MEDIATION_AGREEMENT: _agreement_form(PrintKind.MEDIATION_AGREEMENT),
    PrintKind.POLICE_AGREEMENT: _agreement_form(PrintKind.POLICE_AGREEMENT),
    PrintKind.MEDIATION_RECORD: FormKind(
        PrintKind.MEDIATION_RECORD, MediationSession, "调解记录",
        lambda s, station, _today, _masked: mediation_record_document(s, station),
        render, _header_title,
    ),
    PrintKind.FOLLOW_UP: FormKind(
        PrintKind.FOLLOW_UP, FollowUp, "回访记录",
        lambda f, station, today, _masked: follow_up_document(f, station, today=today),
        render, _header_title,
    ),
    PrintKind.INTAKE_FORM: FormKind(
        PrintKind.INTAKE_FORM, Dispute, "矛盾纠纷",
        lambda d, station, _today, masked: intake_document(d, station, masked=masked),
        render, _header_title,
    ),
    PrintKind.CLOSING_REPORT: FormKind(
        PrintKind.CLOSING_REPORT, Dispute, "矛盾纠纷",
        lambda d, station, _today, _masked: closing_report_document(d, station),
        render, _header_title,
    ),
    PrintKind.BOUNDARY_AGREEMENT: FormKind(
        PrintKind.BOUNDARY_AGREEMENT, BoundaryAgreement, "地界协议",
        boundary_document, render_boundary_agreement,
        lambda data: f"{data.title} {data.printed_number}".strip(),
        lambda ctx, _kind, a: check_final(ctx, a.status),
    ),
    PrintKind.MEETING_MINUTES: FormKind(
        PrintKind.MEETING_MINUTES, JointMeeting, "联席会议记录",
        minutes_document, render_minutes,
        lambda data: f"{data.printed_title} {data.printed_number}".strip(),
    ),
}  # fmt: skip

__all__ = ["FORM_KINDS", "PRINT_KIND_LABELS", "FormKind", "PrintKind", "check_final"]
