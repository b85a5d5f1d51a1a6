"""Database health checks behind ``lijiabu-desk check`` (and, later, the settings screen)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from lijiabu_desk.db.attachments import damaged_attachments
from lijiabu_desk.db.migrate import current_revision, head_revision, is_known_revision
from lijiabu_desk.db.schema_check import file_schema_differences
from lijiabu_desk.services.audit_check import check_trail
from lijiabu_desk.services.chain_anchor import known_head
from lijiabu_desk.services.trail_check import compare_records


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def run_checks(db_path: Path, settings_dir: Path | None = None) -> list[CheckResult]:
    """quick_check, foreign_key_check, schema version, case records, and the audit trail: its
    chain, its head against the copies kept outside the file (``settings_dir`` is the user's
    settings folder), and every record against what the trail last recorded. Read-only."""
    db_path = Path(db_path)
    if not db_path.exists():
        return [CheckResult("file", False, f"找不到数据库文件 {db_path}。")]
    results: list[CheckResult] = []
    try:
        with closing(sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True)) as conn:
            quick = [row[0] for row in conn.execute("PRAGMA quick_check")]
            ok = quick == ["ok"]
            detail = "文件完整" if ok else "文件损坏：" + "；".join(quick)
            results.append(CheckResult("quick_check", ok, detail))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            results.append(
                CheckResult(
                    "foreign_key_check",
                    not fk,
                    "记录之间的关联完整" if not fk else f"有 {len(fk)} 条记录指向不存在的记录",
                )
            )
            results.append(_attachments_check(conn))
    except sqlite3.DatabaseError as exc:
        return [CheckResult("quick_check", False, f"无法作为数据库打开（{exc}）")]
    schema = _schema_check(db_path)
    results.append(schema)
    if schema.ok:
        results.append(_schema_objects_check(db_path))
    if schema.ok and all(r.ok for r in results):
        results.append(_disputes_check(db_path))
    if schema.ok and results[0].ok:  # a row deleted outside the app also fails the key check
        results.extend(_audit_checks(db_path, settings_dir))
    return results


def _attachments_check(conn: sqlite3.Connection) -> CheckResult:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    damaged = damaged_attachments(conn) if "attachments" in tables else []
    if not damaged:
        return CheckResult("attachments", True, "附件（照片等）与登记时一致")
    names = "、".join(name for _, name in damaged[:5])
    return CheckResult(
        "attachments", False, f"有 {len(damaged)} 个附件与登记时不一致，可能已损坏：{names}"
    )


#: Case records that contradict each other: (what is wrong, a query counting such rows).
_DISPUTE_CONTRADICTIONS: tuple[tuple[str, str], ...] = (
    (
        "已定稿或签署的书面协议没有编号",
        "SELECT count(*) FROM agreements WHERE deleted_at IS NULL AND form = 'written'"
        " AND status IN ('final', 'signed') AND (number IS NULL OR number = '')",
    ),
    (
        "已签署的协议没有签署日期",
        "SELECT count(*) FROM agreements WHERE deleted_at IS NULL AND status = 'signed'"
        " AND signed_on IS NULL",
    ),
    (
        "标为达成协议或回访的纠纷没有已签署的协议",
        "SELECT count(*) FROM disputes d WHERE d.deleted_at IS NULL"
        " AND d.status IN ('agreed', 'oral_agreement', 'follow_up') AND NOT EXISTS"
        " (SELECT 1 FROM agreements a WHERE a.dispute_id = d.id AND a.status = 'signed'"
        " AND a.deleted_at IS NULL)",
    ),
    (
        "标为已移交的纠纷没有移交记录",
        "SELECT count(*) FROM disputes d WHERE d.deleted_at IS NULL AND d.status = 'referred'"
        " AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.dispute_id = d.id)",
    ),
    (
        "已结案的纠纷没有结案日期",
        "SELECT count(*) FROM disputes WHERE deleted_at IS NULL AND status = 'closed'"
        " AND closed_on IS NULL",
    ),
    (
        "未结案的纠纷有结案日期",
        "SELECT count(*) FROM disputes WHERE deleted_at IS NULL AND status != 'closed'"
        " AND closed_on IS NOT NULL",
    ),
    (
        "已结案的纠纷还有未完成的计划回访",
        "SELECT count(*) FROM disputes d WHERE d.deleted_at IS NULL AND d.status = 'closed'"
        " AND EXISTS (SELECT 1 FROM follow_ups f JOIN agreements a ON a.id = f.agreement_id"
        " WHERE a.dispute_id = d.id AND a.deleted_at IS NULL AND f.deleted_at IS NULL"
        " AND f.visited_on IS NULL)",
    ),
)


def _disputes_check(db_path: Path) -> CheckResult:
    """Case records agree with each other (what the printed forms and the ledger rely on)."""
    with closing(sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True)) as conn:
        found = [
            f"{what} {count} 件"
            for what, query in _DISPUTE_CONTRADICTIONS
            if (count := conn.execute(query).fetchone()[0])
        ]
    if found:
        return CheckResult("disputes", False, "纠纷记录前后矛盾：" + "；".join(found))
    return CheckResult("disputes", True, "纠纷、协议和回访记录前后一致")


def _schema_objects_check(db_path: Path) -> CheckResult:
    """No trigger, view, table or index the app did not make, and none altered: such an object
    would run inside the app (a trigger rewriting an ID number) while everything else passes."""
    differences = file_schema_differences(db_path)
    if differences:
        return CheckResult("schema_objects", False, "数据结构被改动过：" + "；".join(differences))
    return CheckResult("schema_objects", True, "表、索引和触发器都是本程序建立的，没有被改动")


def _schema_check(db_path: Path) -> CheckResult:
    current = current_revision(db_path)
    head = head_revision()
    if current == head:
        return CheckResult("schema", True, f"数据结构为最新版本（{head}）")
    if current is None:
        return CheckResult(
            "schema", False, "文件中没有数据结构版本，不是本程序的数据库或尚未初始化"
        )
    if not is_known_revision(current):
        return CheckResult("schema", False, f"数据结构版本 {current} 比本程序新，请升级程序")
    return CheckResult(
        "schema", False, f"数据结构版本 {current} 较旧，启动程序时会自动升级到 {head}"
    )


def _audit_checks(db_path: Path, settings_dir: Path | None) -> list[CheckResult]:
    """The trail's chain, its head kept outside the file, and the records against the trail."""
    uri = f"file:{db_path.resolve()}?mode=ro"
    engine = create_engine("sqlite+pysqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with Session(engine) as session:
            verification = check_trail(session, db_path, settings_dir)
            records = compare_records(session)
    except (sqlite3.DatabaseError, SQLAlchemyError):
        return [CheckResult("audit", False, "无法读取审计记录，数据库文件可能已损坏")]
    finally:
        engine.dispose()
    anchored = known_head(db_path, settings_dir)
    if verification.anchor_problems:
        anchor_detail = "".join(verification.anchor_problems)
    elif anchored is None:
        anchor_detail = "数据库文件外还没有保存审计链末端（新建的或较早的数据库），无从对照"
    else:
        anchor_detail = f"审计链末端与数据库文件外保存的记录（第 {anchored[0]} 条）相符"
    return [
        CheckResult("audit_chain", verification.chain.ok, verification.chain_message),
        CheckResult("audit_anchor", not verification.anchor_problems, anchor_detail),
        CheckResult("audit_records", records.ok, records.summary()),
    ]
