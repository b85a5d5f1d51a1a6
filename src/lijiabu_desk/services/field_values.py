"""How a value the audit trail stored reads to an officer: codes as their Chinese words, yes/no
as 是/否, dates as 2026-11-28 and times as 2026-11-28 10:30, amounts in 元, and the id of a linked
record with the kind of record it is ("警员（编号 3）").

Two kinds of entry carry values. A change of a record (made by the audit listener) holds
``[old, new]`` per column: the column's type says how the value reads. An event (a print, an
export, a login) holds details of its own (``DETAIL_VALUES``), named by ``labels.FIELD_LABELS``.
The accounts the program itself acts as (first setup, recovery at start-up) read as 系统.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Column
from sqlalchemy import Enum as EnumType

from lijiabu_desk.models import Base
from lijiabu_desk.models.enums import (
    AccountRole,
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    CallKind,
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    DocumentKind,
    FiveSmallAim,
    FollowUpMethod,
    LandType,
    MarkerKind,
    OfficerRole,
    PanelRole,
    Performance,
    PlaceKind,
    ReferralTarget,
    Relation,
    ResidentStatus,
    RiskGrade,
    Satisfaction,
    Sex,
    Urgency,
    VisitPurpose,
)
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.disputes import labels as case_labels
from lijiabu_desk.services.disputes.common import format_amount
from lijiabu_desk.services.field_labels import record_kind
from lijiabu_desk.services.labels import RELATION_LABELS, SEX_LABELS, STATUS_LABELS
from lijiabu_desk.services.officers import OFFICER_ROLE_LABELS
from lijiabu_desk.services.permissions import ROLE_LABELS
from lijiabu_desk.services.print_kinds import ALL_PRINT_LABELS

SYSTEM = "系统"
#: Accounts that are not people: the first setup and the recovery at start-up
#: (``services.restore.RECOVERY_ACTOR_NAME``; a test keeps the two in step).
SYSTEM_ACTORS = frozenset({SETUP_ACTOR.username, "startup-recovery"})

LAND_TYPE_LABELS = {
    LandType.CULTIVATED: "耕地",
    LandType.HOMESTEAD: "宅基地",
    LandType.FOREST: "林地",
    LandType.OTHER: "其他",
}
MARKER_LABELS = {
    MarkerKind.LIME: "石灰线",
    MarkerKind.STONE: "界石",
    MarkerKind.STAKE: "木桩",
    MarkerKind.OTHER: "其他",
}
CALL_KIND_LABELS = {
    CallKind.DOCUMENTS: "证件办理",
    CallKind.MEDICAL: "急病/送医",
    CallKind.DISPUTE: "纠纷",
    CallKind.CRIME_REPORT: "报警",
    CallKind.ENQUIRY: "咨询",
    CallKind.ANTI_FRAUD: "反诈",
    CallKind.OTHER: "其他",
}
VISIT_PURPOSE_LABELS = {
    VisitPurpose.ROUTINE: "日常走访",
    VisitPurpose.ID_RENEWAL: "上门办理身份证",
    VisitPurpose.FOLLOW_UP: "回访",
    VisitPurpose.CARD_DELIVERY: "发放警民连心卡",
    VisitPurpose.ANTI_FRAUD: "反诈宣传",
    VisitPurpose.ELDER_CHECK: "关爱老人",
    VisitPurpose.OTHER: "其他",
}
URGENCY_LABELS = {Urgency.NORMAL: "一般", Urgency.URGENT: "紧急", Urgency.EMERGENCY: "危急"}
AIM_LABELS = {
    FiveSmallAim.SMALL_CASE: "破小案",
    FiveSmallAim.SMALL_MATTER: "办小事",
    FiveSmallAim.SMALL_WORRY: "解小忧",
    FiveSmallAim.SMALL_HELP: "帮小忙",
    FiveSmallAim.SMALL_BENEFIT: "惠小利",
}
DOCUMENT_KIND_LABELS = {
    DocumentKind.DISPUTE_CASE: "纠纷案件编号",
    DocumentKind.PEOPLES_MEDIATION: "人民调解协议书编号",
    DocumentKind.POLICE_MEDIATION: "治安调解协议书编号",
    DocumentKind.BOUNDARY: "地界协议书编号",
    DocumentKind.CONTACT_CARD: "警民连心卡编号",
    DocumentKind.MEETING_MINUTES: "联席会议纪要编号",
}

#: Every code type a column stores → its Chinese words (the tables the screens already use).
VALUE_LABELS: dict[type[Enum], Mapping[Any, str]] = {
    AccountRole: ROLE_LABELS,
    OfficerRole: OFFICER_ROLE_LABELS,
    Relation: RELATION_LABELS,
    Sex: SEX_LABELS,
    ResidentStatus: STATUS_LABELS,
    DisputeCategory: case_labels.CATEGORY_LABELS,
    DisputeSource: case_labels.SOURCE_LABELS,
    PlaceKind: case_labels.PLACE_LABELS,
    RiskGrade: case_labels.RISK_LABELS,
    DisputeStatus: case_labels.STATUS_LABELS,
    PanelRole: case_labels.PANEL_ROLE_LABELS,
    AgreementKind: case_labels.KIND_LABELS,
    AgreementForm: case_labels.FORM_LABELS,
    AgreementStatus: case_labels.AGREEMENT_STATUS_LABELS,
    Performance: case_labels.PERFORMANCE_LABELS,
    FollowUpMethod: case_labels.FOLLOW_UP_METHOD_LABELS,
    Satisfaction: case_labels.SATISFACTION_LABELS,
    ReferralTarget: case_labels.REFERRAL_LABELS,
    MarkerKind: MARKER_LABELS,
    LandType: LAND_TYPE_LABELS,
    CallKind: CALL_KIND_LABELS,
    VisitPurpose: VISIT_PURPOSE_LABELS,
    Urgency: URGENCY_LABELS,
    FiveSmallAim: AIM_LABELS,
    DocumentKind: DOCUMENT_KIND_LABELS,
}

#: An event's details that hold a code → its words.
DETAIL_VALUES: dict[str, Mapping[str, str]] = {
    "reason": {
        "unknown user": "没有这个用户名",
        "wrong password": "密码不对",
        "disabled": "账号已停用",
        "locked": "账号已锁定",
        "manual": "手动备份",
        "exit": "退出程序时备份",
        "scheduled": "定时备份",
        "before-import": "导入花名册前备份",
        "before-restore": "恢复数据前备份",
        "before-upgrade": "升级前备份",
    },
    "what": {
        "audit": "审计记录",
        "disputes": "矛盾纠纷台账",
        "register": "户籍人口",
        "statistics": "统计报表",
    },
    "form": ALL_PRINT_LABELS,
    "agreement_status": case_labels.AGREEMENT_STATUS_LABELS,
}

#: Columns whose number means something more than a number.
_AMOUNTS = frozenset({"agreement_terms.amount_fen"})
_METRES = frozenset({"boundary_measurements.distance_m"})
_BYTES = frozenset({"attachments.size"})
_TABLE_NAMES = frozenset({"attachments.owner_table", "audit_entries.table_name"})

ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(\.\d+)?)?$")


def actor_label(username: str, account_id: int | None = None) -> str:
    """系统 for the program's own accounts; an account's user name otherwise."""
    return SYSTEM if username in SYSTEM_ACTORS and account_id is None else username


def linked(table: str, record_id: object) -> str:
    return f"{record_kind(table)}（编号 {record_id}）"


def _column(table: str, name: str) -> Column[object] | None:
    found = Base.metadata.tables.get(table)
    return found.columns.get(name) if found is not None else None


def plain_text(value: object) -> str:
    """A value without a column to say what it is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(plain_text(v) for v in value)
    text = str(value)
    match = ISO_TIME.match(text)
    return f"{match.group(1)} {match.group(2)}" if match else text


def column_value(table: str, name: str, value: object) -> str:
    """A value of ``table.name`` as stored in the trail, in words."""
    column = _column(table, name)
    if value is None or column is None:
        return plain_text(value)
    key = f"{table}.{name}"
    kind = column.type
    if isinstance(kind, EnumType) and kind.enum_class is not None:
        return str(VALUE_LABELS.get(kind.enum_class, {}).get(value, value))
    if isinstance(kind, Boolean) or isinstance(value, bool):
        return "是" if value else "否"
    if column.foreign_keys and isinstance(value, int):
        return linked(next(iter(column.foreign_keys)).column.table.name, value)
    if key in _AMOUNTS and isinstance(value, int):
        return format_amount(value)
    if key in _METRES and isinstance(value, int | float):
        return f"{value:g} 米"
    if key in _BYTES and isinstance(value, int):
        return f"{value:,} 字节"
    if key in _TABLE_NAMES:
        return record_kind(str(value))
    return plain_text(value)


def detail_value(key: str, value: object) -> str:
    """A value of an event's details (a print, an export, a login), in words."""
    if isinstance(value, dict):
        if value and all(isinstance(v, int) for v in value.values()):
            return f"共 {sum(value.values()):,} 条记录"
        return "，".join(f"{k}：{detail_value(str(k), v)}" for k, v in value.items())
    if key == "persons" and isinstance(value, list):
        return "、".join(linked("persons", v) for v in value)
    words = DETAIL_VALUES.get(key)
    if words is not None and isinstance(value, str):
        return str(words.get(value, value))
    return plain_text(value)
