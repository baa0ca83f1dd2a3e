"""The main window lists a workbook's evaluations, filters them and shows the selected one."""

from __future__ import annotations

from helpers import shown_titles


def test_lists_the_evaluations_of_the_file_without_archived_ones(window):
    assert shown_titles(window) == ["CRM for sales", "Office chairs"]


def test_show_archived_lists_archived_evaluations_too(window):
    window.evaluations.show_archived.setChecked(True)
    assert "Old printer" in shown_titles(window)


def test_search_narrows_the_list_by_title(window):
    window.evaluations.search.setText("crm")
    assert shown_titles(window) == ["CRM for sales"]


def test_status_filter_narrows_the_list(window):
    combo = window.evaluations.status
    combo.setCurrentIndex(combo.findData("defining"))
    assert shown_titles(window) == ["Office chairs"]


def test_first_evaluation_is_selected_when_the_workbook_opens(window):
    assert window.evaluations.current_id() is not None
    assert window.right.currentWidget() is window.evaluation_view


def test_selecting_an_evaluation_shows_its_title_in_the_overview(window, workbook):
    window.evaluations.select(workbook.ids["Office chairs"])
    assert window.evaluation_view.overview.title.text() == "Office chairs"


def test_filtering_out_the_selection_shows_the_empty_page(window):
    window.evaluations.search.setText("no such title")
    assert window.right.currentWidget() is window.empty_page


def test_workbook_without_evaluations_offers_new_and_samples(make_window, tmp_path):
    from duediligence.storage.database import Database

    Database.open(tmp_path / "empty.db").close()
    window = make_window(tmp_path / "empty.db")
    assert window.right.currentWidget() is window.empty_page
    labels = [b.text() for b in window.empty_page.buttons]
    assert labels == ["New evaluation…", "Add sample evaluations"]


def test_status_bar_names_the_open_workbook(window, workbook):
    assert str(workbook.path) in window.path_label.text()


def test_an_evaluation_has_a_tab_for_each_part_of_the_buying_process(window):
    view = window.evaluation_view
    titles = [view.tabText(i).replace("&&", "&") for i in range(view.count())]
    assert titles == ["Overview", "Options & scores", "Risks", "Stakeholders", "Change", "Charts", "Evidence"]
