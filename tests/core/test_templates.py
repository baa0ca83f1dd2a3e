"""Checklist templates: every shipped one loads, a broken file is named with its problem and never stops
the others, and the user's own templates round-trip through save, export and import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duediligence.operations.checklists import SHIPPED, USER, ChecklistEntry
from duediligence.templates.checklists import (
    MAX_TEMPLATE_BYTES,
    TemplateError,
    delete_user_template,
    export_template,
    import_template,
    load_templates,
    make_template,
    parse_template,
    read_template,
    save_user_template,
    shipped_templates,
    template_json,
)

GOOD = {"name": "Mine", "items": [{"category": "Security", "title": "Pentest report", "critical": True}]}


def write(folder: Path, name: str, content: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    text = content if isinstance(content, str | bytes) else json.dumps(content)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_template_loads_with_10_to_25_described_items() -> None:
    catalogue = shipped_templates()
    assert catalogue.problems == ()
    assert len(catalogue.templates) >= 4
    for template in catalogue.templates:
        assert template.source == SHIPPED
        assert 10 <= len(template.items) <= 25, template.name
        assert all(item.category and item.title and item.description for item in template.items)
        assert any(item.critical for item in template.items), template.name


def test_the_shipped_set_covers_software_hardware_services_and_consumer_purchases() -> None:
    kinds = {t.kind for t in shipped_templates().templates}
    assert {"software", "hardware", "services", "consumer"} <= kinds


def test_the_business_software_template_covers_the_due_diligence_areas() -> None:
    saas = next(t for t in shipped_templates().templates if t.kind == "software")
    assert {
        "Security", "Data protection", "Financial health", "References", "Contract and SLA",
        "Exit and data portability", "Implementation",
    } <= set(saas.categories)  # fmt: skip


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "is not valid JSON"),
        (b"\xff\xfe\x00garbage", "is not UTF-8"),
        ([1, 2], "expected a JSON object"),
        ({"items": GOOD["items"]}, "name: cannot be empty"),
        ({"name": "X", "items": []}, "at least one item"),
        ({"name": "X", "items": "many"}, "expected a list"),
        ({"name": "X", "items": [{"category": "A"}]}, "items[0].title: cannot be empty"),
        (
            {"name": "X", "items": [{"title": "T", "critical": "yes"}]},
            "items[0].critical: expected true or false",
        ),
        ({"name": "X", "items": [{"title": "T", "colour": "red"}]}, "items[0].colour: is not a key"),
        ({"name": "X", "items": [{"title": "T"}], "author": "me"}, "author: is not a key"),
        ({"name": "X", "version": 2, "items": [{"title": "T"}]}, "version: this app reads version 1"),
        ({"name": "X", "items": [{"title": "T" * 301}]}, "items[0].title: is 301 characters"),
        ({"name": "X", "items": [{"title": "T"}, {"title": "t"}]}, "items[1].title: appears twice"),
    ],
)
def test_a_malformed_template_is_refused_naming_the_file_and_the_problem(
    tmp_path: Path, content: object, problem: str
) -> None:
    path = write(tmp_path, "bad.json", content)
    with pytest.raises(TemplateError) as caught:
        read_template(path)
    assert caught.value.file == str(path)
    assert problem in caught.value.problem
    assert str(path) in str(caught.value)


def test_a_file_over_one_megabyte_is_refused_without_parsing_it(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.json", "[" + " " * MAX_TEMPLATE_BYTES + "]")
    with pytest.raises(TemplateError, match="larger than 1 MB"):
        read_template(path)


def test_a_broken_user_template_is_reported_and_the_good_ones_still_load(tmp_path: Path) -> None:
    write(tmp_path, "good.json", GOOD)
    write(tmp_path, "broken.json", "{")
    write(tmp_path, "notes.txt", "not a template, ignored")
    catalogue = load_templates(tmp_path)
    assert [t.name for t in catalogue.templates if t.source == USER] == ["Mine"]
    assert len(catalogue.templates) == len(shipped_templates().templates) + 1
    assert [Path(p.file).name for p in catalogue.problems] == ["broken.json"]


def test_a_missing_user_folder_is_simply_empty(tmp_path: Path) -> None:
    catalogue = load_templates(tmp_path / "never-created")
    assert catalogue.problems == ()
    assert all(t.source == SHIPPED for t in catalogue.templates)


def test_a_saved_template_loads_back_equal_and_never_overwrites_another(tmp_path: Path) -> None:
    template = make_template(
        "Vendor basics", [ChecklistEntry("Legal", "NDA signed", "Before the demo", True)]
    )
    first = save_user_template(template, tmp_path)
    second = save_user_template(template, tmp_path)
    assert first.path != second.path
    loaded = read_template(Path(first.path))
    assert (loaded.name, loaded.items) == (template.name, template.items)


def test_saving_with_replace_overwrites_the_templates_own_file(tmp_path: Path) -> None:
    saved = save_user_template(make_template("Mine", [ChecklistEntry("A", "One")]), tmp_path)
    edited = make_template("Mine", [ChecklistEntry("A", "One"), ChecklistEntry("A", "Two")])
    again = save_user_template(
        type(saved)(edited.name, edited.items, path=saved.path, source=USER), tmp_path, replace=True
    )
    assert again.path == saved.path
    assert [i.title for i in read_template(Path(saved.path)).items] == ["One", "Two"]


def test_export_then_import_round_trips_a_shipped_template(tmp_path: Path) -> None:
    shipped = shipped_templates().templates[0]
    exported = export_template(shipped, tmp_path / "out" / "saas.json")
    imported = import_template(exported, tmp_path / "mine")
    assert imported.source == USER
    assert imported.items == shipped.items
    assert json.loads(template_json(imported))["format"] == "duediligence-checklist"


def test_importing_a_broken_file_copies_nothing(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", {"name": "X", "items": [{}]})
    with pytest.raises(TemplateError, match=r"items\[0\]\.title"):
        import_template(bad, tmp_path / "mine")
    assert not (tmp_path / "mine").exists()


def test_make_template_drops_duplicate_items_and_validates(tmp_path: Path) -> None:
    entries = [ChecklistEntry("A", "One"), ChecklistEntry("a", "one "), ChecklistEntry("B", "Two")]
    assert [e.title for e in make_template("T", entries).items] == ["One", "Two"]
    with pytest.raises(TemplateError, match="name: cannot be empty"):
        make_template("  ", entries)


def test_only_user_templates_can_be_deleted(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="only your own"):
        delete_user_template(shipped_templates().templates[0])
    saved = save_user_template(make_template("Mine", [ChecklistEntry("A", "One")]), tmp_path)
    delete_user_template(saved)
    assert not Path(saved.path).exists()


def test_parse_template_accepts_a_byte_order_mark() -> None:
    assert parse_template(b"\xef\xbb\xbf" + json.dumps(GOOD).encode(), "bom.json").name == "Mine"
