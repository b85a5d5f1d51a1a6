"""Chinese words for the code values of disputes and mediation.

Like ``services.labels`` these are data: the dispute list, the printed forms and the audit trail
show them, and they read the same whatever the window's language.
"""

from __future__ import annotations

from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    FollowUpMethod,
    PanelRole,
    Performance,
    PlaceKind,
    ReferralTarget,
    RiskGrade,
    Satisfaction,
)

CATEGORY_LABELS: dict[DisputeCategory, str] = {
    DisputeCategory.MARRIAGE_FAMILY: "婚姻家庭",
    DisputeCategory.NEIGHBOUR: "邻里纠纷",
    DisputeCategory.HOUSE_SITE: "房屋宅基地",
    DisputeCategory.LAND_BOUNDARY: "山林土地/地界",
    DisputeCategory.CONTRACT: "合同纠纷",
    DisputeCategory.BUSINESS: "生产经营",
    DisputeCategory.DAMAGES: "损害赔偿",
    DisputeCategory.LIVESTOCK_TRADE: "牲畜交易",
    DisputeCategory.ROAD_TRAFFIC: "道路交通",
    DisputeCategory.LABOUR: "劳动纠纷",
    DisputeCategory.OTHER: "其他",
}

SOURCE_LABELS: dict[DisputeSource, str] = {
    DisputeSource.APPLICATION: "当事人申请",
    DisputeSource.CALL: "来电求助",
    DisputeSource.PATROL: "巡逻发现",
    DisputeSource.VILLAGE_REPORT: "村委会报告",
    DisputeSource.MARKET_POINT: "市场调解点",
    DisputeSource.ASSIGNED: "上级交办/移交",
    DisputeSource.HOME_VISIT: "入户走访发现",
}

PLACE_LABELS: dict[PlaceKind, str] = {
    PlaceKind.STATION: "派出所",
    PlaceKind.VILLAGE: "村内",
    PlaceKind.MARKET: "牲畜市场调解点",
    PlaceKind.OTHER: "其他地点",
}

RISK_LABELS: dict[RiskGrade, str] = {
    RiskGrade.ORDINARY: "一般",
    RiskGrade.SERIOUS: "较大",
    RiskGrade.MAJOR: "重大",
}

STATUS_LABELS: dict[DisputeStatus, str] = {
    DisputeStatus.REGISTERED: "登记",
    DisputeStatus.MEDIATING: "调解中",
    DisputeStatus.AGREED: "达成协议",
    DisputeStatus.ORAL_AGREEMENT: "口头协议",
    DisputeStatus.FAILED: "调解不成",
    DisputeStatus.REFERRED: "已移交",
    DisputeStatus.FOLLOW_UP: "回访",
    DisputeStatus.CLOSED: "结案",
}

PANEL_ROLE_LABELS: dict[PanelRole, str] = {
    PanelRole.POLICE: "民警",
    PanelRole.GOVERNANCE_CENTRE: "综治中心",
    PanelRole.JUSTICE_OFFICE: "司法所",
    PanelRole.VILLAGE_MEDIATOR: "村治安调解员",
    PanelRole.RESIDENT_LAWYER: "驻所律师",
    PanelRole.PARTY: "当事人",
    PanelRole.INVITED: "邀请人员",
    PanelRole.RECORDER: "记录人",
}

KIND_LABELS: dict[AgreementKind, str] = {
    AgreementKind.PEOPLES_MEDIATION: "人民调解协议书",
    AgreementKind.POLICE_MEDIATION: "治安调解协议书",
}

FORM_LABELS: dict[AgreementForm, str] = {
    AgreementForm.WRITTEN: "书面协议",
    AgreementForm.ORAL: "口头协议",
}

AGREEMENT_STATUS_LABELS: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: "草稿",
    AgreementStatus.FINAL: "已定稿，待签字",
    AgreementStatus.SIGNED: "已签署",
}

PERFORMANCE_LABELS: dict[Performance, str] = {
    Performance.PENDING: "待履行",
    Performance.FULFILLED: "履行完毕",
    Performance.PARTIAL: "部分履行",
    Performance.NOT_PERFORMED: "未履行",
}

FOLLOW_UP_METHOD_LABELS: dict[FollowUpMethod, str] = {
    FollowUpMethod.HOME: "上门回访",
    FollowUpMethod.PHONE: "电话回访",
    FollowUpMethod.AT_STATION: "约见回访",
}

SATISFACTION_LABELS: dict[Satisfaction, str] = {
    Satisfaction.SATISFIED: "满意",
    Satisfaction.FAIRLY: "基本满意",
    Satisfaction.DISSATISFIED: "不满意",
}

REFERRAL_LABELS: dict[ReferralTarget, str] = {
    ReferralTarget.JUSTICE_OFFICE: "司法所",
    ReferralTarget.COURT: "人民法院",
    ReferralTarget.TOWNSHIP: "乡镇政府",
    ReferralTarget.CRIMINAL_CASE: "立案侦查",
}

SIDES: tuple[str, ...] = ("甲方", "乙方", "丙方", "丁方", "戊方", "己方", "庚方", "辛方")
