"""New evaluation: start blank or from a template (business or personal purchase), with a title and quick
mode preselected for a personal purchase."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from duediligence.templates.checklists import TemplateError
    from duediligence.templates.evaluations import EvaluationTemplate

Choice = tuple["EvaluationTemplate | None", str, bool]
ROLE = Qt.ItemDataRole.UserRole


class NewEvaluationDialog(QDialog):
    """A list of templates (Blank first), what the chosen one brings, a title and quick mode."""

    def __init__(
        self,
        templates: Sequence[EvaluationTemplate],
        problems: Sequence[TemplateError] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New evaluation"))
        self.templates = list(templates)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setMinimumWidth(230)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumWidth(320)
        self.details.setAccessibleName(self.tr("What the template brings"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.quick = QCheckBox(
            self.tr("Quick mode: just me (no stakeholders, approvals or change plan)"), self
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill()

        top = QHBoxLayout()
        top.addWidget(self.list)
        top.addWidget(self.details, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow("", self.quick)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Start from a template for your kind of purchase, or from a blank evaluation."), self
        )
        intro.setObjectName("caption")
        layout.addWidget(intro)
        layout.addLayout(top, 1)
        layout.addLayout(form)
        if problems:
            note = QLabel(self._problems_text(problems), self)
            note.setWordWrap(True)
            note.setObjectName("caption")
            layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._chosen)
        self.title.textChanged.connect(self._update_ok)
        self.list.setCurrentRow(0)
        self.resize(720, 460)
        self.title.setFocus()

    def _fill(self) -> None:
        blank = QListWidgetItem(self.tr("Blank evaluation"), self.list)
        blank.setData(ROLE, -1)
        for audience, heading in (
            ("business", self.tr("For a business")),
            ("consumer", self.tr("For yourself")),
        ):
            group = [i for i, t in enumerate(self.templates) if t.audience == audience]
            if not group:
                continue
            header = QListWidgetItem(heading, self.list)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setForeground(self.palette().windowText())
            for index in group:
                template = self.templates[index]
                item = QListWidgetItem("    " + template.name, self.list)
                item.setData(ROLE, index)
                item.setToolTip(template.description)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, template.name)

    def template(self) -> EvaluationTemplate | None:
        item = self.list.currentItem()
        index = item.data(ROLE) if item is not None else -1
        return self.templates[index] if isinstance(index, int) and index >= 0 else None

    def select(self, name: str) -> bool:
        """Select the template called `name` ("" for Blank); False when there is none."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            index = item.data(ROLE)
            if index is None:
                continue
            if (index < 0 and not name) or (index >= 0 and self.templates[index].name == name):
                self.list.setCurrentRow(row)
                return True
        return False

    def choice(self) -> Choice:
        return self.template(), self.title.text().strip(), self.quick.isChecked()

    def _chosen(self) -> None:
        template = self.template()
        self.quick.setChecked(template.quick_mode if template else False)
        self.details.setText(self._describe(template))
        examples = {
            "consumer": self.tr("e.g. “New laptop for study and travel”"),
            "business": self.tr("e.g. “CRM for the sales team”"),
        }
        self.title.setPlaceholderText(
            examples[template.audience] if template else self.tr("What are you buying?")
        )
        self._update_ok()

    def _describe(self, template: EvaluationTemplate | None) -> str:
        if template is None:
            return (
                "<p>"
                + escape(self.tr("An empty evaluation: add the options, criteria and checks yourself."))
                + "</p>"
            )
        doc = template.document
        groups = [g.get("name", "") for g in doc.get("criteria_groups", [])]
        options = [o.get("name", "") for o in doc.get("options", [])]
        lines = [f"<p><b>{escape(template.name)}</b><br>{escape(template.description)}</p>"]
        criteria = (
            self.tr("%1 criteria with weights in %2 groups")
            .replace("%1", str(template.criteria_count()))
            .replace("%2", str(len(groups)))
        )
        lines.append(f"<p><b>{escape(criteria)}:</b> {escape(', '.join(groups))}</p>")
        if options:
            weigh = self.tr("<b>Alternatives to weigh:</b> %1")
            lines.append("<p>" + weigh.replace("%1", escape(", ".join(options))) + "</p>")
        if template.checklist is not None:
            checks = self.tr("Checklist: %1 checks").replace("%1", str(len(template.checklist.items)))
            lines.append(
                f"<p><b>{escape(checks)}</b> ({escape(template.checklist.name)}), "
                + escape(self.tr("for every option you buy from someone"))
                + "</p>"
            )
        if template.stakeholder_roles:
            roles = ", ".join(r.label for r in template.stakeholder_roles)
            lines.append("<p>" + self.tr("<b>Who to involve:</b> %1").replace("%1", escape(roles)) + "</p>")
        return "".join(lines)

    def _problems_text(self, problems: Sequence[TemplateError]) -> str:
        first = problems[0]
        count = len(problems)
        text = self.tr("%n template file(s) could not be read and are not listed. First: %1", "", count)
        return text.replace("%1", f"{first.file}: {first.problem}")

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        templates: Sequence[EvaluationTemplate],
        problems: Sequence[TemplateError] = (),
    ) -> Choice | None:
        """(template or None for blank, title, quick mode), or None when cancelled."""
        dialog = cls(templates, problems, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
