"""The Risks tab: a buyer applies the business-software checklist to three vendors, answers it inline,
raises risks, scores them, and sees at a glance which vendor is riskiest. Bad input is refused with a
message and nothing stored changes; a broken user template never stops the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from risk_data import make_tab, make_workbook, stored_summary

from duediligence.templates.checklists import read_template, shipped_templates
from ui.models.checklist import Col as CheckCol
from ui.models.risk_register import Col
from ui.views.risks import questions


@pytest.fixture(autouse=True)
def british_locale():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "w.db"
    return path, make_workbook(path)


@pytest.fixture
def tab(qtbot, book, tmp_path, asked):
    path, ids = book
    made = make_tab(qtbot, path, ids["vendors"], tmp_path / "templates")
    yield made
    made.context.close_workbook()


def saas():
    return next(t for t in shipped_templates().templates if t.kind == "software")


def option_ids(tab) -> dict[str, int]:
    return {o.name: o.option_id for o in tab.summary.options}


def checklist_cell(tab, title: str, col: CheckCol, option: str = "Vendor A"):
    model, option_id = tab.checklist.model, option_ids(tab)[option]
    row = next(
        r
        for r in range(model.rowCount())
        if (model.item_at(r).title, model.item_at(r).option_id) == (title, option_id)
    )
    return model.index(row, col)


def register_cell(tab, title: str, col: Col):
    model = tab.register.model
    row = next(r for r in range(model.rowCount()) if model.risk_at(r).title == title)
    return model.index(row, col)


def test_the_tab_opens_on_the_riskiest_vendor_and_names_it(tab) -> None:
    assert "Riskiest: Vendor B" in tab.overview.headline.text()
    assert tab.checklist.current_option() == option_ids(tab)["Vendor A"]  # first option with a checklist
    assert tab.overview.model.rowCount() == 3


def test_applying_the_business_software_template_to_three_vendors(tab, book, monkeypatch) -> None:
    ids = option_ids(tab)
    seen = {}

    def answer(_parent, templates, options, preselected):
        seen["names"] = [t.name for t in templates]
        return saas(), tuple(ids.values())

    monkeypatch.setattr(questions, "ask_apply_template", answer)
    tab.apply_template()
    assert "Business software / SaaS" in seen["names"]
    n = len(saas().items)
    stored = stored_summary(book[0], book[1]["vendors"])
    # Vendor A and B already had "Pentest report" under Security, which the template does not have.
    assert [o.checklist.total for o in stored.options] == [n + 1, n + 1, n]
    assert tab.overview.model.index(2, 4).data() == f"0 of {n} done"
    tab.context.undo_stack.undo()
    assert [o.checklist.total for o in stored_summary(book[0], book[1]["vendors"]).options] == [1, 1, 0]


def test_answering_a_check_inline_is_stored_and_updates_progress(tab, book) -> None:
    tab.checklist.set_option(option_ids(tab)["Vendor B"])
    index = checklist_cell(tab, "Pentest report", CheckCol.STATUS, "Vendor B")
    assert tab.checklist.model.setData(index, "not_applicable")
    line = stored_summary(book[0], book[1]["vendors"]).option(option_ids(tab)["Vendor B"])
    assert line.critical_failures == () and line.checklist.done == 1
    assert "1 of 1 done" in tab.checklist.progress.text()
    assert "not applicable" in tab.checklist.progress.text()


def test_a_review_date_typed_in_the_locale_is_stored_and_clears_staleness(tab, book) -> None:
    index = checklist_cell(tab, "Pentest report", CheckCol.REVIEWED_ON)  # Vendor A's, stale
    assert tab.checklist.model.setData(index, "20/11/2026")
    summary = stored_summary(book[0], book[1]["vendors"])
    item = next(r for r in summary.risks if r.title == "Pentest report" and r.status == "ok")
    assert str(item.reviewed_on) == "2026-11-20" and item.id not in summary.stale_ids


@pytest.mark.parametrize(
    ("col", "typed", "reason"),
    [
        (Col.LIKELIHOOD, "9", "must be at most 5"),
        (Col.IMPACT, "high", "is not a number"),
        (Col.DUE, "31/02/2026", "is not a day in the calendar"),
        (Col.TITLE, "   ", "cannot be empty"),
    ],
)
def test_bad_input_in_the_register_is_refused_with_a_message_and_nothing_changes(
    tab, book, qtbot, asked, col, typed, reason
) -> None:
    before = stored_summary(book[0], book[1]["vendors"]).risks
    assert not tab.register.model.setData(register_cell(tab, "Vendor B is loss-making", col), typed)
    qtbot.waitUntil(lambda: bool(asked.warnings))
    title, text = asked.warnings[-1]
    assert title == "Value not stored" and reason in text and "was not changed" in text
    assert stored_summary(book[0], book[1]["vendors"]).risks == before
    assert tab.context.undo_stack.count() == 0


def test_editing_likelihood_impact_and_residual_inline_recolours_and_moves_exposure(tab, book) -> None:
    model = tab.register.model
    assert model.setData(register_cell(tab, "Vendor B is loss-making", Col.LIKELIHOOD), "4")
    assert register_cell(tab, "Vendor B is loss-making", Col.SCORE).data() == "20 · Critical"
    assert model.setData(register_cell(tab, "Vendor B is loss-making", Col.TREATMENT), "transfer")
    assert model.setData(register_cell(tab, "Vendor B is loss-making", Col.RES_LIKELIHOOD), "1")
    assert model.setData(register_cell(tab, "Vendor B is loss-making", Col.RES_IMPACT), "5")
    assert model.setData(register_cell(tab, "Vendor B is loss-making", Col.STATUS), "mitigated")
    assert model.setData(register_cell(tab, "Vendor B is loss-making", Col.OWNER), "Procurement")
    assert model.setData(register_cell(tab, "Vendor B is loss-making", Col.DUE), "15/12/2026")
    line = stored_summary(book[0], book[1]["vendors"]).option(option_ids(tab)["Vendor B"])
    assert line.exposure == 5 + 4  # residual 1×5 once mitigated, plus the small support team
    risk = register_cell(tab, "Vendor B is loss-making", Col.TITLE).data(Qt.ItemDataRole.UserRole)
    assert (risk.treatment, risk.owner, str(risk.due_date)) == ("transfer", "Procurement", "2026-12-15")


def test_raising_a_risk_from_a_failed_check_shows_it_in_the_register(tab, book) -> None:
    tab.checklist.set_option(option_ids(tab)["Vendor B"])
    tab.checklist.table.selectRow(0)
    risk_id = tab.checklist.raise_risk()
    assert tab.pages.currentWidget() is tab.register
    assert tab.register.selected_ids() == [risk_id]
    raised = tab.register.selected_risk()
    assert (raised.raised_from_id is not None, raised.option_ids) == (True, (option_ids(tab)["Vendor B"],))


def test_add_and_remove_risks_and_checks(tab, book, monkeypatch) -> None:
    risk_id = tab.register.add_risk()
    assert tab.register.model.row_of(risk_id) is not None
    tab.register.select(risk_id)
    tab.register.remove_selected()
    assert tab.register.model.row_of(risk_id) is None
    tab.checklist.set_option(option_ids(tab)["Vendor C"])
    item_id = tab.checklist.add_item()
    assert tab.summary.option(option_ids(tab)["Vendor C"]).checklist.total == 1
    tab.checklist.table.selectRow(0)
    assert tab.checklist.selected_ids() == [item_id]
    tab.checklist.remove_selected()
    assert tab.summary.option(option_ids(tab)["Vendor C"]).checklist.total == 0


def test_choosing_the_options_a_risk_concerns(tab, book, monkeypatch) -> None:
    ids = option_ids(tab)
    monkeypatch.setattr(questions, "ask_risk_options", lambda *_a: (ids["Vendor C"],))
    risk = register_cell(tab, "Small support team", Col.TITLE).data(Qt.ItemDataRole.UserRole)
    tab.register.select(risk.id)
    tab.register.edit_options()
    assert register_cell(tab, "Small support team", Col.OPTIONS).data() == "Vendor C"
    tab.register.set_filter(option=ids["Vendor A"])
    assert tab.register.proxy.rowCount() == 0


def test_evaluation_settings_switch_exposure_to_the_worst_risk(tab, book) -> None:
    tab.overview.mode.setCurrentIndex(tab.overview.mode.findData("max"))
    tab.overview.mode.activated.emit(tab.overview.mode.currentIndex())
    assert stored_summary(book[0], book[1]["vendors"]).mode == "max"
    assert tab.summary.option(option_ids(tab)["Vendor B"]).exposure == 15
    tab.overview.adjusted.click()
    assert stored_summary(book[0], book[1]["vendors"]).risk_adjusted is True


def test_a_broken_user_template_is_reported_and_the_rest_still_apply(tab, book, tmp_path, asked, monkeypatch):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "broken.json").write_text('{"name": "Broken", "items": [{"category": "X"}]}')
    offered = {}

    def answer(_parent, templates, _options, _pre):
        offered["names"] = [t.name for t in templates]
        return None

    monkeypatch.setattr(questions, "ask_apply_template", answer)
    tab.apply_template()
    assert "Business software / SaaS" in offered["names"] and "Broken" not in offered["names"]
    _title, text = asked.warnings[-1]
    assert "broken.json" in text and "items[0].title: cannot be empty" in text


def test_save_the_checklist_as_a_template_then_export_and_import_it(tab, book, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(questions, "ask_template_name", lambda *_a: "Ticketing basics")
    tab.checklist.set_option(option_ids(tab)["Vendor A"])
    saved = tab.save_checklist_as_template()
    assert [i.title for i in read_template(Path(saved.path)).items] == ["Pentest report"]
    target = tmp_path / "out.json"
    monkeypatch.setattr(questions, "choose_export_path", lambda *_a: str(target))
    tab.export_template(saved)
    assert json.loads(target.read_text())["name"] == "Ticketing basics"
    monkeypatch.setattr(questions, "choose_template_to_import", lambda *_a: str(target))
    imported = tab.import_template()
    assert imported.path != saved.path and imported.items == saved.items
    assert sum(t.name == "Ticketing basics" for t in tab.load_templates().templates) == 2


def test_importing_a_malformed_file_names_the_file_and_the_problem(tab, tmp_path, asked, monkeypatch) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "X", "items": [{"title": "A", "critical": "maybe"}]}')
    monkeypatch.setattr(questions, "choose_template_to_import", lambda *_a: str(bad))
    assert tab.import_template() is None
    title, text = asked.warnings[-1]
    assert title == "Template not imported"
    assert str(bad) in text and "items[0].critical: expected true or false" in text


def test_the_template_manager_lists_shipped_and_user_templates_and_their_problems(
    tab, tmp_path, qtbot
) -> None:
    from ui.views.risks.template_dialogs import TemplateManagerDialog

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "broken.json").write_text("{")
    dialog = TemplateManagerDialog(tab.load_templates, dict.fromkeys(("save", "import", "export", "delete"),
                                                                     lambda _t: None), tab)  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(shipped_templates().templates)
    assert "broken.json" in dialog.problems.text()
    assert not dialog.delete_button.isEnabled()  # shipped templates cannot be deleted


def test_the_apply_dialog_offers_every_template_and_preselects_the_shown_option(tab, qtbot) -> None:
    from ui.views.risks.template_dialogs import ApplyTemplateDialog

    options = [(o.option_id, o.name) for o in tab.summary.options]
    dialog = ApplyTemplateDialog(tab.load_templates().templates, options, options[1][0], tab)
    qtbot.addWidget(dialog)
    template, chosen = dialog.choice()
    assert template.name == shipped_templates().templates[0].name and chosen == (options[1][0],)
    dialog.options.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.choice() is None and not dialog.ok_button.isEnabled()


def test_the_crm_sample_shows_at_a_glance(qtbot, book, tmp_path, asked) -> None:
    path, ids = book
    crm = make_tab(qtbot, path, ids["crm"], tmp_path / "templates")
    try:
        assert "Riskiest: Northwind CRM Cloud" in crm.overview.headline.text()
        assert "Critical checks failed for Brightpath Sales Suite" in crm.overview.headline.text()
    finally:
        crm.context.close_workbook()
