"""Evidence kept inside the workbook: files (quotes, screenshots, contracts) and links, attached to an
evaluation, an option, a score (option × criterion) or a checklist item / risk.

Files are stored as bytes in the `attachment` table, so a workbook stays one file. Attaching is an
operation whose exact inverse deletes the row; removing is `DeleteRows("attachment", ids)`, undone
with everything restored. Listing, opening and saving them is reads.evidence.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlmodel import Session

from duediligence.changes import Changes
from duediligence.errors import EvidenceRefused, NotFoundError
from duediligence.i18n import translate
from duediligence.operations import Applied
from duediligence.operations.rows import DeleteRows
from duediligence.operations.rules import check_references
from duediligence.reads.evidence import FALLBACK_MEDIA_TYPE
from duediligence.storage.models import Attachment, Evaluation, utcnow

MAX_SIZE = 50 * 1024 * 1024  # a workbook is one file people mail around: larger evidence belongs in a link
MAX_NAME = 255
MAX_URL = 2000
LINK_SCHEMES = ("http", "https", "mailto")


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _clean_name(name: str) -> str:
    """A name fit to store: no control characters, at most MAX_NAME characters (extension kept)."""
    name = "".join("_" if unicodedata.category(c) == "Cc" else c for c in name).strip()
    if len(name) > MAX_NAME:
        _stem, dot, ext = name.rpartition(".")
        ext = ext if dot and len(ext) <= 16 else ""
        name = name[: MAX_NAME - len(ext) - 1] + "…" + (f".{ext}" if ext else "")
        name = name[:MAX_NAME]
    return name


def _touch(session: Session, evaluation_id: int) -> Changes:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    evaluation.updated_at = utcnow()
    return Changes(frozenset({"attachment"}), frozenset({evaluation_id}), evaluation_list=True)


def _add(session: Session, attachment: Attachment) -> Applied:
    changes = _touch(session, attachment.evaluation_id)
    targets = {"option_id": attachment.option_id, "criterion_id": attachment.criterion_id}
    check_references(
        session, "attachment", attachment.evaluation_id, targets | {"risk_id": attachment.risk_id}
    )
    session.add(attachment)
    session.flush()
    assert attachment.id is not None
    return Applied(DeleteRows("attachment", (attachment.id,)), changes, attachment.id)


def _fill(text: str, *values: str) -> str:
    """`text` (already in the user's language) with %1, %2… filled in one pass (a name holding "%2" stays)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


def read_evidence_file(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, or EvidenceRefused saying why not (missing, unreadable, a folder, too large)."""
    limit = MAX_SIZE if limit is None else limit
    shown = str(path)
    try:
        if path.is_dir():
            raise EvidenceRefused(
                "file",
                shown,
                "is a folder",
                _fill(translate("Evidence", "Cannot attach “%1”: it is a folder."), path.name),
            )
        size = path.stat().st_size
        if size > limit:
            raise _too_large(path, size, limit)
        with path.open("rb") as handle:
            content = handle.read(limit + 1)
    except FileNotFoundError:
        raise EvidenceRefused(
            "file",
            shown,
            "does not exist",
            _fill(translate("Evidence", "Cannot attach “%1”: there is no such file (%2)."), path.name, shown),
        ) from None
    except PermissionError:
        raise EvidenceRefused(
            "file",
            shown,
            "cannot be read",
            _fill(translate("Evidence", "Cannot attach “%1”: you may not read it (%2)."), path.name, shown),
        ) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise EvidenceRefused(
            "file",
            shown,
            reason,
            _fill(translate("Evidence", "Cannot attach “%1”: %2 (%3)."), path.name, reason, shown),
        ) from None
    if len(content) > limit:  # grew while we looked
        raise _too_large(path, len(content), limit)
    return content


def _too_large(path: Path, size: int, limit: int) -> EvidenceRefused:
    return EvidenceRefused(
        "file",
        str(path),
        f"is larger than {megabytes(limit)}",
        _fill(
            translate(
                "Evidence",
                "Cannot attach “%1”: it is %2, and files up to %3 can be kept in a workbook. Add a link to "
                "where it is stored instead.",
            ),
            path.name,
            megabytes(size),
            megabytes(limit),
        ),
    )


@dataclass(frozen=True)
class AttachFile:
    """Read a file and keep its bytes in the workbook; the inverse deletes the attachment."""

    evaluation_id: int
    path: str | Path
    option_id: int | None = None
    criterion_id: int | None = None
    risk_id: int | None = None
    note: str = ""

    def apply(self, session: Session) -> Applied:
        path = Path(self.path)
        content = read_evidence_file(path)
        name = _clean_name(path.name) or "attachment"
        media_type = (mimetypes.guess_type(name)[0] or FALLBACK_MEDIA_TYPE)[:100]
        attachment = Attachment(
            evaluation_id=self.evaluation_id,
            option_id=self.option_id,
            criterion_id=self.criterion_id,
            risk_id=self.risk_id,
            name=name,
            media_type=media_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            note=_note(self.note),
        )
        return _add(session, attachment)


def _note(note: str) -> str:
    from duediligence.fields import BY_TABLE

    return str(BY_TABLE["attachment"]["note"]("note", note))


def check_link(url: str) -> str:
    """The link as it will be stored, or EvidenceRefused: only http(s) and mailto links are kept."""
    url = (url or "").strip()
    if not url:
        raise EvidenceRefused("url", url, "cannot be empty", translate("Evidence", "The link is empty."))
    if len(url) > MAX_URL:
        raise EvidenceRefused(
            "url",
            url[:40],
            f"is longer than {MAX_URL} characters",
            _fill(translate("Evidence", "The link is longer than %1 characters."), str(MAX_URL)),
        )
    if any(c.isspace() or unicodedata.category(c) == "Cc" for c in url):
        raise EvidenceRefused(
            "url",
            url,
            "contains spaces or control characters",
            translate("Evidence", "The link contains spaces or control characters."),
        )
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES:
        raise EvidenceRefused(
            "url",
            url,
            "is not an http, https or mailto link",
            _fill(
                translate(
                    "Evidence", "“%1” was not added. Links must start with http://, https:// or mailto:."
                ),
                url,
            ),
        )
    if scheme in ("http", "https") and not parts.hostname:
        raise EvidenceRefused(
            "url", url, "names no web site", _fill(translate("Evidence", "“%1” names no web site."), url)
        )
    if scheme == "mailto" and not parts.path:
        raise EvidenceRefused(
            "url", url, "names no address", _fill(translate("Evidence", "“%1” names no e-mail address."), url)
        )
    return url


@dataclass(frozen=True)
class AttachLink:
    """A link (web page, shared document, e-mail address) as evidence; the inverse deletes it."""

    evaluation_id: int
    url: str
    name: str = ""
    option_id: int | None = None
    criterion_id: int | None = None
    risk_id: int | None = None
    note: str = ""

    def apply(self, session: Session) -> Applied:
        url = check_link(self.url)
        name = _clean_name(self.name) or _clean_name(url)
        attachment = Attachment(
            evaluation_id=self.evaluation_id,
            option_id=self.option_id,
            criterion_id=self.criterion_id,
            risk_id=self.risk_id,
            name=name,
            url=url,
            note=_note(self.note),
        )
        return _add(session, attachment)
