"""What the start screen shows: the station's name and how many records of each kind exist.

The window loads this off the GUI thread after it is shown (``ui.shell.start_page``). Each count
reads an index, never every row of the register: residents are the people in the register
(the people list's index on ``status, deleted_at`` answers without reading a row) less those
without a household (the household index finds those few), and expiring ID cards are read
through the expiry-date index (without table statistics SQLite would rather walk the whole
register through the status index: 0.4 s at 127,000 people, against a few milliseconds).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from lijiabu_desk.models import (
    Agreement,
    Dispute,
    FollowUp,
    HomeVisit,
    Household,
    Officer,
    Person,
    ServiceCall,
    Village,
)
from lijiabu_desk.models.enums import DisputeStatus, ResidentStatus
from lijiabu_desk.services.station import current_station

OPEN_STATUSES = (DisputeStatus.REGISTERED, DisputeStatus.MEDIATING, DisputeStatus.FOLLOW_UP)


@dataclass(frozen=True)
class Overview:
    station_name: str
    villages: int
    households: int
    residents: int
    outsiders: int
    officers: int
    disputes: int
    open_disputes: int
    disputes_overdue: int  # still being mediated past their time limit
    follow_ups_due: int  # planned visits whose day has come, not yet made
    agreements: int
    home_visits: int
    service_calls: int
    id_cards_expiring: int


#: ``persons.status`` behind SQLite's unary ``+``: the same value, but not a column the planner
#: may look up in an index (as ``services.queues.people``), so it reads the expiry index.
_STATUS_UNINDEXED = UnaryExpression(
    Person.status, operator=custom_op("+"), type_=Person.status.type
)


def _count(session: Session, model: type, *conditions: object) -> int:
    stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *conditions)
    return int(session.scalar(stmt) or 0)


def load_overview(session: Session, *, today: date, expiry_window_days: int = 92) -> Overview:
    """Counts of live (not retired) records; ``id_cards_expiring`` counts expired cards and
    cards whose renewal window (three months before expiry) is open on ``today``."""
    station = current_station(session)
    horizon = date.fromordinal(today.toordinal() + expiry_window_days)
    active = Person.status == ResidentStatus.ACTIVE
    in_register = _count(session, Person, active)  # the index alone answers
    without_household = _count(
        session,
        Person,
        Person.household_id.is_(None),
        _STATUS_UNINDEXED == ResidentStatus.ACTIVE,
    )
    return Overview(
        station_name=station.name if station else "",
        villages=_count(session, Village),
        households=_count(session, Household),
        residents=in_register - without_household,
        outsiders=_count(session, Person, Person.household_id.is_(None)),
        officers=_count(session, Officer, Officer.active.is_(True)),
        disputes=_count(session, Dispute),
        open_disputes=_count(session, Dispute, Dispute.status.in_(OPEN_STATUSES)),
        disputes_overdue=_count(
            session,
            Dispute,
            Dispute.status.in_((DisputeStatus.REGISTERED, DisputeStatus.MEDIATING)),
            Dispute.deadline < today,
        ),
        follow_ups_due=_count(
            session,
            FollowUp,
            FollowUp.visited_on.is_(None),
            FollowUp.due_on <= today,
            FollowUp.agreement_id.in_(
                select(Agreement.id)
                .join(Dispute, Dispute.id == Agreement.dispute_id)
                .where(Dispute.status != DisputeStatus.CLOSED)
            ),
        ),
        agreements=_count(session, Agreement),
        home_visits=_count(session, HomeVisit),
        service_calls=_count(session, ServiceCall),
        id_cards_expiring=_count(
            session,
            Person,
            _STATUS_UNINDEXED == ResidentStatus.ACTIVE,
            Person.id_expiry_date.is_not(None),
            Person.id_expiry_date <= horizon,
        ),
    )
