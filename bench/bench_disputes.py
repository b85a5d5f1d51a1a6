"""The dispute list, the case page and printing an agreement, on ten years of a busy post's cases.

Data: ``disputes_history.disputes_db()``, cached in ``bench/.cache/`` — a copy of the township
with 4,800 older cases taken in through the dispute services, ~6,000 cases in all (see that
module). Three cases are made for the measurements: an agreement with 2 parties and 5 terms, one
with 8 parties and 30 terms, and a case with 4 sessions, an agreement and its signed supplement.

Measured (interleaved, so that load elsewhere hits subject and baseline alike):

* ``list_disputes`` with no filter, status 调解中, overdue only, pinyin initials and part of a
  name — against the bare ``sqlite3`` SELECT of the same rows (disputes joined with
  dispute_parties, persons and villages, and the next open follow-up visit; same WHERE, same
  LIMIT). Limit 3× (the people list's convention; the issue names no time).
* ``load_case`` of the case with several sessions and agreements — against the bare SELECTs of
  the rows the case page shows. Limit 3×.
* The dispute list refreshed on screen (``DisputesArea.refresh`` with no filter, offscreen Qt:
  the query, the model reset, the columns sized, the count) — against ``list_disputes`` alone,
  its query. Limit 2× (#14).
* ``print_form(MEDIATION_AGREEMENT)`` of the two agreements — against drawing the same text on the
  same number of A4 pages with ReportLab's canvas in the same embedded body font. Limit 3× (#14).
  Printing audits every print, so it runs on a scratch copy (``bench/.cache/print-run/``, removed
  afterwards) to keep the cached file as built.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from disputes_history import Measured, disputes_db, measured_records
from township import (
    CACHE_DIR,
    bare_connection,
    bench_clock,
    context,
    median,
    percentile,
    verdict,
)

from lijiabu_desk.documents.data import PrintableDocument
from lijiabu_desk.models.enums import DisputeStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.listing import (
    LIST_LIMIT,
    DisputeFilter,
    DisputeRow,
    list_disputes,
)
from lijiabu_desk.services.printing import PrintKind, build_document, print_form

T = TypeVar("T")

LIST_RATIO_LIMIT = 3.0
CASE_RATIO_LIMIT = 3.0
PRINT_RATIO_LIMIT = 3.0  # #14: within 3× plain ReportLab drawing the same text
REFRESH_RATIO_LIMIT = 2.0  # #14: the list on screen within 2× its query
PRINT_DIR = CACHE_DIR / "print-run"
AGREEMENT_FORM = PrintKind.MEDIATION_AGREEMENT  # 人民调解协议书
# The dispute list and its baseline

BARE_LIST = """
    WITH page AS (
        SELECT d.* FROM disputes d
        WHERE d.deleted_at IS NULL{where}
        ORDER BY d.received_at DESC, d.id DESC LIMIT {limit})
    SELECT page.id, page.*, v.name,
           CASE WHEN page.status = 'closed' THEN NULL ELSE (
               SELECT min(f.due_on) FROM agreements a JOIN follow_ups f ON f.agreement_id = a.id
               WHERE a.dispute_id = page.id AND a.deleted_at IS NULL AND f.deleted_at IS NULL
                 AND f.visited_on IS NULL) END,
           dp.position, dp.deleted_at, p.name
    FROM page
    LEFT JOIN villages v ON v.id = page.village_id
    LEFT JOIN dispute_parties dp ON dp.dispute_id = page.id
    LEFT JOIN persons p ON p.id = dp.person_id
    ORDER BY page.received_at DESC, page.id DESC, dp.position"""
BARE_SEARCH = """
    (d.case_no LIKE :like OR EXISTS (
        SELECT 1 FROM dispute_parties dp JOIN persons p ON p.id = dp.person_id
        WHERE dp.dispute_id = d.id
          AND (p.name LIKE :like OR p.name_keys LIKE :prefix OR p.name_keys LIKE :word)))"""


def bare_list(
    conn: sqlite3.Connection, f: DisputeFilter, today: date
) -> list[tuple[int, str, str | None]]:
    """The baseline: one SELECT of the page's disputes with their village, their next planned
    visit and their party names; returns (id, parties, next visit) as the list shows them."""
    where, args = [], {}
    if f.status is not None:
        where.append("d.status = :status")
        args["status"] = f.status.value
    if f.overdue_only:
        where.append("d.status IN ('registered', 'mediating') AND d.deadline < :today")
        args["today"] = today.isoformat()
    q = f.query.strip().lower().replace(" ", "")
    if q:
        where.append(BARE_SEARCH)
        args.update(like=f"%{q}%", prefix=f"{q}%", word=f"% {q}%")
    sql = BARE_LIST.format(where="".join(f" AND {w}" for w in where), limit=LIST_LIMIT)
    rows: dict[int, tuple[list[str], str | None]] = {}
    for row in conn.execute(sql, args):
        names, _ = rows.setdefault(row[0], ([], row[-4]))
        if row[-1] is not None and row[-2] is None:
            names.append(row[-1])
    return [(i, "、".join(names), visit) for i, (names, visit) in rows.items()]


def shown(rows: list[DisputeRow]) -> list[tuple[int, str, str | None]]:
    """What ``bare_list`` returns, from the service's rows."""
    return [(r.id, r.parties, r.next_visit.isoformat() if r.next_visit else None) for r in rows]


# ---------------------------------------------------------------------------------------------
# The case page and its baseline

BARE_CASE = (
    """SELECT d.*, v.name, o.name FROM disputes d LEFT JOIN villages v ON v.id = d.village_id
       LEFT JOIN officers o ON o.id = d.received_by_id WHERE d.id = ?""",
    """SELECT dp.*, p.*, h.*, v.name, g.name FROM dispute_parties dp
       JOIN persons p ON p.id = dp.person_id LEFT JOIN households h ON h.id = p.household_id
       LEFT JOIN villages v ON v.id = h.village_id LEFT JOIN village_groups g ON g.id = h.group_id
       WHERE dp.dispute_id = ? ORDER BY dp.position""",
    """SELECT s.*, sp.* FROM mediation_sessions s
       LEFT JOIN session_participants sp ON sp.session_id = s.id
       WHERE s.dispute_id = ? ORDER BY s.held_at, sp.id""",
    """SELECT a.*, o.number FROM agreements a LEFT JOIN agreements o ON o.id = a.supplements_id
       WHERE a.dispute_id = ? ORDER BY a.id""",
    """SELECT t.* FROM agreement_terms t JOIN agreements a ON a.id = t.agreement_id
       WHERE a.dispute_id = ? ORDER BY t.agreement_id, t.position""",
    """SELECT f.*, o.name FROM follow_ups f JOIN agreements a ON a.id = f.agreement_id
       LEFT JOIN officers o ON o.id = f.visitor_id WHERE a.dispute_id = ?
       ORDER BY f.due_on, f.id""",
    "SELECT r.* FROM referrals r WHERE r.dispute_id = ?",
)
BARE_STATION = "SELECT * FROM stations WHERE deleted_at IS NULL LIMIT 1"


def bare_case(conn: sqlite3.Connection, dispute_id: int) -> int:
    """The baseline: the rows the case page shows, one bare SELECT per table group."""
    rows = sum(len(conn.execute(sql, (dispute_id,)).fetchall()) for sql in BARE_CASE)
    return rows + len(conn.execute(BARE_STATION).fetchall())


# ---------------------------------------------------------------------------------------------
# Printing and its baseline

PAGE_OBJECT = re.compile(rb"/Type /Page\b(?!s)")
LINE_CHARS = 36  # 12 pt characters across the 156 mm text width of the forms
LINE_LEADING = 20.0  # the forms' body leading


def page_count(pdf: bytes) -> int:
    return len(PAGE_OBJECT.findall(pdf))


def document_text(value: object) -> list[str]:
    """Every string a printable dataclass holds, nested ones included, in field order."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if is_dataclass(value):
        return [s for f in fields(value) for s in document_text(getattr(value, f.name))]
    if isinstance(value, tuple):
        return [s for item in value for s in document_text(item)]
    return []


def plain_lines(texts: list[str]) -> list[str]:
    """The text cut into lines of ``LINE_CHARS`` characters, with no rules at all."""
    lines = []
    for text in texts:
        for paragraph in text.splitlines():
            lines += [paragraph[i : i + LINE_CHARS] for i in range(0, len(paragraph), LINE_CHARS)]
    return lines


def plain_pdf(lines: list[str], pages: int, font: str) -> bytes:
    """The baseline: ``lines`` spread over ``pages`` A4 pages with the canvas, one font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    per_page = -(-len(lines) // pages)
    top, usable = A4[1] - 25 * mm, A4[1] - 50 * mm
    leading = min(LINE_LEADING, usable / max(per_page, 1))
    for page in range(pages):
        canvas.setFont(font, 12)
        y = top
        for line in lines[page * per_page : (page + 1) * per_page]:
            canvas.drawString(28 * mm, y, line)
            y -= leading
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@dataclass(frozen=True)
class PrintCase:
    label: str
    agreement_id: int
    document: PrintableDocument
    lines: list[str]  # its text, cut for the plain baseline
    pages: int


def print_context(source: Path) -> tuple[Database, ServiceContext]:
    """A scratch copy of the cached file: every print writes an audit entry."""
    shutil.rmtree(PRINT_DIR, ignore_errors=True)
    PRINT_DIR.mkdir(parents=True)
    target = PRINT_DIR / "print.sqlite3"
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    db = open_database(target, clock=bench_clock)
    return db, context(db)


# ---------------------------------------------------------------------------------------------
# Running


def timed(call: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def ms(values: list[float]) -> tuple[float, float]:
    """Median and p95, in milliseconds."""
    return 1000 * median(values), 1000 * percentile(values, 95)


def list_filters(m: Measured) -> dict[str, DisputeFilter]:
    return {
        "no filter": DisputeFilter(),
        "status 调解中": DisputeFilter(status=DisputeStatus.MEDIATING),
        "overdue only": DisputeFilter(overdue_only=True),
        f"pinyin '{m.initials}'": DisputeFilter(query=m.initials),
        f"name part '{m.name_part}'": DisputeFilter(query=m.name_part),
    }


def run_list(ctx: ServiceContext, conn: sqlite3.Connection, m: Measured, repeats: int) -> list[str]:
    today = ctx.today()
    filters = list_filters(m)
    sizes: dict[str, int] = {}
    for label, f in filters.items():  # warm up, and check that both read the same rows
        rows = list_disputes(ctx, f)
        sizes[label] = len(rows)
        if shown(rows) != bare_list(conn, f, today):
            print(f"  NOTE: the bare query no longer reads what list_disputes shows ({label})")
    times: dict[str, dict[str, list[float]]] = {k: {"list": [], "bare": []} for k in filters}
    for _ in range(repeats):  # interleaved, so that load elsewhere hits all alike
        for label, f in filters.items():
            times[label]["list"].append(timed(lambda f=f: list_disputes(ctx, f))[0])
            times[label]["bare"].append(timed(lambda f=f: bare_list(conn, f, today))[0])
    print(f"  list_disputes, median / p95 of {repeats} runs (LIMIT {LIST_LIMIT}):")
    print(f"    {'filter':<22} {'rows':>5} {'list ms':>15} {'bare ms':>13} {'ratio':>11}")
    lines = []
    for label, t in times.items():
        (lm, lp), (bm, bp) = ms(t["list"]), ms(t["bare"])
        print(
            f"    {label:<22} {sizes[label]:>5} {lm:7.1f} /{lp:6.1f} {bm:6.1f} /{bp:5.1f}"
            f" {lm / bm:5.2f} /{lp / bp:5.2f}"
        )
        lines.append(
            verdict(
                f"dispute list, {label} ({sizes[label]} rows)",
                f"median {lm:.1f} ms, p95 {lp:.1f} ms vs bare {bm:.1f} / {bp:.1f} ms",
                "ratio of medians; no ms target",
                lm / bm,
                LIST_RATIO_LIMIT,
                True,
            )
        )
    return lines


def run_case(ctx: ServiceContext, conn: sqlite3.Connection, m: Measured, repeats: int) -> str:
    view = load_case(ctx, m.rich_case)  # warm up
    rows = bare_case(conn, m.rich_case)
    subject: list[float] = []
    bare: list[float] = []
    for _ in range(repeats):
        subject.append(timed(lambda: load_case(ctx, m.rich_case))[0])
        bare.append(timed(lambda: bare_case(conn, m.rich_case))[0])
    (sm, sp), (bm, bp) = ms(subject), ms(bare)
    print(
        f"  load_case {view.case_no}: {len(view.parties)} parties, {len(view.sessions)} sessions,"
        f" {len(view.agreements)} agreements, {len(view.follow_ups)} follow-ups"
        f" ({rows} rows bare)"
    )
    print(f"    load_case  {sm:6.1f} / {sp:6.1f} ms   bare selects {bm:5.2f} / {bp:5.2f} ms")
    return verdict(
        f"case page load_case ({len(view.sessions)} sessions, {len(view.agreements)} agreements)",
        f"median {sm:.1f} ms, p95 {sp:.1f} ms vs bare {bm:.2f} / {bp:.2f} ms",
        "ratio of medians; no ms target",
        sm / bm,
        CASE_RATIO_LIMIT,
        True,
    )


def run_print(source: Path, m: Measured, repeats: int) -> list[str]:
    from lijiabu_desk.documents.fonts import register_fonts
    from lijiabu_desk.documents.render import render

    fonts = register_fonts()
    db, ctx = print_context(source)
    try:
        cases = []
        for label, agreement_id in (
            ("2 parties, 5 terms", m.small_agreement),
            ("8 parties, 30 terms", m.large_agreement),
        ):
            pdf = print_form(ctx, AGREEMENT_FORM, agreement_id).pdf  # warm up
            document = build_document(ctx, AGREEMENT_FORM, agreement_id)
            lines = plain_lines(document_text(document))
            cases.append(PrintCase(label, agreement_id, document, lines, page_count(pdf)))
        times: dict[str, dict[str, list[float]]] = {
            c.label: {"print": [], "plain": [], "build": [], "render": []} for c in cases
        }
        for _ in range(repeats):  # interleaved
            for c in cases:
                t, record = times[c.label], c.agreement_id
                t["print"].append(timed(lambda r=record: print_form(ctx, AGREEMENT_FORM, r))[0])
                t["plain"].append(timed(lambda c=c: plain_pdf(c.lines, c.pages, fonts.body))[0])
                t["build"].append(timed(lambda r=record: build_document(ctx, AGREEMENT_FORM, r))[0])
                t["render"].append(timed(lambda c=c: render(c.document, fonts))[0])
    finally:
        db.close()
        shutil.rmtree(PRINT_DIR, ignore_errors=True)
    print(f"  print_form(MEDIATION_AGREEMENT), median / p95 of {repeats} runs:")
    lines = []
    for c in cases:
        t = times[c.label]
        (pm, pp), (bm, bp) = ms(t["print"]), ms(t["plain"])
        build, draw = 1000 * median(t["build"]), 1000 * median(t["render"])
        print(
            f"    {c.label:<20} {c.pages} pages, {len(c.lines)} plain lines:"
            f" print_form {pm:5.1f} / {pp:5.1f} ms, plain canvas {bm:5.1f} / {bp:5.1f} ms,"
            f" ratio {pm / bm:.2f}\n"
            f"      of which build_document {build:.1f} ms, render {draw:.1f} ms,"
            f" the rest (fonts, audit entry) {pm - build - draw:.1f} ms"
        )
        lines.append(
            verdict(
                f"print agreement, {c.label} ({c.pages} pages)",
                f"median {pm:.0f} ms, p95 {pp:.0f} ms vs plain ReportLab {bm:.0f} / {bp:.0f} ms",
                "ratio of medians; no ms target",
                pm / bm,
                PRINT_RATIO_LIMIT,
                True,
            )
        )
    return lines


def run_refresh(ctx: ServiceContext, repeats: int) -> str:
    """The list as the officer sees it refresh, against the query it shows."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from lijiabu_desk.ui.disputes.area import DisputesArea

    app = QApplication.instance() or QApplication([])
    area = DisputesArea(ctx)
    area.resize(1366, 700)
    area.show()
    app.processEvents()
    area.refresh()  # warm up
    app.processEvents()
    subject: list[float] = []
    bare: list[float] = []
    for _ in range(repeats):

        def on_screen() -> None:
            area.refresh()
            app.processEvents()  # the repaint the officer waits for

        subject.append(timed(on_screen)[0])
        bare.append(timed(lambda: list_disputes(ctx, DisputeFilter()))[0])
    area.close()
    (sm, sp), (bm, bp) = ms(subject), ms(bare)
    print(
        f"  list refresh on screen {sm:6.1f} / {sp:6.1f} ms, list_disputes {bm:6.1f} / {bp:6.1f} ms"
    )
    return verdict(
        "dispute list refresh on screen",
        f"median {sm:.1f} ms vs its query {bm:.1f} ms",
        "ratio of medians; no ms target",
        sm / bm,
        REFRESH_RATIO_LIMIT,
        True,
    )


def run(repeats: int = 15) -> list[str]:
    print("dispute list, case page and printing")
    path = disputes_db()
    db = open_database(path, clock=bench_clock)
    ctx = context(db)
    try:
        with closing(bare_connection(path)) as conn:
            m = measured_records(conn)
            cases = conn.execute("SELECT count(*) FROM disputes").fetchone()[0]
            parties = conn.execute("SELECT count(*) FROM dispute_parties").fetchone()[0]
            print(f"  {cases} cases, {parties} parties")
            lines = run_list(ctx, conn, m, repeats)
            lines.append(run_case(ctx, conn, m, repeats))
            lines.append(run_refresh(ctx, repeats))
    finally:
        db.close()
    lines += run_print(path, m, repeats)
    return lines


def profile(what: str) -> None:
    """cProfile of the subject alone: ``list`` (no filter), ``case`` or ``print`` (large)."""
    path = disputes_db()
    with closing(bare_connection(path)) as conn:
        m = measured_records(conn)
    if what == "print":
        db, ctx = print_context(path)
        call: Callable[[], object] = lambda: print_form(  # noqa: E731
            ctx, AGREEMENT_FORM, m.large_agreement
        )
    else:
        db = open_database(path, clock=bench_clock)
        ctx = context(db)
        if what == "case":
            call = lambda: load_case(ctx, m.rich_case)  # noqa: E731
        else:
            call = lambda: list_disputes(ctx, DisputeFilter())  # noqa: E731
    try:
        call()
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(5):
            call()
        profiler.disable()
    finally:
        db.close()
        shutil.rmtree(PRINT_DIR, ignore_errors=True)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15, help="timed runs (median, p95)")
    parser.add_argument(
        "--profile", choices=("list", "case", "print"), help="cProfile one subject instead"
    )
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
        return
    lines = run(args.repeats)
    print()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
