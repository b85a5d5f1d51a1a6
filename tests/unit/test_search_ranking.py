"""Who comes first when a search finds several people (issue 10, "the wrong person in a signed
agreement"): residents before outsiders, those who moved away and the dead; an exact name before
a prefix before a name holding the text; a whole number before tails; and the question asked
before someone no longer here is picked."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from lijiabu_desk.models import Person
from lijiabu_desk.models.enums import Relation, ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, record_leaving, save_person
from lijiabu_desk.services.register.standing import (
    AS_MEMBER,
    AS_PARTY,
    Standing,
    person_status_warning,
)
from lijiabu_desk.services.search import search
from tests.namesakes import NAME, TAIL, Namesakes, id_ending, make_namesakes


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def three(desk: ServiceContext) -> Namesakes:
    return make_namesakes(desk)


def river(desk: ServiceContext):
    return next(v for v in list_villages(desk) if v.name == "河湾村")


def found(desk: ServiceContext, query: str, **options: bool) -> list[int]:
    return [p.id for p in search(desk, query, **options).people]


@pytest.mark.parametrize("query", [NAME, "wxy", "wangxiuying", "秀英", "xiuying", "王秀英 "])
def test_of_three_with_one_name_the_one_at_home_comes_first(desk, three, query) -> None:
    assert found(desk, query) == [three.here, three.moved_early, three.moved_late]


def test_each_row_says_where_and_whether_they_are_still_here(desk, three) -> None:
    rows = {p.id: p for p in search(desk, NAME).people}
    here, early = rows[three.here], rows[three.moved_early]
    assert (here.place, here.standing_word, here.birth_year) == ("河湾村三社", "", 1952)
    assert (early.place, early.standing_word, early.birth_year) == ("柳沟村二社", "已迁出", 1975)
    assert early.standing is Standing.MOVED_AWAY


def retire(desk: ServiceContext, person_id: int) -> None:
    with desk.write() as session:
        session.execute(update(Person).where(Person.id == person_id).values(deleted_at=desk.now()))


def test_outsiders_then_moved_away_then_the_dead_and_retired_only_when_asked(desk, three) -> None:
    home = river(desk)
    household = save_household(desk, HouseholdInput("HW0009", home.id, home.groups[0].id))
    retired = save_person(
        desk, PersonInput(name=NAME, household_id=household, relation=Relation.HEAD)
    )
    retire(desk, retired)
    dead = save_person(
        desk, PersonInput(name=NAME, household_id=household, relation=Relation.SPOUSE)
    )
    record_leaving(desk, dead, ResidentStatus.DECEASED, "2025-01-08", "病故")
    outsider = save_person(desk, PersonInput(name=NAME, origin="宁夏同心县"))
    expected = [three.here, outsider, three.moved_early, three.moved_late, dead]
    for query in (NAME, "wxy", "秀英"):
        assert found(desk, query) == expected, query
        assert found(desk, query, retired=True) == [*expected, retired], query


def test_an_exact_name_before_a_prefix_before_a_name_holding_it(desk) -> None:
    for name in ("李王秀英", "王秀英华", NAME):  # saved worst first: the index finds them so
        save_person(desk, PersonInput(name=name))
    names = {q: [p.name for p in search(desk, q).people] for q in (NAME, "wxy", "秀英")}
    assert names[NAME] == [NAME, "王秀英华", "李王秀英"]
    assert names["wxy"] == [NAME, "王秀英华", "李王秀英"]  # whole key, key begins, given name
    assert names["秀英"] == ["李王秀英", NAME, "王秀英华"]  # inside every name: pinyin order


def test_a_whole_number_then_exact_tails_residents_first_then_partial_matches(desk, three) -> None:
    """The last four of an ID number: the exact tails, residents first, then the members of a
    household whose number merely holds the digits. A whole number typed is the one meant."""
    home = river(desk)
    holder = save_household(desk, HouseholdInput(f"11{TAIL}0", home.id, home.groups[1].id))
    member = save_person(
        desk, PersonInput(name="李桂兰", household_id=holder, relation=Relation.HEAD)
    )
    assert found(desk, TAIL) == [three.here, three.moved_early, member]
    whole = id_ending("197503", TAIL)  # the first who left, typed whole: she is the one meant
    assert found(desk, whole) == [three.moved_early]


def test_the_question_asked_before_someone_no_longer_here_is_picked(desk, three) -> None:
    assert person_status_warning(desk, three.here) is None
    assert person_status_warning(desk, three.moved_early) == (
        "王秀英已于2019年3月1日迁出柳沟村二社。"
        "人员库中另有在册的同名人员：王秀英（河湾村三社，1952年生）。"
        "确定要把她作为当事人吗？"
    )
    member = person_status_warning(desk, three.moved_late, AS_MEMBER) or ""
    assert member.startswith("王秀英已于2024年5月20日迁出河湾村一社。")
    assert member.endswith("确定要把她迁入另一户吗？")
    outsider = save_person(desk, PersonInput(name="马哈麦", origin="宁夏同心县"))
    assert person_status_warning(desk, outsider) is None
    dead = save_person(
        desk, PersonInput(name="马建国", household_id=None, id_number=id_ending("194502", "1234"))
    )
    move_in = river(desk)
    household = save_household(desk, HouseholdInput("HW0010", move_in.id, move_in.groups[0].id))
    save_person(desk, PersonInput(name="马建国", household_id=household, relation=Relation.HEAD))
    retire(desk, dead)
    assert person_status_warning(desk, dead, AS_PARTY) == (
        "马建国的人员记录已注销。人员库中另有在册的同名人员：马建国（河湾村一社）。"
        "确定要把他作为当事人吗？"
    )
    with pytest.raises(NotFoundError):
        person_status_warning(desk, 99999)


def test_the_dead_are_named_so(desk, three) -> None:
    record_leaving(desk, three.here, ResidentStatus.DECEASED, "2026-02-03", "病故")
    assert person_status_warning(desk, three.here) == (
        "据人员库登记，王秀英已于2026年2月3日死亡。确定要把她作为当事人吗？"
    )
