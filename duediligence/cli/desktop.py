"""Putting the app in a Linux desktop's menu: a .desktop entry, its icon and the workbook file type,
written into the XDG data folders (by default the user's own, ~/.local/share, so no root is needed)."""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from duediligence.cli.common import EXIT_OK
from duediligence.paths import resource

APP_ID = "duediligence"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Installed:
    """What was written, and what the desktop's caches said when refreshed (informational only)."""

    files: tuple[Path, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)


def default_prefix() -> Path:
    return Path.home() / ".local" / "share"


def app_command() -> str:
    """How the menu starts the app: the `duediligence` next to this Python (a virtual environment is
    rarely on the menu's PATH), else whatever `duediligence` the PATH finds."""
    beside = Path(sys.executable).parent / APP_ID
    return str(beside) if beside.is_file() else APP_ID


def desktop_entry(command: str) -> str:
    """The shipped .desktop file with Exec/TryExec pointing at `command`."""
    text = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    quoted = _desktop_quote(command)
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={command}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _desktop_quote(command: str) -> str:
    """Quote an Exec program per the Desktop Entry spec (double quotes; \\, ", `, $ escaped)."""
    if all(c.isalnum() or c in "/._-+" for c in command):
        return command
    escaped = "".join("\\" + c if c in '\\"`$' else c for c in command)
    return f'"{escaped}"'


def install_desktop_entry(
    prefix: Path | None = None, *, command: str | None = None, refresh: bool = True
) -> Installed:
    """Write the menu entry, icons and file type under `prefix` (an XDG data folder); returns the files.

    Running it again replaces what an earlier run wrote. `refresh` asks the desktop's tools
    (update-desktop-database, update-mime-database, gtk-update-icon-cache) to notice, when installed.
    """
    prefix = (prefix or default_prefix()).expanduser()
    written: list[Path] = []

    def put(target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(data)
        temporary.replace(target)
        written.append(target)

    applications = prefix / "applications"
    put(applications / f"{APP_ID}.desktop", desktop_entry(command or app_command()).encode("utf-8"))
    icons = prefix / "icons" / "hicolor"
    put(icons / "scalable" / "apps" / f"{APP_ID}.svg", resource("icons", "app.svg").read_bytes())
    for size in ICON_SIZES:
        png = resource("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        if png.is_file():
            put(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png", png.read_bytes())
    mime = prefix / "mime"
    put(mime / "packages" / f"{APP_ID}.xml", resource("desktop", f"{APP_ID}-mime.xml").read_bytes())
    notes = _refresh(applications, mime, icons) if refresh else ()
    return Installed(tuple(written), notes)


def _refresh(applications: Path, mime: Path, icons: Path) -> tuple[str, ...]:
    notes = []
    for tool, args in (
        ("update-desktop-database", [str(applications)]),
        ("update-mime-database", [str(mime)]),
        ("gtk-update-icon-cache", ["-f", "-t", str(icons)]),
    ):
        found = shutil.which(tool)
        if found is None:
            continue
        try:
            done = subprocess.run([found, *args], capture_output=True, text=True, timeout=60, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            notes.append(f"{tool}: {exc}")
            continue
        if done.returncode != 0:
            notes.append(f"{tool} {shlex.join(args)}: {(done.stderr or done.stdout).strip()[:200]}")
    return tuple(notes)


def uninstall_desktop_entry(prefix: Path | None = None) -> tuple[Path, ...]:
    """Remove what install_desktop_entry wrote; returns the files removed."""
    prefix = (prefix or default_prefix()).expanduser()
    icons = prefix / "icons" / "hicolor"
    candidates = [
        prefix / "applications" / f"{APP_ID}.desktop",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES),
        prefix / "mime" / "packages" / f"{APP_ID}.xml",
    ]
    removed = []
    for path in candidates:
        if path.is_file():
            path.unlink()
            removed.append(path)
    return tuple(removed)


def cmd_install_desktop(args: argparse.Namespace) -> int:
    """`duediligence install-desktop [--prefix P] [--uninstall]`."""
    prefix = Path(args.prefix).expanduser() if args.prefix else None
    if args.uninstall:
        removed = uninstall_desktop_entry(prefix)
        print("\n".join(str(p) for p in removed) or "Nothing to remove.")
        return EXIT_OK
    installed = install_desktop_entry(prefix)
    print("\n".join(str(p) for p in installed.files))
    for note in installed.notes:
        print(note, file=sys.stderr)
    return EXIT_OK
