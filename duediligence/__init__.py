"""The Due-Diligence Workbook core: domain model, storage, scoring, exchange and the command line.

This package never imports Qt, so scripts, the CLI and tests use it without a display.
"""

__version__ = "0.1.0"
