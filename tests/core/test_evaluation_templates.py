"""Evaluation templates: every shipped one creates an evaluation that ranks once scored, a broken file is
named with its problem and never stops the others, save-as-template round-trips without personal data,
and NewFromTemplate is one step that undo removes completely."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from duediligence.enums import CHECKED_KINDS
from duediligence.operations.edits import AddRow, UpdateRow
from duediligence.operations.templates import AddOptionWithChecklist, NewFromTemplate
from duediligence.reads.documents import evaluation_document
from duediligence.reads.ranking import evaluation_ranking
from duediligence.storage.database import Database
from duediligence.storage.models import Evaluation, RiskItem
from duediligence.templates.capture import save_user_template, template_from_evaluation
from duediligence.templates.checklists import TemplateError
from duediligence.templates.evaluations import (
    MAX_TEMPLATE_BYTES,
    checklist_for_kind,
    cost_suggestions,
    load_templates,
    parse_template,
    role_suggestions,
)

SHIPPED_KEYS = {"business-software", "hardware-equipment", "professional-services", "consumer-electronics",
                "car", "home-appliance"}  # fmt: skip
GOOD = {
    "name": "Mine",
    "document": {"criteria_groups": [{"name": "Fit", "criteria": [{"name": "Fit", "weight": 1}]}]},
}


@pytest.fixture(scope="module")
def catalogue() -> Any:
    return load_templates(Path("/nonexistent-user-folder"))


def write(folder: Path, name: str, content: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def create(db: Database, template: Any, title: str = "Test", **values: Any) -> int:
    with db.transaction() as session:
        return NewFromTemplate(template, title, values).apply(session).result  # type: ignore[no-any-return]


def score_everything(db: Database, evaluation_id: int) -> None:
    """Two vendor options, every manual criterion scored at the top of its scale, a cost and a time each."""
    from duediligence.decision.scoring import scale_bounds
    from duediligence.reads.matrix import load_matrix

    with db.transaction() as session:
        for name in ("Vendor A", "Vendor B"):
            AddRow("option", evaluation_id, {"name": name, "time_to_results_weeks": 4}).apply(session)
        matrix = load_matrix(session, evaluation_id)
        for i, option in enumerate(matrix.options):
            cost = {"label": "Price", "amount": 100 + i}
            AddRow("cost_item", evaluation_id, cost, {"option_id": option.id}).apply(session)
            if option.time_to_results_weeks is None:
                UpdateRow("option", option.id, {"time_to_results_weeks": 2 + i}).apply(session)
            for criterion in matrix.criteria:
                if criterion.value_source != "manual":
                    continue
                top = scale_bounds(criterion.scale)[1] or 10 + i
                values = {"value": top, "evidence": "tested"}
                AddRow(
                    "score", evaluation_id, values, {"option_id": option.id, "criterion_id": criterion.id}
                ).apply(session)


def test_every_shipped_template_loads(catalogue: Any) -> None:
    assert catalogue.problems == ()
    assert {t.key for t in catalogue.templates} == SHIPPED_KEYS
    for template in catalogue.templates:
        assert template.name and template.description and template.checklist is not None, template.key
        assert template.audience in ("business", "consumer")
        assert template.quick_mode == (template.audience == "consumer"), template.key
        assert template.criteria_count() >= 5, template.key
        assert template.cost_lines, template.key


def test_business_software_brings_build_extend_do_nothing_a_must_have_and_a_tco_criterion(
    catalogue: Any,
) -> None:
    template = catalogue.find("business-software")
    kinds = {o["name"]: o["kind"] for o in template.document["options"]}
    assert kinds == {"Build in-house": "build", "Extend what we have": "extend", "Do nothing": "do_nothing"}
    groups = [g["name"] for g in template.document["criteria_groups"]]
    assert groups == [
        "Functional fit", "Usability", "Integration", "Security & compliance", "Vendor viability", "Support",
        "Cost", "Time to results",
    ]  # fmt: skip
    criteria = [c for g in template.document["criteria_groups"] for c in g["criteria"]]
    assert any(c.get("must_have") for c in criteria)
    assert any(c.get("value_source") == "tco" for c in criteria)
    assert {r.role for r in template.stakeholder_roles} >= {"decision_maker", "budget_holder", "approver"}


@pytest.mark.parametrize("key", sorted(SHIPPED_KEYS))
def test_every_shipped_template_creates_an_evaluation_that_ranks_once_scored(
    db: Database, catalogue: Any, key: str
) -> None:
    template = catalogue.find(key)
    evaluation_id = create(db, template, f"From {key}")
    score_everything(db, evaluation_id)
    with db.reading() as session:
        ranking = evaluation_ranking(session, evaluation_id)
        stored = session.get(Evaluation, evaluation_id)
        assert stored is not None and stored.quick_mode == template.quick_mode
        assert stored.kind == template.kind
    assert ranking.problem is None
    assert [o.rank for o in ranking.options if o.kind == "vendor_product"] != [None, None]


def test_the_checklist_is_copied_into_every_option_bought_from_someone(db: Database, catalogue: Any) -> None:
    template = catalogue.find("consumer-electronics")
    evaluation_id = create(db, template)
    with db.reading() as session:
        doc = evaluation_document(session, evaluation_id, scores=False)
        items = session.exec(select(RiskItem.option_id).where(RiskItem.evaluation_id == evaluation_id)).all()
    checked = [o for o in doc["options"] if o["kind"] in CHECKED_KINDS]
    assert checked and len(doc["options"]) > len(checked)  # "keep what I have" gets no checklist
    assert len(items) == len(checked) * len(template.checklist.items)
    assert set(items) == {o["id"] for o in checked}


def test_an_option_added_later_gets_the_checklist_and_undo_takes_both(db: Database, catalogue: Any) -> None:
    evaluation_id = create(db, catalogue.find("car"))
    checklist = checklist_for_kind("car", catalogue)
    assert checklist is not None
    with db.transaction() as session:
        applied = AddOptionWithChecklist(evaluation_id, {"name": "Hatchback"}, checklist).apply(session)
    with db.reading() as session:
        mine = session.exec(select(RiskItem.id).where(RiskItem.option_id == applied.result)).all()
    assert len(mine) == len(checklist.items)
    with db.transaction() as session:
        applied.inverse.apply(session)
    with db.reading() as session:
        assert session.exec(select(RiskItem.id).where(RiskItem.option_id == applied.result)).all() == []


def test_suggestions_follow_the_evaluation_kind(catalogue: Any) -> None:
    assert "Insurance" in {c.label for c in cost_suggestions("car", catalogue)}
    assert cost_suggestions("unknown kind", catalogue)  # a general list, never nothing
    assert role_suggestions("car", catalogue) == ()
    assert role_suggestions("business_software", catalogue)


def test_new_from_template_undo_removes_everything(db: Database, catalogue: Any) -> None:
    with db.transaction() as session:
        applied = NewFromTemplate(catalogue.find("business-software"), "CRM", {"budget": 5000}).apply(session)
    with db.reading() as session:
        assert session.get(Evaluation, applied.result).budget == 5000  # type: ignore[union-attr]
    with db.transaction() as session:
        applied.inverse.apply(session)
    with db.reading() as session:
        assert session.exec(select(Evaluation.id)).all() == []
        assert session.exec(select(RiskItem.id)).all() == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "is not valid JSON"),
        ([], "expected a JSON object"),
        ({**GOOD, "colour": "red"}, "colour: is not a key an evaluation template has"),
        ({**GOOD, "audience": "aliens"}, "audience: must be 'business' or 'consumer'"),
        ({**GOOD, "checklist": "shipped:nope"}, "checklist: names no checklist template"),
        ({"name": "x"}, "document: expected the evaluation document"),
        ({**GOOD, "document": {"scores": []}}, "document.scores: a template holds no scores"),
        ({**GOOD, "document": {"stakeholders": []}}, "a template holds no people"),
        ({**GOOD, "document": {"colour": 1}}, "document.colour: is not a field this workbook knows"),
        ({**GOOD, "document": {"options": [{"name": "A", "kind": "magic"}]}}, "document.options[0].kind"),
        ({**GOOD, "document": {"options": 7}}, "document.options: expected a list"),
        ({**GOOD, "stakeholder_roles": [{"role": "king", "label": "x"}]}, "stakeholder_roles[0].role"),
        ({**GOOD, "cost_lines": [{"label": "x", "price": 3}]}, "cost_lines[0].price: is not a key"),
    ],
)
def test_a_broken_user_template_is_named_with_its_problem_and_the_rest_still_load(
    tmp_path: Path, content: object, problem: str
) -> None:
    path = write(tmp_path, "broken.json", content)
    write(tmp_path, "good.json", GOOD)
    catalogue = load_templates(tmp_path)
    assert [p.file for p in catalogue.problems] == [str(path)]
    assert problem in catalogue.problems[0].problem
    assert "Mine" in {t.name for t in catalogue.templates}
    assert len(catalogue.templates) == len(SHIPPED_KEYS) + 1


def test_an_oversized_template_is_refused_without_parsing() -> None:
    with pytest.raises(TemplateError, match="larger than 1 MB"):
        parse_template(b" " * (MAX_TEMPLATE_BYTES + 1), "huge.json")


def test_save_as_template_round_trips_without_scores_or_personal_data(db: Database, tmp_path: Path) -> None:
    from duediligence.templates.samples import add_samples

    with db.transaction() as session:
        crm = add_samples().apply(session).result[0]
        template = template_from_evaluation(session, crm, "Our CRM way", include_options=True)
    text = json.dumps(template)
    with db.reading() as session:
        original = evaluation_document(session, crm)
    for person in original["stakeholders"]:
        assert person["name"] not in text and (not person["contact"] or person["contact"] not in text)
    assert "scores" not in template["document"] and original["need"] not in text
    saved = save_user_template(template, tmp_path)
    assert Path(saved.path).parent == tmp_path  # type: ignore[arg-type]
    again = load_templates(tmp_path).find("user:our-crm-way")
    assert again is not None and again.checklist is not None
    assert [o["name"] for o in again.document["options"]] == [o["name"] for o in original["options"]]
    copy = create(db, again, "CRM again")
    with db.reading() as session:
        made = evaluation_document(session, copy)

    def weights(doc: dict[str, Any]) -> list[tuple[str, str, float]]:
        return [(g["name"], c["name"], c["weight"]) for g in doc["criteria_groups"] for c in g["criteria"]]

    assert weights(made) == weights(original)
    assert made["scores"] == [] and made["stakeholders"] == []
    assert {(r["category"], r["title"]) for r in made["risks"] if r["kind"] == "checklist"} <= {
        (r["category"], r["title"]) for r in original["risks"] if r["kind"] == "checklist"
    }


def test_save_as_template_leaves_options_out_unless_asked(db: Database) -> None:
    from duediligence.templates.samples import add_samples

    with db.transaction() as session:
        laptop = add_samples().apply(session).result[1]
        template = template_from_evaluation(session, laptop, "Laptops")
    assert "options" not in template["document"]
    assert template["cost_lines"] and all(
        set(c) == {"label", "category", "recurrence"} for c in template["cost_lines"]
    )
