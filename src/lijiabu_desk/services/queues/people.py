"""身份证到期: ID cards expired or whose renewal window (three months before expiry) is open.

The rule is the register's one rule (``people_list.card_state`` and its ``RENEWAL_WINDOW``, 92
days), over the same people the people list's 身份证到期 filter selects: in the register (在册)
and not retired; moved away, dead and retired records never count. People who need the post to
come to them (``needs_home_service``) come first, then the card that ran out first.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from lijiabu_desk.models import Household, Person
from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.queues.common import (
    ROW_LIMIT,
    Queue,
    QueueRow,
    RecordKind,
    masked,
    run_queue,
)
from lijiabu_desk.services.register.people_list import (
    RENEWAL_WINDOW,
    CardState,
    card_state,
    load_rows,
)
from lijiabu_desk.services.visits.renewals import RenewalStage, renewal_views_in

ID_CARDS_DUE = "id_cards_due"

_STATE_WORDS = {CardState.EXPIRED: "身份证已过期", CardState.DUE: "身份证3个月内到期"}


#: ``persons.status`` behind SQLite's unary ``+``: the same value, but not a column the planner
#: may look up in an index. Without table statistics SQLite prefers the people list's index
#: (status, deleted_at, …), which means reading every resident (~150 ms on 127,000 people);
#: the expiry index reads only the few thousand cards that run out (~15 ms).
_STATUS_UNINDEXED = UnaryExpression(
    Person.status, operator=custom_op("+"), type_=Person.status.type
)


def _due(today: date) -> tuple[ColumnElement[bool], ...]:
    """``person_ids(PeopleFilter.ID_DUE)`` at ``today`` (a test holds the two together)."""
    return (
        Person.deleted_at.is_(None),
        _STATUS_UNINDEXED == ResidentStatus.ACTIVE,
        Person.id_long_term.is_(False),
        Person.id_expiry_date <= today + RENEWAL_WINDOW,
    )


def count_id_cards_due(session: Session, today: date) -> int:
    stmt = select(func.count()).select_from(Person).where(*_due(today))
    return int(session.scalar(stmt) or 0)


def list_id_cards_due(session: Session, today: date, limit: int) -> list[QueueRow]:
    ids = list(
        session.scalars(
            select(Person.id)
            .where(*_due(today))
            .order_by(Person.needs_home_service.desc(), Person.id_expiry_date, Person.id)
            .limit(limit)
        )
    )
    shown = load_rows(session, ids, today)
    extra = {
        r.id: r
        for r in session.execute(
            select(
                Person.id,
                Person.phone,
                Person.needs_home_service,
                Person.home_service_reason,
                Household.phone.label("home_phone"),
                Household.phone2.label("home_phone2"),
            )
            .outerjoin(Household, Household.id == Person.household_id)
            .where(Person.id.in_(ids))
        )
    }
    stages = renewal_views_in(session, ids)
    rows = []
    for person_id in ids:
        p, more = shown[person_id], extra[person_id]
        state = card_state(p.id_expiry, p.id_long_term, today)
        reason = _STATE_WORDS[state] if state is not None else ""
        if more.needs_home_service:
            why = more.home_service_reason.strip()
            reason += f"；需上门服务（{why}）" if why else "；需上门服务"
        if stages[person_id].stage is not RenewalStage.DUE:  # where its renewal stands
            reason += f"；{stages[person_id].stage_label}"
        rows.append(
            QueueRow(
                kind=RecordKind.PERSON,
                record_id=person_id,
                name=p.name,
                village=p.village,
                address=p.address,
                phone=masked(more.phone, more.home_phone, more.home_phone2),
                due_on=p.id_expiry,
                reason=reason,
                household_id=p.household_id,
            )
        )
    return rows


def id_cards_due(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """People whose ID card has expired or expires within the renewal window at ``today``;
    those needing home service first, then by expiry."""
    return run_queue(
        ctx, ID_CARDS_DUE, today, count_id_cards_due, list_id_cards_due, rows=rows, limit=limit
    )
