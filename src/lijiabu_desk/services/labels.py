"""Chinese words for code values and field names, for screens, exports and the audit trail.

The interface itself is translated with Qt's tr(); these labels are data that services return
(audit history, exports) and that must read the same whatever the window's language.
"""

from __future__ import annotations

from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.audit import Action

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
    Action.PRINT_SIGNED: "打印已签文书",
    Action.PRINT: "打印文书",
    Action.VIEW_FULL_ID: "查看完整号码",
    Action.BACKUP: "备份",
    Action.RESTORE: "恢复数据",
    Action.BULK: "批量生成",
}

TABLE_LABELS: dict[str, str] = {
    "accounts": "账号",
    "stations": "派出所设置",
    "officers": "警员",
    "villages": "行政村",
    "village_groups": "村民小组",
    "households": "户",
    "household_tags": "户标签",
    "persons": "人员",
    "home_visits": "入户走访",
    "home_visit_officers": "走访民警",
    "disputes": "矛盾纠纷",
    "dispute_parties": "纠纷当事人",
    "referrals": "移交",
    "mediation_sessions": "调解记录",
    "session_participants": "调解参加人",
    "agreements": "调解协议",
    "agreement_terms": "协议条款",
    "follow_ups": "回访",
    "boundary_agreements": "地界协议",
    "boundary_parties": "地界当事人",
    "boundary_measurements": "丈量记录",
    "boundary_markers": "界标",
    "boundary_witnesses": "见证人",
    "contact_cards": "警民连心卡",
    "service_calls": "服务求助",
    "outreach_events": "宣传活动",
    "outreach_officers": "宣传民警",
    "joint_meetings": "联席会议",
    "meeting_attendees": "参会人员",
    "meeting_action_items": "会议事项",
    "attachments": "附件",
}

FIELD_LABELS: dict[str, str] = {
    "name": "名称/姓名",
    "username": "用户名",
    "display_name": "姓名",
    "role": "角色",
    "password_hash": "密码",
    "disabled": "停用",
    "failed_logins": "连续输错次数",
    "locked_until": "锁定至",
    "last_login_at": "上次登录",
    "must_change_password": "须修改密码",
    "password_changed_at": "密码修改时间",
    "sex": "性别",
    "ethnicity": "民族",
    "birth_date": "出生日期",
    "id_number": "公民身份号码",
    "id_issue_date": "身份证签发日期",
    "id_expiry_date": "身份证有效期至",
    "id_long_term": "身份证长期有效",
    "phone": "联系电话",
    "phone2": "备用电话",
    "occupation": "职业",
    "address": "住址",
    "household_id": "所属户",
    "household_no": "户号",
    "relation": "与户主关系",
    "status": "状态",
    "left_on": "迁出/死亡日期",
    "left_reason": "原因",
    "notes": "备注",
    "deleted_at": "注销时间",
    "village_id": "行政村",
    "group_id": "村民小组",
    "house_no": "门牌号",
    "duty_phone": "值班电话",
    "chief_name": "所长",
    "chief_phone": "所长电话",
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
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


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
