"""What the register already holds of the people and households a roster names, and nothing else.

A roster is matched to the register by ID number (people) and household number (households).
The preview used to load every person of the register as an ORM object to find the few hundred
it matches: 300,000 people cost 875 MiB and most of the time. Here only the rows whose ID number
or household number the roster names are read, only the columns the decisions compare, as
plain rows, through the unique indexes on ``persons.id_number`` and
``households.household_no``, in chunks of ``CHUNK`` values per ``IN (…)``: the cost follows the
roster's size, not the register's.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import date
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Person, VillageGroup
from lijiabu_desk.models.enums import Relation

__all__ = ["CHUNK", "RegisteredHousehold", "RegisteredPerson", "chunked", "households", "people"]

#: Values per ``IN (…)``: under the 999 bound values that SQLite builds before 3.32 allowed.
CHUNK = 900


class RegisteredPerson(Protocol):
    """A registered person as the preview compares it with a roster row (a result row)."""

    id: int
    name: str
    phone: str
    ethnicity: str
    relation: Relation | None
    address: str
    origin: str
    occupation: str
    notes: str
    id_issue_date: date | None
    id_expiry_date: date | None
    id_long_term: bool
    household_no: str | None  # of the household the person belongs to, if any


class RegisteredHousehold(Protocol):
    """A registered household as the preview fills it in (a result row)."""

    id: int
    household_no: str
    group_id: int | None
    group_name: str | None
    house_no: str
    address_detail: str
    phone: str


def chunked(values: Collection[Any], size: int | None = None) -> Iterator[list[Any]]:
    """``values`` (sorted, so that each chunk walks the index in order) in lists of ``size``
    (``CHUNK`` when not given)."""
    ordered: Sequence[Any] = sorted(values)
    size = size or CHUNK
    for start in range(0, len(ordered), size):
        yield list(ordered[start : start + size])


def people(session: Session, id_numbers: Collection[str]) -> dict[str, RegisteredPerson]:
    """The registered people with these ID numbers (retired and merged ones too: an ID number
    is unique in the register), by ID number."""
    query = select(
        Person.id_number,
        Person.id,
        Person.name,
        Person.phone,
        Person.ethnicity,
        Person.relation,
        Person.address,
        Person.origin,
        Person.occupation,
        Person.notes,
        Person.id_issue_date,
        Person.id_expiry_date,
        Person.id_long_term,
        Household.household_no,
    ).outerjoin(Household, Household.id == Person.household_id)
    found: dict[str, RegisteredPerson] = {}
    for chunk in chunked(id_numbers):
        for row in session.execute(query.where(Person.id_number.in_(chunk))):
            found[row.id_number] = row
    return found


def households(session: Session, numbers: Collection[str]) -> dict[str, RegisteredHousehold]:
    """The registered households with these household numbers (retired ones too: a number is
    unique in the register), by number, with the name of their 社."""
    query = select(
        Household.household_no,
        Household.id,
        Household.group_id,
        VillageGroup.name.label("group_name"),
        Household.house_no,
        Household.address_detail,
        Household.phone,
    ).outerjoin(VillageGroup, VillageGroup.id == Household.group_id)
    found: dict[str, RegisteredHousehold] = {}
    for chunk in chunked(numbers):
        for row in session.execute(query.where(Household.household_no.in_(chunk))):
            found[row.household_no] = row
    return found
