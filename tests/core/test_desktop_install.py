"""Installing the desktop entry writes the menu entry, icons and file type into XDG folders."""

from __future__ import annotations

import configparser
from pathlib import Path

from duediligence.cli.desktop import (
    ICON_SIZES,
    desktop_entry,
    install_desktop_entry,
    uninstall_desktop_entry,
)


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_entry_icons_and_file_type_under_the_prefix(tmp_path: Path) -> None:
    installed = install_desktop_entry(tmp_path, command="/opt/dd/bin/duediligence", refresh=False)
    assert all(p.is_relative_to(tmp_path) for p in installed.files)
    desktop = entry(tmp_path / "applications" / "duediligence.desktop")
    assert desktop["Exec"] == "/opt/dd/bin/duediligence %f"
    assert desktop["Icon"] == "duediligence" and desktop["Categories"].startswith("Office;")
    assert desktop["MimeType"] == "application/x-duediligence-workbook;"
    assert (tmp_path / "icons/hicolor/scalable/apps/duediligence.svg").read_bytes().startswith(b"<svg")
    for size in ICON_SIZES:
        png = tmp_path / f"icons/hicolor/{size}x{size}/apps/duediligence.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"*.ddw" in (tmp_path / "mime/packages/duediligence.xml").read_bytes()


def test_installing_again_replaces_and_uninstall_removes_everything(tmp_path: Path) -> None:
    install_desktop_entry(tmp_path, command="a", refresh=False)
    second = install_desktop_entry(tmp_path, command="b", refresh=False)
    assert entry(tmp_path / "applications/duediligence.desktop")["Exec"] == "b %f"
    removed = uninstall_desktop_entry(tmp_path)
    assert set(removed) == set(second.files)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_a_command_with_spaces_is_quoted_as_the_spec_says() -> None:
    text = desktop_entry('/home/ana/my apps/dd "x"/duediligence')
    assert 'Exec="/home/ana/my apps/dd \\"x\\"/duediligence" %f' in text.splitlines()


def test_refreshing_the_desktop_caches_never_fails_the_install(tmp_path: Path) -> None:
    installed = install_desktop_entry(tmp_path, command="duediligence", refresh=True)
    assert (tmp_path / "applications/duediligence.desktop").is_file()
    assert isinstance(installed.notes, tuple)


def test_the_menu_entry_and_file_type_are_named_in_german_too(tmp_path: Path) -> None:
    install_desktop_entry(tmp_path, command="duediligence", refresh=False)
    desktop = entry(tmp_path / "applications" / "duediligence.desktop")
    assert desktop["Name[de]"] == "Due-Diligence-Arbeitsmappe"
    assert desktop["Comment[de]"].startswith("Vergleichen Sie, was Sie kaufen könnten")
    mime = (tmp_path / "mime/packages/duediligence.xml").read_text(encoding="utf-8")
    assert '<comment xml:lang="de">Due-Diligence-Arbeitsmappe</comment>' in mime
