"""Evidence kept inside the workbook, read: the list (never carrying the bytes), a file's bytes when it
is opened or saved, and the private folder where opened copies live until the app exits."""

from __future__ import annotations

import mimetypes
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from duediligence.errors import EvidenceRefused, NotFoundError
from duediligence.i18n import fill, translate
from duediligence.storage.models import Attachment, Criterion, Option, RiskItem

FALLBACK_MEDIA_TYPE = "application/octet-stream"


@dataclass(frozen=True)
class EvidenceRow:
    """One attachment as a list shows it: never its bytes."""

    id: int
    evaluation_id: int
    name: str
    url: str
    media_type: str
    size: int
    sha256: str
    added_on: datetime
    note: str
    option_id: int | None
    option_name: str | None
    criterion_id: int | None
    criterion_name: str | None
    risk_id: int | None
    risk_title: str | None
    risk_kind: str | None

    @property
    def is_link(self) -> bool:
        return bool(self.url)

    @property
    def target(self) -> str:
        """What it is attached to, in plain English (the UI words it itself)."""
        if self.risk_title is not None:
            where = (
                f"checklist: {self.risk_title}"
                if self.risk_kind == "checklist"
                else f"risk: {self.risk_title}"
            )
            return f"{self.option_name} · {where}" if self.option_name else where
        if self.option_name and self.criterion_name:
            return f"{self.option_name} × {self.criterion_name}"
        return self.option_name or self.criterion_name or "the evaluation"


def list_evidence(
    session: Session,
    evaluation_id: int,
    *,
    option_id: int | None = None,
    criterion_id: int | None = None,
    risk_id: int | None = None,
) -> list[EvidenceRow]:
    """The evaluation's evidence, oldest first (only what is attached to the given target, if any)."""
    a = Attachment
    checked = aliased(Option)  # the option a checklist item or risk belongs to
    query = (
        select(
            *(col(c) for c in (a.id, a.evaluation_id, a.name, a.url, a.media_type, a.size, a.sha256)),
            col(a.added_on),
            col(a.note),
            col(a.option_id),
            func.coalesce(col(Option.name), checked.name),
            col(a.criterion_id),
            col(Criterion.name),
            col(a.risk_id),
            col(RiskItem.title),
            col(RiskItem.kind),
        )
        .outerjoin(Option, col(Option.id) == col(a.option_id))
        .outerjoin(Criterion, col(Criterion.id) == col(a.criterion_id))
        .outerjoin(RiskItem, col(RiskItem.id) == col(a.risk_id))
        .outerjoin(checked, col(checked.id) == col(RiskItem.option_id))
        .where(col(a.evaluation_id) == evaluation_id)
        .order_by(col(a.added_on), col(a.id))
    )
    for column, value in ((a.option_id, option_id), (a.criterion_id, criterion_id), (a.risk_id, risk_id)):
        if value is not None:
            query = query.where(col(column) == value)
    return [EvidenceRow(*row) for row in session.execute(query).all()]


def attachment_content(session: Session, attachment_id: int) -> bytes:
    """The stored bytes of one attachment (empty for a link)."""
    row = session.execute(
        select(col(Attachment.content)).where(col(Attachment.id) == attachment_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError("attachment", attachment_id)
    return bytes(row[0] or b"")


WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
UNSAFE_CHARACTERS = re.compile(r'[<>:"|?*\\/]')


def safe_file_name(name: str, fallback: str, media_type: str = "") -> str:
    """A file name that stays inside the folder it is written to, whatever the stored name says:
    no folders, no `..`, no control or reserved characters, not empty, not too long."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if unicodedata.category(c) not in ("Cc", "Cf"))
    base = UNSAFE_CHARACTERS.sub("_", base).strip(" .")
    if not base or WINDOWS_RESERVED.match(base):
        base = f"{fallback}-{base}" if base else fallback
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
        guessed = mimetypes.guess_extension(media_type) if media_type else None
        if guessed and media_type != FALLBACK_MEDIA_TYPE:
            ext = guessed.lstrip(".")
    ext = ext[:16]
    stem = stem[: 120 - len(ext)]
    return f"{stem}.{ext}" if ext else stem


def _file_row(session: Session, attachment_id: int) -> tuple[str, str]:
    """(stored name, media type) of an attached file; a link has no file."""
    row = session.execute(
        select(col(Attachment.name), col(Attachment.url), col(Attachment.media_type)).where(
            col(Attachment.id) == attachment_id
        )
    ).one_or_none()
    if row is None:
        raise NotFoundError("attachment", attachment_id)
    name, url, media_type = row
    if url:
        raise EvidenceRefused(
            "url",
            url,
            "is a link, not a file",
            fill(translate("Evidence", "“%1” is a link, not a file."), name),
        )
    return name, media_type


def export_attachment(
    session: Session, attachment_id: int, folder: str | Path, *, private: bool = False
) -> Path:
    """Write one attached file into `folder` under a safe name (never replacing another file) and
    return its path; a link has no file to write. `private`: readable by this user only (0600)."""
    name, media_type = _file_row(session, attachment_id)
    content = attachment_content(session, attachment_id)
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    file_name = safe_file_name(name, f"attachment-{attachment_id}", media_type)
    stem, dot, ext = file_name.rpartition(".")
    stem, suffix = (stem, f".{ext}") if dot else (file_name, "")
    target = folder / file_name
    n = 1
    while True:
        if target.parent != folder:  # cannot happen with a safe name; refuse rather than trust it
            raise EvidenceRefused(
                "name",
                name,
                "is not a plain file name",
                fill(translate("Evidence", "“%1” cannot be saved safely."), name),
            )
        try:
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(content)
            return target
        except FileExistsError:
            n += 1
            target = folder / f"{stem} ({n}){suffix}"


def opened_copies_folder(root: Path, pid: int | None = None) -> Path:
    """The private folder (0700, under a 0700 `root`) where this app process writes evidence to be
    opened in its viewer; one per process, so cleaning never takes a file another window still shows."""
    for folder in (root, root / str(os.getpid() if pid is None else pid)):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    return root / str(os.getpid() if pid is None else pid)


def clean_opened_copies(root: Path) -> list[Path]:
    """Remove the copies of app processes that are gone (a crash leaves them); returns the folders."""
    removed = []
    for folder in sorted(root.iterdir()) if root.is_dir() else ():
        if folder.name.isdigit() and not _running(int(folder.name)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def save_attachment(session: Session, attachment_id: int, path: str | Path) -> Path:
    """Write one attached file to a path the user chose (Save a copy…)."""
    _file_row(session, attachment_id)
    target = Path(path)
    target.write_bytes(attachment_content(session, attachment_id))
    return target


# Opening these runs code rather than showing a document: the app asks first.
RUNNABLE = frozenset({
    "exe", "msi", "bat", "cmd", "com", "scr", "pif", "ps1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta",
    "cpl", "jar", "sh", "bash", "zsh", "csh", "run", "bin", "appimage", "desktop", "command", "app", "py",
    "pl", "rb", "lnk", "url", "reg", "deb", "rpm", "apk", "dmg", "pkg", "iso",
})  # fmt: skip


def runs_code(name: str) -> bool:
    """Whether opening a file of this name would run a program instead of showing a document."""
    _stem, dot, ext = name.rpartition(".")
    return bool(dot) and ext.lower() in RUNNABLE
