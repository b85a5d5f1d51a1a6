"""``audit verify``: the chain recomputed, and its head compared with the newest backup's.

A backup manifest records the chain head at the time of the backup, so a trail cut short or
rewritten wholesale after that backup shows. Backups from before the last restore describe a
different history and are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lijiabu_desk.db.backup import read_manifest
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.models import AuditEntry
from lijiabu_desk.services.audit import Action, ChainReport, verify_chain
from lijiabu_desk.services.backups import BackupInfo, list_backups
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.permissions import Permission


@dataclass(frozen=True)
class AuditVerification:
    report: ChainReport
    compared_with: BackupInfo | None

    @property
    def message(self) -> str:
        r = self.report
        if r.ok:
            tail = (
                f"末端与 {self.compared_with.taken_at:%Y-%m-%d %H:%M} 的备份记录一致。"
                if self.compared_with
                else "还没有可对照的备份。"
            )
            return f"审计记录完好：共 {r.entries} 条，{tail}"
        return f"审计记录在第 {r.broken_at} 条处出现问题：{r.reason}。请立即报告所长。"


def _reference_backup(ctx: ServiceContext, last_restore: datetime | None) -> BackupInfo | None:
    for info in list_backups(backup_dir_for(ctx.db.path)):
        if info.reason == "before-restore":
            continue
        if last_restore is not None and info.taken_at < last_restore:
            return None
        manifest = read_manifest(info.path) or {}
        if manifest.get("audit_head"):
            return info
    return None


def verify_audit(ctx: ServiceContext) -> AuditVerification:
    with ctx.read(Permission.VIEW_AUDIT) as session:
        last_restore = session.scalar(
            select(AuditEntry.at)
            .where(AuditEntry.action == Action.RESTORE.value)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        )
        reference = _reference_backup(ctx, last_restore)
        head = None
        if reference is not None:
            data = (read_manifest(reference.path) or {})["audit_head"]
            head = (int(data["id"]), str(data["hash"]))
        return AuditVerification(verify_chain(session, expected_head=head), reference)
