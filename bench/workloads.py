"""Generated workloads: deterministic, so runs compare."""

from __future__ import annotations

import random
from typing import Any


def large_evaluation(
    options: int = 100, criteria: int = 250, groups: int = 12, seed: int = 1
) -> dict[str, Any]:
    """W1's decision matrix: options × criteria in groups, a third of the scores with ranges and evidence."""
    rng = random.Random(seed)
    per_group = -(-criteria // groups)
    doc_groups = []
    for g in range(groups):
        names = [
            f"Criterion {g * per_group + k + 1}" for k in range(per_group) if g * per_group + k < criteria
        ]
        doc_groups.append(
            {"name": f"Group {g + 1}", "criteria": [{"name": n, "weight": rng.randint(1, 5)} for n in names]}
        )
    all_criteria = [c["name"] for group in doc_groups for c in group["criteria"]]
    scores = []
    for o in range(options):
        for c in all_criteria:
            value = rng.randint(0, 10)
            cell: dict[str, Any] = {"option": f"Option {o + 1}", "criterion": c, "value": value}
            if rng.random() < 1 / 3:
                cell.update(low=max(0, value - 1), high=min(10, value + 1), evidence=f"Demo notes {o}-{c}")
            scores.append(cell)
    return {
        "title": "W1 large evaluation",
        "options": [
            {"name": f"Option {o + 1}", "costs": [{"label": "Licence", "amount": 1000.0 + o}]}
            for o in range(options)
        ],
        "criteria_groups": doc_groups,
        "scores": scores,
    }


def typical_evaluation(seed: int = 3) -> dict[str, Any]:
    """The typical evaluation: 6 options × 30 criteria in 5 groups, made like W1."""
    doc = large_evaluation(options=6, criteria=30, groups=5, seed=seed)
    doc["title"] = "Typical evaluation"
    return doc


def busy_workbook(path: Any, evaluations: int = 2000, seed: int = 2) -> None:
    """W2: many evaluations of typical size (6 options × 30 criteria, 20 risks, 8 stakeholders), written
    with bulk inserts (the benchmark measures opening it, not making it)."""
    from sqlalchemy import insert
    from sqlmodel import SQLModel

    from duediligence.storage.database import Database
    from duediligence.storage.models import (
        Criterion,
        CriterionGroup,
        Evaluation,
        Option,
        RiskItem,
        Score,
        Stakeholder,
    )

    rng = random.Random(seed)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SQLModel.metadata.tables}
    ids = dict.fromkeys(("option", "group", "criterion", "score", "risk", "person"), 0)

    templates: dict[str, dict[str, Any]] = {}

    def add(model: Any, **values: Any) -> None:
        """A row with the model's defaults (computed once per table: building models is the slow part)."""
        name = model.__tablename__
        if name not in templates:
            templates[name] = model(**values).model_dump()
        rows[name].append({**templates[name], **values})

    for e in range(1, evaluations + 1):
        add(Evaluation, id=e, title=f"Purchase {e}", status=rng.choice(["evaluating", "deciding", "decided"]))
        option_ids = []
        for o in range(6):
            ids["option"] += 1
            option_ids.append(ids["option"])
            add(Option, id=ids["option"], evaluation_id=e, position=o, name=f"Option {o + 1}")
        for g in range(5):
            ids["group"] += 1
            add(CriterionGroup, id=ids["group"], evaluation_id=e, position=g, name=f"Group {g + 1}")
            for c in range(6):
                ids["criterion"] += 1
                add(Criterion, id=ids["criterion"], evaluation_id=e, group_id=ids["group"], position=c,
                    name=f"Criterion {g * 6 + c + 1}", weight=rng.randint(1, 5))  # fmt: skip
                for option_id in option_ids:
                    ids["score"] += 1
                    add(Score, id=ids["score"], evaluation_id=e, option_id=option_id,
                        criterion_id=ids["criterion"], value=rng.randint(0, 10))  # fmt: skip
        for r in range(20):
            ids["risk"] += 1
            add(RiskItem, id=ids["risk"], evaluation_id=e, position=r, title=f"Risk {r + 1}",
                likelihood=rng.randint(1, 5), impact=rng.randint(1, 5),
                option_id=rng.choice(option_ids))  # fmt: skip
        for p in range(8):
            ids["person"] += 1
            add(Stakeholder, id=ids["person"], evaluation_id=e, position=p, name=f"Person {p + 1}",
                influence=rng.randint(1, 5), interest=rng.randint(1, 5))  # fmt: skip
    db = Database.open(path)
    with db.transaction() as session:
        for name in (
            "evaluation",
            "option",
            "criterion_group",
            "criterion",
            "score",
            "risk_item",
            "stakeholder",
        ):
            session.execute(insert(SQLModel.metadata.tables[name]), rows[name])
    db.close()
