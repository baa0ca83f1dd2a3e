"""The Risks tab: the per-option summary on top; the checklist and the risk register below. One query
(`risk_summary`) feeds all three, re-run whenever an edit touches this evaluation's risks or options."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from duediligence.changes import Changes
from duediligence.errors import NotFoundError, WorkbookError
from ui import dialogs
from ui.views.questionnaires.view import QuestionnairesView
from ui.views.refresh import RefreshWhenShown
from ui.views.risks import questions
from ui.views.risks.checklist_view import ChecklistView
from ui.views.risks.register_view import RiskRegisterView
from ui.views.risks.summary_view import RiskSummaryView
from ui.views.submit import submit

if TYPE_CHECKING:
    from duediligence.decision.risks import RiskSummary
    from duediligence.operations.checklists import ChecklistTemplate
    from duediligence.templates.checklists import TemplateCatalogue
    from ui.context import AppContext
    from ui.views.guide.navigation import Place

WATCHED = ("risk_item", "risk_option", "option", "evaluation")


class RisksTab(RefreshWhenShown, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.today: date | None = None  # None: the real today (tests pin it)
        self.template_folder: Path | None = None  # None: the user's template folder
        self.summary: RiskSummary | None = None
        self.overview = RiskSummaryView(context, self)
        self.checklist = ChecklistView(context, self)
        self.register = RiskRegisterView(context, self)
        self.questionnaires = QuestionnairesView(context, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.checklist, self.tr("Due-diligence checklist"))
        self.pages.addTab(self.questionnaires, self.tr("Vendor questionnaires"))
        self.pages.addTab(self.register, self.tr("Risk register"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("risksSplitter")
        splitter.addWidget(self.overview)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.checklist.apply_template_requested.connect(self.apply_template)
        self.checklist.manage_templates_requested.connect(self.manage_templates)
        self.checklist.risk_raised.connect(self._show_risk)
        self.overview.option_activated.connect(self._show_option)
        context.changed.connect(self._on_changed)

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.questionnaires.set_evaluation(evaluation_id)
        self.refresh_soon()  # read when shown: opening an evaluation shows its matrix first

    def show_place(self, place: Place) -> None:
        """The checklist (of one option, an item selected), the questionnaires or the register."""
        if self._stale:
            self.reload()
        if place.kind in ("questionnaires", "questionnaire"):
            self.pages.setCurrentWidget(self.questionnaires)
            if place.option_id is not None:
                self.questionnaires.set_option(place.option_id)
            self.questionnaires.tracking_table.setFocus()
            return
        if place.kind in ("risk", "risks"):
            self.pages.setCurrentWidget(self.register)
            if place.row_id is not None:
                self.register.set_filter()
                self.register.select(place.row_id)
            self.register.table.setFocus()
            return
        self.pages.setCurrentWidget(self.checklist)
        if place.option_id is not None:
            self.checklist.set_option(place.option_id)
        if place.row_id is not None:
            self.checklist.select(place.row_id)
        self.checklist.table.setFocus()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None or self.context.db is None:
            return
        if any(changes.touches(kind, self.evaluation_id) for kind in WATCHED):
            self.refresh_soon()

    def reload(self) -> None:
        self._stale = False
        summary = None
        if self.evaluation_id is not None and self.context.db is not None:
            from duediligence.reads.risks import risk_summary

            try:
                summary = self.context.read(risk_summary, self.evaluation_id, self.today or date.today())
            except NotFoundError:
                self.evaluation_id = None
        self.summary = summary
        self.overview.show_summary(summary)
        self.checklist.show_summary(self.evaluation_id, summary)
        self.register.show_summary(self.evaluation_id, summary)

    def _show_risk(self, risk_id: int) -> None:
        self.pages.setCurrentWidget(self.register)
        self.register.set_filter()
        self.register.select(risk_id)

    def _show_option(self, option_id: int) -> None:
        self.pages.setCurrentWidget(self.checklist)
        self.checklist.set_option(option_id)

    # ---- templates --------------------------------------------------------------------------------

    def load_templates(self) -> TemplateCatalogue:
        from duediligence.templates.checklists import load_templates

        return load_templates(self.template_folder)

    def _warn_problems(self, catalogue: TemplateCatalogue) -> None:
        if catalogue.problems:
            lines = "\n".join(f"• {p}" for p in catalogue.problems)
            dialogs.show_warning(
                self,
                self.tr("Some templates could not be read"),
                self.tr("These template files were left out:\n\n%1").replace("%1", lines),
            )

    def apply_template(self) -> None:
        from duediligence.operations.checklists import ApplyChecklistTemplate

        if self.evaluation_id is None or self.summary is None or not self.summary.options:
            return
        catalogue = self.load_templates()
        self._warn_problems(catalogue)
        if not catalogue.templates:
            return
        options = [(o.option_id, o.name) for o in self.summary.options]
        answer = questions.ask_apply_template(
            self, catalogue.templates, options, self.checklist.current_option()
        )
        if answer is None:
            return
        template, option_ids = answer
        text = self.tr("Apply the checklist “%1”").replace("%1", template.name)
        ok, result = submit(
            self, self.context, ApplyChecklistTemplate(self.evaluation_id, template, option_ids), text
        )
        if ok and result.skipped and not result.added:
            dialogs.show_warning(
                self,
                text,
                self.tr("Nothing was added: the chosen options already have every item of “%1”.").replace(
                    "%1", template.name
                ),
            )
        if ok and len(option_ids) == 1:
            self.checklist.set_option(option_ids[0])

    def manage_templates(self) -> None:
        from ui.views.risks.template_dialogs import TemplateManagerDialog

        self._manager = TemplateManagerDialog(
            self.load_templates,
            {
                "save": lambda _t: self.save_checklist_as_template(),
                "import": lambda _t: self.import_template(),
                "export": self.export_template,
                "delete": self.delete_template,
            },
            self,
        )
        self._manager.exec()
        self._manager = None

    def save_checklist_as_template(self) -> ChecklistTemplate | None:
        """The checklist shown (one option's, or every distinct item) as a new user template."""
        from duediligence.operations.checklists import entries_from_rows
        from duediligence.templates.checklists import make_template, save_user_template

        if self.summary is None:
            return None
        option_id = self.checklist.current_option()
        rows = [
            r
            for r in self.summary.risks
            if r.is_checklist and (option_id is None or r.option_id == option_id)
        ]
        if not rows:
            dialogs.show_warning(
                self, self.tr("Save as template"), self.tr("This checklist has no items to save yet.")
            )
            return None
        name = questions.ask_template_name(self, self.tr("My checklist"))
        if name is None:
            return None
        try:
            template = make_template(name, entries_from_rows(rows))
            return save_user_template(template, self.template_folder)
        except WorkbookError as exc:
            dialogs.show_warning(self, self.tr("Template not saved"), str(exc))
            return None

    def import_template(self) -> ChecklistTemplate | None:
        from duediligence.templates.checklists import import_template

        path = questions.choose_template_to_import(self)
        if path is None:
            return None
        try:
            return import_template(Path(path), self.template_folder)
        except WorkbookError as exc:
            dialogs.show_warning(self, self.tr("Template not imported"), str(exc))
            return None

    def export_template(self, template: ChecklistTemplate | None) -> Path | None:
        from duediligence.templates.checklists import export_template, slug

        if template is None:
            return None
        path = questions.choose_export_path(self, f"{slug(template.name)}.json")
        if path is None:
            return None
        try:
            return export_template(template, Path(path))
        except WorkbookError as exc:
            dialogs.show_warning(self, self.tr("Template not exported"), str(exc))
            return None

    def delete_template(self, template: ChecklistTemplate | None) -> None:
        from duediligence.templates.checklists import delete_user_template

        if template is None or not questions.confirm_delete_template(self, template.name):
            return
        try:
            delete_user_template(template)
        except WorkbookError as exc:
            dialogs.show_warning(self, self.tr("Template not deleted"), str(exc))

    def status_text(self) -> str:
        """A one-line summary for a status bar or a test."""
        if self.summary is None:
            return ""
        done = sum(o.checklist.done for o in self.summary.options)
        total = sum(o.checklist.total for o in self.summary.options)
        return (
            self.tr("%1 of %2 checks done")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
        )
