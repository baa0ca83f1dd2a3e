"""The people models: checked by qtmodeltester, edits become operations, bad values are refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from people_data import Opened, crm_document, opened
from PySide6.QtCore import Qt

from duediligence.reads import people as P
from ui.models.approvals import ApprovalsModel
from ui.models.row_table import CHOICES_ROLE, ROW_ROLE
from ui.models.stakeholders import CriteriaModel, RaciModel, StakeholdersModel


@pytest.fixture
def crm(tmp_path: Path, qapp: Any) -> Iterator[Opened]:
    with opened(tmp_path, crm_document()) as workbook:
        yield workbook


def committed(model: Any, opened: Any) -> list[tuple[Any, str]]:
    """Edits go straight to the context (as the views do); the list records what was submitted."""
    done: list[tuple[Any, str]] = []

    def commit(operation: Any, text: str) -> bool:
        done.append((operation, text))
        opened.context.submit(operation, text)
        return True

    model.commit = commit
    return done


def test_stakeholders_model_passes_the_model_tester(qtmodeltester: Any, crm: Any) -> None:
    model = StakeholdersModel()
    model.set_rows(crm.read(P.list_stakeholders, crm.evaluation_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert model.index(1, model.column_of("quadrant")).data() == "Manage closely"
    assert model.index(1, model.column_of("stance")).data() == "Sceptic"


def test_criteria_and_raci_models_pass_the_model_tester(qtmodeltester: Any, crm: Any) -> None:
    person = crm.read(P.list_stakeholders, crm.evaluation_id)[0]
    criteria, raci = CriteriaModel(), RaciModel()
    criteria.set_person(person, crm.read(P.criterion_choices, crm.evaluation_id))
    raci.set_person(person)
    qtmodeltester.check(criteria)
    qtmodeltester.check(raci)
    assert raci.index(6, 1).data() == "A — accountable"  # Katrin is accountable for the decision


def test_approvals_model_passes_the_model_tester(qtmodeltester: Any, crm: Any) -> None:
    model = ApprovalsModel()
    model.set_people([(p.id, p.name) for p in crm.read(P.list_stakeholders, crm.evaluation_id)])
    model.set_rows(crm.read(P.list_approvals, crm.evaluation_id))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Michael Richter"
    assert (None, "— no one named —") in model.index(0, 1).data(CHOICES_ROLE)


def test_editing_a_cell_stores_the_value_as_one_undoable_step(crm: Any) -> None:
    model = StakeholdersModel()
    model.set_rows(crm.read(P.list_stakeholders, crm.evaluation_id))
    done = committed(model, crm)
    assert model.setData(model.index(3, model.column_of("influence")), "4")
    assert done[0][1] == "Edit influence of “Jonas Becker”"
    jonas = crm.read(P.list_stakeholders, crm.evaluation_id)[3]
    assert jonas.influence == 4
    crm.context.undo_stack.undo()
    assert crm.read(P.list_stakeholders, crm.evaluation_id)[3].influence == 2


def test_an_unchanged_value_submits_nothing(crm: Any) -> None:
    model = StakeholdersModel()
    model.set_rows(crm.read(P.list_stakeholders, crm.evaluation_id))
    done = committed(model, crm)
    assert not model.setData(model.index(0, 0), "Katrin Weber")
    assert done == []


def test_approving_dates_the_approval_today(crm: Any) -> None:
    model = ApprovalsModel()
    model.today = lambda: P.date(2026, 11, 22)
    model.set_rows(crm.read(P.list_approvals, crm.evaluation_id))
    committed(model, crm)
    model.setData(model.index(0, model.column_of("status")), "approved")
    budget = crm.read(P.list_approvals, crm.evaluation_id)[0]
    assert (budget.status, budget.decided_on) == ("approved", P.date(2026, 11, 22))


def test_checking_a_criterion_and_setting_a_raci_letter(crm: Any) -> None:
    person = crm.read(P.list_stakeholders, crm.evaluation_id)[5]  # Dr. Ingrid Sommer
    choices = crm.read(P.criterion_choices, crm.evaluation_id)
    criteria, raci = CriteriaModel(), RaciModel()
    criteria.set_person(person, choices)
    raci.set_person(person)
    committed(criteria, crm)
    committed(raci, crm)
    row = next(i for i, c in enumerate(choices) if c.name == "Vendor financial stability")
    assert criteria.setData(criteria.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert raci.setData(raci.index(7, 1), "I")
    after = crm.read(P.list_stakeholders, crm.evaluation_id)[5]
    assert choices[row].id in after.criterion_ids
    assert after.raci_letter("review") == "I"


@pytest.mark.parametrize(("column", "value"), [("influence", "9"), ("name", "   "), ("interest", "lots")])
def test_the_model_passes_bad_values_on_for_the_core_to_refuse(crm: Any, column: str, value: str) -> None:
    from duediligence.errors import ValidationError

    model = StakeholdersModel()
    model.set_rows(crm.read(P.list_stakeholders, crm.evaluation_id))
    refused: list[ValidationError] = []

    def commit(operation: Any, text: str) -> bool:
        try:
            crm.context.submit(operation, text)
        except ValidationError as exc:
            refused.append(exc)
            return False
        return True

    model.commit = commit
    assert not model.setData(model.index(0, model.column_of(column)), value)
    assert refused and refused[0].field == column
    assert model.index(0, 0).data(ROW_ROLE).name == "Katrin Weber"
