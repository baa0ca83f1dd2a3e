"""Schema migrations with Alembic, run at open inside one real transaction.

The whole upgrade (every revision it passes) runs in a single transaction with SQLite's foreign
keys off (batch mode copies tables), so a failing step leaves the file exactly as it was.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from duediligence.errors import NewerWorkbookError, NotAWorkbookError
from duediligence.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic reads the scripts as files from a real folder: the installed package's (the wheel ships them as
# package data) or, in a frozen bundle, the copy packaging/duediligence.spec collects beside it.
MIGRATIONS_DIR = Path(str(resources.files("duediligence.storage") / "migrations"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


# The revisions this version of the app knows, oldest first, so that opening a file needs no Alembic
# import; a test checks this matches the migration scripts.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")


@cache
def _script_revisions() -> tuple[str, frozenset[str]]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; merge them")
    return heads[0], frozenset(rev.revision for rev in script.walk_revisions())


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> frozenset[str]:
    return frozenset(REVISIONS)


def script_revisions() -> tuple[str, frozenset[str]]:
    """Head and all revisions as the migration scripts define them (imports Alembic)."""
    return _script_revisions()


def upgrade(url: str, *, path: Path | None = None, target: str = "head") -> str | None:
    """Bring the database at `url` to `target`. Returns the revision it started from
    ("" for an empty database), or None when it was already there."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    from duediligence.storage.engine import create_engine_for

    engine = create_engine_for(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current is not None and current == head_revision():
                return None
            if current is None and set(inspect(conn).get_table_names()) - {"alembic_version"}:
                raise NotAWorkbookError(
                    path or url, translate("Storage", "it holds tables of another program")
                )
            if current is not None and current not in known_revisions():
                raise NewerWorkbookError(path or url, current)
            wanted = head_revision() if target == "head" else target
            if current == wanted:
                return None
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            return current or ""
    finally:
        engine.dispose()
