"""Developer tool: autogenerate the next Alembic revision against a scratch database.

``python -m lijiabu_desk.db.new_revision "add pinyin keys to persons"`` upgrades a temporary
database to the current head, compares it with the models and writes
``migrations/versions/NNNN_<slug>.py`` with the next number. Review the file before committing.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from lijiabu_desk.db.migrate import alembic_config, upgrade_to_head


def next_revision_id() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    numbers = [int(r.revision) for r in script.walk_revisions() if r.revision.isdigit()]
    return f"{max(numbers, default=0) + 1:04d}"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print('usage: python -m lijiabu_desk.db.new_revision "what changed"', file=sys.stderr)
        return 2
    message = argv[0].strip()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.sqlite3"
        upgrade_to_head(scratch)
        rev_id = next_revision_id()
        slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40]
        cfg = alembic_config(scratch)
        cfg.set_main_option("file_template", f"%%(rev)s_{slug}")
        command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
