"""入户走访: a home visit logged with what it did, in one transaction.

A visit may install the anti-fraud app for named members (their ``anti_fraud_app_on`` is set
to the visit's day unless an earlier day is known), take the photo for a member's ID-card
renewal (the renewal is started, or its photo step filled, see ``renewals``), and hand over the
contact card (recorded as a card issuance, exactly as the card screen records one). Nothing of
it is half-saved: a refusal anywhere leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import (
    HomeVisit,
    HomeVisitOfficer,
    HomeVisitPerson,
    Household,
    Officer,
    Person,
)
from lijiabu_desk.models.enums import ResidentStatus, VisitPurpose
from lijiabu_desk.services.cards.issuance import add_handovers
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import check_not_future, parse_date, require_text
from lijiabu_desk.services.visits.renewals import photo_taken

SUMMARY_MAX = 2000
PURPOSE_MAX = 200


@dataclass(frozen=True)
class VisitInput:
    household_id: int
    visit_date: str  # as typed; today when empty
    purpose_kind: VisitPurpose | None
    officer_ids: tuple[int, ...]
    purpose: str = ""  # in words, optional
    summary: str = ""  # what was done and found
    app_installed_for: tuple[int, ...] = ()  # members who now have the anti-fraud app
    photo_taken_for: tuple[int, ...] = ()  # members photographed for their ID card
    card_handed_over: bool = False  # the contact card was handed over on this visit

    def __post_init__(self) -> None:
        coerce_codes(self, purpose_kind=VisitPurpose)


def _household(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None or household.deleted_at is not None:
        raise NotFoundError("找不到这一户，可能已被注销。")
    return household


def _members(session: Session, household_id: int, ids: set[int], what: str) -> dict[int, Person]:
    """The named members, each living in the household now."""
    if not ids:
        return {}
    people = session.scalars(select(Person).where(Person.id.in_(ids))).all()
    found = {
        p.id: p
        for p in people
        if p.household_id == household_id
        and p.deleted_at is None
        and p.status is ResidentStatus.ACTIVE
    }
    if set(found) != ids:
        raise ValidationError(f"{what}只能选这一户现有的成员。", "members")
    return found


def log_visit(ctx: ServiceContext, data: VisitInput) -> int:
    """Record a visit and what it did; returns the visit's id."""
    if data.purpose_kind is None:
        raise ValidationError("请选择走访类型。", "purpose_kind")
    day = (
        parse_date(data.visit_date, field="visit_date", label="走访日期")
        if (data.visit_date.strip())
        else ctx.today()
    )
    check_not_future(day, today=ctx.today(), field="visit_date", label="走访日期")
    officer_ids = list(dict.fromkeys(data.officer_ids))
    if not officer_ids:
        raise ValidationError("请选择参加走访的民警。", "officers")
    purpose = data.purpose.strip()
    if len(purpose) > PURPOSE_MAX:
        raise ValidationError(f"走访目的最多{PURPOSE_MAX}个字。", "purpose")
    summary = (
        require_text(
            data.summary, field="summary", label="走访情况", max_length=SUMMARY_MAX, multiline=True
        )
        if data.summary.strip()
        else ""
    )
    with ctx.write(Permission.EDIT_RECORDS) as session:
        household = _household(session, data.household_id)
        for officer_id in officer_ids:
            officer = session.get(Officer, officer_id)
            if officer is None or officer.deleted_at is not None:
                raise ValidationError("所选民警不存在，请重新选择。", "officers")
        app = _members(session, household.id, set(data.app_installed_for), "安装反诈App的人")
        photo = _members(session, household.id, set(data.photo_taken_for), "拍照办证的人")
        visit = HomeVisit(
            household=household,
            visit_date=day,
            purpose_kind=data.purpose_kind,
            purpose=purpose,
            summary=summary,
            anti_fraud_app_installed=bool(app),
            id_photo_taken=bool(photo),
            contact_card_handed=data.card_handed_over,
        )
        visit.officers = [HomeVisitOfficer(officer_id=i) for i in officer_ids]
        visit.people = [
            HomeVisitPerson(
                person_id=person_id,
                app_installed=person_id in app,
                id_photo_taken=person_id in photo,
            )
            for person_id in sorted(set(app) | set(photo))
        ]
        session.add(visit)
        session.flush()
        for person in app.values():
            if person.anti_fraud_app_on is None or person.anti_fraud_app_on > day:
                person.anti_fraud_app_on = day
        for person in photo.values():
            photo_taken(session, person, day, visit.id)
        if data.card_handed_over:
            add_handovers(session, [household.id], officer_ids[0], day)
        return visit.id


def retire_visit(ctx: ServiceContext, visit_id: int, reason: str) -> None:
    """注销 a visit logged by mistake. What it recorded elsewhere (a card issuance, an app
    install date, a renewal's photo) stays: each has its own way back."""
    why = require_text(reason, field="reason", label="注销原因", max_length=500)
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        visit = session.get(HomeVisit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFoundError("找不到这次走访记录，可能已被注销。")
        visit.deleted_at = ctx.now()
        visit.summary = f"{visit.summary}\n注销原因：{why}".strip()
