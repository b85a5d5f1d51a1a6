"""The Chinese name of every record kind and of every field of every record: one table.

The audit viewer, a record's history, the trail check and the text rules' refusals all name
fields from here, so "closed_on" reads 结案日期 wherever it shows. ``missing_labels`` lists the
columns of the ORM models that have no label; a test requires it to be empty, so a field added
without a label fails the tests. How the stored values read lives in ``services.field_values``.

Plain data, importing nothing from the services, so that any service may use it.
"""

from __future__ import annotations

from lijiabu_desk.models import Base

#: Table → the kind of record, as an officer calls it.
RECORD_KINDS: dict[str, str] = {
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
    "home_visit_people": "走访涉及人员",
    "id_renewals": "上门办证",
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
    "meeting_topics": "会议议题",
    "person_merges": "人员合并",
    "attachments": "附件",
    "audit_entries": "审计记录",
    "document_counters": "文书编号计数",
}

#: Columns every record carries (``RecordMixin``), unless a table names them otherwise.
COMMON_LABELS: dict[str, str] = {
    "id": "编号",
    "uid": "记录标识",
    "created_at": "创建时间",
    "updated_at": "修改时间",
    "deleted_at": "注销时间",
}

_PREFIX = "编号前缀"

#: Table → column → label.
COLUMN_LABELS: dict[str, dict[str, str]] = {
    "accounts": {
        "username": "用户名", "display_name": "姓名", "officer_id": "对应警员",
        "role": "账号角色", "password_hash": "密码", "must_change_password": "须修改密码",
        "disabled": "停用", "failed_logins": "连续输错次数", "locked_until": "锁定至",
        "last_login_at": "上次登录", "password_changed_at": "密码修改时间",
    },
    "stations": {
        "name": "派出所名称", "county_bureau": "所属公安局", "address": "派出所地址",
        "duty_phone": "值班电话", "chief_name": "所长姓名", "chief_phone": "所长电话",
        "mediation_committee": "人民调解委员会名称", "seal_text": "印章文字",
        "anti_fraud_phone": "反诈专线",
        "prefix_peoples_mediation": "人民调解协议书" + _PREFIX,
        "prefix_police_mediation": "治安调解协议书" + _PREFIX,
        "prefix_dispute_case": "纠纷案件" + _PREFIX,
        "prefix_boundary": "地界协议书" + _PREFIX,
    },
    "officers": {
        "name": "警员姓名", "badge_no": "警号", "role": "职务", "phone": "手机号码",
        "active": "在本所工作",
    },
    "villages": {
        "name": "村名", "head_name": "村主任姓名", "head_phone": "村主任电话",
        "mediator_name": "治安调解员姓名", "mediator_phone": "治安调解员电话",
        "responsible_officer_id": "责任民警",
    },
    "village_groups": {"village_id": "所属行政村", "number": "社号", "name": "社名"},
    "households": {
        "household_no": "户号", "village_id": "行政村", "group_id": "村民小组（社）",
        "house_no": "门牌号", "address_detail": "详细地址", "phone": "联系电话",
        "phone2": "备用电话", "notes": "备注",
    },
    "household_tags": {"household_id": "所属户", "tag": "户标签"},
    "persons": {
        "name": "姓名", "name_keys": "姓名拼音（查找用）", "sex": "性别", "ethnicity": "民族",
        "birth_date": "出生日期", "id_number": "公民身份号码", "id_issue_date": "身份证签发日期",
        "id_expiry_date": "身份证有效期至", "id_long_term": "身份证长期有效",
        "needs_home_service": "需要上门服务", "home_service_reason": "上门服务的原因",
        "phone": "联系电话", "occupation": "职业", "address": "住址", "origin": "来自何处",
        "notes": "备注", "household_id": "所属户", "relation": "与户主关系",
        "status": "人员状态", "left_on": "迁出/死亡日期", "left_reason": "迁出/死亡原因",
        "anti_fraud_app_on": "安装反诈App日期", "merged_into_id": "已合并到",
    },
    "home_visits": {
        "household_id": "走访的户", "visit_date": "走访日期", "purpose_kind": "走访类型",
        "purpose": "走访目的", "dispute_id": "走访中发现的纠纷", "summary": "走访情况",
        "anti_fraud_app_installed": "已安装反诈App", "contact_card_handed": "已发放连心卡",
        "id_photo_taken": "已拍身份证照片",
    },
    "home_visit_officers": {"visit_id": "所属走访", "officer_id": "走访民警"},
    "home_visit_people": {
        "visit_id": "所属走访", "person_id": "涉及人员", "app_installed": "安装了反诈App",
        "id_photo_taken": "拍了身份证照片",
    },
    "id_renewals": {
        "person_id": "办证人员", "photo_taken_on": "拍照日期", "visit_id": "拍照的走访",
        "application_sent_on": "申请送出日期", "delivered_on": "新证送达日期",
        "new_expiry_date": "新证有效期至", "notes": "备注",
    },
    "disputes": {
        "case_no": "案件编号", "year": "年份", "seq": "年内序号", "category": "纠纷类别",
        "source": "纠纷来源", "place_kind": "发生地点类型", "village_id": "行政村",
        "place_detail": "发生地点", "received_at": "受理时间", "received_by_id": "受理民警",
        "facts": "纠纷简要情况", "risk_grade": "风险等级", "status": "办理状态",
        "deadline": "办理期限", "failure_reason": "调解不成的原因",
        "open_routes": "已告知的其他途径", "closing_note": "结案说明", "closed_on": "结案日期",
        "prevented_crime": "防止民转刑", "prevented_petition": "防止群体性上访",
    },
    "dispute_parties": {
        "dispute_id": "所属纠纷", "person_id": "当事人", "position": "排列顺序",
        "side": "当事人一方", "demand": "当事人的诉求",
        "guardian_name": "监护人姓名", "guardian_relation": "监护人与当事人的关系",
    },
    "referrals": {
        "dispute_id": "所属纠纷", "referred_on": "移交日期", "target": "移交去向",
        "receiver": "接收单位或接收人", "reason": "移交原因",
    },
    "mediation_sessions": {
        "dispute_id": "所属纠纷", "held_at": "调解时间", "place": "调解地点",
        "statements": "当事人陈述", "findings": "查明的事实", "outcome": "调解结果",
    },
    "session_participants": {
        "session_id": "所属调解记录", "role": "参加身份", "officer_id": "民警",
        "person_id": "人员", "name": "参加人姓名", "organisation": "参加人单位",
    },
    "agreements": {
        "dispute_id": "所属纠纷", "kind": "协议种类", "form": "协议形式",
        "number": "协议编号", "facts": "纠纷主要事实", "points_in_dispute": "争议事项",
        "responsibility": "各方责任", "performance_method": "履行方式",
        "performance_place": "履行地点", "performance_deadline": "履行期限",
        "mediator_id": "主持调解的民警", "mediator_name": "调解员姓名",
        "recorder_name": "记录人姓名", "status": "协议状态", "signed_on": "签署日期",
        "performance": "履行情况", "supplements_id": "所补充的协议",
        "judicial_confirmation": "申请司法确认",
        "incident_at": "案发时间", "incident_place": "案发地点", "others_present": "其他在场人员",
    },
    "agreement_terms": {
        "agreement_id": "所属协议", "position": "条款序号", "text": "协议条款",
        "amount_fen": "金额", "due_on": "履行日期",
    },
    "follow_ups": {
        "agreement_id": "所属协议", "due_on": "计划回访日期", "visited_on": "回访日期",
        "visitor_id": "回访民警", "visited_person_id": "回访对象", "performance": "履行情况",
        "findings": "回访了解的情况", "warning_signs": "反复的苗头",
        "method": "回访方式", "satisfaction": "当事人满意度",
    },
    "boundary_agreements": {
        "dispute_id": "所属纠纷", "number": "协议编号", "village_id": "行政村",
        "group_id": "村民小组", "land_type": "地类", "area_mu": "面积（亩）",
        "certificate_no": "承包经营权证号", "closed_parcel": "丈量闭合成地块",
        "costs": "费用承担",
        "parcel_name": "地块名称", "location": "地块位置", "east": "东至", "south": "南至",
        "west": "西至", "north": "北至", "reference_point": "参照点",
        "agreed_line": "商定的界线", "crops": "涉及的庄稼或建筑", "measured_on": "丈量日期",
        "signed_on": "签署日期", "status": "协议状态",
    },
    "boundary_parties": {
        "agreement_id": "所属地界协议", "person_id": "当事人", "side": "当事人一方",
    },
    "boundary_measurements": {
        "agreement_id": "所属地界协议", "position": "序号", "from_point": "丈量起点",
        "to_point": "丈量终点", "direction": "方向", "distance_m": "距离", "note": "丈量说明",
    },
    "boundary_markers": {
        "agreement_id": "所属地界协议", "kind": "界标种类", "count": "界标数量",
        "location": "界标位置",
    },
    "boundary_witnesses": {
        "agreement_id": "所属地界协议", "role": "见证人身份", "name": "见证人姓名",
        "officer_id": "见证民警",
    },
    "contact_cards": {
        "household_id": "发卡的户", "officer_id": "联系民警", "issued_on": "发卡日期",
        "printed_badge_no": "卡上警号", "printed_officer_phone": "卡上民警手机",
        "printed_duty_phone": "卡上值班电话", "printed_chief_phone": "卡上所长电话",
        "printed_anti_fraud_phone": "卡上反诈电话", "handed_over_by_id": "发卡人",
    },
    "service_calls": {
        "received_at": "求助时间", "caller_id": "求助人", "caller_name": "求助人姓名",
        "caller_phone": "求助人电话", "household_id": "所属户", "kind": "求助类别",
        "urgency": "紧急程度", "aim": "五小目标", "summary": "求助内容",
        "responder_id": "出警民警", "arrived_at": "到达时间", "outcome": "处理结果",
        "dispute_id": "关联纠纷", "village_id": "求助地点所在村", "place": "求助地点",
        "completed_at": "办结时间", "correction_note": "时间更正记录",
    },
    "outreach_events": {
        "held_on": "宣传日期", "village_id": "宣传的村", "place": "宣传地点", "topic": "宣传主题",
        "people_reached": "宣传人数", "apps_installed": "安装反诈App人数", "notes": "备注",
    },
    "outreach_officers": {"event_id": "所属宣传活动", "officer_id": "参加民警"},
    "joint_meetings": {
        "held_on": "会议日期", "place": "会议地点", "topics": "会议议题", "decisions": "会议决定",
        "number": "纪要编号", "title": "会议名称", "convener": "召集人",
    },
    "meeting_topics": {
        "meeting_id": "所属会议", "position": "议题序号", "title": "议题", "dispute_id": "涉及纠纷",
        "decision": "议定意见",
    },
    "person_merges": {
        "survivor_id": "保留的人员记录", "merged_id": "并入的人员记录", "moves": "转移的关联",
        "survivor_before": "合并前的保留记录", "merged_before": "合并前的并入记录",
        "undone_at": "撤销合并时间",
    },
    "meeting_attendees": {
        "meeting_id": "所属会议", "organisation": "参会单位", "name": "参会人姓名",
        "title": "参会人职务",
    },
    "meeting_action_items": {
        "meeting_id": "所属会议", "text": "会议事项", "owner": "负责单位",
        "due_on": "完成期限", "done_on": "完成日期", "topic_id": "所属议题",
        "owner_person": "负责人", "note": "备注",
    },
    "attachments": {
        "owner_table": "附件所属记录", "owner_id": "所属记录编号", "filename": "附件文件名",
        "media_type": "附件类型", "sha256": "附件校验值", "size": "文件大小",
        "content": "附件内容", "description": "附件说明",
    },
    "audit_entries": {
        "at": "时间", "actor": "账号", "account_id": "账号编号", "action": "操作",
        "table_name": "记录类别", "record_id": "所涉记录编号", "record_uid": "所涉记录标识",
        "changes": "内容", "prev_hash": "上一条的校验值", "entry_hash": "本条的校验值",
    },
    "document_counters": {"kind": "文书种类", "year": "年份", "last_value": "已用到的编号"},
}  # fmt: skip

#: Column names found in several tables under different labels, for a caller that knows only
#: the name (``labels.field_label`` without a table).
GENERIC_LABELS: dict[str, str] = {
    "name": "名称/姓名",
    "role": "角色/职务",
    "status": "状态",
    "kind": "种类",
    "position": "序号",
    "phone": "联系电话",
    "address": "地址",
    "place": "地点",
    "facts": "事实",
    "findings": "情况",
    "reason": "原因",
    "mediator_name": "调解员姓名",
    "number": "编号",
    "location": "位置",
    "summary": "情况",
    "visit_id": "所属走访",
    "note": "备注",
    "title": "名称/标题",
    "group_id": "村民小组",
    "id_photo_taken": "拍了身份证照片",
    "text": "内容",
    "organisation": "单位",
    "officer_id": "民警",
    "person_id": "人员",
    "household_id": "户",
    "village_id": "行政村",
    "dispute_id": "纠纷",
    "agreement_id": "协议",
    "due_on": "日期",
    "held_on": "日期",
    "received_at": "受理/求助时间",
    "outcome": "结果",
}


def record_kind(table: str) -> str:
    return RECORD_KINDS.get(table, table)


def has_column_label(table: str, column: str) -> bool:
    return column in COLUMN_LABELS.get(table, {}) or column in COMMON_LABELS


def column_label(table: str, column: str) -> str:
    """The label of ``table.column``; a name the table does not have reads by its generic
    label, else as it is."""
    label = COLUMN_LABELS.get(table, {}).get(column) or COMMON_LABELS.get(column)
    return label or generic_label(column) or column


def generic_label(column: str) -> str | None:
    """The label of a column name whatever its table: the one label every table gives it,
    or ``GENERIC_LABELS`` where tables differ; None for a name no table has."""
    if column in GENERIC_LABELS:
        return GENERIC_LABELS[column]
    if column in COMMON_LABELS:
        return COMMON_LABELS[column]
    found = {cols[column] for cols in COLUMN_LABELS.values() if column in cols}
    return found.pop() if len(found) == 1 else None


def missing_labels() -> list[str]:
    """``table.column`` of every mapped column without a label, and every table without a
    record kind (a new field or table must be named before the tests pass)."""
    missing: list[str] = []
    for mapper in Base.registry.mappers:
        table = mapper.local_table.name
        if table not in RECORD_KINDS:
            missing.append(table)
        missing += [
            f"{table}.{attr.key}"
            for attr in mapper.column_attrs
            if not has_column_label(table, attr.key)
        ]
    return missing


def ambiguous_names() -> list[str]:
    """Column names labelled differently by different tables and missing from
    ``GENERIC_LABELS`` (a caller without the table would read them raw)."""
    names = {c for cols in COLUMN_LABELS.values() for c in cols}
    return sorted(n for n in names if generic_label(n) is None)
