"""The statistics .xlsx opened with openpyxl: numbers typed as numbers, every category row,
totals right, no formulas, written whole, audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry
from lijiabu_desk.models.enums import CallKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.labels import CATEGORY_LABELS
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.field_values import CALL_KIND_LABELS
from lijiabu_desk.services.statistics import month
from lijiabu_desk.services.statistics.xlsx import (
    DISPUTE_HEADERS,
    DISPUTE_SHEET,
    OTHER_SHEET,
    SERVICE_SHEET,
    export_statistics,
)
from tests.unit.statistics_setup import Town, make_town

NOVEMBER = month(2026, 11)


@pytest.fixture
def town(ctx: ServiceContext) -> Town:
    return make_town(ctx)


def _rows(path: Path, sheet: str) -> list[tuple]:
    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


def test_the_dispute_sheet_in_the_county_layout(ctx, town, tmp_path: Path) -> None:
    result = export_statistics(ctx, NOVEMBER, tmp_path / "统计")
    assert result.path.name == "统计.xlsx"
    rows = _rows(result.path, DISPUTE_SHEET)
    assert rows[0][0] == "安定区公安局李家堡派出所矛盾纠纷排查化解情况统计表（2026年11月）"
    assert list(rows[1]) == DISPUTE_HEADERS
    body = {r[0]: r[1:] for r in rows[2:]}
    assert list(body) == [*CATEGORY_LABELS.values(), "合计"]
    found, taken, mediated, succeeded, rate, money = body["邻里纠纷"]
    assert (found, taken, mediated, succeeded) == (4, 3, 2, 1)
    assert rate == 0.5 and money == pytest.approx(1000.50)
    found, taken, mediated, succeeded, rate, money = body["合计"]
    assert (found, taken, mediated, succeeded) == (8, 7, 6, 2)
    assert rate == pytest.approx(2 / 6) and money == pytest.approx(4000.50)
    assert body["牲畜交易"][4] is None  # found, never mediated: no rate, an empty cell
    assert body["婚姻家庭"] == (0, 0, 0, 0, None, 0)
    for column in range(5):  # the totals are the sums of the category rows
        rows_only = [v[column] for k, v in body.items() if k != "合计" and v[column] is not None]
        if column != 4:
            assert sum(rows_only) == pytest.approx(body["合计"][column])


def test_numbers_are_typed_and_formatted_and_nothing_is_a_formula(ctx, town, tmp_path) -> None:
    path = export_statistics(ctx, NOVEMBER, tmp_path / "统计.xlsx").path
    book = load_workbook(path)
    sheet = book[DISPUTE_SHEET]
    neighbour = next(r for r in sheet.iter_rows(min_row=3) if r[0].value == "邻里纠纷")
    assert [c.data_type for c in neighbour[1:]] == ["n"] * 6
    assert isinstance(neighbour[1].value, int)
    assert neighbour[5].number_format == "0.0%" and neighbour[6].number_format == "#,##0.00"
    for name in book.sheetnames:
        for row in book[name].iter_rows():
            for cell in row:
                assert cell.data_type != "f", (name, cell.coordinate)


def test_the_service_sheet(ctx, town, tmp_path) -> None:
    rows = _rows(export_statistics(ctx, NOVEMBER, tmp_path / "x.xlsx").path, SERVICE_SHEET)
    assert rows[0][0] == "安定区公安局李家堡派出所服务工作情况统计表（2026年11月）"
    calls = {r[0]: r[1:] for r in rows[2 : 3 + len(CallKind)]}
    assert list(calls) == [*CALL_KIND_LABELS.values(), "合计"]
    assert calls["证件办理"] == (3, 2, 3, 0, 30.0, 50.0)
    assert calls["咨询"] == (1, 0, 0, 1, None, None)
    assert calls["合计"] == (5, 3, 3, 2, 20.0, 50.0)
    pairs = {r[0]: r[1] for r in rows if r and r[0] and len([v for v in r if v is not None]) == 2}
    assert pairs["办小事"] == 2 and pairs["未标注"] == 1
    assert pairs["按期回访"] == 2 and pairs["逾期回访"] == 1 and pairs["尚未回访"] == 1
    assert pairs["入户走访（次）"] == 4 and pairs["期末无有效连心卡户数"] == 2
    assert pairs["宣传人数"] == 420 and pairs["安装反诈App合计"] == 78


def test_a_village_and_the_other_dispute_figures(ctx, town, tmp_path) -> None:
    path = export_statistics(ctx, NOVEMBER, tmp_path / "x.xlsx", town.shanxia).path
    rows = _rows(path, DISPUTE_SHEET)
    assert rows[0][0] == "安定区公安局李家堡派出所山下村矛盾纠纷排查化解情况统计表（2026年11月）"
    assert rows[-1] == ("合计", 2, 1, 2, 0, 0.0, 0)
    other = {r[0]: r[1:] for r in _rows(path, OTHER_SHEET)[2:]}
    # self-found, written, oral, referred, 防止民转刑, 防止群体性上访
    assert other["合计"] == (1, 0, 0, 1, 0, 1)


def test_the_export_is_audited(ctx, town, tmp_path) -> None:
    export_statistics(ctx, NOVEMBER, tmp_path / "x.xlsx")
    with ctx.db.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(entries) == 1
    assert '"what": "statistics"' in entries[0].changes and '"2026-11"' in entries[0].changes


def test_a_file_that_cannot_be_written_says_so_and_leaves_nothing(ctx, town, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ServiceError, match="统计表没有导出"):
        export_statistics(ctx, NOVEMBER, blocker / "统计.xlsx")
    assert not [p for p in tmp_path.rglob("*") if ".xlsx" in p.name or ".tmp" in p.name]
    with ctx.db.sessions() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all() == []
