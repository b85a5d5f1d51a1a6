"""Fictional 联席会议纪要 for the renderer tests (all names and numbers are made up)."""

from __future__ import annotations

from datetime import date

from lijiabu_desk.documents.minutes_data import (
    MinutesActionItem,
    MinutesAttendee,
    MinutesData,
    MinutesTopic,
)

ISSUER = "李家堡镇矛盾纠纷联席会议办公室"
NUMBER = "（2026）安李联字第3号"
GOVERNMENT = "李家堡镇人民政府"
CENTRE = "李家堡镇综治中心"
POLICE = "安定区公安局李家堡派出所"
JUSTICE = "李家堡司法所"
COURT = "安定区人民法院李家堡人民法庭"
ZHANGWAN = "张湾村村民委员会"
HEWAN = "河湾村村民委员会"

ATTENDEES = (
    MinutesAttendee(GOVERNMENT, "王建国", "副镇长"),
    MinutesAttendee(CENTRE, "李秀芳", "主任"),
    MinutesAttendee(POLICE, "侯明远", "所长"),
    MinutesAttendee(POLICE, "周志强", "民警"),
    MinutesAttendee(JUSTICE, "赵文娟", "所长"),
    MinutesAttendee(COURT, "马正清", "巡回法官"),
    MinutesAttendee(ZHANGWAN, "赵朝东", "村委会主任"),
    MinutesAttendee(HEWAN, "杨德厚", ""),
    MinutesAttendee(CENTRE, "陈晓燕", "干事"),
)

TOPICS = (
    MinutesTopic(
        1,
        "张湾村三社张守仁与刘桂芳地界纠纷",
        "（2026）安李调字第12号",
        "双方对老庄湾地块东侧界线争执已久，村委会两次调解未成。会议议定：由派出所会同村委会、"
        "司法所于现场重新丈量，以东南角老界石为基准点确定界线；司法所负责制作调解协议书。\n"
        "如一方仍不接受，引导当事人向镇人民政府申请处理权属争议，不得自行毁苗、移桩。",
        (
            MinutesActionItem(
                "组织双方到现场重新丈量并设置界石",
                POLICE,
                "侯明远",
                date(2026, 12, 5),
                "已完成",
                date(2026, 12, 3),
            ),
            MinutesActionItem(
                "制作人民调解协议书并送达双方",
                JUSTICE,
                "赵文娟",
                date(2026, 12, 10),
                "未完成",
                note="待丈量结果",
            ),
        ),
    ),
    MinutesTopic(
        2,
        "河湾村宅基地分配问题",
        "（2026）安李调字第15号",
        "由镇人民政府牵头核实宅基地审批档案，巡回法官就相关法律问题提供意见。",
        (
            MinutesActionItem(
                "调取宅基地审批档案", GOVERNMENT, "王建国", date(2026, 11, 30), "逾期"
            ),
            MinutesActionItem("就诉讼风险向当事人释法说理", COURT, "马正清", None, "未完成"),
        ),
    ),
    MinutesTopic(3, "近期牲畜交易市场治安情况通报", "", "各单位知悉，加强市场巡逻。", ()),
)

OTHER_ITEMS = (
    MinutesActionItem(
        "下次联席会议前汇总各村矛盾纠纷排查台账", CENTRE, "李秀芳", date(2026, 12, 20), "未完成"
    ),
)


def minutes(**changes: object) -> MinutesData:
    """A three-topic meeting with one item under no topic."""
    values: dict[str, object] = {
        "issuer": ISSUER,
        "title": "李家堡镇矛盾纠纷联席会议纪要",
        "number": NUMBER,
        "held_on": date(2026, 11, 20),
        "place": "李家堡镇人民政府三楼会议室",
        "convener": "王建国（李家堡镇人民政府副镇长）",
        "attendees": ATTENDEES,
        "topics": TOPICS,
        "other_items": OTHER_ITEMS,
        "recorder": "周志强",
        "approver": "王建国",
        "signed_on": date(2026, 11, 21),
        "copy_to": "区委政法委，区综治中心，区司法局。",
    }
    values.update(changes)
    return MinutesData(**values)  # type: ignore[arg-type]


UNITS = (GOVERNMENT, CENTRE, POLICE, JUSTICE, COURT, ZHANGWAN)
OWNERS = ("侯明远", "赵文娟", "王建国", "马正清", "李秀芳", "赵朝东")
# Decisions of different lengths, so that the headings land at different heights on the pages.
DECISION_PARTS = (
    "由派出所牵头，会同村委会调查核实纠纷起因，",
    "司法所派员参与调解，必要时邀请驻所律师提供法律意见；",
    "镇人民政府负责协调相关部门，确保调解协议得到履行；",
    "各单位要加强信息互通，防止矛盾激化升级。",
)


def long_topic(n: int) -> MinutesTopic:
    """Topic ``n`` (from 1) with five items; every item's text and due date differ."""
    decision = "".join(DECISION_PARTS[: 1 + n % 4] * (1 + n % 3))
    items = tuple(
        MinutesActionItem(
            f"第{n}项议题第{k}项工作：走访当事人并形成书面情况说明",
            UNITS[(n + k) % len(UNITS)],
            OWNERS[(n * k) % len(OWNERS)],
            date(2027, n, 10 + k),
            "未完成",
        )
        for k in range(1, 6)
    )
    return MinutesTopic(
        n, f"第{n}宗纠纷的化解工作安排", f"（2026）安李调字第{20 + n}号", decision, items
    )


def long_meeting() -> MinutesData:
    """Eight topics of five items each: several pages."""
    return minutes(topics=tuple(long_topic(n) for n in range(1, 9)), other_items=())
