"""Who is at the keyboard: the name the change log attributes edits to (no heavy imports here)."""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    """$DUEDILIGENCE_USER, else the login name."""
    name = os.environ.get("DUEDILIGENCE_USER", "").strip()
    if name:
        return name[:200]
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):  # no passwd entry (e.g. an anonymous container user)
        return "unknown"
