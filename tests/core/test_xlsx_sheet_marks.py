"""The names that let the import recognise a renamed sheet."""

from __future__ import annotations

import pytest

from duediligence.exchange.layout import LIST_SHEETS, sheet_marks


def test_each_list_sheet_is_marked_by_its_kind_and_its_evaluations_number() -> None:
    assert sheet_marks("Change notes", 2) == ("DD_KIND_CHANGE_NOTES", "DD_EVALUATION_2")
    assert len({sheet_marks(s.key, 1)[0] for s in LIST_SHEETS}) == len(LIST_SHEETS)


def test_a_key_that_is_not_a_sheet_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="not a sheet kind"):
        sheet_marks("Secrets", 1)
