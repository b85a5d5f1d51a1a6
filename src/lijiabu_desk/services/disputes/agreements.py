"""调解协议: draft, finalise (checked and numbered), mark signed, and supplement.

A draft may change freely. Finalising checks the content reviewers demand
(``agreement_check``), gives a written agreement its number and locks the content so that what
is printed for signing is what is stored. Marking it signed locks it for good, moves the case to
达成协议 and plans the follow-up visits. A correction after signing is a supplementary agreement
that refers to the original. An oral agreement has no paper to sign: finalising records it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from lijiabu_desk.models import Agreement, AgreementTerm, Dispute, FollowUp, Officer
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    DisputeStatus,
    DocumentKind,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreement_check import (
    IncompleteAgreementError,
    missing_content,
)
from lijiabu_desk.services.disputes.common import (
    coerce_codes,
    load_agreement,
    load_dispute,
    optional_date,
    parse_amount,
    parse_moment,
)
from lijiabu_desk.services.disputes.workflow import Step, require_step
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.numbering import allocate
from lijiabu_desk.services.station import current_station
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import check_not_before, check_not_future, parse_date

MAX_TERMS = 60
FIRST_VISIT_DAYS = 15
AFTER_DEADLINE_DAYS = 7


@dataclass(frozen=True)
class TermInput:
    text: str
    amount: str = ""  # 元, as typed
    due: str = ""  # a date as typed


@dataclass(frozen=True)
class AgreementInput:
    kind: AgreementKind
    form: AgreementForm = AgreementForm.WRITTEN
    facts: str = ""
    points_in_dispute: str = ""
    responsibility: str = ""
    terms: tuple[TermInput, ...] = field(default_factory=tuple)
    performance_method: str = ""
    performance_place: str = ""
    performance_deadline: str = ""
    mediator_id: int | None = None
    mediator_name: str = ""
    recorder_name: str = ""
    judicial_confirmation: bool = False
    # 治安调解: when and where the incident happened ("20261125", "21:30"), who else was there.
    incident_on: str = ""
    incident_time: str = ""
    incident_place: str = ""
    others_present: str = ""

    def __post_init__(self) -> None:
        coerce_codes(self, kind=AgreementKind, form=AgreementForm)


@dataclass(frozen=True)
class SignResult:
    number: str | None
    follow_up_dues: tuple[date, ...]


def _terms(data: AgreementInput) -> list[AgreementTerm]:
    if len(data.terms) > MAX_TERMS:
        raise ValidationError(f"协议条款最多 {MAX_TERMS} 条。", "terms")
    terms: list[AgreementTerm] = []
    for index, term in enumerate(t for t in data.terms if t.text.strip() or t.amount or t.due):
        number = index + 1
        if not term.text.strip():
            raise ValidationError(f"第{number}条协议条款写了金额或期限，但没有写内容。", "terms")
        terms.append(
            AgreementTerm(
                position=number,
                text=column_text(
                    "agreement_terms", "text", term.text.strip(), label=f"第{number}条协议条款"
                ),
                amount_fen=parse_amount(term.amount, field="terms", label=f"第{number}条的金额"),
                due_on=optional_date(term.due, field="terms", label=f"第{number}条的履行日期"),
            )
        )
    return terms


def _fill(session: Session, agreement: Agreement, data: AgreementInput, now: datetime) -> None:
    deadline = optional_date(
        data.performance_deadline, field="performance_deadline", label="履行期限"
    )
    terms = _terms(data)
    mediator_name = data.mediator_name.strip()
    if data.mediator_id is not None:
        officer = session.get(Officer, data.mediator_id)
        if officer is None or officer.deleted_at is not None:
            raise ValidationError("所选民警不存在，请重新选择。", "mediator_id")
        mediator_name = officer.name  # the chosen officer's own name, not a typed one
    for term in terms:
        if deadline is not None and term.due_on is not None and term.due_on > deadline:
            raise ValidationError(
                f"第{term.position}条的履行日期晚于整个协议的履行期限，请核对。", "terms"
            )
    agreement.kind, agreement.form = data.kind, data.form
    agreement.facts = data.facts.strip()
    agreement.points_in_dispute = data.points_in_dispute.strip()
    agreement.responsibility = data.responsibility.strip()
    agreement.performance_method = data.performance_method.strip()
    agreement.performance_place = column_text(
        "agreements", "performance_place", data.performance_place.strip()
    )
    agreement.performance_deadline = deadline
    agreement.mediator_id = data.mediator_id
    agreement.mediator_name = column_text("agreements", "mediator_name", mediator_name)
    agreement.recorder_name = column_text("agreements", "recorder_name", data.recorder_name.strip())
    agreement.judicial_confirmation = data.judicial_confirmation
    agreement.incident_at = _incident_at(data, now)
    agreement.incident_place = column_text(
        "agreements", "incident_place", data.incident_place.strip()
    )
    agreement.others_present = column_text(
        "agreements", "others_present", data.others_present.strip()
    )
    _replace_terms(agreement, terms)


def _incident_at(data: AgreementInput, now: datetime) -> datetime | None:
    """When the incident happened: None while no date is typed (a time alone is refused)."""
    if not data.incident_on.strip():
        if data.incident_time.strip():
            raise ValidationError("写了案发的时刻，请同时写案发日期。", "incident_on")
        return None
    return parse_moment(
        data.incident_on, data.incident_time, now=now, field="incident_on", label="案发时间"
    )


def _replace_terms(agreement: Agreement, terms: list[AgreementTerm]) -> None:
    """Update term rows in place by position: (agreement, position) is unique, and a flush
    inserts new rows before it deletes orphans."""
    existing = sorted(agreement.terms, key=lambda t: t.position)
    for index, new in enumerate(terms):
        if index < len(existing):
            row = existing[index]
            row.text, row.amount_fen, row.due_on = new.text, new.amount_fen, new.due_on
        else:
            agreement.terms.append(new)
    for row in existing[len(terms) :]:
        agreement.terms.remove(row)


def _require_draft(agreement: Agreement) -> None:
    if agreement.status is AgreementStatus.SIGNED:
        raise ValidationError("协议已签署生效，不能再修改。如需更正，请订立补充协议。")
    if agreement.status is AgreementStatus.FINAL:
        raise ValidationError("协议已定稿待签字，内容不能修改。如需修改，请先“退回修改”。")


def _step_for(agreement: Agreement) -> Step:
    return Step.SUPPLEMENT if agreement.supplements_id is not None else Step.DRAFT_AGREEMENT


def save_agreement(
    ctx: ServiceContext, dispute_id: int, data: AgreementInput, agreement_id: int | None = None
) -> int:
    """Save a draft (new when ``agreement_id`` is None); returns its id."""
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        if agreement_id is None:
            require_step(dispute, Step.DRAFT_AGREEMENT)
            if any(a.deleted_at is None for a in dispute.agreements):
                raise ValidationError("这件纠纷已经有一份调解协议，请打开它继续修改。")
            agreement = Agreement(dispute=dispute, kind=data.kind, form=data.form)
            session.add(agreement)
        else:
            agreement = load_agreement(session, agreement_id)
            if agreement.dispute_id != dispute.id:
                raise ValidationError("这份协议不属于这件纠纷。")
            _require_draft(agreement)
            require_step(dispute, _step_for(agreement))
        _fill(session, agreement, data, ctx.now())
        session.flush()
        return agreement.id


def check_agreement(ctx: ServiceContext, agreement_id: int) -> list[str]:
    """What is still missing before the agreement may be finalised (empty: nothing)."""
    with ctx.read() as session:
        agreement = load_agreement(session, agreement_id)
        return missing_content(agreement, current_station(session), today=ctx.today())


def propose_follow_ups(signed_on: date, deadline: date | None) -> tuple[date, ...]:
    """A first visit two weeks after signing, and one a week after the performance deadline."""
    first = signed_on + timedelta(days=FIRST_VISIT_DAYS)
    dues = [first]
    if deadline is not None and deadline + timedelta(days=AFTER_DEADLINE_DAYS) > first:
        dues.append(deadline + timedelta(days=AFTER_DEADLINE_DAYS))
    return tuple(dues)


def _signed(session: Session, agreement: Agreement, signed_on: date) -> tuple[date, ...]:
    agreement.status, agreement.signed_on = AgreementStatus.SIGNED, signed_on
    dispute: Dispute = agreement.dispute
    if agreement.supplements_id is None:
        oral = agreement.form is AgreementForm.ORAL
        dispute.status = DisputeStatus.ORAL_AGREEMENT if oral else DisputeStatus.AGREED
    dues = propose_follow_ups(signed_on, agreement.performance_deadline)
    for due in dues:
        session.add(FollowUp(agreement=agreement, due_on=due))
    return dues


def _signing_date(ctx: ServiceContext, text: str, agreement: Agreement) -> date:
    day = parse_date(text, field="signed_on", label="签署日期") if text.strip() else ctx.today()
    check_not_future(day, today=ctx.today(), field="signed_on", label="签署日期")
    return check_not_before(
        day,
        agreement.dispute.received_at.date(),
        field="signed_on",
        label="签署日期",
        earliest_label="纠纷受理日期",
    )


def finalise_agreement(ctx: ServiceContext, agreement_id: int, on: str = "") -> SignResult:
    """Check and lock a draft. Written: numbered, to be printed and signed. Oral: recorded."""
    with ctx.write() as session:
        agreement = load_agreement(session, agreement_id)
        require_step(agreement.dispute, _step_for(agreement))
        _require_draft(agreement)
        missing = missing_content(agreement, current_station(session), today=ctx.today())
        if missing:
            raise IncompleteAgreementError(missing)
        if agreement.form is AgreementForm.ORAL:
            dues = _signed(session, agreement, _signing_date(ctx, on, agreement))
            return SignResult(None, dues)
        if agreement.number is None:
            kind = (
                DocumentKind.PEOPLES_MEDIATION
                if agreement.kind is AgreementKind.PEOPLES_MEDIATION
                else DocumentKind.POLICE_MEDIATION
            )
            agreement.number = allocate(session, kind, ctx.today().year).text
        agreement.status = AgreementStatus.FINAL
        return SignResult(agreement.number, ())


def reopen_agreement(ctx: ServiceContext, agreement_id: int) -> None:
    """Send a finalised, unsigned agreement back to draft (it keeps its number)."""
    with ctx.write() as session:
        agreement = load_agreement(session, agreement_id)
        if agreement.status is not AgreementStatus.FINAL:
            raise ValidationError("只有已定稿、尚未签字的协议可以退回修改。")
        agreement.status = AgreementStatus.DRAFT


def mark_signed(ctx: ServiceContext, agreement_id: int, signed_on: str = "") -> SignResult:
    """The parties have signed the printed agreement: lock it and plan the follow-ups."""
    with ctx.write() as session:
        agreement = load_agreement(session, agreement_id)
        if agreement.status is AgreementStatus.DRAFT:
            raise ValidationError("协议还是草稿：请先定稿、打印，由各方签字后再标记为已签署。")
        if agreement.status is AgreementStatus.SIGNED:
            raise ValidationError("这份协议已经标记为已签署。")
        require_step(agreement.dispute, _step_for(agreement))
        dues = _signed(session, agreement, _signing_date(ctx, signed_on, agreement))
        return SignResult(agreement.number, dues)


def start_supplement(ctx: ServiceContext, agreement_id: int) -> int:
    """Open a draft supplementary agreement that refers to a signed one; returns its id."""
    with ctx.write() as session:
        original = load_agreement(session, agreement_id)
        if original.status is not AgreementStatus.SIGNED:
            raise ValidationError("只有已签署的协议才需要补充协议；草稿可以直接修改。")
        if original.form is AgreementForm.ORAL:
            raise ValidationError("口头协议不能订立补充协议，请另行起草书面协议。")
        require_step(original.dispute, Step.SUPPLEMENT)
        for other in original.dispute.agreements:
            if other.supplements_id == original.id and other.status is not AgreementStatus.SIGNED:
                raise ValidationError("这份协议已有一份未签署的补充协议，请打开它继续修改。")
        supplement = Agreement(
            dispute=original.dispute,
            kind=original.kind,
            form=AgreementForm.WRITTEN,
            facts=original.facts,
            points_in_dispute=original.points_in_dispute,
            responsibility=original.responsibility,
            performance_method=original.performance_method,
            performance_place=original.performance_place,
            mediator_id=original.mediator_id,
            mediator_name=original.mediator_name,
            recorder_name=original.recorder_name,
            judicial_confirmation=original.judicial_confirmation,
            supplements_id=original.id,
        )
        session.add(supplement)
        session.flush()
        return supplement.id
