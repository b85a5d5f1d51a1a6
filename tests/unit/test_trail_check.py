"""Records against their audit trail: what the app wrote matches, what was changed or removed
outside it is reported (with ID numbers and phones masked), and ``check`` says so."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from lijiabu_desk.models import Attachment, HouseholdTag
from lijiabu_desk.models.boundary import BoundaryAgreement, BoundaryMeasurement
from lijiabu_desk.models.enums import Performance, ReferralTarget, ResidentStatus
from lijiabu_desk.services.checks import run_checks
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.demo import create_demo
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.intake import PartyInput, update_dispute
from lijiabu_desk.services.disputes.outcomes import ReferralInput, close_case, refer_case
from lijiabu_desk.services.disputes.sessions import save_session
from lijiabu_desk.services.identity import mask_id_number
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, record_leaving, save_person
from lijiabu_desk.services.roster.importer import apply_import, plan_import
from lijiabu_desk.services.trail_check import TrailReport, compare_records
from tests.case_setup import (
    Post,
    complete_agreement,
    id_number,
    intake,
    make_post,
    open_case,
    sitting,
)

JIA_ID = id_number("62110219680305123")  # make_post's 甲方 马建国


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


def trail(path: Path) -> TrailReport:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return compare_records(conn)


def raw(path: Path, *sql: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in sql:
            conn.execute(statement)
        conn.commit()


def test_a_day_of_service_writes_matches_the_trail(desk, post, clock) -> None:
    case = open_case(desk, post)
    extra = PartyInput(post.outsider_id, "丙方", "要求退还定金")
    update_dispute(desk, case, intake(post, parties=(*intake(post).parties, extra)))
    update_dispute(desk, case, intake(post))  # the outsider dropped again: a row deleted
    save_session(desk, case, sitting(post))
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    clock.advance(days=16)
    visit = FollowUpInput(
        "20261213",
        Performance.FULFILLED,
        post.officer_id,
        post.jia_id,
        "已付清",
        method="home",
        satisfaction="satisfied",
    )
    record_follow_up(desk, agreement, visit)
    close_case(desk, case, "协议已履行。")
    other = open_case(desk, post)
    refer_case(desk, other, ReferralInput(ReferralTarget.COURT, "", "安定区人民法院"))
    home = save_household(
        desk, HouseholdInput("MJS0001", post.village_id, phone="13909321234", tags=("空巢老人",))
    )
    save_household(desk, HouseholdInput("MJS0001", post.village_id, tags=("留守儿童",)), home)
    save_person(
        desk, PersonInput(name="马建国", id_number=JIA_ID, phone="13800001111"), post.jia_id
    )
    record_leaving(desk, post.yi_id, ResidentStatus.MOVED_AWAY, "20261120", "随子女迁往兰州")
    with desk.write() as s:  # blobs, floats and a retired row, through the ORM
        s.add(Attachment(owner_table="disputes", owner_id=case, filename="协议.jpg",
                         sha256="0" * 64, size=3, content=b"\xff\xd8\xff"))  # fmt: skip
        parcel = BoundaryAgreement(dispute_id=case, parcel_name="河滩地")
        parcel.measurements.append(
            BoundaryMeasurement(position=1, from_point="老榆树", to_point="界石", distance_m=12.35)
        )
        s.add(parcel)
    with desk.write() as s:
        s.scalars(select(BoundaryAgreement)).one().deleted_at = datetime(2026, 12, 14, 9, 30)
    report = trail(desk.db.path)
    assert report.findings == [] and report.ok
    assert report.records >= 20 and "一致" in report.summary()


def test_a_restored_backup_matches_its_trail(desk, post) -> None:
    from lijiabu_desk.services.backups import take_backup
    from lijiabu_desk.services.restore import restore_backup

    backup = take_backup(desk, reason="manual")
    save_person(desk, PersonInput(name="马哈麦", origin="宁夏吴忠市"), post.outsider_id)
    restored = restore_backup(desk, backup.path).database
    try:
        assert trail(restored.path).findings == []
    finally:
        restored.close()


def roster(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["户号", "姓名", "与户主关系", "性别", "民族", "公民身份号码", "联系电话", "社"])
    ws.append(["HW0001", "李桂兰", "户主", "女", "汉", "11010519491231002X", "13912345678", "二社"])
    ws.append(["HW0001", "张晓明", "孙子", "男", "汉族", "622421201003150015", "", "二社"])
    wb.save(path)
    return path


def test_a_roster_import_and_its_update_match_the_trail(desk, post, tmp_path: Path) -> None:
    sheet = roster(tmp_path / "马家山村.xlsx")
    apply_import(desk, plan_import(desk, sheet, village="马家山村"))
    with desk.write() as s:  # a later edit of an imported person, through the app
        from lijiabu_desk.models import Person

        s.scalars(select(Person).where(Person.name == "张晓明")).one().notes = "在兰州上学"
    assert trail(desk.db.path).findings == []
    raw(desk.db.path, "UPDATE persons SET phone = '13100002222' WHERE name = '李桂兰'")
    (finding,) = trail(desk.db.path).findings
    assert finding.field == "phone" and "139****5678" in finding.message
    assert "13912345678" not in finding.message and "131****2222" in finding.message


def test_an_id_number_changed_outside_the_app_is_reported_masked(desk, post) -> None:
    raw(
        desk.db.path,
        f"UPDATE persons SET id_number = '62110219680305999X' WHERE id = {post.jia_id}",
    )
    (finding,) = trail(desk.db.path).findings
    assert (finding.table, finding.record_id, finding.field) == (
        "persons",
        post.jia_id,
        "id_number",
    )
    assert "公民身份号码" in finding.message and f"第 {post.jia_id} 号" in finding.message
    assert JIA_ID not in finding.message and "62110219680305999X" not in finding.message
    assert mask_id_number(JIA_ID) in finding.message and "621***********999X" in finding.message


def test_a_person_deleted_outside_the_app_is_reported(desk, post) -> None:
    raw(desk.db.path, f"DELETE FROM persons WHERE id = {post.outsider_id}")
    (finding,) = trail(desk.db.path).findings
    assert finding.record_id == post.outsider_id and "已不在数据库中" in finding.message


def test_a_row_added_outside_the_app_is_reported(desk, post) -> None:
    raw(
        desk.db.path,
        "INSERT INTO villages (uid, created_at, updated_at, name, head_name, head_phone,"
        " mediator_name, mediator_phone) VALUES ('x', '2026-01-01', '2026-01-01', '假村', '',"
        " '', '', '')",
    )
    (finding,) = trail(desk.db.path).findings
    assert finding.table == "villages" and "没有新建的审计记录" in finding.message


def test_an_edited_audit_entry_is_reported_by_the_chain_and_the_records(desk, post) -> None:
    path = desk.db.path
    raw(
        path,
        "UPDATE audit_entries SET changes = replace(changes, '13909321234', '13000000000')"
        f" WHERE action = 'create' AND table_name = 'persons' AND record_id = {post.jia_id}",
    )
    (finding,) = trail(path).findings
    assert finding.field == "phone" and "130****0000" in finding.message
    results = {r.name: r for r in run_checks(path)}
    assert not results["audit_chain"].ok and "改动" in results["audit_chain"].detail
    assert not results["audit_records"].ok and "联系电话" in results["audit_records"].detail


def test_check_runs_the_three_audit_lines(desk, post) -> None:
    path = desk.db.path
    results = {r.name: r for r in run_checks(path)}
    for name in ("audit_chain", "audit_anchor", "audit_records"):
        assert results[name].ok, results[name].detail
    assert "审计链末端与数据库文件外保存的记录" in results["audit_anchor"].detail
    raw(path, f"UPDATE persons SET id_number = '62110219680305999X' WHERE id = {post.jia_id}")
    results = {r.name: r for r in run_checks(path)}
    assert results["audit_chain"].ok and not results["audit_records"].ok
    assert "62110219680305999X" not in results["audit_records"].detail


@pytest.fixture
def demo(desk: ServiceContext, hasher) -> ServiceContext:
    create_demo(desk, households=6, seed=5, hasher=hasher)
    return desk


def test_the_demo_matches_its_trail_and_passes_check(demo) -> None:
    report = trail(demo.db.path)
    assert report.findings == [] and report.records > 100
    assert all(r.ok for r in run_checks(demo.db.path))


def test_a_demo_row_removed_in_the_app_and_its_id_reused_still_matches(demo) -> None:
    with demo.write() as s:
        last = s.scalars(select(HouseholdTag).order_by(HouseholdTag.id.desc())).first()
        household_id, last_id = last.household_id, last.id
        s.delete(last)
    with demo.write() as s:
        s.add(HouseholdTag(household_id=household_id, tag="重点关注"))
    with demo.db.sessions() as s:
        assert s.scalar(select(func.max(HouseholdTag.id))) == last_id  # SQLite reused the id
    assert trail(demo.db.path).findings == []


def test_demo_rows_removed_or_added_outside_the_app_are_reported(demo) -> None:
    path = demo.db.path
    raw(path, "CREATE TABLE kept AS SELECT * FROM persons WHERE id = 3")
    raw(path, "DELETE FROM persons WHERE id = 3")
    (finding,) = trail(path).findings
    assert "少了 1 条" in finding.message and "第 3 号" in finding.message
    raw(path, "INSERT INTO persons SELECT * FROM kept", "DROP TABLE kept")
    assert trail(path).findings == []  # back where it was: the count is whole again
    raw(path, "UPDATE persons SET id = 90000 WHERE id = 3")
    found = [f.message for f in trail(path).findings]
    assert len(found) == 2
    assert "没有新建的审计记录" in found[0] and "第 90000 号" in found[0]
    assert "少了 1 条" in found[1] and "第 3 号" in found[1]
