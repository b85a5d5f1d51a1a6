"""The small forms of a call's later steps: its outcome and 五小 tag, a correction of its
times with the reason, and 注销 of a call logged by mistake. Each calls one service; a refusal
is shown beside the field and what was typed stays."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from lijiabu_desk.services.calls import (
    CallView,
    OutcomeInput,
    TimesInput,
    correct_times,
    retire_call,
    set_outcome,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.field_values import AIM_LABELS
from lijiabu_desk.ui.disputes.step_dialogs import StepDialog
from lijiabu_desk.ui.disputes.widgets import choice, date_line, select_value, text_box, time_line


def _title(call: CallView) -> str:
    r = call.row
    return f"{r.received_at:%m-%d %H:%M} {r.caller_name} {r.kind_label}".strip()


class OutcomeDialog(StepDialog):
    """处理结果: how the call ended, and which of the 五小 it served."""

    def __init__(self, ctx: ServiceContext, call: CallView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.call_id = call.row.id
        self.setWindowTitle(self.tr("Outcome: %1").replace("%1", _title(call)))
        self.outcome = self.add_row(self.tr("Outcome"), "outcome", text_box("outcome", 4))
        self.outcome.setPlaceholderText(
            self.tr("e.g. drove the child to the county hospital; the fever is down")
        )
        self.outcome.setPlainText(call.outcome)
        self.aim = self.add_row(
            self.tr("五小"), "aim", choice("aim", AIM_LABELS, empty=self.tr("(none)"))
        )
        select_value(self.aim, call.aim)
        self.finish_layout()

    def submit(self) -> None:
        set_outcome(
            self.ctx,
            self.call_id,
            OutcomeInput(self.outcome.toPlainText(), self.aim.currentData()),
        )


class TimesDialog(StepDialog):
    """更正时间: the three times as stamped, changed with a reason the trail keeps. Arrival or
    completion emptied is no stamp (办结 pressed by mistake is taken back this way)."""

    def __init__(self, ctx: ServiceContext, call: CallView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.call_id = call.row.id
        self.setWindowTitle(self.tr("Correct the times: %1").replace("%1", _title(call)))
        t = call.times
        self.received_on, self.received_time = self._pair(
            self.tr("Received"), "received", t.received_on, t.received_time
        )
        self.arrived_on, self.arrived_time = self._pair(
            self.tr("Arrived"), "arrived", t.arrived_on, t.arrived_time
        )
        self.completed_on, self.completed_time = self._pair(
            self.tr("Done"), "completed", t.completed_on, t.completed_time
        )
        hint = QLabel(
            self.tr("Leave a time empty where there was none (e.g. Done pressed too early).")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        self.rows.addRow(hint)
        self.reason = self.add_row(self.tr("Why"), "reason", text_box("reason", 2))
        self.reason.setPlaceholderText(self.tr("e.g. the officer phoned in: arrived at 21:40"))
        self.finish_layout()

    def _pair(self, label: str, key: str, day: str, clock: str) -> tuple[QLineEdit, QLineEdit]:
        on, at = date_line(f"{key}_on"), time_line(f"{key}_time")
        on.setText(day)
        at.setText(clock)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(on)
        layout.addWidget(at)
        layout.addStretch(1)
        self.rows.addRow(label, row)
        self.fields[f"{key}_on"] = on
        self.fields[f"{key}_time"] = at
        return on, at

    def submit(self) -> None:
        correct_times(
            self.ctx,
            self.call_id,
            TimesInput(
                received_on=self.received_on.text(),
                received_time=self.received_time.text(),
                reason=self.reason.toPlainText(),
                arrived_on=self.arrived_on.text(),
                arrived_time=self.arrived_time.text(),
                completed_on=self.completed_on.text(),
                completed_time=self.completed_time.text(),
            ),
        )


class RetireCallDialog(StepDialog):
    def __init__(self, ctx: ServiceContext, call: CallView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.call_id = call.row.id
        self.setWindowTitle(self.tr("Retire the call: %1").replace("%1", _title(call)))
        self.rows.addRow(
            QLabel(
                self.tr(
                    "Only for a call logged by mistake (twice, a wrong number). It leaves the "
                    "lists but is kept, with who retired it and why."
                ),
                wordWrap=True,
            )
        )
        self.reason = self.add_row(self.tr("Why"), "reason", text_box("reason", 2))
        self.reason.setPlaceholderText(self.tr("e.g. logged twice"))
        self.finish_layout()

    def submit(self) -> None:
        retire_call(self.ctx, self.call_id, self.reason.toPlainText())
