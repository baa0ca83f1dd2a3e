"""The app's version, from one place: pyproject.toml's `version`, as the installed package records it."""

from __future__ import annotations

from functools import cache
from importlib import metadata, resources

DISTRIBUTION = "duediligence"
UNKNOWN = "unknown"


@cache
def app_version() -> str:
    """The installed package's version; a frozen bundle has no package metadata and carries it as the
    file duediligence/VERSION instead (written by packaging/duediligence.spec from the same metadata).
    "unknown" when neither exists (the source tree run without installing it)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        return (resources.files("duediligence") / "VERSION").read_text(encoding="utf-8").strip() or UNKNOWN
    except OSError:
        return UNKNOWN
