"""The Monte Carlo draws its random cells a block at a time, yet bit for bit as numpy's own samplers
would from the same seed, so results stay reproducible for a given seed and draw count; and numpy's
BLAS runs one thread, since the analysis runs its own workers."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from duediligence.robustness import draws
from duediligence.robustness.draws import _BERNOULLI, _TRIANGULAR, _UNIFORM, _draw_segment


@pytest.fixture
def cells() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(4)
    low = rng.integers(0, 6, 37).astype(float)
    high = low + 1 + rng.integers(0, 4, 37)
    likely = low + (high - low) * rng.random(37)
    likely[:3], likely[3:6] = low[:3], high[3:6]  # the likely value at either end
    return low, likely, high


@pytest.mark.parametrize("block", [1, 50, 37 * 4, 10**6])  # a draw split over passes … all in one
def test_ranged_cells_are_numpys_triangular_and_uniform_draws_exactly(
    cells: tuple[np.ndarray, np.ndarray, np.ndarray], block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    low, likely, high = cells
    monkeypatch.setattr(draws, "BLOCK", block)
    for how, expected in (
        (_TRIANGULAR, np.random.default_rng(9).triangular(low, likely, high, size=(11, 37))),
        (_UNIFORM, np.random.default_rng(9).uniform(low, high, size=(11, 37))),
        (_BERNOULLI, (np.random.default_rng(9).random((11, 37)) < 0.5).astype(float)),
    ):
        wide = np.full((11, 40), np.nan)  # the segment is a column slice of the chunk's array
        _draw_segment(np.random.default_rng(9), how, low, likely, high, wide[:, 2:39])
        assert np.array_equal(wide[:, 2:39], expected)
        assert np.isnan(wide[:, :2]).all() and np.isnan(wide[:, 39:]).all()


def test_importing_the_core_keeps_numpys_blas_to_one_thread_unless_told_otherwise() -> None:
    probe = "import os, duediligence; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    quiet = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    told = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**env, "OPENBLAS_NUM_THREADS": "3"},
        timeout=60,
    )
    assert (quiet.stdout.strip(), told.stdout.strip()) == ("1", "3")
