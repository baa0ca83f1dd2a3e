"""Criterion weights from pairwise comparisons (AHP, Saaty's eigenvector method).

A buyer often finds "A matters 3× more than B" easier to say than absolute weights. The weights are the
principal (Perron) right eigenvector of the reciprocal comparison matrix, normalised to sum 1, and the
consistency ratio CR = CI/RI tells whether the judgements contradict each other (CR > 0.10 → revisit).

Incomplete comparison sets are allowed (Harker 1987, "Alternative modes of questioning in the analytic
hierarchy process", Mathematical Modelling 9(3-5)): a missing a_ij is 0 and the diagonal a_ii is 1 plus
the number of missing entries in row i. For a consistent set this returns the exact weights, and λmax of
that matrix is used for CI. RI is Saaty's table for complete matrices; for incomplete sets CR is
therefore an approximation (slightly strict), as is common practice.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from duediligence.i18n import fill, translate

SAATY_SCALE_MIN = 1.0 / 9.0
SAATY_SCALE_MAX = 9.0
CONSISTENCY_THRESHOLD = 0.10
"""Saaty's rule of thumb: CR above 10 % means the judgements should be revisited."""

RANDOM_INDEX: tuple[float, ...] = (
    0.0,
    0.0,
    0.58,
    0.90,
    1.12,
    1.24,
    1.32,
    1.41,
    1.45,
    1.49,
    1.51,
    1.48,
    1.56,
    1.57,
    1.59,
)
"""Random consistency index for n = 1..15 (index n - 1)."""

RANDOM_INDEX_SOURCE = (
    "Saaty (1980), The Analytic Hierarchy Process, n ≤ 10; "
    "Saaty & Tran (2007), Math. Comput. Modelling 46, n = 11–15"
)

_RECIPROCAL_TOLERANCE = 1e-3
"""A pair entered both ways must multiply to 1 within 0.1 % (allows 3 and 0.333)."""


@dataclass(frozen=True)
class AhpResult:
    """Weights and consistency of one set of pairwise comparisons.

    ``cr``/``random_index``/``consistent`` are None when n > 15: no published random index exists there,
    so consistency cannot be judged (CI is still given). ``matrix`` is the matrix the eigenvector was taken
    from (Harker's form when pairs are missing), for reproducing the numbers.
    """

    weights: tuple[float, ...]
    lambda_max: float
    ci: float
    cr: float | None
    random_index: float | None
    random_index_source: str
    consistent: bool | None
    missing_pairs: tuple[tuple[int, int], ...]
    matrix: tuple[tuple[float, ...], ...]


def _check_value(i: int, j: int, value: float) -> float:
    v = float(value)
    if not math.isfinite(v) or not SAATY_SCALE_MIN * (1 - 1e-9) <= v <= SAATY_SCALE_MAX * (1 + 1e-9):
        raise ValueError(f"comparison ({i}, {j}) = {value!r} is outside Saaty's scale 1/9 … 9")
    return v


def _judgements(n: int, comparisons: Mapping[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """Validated judgements keyed (i, j) with i < j, meaning "i is a_ij times as important as j"."""
    upper: dict[tuple[int, int], float] = {}
    for (i, j), value in comparisons.items():
        if not (0 <= i < n and 0 <= j < n):
            raise ValueError(f"comparison ({i}, {j}) refers to a criterion outside 0…{n - 1}")
        if i == j:
            raise ValueError(f"comparison ({i}, {j}) compares a criterion with itself")
        v = _check_value(i, j, value)
        key, a = ((i, j), v) if i < j else ((j, i), 1.0 / v)
        if key in upper:
            if not math.isclose(upper[key] / a, 1.0, rel_tol=_RECIPROCAL_TOLERANCE):
                raise ValueError(
                    f"criteria {key[0]} and {key[1]} are compared both ways with contradictory values "
                    f"({upper[key]:g} vs {a:g} for {key[0]} over {key[1]})"
                )
            a = math.sqrt(upper[key] * a)
        upper[key] = a
    return upper


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(find(x), []).append(x)
    return sorted(groups.values())


def ahp_weights(n: int, comparisons: Mapping[tuple[int, int], float]) -> AhpResult:
    """Weights (summing to 1) and CI/CR from pairwise judgements ``{(i, j): a_ij}``.

    ``a_ij`` says how many times more important criterion i is than j, on Saaty's 1–9 scale or its
    reciprocals; giving (j, i) instead is equivalent to 1/a_ij. Missing pairs are allowed (Harker's
    method) as long as the comparisons connect all criteria; otherwise the relative weight of the
    separate groups is undetermined and ValueError names them. For n ≤ 2 CR is 0 (always consistent).
    """
    if n < 1:
        raise ValueError("need at least one criterion to weigh")
    upper = _judgements(n, comparisons)
    groups = _components(n, list(upper))
    if len(groups) > 1:
        listed = "; ".join("{" + ", ".join(str(x) for x in g) + "}" for g in groups)
        text = translate(
            "Ranking",
            "the comparisons do not connect all criteria, so their relative weights are undetermined: "
            "separate groups %1; compare at least one criterion of each group with another group",
        )
        raise ValueError(fill(text, listed))

    a = np.zeros((n, n))
    for (i, j), v in upper.items():
        a[i, j] = v
        a[j, i] = 1.0 / v
    missing = tuple((i, j) for i in range(n) for j in range(i + 1, n) if (i, j) not in upper)
    off_missing = (a == 0).sum(axis=1) - 1  # zeros in the row, minus the (still empty) diagonal
    a[np.diag_indices(n)] = 1.0 + off_missing

    eigenvalues, eigenvectors = np.linalg.eig(a)
    k = int(np.argmax(eigenvalues.real))
    lambda_max = float(eigenvalues[k].real)
    vector = eigenvectors[:, k].real
    vector = vector / vector.sum()  # the Perron vector has one sign; this also fixes it positive
    weights = np.clip(vector, 0.0, None)
    weights = weights / weights.sum()

    ci = max(0.0, (lambda_max - n) / (n - 1)) if n > 2 else 0.0
    if n <= 2:
        cr: float | None = 0.0
        ri: float | None = RANDOM_INDEX[n - 1]
    elif n <= len(RANDOM_INDEX):
        ri = RANDOM_INDEX[n - 1]
        cr = ci / ri
    else:
        ri, cr = None, None
    return AhpResult(
        weights=tuple(float(x) for x in weights),
        lambda_max=lambda_max,
        ci=ci,
        cr=cr,
        random_index=ri,
        random_index_source=RANDOM_INDEX_SOURCE,
        consistent=None if cr is None else cr <= CONSISTENCY_THRESHOLD,
        missing_pairs=missing,
        matrix=tuple(tuple(float(x) for x in row) for row in a),
    )
