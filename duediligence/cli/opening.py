"""What `duediligence X` means when X is not a command: a workbook to open, a typo, or a usage error.

`duediligence FILE` opens FILE in the app (the desktop menu entry runs it that way); a name that is
neither an existing file nor a URL is refused rather than silently made into a new, empty workbook, and
a near-miss of a command name says which command was probably meant.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path


def suggestion(word: str, commands: Iterable[str]) -> str:
    """ " (did you mean list?)" for a close command name, else ""."""
    close = difflib.get_close_matches(word, list(commands), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def single_argument(argv: Sequence[str], commands: Iterable[str]) -> tuple[list[str], str | None]:
    """The argv to parse, or a usage message when the first word is neither a command nor a workbook."""
    names = list(commands)
    if not argv or argv[0].startswith("-") or argv[0] in names:
        return list(argv), None
    word = argv[0]
    if len(argv) > 1:
        return list(argv), f"unknown command '{word}'{suggestion(word, names)}"
    if "://" in word or Path(word).expanduser().exists():
        return ["--db", word], None  # `duediligence FILE` opens FILE (what the desktop menu entry runs)
    hint = suggestion(word, names)
    if hint:
        return list(argv), f"unknown command '{word}'{hint}"
    return list(argv), (
        f"no workbook at '{word}'; to start a new one there: duediligence --db {word} "
        "(see duediligence --help for the commands)"
    )


def no_display() -> str | None:
    """Why the app cannot show a window here (Linux without X11 or Wayland), or None."""
    if not sys.platform.startswith("linux"):
        return None
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "there is no display to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "the commands work without one: duediligence --help"
    )
