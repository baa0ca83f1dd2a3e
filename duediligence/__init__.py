"""The Due-Diligence Workbook core: domain model, storage, scoring, exchange and the command line.

This package never imports Qt, so scripts, the CLI and tests use it without a display.
"""

from __future__ import annotations

import os

# numpy's BLAS starts a thread per core for every small matrix product (100 options × 250 criteria) and
# spins them; the robustness analysis runs its own worker threads, so one BLAS thread each is faster:
# the Monte Carlo of a 100 × 250 evaluation took 2.6 times the CPU time with the default on 2 cores.
# Takes effect when numpy is first loaded (lazily, after this); a value already set wins.
for _name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")


def __getattr__(name: str) -> str:
    """`duediligence.__version__`, looked up only when asked for (reading package metadata costs
    ~30 ms, which neither start-up nor a command should pay)."""
    if name == "__version__":
        from duediligence.version import app_version

        return app_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
