"""Bureau-level obligations: obligations.case_id nullable, plus bureau and period (rules.md D8).

Revision ID: 0002
Revises: auth_0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "auth_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bureau", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("period", sa.String(), nullable=True))
        batch_op.alter_column("case_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_index(batch_op.f("ix_obligations_bureau"), ["bureau"], unique=False)


def downgrade() -> None:
    op.execute("DELETE FROM obligations WHERE case_id IS NULL")
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligations_bureau"))
        batch_op.alter_column("case_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("period")
        batch_op.drop_column("bureau")
