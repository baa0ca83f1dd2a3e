"""Start real external components (PostgreSQL, LibreOffice) for integration tests.

Tests import from here as ``from services import ...`` (tests/ is not a package;
pytest puts it on sys.path).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from glob import glob
from pathlib import Path

import pytest

PG_DATABASE = "duediligence_test"


def require_integration(component: str, reason: str) -> None:
    """Skip when `component` is unavailable; fail instead when CI demands it (DD_REQUIRE_INTEGRATION=1).

    CI installs everything, so a skip there would silently hide an untested code path.
    """
    if os.environ.get("DD_REQUIRE_INTEGRATION") == "1":
        pytest.fail(f"{component} unavailable but DD_REQUIRE_INTEGRATION=1: {reason}", pytrace=False)
    pytest.skip(reason)


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    debian_path = "/usr/lib/libreoffice/program/soffice"
    return found or (debian_path if os.access(debian_path, os.X_OK) else None)


def find_ssconvert() -> str | None:
    """Gnumeric's converter: a second spreadsheet engine (besides LibreOffice) to recalculate exports."""
    return shutil.which("ssconvert")


def find_uno_python() -> str | None:
    """A Python that can `import uno` (Debian's python3-uno is for the system Python only)."""
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and os.access(candidate, os.X_OK):
            probe = subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=60)
            if probe.returncode == 0:
                return candidate
    return None


def find_pg_bin() -> Path | None:
    """Newest PostgreSQL bin dir with initdb and pg_ctl (Debian keeps them off PATH)."""

    def version(d: str) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", d.split("/postgresql/")[1]))

    candidates = sorted(glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    if shutil.which("initdb"):  # other distros put them on PATH
        candidates.append(str(Path(shutil.which("initdb")).parent))
    for d in candidates:
        if all(os.access(Path(d, exe), os.X_OK) for exe in ("initdb", "pg_ctl", "createdb")):
            return Path(d)
    return None


def free_port() -> int:
    # The OS picks a free port; small race until postgres binds it, handled by retrying.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres_prefix() -> list[str]:
    """initdb refuses to run as root, so root runs the server tools as the `postgres` user."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        require_integration("postgresql", "running as root, but there is no 'postgres' user to run initdb")
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--"]
    # su takes one shell string; `--` stops su from parsing the command's own options.
    return ["su", "postgres", "-s", "/bin/sh", "-c", '"$0" "$@"', "--"]


@contextlib.contextmanager
def throwaway_postgres(timeout: int = 60) -> Iterator[str]:
    """A private PostgreSQL cluster in a temp folder on a free port; yields a SQLAlchemy URL.

    Never touches the machine's own cluster (Debian's `main` on 5432): own data dir,
    own socket dir, TCP on 127.0.0.1 only, trust auth, fsync off (throwaway data).
    """
    bin_dir = find_pg_bin()
    if bin_dir is None:
        require_integration("postgresql", "PostgreSQL server not installed (apt-get install postgresql)")
    prefix = _as_postgres_prefix()
    base = Path(tempfile.mkdtemp(prefix="dd-pg-"))
    data = base / "data"
    if prefix:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)  # postgres owns the data and socket dirs

    def pg(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [*prefix, str(bin_dir / args[0]), *args[1:]]
        done = subprocess.run(cmd, cwd=base, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
        return done

    started = False
    try:
        # trust auth, superuser "postgres", locale-independent, no fsync: a throwaway cluster.
        pg("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "-N")
        for attempt in range(3):  # retry with a new port if another process grabbed ours
            port = free_port()
            with open(data / "postgresql.conf", "a") as conf:  # appending keeps postgres' ownership
                conf.write(
                    f"\nport = {port}\nlisten_addresses = '127.0.0.1'\n"
                    f"unix_socket_directories = '{base}'\nfsync = off\nfull_page_writes = off\n"
                )
            log = base / "server.log"
            try:
                pg("pg_ctl", "-D", str(data), "-l", str(log), "-w", "-t", str(timeout), "start")
                started = True
                break
            except RuntimeError as err:
                if attempt == 2:
                    server_log = log.read_text() if log.exists() else ""
                    raise RuntimeError(f"postgres did not start:\n{server_log}") from err
        pg("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", PG_DATABASE)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/{PG_DATABASE}"
    finally:
        if started:
            try:
                pg("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop")
            except (RuntimeError, subprocess.TimeoutExpired):
                pg("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)
