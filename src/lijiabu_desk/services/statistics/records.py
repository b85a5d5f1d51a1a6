"""The records behind a figure, as rows a list can show: what the statistics screen opens when a
number is double-clicked.

The drill-downs (``dispute_ids``, ``follow_up_ids``, ``call_ids``, ``service_ids``) say which
records a figure counts; :func:`record_rows` describes them — number, name, village, the day
that put them in the figure and a few words — and says which page each opens, in the words the
main window's ``open_record`` understands: a case ("dispute"), a call ("call"), a household
("household"), a person ("person"), or the outreach area ("outreach"). A follow-up visit opens
its case, a home visit and a contact card their household, an ID renewal its person. Phones are
not listed (the rows are for finding the record, not for calling).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import (
    Agreement,
    ContactCard,
    Dispute,
    FollowUp,
    HomeVisit,
    Household,
    IdRenewal,
    Officer,
    OutreachEvent,
    Person,
    ServiceCall,
    Village,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.labels import CATEGORY_LABELS, STATUS_LABELS
from lijiabu_desk.services.disputes.listing import _party_names
from lijiabu_desk.services.field_values import CALL_KIND_LABELS, VISIT_PURPOSE_LABELS
from lijiabu_desk.services.queues.common import place
from lijiabu_desk.services.queues.households import household_rows
from lijiabu_desk.services.statistics.common import Records

#: What each kind of record is called in the list.
RECORD_WORDS: dict[Records, str] = {
    Records.DISPUTE: "矛盾纠纷",
    Records.FOLLOW_UP: "回访",
    Records.CALL: "服务求助",
    Records.VISIT: "入户走访",
    Records.HOUSEHOLD: "户",
    Records.RENEWAL: "上门办证",
    Records.CARD: "警民连心卡",
    Records.OUTREACH: "反诈宣传",
}


@dataclass(frozen=True)
class RecordRow:
    records: Records
    record_id: int
    opens: str  # the page it opens: "dispute", "call", "household", "person" or "outreach"
    open_id: int  # the record that page shows (a follow-up's case, a visit's household …)
    household_id: int | None  # a person's household, for the register
    what: str  # RECORD_WORDS
    number: str  # case number, household number; "" when the record has none
    name: str  # the parties, the caller, the household's head, the person, the place
    village: str
    day: date | None  # the day that puts the record in the figure
    detail: str


Describe = Callable[[Session, list[int]], dict[int, RecordRow]]


def _day(moment: datetime | date | None) -> date | None:
    return moment.date() if isinstance(moment, datetime) else moment


def _day_words(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _disputes(session: Session, ids: list[int]) -> dict[int, RecordRow]:
    stmt = (
        select(
            Dispute.id,
            Dispute.case_no,
            Dispute.category,
            Dispute.status,
            Dispute.received_at,
            Village.name.label("village"),
        )
        .outerjoin(Village, Village.id == Dispute.village_id)
        .where(Dispute.id.in_(ids))
    )
    names = _party_names(session, ids)
    return {
        r.id: RecordRow(
            Records.DISPUTE,
            r.id,
            "dispute",
            r.id,
            None,
            RECORD_WORDS[Records.DISPUTE],
            r.case_no,
            "、".join(names[r.id]),
            r.village or "",
            _day(r.received_at),
            f"{CATEGORY_LABELS[r.category]}，{STATUS_LABELS[r.status]}",
        )
        for r in session.execute(stmt)
    }


def _follow_ups(session: Session, ids: list[int]) -> dict[int, RecordRow]:
    stmt = (
        select(
            FollowUp.id,
            FollowUp.due_on,
            FollowUp.visited_on,
            Dispute.id.label("case"),
            Dispute.case_no,
            Village.name.label("village"),
        )
        .join(Agreement, Agreement.id == FollowUp.agreement_id)
        .join(Dispute, Dispute.id == Agreement.dispute_id)
        .outerjoin(Village, Village.id == Dispute.village_id)
        .where(FollowUp.id.in_(ids))
    )
    found = session.execute(stmt).all()
    names = _party_names(session, sorted({r.case for r in found}))
    rows = {}
    for r in found:
        done = f"{_day_words(r.visited_on)}已回访" if r.visited_on else "尚未回访"
        rows[r.id] = RecordRow(
            Records.FOLLOW_UP,
            r.id,
            "dispute",
            r.case,
            None,
            RECORD_WORDS[Records.FOLLOW_UP],
            r.case_no,
            "、".join(names[r.case]),
            r.village or "",
            r.due_on,
            f"应于{_day_words(r.due_on)}回访，{done}",
        )
    return rows


def _calls(session: Session, ids: list[int]) -> dict[int, RecordRow]:
    stmt = (
        select(
            ServiceCall.id,
            ServiceCall.received_at,
            ServiceCall.caller_name,
            ServiceCall.kind,
            ServiceCall.completed_at,
            Village.name.label("village"),
        )
        .outerjoin(Village, Village.id == ServiceCall.village_id)
        .where(ServiceCall.id.in_(ids))
    )
    return {
        r.id: RecordRow(
            Records.CALL,
            r.id,
            "call",
            r.id,
            None,
            RECORD_WORDS[Records.CALL],
            "",
            r.caller_name,
            r.village or "",
            _day(r.received_at),
            f"{CALL_KIND_LABELS[r.kind]}，{'已办结' if r.completed_at else '未办结'}",
        )
        for r in session.execute(stmt)
    }


def _household_row(
    records: Records, record_id: int, home: Any, day: date | None, detail: str
) -> RecordRow:
    """A row that opens ``home`` (``queues.households.household_rows``' row)."""
    return RecordRow(
        records,
        record_id,
        "household",
        home.id,
        home.id,
        RECORD_WORDS[records],
        home.household_no,
        home.head or "",
        home.village,
        day,
        detail,
    )


def _households(session: Session, ids: list[int]) -> dict[int, RecordRow]:
    homes = household_rows(session, ids)
    return {
        i: _household_row(Records.HOUSEHOLD, i, h, None, place(h.village, h.group, h.house_no))
        for i, h in homes.items()
    }


def _visits(session: Session, ids: list[int]) -> dict[int, RecordRow]:
    stmt = select(
        HomeVisit.id,
        HomeVisit.household_id,
        HomeVisit.visit_date,
        HomeVisit.purpose_kind,
        HomeVisit.purpose,
    ).where(HomeVisit.id.in_(ids))
    found = session.execute(stmt).all()
    homes = household_rows(session, sorted({r.household_id for r in found}))
    return {
        r.id: _household_row(
            Records.VISIT,
            r.id,
            homes[r.household_id],
            r.visit_date,
            r.purpose or VISIT_PURPOSE_LABELS.get(r.purpose_kind, ""),
        )
        for r in found
    }


def _cards(session: Session, ids: list[int]) -> dict[int, RecordRow]:
    stmt = (
        select(
            ContactCard.id,
            ContactCard.household_id,
            ContactCard.issued_on,
            Officer.name.label("officer"),
        )
        .join(Officer, Officer.id == ContactCard.officer_id)
        .where(ContactCard.id.in_(ids), ContactCard.household_id.is_not(None))
    )
    found = session.execute(stmt).all()
    homes = household_rows(session, sorted({r.household_id for r in found}))
    return {
        r.id: _household_row(
            Records.CARD, r.id, homes[r.household_id], r.issued_on, f"{r.officer}的连心卡"
        )
        for r in found
    }


def _renewals(session: Session, ids: list[int]) -> dict[int, RecordRow]:
    stmt = (
        select(
            IdRenewal.id,
            IdRenewal.photo_taken_on,
            IdRenewal.delivered_on,
            Person.id.label("person"),
            Person.name,
            Person.household_id,
            Village.name.label("village"),
        )
        .join(Person, Person.id == IdRenewal.person_id)
        .outerjoin(Household, Household.id == Person.household_id)
        .outerjoin(Village, Village.id == Household.village_id)
        .where(IdRenewal.id.in_(ids))
    )
    rows = {}
    for r in session.execute(stmt):
        steps = [
            f"{_day_words(r.photo_taken_on)}拍照" if r.photo_taken_on else "",
            f"{_day_words(r.delivered_on)}送达" if r.delivered_on else "",
        ]
        rows[r.id] = RecordRow(
            Records.RENEWAL,
            r.id,
            "person",
            r.person,
            r.household_id,
            RECORD_WORDS[Records.RENEWAL],
            "",
            r.name,
            r.village or "",
            r.delivered_on or r.photo_taken_on,
            "，".join(s for s in steps if s),
        )
    return rows


def _events(session: Session, ids: list[int]) -> dict[int, RecordRow]:
    stmt = (
        select(
            OutreachEvent.id,
            OutreachEvent.held_on,
            OutreachEvent.place,
            OutreachEvent.topic,
            OutreachEvent.people_reached,
            OutreachEvent.apps_installed,
            Village.name.label("village"),
        )
        .outerjoin(Village, Village.id == OutreachEvent.village_id)
        .where(OutreachEvent.id.in_(ids))
    )
    return {
        r.id: RecordRow(
            Records.OUTREACH,
            r.id,
            "outreach",
            r.id,
            None,
            RECORD_WORDS[Records.OUTREACH],
            "",
            r.place,
            r.village or "",
            r.held_on,
            "，".join(
                p
                for p in (r.topic, f"宣传{r.people_reached}人", f"安装反诈App {r.apps_installed}人")
                if p
            ),
        )
        for r in session.execute(stmt)
    }


DESCRIBE: dict[Records, Describe] = {
    Records.DISPUTE: _disputes,
    Records.FOLLOW_UP: _follow_ups,
    Records.CALL: _calls,
    Records.VISIT: _visits,
    Records.HOUSEHOLD: _households,
    Records.RENEWAL: _renewals,
    Records.CARD: _cards,
    Records.OUTREACH: _events,
}


def record_rows(ctx: ServiceContext, items: Sequence[tuple[Records, int]]) -> list[RecordRow]:
    """One row per (kind of record, id), in the order given; a record that no longer exists
    is left out."""
    wanted: dict[Records, list[int]] = defaultdict(list)
    for records, record_id in items:
        wanted[records].append(record_id)
    with ctx.read() as session:
        found = {
            records: DESCRIBE[records](session, sorted(set(ids))) for records, ids in wanted.items()
        }
    return [found[r][i] for r, i in items if i in found[r]]
