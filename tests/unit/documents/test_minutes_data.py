"""The wording the 会议纪要 composes from its data, tested without drawing anything."""

from __future__ import annotations

from datetime import date

from lijiabu_desk.documents.minutes_data import (
    NO_UNIT,
    MinutesActionItem,
    MinutesAttendee,
    closing_sentence,
    ordinal,
)
from tests.unit.documents import minutes_samples as samples


def test_attendees_are_grouped_by_unit_in_first_seen_order() -> None:
    data = samples.minutes(
        attendees=(
            MinutesAttendee("李家堡司法所", "赵文娟", "所长"),
            MinutesAttendee("", "张某", ""),
            MinutesAttendee("李家堡镇综治中心", "李秀芳"),
            MinutesAttendee("李家堡司法所", "刘强", "干事"),
        )
    )
    grouped = [(unit, [p.printed for p in people]) for unit, people in data.attendance]
    assert grouped == [
        ("李家堡司法所", ["赵文娟（所长）", "刘强（干事）"]),
        (NO_UNIT, ["张某"]),
        ("李家堡镇综治中心", ["李秀芳"]),
    ]
    assert data.units == ("李家堡司法所", "李家堡镇综治中心")  # no countersign line for NO_UNIT
    assert data.attendance_summary == "共3个单位4人"


def test_an_items_cells_read_as_printed() -> None:
    done = MinutesActionItem(
        "丈量", "派出所", "侯明远", date(2026, 12, 5), "已完成", date(2026, 12, 3)
    )
    assert done.due_text == "2026年12月5日" and done.status_text == "已完成\n2026年12月3日"
    open_ = MinutesActionItem("送达", "司法所", note=" 待丈量结果 ")
    assert open_.due_text == "未定" and open_.status_text == ""
    assert open_.item_text == "送达\n备注：待丈量结果"


def test_other_items_are_numbered_after_the_last_topic() -> None:
    assert samples.minutes().other_heading == "四、其他事项"
    assert samples.long_meeting().other_heading == "九、其他事项"
    assert samples.minutes(topics=()).other_heading == "一、其他事项"
    assert [ordinal(n) for n in (1, 10, 12)] == ["一、", "十、", "十二、"]


def test_a_draft_has_no_number_and_minutes_without_items_end_plainly() -> None:
    draft = samples.minutes(status_words="草稿")
    assert draft.printed_title == "李家堡镇矛盾纠纷联席会议纪要（草稿）"
    assert draft.printed_number == "" and samples.minutes().printed_number == samples.NUMBER
    assert samples.minutes(title="").printed_title == "李家堡镇矛盾纠纷联席会议纪要"
    bare = samples.minutes(topics=(samples.TOPICS[2],), other_items=())
    assert closing_sentence(bare) == "特此纪要。"
    assert "抓好落实" in closing_sentence(samples.minutes())
