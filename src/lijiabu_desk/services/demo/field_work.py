"""What the demo's home visits did, written after the rest of the activity so that the random
stream (and so the rest of the demo) stays as it was: the members each visit installed the
anti-fraud app for (their install day), the photos taken for ID renewal and the renewals they
started (the recent ones still open, some already sent to the county), and the visit's kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import update

from lijiabu_desk.models import HomeVisit, HomeVisitOfficer, HomeVisitPerson, IdRenewal, Person
from lijiabu_desk.models.enums import VisitPurpose
from lijiabu_desk.services.demo.context import Context
from lijiabu_desk.services.demo.people import Member
from lijiabu_desk.services.demo.township import Home
from lijiabu_desk.services.identity import propose_expiry

#: Renewals whose photo is older than this have been sent to the county.
SENT_AFTER = timedelta(days=20)
#: Older than this, the new card has been delivered (45 days after the photo).
DELIVERED_AFTER = timedelta(days=90)
ADULT = 16


@dataclass(frozen=True)
class VisitDone:
    visit_id: int
    day: date
    app_for: tuple[Member, ...]  # the adults with a phone, when the app was installed
    photo_for: Member | None


def purpose_kind(purpose: str) -> VisitPurpose:
    """The visit's kind from its words, as migration 0009 reads older visits."""
    for words, kind in (
        ("反诈", VisitPurpose.ANTI_FRAUD),
        ("身份证", VisitPurpose.ID_RENEWAL),
        ("连心卡", VisitPurpose.CARD_DELIVERY),
        ("回访", VisitPurpose.FOLLOW_UP),
        ("老人", VisitPurpose.ELDER_CHECK),
    ):
        if words in purpose:
            return kind
    return VisitPurpose.ROUTINE


def app_users(members: list[Member], day: date) -> tuple[Member, ...]:
    """Who gets the app on a visit: up to two living adults with a mobile."""
    adults = [m for m in members if m.active and m.phone and m.age(day) >= ADULT]
    return tuple(adults[:2])


def record_field_work(ctx: Context, done: list[VisitDone]) -> None:
    installed: dict[int, date] = {}
    for visit in done:
        when = datetime.combine(visit.day, time(17, 0))
        people = {m.id: m for m in visit.app_for}
        if visit.photo_for is not None:
            people.setdefault(visit.photo_for.id, visit.photo_for)
        for person_id in sorted(people):
            ctx.add(
                HomeVisitPerson, when,
                visit_id=visit.visit_id, person_id=person_id,
                app_installed=person_id in {m.id for m in visit.app_for},
                id_photo_taken=visit.photo_for is not None and visit.photo_for.id == person_id,
            )  # fmt: skip
        for member in visit.app_for:
            installed[member.id] = min(installed.get(member.id, visit.day), visit.day)
        if visit.photo_for is not None:
            _renewal(ctx, visit.photo_for, visit.day, visit.visit_id)
    ctx.flush()
    for person_id, day in installed.items():
        ctx.session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(anti_fraud_app_on=day, updated_at=datetime.combine(day, time(17, 0)))
        )


def _renewal(ctx: Context, member: Member, photo: date, visit_id: int) -> None:
    """The renewal a photo started: delivered when long ago (the person's card is the new one),
    sent to the county after a few weeks, else waiting to be sent."""
    age = ctx.today - photo
    sent = photo + timedelta(days=5) if age > SENT_AFTER else None
    delivered = photo + timedelta(days=45) if age > DELIVERED_AFTER else None
    expiry = propose_expiry(member.birth, sent) if delivered and sent else None
    ctx.add(
        IdRenewal, datetime.combine(photo, time(17, 0)),
        person_id=member.id, photo_taken_on=photo, visit_id=visit_id,
        application_sent_on=sent, delivered_on=delivered, new_expiry_date=expiry, notes="",
    )  # fmt: skip
    if delivered and sent:
        ctx.flush()
        ctx.session.execute(
            update(Person)
            .where(Person.id == member.id)
            .values(
                id_issue_date=sent,
                id_expiry_date=expiry,
                id_long_term=expiry is None,
                updated_at=datetime.combine(delivered, time(17, 0)),
            )
        )


def renewals_on_the_desk(ctx: Context, homes: list[Home], officer_of: dict[int, int]) -> None:
    """Two residents whose cards are due and being renewed through the post right now: one
    photographed three days ago, one sent to the county five days ago (the demo's ID queue
    shows both stages)."""
    window = ctx.today + timedelta(days=92)
    due = [
        (home, m)
        for home in homes
        for m in home.members
        if m.active and m.expiry is not None and m.expiry <= window
    ]
    for (home, member), (photo_ago, sent_ago) in zip(due, ((3, None), (12, 5)), strict=False):
        photo = ctx.today - timedelta(days=photo_ago)
        when = datetime.combine(photo, time(10, 0))
        visit_id = ctx.add(
            HomeVisit, when,
            household_id=home.id, visit_date=photo, purpose_kind=VisitPurpose.ID_RENEWAL,
            purpose="上门办理身份证", summary=f"为{member.name}上门采集身份证照片。",
            anti_fraud_app_installed=False, contact_card_handed=False, id_photo_taken=True,
            dispute_id=None,
        )  # fmt: skip
        ctx.add(HomeVisitOfficer, when, visit_id=visit_id, officer_id=officer_of[home.id])
        ctx.add(
            HomeVisitPerson, when,
            visit_id=visit_id, person_id=member.id, app_installed=False, id_photo_taken=True,
        )  # fmt: skip
        sent = ctx.today - timedelta(days=sent_ago) if sent_ago is not None else None
        ctx.add(
            IdRenewal, when,
            person_id=member.id, photo_taken_on=photo, visit_id=visit_id,
            application_sent_on=sent, delivered_on=None, new_expiry_date=None, notes="",
        )  # fmt: skip
