"""A boundary agreement's life, as the mediation agreements': 草稿 → 定稿 (numbered, locked
for printing) → 已签署 (locked for good). A finalised one goes back to draft with a reason; a
signed one never does (the paper exists). ``missing_content`` says, one sentence per gap, what a
county reviewer would reject; a draft with any gap cannot be finalised."""

from __future__ import annotations

from lijiabu_desk.models import BoundaryAgreement
from lijiabu_desk.models.enums import AgreementStatus, DocumentKind
from lijiabu_desk.services.boundary.entry import (
    BoundaryInput,
    MeasurementInput,
    check_measurements,
    load_boundary,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreement_check import IncompleteAgreementError, residence
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.numbering import allocate
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import check_not_future, parse_date, require_text

#: Witness roles a boundary line needs (the article: the station chief and the village head
#: stand by while the tape is laid).
REQUIRED_WITNESSES = ("派出所", "村")


def measurement_inputs(a: BoundaryAgreement) -> tuple[MeasurementInput, ...]:
    return tuple(
        MeasurementInput(m.from_point, m.to_point, m.direction, f"{m.distance_m:g}", m.note)
        for m in a.measurements
        if m.deleted_at is None
    )


def missing_content(a: BoundaryAgreement) -> list[str]:
    """Every gap that stops ``a`` from being finalised, in the order of the printed form."""
    missing: list[str] = []
    parties = [p for p in a.parties if p.deleted_at is None]
    if len({p.side for p in parties}) < 2:
        missing.append("协议至少需要两方当事人（甲方、乙方）。")
    for party in parties:
        person = party.person
        gaps = [
            label
            for label, present in (
                ("住址", bool(residence(person))),
                ("身份证号码", bool(person.id_number)),
                ("联系电话", bool(person.phone)),
            )
            if not present
        ]
        if gaps:
            missing.append(
                f"{party.side}当事人{person.name}缺少{'、'.join(gaps)}（请在人员登记中补全）。"
            )
    if not a.parcel_name.strip():
        missing.append("没有填写地块名称。")
    if a.village_id is None:
        missing.append("没有选择地块所在的村。")
    blank = [w for w, side in zip("东南西北", (a.east, a.south, a.west, a.north), strict=True)
             if not side.strip()]  # fmt: skip
    if blank:
        missing.append(f"四至不全：没有写{'、'.join(blank)}至。")
    if not a.reference_point.strip():
        missing.append("没有写明双方认可的参照点（如界石、路中线、老石灰印）。")
    rows = measurement_inputs(a)
    if not rows:
        missing.append("没有丈量记录：请至少量一段，从参照点量起。")
    else:
        try:
            check_measurements(
                BoundaryInput(a.parcel_name, measurements=rows, closed_parcel=a.closed_parcel)
            )
        except ValidationError as exc:
            missing.append(exc.message)
    if not a.agreed_line.strip():
        missing.append("没有用文字写明商定的界线走向。")
    if not [m for m in a.markers if m.deleted_at is None]:
        missing.append("没有登记埋设的界标（石灰线、界石、木桩）。")
    roles = " ".join(w.role for w in a.witnesses if w.deleted_at is None)
    for needed, words in zip(REQUIRED_WITNESSES, ("派出所民警或所长", "村委会负责人"), strict=True):
        if needed not in roles:
            missing.append(f"见证人中没有{words}。")
    if a.measured_on is None:
        missing.append("没有填写丈量日期。")
    return missing


def finalise_boundary(ctx: ServiceContext, agreement_id: int) -> str:
    """定稿: check, number and lock for printing; returns the number."""
    with ctx.write(Permission.EDIT_RECORDS) as session:
        a = load_boundary(session, agreement_id)
        if a.status is not AgreementStatus.DRAFT:
            raise ValidationError("这份地界协议已经定稿。", "status")
        missing = missing_content(a)
        if missing:
            raise IncompleteAgreementError(missing)
        if a.number is None:  # numbered once: a draft taken back keeps its number
            a.number = allocate(session, DocumentKind.BOUNDARY, ctx.today().year).text
        a.status = AgreementStatus.FINAL
        return a.number


def reopen_boundary(ctx: ServiceContext, agreement_id: int) -> None:
    """退回草稿: a finalised, unsigned agreement back to draft (it keeps its number)."""
    with ctx.write(Permission.EDIT_RECORDS) as session:
        a = load_boundary(session, agreement_id)
        if a.status is not AgreementStatus.FINAL:
            raise ValidationError("只有已定稿、尚未签字的地界协议可以退回修改。", "status")
        a.status = AgreementStatus.DRAFT


def mark_boundary_signed(ctx: ServiceContext, agreement_id: int, signed_on: str) -> None:
    """已签署: the parties and witnesses signed on ``signed_on``; locked for good."""
    day = (
        parse_date(signed_on, field="signed_on", label="签署日期")
        if signed_on.strip()
        else (ctx.today())
    )
    check_not_future(day, today=ctx.today(), field="signed_on", label="签署日期")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        a = load_boundary(session, agreement_id)
        if a.status is not AgreementStatus.FINAL:
            raise ValidationError("请先定稿并打印，双方签字后再登记已签署。", "status")
        if a.measured_on is not None and day < a.measured_on:
            raise ValidationError("签署日期不能早于丈量日期。", "signed_on")
        a.status, a.signed_on = AgreementStatus.SIGNED, day


def retire_boundary(ctx: ServiceContext, agreement_id: int, reason: str) -> None:
    """注销 a draft entered by mistake; a finalised or signed one stays (its paper exists)."""
    require_text(reason, field="reason", label="注销原因", max_length=500)
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        a = load_boundary(session, agreement_id)
        if a.status is not AgreementStatus.DRAFT:
            raise ValidationError("已定稿或签署的地界协议不能注销。", "status")
        a.deleted_at = ctx.now()
