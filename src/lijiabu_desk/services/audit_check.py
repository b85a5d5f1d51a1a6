"""``audit verify``: the chain recomputed, its head compared with the newest backup's, and with
the copies kept outside the file (``services.chain_anchor``).

A backup manifest records the chain head at the time of the backup, and every commit records it
beside the file and in the user's settings, so a trail cut short or rewritten wholesale shows.
Backups from before the last restore describe a different history and are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.db.backup import read_manifest
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.models import AuditEntry
from lijiabu_desk.services.audit import Action, ChainReport, verify_chain
from lijiabu_desk.services.backups import BackupInfo, list_backups
from lijiabu_desk.services.chain_anchor import compare_anchor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.permissions import Permission


@dataclass(frozen=True)
class AuditVerification:
    chain: ChainReport
    compared_with: BackupInfo | None
    #: What is wrong against the heads kept outside the file (Chinese sentences).
    anchor_problems: tuple[str, ...] = ()

    @property
    def report(self) -> ChainReport:
        """The chain's report, failed too when the heads kept outside the file disagree."""
        if self.chain.ok and self.anchor_problems:
            return replace(self.chain, ok=False, reason=self.anchor_problems[0])
        return self.chain

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def chain_message(self) -> str:
        r = self.chain
        if not r.ok:
            return f"审计记录在第 {r.broken_at} 条处出现问题：{r.reason}。"
        tail = (
            f"末端与 {self.compared_with.taken_at:%Y-%m-%d %H:%M} 的备份记录一致。"
            if self.compared_with
            else "还没有可对照的备份。"
        )
        return f"审计记录完好：共 {r.entries} 条，{tail}"

    @property
    def message(self) -> str:
        if self.ok:
            return self.chain_message
        parts = [self.chain_message] if not self.chain.ok else []
        return "".join([*parts, *self.anchor_problems, "请立即报告所长。"])


def _reference_backup(db_path: Path, last_restore: datetime | None) -> BackupInfo | None:
    for info in list_backups(backup_dir_for(db_path)):
        if info.reason == "before-restore":
            continue
        if last_restore is not None and info.taken_at < last_restore:
            return None
        manifest = read_manifest(info.path) or {}
        if manifest.get("audit_head"):
            return info
    return None


def check_trail(
    session: Session, db_path: Path, settings_dir: Path | None = None
) -> AuditVerification:
    """The chain, the newest backup's head and the heads kept outside the file, on ``session``
    (the database at ``db_path``); reads only."""
    last_restore = session.scalar(
        select(AuditEntry.at)
        .where(AuditEntry.action == Action.RESTORE.value)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    reference = _reference_backup(db_path, last_restore)
    head = None
    if reference is not None:
        data = (read_manifest(reference.path) or {})["audit_head"]
        head = (int(data["id"]), str(data["hash"]))
    chain = verify_chain(session, expected_head=head)
    anchors = compare_anchor(db_path, session, settings_dir)
    return AuditVerification(chain, reference, tuple(anchors))


def verify_audit(ctx: ServiceContext, *, settings_dir: Path | None = None) -> AuditVerification:
    with ctx.read(Permission.VIEW_AUDIT) as session:
        return check_trail(session, ctx.db.path, settings_dir)
