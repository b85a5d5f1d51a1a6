"""The calls table the calls list, a household's page, a person's page and a case share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lijiabu_desk.models.enums import Urgency
from lijiabu_desk.services.calls import CallRow, CallStatus
from lijiabu_desk.ui.rows_model import RowsModel

#: Columns whose text is coloured: urgency and status.
URGENCY_COLUMN, STATUS_COLUMN = 2, 7
URGENCY_COLOURS = {Urgency.URGENT: "#b9770e", Urgency.EMERGENCY: "#c0392b"}
OPEN_COLOUR = "#c0392b"


def _colour(row: CallRow, column: int) -> str | None:
    if column == URGENCY_COLUMN:
        return URGENCY_COLOURS.get(row.urgency)
    if column == STATUS_COLUMN and row.status is CallStatus.OPEN:
        return OPEN_COLOUR
    return None


def _where(row: CallRow) -> str:
    return " ".join(part for part in (row.village, row.place) if part)


def calls_model() -> RowsModel[CallRow]:
    return RowsModel[CallRow](
        [
            (
                QCoreApplication.translate("CallsTable", "Received"),
                lambda r: f"{r.received_at:%Y-%m-%d %H:%M}",
            ),
            (QCoreApplication.translate("CallsTable", "Kind"), lambda r: r.kind_label),
            (QCoreApplication.translate("CallsTable", "Urgency"), lambda r: r.urgency_label),
            (QCoreApplication.translate("CallsTable", "Caller"), lambda r: r.caller_name),
            (QCoreApplication.translate("CallsTable", "Phone"), lambda r: r.caller_phone),
            (QCoreApplication.translate("CallsTable", "What they need"), lambda r: r.summary),
            (QCoreApplication.translate("CallsTable", "Where"), _where),
            (QCoreApplication.translate("CallsTable", "State"), lambda r: r.status_label),
            (QCoreApplication.translate("CallsTable", "Response"), lambda r: r.response_text),
            (QCoreApplication.translate("CallsTable", "Sent"), lambda r: r.responder),
            (QCoreApplication.translate("CallsTable", "Case"), lambda r: r.case_no),
        ],
        colour=_colour,
    )
