"""`lijiabu-desk report monthly|quarterly|yearly`, called as the command line calls it: the whole
command line (``cli.main``), whose parser carries ``report`` and dispatches to ``run_report``.

The post is ``statistics_setup``'s town; its November figures are counted by hand there
(8 cases found, 7 taken, 6 mediated, 2 succeeded, 4,000.50 元; in 河湾村 5, 5, 4, 2).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from lijiabu_desk.cli import main
from lijiabu_desk.cli_parser import EXIT_FAILED, EXIT_OK, EXIT_USAGE, build_parser
from lijiabu_desk.models import AuditEntry
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.statistics.xlsx import DISPUTE_SHEET
from tests.unit.documents import poppler
from tests.unit.statistics_setup import Town, make_town


@pytest.fixture
def post(db_path: Path) -> tuple[Path, Town]:
    """The town, closed as a shell would find it (no accounts: the setup actor runs)."""
    db = open_database(db_path)
    town = make_town(ServiceContext(db, SETUP_ACTOR))
    db.close()
    return db_path, town


def report(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``lijiabu-desk report …`` as typed: the whole command line, parser and dispatch."""
    try:
        code = main(["report", *argv])
    except SystemExit as exit_:  # argparse's own refusal (exit 2)
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def audit(path: Path, action: str) -> list[dict[str, object]]:
    db = open_database(path)
    try:
        with db.sessions() as s:
            rows = s.scalars(select(AuditEntry.changes).where(AuditEntry.action == action))
            return [json.loads(r) for r in rows]
    finally:
        db.close()


@poppler.needs_poppler
def test_monthly_pdf_prints_the_months_figures_and_is_audited(post, tmp_path, capsys) -> None:
    path, _ = post
    target = tmp_path / "out" / "11月.pdf"
    code, out, err = report(capsys, "monthly", "--month", "2026-11", "--db", str(path),
                            "-o", str(target))  # fmt: skip
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith(f"已生成：{target}（") and "2026年11月" in out
    text = poppler.text(target)
    assert "统计期间：2026年11月" in text.replace(" ", "")
    assert poppler.squash("合计 8 7 6 2 33.3% 4,000.50") in poppler.squash(text)
    (entry,) = [e for e in audit(path, "print") if e.get("form") == "statistics"]
    assert entry["period"] == "2026-11" and entry["village_id"] is None


def test_quarterly_xlsx_for_one_village_holds_its_numbers(post, tmp_path, capsys) -> None:
    path, town = post
    target = tmp_path / "q4.xlsx"
    code, out, _ = report(capsys, "quarterly", "--quarter", "2026-Q4", "--village", "河湾村",
                          "--db", str(path), "-o", str(target))  # fmt: skip
    assert code == EXIT_OK and out.startswith(f"已导出：{target}")
    rows = list(load_workbook(target)[DISPUTE_SHEET].iter_rows(values_only=True))
    assert "河湾村" in rows[0][0] and "2026年第四季度" in rows[0][0]
    total = rows[-1]
    # 河湾村 in Q4: c2 (October) c1 c6 c9 c11 c12 (November) c10 (December) found; c2 by
    # patrol, the rest taken; mediated c1 c2 c6 c12, c11 (first sat in December) and c8
    # (received in September, settled on October 31st); settled c1 (1,000.50), c2 (3,000.00)
    # and c8 (no amount)
    assert total[:5] == ("合计", 7, 6, 6, 3)
    assert float(total[6]) == pytest.approx(4000.50)
    (entry,) = audit(path, "export")
    assert entry["period"] == "2026-Q4" and entry["village_id"] == town.hewan


def test_yearly_takes_a_year(post, tmp_path, capsys) -> None:
    path, _ = post
    code, _, _ = report(capsys, "yearly", "--year", "2026", "--db", str(path),
                          "-o", str(tmp_path / "2026.xlsx"))  # fmt: skip
    assert code == EXIT_OK
    rows = list(load_workbook(tmp_path / "2026.xlsx")[DISPUTE_SHEET].iter_rows(values_only=True))
    assert rows[-1][1] == 11  # c8 (September) and c2 (October) with November's and c10


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("monthly", "--month", "2026"), "--month 应写成 2026-11"),
        (("monthly", "--month", "2026-13"), "月份13不对"),
        (("quarterly", "--quarter", "2026-11"), "--quarter 应写成 2026-Q4"),
        (("yearly", "--year", "26"), "--year 应写成 2026"),
    ],
)
def test_a_period_written_wrongly_is_a_usage_error(post, tmp_path, capsys, argv, words) -> None:
    path, _ = post
    code, out, err = report(capsys, *argv, "--db", str(path), "-o", str(tmp_path / "r.pdf"))
    assert code == EXIT_USAGE and out == ""
    assert err.startswith("命令写法有误：") and words in err
    assert not (tmp_path / "r.pdf").exists()


def test_the_file_must_end_in_pdf_or_xlsx(post, tmp_path, capsys) -> None:
    path, _ = post
    code, _, err = report(capsys, "monthly", "--month", "2026-11", "--db", str(path),
                          "-o", str(tmp_path / "r.docx"))  # fmt: skip
    assert code == EXIT_USAGE and ".pdf" in err and ".xlsx" in err


def test_an_unknown_village_is_named_with_the_villages_there_are(post, tmp_path, capsys) -> None:
    path, _ = post
    code, _, err = report(capsys, "monthly", "--month", "2026-11", "--village", "河西村",
                          "--db", str(path), "-o", str(tmp_path / "r.xlsx"))  # fmt: skip
    assert code == EXIT_FAILED
    assert "没有名为“河西村”的行政村" in err and "河湾村" in err and "山下村" in err
    assert not (tmp_path / "r.xlsx").exists()


def test_the_period_option_is_required(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["report", "monthly", "-o", "r.pdf"])
    assert stopped.value.code == EXIT_USAGE
    assert "命令写法有误" in capsys.readouterr().err


def test_help_stays_quick_without_the_heavy_libraries() -> None:
    probe = (
        "import sys\n"
        "from lijiabu_desk.cli import main\n"
        "try:\n    main(['report', 'monthly', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sqlalchemy', 'PySide6', 'reportlab', 'openpyxl', 'matplotlib')"
        " if m in sys.modules]\n"
        "print('LOADED', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "LOADED []" in done.stdout, done.stdout
    assert "--month" in done.stdout and "--village" in done.stdout
