"""Fixtures for core tests: a real workbook file in a temp folder (no Qt here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duediligence.database import Database


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    return tmp_path / "workbook.db"


@pytest.fixture
def db(workbook_path: Path) -> Iterator[Database]:
    database = Database.open(workbook_path)
    yield database
    database.close()
