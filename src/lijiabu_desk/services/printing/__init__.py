"""Printing: build a form's data from the database, render it, and audit the print.

One entry point for the window and the command line (``lijiabu-desk print KIND ID``): the same
checks, the same data, the same PDF.

Who prints what: a role that may see full ID numbers prints them; a role that may not (辅警)
prints working forms and draft agreements with ID numbers and phones masked as on screen, and
may not print a finalised or signed agreement, a legal form that must carry full numbers. Every
print is audited with whether its numbers were masked.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from lijiabu_desk.documents.data import PrintableDocument
from lijiabu_desk.documents.fonts import FontsMissingError, missing_glyphs, register_fonts
from lijiabu_desk.documents.render import render
from lijiabu_desk.models import Agreement, Dispute, FollowUp, MediationSession
from lijiabu_desk.models.base import RecordMixin
from lijiabu_desk.models.enums import AgreementKind, AgreementStatus
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ServiceError, ValidationError
from lijiabu_desk.services.permissions import (
    ROLE_LABELS,
    Permission,
    PermissionDeniedError,
    allows,
    roles_allowed,
)
from lijiabu_desk.services.printing.agreement_doc import agreement_document
from lijiabu_desk.services.printing.case_docs import (
    follow_up_document,
    intake_document,
    mediation_record_document,
)
from lijiabu_desk.services.printing.closing_report import closing_report_document
from lijiabu_desk.services.station import current_station

R = TypeVar("R", bound=RecordMixin)


class PrintKind(StrEnum):
    """The forms that print, by the names the command line takes."""

    MEDIATION_AGREEMENT = "mediation-agreement"  # 人民调解协议书 (ID: agreement)
    POLICE_AGREEMENT = "police-agreement"  # 治安调解协议书 (ID: agreement)
    MEDIATION_RECORD = "mediation-record"  # 调解记录 (ID: mediation session)
    FOLLOW_UP = "follow-up"  # 回访记录 (ID: follow-up)
    INTAKE_FORM = "intake-form"  # 受理登记表 (ID: dispute)
    CLOSING_REPORT = "closing-report"  # 结案报告 (ID: dispute)


PRINT_KIND_LABELS: dict[PrintKind, str] = {
    PrintKind.MEDIATION_AGREEMENT: "人民调解协议书",
    PrintKind.POLICE_AGREEMENT: "治安调解协议书",
    PrintKind.MEDIATION_RECORD: "调解记录",
    PrintKind.FOLLOW_UP: "回访记录",
    PrintKind.INTAKE_FORM: "受理登记表",
    PrintKind.CLOSING_REPORT: "结案报告",
}


@dataclass(frozen=True)
class PrintedForm:
    pdf: bytes
    title: str  # "人民调解协议书 （2026）安李人调字第3号"
    missing_glyphs: frozenset[str]  # characters printed as boxes: tell the officer
    masked: bool = False  # ID numbers and phones printed masked (a role without full numbers)


def _get(session: Session, model: type[R], record_id: int, what: str) -> R:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFoundError(f"找不到编号（ID）为 {record_id} 的{what}。")
    return record


def _agreement(session: Session, kind: PrintKind, record_id: int) -> Agreement:
    agreement = _get(session, Agreement, record_id, "调解协议")
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
            f"ID 为 {record_id} 的协议是{PRINT_KIND_LABELS[other]}，请按“{other.value}”打印。"
        )
    return agreement


def prints_masked(ctx: ServiceContext) -> bool:
    """Whether this account's forms carry masked ID numbers and phones."""
    return not allows(ctx.actor, Permission.VIEW_FULL_ID)


def _check_final(ctx: ServiceContext, agreement: Agreement) -> None:
    if agreement.status is AgreementStatus.DRAFT or allows(ctx.actor, Permission.PRINT_FINAL):
        return
    raise PermissionDeniedError(
        "定稿或已签署的协议书须印当事人完整的身份证号码，只有"
        f"{roles_allowed(Permission.PRINT_FINAL)}账号可以打印；"
        f"“{ROLE_LABELS[ctx.actor.role]}”账号可以打印草稿（号码部分隐藏）。"
    )


def build_document(ctx: ServiceContext, kind: PrintKind, record_id: int) -> PrintableDocument:
    """The form's data, as it will print (no rendering, no audit)."""
    with ctx.read(Permission.PRINT) as session:
        return _build(ctx, session, kind, record_id)


def _build(
    ctx: ServiceContext, session: Session, kind: PrintKind, record_id: int
) -> PrintableDocument:
    station = current_station(session)
    masked = prints_masked(ctx)
    if kind in (PrintKind.MEDIATION_AGREEMENT, PrintKind.POLICE_AGREEMENT):
        agreement = _agreement(session, kind, record_id)
        _check_final(ctx, agreement)
        return agreement_document(agreement, station, today=ctx.today(), masked=masked)
    if kind is PrintKind.MEDIATION_RECORD:
        return mediation_record_document(
            _get(session, MediationSession, record_id, "调解记录"), station
        )
    if kind is PrintKind.FOLLOW_UP:
        return follow_up_document(
            _get(session, FollowUp, record_id, "回访记录"), station, today=ctx.today()
        )
    dispute = _get(session, Dispute, record_id, "矛盾纠纷")
    if kind is PrintKind.CLOSING_REPORT:
        return closing_report_document(dispute, station)
    return intake_document(dispute, station, masked=masked)


def _text_of(value: object) -> str:
    """All the text a form prints, gathered from its (nested) dataclasses."""
    if isinstance(value, str):
        return value
    if is_dataclass(value):
        return "".join(_text_of(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, tuple):
        return "".join(_text_of(item) for item in value)
    return ""


def print_form(ctx: ServiceContext, kind: PrintKind, record_id: int) -> PrintedForm:
    """Build, render and audit one form. Every print is recorded, with the record it came from
    and whether its ID numbers and phones were masked."""
    document = build_document(ctx, kind, record_id)
    try:
        fonts = register_fonts()
    except FontsMissingError as exc:
        raise ServiceError(str(exc)) from exc
    pdf = render(document, fonts)
    title = f"{document.header.title} {document.header.number}".strip()
    with ctx.write(Permission.PRINT) as session:
        record = _record_for(session, kind, record_id)
        details = {"form": kind.value, "title": title, "masked_numbers": prints_masked(ctx)}
        if isinstance(record, Agreement):  # the trail says which state was printed
            details["agreement_status"] = record.status.value
        if isinstance(record, Agreement) and record.status is not AgreementStatus.DRAFT:
            record_event(session, ctx.actor, Action.PRINT_SIGNED, record=record, details=details)
        else:
            record_event(session, ctx.actor, Action.PRINT, record=record, details=details)
    glyphs = frozenset(missing_glyphs(_text_of(document), fonts))
    return PrintedForm(pdf, title, glyphs, masked=prints_masked(ctx))


def _record_for(session: Session, kind: PrintKind, record_id: int) -> RecordMixin | None:
    model: type[RecordMixin] = {
        PrintKind.MEDIATION_AGREEMENT: Agreement,
        PrintKind.POLICE_AGREEMENT: Agreement,
        PrintKind.MEDIATION_RECORD: MediationSession,
        PrintKind.FOLLOW_UP: FollowUp,
        PrintKind.INTAKE_FORM: Dispute,
        PrintKind.CLOSING_REPORT: Dispute,
    }[kind]
    return session.get(model, record_id)
