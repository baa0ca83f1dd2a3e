"""Real storage faults for tests: a small full disk (tmpfs) and file permissions that bind even root.

Tests import from here as ``from faults import ...`` (tests/ is on sys.path, like services.py).
CI runs as root: chmod alone does not stop root from writing, so `as_ordinary_user` drops the
capabilities that let root ignore file permissions (in this thread only, and gives them back).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from services import require_integration

# Linux capabilities that override file permissions: DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER.
_PERMISSION_OVERRIDES = (1 << 1) | (1 << 2) | (1 << 3)
_CAPABILITY_V3 = 0x20080522


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _capabilities() -> tuple[ctypes.CDLL, _Header, ctypes.Array[_Data]]:
    libc = ctypes.CDLL(None, use_errno=True)
    header, data = _Header(_CAPABILITY_V3, 0), (_Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    return libc, header, data


@contextlib.contextmanager
def as_ordinary_user() -> Iterator[None]:
    """File permissions apply to this thread as to any user (a no-op when not running as root)."""
    if os.geteuid() != 0:
        yield
        return
    if not sys.platform.startswith("linux"):
        require_integration("capabilities", "root ignores file permissions and this is not Linux")
    libc, header, data = _capabilities()
    saved = data[0].effective
    data[0].effective &= ~_PERMISSION_OVERRIDES
    if libc.capset(ctypes.byref(header), data) != 0:
        require_integration("capabilities", f"cannot drop root's permission override ({ctypes.get_errno()})")
    try:
        yield
    finally:
        libc, header, data = _capabilities()
        data[0].effective = saved
        libc.capset(ctypes.byref(header), data)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int = 2048) -> Iterator[Path]:
    """A tmpfs of `size_kb` mounted at `folder` (root only; CI runs as root), unmounted afterwards."""
    if os.geteuid() != 0:
        require_integration("tmpfs", "mounting a small disk (tmpfs) needs root")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        require_integration("tmpfs", f"cannot mount a tmpfs: {mounted.stderr.strip() or mounted.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the disk holding `folder` has no byte left; returns the filler."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for size in (65536, 4096, 1):  # big steps first, then the last partial block byte by byte
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size) == size:
                    pass
    finally:
        os.close(fd)
    return filler


def files_in(folder: Path) -> list[str]:
    """The names in a folder, sorted (what a user would see in a file manager)."""
    return sorted(p.name for p in folder.iterdir())
