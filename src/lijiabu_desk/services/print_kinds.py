"""The printed forms by the names the command line and the audit trail use, and their words.

Kept apart from ``services.printing`` (which imports ReportLab and every builder) so that the
words can be read anywhere, the audit viewer's included.
"""

from __future__ import annotations

from enum import StrEnum


class PrintKind(StrEnum):
    """The forms that print from one record, by the names the command line takes."""

    MEDIATION_AGREEMENT = "mediation-agreement"  # 人民调解协议书 (ID: agreement)
    POLICE_AGREEMENT = "police-agreement"  # 治安调解协议书 (ID: agreement)
    MEDIATION_RECORD = "mediation-record"  # 调解记录 (ID: mediation session)
    FOLLOW_UP = "follow-up"  # 回访记录 (ID: follow-up)
    INTAKE_FORM = "intake-form"  # 受理登记表 (ID: dispute)
    CLOSING_REPORT = "closing-report"  # 结案报告 (ID: dispute)
    BOUNDARY_AGREEMENT = "boundary-agreement"  # 地界协议书 (ID: boundary agreement)
    MEETING_MINUTES = "meeting-minutes"  # 联席会议纪要 (ID: joint meeting)


PRINT_KIND_LABELS: dict[PrintKind, str] = {
    PrintKind.MEDIATION_AGREEMENT: "人民调解协议书",
    PrintKind.POLICE_AGREEMENT: "治安调解协议书",
    PrintKind.MEDIATION_RECORD: "调解记录",
    PrintKind.FOLLOW_UP: "回访记录",
    PrintKind.INTAKE_FORM: "受理登记表",
    PrintKind.CLOSING_REPORT: "结案报告",
    PrintKind.BOUNDARY_AGREEMENT: "地界协议书",
    PrintKind.MEETING_MINUTES: "联席会议纪要",
}

#: Prints of many records at once, by the name their audit entry carries.
SHEET_LABELS: dict[str, str] = {
    "contact-cards": "警民连心卡",
    "visit-list": "身份证到期走访清单",
}

#: Every print's words, for the audit trail.
ALL_PRINT_LABELS: dict[str, str] = {
    **{kind.value: label for kind, label in PRINT_KIND_LABELS.items()},
    **SHEET_LABELS,
}
