"""The throwaway components in services.py really work (if these fail, integration tests can't)."""

import pytest


@pytest.mark.postgres
def test_throwaway_postgres_cluster_accepts_sql(postgres_url):
    import psycopg  # lazily: only this test needs the driver

    conninfo = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, connect_timeout=10) as conn:
        assert conn.execute("select 1").fetchone() == (1,)
        assert conn.info.dbname == "duediligence_test"
