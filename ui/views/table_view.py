"""The one table view every table in the app uses: Tab leaves it, arrows move inside it.

QTableView turns Tab-between-cells on by default, which traps keyboard users in the first table they
reach; here Tab and Shift+Tab go to the next and previous control, and the arrow keys move the cell.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QTableWidget, QWidget


class TableView(QTableView):
    """A QTableView that Tab leaves (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)


class TableWidget(QTableWidget):
    """A QTableWidget that Tab leaves (see the module)."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setTabKeyNavigation(False)
