"""Where a merge, or its undo, cannot be right: refused with a sentence, nothing written."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from lijiabu_desk.models import Agreement, DisputeParty, Person, PersonMerge
from lijiabu_desk.models.enums import AccountRole, AgreementStatus, Relation
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import finalise_agreement, save_agreement
from lijiabu_desk.services.disputes.intake import PartyInput, register_dispute
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import PermissionDeniedError
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.merge import merge_persons, merge_preview
from lijiabu_desk.services.register.merge_fields import MERGE_FIELDS
from lijiabu_desk.services.register.merge_undo import undo_merge
from lijiabu_desk.services.register.people import PersonInput, load_person, save_person
from lijiabu_desk.services.register.retiring import retire_person
from tests.case_setup import Post, complete_agreement, id_number, intake, make_post, open_case

ALL_SURVIVOR = {f.key: "survivor" for f in MERGE_FIELDS}
ALL_OTHER = {f.key: "other" for f in MERGE_FIELDS}


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


def _merges(desk: ServiceContext) -> int:
    with desk.read() as session:
        return len(session.scalars(select(PersonMerge.id)).all())


def _refused(desk: ServiceContext, survivor: int, other: int, choices: dict, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        merge_persons(desk, survivor, other, choices)
    assert _merges(desk) == 0
    with desk.read() as session:
        assert session.get(Person, other).deleted_at is None or other == survivor


def _twin(desk: ServiceContext, **more: str) -> int:
    """马建国 typed a second time, from a phone call: a name and a number."""
    return save_person(desk, PersonInput(name="马建国", phone="13900000009", **more))


def test_a_record_is_not_merged_with_itself(desk, post) -> None:
    with pytest.raises(ValidationError, match="与它自己合并"):
        merge_preview(desk, post.jia_id, post.jia_id)
    _refused(desk, post.jia_id, post.jia_id, {}, "与它自己合并")


def test_two_different_valid_id_numbers_are_two_people(desk, post) -> None:
    assert "是两个人" in merge_preview(desk, post.jia_id, post.yi_id).refusal
    _refused(desk, post.jia_id, post.yi_id, ALL_SURVIVOR, "身份证号码不同.*是两个人，不能合并")


def test_a_record_merged_already_is_not_merged_again(desk, post) -> None:
    twin, third = _twin(desk), _twin(desk, notes="第三次")
    merge_persons(desk, post.jia_id, twin, ALL_SURVIVOR)
    for survivor, other in ((third, twin), (twin, third)):
        with pytest.raises(ValidationError, match=r"已经合并到编号.*不能再合并"):
            merge_persons(desk, survivor, other, ALL_SURVIVOR)
        with pytest.raises(ValidationError, match="已经合并到编号"):
            merge_preview(desk, survivor, other)


def test_a_retired_record_is_merged_into_a_live_one_never_the_other_way(desk, post) -> None:
    twin = _twin(desk)
    retire_person(desk, twin, "重复登记")
    with pytest.raises(ValidationError, match="已注销，不能作为保留的记录"):
        merge_persons(desk, twin, post.jia_id, ALL_OTHER)
    merge_id = merge_persons(desk, post.jia_id, twin, ALL_SURVIVOR)
    with desk.read() as session:
        retired = session.get(Person, twin)
        assert retired.merged_into_id == post.jia_id
        assert retired.deleted_at is not None  # retired before, still retired, same time
    undo_merge(desk, merge_id)
    with desk.read() as session:
        assert session.get(Person, twin).merged_into_id is None
        assert session.get(Person, twin).deleted_at is not None  # as it was before the merge


def test_a_field_that_differs_needs_a_choice(desk, post) -> None:
    twin = _twin(desk)
    without_phone = {k: v for k, v in ALL_SURVIVOR.items() if k != "phone"}
    with pytest.raises(ValidationError, match="“联系电话”不同，请选择") as err:
        merge_persons(desk, post.jia_id, twin, without_phone)
    assert err.value.field == "phone"
    with pytest.raises(ValidationError, match="只能选用"):
        merge_persons(desk, post.jia_id, twin, {**ALL_SURVIVOR, "phone": "both"})
    merge_persons(desk, _twin(desk), twin, {})  # fields the same on both need no choice


def test_the_chosen_birth_date_must_agree_with_the_chosen_id_number(desk, post) -> None:
    twin = save_person(desk, PersonInput(name="马建国", birth_date="1970-01-01"))
    _refused(desk, twin, post.jia_id, {**ALL_OTHER, "birth_date": "survivor"}, "出生日期与所选")
    _refused(desk, twin, post.jia_id, {**ALL_OTHER, "sex": "survivor"}, "性别与所选")


def test_an_auxiliary_may_not_merge(desk, post) -> None:
    twin = _twin(desk)
    aux = ServiceContext(desk.db, Actor("fujing", AccountRole.AUXILIARY), desk.clock)
    assert merge_preview(aux, post.jia_id, twin).refusal == ""  # may look, masked
    with pytest.raises(PermissionDeniedError):
        merge_persons(aux, post.jia_id, twin, ALL_SURVIVOR)
    merge_id = merge_persons(desk, post.jia_id, twin, ALL_SURVIVOR)
    with pytest.raises(PermissionDeniedError):
        undo_merge(aux, merge_id)


# --- agreements ---------------------------------------------------------------------------


def _finalised(desk: ServiceContext, post: Post) -> int:
    case = open_case(desk, post)
    finalise_agreement(desk, save_agreement(desk, case, complete_agreement(post)))
    return case


def test_the_particulars_a_finalised_agreement_printed_must_stay(desk, post) -> None:
    _finalised(desk, post)
    twin = _twin(desk)
    preview = merge_preview(desk, twin, post.jia_id)
    assert preview.refusal == ""
    assert f"身份证号码、住址须选用编号{post.jia_id}这条记录的" in preview.note
    _refused(desk, twin, post.jia_id, ALL_SURVIVOR, "会改变协议上的身份证号码、住址")
    merge_persons(desk, twin, post.jia_id, {**ALL_OTHER, "phone": "survivor"})
    with desk.read() as session:
        kept = session.get(Person, twin)
        assert (kept.id_number, kept.address) == (
            id_number("62110219680305123"),
            "马家山村三社12号",
        )
        assert kept.phone == "13900000009"


def test_a_merge_that_would_take_a_party_off_a_finalised_agreement_is_refused(desk, post) -> None:
    twin = _twin(desk)
    case = register_dispute(
        desk, intake(post, parties=(PartyInput(post.jia_id), PartyInput(twin, "乙方")))
    )
    agreement = save_agreement(desk, case, complete_agreement(post))
    with desk.write() as session:  # the paper finalised (the twin lacks what finalising needs)
        session.get(Agreement, agreement).status = AgreementStatus.SIGNED
    assert "少一方当事人" in merge_preview(desk, post.jia_id, twin).refusal
    _refused(desk, post.jia_id, twin, ALL_SURVIVOR, "少一方当事人")


def test_two_agreements_that_printed_different_particulars_refuse_every_choice(desk, post) -> None:
    _finalised(desk, post)
    twin = save_person(desk, PersonInput(name="马建国", address="李家堡镇街道5号"))
    case = register_dispute(desk, intake(post, parties=(PartyInput(twin), PartyInput(post.yi_id))))
    agreement = save_agreement(desk, case, complete_agreement(post))
    with desk.write() as session:
        session.get(Agreement, agreement).status = AgreementStatus.FINAL
    assert "合并会改变其中一份协议" in merge_preview(desk, post.jia_id, twin).refusal
    for choices in (ALL_SURVIVOR, ALL_OTHER):
        _refused(desk, post.jia_id, twin, choices, "会改变协议上的")


# --- households ---------------------------------------------------------------------------


def test_a_household_is_not_left_without_its_head(desk) -> None:
    save_village(desk, VillageInput(name="河湾村", group_count=3))
    home = save_household(desk, HouseholdInput("HW0001", list_villages(desk)[0].id))
    head = save_person(desk, PersonInput(name="周明", household_id=home, relation=Relation.HEAD))
    save_person(desk, PersonInput(name="周小红", household_id=home, relation=Relation.DAUGHTER))
    outsider = save_person(desk, PersonInput(name="周明", phone="13900000010"))
    choices = {**ALL_SURVIVOR, "household": "survivor"}
    _refused(desk, outsider, head, choices, "是户HW0001的户主，户里还有周小红")
    merge_persons(desk, outsider, head, {**choices, "household": "other"})
    form = load_person(desk, outsider)
    assert (form.data.household_id, form.data.relation) == (home, Relation.HEAD)


# --- the undo -----------------------------------------------------------------------------


def test_the_undo_is_refused_once_the_survivor_changed(desk, post) -> None:
    twin = _twin(desk)
    merge_id = merge_persons(desk, post.jia_id, twin, {**ALL_SURVIVOR, "phone": "other"})
    data = load_person(desk, post.jia_id).data
    save_person(desk, replace(data, occupation="个体"), post.jia_id)
    with pytest.raises(ValidationError, match=r"马建国（编号\d+）的记录又改动过（职业）"):
        undo_merge(desk, merge_id)
    with desk.read() as session:
        assert session.get(PersonMerge, merge_id).undone_at is None
        assert session.get(Person, twin).merged_into_id == post.jia_id


def test_the_undo_is_refused_once_a_moved_link_changed_owner(desk, post) -> None:
    twin = _twin(desk)
    case = register_dispute(desk, intake(post, parties=(PartyInput(twin), PartyInput(post.yi_id))))
    merge_id = merge_persons(desk, post.jia_id, twin, ALL_SURVIVOR)
    with desk.write() as session:
        party = session.scalars(
            select(DisputeParty).where(
                DisputeParty.dispute_id == case, DisputeParty.person_id == post.jia_id
            )
        ).one()
        party.person_id = post.outsider_id
    with pytest.raises(ValidationError, match="纠纷当事人中有移到马建国名下的记录又改动"):
        undo_merge(desk, merge_id)


def test_the_undo_is_refused_when_the_number_to_give_back_is_someone_elses_now(desk, post) -> None:
    number = id_number("62110219800101002")
    twin = save_person(desk, PersonInput(name="马建国", id_number=number))
    with desk.write() as session:  # an invalid number on the survivor: the two may merge
        session.get(Person, post.jia_id).id_number = "621102196803051230"
    merge_id = merge_persons(desk, post.jia_id, twin, ALL_SURVIVOR)
    save_person(desk, PersonInput(name="马建民", id_number=number))
    with pytest.raises(ValidationError, match="原来的身份证号码现已登记在马建民"):
        undo_merge(desk, merge_id)


def test_a_merge_is_undone_once(desk, post) -> None:
    merge_id = merge_persons(desk, post.jia_id, _twin(desk), ALL_SURVIVOR)
    undo_merge(desk, merge_id)
    with pytest.raises(ValidationError, match="已经撤销过了"):
        undo_merge(desk, merge_id)
