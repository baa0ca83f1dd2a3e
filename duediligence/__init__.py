"""The Due-Diligence Workbook core: domain model, storage, scoring, exchange and the command line.

This package never imports Qt, so scripts, the CLI and tests use it without a display.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`duediligence.__version__`, looked up only when asked for (reading package metadata costs
    ~30 ms, which neither start-up nor a command should pay)."""
    if name == "__version__":
        from duediligence.version import app_version

        return app_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
