"""Team mode's foundation: the same migrations and operations work on a real PostgreSQL server."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(postgres_url: str):
    """A fresh, empty schema on the throwaway server for each test."""
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    db = Database.open(postgres_url)
    yield db
    db.close()


def test_migrations_create_the_schema_on_postgresql(pg_db: Database) -> None:
    assert pg_db.report.created


def test_samples_load_and_read_back_the_same_on_both_engines(pg_db: Database, tmp_path) -> None:
    lite = Database.open(tmp_path / "w.db")
    docs = []
    for db in (pg_db, lite):
        with db.transaction() as session:
            first = add_samples().apply(session).result[0]
        with db.reading() as session:
            doc = evaluation_document(session, first)
        docs.append({k: v for k, v in doc.items() if k not in {"created_at", "updated_at"}})
    lite.close()
    assert docs[0] == docs[1]
