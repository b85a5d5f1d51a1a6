"""The station's own details (派出所设置), which every printed form reads."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Station
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import normalize_person_name, normalize_phone, require_text


@dataclass(frozen=True)
class StationDetails:
    name: str
    county_bureau: str = ""
    address: str = ""
    duty_phone: str = ""
    chief_name: str = ""
    chief_phone: str = ""
    mediation_committee: str = ""
    seal_text: str = ""
    prefix_peoples_mediation: str = ""
    prefix_police_mediation: str = ""
    prefix_dispute_case: str = ""
    prefix_boundary: str = ""


def _optional_phone(value: str, field: str, label: str) -> str:
    return normalize_phone(value, field=field, label=label) if value.strip() else ""


def validate_station(d: StationDetails) -> StationDetails:
    """Normalised details, or a ValidationError naming the first field at fault."""
    prefixes = {
        f.name: require_text(getattr(d, f.name), field=f.name, label="文书编号前缀", max_length=20)
        if getattr(d, f.name).strip()
        else ""
        for f in fields(d)
        if f.name.startswith("prefix_")
    }
    return StationDetails(
        name=require_text(d.name, field="name", label="派出所名称", max_length=80),
        county_bureau=column_text("stations", "county_bureau", d.county_bureau.strip()),
        address=column_text("stations", "address", d.address.strip()),
        duty_phone=_optional_phone(d.duty_phone, "duty_phone", "值班电话"),
        chief_name=normalize_person_name(d.chief_name, field="chief_name", label="所长姓名")
        if d.chief_name.strip()
        else "",
        chief_phone=_optional_phone(d.chief_phone, "chief_phone", "所长电话"),
        mediation_committee=column_text(
            "stations", "mediation_committee", d.mediation_committee.strip()
        ),
        seal_text=column_text("stations", "seal_text", d.seal_text.strip()),
        **prefixes,
    )


def current_station(session: Session) -> Station | None:
    """The station's one row (the oldest live one, should there ever be two)."""
    return session.scalars(
        select(Station).where(Station.deleted_at.is_(None)).order_by(Station.id)
    ).first()


def load_station(ctx: ServiceContext) -> StationDetails | None:
    with ctx.read() as session:
        station = current_station(session)
        if station is None:
            return None
        return StationDetails(**{f.name: getattr(station, f.name) for f in fields(StationDetails)})


def save_station(ctx: ServiceContext, details: StationDetails) -> StationDetails:
    clean = validate_station(details)
    with ctx.write(Permission.EDIT_SETTINGS) as session:
        apply_station(session, clean)
    return clean


def apply_station(session: Session, clean: StationDetails) -> None:
    """Write validated details into the station row (created on first use)."""
    station = current_station(session)
    if station is None:
        station = Station(name=clean.name)
        session.add(station)
    for f in fields(StationDetails):
        setattr(station, f.name, getattr(clean, f.name))


def station_name(db: Database) -> str:
    """The station's name for the login screen, before anyone has logged in."""
    with db.sessions() as session:
        station = current_station(session)
        return station.name if station else ""
