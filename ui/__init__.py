"""The desktop app (PySide6). Importing it first makes PySide6's per-module import check cheap
(`ui.pyside_imports`)."""

import PySide6  # noqa: F401  (its import hook must be there to be replaced)

from ui.pyside_imports import install_fast_feature_check

install_fast_feature_check()
