"""indexes on the last four characters of ID numbers and phones

A number typed in the search box matches an ID number or a phone whole or by its tail, never by
middle digits (issue 9: the search was an oracle for the masked digits). A tail is found through
its last four characters, the most a masked number shows; without these indexes every tail query
scans all ID numbers and phones (~25 ms for 127,000 people instead of well under 1 ms).

SQLAlchemy cannot reflect expression indexes on SQLite: autogenerate neither proposes nor
compares them, and a batch migration that rebuilds ``persons`` or ``households`` drops them.
Such a migration must create them again (``tests/unit/test_search_oracle.py`` checks they are
there and used).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:06:28.629624

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TAIL_INDEXES = (
    ("ix_persons_id_number_tail", "persons", "substr(id_number, -4)"),
    ("ix_persons_phone_tail", "persons", "substr(phone, -4)"),
    ("ix_households_phone_tail", "households", "substr(phone, -4)"),
)


def upgrade() -> None:
    for name, table, expression in TAIL_INDEXES:
        op.create_index(name, table, [sa.text(expression)], unique=False)


def downgrade() -> None:
    for name, table, _ in TAIL_INDEXES:
        op.drop_index(name, table_name=table)
