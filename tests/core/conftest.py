"""Fixtures for core tests: a real workbook file in a temp folder (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from duediligence.storage.database import Database


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    return tmp_path / "workbook.db"


@pytest.fixture
def db(workbook_path: Path) -> Iterator[Database]:
    database = Database.open(workbook_path)
    yield database
    database.close()


@pytest.fixture
def in_locale() -> Iterator[Callable[[str], None]]:
    """`in_locale("de_DE")`: text is read as a German user writes it, until the test ends."""
    from duediligence.formats import set_user_locale

    yield set_user_locale
    set_user_locale(None)


@pytest.fixture
def crm(tmp_path: Path) -> Iterator[tuple[Database, int]]:
    """A workbook holding the samples, and the CRM evaluation's id (the Excel tests' subject)."""
    from xlsx_support import workbook_with_samples

    db, ids = workbook_with_samples(tmp_path / "wb.db")
    yield db, ids[0]
    db.close()


@pytest.fixture
def exported(crm: tuple[Database, int], tmp_path: Path) -> Path:
    """The CRM evaluation exported to an Excel workbook, as a colleague receives it."""
    from duediligence.exchange.commands import export_command

    db, eid = crm
    return export_command(db, [str(eid)], tmp_path / "crm.xlsx")
