"""The dispute ledger (台账) export: the list's cases with how each ended, in an .xlsx."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry
from lijiabu_desk.models.enums import DisputeStatus, ReferralTarget
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.ledger import HEADERS, export_ledger
from lijiabu_desk.services.disputes.listing import DisputeFilter
from lijiabu_desk.services.disputes.outcomes import ReferralInput, refer_case
from lijiabu_desk.services.disputes.sessions import save_session
from lijiabu_desk.services.errors import ServiceError
from tests.case_setup import complete_agreement, make_post, open_case, sitting


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def test_the_ledger_has_one_row_per_case_with_its_outcome(desk, tmp_path: Path) -> None:
    post = make_post(desk)
    agreed = open_case(desk, post)
    save_session(desk, agreed, sitting(post))
    agreement = save_agreement(desk, agreed, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    referred = open_case(desk, post)
    refer_case(desk, referred, ReferralInput(ReferralTarget.COURT, "", "安定区人民法院"))
    result = export_ledger(desk, tmp_path / "台账")
    assert result.path.name == "台账.xlsx" and result.cases == 2
    rows = list(load_workbook(result.path).active.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    first = dict(zip(HEADERS, rows[1], strict=True))
    assert (
        first["案件编号"] == "（2026）安李纠字第1号" and first["当事人"] == "甲方马建国、乙方王秀英"
    )
    assert first["处理结果"] == "达成书面协议" and first["协议编号"] == "（2026）安李人调字第1号"
    assert first["调解次数"] == "1" and first["履行情况"] == "待履行"
    assert first["发生地点"] == "马家山村"
    second = dict(zip(HEADERS, rows[2], strict=True))
    assert second["处理结果"] == "移交人民法院（安定区人民法院）"
    only = export_ledger(desk, tmp_path / "移交.xlsx", DisputeFilter(status=DisputeStatus.REFERRED))
    assert only.cases == 1
    with desk.db.sessions() as s:
        exports = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(exports) == 2 and '"what": "disputes"' in exports[0].changes


def test_a_file_that_cannot_be_written_says_so_and_leaves_nothing(desk, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ServiceError, match="台账没有导出"):
        export_ledger(desk, blocker / "台账.xlsx")
