"""The selected option's longer fields; each commits one UpdateRow when editing finishes with a change."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ui import dialogs_options
from ui.numbers import raw_number, typed_number
from ui.views.submit import field_labels, submit
from ui.views.widgets import CommitTextEdit

if TYPE_CHECKING:
    from duediligence.decision.matrix import OptionRow
    from ui.context import AppContext


def web_address(text: str) -> str:
    """A typed website as an address a browser opens (“example.com” → “https://example.com”)."""
    text = text.strip()
    return text if "://" in text or not text else f"https://{text}"


class OptionDetails(QWidget):
    """Website (with a link that opens the browser), contact, notes, time to results, exclusion reason."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.option: OptionRow | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("detailsHeading")
        self.website = QLineEdit(self)
        self.website.setPlaceholderText(self.tr("https://…"))
        self.link = QLabel(self)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)  # fmt: skip
        self.link.setAccessibleName(self.tr("Open the website in the browser"))
        self.link.linkActivated.connect(lambda url: dialogs_options.open_url(url))
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("Name, role, e-mail, phone"))
        self.notes = CommitTextEdit(self)
        self.notes.setMinimumHeight(48)
        self.weeks = QLineEdit(self)
        self.weeks.setPlaceholderText(self.tr("e.g. 10"))
        self.weeks.setToolTip(self.tr("Weeks from the decision until the option delivers results"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why it is out of the running"))
        site = QWidget(self)
        row = QHBoxLayout(site)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.website, 1)
        row.addWidget(self.link)
        timing = QWidget(self)
        row = QHBoxLayout(timing)
        row.setContentsMargins(0, 0, 0, 0)
        self.weeks.setMaximumWidth(110)
        row.addWidget(self.weeks)
        row.addWidget(QLabel(self.tr("weeks"), timing))
        row.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.heading, 0, 0, 1, 4)
        cells = [
            (self.tr("&Website:"), site, self.tr("Website"), 1, 0),
            (self.tr("C&ontact:"), self.contact, self.tr("Contact"), 1, 2),
            (self.tr("Time to &results:"), timing, self.tr("Time to results in weeks"), 2, 0),
            (self.tr("Reason for e&xclusion:"), self.reason, self.tr("Reason for exclusion"), 2, 2),
            (self.tr("No&tes:"), self.notes, self.tr("Notes"), 3, 0),
        ]
        for text, widget, name, r, c in cells:
            label = QLabel(text, self)
            field = {site: self.website, timing: self.weeks}.get(widget, widget)
            label.setBuddy(field)
            grid.addWidget(
                label, r, c, Qt.AlignmentFlag.AlignTop if widget is self.notes else Qt.AlignmentFlag(0)
            )
            grid.addWidget(widget, r, c + 1, 1, 3 if widget is self.notes else 1)
            field.setAccessibleName(name)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(3, 1)
        self.website.editingFinished.connect(lambda: self._commit("website", self.website.text().strip()))
        self.contact.editingFinished.connect(lambda: self._commit("contact", self.contact.text()))
        self.notes.editingFinished.connect(lambda: self._commit("notes", self.notes.toPlainText()))
        self.weeks.editingFinished.connect(
            lambda: self._commit("time_to_results_weeks", typed_number(self.weeks.text()))
        )
        self.reason.editingFinished.connect(lambda: self._commit("exclusion_reason", self.reason.text()))
        self.show_option(None)

    def show_option(self, option: OptionRow | None) -> None:
        """Show `option`'s stored values (fields already showing them are left alone, keeping the cursor)."""
        self.option = option
        self.setEnabled(option is not None)
        self.heading.setText(
            f"<b>{escape(option.name)}</b>" if option else self.tr("<i>No option selected</i>")
        )
        _set(self.website, option.website if option else "")
        _set(self.contact, option.contact if option else "")
        if self.notes.toPlainText() != (option.notes if option else ""):
            self.notes.setPlainText(option.notes if option else "")
        _set(self.weeks, raw_number(option.time_to_results_weeks, grouped=True) if option else "")
        _set(self.reason, option.exclusion_reason if option else "")
        address = web_address(option.website) if option else ""
        label = self.tr("Open ↗")
        self.link.setText(f'<a href="{escape(address)}">' + label + "</a>" if address else "")
        self.link.setToolTip(address)

    def _commit(self, field: str, value: Any) -> None:
        from duediligence.operations.edits import UpdateRow

        option = self.option
        if option is None or getattr(option, field) == value:
            return
        text = self.tr("Edit %1 of “%2”").replace("%1", field_labels()[field]).replace("%2", option.name)
        ok, _ = submit(self, self.context, UpdateRow("option", option.id, {field: value}), text)
        if not ok:
            self.show_option(option)  # back to what is stored


def _set(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)  # a long address or contact shows its beginning
