"""Dialogs of the Risks tab: apply a checklist template to options, choose the options a risk concerns,
and manage checklist templates (save the current checklist, import, export, delete)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import translate
from duediligence.operations.checklists import SHIPPED, ChecklistTemplate
from duediligence.templates.checklists import TemplateCatalogue


def _checklist(parent: QWidget, options: Sequence[tuple[int, str]], chosen: Sequence[int]) -> QListWidget:
    widget = QListWidget(parent)
    for option_id, name in options:
        item = QListWidgetItem(name, widget)
        item.setData(Qt.ItemDataRole.UserRole, option_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if option_id in chosen else Qt.CheckState.Unchecked)
    return widget


def _checked(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def template_summary(template: ChecklistTemplate) -> str:
    """A template's description and contents in a few lines (rich text)."""
    locale = QLocale()
    critical = sum(item.critical for item in template.items)
    counts = (
        translate("TemplateDialogs", "%1 checks in %2 categories, %3 critical")
        .replace("%1", locale.toString(len(template.items)))
        .replace("%2", locale.toString(len(template.categories)))
        .replace("%3", locale.toString(critical))
    )
    categories = ", ".join(escape(c) for c in template.categories if c)
    return f"{escape(template.description)}<br><b>{counts}</b>: {categories}"


class ApplyTemplateDialog(QDialog):
    """Choose a template and the options whose checklists receive a copy of its items."""

    def __init__(
        self,
        templates: Sequence[ChecklistTemplate],
        options: Sequence[tuple[int, str]],
        preselected: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply a checklist template"))
        self._templates = list(templates)
        self.template_box = QComboBox(self)
        for template in self._templates:
            mine = self.tr(" (yours)") if template.source != SHIPPED else ""
            self.template_box.addItem(template.name + mine)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        chosen = [preselected] if preselected is not None else [o for o, _ in options]
        self.options = _checklist(self, options, chosen)
        note = QLabel(
            self.tr("The items are copied: each option gets its own checklist, “not checked”. Items an "
                    "option already has are skipped. Later changes to the template do not change this "
                    "evaluation."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        note.setObjectName("caption")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&Template:"), self, buddy=self.template_box))
        layout.addWidget(self.template_box)
        layout.addWidget(self.about)
        layout.addWidget(QLabel(self.tr("Apply to these &options:"), self, buddy=self.options))
        layout.addWidget(self.options, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.template_box.currentIndexChanged.connect(self._show_template)
        self.options.itemChanged.connect(self._update_enabled)
        self._show_template()
        self.resize(520, 460)

    def _show_template(self) -> None:
        index = self.template_box.currentIndex()
        self.about.setText(
            template_summary(self._templates[index]) if 0 <= index < len(self._templates) else ""
        )
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.ok_button.setEnabled(bool(_checked(self.options)) and self.template_box.currentIndex() >= 0)

    def choice(self) -> tuple[ChecklistTemplate, tuple[int, ...]] | None:
        index = self.template_box.currentIndex()
        if not 0 <= index < len(self._templates) or not _checked(self.options):
            return None
        return self._templates[index], _checked(self.options)


class OptionsDialog(QDialog):
    """Tick the options a risk concerns; none ticked means it concerns the whole evaluation."""

    def __init__(
        self,
        title: str,
        options: Sequence[tuple[int, str]],
        chosen: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Options this risk concerns"))
        self.list = _checklist(self, options, chosen)
        self.list.setAccessibleName(self.tr("Options this risk concerns"))
        text = self.tr("<b>%1</b><br>Leave all unticked for a risk that concerns whichever option is chosen.")
        heading = QLabel(text.replace("%1", escape(title)), self)
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[int, ...]:
        return _checked(self.list)


class TemplateManagerDialog(QDialog):
    """The templates there are (shipped and yours), the files that could not be read, and what to do with
    them; the actual work is done by the callbacks the tab passes in (so it can report errors)."""

    def __init__(
        self,
        load: Callable[[], TemplateCatalogue],
        actions: dict[str, Callable[[ChecklistTemplate | None], None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checklist templates"))
        self._load = load
        self._actions = actions
        self._templates: list[ChecklistTemplate] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Checklist templates"))
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save current checklist as template…"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        row = QHBoxLayout()
        for button, key in (
            (self.save_button, "save"), (self.import_button, "import"), (self.export_button, "export"),
            (self.delete_button, "delete"),
        ):  # fmt: skip
            row.addWidget(button)
            button.clicked.connect(lambda _=False, key=key: self._run(key))
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.about)
        layout.addWidget(self.problems)
        layout.addLayout(row)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._show_current)
        self.reload()
        self.resize(620, 480)

    def reload(self) -> None:
        catalogue = self._load()
        current = self.current()
        self._templates = list(catalogue.templates)
        self.list.clear()
        for template in self._templates:
            where = self.tr("shipped") if template.source == SHIPPED else self.tr("yours")
            QListWidgetItem(f"{template.name}  ({where}, {len(template.items)})", self.list)
        keys = [t.key for t in self._templates]
        self.list.setCurrentRow(keys.index(current.key) if current and current.key in keys else 0)
        if catalogue.problems:
            lines = "".join(f"<li>{escape(str(p))}</li>" for p in catalogue.problems)
            self.problems.setText(self.tr("<b>Could not be read (left out):</b>") + f"<ul>{lines}</ul>")
        self.problems.setVisible(bool(catalogue.problems))
        self._show_current()

    def current(self) -> ChecklistTemplate | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def select(self, path: str | None) -> None:
        for row, template in enumerate(self._templates):
            if path and template.path and Path(template.path) == Path(path):
                self.list.setCurrentRow(row)

    def _show_current(self) -> None:
        template = self.current()
        self.about.setText(template_summary(template) if template else "")
        self.export_button.setEnabled(template is not None)
        self.delete_button.setEnabled(template is not None and template.source != SHIPPED)

    def _run(self, key: str) -> None:
        self._actions[key](self.current())
        self.reload()
