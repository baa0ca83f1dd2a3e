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
