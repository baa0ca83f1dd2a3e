"""Specification of AHP weights: eigenvector priorities, consistency, incomplete sets (Harker)."""

from __future__ import annotations

import itertools

import pytest

from duediligence.decision.ahp import ahp_weights


def from_upper(rows: list[list[float]]) -> dict[tuple[int, int], float]:
    """Upper-triangle judgements row by row: rows[i] holds a_{i,i+1} … a_{i,n-1}."""
    return {(i, i + 1 + k): v for i, row in enumerate(rows) for k, v in enumerate(row)}


def from_weights(weights: list[float]) -> dict[tuple[int, int], float]:
    return {(i, j): weights[i] / weights[j] for i, j in itertools.combinations(range(len(weights)), 2)}


def test_saaty_1990_house_example_priorities_and_consistency() -> None:
    """Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48:9–26, Table 2:
    eight criteria for buying a house (size, transport, neighbourhood, age, yard, modern facilities,
    condition, financing). Published priorities .173 .054 .188 .018 .031 .036 .167 .333,
    λmax = 9.669, CI = 0.238, CR = 0.169 — an inconsistent set. The matrix is also transcribed in LINDO's
    AHP model (lindo.com, AnaHierProc02) citing that paper.
    """
    comparisons = from_upper(
        [
            [5, 3, 7, 6, 6, 1 / 3, 1 / 4],
            [1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
            [6, 3, 4, 6, 1 / 5],
            [1 / 3, 1 / 4, 1 / 7, 1 / 8],
            [1 / 2, 1 / 5, 1 / 6],
            [1 / 5, 1 / 6],
            [1 / 2],
        ]
    )
    result = ahp_weights(8, comparisons)
    assert result.weights == pytest.approx([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333], abs=6e-4)
    assert result.lambda_max == pytest.approx(9.669, abs=5e-4)
    assert result.ci == pytest.approx(0.238, abs=5e-4)
    assert result.cr == pytest.approx(0.169, abs=5e-4)
    assert result.random_index == 1.41
    assert result.consistent is False


def test_wikipedia_leader_example_criteria_weights() -> None:
    """Wikipedia, "Analytic hierarchy process – leader example": Experience, Education, Charisma, Age with
    Exp/Edu 4, Exp/Cha 3, Exp/Age 7, Edu/Cha 1/3, Edu/Age 3, Cha/Age 5 → weights .547, .127, .270, .056
    (published to three decimals), an acceptably consistent set (CR ≈ 0.044).
    """
    result = ahp_weights(4, from_upper([[4, 3, 7], [1 / 3, 3], [5]]))
    assert result.weights == pytest.approx([0.547, 0.127, 0.270, 0.056], abs=1e-3)
    assert result.cr == pytest.approx(0.044, abs=1e-3)
    assert result.consistent is True


def test_perfectly_consistent_matrix_returns_the_weights_it_was_built_from() -> None:
    """a_ij = w_i / w_j for w = (.4, .3, .2, .1): eigenvector = w, λmax = n, CI = CR = 0."""
    result = ahp_weights(4, from_weights([0.4, 0.3, 0.2, 0.1]))
    assert result.weights == pytest.approx([0.4, 0.3, 0.2, 0.1], abs=1e-12)
    assert result.lambda_max == pytest.approx(4.0, abs=1e-9)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
    assert result.consistent is True
    assert result.missing_pairs == ()


def test_circular_judgements_are_inconsistent() -> None:
    """A ≫ B (9), B ≫ C (9) yet C ≫ A (9): CR far above 0.10."""
    result = ahp_weights(3, {(0, 1): 9, (1, 2): 9, (2, 0): 9})
    assert result.cr is not None and result.cr > 0.10
    assert result.consistent is False


def test_harker_method_recovers_weights_with_one_pair_missing() -> None:
    """Harker (1987): missing a_ij = 0, a_ii = 1 + missing in row i; consistent data → exact weights."""
    comparisons = from_weights([0.4, 0.3, 0.2, 0.1])
    del comparisons[(0, 3)]
    result = ahp_weights(4, comparisons)
    assert result.weights == pytest.approx([0.4, 0.3, 0.2, 0.1], abs=1e-12)
    assert result.missing_pairs == ((0, 3),)
    assert result.matrix[0][0] == 2.0 and result.matrix[0][3] == 0.0
    assert result.cr == pytest.approx(0.0, abs=1e-9)


def test_harker_method_on_a_spanning_chain_only() -> None:
    """Only 0–1, 1–2, 2–3 given (the minimum that connects four criteria): still the exact weights."""
    comparisons = {(0, 1): 2.0, (1, 2): 3.0, (3, 2): 0.5}
    result = ahp_weights(4, comparisons)
    raw = [6.0, 3.0, 1.0, 0.5]
    assert result.weights == pytest.approx([x / sum(raw) for x in raw], abs=1e-12)
    assert len(result.missing_pairs) == 3


def test_disconnected_comparisons_are_refused_naming_the_groups() -> None:
    with pytest.raises(ValueError, match=r"\{0, 1\}; \{2, 3\}"):
        ahp_weights(4, {(0, 1): 3, (2, 3): 5})


def test_contradictory_duplicate_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="contradictory"):
        ahp_weights(2, {(0, 1): 3, (1, 0): 3})


def test_pair_given_both_ways_reciprocally_is_accepted() -> None:
    result = ahp_weights(2, {(0, 1): 3, (1, 0): 0.333})
    assert result.weights == pytest.approx([0.75, 0.25], abs=1e-4)


@pytest.mark.parametrize("comparisons", [{(0, 1): 10}, {(0, 1): 0.1}, {(0, 0): 1}, {(0, 2): 2}])
def test_invalid_comparisons_are_refused(comparisons: dict[tuple[int, int], float]) -> None:
    with pytest.raises(ValueError):
        ahp_weights(2, comparisons)


def test_two_criteria_are_always_consistent() -> None:
    result = ahp_weights(2, {(0, 1): 9})
    assert result.weights == pytest.approx([0.9, 0.1])
    assert (result.cr, result.consistent) == (0.0, True)


def test_single_criterion_gets_all_the_weight() -> None:
    assert ahp_weights(1, {}).weights == (1.0,)


def test_beyond_the_published_random_index_table_consistency_is_unknown() -> None:
    result = ahp_weights(16, from_weights([1.0] * 16))
    assert (result.cr, result.random_index, result.consistent) == (None, None, None)
    assert result.ci == pytest.approx(0.0, abs=1e-9)


def test_random_index_source_is_named() -> None:
    assert "Saaty" in ahp_weights(3, from_weights([0.5, 0.3, 0.2])).random_index_source
