"""Test-session set-up: headless Qt, private user dirs, and fixtures for real external components."""

import os
import shutil
import tempfile

# Must happen before anything creates a QApplication: without a platform and a DISPLAY,
# Qt aborts the whole pytest process (rc 134).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Everything the test session writes "for the user" goes to a throwaway folder, set at import
# time because pytest-qt creates the QApplication lazily and QSettings caches its paths on first use.
_TMP = tempfile.mkdtemp(prefix="dd-tests-")
if not os.environ.get("XDG_RUNTIME_DIR"):
    # Qt warns when running as root without a 0700 runtime dir.
    os.mkdir(os.path.join(_TMP, "runtime"), 0o700)
    os.environ["XDG_RUNTIME_DIR"] = os.path.join(_TMP, "runtime")
_USER_DIRS = {
    name: os.path.join(_TMP, name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
}
os.environ.update(_USER_DIRS)
# XDG_CACHE_HOME stays: matplotlib keeps its font cache there and rebuilding it costs seconds.

import pytest  # noqa: E402
from services import (  # noqa: E402
    find_soffice,
    find_ssconvert,
    find_uno_python,
    require_integration,
    throwaway_postgres,
)

__all__ = ["require_integration"]


@pytest.fixture(scope="session", autouse=True)
def _private_user_dirs():
    """Keep platformdirs and QSettings away from the real user's settings for the whole session."""
    for name, path in _USER_DIRS.items():
        os.makedirs(path, exist_ok=True)
        os.environ[name] = path  # in case something at import time changed them
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # core-only environment: nothing Qt to redirect
        pass
    else:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, _USER_DIRS["XDG_CONFIG_HOME"])
    yield
    shutil.rmtree(_TMP, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url():
    """URL of an empty database in a throwaway PostgreSQL cluster, started once per session."""
    with throwaway_postgres() as url:
        yield url


@pytest.fixture(scope="session")
def soffice() -> str:
    """Path of LibreOffice's `soffice`; give each call a private -env:UserInstallation profile."""
    path = find_soffice()
    if path is None:
        require_integration("libreoffice", "LibreOffice missing (apt-get install libreoffice-calc-nogui)")
    return path


@pytest.fixture(scope="session")
def ssconvert() -> str:
    """Path of Gnumeric's `ssconvert` (`ssconvert --recalc in.xlsx out.xlsx` recalculates a workbook)."""
    path = find_ssconvert()
    if path is None:
        require_integration("gnumeric", "Gnumeric missing (apt-get install gnumeric)")
    return path


@pytest.fixture(scope="session")
def uno_python(soffice: str) -> str:
    """A Python interpreter with LibreOffice's UNO bridge, to drive Calc as a colleague would."""
    path = find_uno_python()
    if path is None:
        require_integration("python3-uno", "Python-UNO missing (apt-get install python3-uno)")
    return path
