"""上门办证: an ID card renewed for someone who cannot come to the station, step by step.

due (the card expired or its renewal window is open) → photo taken (on a visit, or at the
station) → application sent to the county → new card delivered. Delivery writes the new card
onto the person: its issue date (the application's day unless typed) and its expiry, proposed by
the validity rule of the ID-card law from the holder's age (长期 from 46). A renewal is open
until delivered; a person has at most one open renewal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import IdRenewal, Person
from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.identity import propose_expiry
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import check_not_future, parse_date


class RenewalStage(StrEnum):
    DUE = "due"
    PHOTO = "photo"
    SENT = "sent"
    DELIVERED = "delivered"


STAGE_LABELS = {
    RenewalStage.DUE: "待拍照",
    RenewalStage.PHOTO: "已拍照，待送审",
    RenewalStage.SENT: "已送审，待领证",
    RenewalStage.DELIVERED: "新证已送达",
}


@dataclass(frozen=True)
class RenewalView:
    person_id: int
    stage: RenewalStage
    stage_label: str
    photo_taken_on: date | None
    application_sent_on: date | None
    delivered_on: date | None


def _stage(renewal: IdRenewal | None) -> RenewalStage:
    if renewal is None or renewal.photo_taken_on is None:
        return RenewalStage.DUE
    if renewal.delivered_on is not None:
        return RenewalStage.DELIVERED
    return RenewalStage.SENT if renewal.application_sent_on is not None else RenewalStage.PHOTO


def _view(person_id: int, renewal: IdRenewal | None) -> RenewalView:
    stage = _stage(renewal)
    return RenewalView(
        person_id,
        stage,
        STAGE_LABELS[stage],
        renewal.photo_taken_on if renewal else None,
        renewal.application_sent_on if renewal else None,
        renewal.delivered_on if renewal else None,
    )


def open_renewal(session: Session, person_id: int) -> IdRenewal | None:
    return session.scalar(
        select(IdRenewal)
        .where(
            IdRenewal.person_id == person_id,
            IdRenewal.deleted_at.is_(None),
            IdRenewal.delivered_on.is_(None),
        )
        .order_by(IdRenewal.id.desc())
        .limit(1)
    )


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError("找不到这个人，可能已被注销。")
    if person.status is not ResidentStatus.ACTIVE:
        raise ValidationError("此人已迁出或死亡，不能再为其办证。", "person_id")
    return person


def photo_taken(session: Session, person: Person, day: date, visit_id: int | None) -> IdRenewal:
    """The photo step, in a transaction already open (a visit's): the open renewal, or a new one."""
    renewal = open_renewal(session, person.id)
    if renewal is None:
        renewal = IdRenewal(person_id=person.id)
        session.add(renewal)
    renewal.photo_taken_on, renewal.visit_id = day, visit_id
    return renewal


def _day(text: str, today: date, field: str, label: str) -> date:
    day = parse_date(text, field=field, label=label) if text.strip() else today
    return check_not_future(day, today=today, field=field, label=label)


def record_photo(ctx: ServiceContext, person_id: int, on: str = "") -> None:
    """The photo taken at the station (not on a visit)."""
    day = _day(on, ctx.today(), "photo_taken_on", "拍照日期")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        photo_taken(session, _person(session, person_id), day, None)


def record_application_sent(ctx: ServiceContext, person_id: int, on: str = "") -> None:
    """送审: the application went to the county's ID office."""
    day = _day(on, ctx.today(), "application_sent_on", "送审日期")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        _person(session, person_id)
        renewal = open_renewal(session, person_id)
        if renewal is None or renewal.photo_taken_on is None:
            raise ValidationError("还没有登记拍照，请先登记拍照再送审。", "application_sent_on")
        if day < renewal.photo_taken_on:
            raise ValidationError("送审日期不能早于拍照日期。", "application_sent_on")
        renewal.application_sent_on = day


def proposed_expiry(ctx: ServiceContext, person_id: int, issued: str = "") -> date | None:
    """The new card's expiry by the validity rule, for a card issued on ``issued`` (the
    application's day when empty); None for 长期 or when the birth date is not known."""
    with ctx.read() as session:
        person = _person(session, person_id)
        renewal = open_renewal(session, person_id)
        fallback = renewal.application_sent_on if renewal else None
        day = parse_date(issued, field="issue_date", label="签发日期") if issued.strip() else None
        day = day or fallback or ctx.today()
        return propose_expiry(person.birth_date, day) if person.birth_date else None


def record_delivered(
    ctx: ServiceContext, person_id: int, on: str = "", issued: str = "", expiry: str = ""
) -> None:
    """送证: the new card handed to its holder. The person's card becomes the new one: issued
    on ``issued`` (the application's day when empty), expiring on ``expiry`` (the rule's date
    when empty; 长期 when the rule says so)."""
    day = _day(on, ctx.today(), "delivered_on", "送达日期")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        person = _person(session, person_id)
        renewal = open_renewal(session, person_id)
        if renewal is None or renewal.application_sent_on is None:
            raise ValidationError("还没有登记送审，请先登记送审再登记送达。", "delivered_on")
        if day < renewal.application_sent_on:
            raise ValidationError("送达日期不能早于送审日期。", "delivered_on")
        issue = (
            parse_date(issued, field="issue_date", label="签发日期")
            if issued.strip()
            else renewal.application_sent_on
        )
        if issue > day:
            raise ValidationError("新证的签发日期不能晚于送达日期。", "issue_date")
        if expiry.strip():
            new_expiry: date | None = parse_date(expiry, field="expiry", label="有效期至")
        elif person.birth_date is not None:
            new_expiry = propose_expiry(person.birth_date, issue)
        else:
            raise ValidationError("此人没有出生日期，请填写新证的有效期。", "expiry")
        if new_expiry is not None and new_expiry <= issue:
            raise ValidationError("有效期应晚于签发日期。", "expiry")
        renewal.delivered_on, renewal.new_expiry_date = day, new_expiry
        person.id_issue_date = issue
        person.id_expiry_date = new_expiry
        person.id_long_term = new_expiry is None


def renewal_views(ctx: ServiceContext, person_ids: list[int]) -> dict[int, RenewalView]:
    """Where each person is in the renewal (an open one, else due): for the ID-due list."""
    with ctx.read() as session:
        return renewal_views_in(session, person_ids)


def renewal_views_in(session: Session, person_ids: list[int]) -> dict[int, RenewalView]:
    found: dict[int, IdRenewal] = {}
    if person_ids:
        for renewal in session.scalars(
            select(IdRenewal)
            .where(
                IdRenewal.person_id.in_(person_ids),
                IdRenewal.deleted_at.is_(None),
                IdRenewal.delivered_on.is_(None),
            )
            .order_by(IdRenewal.id)
        ):
            found[renewal.person_id] = renewal
    return {pid: _view(pid, found.get(pid)) for pid in person_ids}
