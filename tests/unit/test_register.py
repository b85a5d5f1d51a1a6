"""The register's services: places, households, people, moving away, heads, search."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from lijiabu_desk.models import Person, Village
from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.places import (
    VillageInput,
    group_name,
    list_villages,
    save_village,
    village_names,
)
from lijiabu_desk.services.register.households import (
    HouseholdInput,
    list_households,
    load_household,
    save_household,
)
from lijiabu_desk.services.register.people import (
    DuplicatePersonError,
    PersonInput,
    change_head,
    move_member,
    record_leaving,
    save_person,
)
from lijiabu_desk.services.search import reveal_person, search

HEAD_ID = "11010519491231002X"  # 女, 1949-12-31


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", head_name="周建国", group_count=3))
    return desk


def village(desk: ServiceContext):
    return list_villages(desk)[0]


@pytest.fixture
def household(desk: ServiceContext) -> int:
    v = village(desk)
    return save_household(
        desk,
        HouseholdInput(
            household_no="HW0001",
            village_id=v.id,
            group_id=v.groups[2].id,
            house_no="12号",
            phone="0932 8123456",
            tags=("空巢老人",),
        ),
    )


def test_group_names() -> None:
    assert [group_name(n) for n in (1, 3, 10, 11, 20, 23)] == [
        "一社",
        "三社",
        "十社",
        "十一社",
        "二十社",
        "二十三社",
    ]


def test_village_names_are_the_live_villages_by_name_for_pickers(desk: ServiceContext) -> None:
    first = save_village(desk, VillageInput(name="马家山村"))
    gone = save_village(desk, VillageInput(name="旧庄村"))
    with desk.write() as session:
        session.get(Village, gone).deleted_at = desk.now()
    names = village_names(desk)
    assert names == [(v.id, v.name) for v in list_villages(desk)]
    assert first in [village_id for village_id, _ in names]
    assert gone not in [village_id for village_id, _ in names]


def test_villages_get_their_groups(desk: ServiceContext) -> None:
    v = village(desk)
    assert [g.name for g in v.groups] == ["一社", "二社", "三社"]
    save_village(desk, VillageInput(name="河湾村", group_count=5), v.id)
    assert len(village(desk).groups) == 5
    with pytest.raises(ValidationError) as info:
        save_village(desk, VillageInput(name="河湾村"))
    assert info.value.field == "name"


def test_id_number_fills_birth_date_sex_and_proposes_expiry(desk, household) -> None:
    pid = save_person(
        desk,
        PersonInput(
            name="李桂兰",
            id_number="110105 19491231 002x",
            id_issue_date="20060315",
            household_id=household,
            relation=Relation.HEAD,
            phone="139 1234 5678",
        ),
    )
    with desk.db.sessions() as s:
        p = s.get(Person, pid)
        assert (p.id_number, p.birth_date, p.sex) == (HEAD_ID, date(1949, 12, 31), Sex.FEMALE)
        assert p.id_long_term and p.id_expiry_date is None  # 56 at issue: long-term
        assert p.phone == "13912345678" and "lgl" in p.name_keys


def test_expiry_follows_the_validity_rule(desk) -> None:
    pid = save_person(
        desk, PersonInput(name="周小军", id_number="622421201003150015", id_issue_date="2020-06-01")
    )
    with desk.db.sessions() as s:
        assert s.get(Person, pid).id_expiry_date == date(2025, 6, 1)  # 10 at issue: 5 years


def test_sex_that_contradicts_the_id_number_is_refused(desk) -> None:
    with pytest.raises(ValidationError) as info:
        save_person(desk, PersonInput(name="李桂兰", sex="男", id_number=HEAD_ID))
    assert info.value.field == "sex" and "不符" in info.value.message


def test_a_known_id_number_points_at_the_existing_person(desk) -> None:
    first = save_person(desk, PersonInput(name="李桂兰", id_number=HEAD_ID))
    with pytest.raises(DuplicatePersonError) as info:
        save_person(desk, PersonInput(name="李贵兰", id_number=HEAD_ID.lower()))
    assert info.value.existing_id == first and "李桂兰" in info.value.message
    with desk.db.sessions() as s:
        assert len(s.scalars(select(Person)).all()) == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonInput(name="张3"), "name"),
        (PersonInput(name="张三", id_number="110105194912310021"), "id_number"),
        (PersonInput(name="张三", birth_date="20991231"), "birth_date"),
        (PersonInput(name="张三", phone="8123456"), "phone"),
        (PersonInput(name="张三", ethnicity="火星族"), "ethnicity"),
        (PersonInput(name="张三", needs_home_service=True), "home_service_reason"),
        (PersonInput(name="张三", household_id=999, relation=Relation.SON), "household_id"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(desk, data, field) -> None:
    with pytest.raises(ValidationError) as info:
        save_person(desk, data)
    assert info.value.field == field
    with desk.db.sessions() as s:
        assert s.scalars(select(Person)).all() == []


def test_household_page_and_list(desk, household) -> None:
    head = save_person(
        desk,
        PersonInput(
            name="李桂兰", id_number=HEAD_ID, household_id=household, relation=Relation.HEAD
        ),
    )
    save_person(
        desk,
        PersonInput(
            name="周明",
            birth_date="1975-03-02",
            sex="男",
            household_id=household,
            relation=Relation.SON,
        ),
    )
    with pytest.raises(ValidationError, match="已有户主"):
        save_person(desk, PersonInput(name="周强", household_id=household, relation=Relation.HEAD))
    page = load_household(desk, household)
    assert page.head == "李桂兰" and page.address == "河湾村三社12号"
    assert [m.name for m in page.members] == ["李桂兰", "周明"]
    assert page.members[0].masked_id == "110***********002X"
    assert page.tags == ("空巢老人",) and page.phone == "0932-***3456"
    rows = list_households(desk, village(desk).id)
    assert (rows[0].head, rows[0].members, rows[0].tags) == ("李桂兰", 2, "空巢老人")
    assert head == page.members[0].id


def test_leaving_change_of_head_and_moving(desk, household) -> None:
    head = save_person(
        desk,
        PersonInput(
            name="李桂兰", id_number=HEAD_ID, household_id=household, relation=Relation.HEAD
        ),
    )
    son = save_person(desk, PersonInput(name="周明", household_id=household, relation=Relation.SON))
    with pytest.raises(ValidationError, match="请先为这一户更换户主"):
        record_leaving(desk, head, ResidentStatus.DECEASED, "20261101", "病故")
    change_head(desk, household, son, Relation.MOTHER)
    record_leaving(desk, head, ResidentStatus.DECEASED, "20261101", "病故")
    page = load_household(desk, household)
    assert page.head == "周明"
    assert page.members[-1].status == ResidentStatus.DECEASED  # still on the page
    assert [h.name for h in search(desk, "李桂兰").people] == ["李桂兰"]  # still findable
    other = save_household(desk, HouseholdInput("HW0002", village(desk).id))
    with pytest.raises(ValidationError, match="户主不能直接移出"):
        move_member(desk, son, other, Relation.HEAD)


def test_search_by_name_pinyin_numbers_and_household(desk, household) -> None:
    pid = save_person(
        desk,
        PersonInput(
            name="张晓明",
            id_number="622421201003150015",
            phone="13912345678",
            household_id=household,
            relation=Relation.SON,
        ),
    )
    save_person(desk, PersonInput(name="曾小芳"))
    for query in (
        "张晓明",
        "晓明",
        "张",
        "zxm",
        "zhangxm",
        "ZhangXiaoMing",
        "0015",
        "5678",
        "１３９１２３４５６７８",  # a whole phone, full-width (its first digits find nothing)
        "HW0001",
        "河湾村三社",
    ):
        names = [h.name for h in search(desk, query).people]
        assert "张晓明" in names, query
    assert [h.name for h in search(desk, "zengx").people] == ["曾小芳"]
    hit = search(desk, "zxm").people[0]
    assert hit.masked_id == "622***********0015" and hit.masked_phone == "139****5678"
    assert search(desk, "HW0001").households[0].household_no == "HW0001"
    assert search(desk, "  ").people == []
    full = reveal_person(desk, pid)
    assert full.id_number == "622421201003150015"


def test_search_follows_a_household_renumbering(desk, household) -> None:
    save_person(desk, PersonInput(name="张晓明", household_id=household, relation=Relation.SON))
    v = village(desk)
    save_household(desk, HouseholdInput("HW9999", v.id, v.groups[0].id), household)
    assert [h.name for h in search(desk, "HW9999").people] == ["张晓明"]
    assert search(desk, "HW0001").people == []


def test_an_auxiliary_edits_a_person_without_seeing_the_full_numbers(desk) -> None:
    from lijiabu_desk.models.enums import AccountRole
    from lijiabu_desk.services.actor import Actor
    from lijiabu_desk.services.register.people import load_person

    pid = save_person(desk, PersonInput(name="李桂兰", id_number=HEAD_ID, phone="13912345678"))
    aux = ServiceContext(desk.db, Actor("fj", AccountRole.AUXILIARY), desk.clock)
    form = load_person(aux, pid)
    assert form.data.id_number == "110***********002X" and form.data.phone == "139****5678"
    from dataclasses import replace

    save_person(aux, replace(form.data, occupation="务农"), pid)
    with desk.db.sessions() as s:
        stored = s.get(Person, pid)
        assert (stored.id_number, stored.phone, stored.occupation) == (
            HEAD_ID,
            "13912345678",
            "务农",
        )
    with pytest.raises(ValidationError) as info:
        save_person(aux, replace(form.data, id_number="110***********0021"), pid)
    assert info.value.field == "id_number"


def test_household_phones_are_masked_for_an_auxiliary_and_kept_on_save(desk, household) -> None:
    from lijiabu_desk.models.enums import AccountRole
    from lijiabu_desk.services.actor import Actor

    aux = ServiceContext(desk.db, Actor("fj", AccountRole.AUXILIARY), desk.clock)
    page = load_household(aux, household)
    assert page.phone == "0932-***3456"
    save_household(
        aux,
        HouseholdInput(
            page.household_no, page.village_id, page.group_id, phone=page.phone, notes="改了备注"
        ),
        household,
    )
    from lijiabu_desk.models import Household

    with desk.db.sessions() as s:
        assert s.get(Household, household).phone == "0932-8123456"
