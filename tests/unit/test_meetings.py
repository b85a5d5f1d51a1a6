"""联席会议 as services: a meeting with topics about cases, decisions and action items; the
items done and taken back; the open items as a work queue; what a case's page shows."""

from __future__ import annotations

from datetime import date

import pytest

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.meetings.entry import (
    AttendeeInput,
    ItemInput,
    MeetingInput,
    TopicInput,
    save_meeting,
)
from lijiabu_desk.services.meetings.view import (
    list_meetings,
    load_meeting_form,
    mark_item_done,
    meetings_for_dispute,
    reopen_item,
)
from lijiabu_desk.services.queues.meetings import meeting_items_open
from tests.case_setup import make_post, open_case


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def meeting(case_id: int | None, **changes: object) -> MeetingInput:
    values: dict[str, object] = {
        "held_on": "20261120",
        "place": "李家堡镇政府会议室",
        "title": "矛盾纠纷联席会议",
        "convener": "镇综治中心",
        "attendees": (
            AttendeeInput("镇政府", "王副镇长", "副镇长"),
            AttendeeInput("派出所", "赵长安", "所长"),
            AttendeeInput("司法所", "张丽"),
        ),
        "topics": (
            TopicInput(
                "马建国与王秀英排水沟纠纷",
                "由司法所牵头再次调解，镇政府协调改建排水沟。",
                case_id,
                (
                    ItemInput("协调改建排水沟", "镇政府", "王副镇长", "20261130"),
                    ItemInput("组织再次调解", "司法所", "张丽", "20261125"),
                ),
            ),
        ),
        "other_items": (ItemInput("排查各村冬季矛盾纠纷", "派出所", "", "20261215"),),
    }
    values.update(changes)
    return MeetingInput(**values)  # type: ignore[arg-type]


def test_a_meeting_about_a_case_with_its_items_and_their_queue(desk, clock) -> None:
    post = make_post(desk)
    case_id = open_case(desk, post)
    meeting_id = save_meeting(desk, meeting(case_id))
    [row] = list_meetings(desk)
    assert (row.units, row.topics, row.open_items, row.overdue_items) == (
        "镇政府、派出所、司法所",
        1,
        3,
        1,
    )
    data, items = load_meeting_form(desk, meeting_id)
    assert (data.held_on, data.attendees) == ("2026-11-20", meeting(case_id).attendees)
    [topic_in] = data.topics
    assert (topic_in.title, topic_in.dispute_id) == ("马建国与王秀英排水沟纠纷", case_id)
    assert [(i.text, i.due_on) for i in topic_in.items] == [
        ("协调改建排水沟", "2026-11-30"),
        ("组织再次调解", "2026-11-25"),
    ]
    assert [i.text for i in data.other_items] == ["排查各村冬季矛盾纠纷"]
    assert [i.status(desk.today()) for i in items] == ["未完成", "逾期", "未完成"]
    queue = meeting_items_open(desk, desk.today(), rows=True)
    assert queue.count == 3 and queue.rows[0].reason.startswith("逾期3天")
    mark_item_done(desk, items[1].id, "20261127", "已于11月27日调解成功")
    assert meeting_items_open(desk, desk.today()).count == 2
    [topic] = meetings_for_dispute(desk, case_id)
    assert topic.title == "马建国与王秀英排水沟纠纷"
    assert [i.status(desk.today()) for i in topic.items] == ["未完成", "已完成"]
    # Saved again as the form holds it: the item done stays done.
    data, _ = load_meeting_form(desk, meeting_id)
    save_meeting(desk, data, meeting_id)
    _, items = load_meeting_form(desk, meeting_id)
    assert [i.done_on for i in items] == [None, date(2026, 11, 27), None]
    reopen_item(desk, items[1].id)
    assert meeting_items_open(desk, desk.today()).count == 3


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"place": " "}, "place"),
        ({"attendees": ()}, "attendees"),
        ({"topics": ()}, "topics"),
        ({"held_on": "20261201"}, "held_on"),
        ({"other_items": (ItemInput("早于会议", due_on="20261101"),)}, "items"),
    ],
)
def test_a_meeting_without_its_essentials_is_refused(desk, changes, field) -> None:
    make_post(desk)
    with pytest.raises(ValidationError) as refused:
        save_meeting(desk, meeting(None, **changes))
    assert refused.value.field == field


def test_an_item_cannot_be_done_before_the_meeting(desk) -> None:
    make_post(desk)
    meeting_id = save_meeting(desk, meeting(None))
    _, items = load_meeting_form(desk, meeting_id)
    with pytest.raises(ValidationError, match="不能早于会议日期"):
        mark_item_done(desk, items[0].id, "20261119")
