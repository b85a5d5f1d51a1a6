"""Document numbers such as "（2026）安李人调字第12号".

A number is taken from a per-kind, per-year counter inside the same transaction that saves the
numbered record. Our engine starts every transaction with BEGIN IMMEDIATE, so two processes saving
at once are serialised by SQLite's write lock: if the save fails the counter rolls back with it,
which is why numbers have neither gaps nor duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from lijiabu_desk.models import DocumentCounter
from lijiabu_desk.models.enums import DocumentKind
from lijiabu_desk.services.station import current_station

DEFAULT_PREFIXES: dict[DocumentKind, str] = {
    DocumentKind.DISPUTE_CASE: "安李纠",
    DocumentKind.PEOPLES_MEDIATION: "安李人调",
    DocumentKind.POLICE_MEDIATION: "安李公调",
    DocumentKind.BOUNDARY: "安李地界",
    DocumentKind.CONTACT_CARD: "安李卡",
    DocumentKind.MEETING_MINUTES: "安李联",
}

_STATION_FIELD: dict[DocumentKind, str] = {
    DocumentKind.DISPUTE_CASE: "prefix_dispute_case",
    DocumentKind.PEOPLES_MEDIATION: "prefix_peoples_mediation",
    DocumentKind.POLICE_MEDIATION: "prefix_police_mediation",
    DocumentKind.BOUNDARY: "prefix_boundary",
}


@dataclass(frozen=True)
class DocumentNumber:
    kind: DocumentKind
    year: int
    seq: int
    text: str


def format_number(prefix: str, year: int, seq: int) -> str:
    return f"（{year}）{prefix}字第{seq}号"


def prefix_for(session: Session, kind: DocumentKind) -> str:
    field = _STATION_FIELD.get(kind)
    station = current_station(session)
    if field and station is not None and getattr(station, field):
        return str(getattr(station, field))
    return DEFAULT_PREFIXES[kind]


def next_seq(session: Session, kind: DocumentKind, year: int) -> int:
    """Take the next sequence number; must run inside the transaction that saves the record."""
    stmt = (
        insert(DocumentCounter)
        .values(kind=kind, year=year, last_value=1)
        .on_conflict_do_update(
            index_elements=[DocumentCounter.kind, DocumentCounter.year],
            set_={"last_value": DocumentCounter.last_value + 1},
        )
        .returning(DocumentCounter.last_value)
    )
    return int(session.execute(stmt).scalar_one())


def allocate(session: Session, kind: DocumentKind, year: int) -> DocumentNumber:
    seq = next_seq(session, kind, year)
    return DocumentNumber(kind, year, seq, format_number(prefix_for(session, kind), year, seq))
