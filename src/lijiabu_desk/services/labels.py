"""Chinese words for code values and field names, for screens, exports and the audit trail.

The interface itself is translated with Qt's tr(); these labels are data that services return
(audit history, exports) and that must read the same whatever the window's language.
"""

from __future__ import annotations

from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.audit import Action
from lijiabu_desk.services.field_labels import (
    RECORD_KINDS,
    column_label,
    generic_label,
    has_column_label,
    record_kind,
)

ACTION_LABELS: dict[str, str] = {
    Action.CREATE: "新建",
    Action.UPDATE: "修改",
    Action.RETIRE: "注销",
    Action.REINSTATE: "恢复",
    Action.DELETE: "删除",
    Action.LOGIN: "登录",
    Action.LOGIN_FAILED: "登录失败",
    Action.LOCKOUT: "账号锁定",
    Action.LOGOUT: "退出登录",
    Action.EXPORT: "导出",
    # Recorded for an agreement printed once finalised, signed or not yet (the legal form with
    # full ID numbers): "signed" would be wrong for the copy printed for signing.
    Action.PRINT_SIGNED: "打印定稿协议书",
    Action.PRINT: "打印文书",
    Action.VIEW_FULL_ID: "查看完整号码",
    Action.BACKUP: "备份",
    Action.RESTORE: "恢复数据",
    Action.BULK: "批量生成",
    "search_number": "按号码查找",  # services.number_search
    "search_number_refused": "按号码查找被拒绝",
}

#: Table → the kind of record (纠纷, 人员, 户 …); the one table is ``services.field_labels``.
TABLE_LABELS: dict[str, str] = RECORD_KINDS

#: The details an event records (a print, an export, a login …). A record's fields are named by
#: ``services.field_labels``; ``field_label`` looks there first.
FIELD_LABELS: dict[str, str] = {
    "demo": "演示数据",
    "reason": "原因",
    "count": "次数",
    "until": "至",
    "file": "文件",
    "from": "来源",
    "rows": "条数",
    "what": "内容",
    "to": "去向",
    "safety_backup": "恢复前备份",
    "verified": "已校验",
    "full": "含完整号码",
    "form": "文书",
    "title": "文书标题",
    "agreement_status": "协议状态",
    "query": "查找的号码",
    "found": "找到人数",
    "persons": "找到的人员",
    "masked_numbers": "号码部分隐藏",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def table_label(table: str) -> str:
    return record_kind(table)


def field_label(field: str, table: str = "") -> str:
    """The field of a record of ``table``; else an event's detail; else the name's label in
    any table (``field_labels.generic_label``)."""
    if table and has_column_label(table, field):
        return column_label(table, field)
    return FIELD_LABELS.get(field) or generic_label(field) or field


RELATION_LABELS: dict[Relation, str] = {
    Relation.HEAD: "户主",
    Relation.SPOUSE: "配偶",
    Relation.SON: "子",
    Relation.DAUGHTER: "女",
    Relation.FATHER: "父亲",
    Relation.MOTHER: "母亲",
    Relation.GRANDSON: "孙子",
    Relation.GRANDDAUGHTER: "孙女",
    Relation.DAUGHTER_IN_LAW: "儿媳",
    Relation.SON_IN_LAW: "女婿",
    Relation.SIBLING: "兄弟姐妹",
    Relation.GRANDPARENT: "祖父母",
    Relation.OTHER: "其他",
}

SEX_LABELS: dict[Sex, str] = {Sex.MALE: "男", Sex.FEMALE: "女"}

STATUS_LABELS: dict[ResidentStatus, str] = {
    ResidentStatus.ACTIVE: "在册",
    ResidentStatus.MOVED_AWAY: "迁出",
    ResidentStatus.DECEASED: "死亡",
}
