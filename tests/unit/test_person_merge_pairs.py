"""Likely duplicates: each kind of pair is found, and pairs that are not one person are not."""

from __future__ import annotations

from datetime import date

import pytest

from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.merge import merge_persons
from lijiabu_desk.services.register.merge_pairs import PairKind, likely_pairs, similar_names
from lijiabu_desk.services.register.merge_undo import undo_merge
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.register.retiring import retire_person
from tests.case_setup import id_number


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def person(desk: ServiceContext, name: str, **more: object) -> int:
    return save_person(desk, PersonInput(name=name, **more))  # type: ignore[arg-type]


def pairs(desk: ServiceContext) -> dict[frozenset[int], tuple[int, PairKind, str]]:
    """Each pair found: the proposed survivor, the surest kind, the reason."""
    return {
        frozenset((r.first.id, r.second.id)): (r.first.id, r.kinds[0], r.reason)
        for r in likely_pairs(desk)
    }


def test_the_same_name_and_birth_date(desk) -> None:
    save_village(desk, VillageInput(name="河湾村", group_count=3))
    home = save_household(desk, HouseholdInput("HW0001", list_villages(desk)[0].id))
    typed = person(desk, "王秀英", birth_date="1952-03-05", phone="13800001111")
    resident = person(
        desk, "王秀英", id_number=id_number("62110219520305124"),
        household_id=home, relation=Relation.HEAD,
    )  # fmt: skip
    person(desk, "王秀英", birth_date="1953-03-05")  # a namesake born a year later
    namesake = person(desk, "王秀英", id_number=id_number("62110219520305222"))
    found = pairs(desk)
    assert found == {
        frozenset((typed, resident)): (resident, PairKind.SAME_BIRTH, "姓名和出生日期相同"),
        frozenset((typed, namesake)): (namesake, PairKind.SAME_BIRTH, "姓名和出生日期相同"),
    }  # not the resident and the namesake: two ID numbers are two people
    row = next(r for r in likely_pairs(desk) if r.first.id == resident)
    assert (row.first.household_no, row.first.place, row.first.standing) == (
        "HW0001", "河湾村", "在册",
    )  # fmt: skip
    assert row.first.masked_id == "621" + "*" * 11 + id_number("62110219520305124")[-4:]
    assert (row.second.masked_phone, row.second.standing) == ("138****1111", "非本地户籍")
    assert row.second.birth_date == date(1952, 3, 5)


def test_the_same_id_number_on_a_retired_record(desk) -> None:
    number = id_number("62110219700101123")
    mistaken = person(desk, "李建军", id_number=number, phone="13900002222")
    retire_person(desk, mistaken, "花名册录错")  # the number leaves the record; the trail keeps it
    right = person(desk, "李建军", id_number=number)
    person(desk, "李建华", id_number=id_number("62110219700101222"))
    assert pairs(desk) == {
        frozenset((mistaken, right)): (
            right,
            PairKind.SAME_ID,
            "已注销的那条记录注销前登记的身份证号码与另一条相同；姓名和出生日期相同",
        )
    }
    assert likely_pairs(desk)[0].second.standing == "已注销"


def test_a_shared_phone_and_a_similar_name(desk) -> None:
    phone = "13911110000"
    a = person(desk, "张伟", phone=phone, birth_date="1980-05-01")
    b = person(desk, "张玮", phone=phone)  # the same reading
    c = person(desk, "张晓明", phone="13922220000")
    d = person(desk, "张晓敏", phone="13922220000")  # one character different
    person(desk, "李红", phone=phone)  # a different name on the same phone
    person(desk, "张强", phone="13933330000", birth_date="1980-05-01")
    person(desk, "张刚", phone="13933330000", birth_date="1983-07-01")  # brothers: two dates
    person(desk, "刘洋", phone="13944440000", sex="男")
    person(desk, "刘杨", phone="13944440000", sex="女")  # a brother and a sister
    found = pairs(desk)
    assert found == {
        frozenset((a, b)): (a, PairKind.SAME_PHONE, "电话相同，姓名读音相同"),
        frozenset((c, d)): (c, PairKind.SAME_PHONE, "电话相同，姓名只差一个字"),
    }


def test_two_kinds_of_evidence_are_named_together(desk) -> None:
    a = person(desk, "马兰", birth_date="1990-01-01", phone="13955550000")
    b = person(desk, "马兰", birth_date="1990-01-01", phone="13955550000")
    (row,) = likely_pairs(desk)
    assert {row.first.id, row.second.id} == {a, b}
    assert row.kinds == (PairKind.SAME_BIRTH, PairKind.SAME_PHONE)
    assert row.reason == "姓名和出生日期相同；电话和姓名都相同"


def test_a_merged_pair_is_no_longer_offered_and_comes_back_with_the_undo(desk) -> None:
    a = person(desk, "马兰", birth_date="1990-01-01")
    b = person(desk, "马兰", birth_date="1990-01-01")
    c = person(desk, "马兰", birth_date="1990-01-01")
    assert len(likely_pairs(desk)) == 3
    merge_id = merge_persons(desk, a, b, {})
    assert pairs(desk).keys() == {frozenset((a, c))}
    undo_merge(desk, merge_id)
    assert len(likely_pairs(desk)) == 3


def test_the_list_stops_at_its_limit(desk) -> None:
    for _ in range(4):
        person(desk, "马兰", birth_date="1990-01-01")
    assert len(likely_pairs(desk)) == 6
    assert len(likely_pairs(desk, limit=2)) == 2


@pytest.mark.parametrize(
    ("a", "b", "said"),
    [
        ("张伟", "张伟", "电话和姓名都相同"),
        ("张伟", "章伟", "电话相同，姓名读音相同"),
        ("张晓明", "张小明", "电话相同，姓名读音相同"),
        ("张晓明", "张晓敏", "电话相同，姓名只差一个字"),
        ("张晓明", "李晓明", ""),  # another surname
        ("张晓明", "张小红", ""),  # two characters
        ("张明", "张晓明", ""),
    ],
)
def test_similar_names(a, b, said) -> None:
    from lijiabu_desk.services.pinyin_keys import name_keys

    keys = name_keys(a).search_text(), name_keys(b).search_text()
    assert similar_names(a, b, *keys) == said
