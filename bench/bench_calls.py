"""The phone rings: how fast the quick-entry call form opens, and how fast the caller is found,
on the benchmark township (~127,000 people).

Targets (issue #11): the call form opens in under 150 ms; the caller lookup answers as the
register search does (it is the same search box and service, so the same target: p95 per
keystroke < 50 ms and within 3× the bare query).

- form: ``CallFormDialog(ctx)`` built and shown (offscreen), against a bare baseline built in the
  same run: a QDialog in the house style with the same widgets (a line edit and hidden list for
  the search, 5 line edits, 10 radio buttons, a text box, two combos filled from bare
  ``sqlite3`` queries of the villages and officers). The ratio says what our services and
  helpers add to bare Qt.
- lookup: the phone numbers and names callers give, every prefix as typed (the samples of
  ``bench_search``), through ``services.search.search`` against the bare query that finds the
  same rows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_calls.py
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import keystrokes, measure
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
)
from township import bare_connection, median, open_township, percentile, time_call, township_db
from township import verdict as line_for

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.ui.calls.call_form import CallFormDialog
from lijiabu_desk.ui.forms import INVALID_STYLE

FORM_TARGET_MS = 150.0
FORM_RATIO_LIMIT = 3.0
LOOKUP_TARGET_MS = 50.0
LOOKUP_RATIO_LIMIT = 3.0
#: What a caller gives on the telephone: their number, or their name.
LOOKUP_KINDS = ("phone", "name (hanzi)", "pinyin initials")


def open_form(ctx: ServiceContext) -> None:
    dialog = CallFormDialog(ctx)
    dialog.show()
    QApplication.processEvents()
    dialog.mark_clean()
    dialog.done(0)
    dialog.deleteLater()
    QApplication.processEvents()


def open_bare(conn: sqlite3.Connection) -> None:
    dialog = QDialog()
    dialog.setStyleSheet(INVALID_STYLE)  # every form of the desk carries the house style
    form = QFormLayout(dialog)
    form.addRow("search", QLineEdit())
    hidden = QListWidget()
    hidden.setVisible(False)
    form.addRow(hidden)
    for name in ("name", "phone", "place", "date", "time"):
        form.addRow(name, QLineEdit())
    for label in range(10):
        form.addRow(QRadioButton(str(label)))
    form.addRow("summary", QPlainTextEdit())
    for sql in (
        "SELECT id, name FROM villages WHERE deleted_at IS NULL ORDER BY name",
        "SELECT id, name, badge_no FROM officers WHERE deleted_at IS NULL ORDER BY name",
    ):
        combo = QComboBox()
        for row in conn.execute(sql):
            combo.addItem(str(row[1]), row[0])
        form.addRow(combo)
    dialog.show()
    QApplication.processEvents()
    dialog.done(0)
    dialog.deleteLater()
    QApplication.processEvents()


def form_timings(
    ctx: ServiceContext, conn: sqlite3.Connection, repeats: int
) -> tuple[float, float]:
    open_form(ctx)  # warm: translations, fonts, statement caches
    open_bare(conn)
    ours, bare = [], []
    for _ in range(repeats):  # interleaved
        ours.append(time_call(lambda: open_form(ctx), 1))
        bare.append(time_call(lambda: open_bare(conn), 1))
    return 1000 * median(ours), 1000 * median(bare)


def run(repeats: int = 15) -> list[str]:
    app = QApplication.instance() or QApplication(sys.argv)
    print("service calls — the form and the caller lookup")
    db, ctx = open_township()
    try:
        with closing(bare_connection(township_db())) as conn:
            form_ms, bare_ms = form_timings(ctx, conn, repeats)
            strokes = [k for k in keystrokes(conn) if k.kind in LOOKUP_KINDS]
            timings = measure(ctx, conn, strokes, 5)
    finally:
        db.close()
    ours = [timings.search_ms[k.typed] for k in strokes]
    bare = [timings.bare_ms[k.typed] for k in strokes]
    p95, p95_bare = percentile(ours, 95), percentile(bare, 95)
    print(f"  form opens: {form_ms:.1f} ms (median of {repeats}); bare dialog {bare_ms:.1f} ms")
    print(f"  caller lookup: {len(strokes)} keystrokes of {', '.join(LOOKUP_KINDS)}; "
          f"p95 {p95:.1f} ms, bare p95 {p95_bare:.1f} ms")  # fmt: skip
    del app
    return [
        line_for(
            "call form opens",
            f"{form_ms:.1f} ms vs bare {bare_ms:.1f} ms",
            f"<{FORM_TARGET_MS:g} ms",
            form_ms / bare_ms,
            FORM_RATIO_LIMIT,
            form_ms < FORM_TARGET_MS,
        ),
        line_for(
            "caller lookup keystroke p95",
            f"{p95:.1f} ms vs bare {p95_bare:.1f} ms",
            f"<{LOOKUP_TARGET_MS:g} ms",
            p95 / p95_bare,
            LOOKUP_RATIO_LIMIT,
            p95 < LOOKUP_TARGET_MS,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15, help="timed opens of the form")
    args = parser.parse_args()
    lines = run(args.repeats)
    print()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
