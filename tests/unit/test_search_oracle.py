"""The search box as an oracle: an account that sees ``621***********1234`` must not rebuild the
hidden digits by searching for them (issue 9: a 辅警 did it in 59 searches, none audited).

The attacks below use only the search box, as that 辅警 did; on the old search (a substring of
three or more characters anywhere in the number) each of them recovers the hidden digits.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.history import audit_row
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.search import search
from tests.case_setup import id_number

TARGET_ID = id_number("62110219680305123")  # 621***********123x on screen
TARGET_PHONE = "13909321234"  # 139****1234 on screen
OTHERS = [
    ("王秀英", id_number("62110219720716124"), "13809325678"),
    ("李桂兰", id_number("62110219550101002"), "0932-8123456"),
]


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def target(desk: ServiceContext) -> int:
    for name, number, phone in OTHERS:
        save_person(desk, PersonInput(name=name, id_number=number, phone=phone))
    return save_person(desk, PersonInput(name="马建国", id_number=TARGET_ID, phone=TARGET_PHONE))


def as_role(desk: ServiceContext, role: AccountRole) -> ServiceContext:
    return ServiceContext(desk.db, Actor(f"user_{role.value}", role), desk.clock)


def finds(ctx: ServiceContext, query: str, person: int) -> bool:
    try:
        return person in [p.id for p in search(ctx, query).people]
    except ServiceError:  # refused (too many number searches): the oracle is shut
        return False


def extend_forwards(ctx: ServiceContext, known: str, length: int, person: int) -> str:
    """Guess the digit after ``known``, ten at a time, as long as the search says yes."""
    while len(known) < length:
        for digit in "0123456789X":
            if finds(ctx, known + digit, person):
                known += digit
                break
        else:
            return known
    return known


def extend_backwards(ctx: ServiceContext, known: str, length: int, person: int) -> str:
    """Guess the digit before the visible tail, ten at a time."""
    while len(known) < length:
        for digit in "0123456789":
            if finds(ctx, digit + known, person):
                known = digit + known
                break
        else:
            return known
    return known


def test_middle_digits_do_not_rebuild_an_id_number(desk, target) -> None:
    aux = as_role(desk, AccountRole.AUXILIARY)
    shown = next(p for p in search(aux, TARGET_ID[-4:]).people if p.id == target).masked_id
    assert shown == TARGET_ID[:3] + "*" * 11 + TARGET_ID[-4:]
    rebuilt = extend_forwards(aux, shown[:3], 14, target) + shown[-4:]
    assert rebuilt != TARGET_ID
    assert len(rebuilt) == 7  # not one hidden digit confirmed


def test_a_longer_tail_does_not_rebuild_an_id_number_either(desk, target) -> None:
    """The visible last four, extended one digit at a time to the left."""
    aux = as_role(desk, AccountRole.AUXILIARY)
    assert extend_backwards(aux, TARGET_ID[-4:], 18, target) == TARGET_ID[-4:]


def test_middle_digits_do_not_rebuild_a_phone(desk, target) -> None:
    aux = as_role(desk, AccountRole.AUXILIARY)
    assert finds(aux, TARGET_PHONE[-4:], target)  # what the mask shows finds the person
    assert extend_forwards(aux, TARGET_PHONE[:3], 7, target) == TARGET_PHONE[:3]
    assert extend_backwards(aux, TARGET_PHONE[-4:], 11, target) == TARGET_PHONE[-4:]


@pytest.mark.parametrize("role", list(AccountRole))
def test_no_role_finds_a_number_by_its_middle_digits(desk, target, role: AccountRole) -> None:
    ctx = as_role(desk, role)
    for middle in (TARGET_ID[3:10], TARGET_ID[6:14], TARGET_ID[:10], TARGET_PHONE[3:8]):
        assert not finds(ctx, middle, target), middle


@pytest.mark.parametrize("role", list(AccountRole))
def test_every_role_finds_a_whole_number_and_the_last_four(desk, target, role) -> None:
    ctx = as_role(desk, role)
    for query in (TARGET_ID, TARGET_ID.lower(), TARGET_PHONE, TARGET_ID[-4:], TARGET_PHONE[-4:]):
        assert finds(ctx, query, target), query
    ranked = search(ctx, TARGET_ID).people
    assert ranked[0].id == target  # the whole number first


def test_a_landline_is_found_whole_with_or_without_its_dash(desk, target) -> None:
    aux = as_role(desk, AccountRole.AUXILIARY)
    for query in ("0932-8123456", "09328123456", "3456"):
        assert [p.name for p in search(aux, query).people] == ["李桂兰"], query


def test_a_role_that_sees_full_numbers_finds_longer_tails(desk, target) -> None:
    officer = as_role(desk, AccountRole.OFFICER)
    assert finds(officer, TARGET_ID[-6:], target)
    assert finds(officer, TARGET_PHONE[-8:], target)
    assert search(officer, TARGET_ID[-6:]).people[0].id == target


def test_a_whole_number_ranks_before_tails(desk, target) -> None:
    """A phone kept with its country code (an old import) ends in another person's whole phone:
    that person comes second, though registered first."""
    earlier = save_person(desk, PersonInput(name="赵小红"))
    with desk.db.sessions.begin() as s:
        s.connection().exec_driver_sql(
            "UPDATE persons SET phone = ? WHERE id = ?", ("86" + TARGET_PHONE, earlier)
        )
    officer = as_role(desk, AccountRole.OFFICER)
    assert [p.id for p in search(officer, TARGET_PHONE).people] == [target, earlier]


def number_searches(desk: ServiceContext) -> list[AuditEntry]:
    with desk.db.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action.like("search_number%")))
        return list(entries)


def test_number_searches_are_audited_with_the_query_masked(desk, target) -> None:
    aux = as_role(desk, AccountRole.AUXILIARY)
    search(aux, TARGET_ID)
    search(aux, TARGET_ID[-4:])
    search(aux, "马建国")  # a name is not a number search
    entries = number_searches(desk)
    assert [e.actor for e in entries] == ["user_auxiliary"] * 2
    whole = json.loads(entries[0].changes)
    assert whole["query"] == TARGET_ID[:3] + "*" * 11 + TARGET_ID[-4:]
    assert whole["found"] == 1 and entries[0].record_id == target
    assert json.loads(entries[1].changes)["query"] == TARGET_ID[-4:]
    assert all(TARGET_ID not in e.changes for e in entries)
    assert audit_row(entries[0]).action == "按号码查找"  # as the audit viewer shows it


def test_an_auxiliary_is_limited_and_the_refusal_is_audited(desk, target, clock) -> None:
    aux = as_role(desk, AccountRole.AUXILIARY)
    guesses = [id_number(f"62110219680305{n:03d}") for n in range(31)]
    for guess in guesses[:30]:
        search(aux, guess)
        clock.advance(seconds=10)
    with pytest.raises(ServiceError, match="太频繁") as refused:
        search(aux, guesses[30])
    assert "分钟后再试" in str(refused.value) and "民警" in str(refused.value)
    assert [e.action for e in number_searches(desk)][-1] == "search_number_refused"
    assert len(search(aux, "马建国").people) == 1  # names still work
    clock.advance(minutes=10)  # the oldest searches leave the window
    assert finds(aux, TARGET_ID, target)


def test_partial_numbers_that_are_not_looked_up_are_not_counted(desk, target, clock) -> None:
    """Typing an ID number key by key: only its first four and the whole number count."""
    aux = as_role(desk, AccountRole.AUXILIARY)
    for _ in range(10):
        for n in range(1, 19):
            search(aux, TARGET_ID[:n])
    assert len(number_searches(desk)) == 20
    assert "完整号码" in search(aux, TARGET_ID[:9]).note


def test_a_role_that_sees_full_numbers_is_audited_when_found_and_not_limited(desk, target) -> None:
    officer = as_role(desk, AccountRole.OFFICER)
    for _ in range(40):
        search(officer, TARGET_PHONE)
    search(officer, "13700000000")  # nobody: nothing this role could not see anyway
    entries = number_searches(desk)
    assert len(entries) == 40 and {e.record_id for e in entries} == {target}
    assert json.loads(entries[0].changes)["query"] == "139****1234"
