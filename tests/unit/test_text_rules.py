"""One length and character rule for every text field, whichever way the text comes in.

Issue 9 point 7 and issue 13 point 1: nothing typed is cut short without the officer knowing, and
NUL, ESC and the other control characters are refused, by the forms' services and by any other
code that writes through a session alike.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import String, Text, select, text

from lijiabu_desk.models import Household, Person
from lijiabu_desk.models.base import Base
from lijiabu_desk.models.enums import PanelRole
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import TermInput, save_agreement
from lijiabu_desk.services.disputes.form_data import load_agreement_form
from lijiabu_desk.services.disputes.intake import register_dispute
from lijiabu_desk.services.disputes.sessions import ParticipantInput, save_session
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.station import StationDetails, save_station
from lijiabu_desk.services.text_rules import (
    TEXT_MAX_CHARS,
    check_row,
    check_text,
    rule_for,
)
from tests.case_setup import Post, complete_agreement, intake, make_post, open_case, sitting

SERVICES = Path(__file__).resolve().parents[2] / "src" / "lijiabu_desk" / "services"
_CJK = re.compile("[\u4e00-\u9fff]")


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def village(desk: ServiceContext) -> int:
    save_village(desk, VillageInput(name="河湾村", group_count=2))
    return list_villages(desk)[0].id


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


def refused(call, field: str) -> str:
    """Run ``call``, expect a refusal at ``field``; return its message."""
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.field == field, info.value.message
    return info.value.message


# --- the rule ------------------------------------------------------------------------------


def test_every_text_column_has_its_limit_and_a_chinese_label() -> None:
    checked = 0
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            rule = rule_for(table.name, column.name)
            if rule is None:
                continue
            checked += 1
            assert _CJK.search(rule.label), f"{table.name}.{column.name} has no Chinese label"
            if isinstance(column.type, Text):
                assert (rule.limit, rule.multiline) == (TEXT_MAX_CHARS, True)
            else:
                assert isinstance(column.type, String)
                assert (rule.limit, rule.multiline) == (column.type.length, False)
    assert checked > 100
    assert rule_for("households", "household_no").limit == 30
    assert rule_for("persons", "uid") is None and rule_for("audit_entries", "changes") is None


def test_too_long_is_refused_with_the_limit_and_the_count_never_cut() -> None:
    with pytest.raises(ValidationError) as info:
        check_text("1" * 10_000, field="household_no", label="户号", limit=30)
    assert info.value.message == "户号最多30个字，现在是10000个字，请删减。"
    assert info.value.field == "household_no"
    assert check_text("一" * 30, field="x", label="x", limit=30) == "一" * 30
    assert check_text("𠮷" * 30, field="x", label="x", limit=30) == "𠮷" * 30  # Ext B: one each


@pytest.mark.parametrize("bad", ["\x00", "\x1b", "\x07", "\x7f", "\x85", "\ud800"])
def test_control_characters_are_refused_with_their_place(bad: str) -> None:
    for multiline in (False, True):
        with pytest.raises(ValidationError, match="备注的第3个字是无法显示的控制字符"):
            check_text(f"备注{bad}x", field="notes", label="备注", limit=100, multiline=multiline)


def test_line_breaks_only_in_multiline_fields_and_stored_as_lf() -> None:
    value = check_text(
        "甲\r\n乙\r丙\u2028丁\t戊", field="f", label="事实", limit=99, multiline=True
    )
    assert value == "甲\n乙\n丙\n丁\t戊"
    for bad in ("甲\n乙", "甲\r\n乙", "甲\u2028乙"):
        with pytest.raises(ValidationError, match="地址只能写成一行"):
            check_text(bad, field="address", label="地址", limit=99)
    with pytest.raises(ValidationError, match="无法显示的控制字符"):
        check_text("甲\t乙", field="address", label="地址", limit=99)


def test_check_row_for_core_inserts() -> None:
    row = {"household_no": "HW1", "notes": "a\r\nb", "village_id": 1}
    assert check_row("households", row)["notes"] == "a\nb"
    with pytest.raises(ValidationError, match="户号最多30个字"):
        check_row("households", {"household_no": "9" * 31})


# --- every way in ------------------------------------------------------------------------


def test_household_form_refuses_instead_of_cutting(desk, village) -> None:
    def save(**changes: object) -> int:
        return save_household(desk, HouseholdInput("HW0001", village, **changes))  # type: ignore[arg-type]

    message = refused(lambda: save(address_detail="村" * 300), "address_detail")
    assert message == "详细地址最多200个字，现在是300个字，请删减。"
    refused(lambda: save(house_no="1" * 21), "house_no")
    refused(lambda: save(notes="他说\x1b[31m别管"), "notes")
    refused(lambda: save(notes="空\x00字符"), "notes")
    refused(lambda: save(tags=("空" * 21,)), "tags")
    with desk.db.sessions() as s:
        assert s.scalar(select(Household.id)) is None
    hid = save(address_detail="村" * 200, notes="第一行\r\n第二行")
    with desk.db.sessions() as s:
        h = s.get(Household, hid)
        assert h.address_detail == "村" * 200 and h.notes == "第一行\n第二行"


def test_person_form_refuses_instead_of_cutting(desk) -> None:
    message = refused(
        lambda: save_person(desk, PersonInput(name="张三", address="住" * 250)), "address"
    )
    assert "住址最多200个字，现在是250个字" in message
    refused(lambda: save_person(desk, PersonInput(name="张三", origin="宁" * 81)), "origin")
    refused(lambda: save_person(desk, PersonInput(name="张三", notes="\x00")), "notes")


def test_station_settings_refuse_instead_of_cutting(desk) -> None:
    long = StationDetails(name="李家堡派出所", county_bureau="局" * 81)
    assert "所属公安局最多80个字，现在是81个字" in refused(
        lambda: save_station(desk, long), "county_bureau"
    )
    refused(lambda: save_station(desk, StationDetails(name="所", address="址" * 201)), "address")
    refused(lambda: save_station(desk, StationDetails(name="所", seal_text="章" * 81)), "seal_text")


def test_what_was_typed_is_what_is_signed(desk, post) -> None:
    """A 3,000-character term used to be stored as its first 2,000 characters."""
    case = open_case(desk, post)
    save_session(desk, case, sitting(post))
    term = "乙方赔偿甲方菜地损失，" * 300  # 3,000 characters
    draft = save_agreement(desk, case, complete_agreement(post, terms=(TermInput(term),)))
    assert load_agreement_form(desk, draft).terms[0].text == term
    too_long = (TermInput("第一条"), TermInput("款" * (TEXT_MAX_CHARS + 1)))
    message = refused(
        lambda: save_agreement(desk, case, complete_agreement(post, terms=too_long), draft),
        "terms",
    )
    assert (
        message
        == f"第2条协议条款最多{TEXT_MAX_CHARS}个字，现在是{TEXT_MAX_CHARS + 1}个字，请删减。"
    )
    place = complete_agreement(post, performance_place="地" * 201)
    refused(lambda: save_agreement(desk, case, place, draft), "performance_place")
    refused(
        lambda: save_agreement(
            desk, case, complete_agreement(post, recorder_name="刘" * 41), draft
        ),
        "recorder_name",
    )
    assert load_agreement_form(desk, draft).terms[0].text == term  # the refusals changed nothing


def test_dispute_place_and_participants_refuse_instead_of_cutting(desk, post) -> None:
    refused(lambda: register_dispute(desk, intake(post, place_detail="地" * 201)), "place_detail")
    case = open_case(desk, post)
    visitor = ParticipantInput(PanelRole.JUSTICE_OFFICE, name="张丽", organisation="所" * 81)
    participants = (*sitting(post).participants[:1], visitor)
    refused(
        lambda: save_session(desk, case, sitting(post, participants=participants)), "participants"
    )


def test_any_session_write_gets_the_rule(desk, village) -> None:
    """Code that writes through the ORM without a service is held to the same rule."""
    with pytest.raises(ValidationError) as info, desk.write() as s:
        s.add(Household(household_no="9" * 10_000, village_id=village))
    assert info.value.message == "户号最多30个字，现在是10000个字，请删减。"
    nul = pytest.raises(ValidationError, match="备注的第2个字是无法显示的控制字符")
    with nul, desk.write() as s:
        s.add(Person(name="张三", notes="备\x00注"))
    with desk.write() as s:
        s.add(Person(name="张三", notes="甲\r\n乙"))
    with desk.db.sessions() as s:
        assert s.scalars(select(Person.notes)).all() == ["甲\n乙"]


def test_an_old_bad_value_does_not_block_other_changes(desk, village) -> None:
    """Only what changes is checked: a record stored before the rule can still be retired."""
    hid = save_household(desk, HouseholdInput("HW0001", village))
    with desk.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE households SET notes = :n WHERE id = :i"), {"n": "\x00", "i": hid}
        )
    with desk.write() as s:
        s.get(Household, hid).deleted_at = desk.now()
    with pytest.raises(ValidationError), desk.write() as s:
        s.get(Household, hid).notes = "仍有\x1b"


def test_no_service_cuts_text_silently() -> None:
    """Issue 13.1: search the code for every silent slice of user text: ``x.strip()[:200]`` or
    ``name[:40]`` (a shortened display that ends in "…" says so, and is not a cut; ``[:1]`` only
    looks at the first character)."""
    slices = re.compile(
        r"(?:\.strip\(\)|\b\w*(?:name|text|tag|place|address|notes|reason|detail))"
        r"\[:\s*(?:\d{2,}|[A-Za-z_]\w*)\s*\](?!\s*\+\s*\"…\")"
    )
    found = [
        f"{path.relative_to(SERVICES)}: {match.group()}"
        for path in sorted(SERVICES.rglob("*.py"))
        for match in slices.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
