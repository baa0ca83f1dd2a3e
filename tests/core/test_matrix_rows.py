"""The matrix read through sqlite3 alone (`reads.matrix_rows`, what the app shows) is the matrix the
ORM path reads (`reads.matrix.load_matrix`): the same rows, values and Python types, unknowns kept
unknown (None), on the sample evaluations and on cells left blank, ranged, dated, excluded and costed
without an amount."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from duediligence.decision.matrix import Matrix
from duediligence.errors import NotFoundError
from duediligence.operations import Batch
from duediligence.operations.edits import AddRow, SetComparison, SetScore, UpdateRow
from duediligence.reads.matrix import load_matrix, load_matrix_quickly
from duediligence.reads.matrix_rows import read_matrix_sqlite
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run
from duediligence.templates.samples import add_samples


def both(db: Database, evaluation_id: int) -> tuple[Matrix, Matrix]:
    """(ORM path, sqlite3 path) of one evaluation, read in the same snapshot."""
    with db.reading() as session:
        return load_matrix(session, evaluation_id), load_matrix_quickly(session, evaluation_id)


def typed(value: Any) -> Any:
    """`value` with the type of every field spelled out: True == 1 and 7 == 7.0, but a view shows them
    differently, so the two paths must agree on types too."""
    if is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, tuple((f.name, typed(getattr(value, f.name))) for f in fields(value)))
    if isinstance(value, dict):
        return sorted((repr(k), typed(v)) for k, v in value.items())
    if isinstance(value, tuple | list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


@pytest.fixture
def samples(tmp_path: Path) -> Any:
    db = Database.open(tmp_path / "samples.db")
    ids = run(db, add_samples(), action="demo", user="tester").applied.result
    yield db, ids
    db.close()


def test_every_sample_evaluation_reads_the_same_through_sqlite3_as_through_the_orm(samples: Any) -> None:
    db, ids = samples
    assert len(ids) >= 2
    for evaluation_id in ids:
        orm, plain = both(db, evaluation_id)
        assert plain == orm
        assert typed(plain) == typed(orm)
        assert len(plain.cells) > 0 and len(plain.criteria) > 0


def test_blank_ranged_dated_excluded_and_unpriced_entries_read_the_same_and_stay_unknown(
    samples: Any,
) -> None:
    db, ids = samples
    evaluation_id = ids[0]
    orm, _ = both(db, evaluation_id)
    first, second = orm.options[0].id, orm.options[1].id
    criterion, other = orm.criteria[0].id, orm.criteria[1].id
    edits = Batch(
        [
            SetScore(first, criterion, {"value": None, "low": None, "high": None}),
            SetScore(
                second, criterion, {"value": 6.0, "low": 4.0, "high": 8.0, "evidence_date": date(2026, 3, 9)}
            ),
            UpdateRow("option", second, {"excluded": True, "exclusion_reason": "No EU hosting"}),
            UpdateRow("criterion", other, {"must_have": True, "must_have_threshold": 5.0, "scale_min": None}),
            AddRow(
                "cost_item", evaluation_id, {"label": "Unpriced extra", "amount": None}, {"option_id": first}
            ),
            SetComparison(criterion, other, 3.0),
        ]
    )
    run(db, edits, action="edit", user="tester")
    orm, plain = both(db, evaluation_id)
    assert typed(plain) == typed(orm)
    blank = plain.cells[(first, criterion)]
    assert (blank.value, blank.low, blank.high) == (None, None, None)
    ranged = plain.cells[(second, criterion)]
    assert (ranged.value, ranged.low, ranged.high, ranged.evidence_date) == (6.0, 4.0, 8.0, date(2026, 3, 9))
    excluded = next(o for o in plain.options if o.id == second)
    assert excluded.excluded is True and excluded.exclusion_reason == "No EU hosting"
    must = next(c for c in plain.criteria if c.id == other)
    assert (must.must_have, must.must_have_threshold) == (True, 5.0)
    assert [c.amount for c in plain.costs if c.label == "Unpriced extra"] == [None]
    assert plain.comparisons[(criterion, other)] == 3.0


def test_an_evaluation_that_is_not_there_is_refused_as_the_orm_path_refuses_it(samples: Any) -> None:
    db, _ids = samples
    with db.reading() as session, pytest.raises(NotFoundError):
        load_matrix_quickly(session, 999_999)
    with db.reading() as session:
        connection = session.connection().connection.driver_connection
        with pytest.raises(NotFoundError):
            read_matrix_sqlite(connection, 999_999)


def test_exchange_rates_and_a_scheduled_line_in_dollars_read_the_same_through_sqlite3(samples: Any) -> None:
    """The sqlite3 path once left the evaluation's exchange rates out: a dollar line stayed unknown."""
    from duediligence.operations.evaluations import UpdateEvaluation

    db, ids = samples
    evaluation_id = ids[0]
    orm, _ = both(db, evaluation_id)
    first = orm.options[0].id
    edits = Batch(
        [
            UpdateEvaluation(
                evaluation_id, {"exchange_rates": {"USD": 0.92}, "exchange_rates_on": date(2026, 12, 1)}
            ),
            AddRow(
                "cost_item",
                evaluation_id,
                {"label": "Set-up", "amount": 2000, "currency": "USD", "year": 2},
                {"option_id": first},
            ),
        ]
    )
    run(db, edits, action="edit", user="tester")
    orm, plain = both(db, evaluation_id)
    assert typed(plain) == typed(orm)
    assert (plain.rates, plain.exchange_rates_on) == ({"USD": 0.92}, date(2026, 12, 1))
