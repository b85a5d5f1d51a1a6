"""The ways back in the register (issue 10, point 3): a 迁出 or 死亡 undone or a 迁回 recorded, and
a person added by mistake retired; each with a reason that the audit trail keeps, each refused
where the window would not offer it."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry, Person
from lijiabu_desk.models.enums import AccountRole, Relation, ResidentStatus
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import finalise_agreement, save_agreement
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import PermissionDeniedError
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.corrections import (
    ReturnInput,
    ReturnKind,
    return_plan,
    return_summary,
    undo_leaving,
)
from lijiabu_desk.services.register.households import (
    HouseholdInput,
    list_households,
    load_household,
    save_household,
)
from lijiabu_desk.services.register.people import (
    PersonInput,
    change_head,
    record_leaving,
    save_person,
)
from lijiabu_desk.services.register.people_list import PeopleFilter, person_ids
from lijiabu_desk.services.register.retiring import retire_person, retire_summary
from lijiabu_desk.services.search import search
from tests.case_setup import complete_agreement, id_number, make_post, open_case

SON_ID = id_number("62110219900101001")


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", group_count=3))
    return desk


@pytest.fixture
def home(desk: ServiceContext) -> int:
    return save_household(desk, HouseholdInput("HW0001", list_villages(desk)[0].id))


def member(desk: ServiceContext, home: int, name: str, relation: Relation, **more: str) -> int:
    return save_person(desk, PersonInput(name=name, household_id=home, relation=relation, **more))


def events(desk: ServiceContext, person_id: int) -> list[tuple[str, dict]]:
    with desk.db.sessions() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.table_name == "persons", AuditEntry.record_id == person_id)
            .order_by(AuditEntry.id)
        ).all()
    return [(action, json.loads(changes)) for action, changes in rows]


def auxiliary(desk: ServiceContext) -> ServiceContext:
    return ServiceContext(desk.db, Actor("fujing", AccountRole.AUXILIARY), desk.clock)


# --- undoing 迁出 / 死亡 -------------------------------------------------------------------------


def test_undoing_a_moved_away_restores_the_person_and_audits_why(desk, home) -> None:
    member(desk, home, "李桂兰", Relation.HEAD)
    son = member(desk, home, "周明", Relation.SON)
    record_leaving(desk, son, ResidentStatus.MOVED_AWAY, "20261101", "外出务工")
    plan = return_plan(desk, son)
    assert (plan.household_id, plan.household_no, plan.relation, plan.note) == (
        home,
        "HW0001",
        Relation.SON,
        "",
    )
    assert plan.recorded == "2026年11月1日迁出（外出务工）"
    data = ReturnInput(ReturnKind.MISTAKE, "登记错了", home, Relation.SON)
    summary = return_summary(desk, son, data)
    assert summary.startswith("将为周明撤销迁出登记：周明恢复为在册人员，回到户HW0001")
    undo_leaving(desk, son, data)
    with desk.db.sessions() as s:
        person = s.get(Person, son)
        assert (person.status, person.left_on, person.left_reason) == (
            ResidentStatus.ACTIVE,
            None,
            "",
        )
        assert (person.household_id, person.relation) == (home, Relation.SON)
    (changed_action, changed), (why_action, why) = events(desk, son)[-2:]
    assert changed_action == "update"
    assert changed["status"] == ["moved_away", "active"]
    assert changed["left_reason"] == ["外出务工", ""]
    assert (why_action, why) == ("update", {"what": "撤销迁出登记", "reason": "登记错了"})
    assert [m.status for m in load_household(desk, home).members] == [ResidentStatus.ACTIVE] * 2
    assert son in person_ids(desk, PeopleFilter.ACTIVE)
    assert son not in person_ids(desk, PeopleFilter.LEFT)


def test_moving_back_needs_its_date_and_only_follows_a_moving_away(desk, home) -> None:
    member(desk, home, "李桂兰", Relation.HEAD)
    son = member(desk, home, "周明", Relation.SON)
    wife = member(desk, home, "王芳", Relation.DAUGHTER_IN_LAW)
    record_leaving(desk, son, ResidentStatus.MOVED_AWAY, "20260301", "外出务工")
    record_leaving(desk, wife, ResidentStatus.DECEASED, "20260301", "病故")
    back = ReturnInput(ReturnKind.MOVED_BACK, "务工结束返乡", home, Relation.SON)
    with pytest.raises(ValidationError) as no_date:
        undo_leaving(desk, son, back)
    assert no_date.value.field == "back_on"
    with pytest.raises(ValidationError, match="不能早于迁出日期"):
        undo_leaving(desk, son, replace(back, back_on="20260201"))
    with pytest.raises(ValidationError, match="死亡登记不能以“迁回”撤销"):
        undo_leaving(desk, wife, replace(back, back_on="20261120"))
    with pytest.raises(ValidationError, match="请填写原因"):
        undo_leaving(desk, son, ReturnInput(ReturnKind.MISTAKE, " ", home, Relation.SON))
    undo_leaving(desk, son, replace(back, back_on="20261120"))
    assert events(desk, son)[-1][1] == {"what": "登记2026年11月20日迁回", "reason": "务工结束返乡"}
    with pytest.raises(ValidationError, match="周明在册，没有迁出或死亡登记可撤销"):
        return_plan(desk, son)


def test_a_former_head_comes_back_beside_the_new_head(desk, home) -> None:
    head = member(desk, home, "李桂兰", Relation.HEAD)
    son = member(desk, home, "周明", Relation.SON)
    change_head(desk, home, son, Relation.MOTHER)
    with desk.db.sessions.begin() as s:  # as the register had it before the head was changed
        s.info["actor"] = desk.actor
        s.get(Person, head).relation = Relation.HEAD
        s.get(Person, son).relation = Relation.HEAD
        s.get(Person, head).status = ResidentStatus.DECEASED
    plan = return_plan(desk, head)
    assert plan.relation is None and "现在的户主是周明" in plan.note
    as_head = ReturnInput(ReturnKind.MISTAKE, "登记错了", home, Relation.HEAD)
    with pytest.raises(ValidationError, match="现在的户主是周明") as refused:
        undo_leaving(desk, head, as_head)
    assert refused.value.field == "relation"
    undo_leaving(desk, head, ReturnInput(ReturnKind.MISTAKE, "登记错了", home, Relation.MOTHER))
    assert load_household(desk, home).head == "周明"


def test_a_retired_household_is_not_gone_back_to(desk, home) -> None:
    alone = member(desk, home, "赵文", Relation.HEAD)
    record_leaving(desk, alone, ResidentStatus.MOVED_AWAY, "20260301", "外出")
    other = save_household(desk, HouseholdInput("HW0002", list_villages(desk)[0].id))
    with desk.db.sessions.begin() as s:
        s.info["actor"] = desk.actor
        from lijiabu_desk.models import Household

        s.get(Household, home).deleted_at = desk.now()
    plan = return_plan(desk, alone)
    assert plan.household_id is None and plan.relation is None and "已注销" in plan.note
    with pytest.raises(ValidationError) as refused:
        undo_leaving(desk, alone, ReturnInput(ReturnKind.MISTAKE, "登记错了", None, None))
    assert refused.value.field == "household_id"
    undo_leaving(desk, alone, ReturnInput(ReturnKind.MISTAKE, "登记错了", other, Relation.HEAD))
    assert load_household(desk, other).head == "赵文"


def test_an_auxiliary_may_neither_undo_leaving_nor_retire(desk, home) -> None:
    son = member(desk, home, "周明", Relation.SON)
    record_leaving(desk, son, ResidentStatus.MOVED_AWAY, "20261101", "外出务工")
    aux = auxiliary(desk)
    data = ReturnInput(ReturnKind.MISTAKE, "登记错了", home, Relation.SON)
    before = len(events(desk, son))
    for attempt in (
        lambda: return_plan(aux, son),
        lambda: undo_leaving(aux, son, data),
        lambda: retire_summary(aux, son),
        lambda: retire_person(aux, son, "重复登记"),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert len(events(desk, son)) == before


# --- retiring a person added by mistake -----------------------------------------------------------


def test_retiring_hides_the_person_frees_the_number_and_audits_why(desk, home) -> None:
    member(desk, home, "李桂兰", Relation.HEAD)
    twice = member(desk, home, "周明", Relation.SON, id_number=SON_ID)
    assert list_households(desk, list_villages(desk)[0].id)[0].members == 2
    summary = retire_summary(desk, twice)
    assert summary.startswith("将注销周明的人员记录") and "身份证号码从这条记录上去掉" in summary
    with pytest.raises(ValidationError, match="请填写注销原因"):
        retire_person(desk, twice, "")
    retire_person(desk, twice, "重复登记，与另一条记录是同一人")
    assert [m.name for m in load_household(desk, home).members] == ["李桂兰"]
    assert list_households(desk, list_villages(desk)[0].id)[0].members == 1
    assert twice not in person_ids(desk, PeopleFilter.ACTIVE)
    assert [p.name for p in search(desk, "周明").people] == []
    assert [p.name for p in search(desk, "周明", retired=True).people] == ["周明"]
    (retired_action, retired), (why_action, why) = events(desk, twice)[-2:]
    assert retired_action == "retire" and retired["id_number"] == [SON_ID, None]
    assert (why_action, why) == ("retire", {"reason": "重复登记，与另一条记录是同一人"})
    again = member(desk, home, "周明", Relation.SON, id_number=SON_ID)  # the number is free
    assert again != twice
    with pytest.raises(ValidationError, match="已经注销过了"):
        retire_person(desk, twice, "重复登记")


def test_a_head_with_members_is_not_retired_until_the_head_is_changed(desk, home) -> None:
    head = member(desk, home, "李桂兰", Relation.HEAD)
    son = member(desk, home, "周明", Relation.SON)
    with pytest.raises(ValidationError, match="请先用“更换户主”另选户主") as refused:
        retire_summary(desk, head)
    assert "户里还有周明" in refused.value.message
    with pytest.raises(ValidationError, match="请先用“更换户主”另选户主"):
        retire_person(desk, head, "登记错了")
    change_head(desk, home, son, Relation.MOTHER)
    retire_person(desk, head, "登记错了")
    assert load_household(desk, home).head == "周明"


def test_a_lone_retired_member_does_not_block_the_heads_leaving(desk, home) -> None:
    head = member(desk, home, "李桂兰", Relation.HEAD)
    mistake = member(desk, home, "李桂", Relation.DAUGHTER)
    assert "户HW0001将没有户主" not in retire_summary(desk, mistake)
    retire_person(desk, mistake, "姓名录错，重复登记")
    assert "户HW0001将没有户主" in retire_summary(desk, head)
    record_leaving(desk, head, ResidentStatus.DECEASED, "20261101", "病故")


def test_a_party_to_a_signed_agreement_is_not_retired(desk) -> None:
    post = make_post(desk)
    case = open_case(desk, post)
    assert "仍是" in retire_summary(desk, post.jia_id)  # a draft case: said, not refused
    finalise_agreement(desk, save_agreement(desk, case, complete_agreement(post)))
    with pytest.raises(ValidationError, match="协议已定稿或签署，这条人员记录不能注销"):
        retire_summary(desk, post.jia_id)
    with pytest.raises(ValidationError, match="马建国是纠纷"):
        retire_person(desk, post.jia_id, "登记错了")
    with desk.db.sessions() as s:
        assert s.get(Person, post.jia_id).deleted_at is None
