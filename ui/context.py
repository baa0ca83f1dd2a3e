"""The UI's one door to the core: the open workbook, the undo stack and the change signal."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from duediligence.changes import EVERYTHING
from duediligence.identity import current_user
from ui.commands import OperationCommand

if TYPE_CHECKING:
    from duediligence.changes import Changes
    from duediligence.decision.matrix import Matrix
    from duediligence.operations import Applied, Operation
    from duediligence.storage.database import Database

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class ScorePatch:
    """An edit of score cells alone, applied to the loaded matrix instead of reading it all again."""

    changes: Changes  # the change it answers (views check they are handling the same one)
    before: Matrix
    after: Matrix
    cells: frozenset[tuple[int, int]]  # (option id, criterion id) of the cells that changed


class NoWorkbookError(RuntimeError):
    """An edit or query was attempted while no workbook is open (a programming error)."""


class AppContext(QObject):
    """Holds the open Database; every edit goes through submit() so it is one transaction and undoable."""

    changed = Signal(object)  # a duediligence.changes.Changes
    failed = Signal(str, str)  # (what was being done, why it failed): an undo or redo that failed
    backup_failed = Signal(str)  # why a backup of the open file could not be taken (the window says so)

    # While edits happen, a backup at most this often (seconds); one is always taken at open.
    BACKUP_INTERVAL = 10 * 60
    WATCH_INTERVAL_MS = 5000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.undo_stack = QUndoStack(self)
        self._cache: dict[Any, Any] = {}
        self._patches: dict[int, ScorePatch] = {}
        # Cached reads are valid until the next change; connected first, so views re-read fresh data.
        self.changed.connect(self._forget)
        self.last_backup = 0.0
        self.seen_version = 0
        self.seen_change = 0  # the newest change-log id this window has shown
        # Colleagues' edits appear within seconds, not only when the window comes back to the front.
        self.watch = QTimer(self)
        self.watch.setInterval(self.WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self.refresh_if_changed_elsewhere)
        self.user = current_user()
        self.backup_problem: str | None = None
        self._open_backup: threading.Thread | None = None

    def _require_db(self) -> Database:
        if self.db is None:
            raise NoWorkbookError("no workbook is open")
        return self.db

    def apply(self, operation: Operation, text: str, *, seen: int | None = None) -> Applied:
        """Run one operation through the core's unit of work and tell the views what changed.

        Refused (ConcurrentEditError, nothing stored) when someone else changed one of the same rows
        since this window (or, with `seen`, the dialog that prepared the edit) last read them; the
        views then re-read, so the user sees their change first. a StorageError when the database
        could not store it (busy, disk full, read-only).
        """
        from duediligence.storage.concurrency import ConcurrentEditError
        from duediligence.storage.unit_of_work import run

        db = self._require_db()
        self.wait_for_open_backup()  # the open-time backup holds the file as it was before any edit
        try:
            outcome = run(
                db, operation, action=text, user=self.user, seen=self.seen_change if seen is None else seen
            )
        except ConcurrentEditError:
            self.refresh_if_changed_elsewhere()
            raise
        self.seen_change = outcome.change_id
        self.changed.emit(outcome.applied.changes | outcome.others)
        self.seen_version = db.data_version()
        if time.monotonic() - self.last_backup > self.BACKUP_INTERVAL:
            self.back_up("periodic")
        return outcome.applied

    def refresh_if_changed_elsewhere(self) -> bool:
        """Someone else committed to this workbook since we last looked: the views it touched re-read."""
        if self.db is None:
            return False
        from duediligence.storage.concurrency import changes_since, last_change_id

        version = self.db.data_version()
        change, elsewhere = self.read(lambda s: (last_change_id(s), changes_since(s, self.seen_change)))
        if version == self.seen_version and change == self.seen_change:
            return False
        self.seen_version, self.seen_change = version, change
        # Written without the log (a restore, another program): nothing tells what, so everything re-reads.
        self.changed.emit(elsewhere.changes if elsewhere.conflicts else EVERYTHING)
        return True

    def back_up(self, reason: str) -> None:
        """A rotating backup of the open file; a failure is told to the window, never raised."""
        db = self.db
        if db is None or db.path is None:
            return
        self.last_backup = time.monotonic()
        self._back_up(db.path, reason)

    def _back_up(self, path: Path, reason: str) -> None:
        from duediligence.storage.backups import take_backup, thin_backups

        try:
            take_backup(path, reason)
            thin_backups(path)
        except Exception as exc:  # a full disk must not stop editing; the window says so
            from duediligence.storage.faults import classify

            self.backup_problem = str(classify(exc, path, action="back up") or exc) or type(exc).__name__
            self.backup_failed.emit(self.backup_problem)  # queued to the window's thread
        else:
            self.backup_problem = None

    def _back_up_in_background(self, path: Path) -> None:
        """The open-time backup on a thread: SQLite copies the file while the window shows the workbook
        (sqlite3's backup releases the GIL). Its copy is one read transaction, so it holds the file as
        it was when the copy began; every write waits for it (`wait_for_open_backup`)."""
        self.last_backup = time.monotonic()
        self._open_backup = threading.Thread(
            target=self._back_up, args=(path, "open"), name="open-time backup", daemon=True
        )
        self._open_backup.start()

    def wait_for_open_backup(self) -> None:
        """Return once the open-time backup is taken (or has failed): before a write, a close, a restore."""
        thread, self._open_backup = self._open_backup, None
        if thread is not None:
            thread.join()

    def submit(self, operation: Operation, text: str, *, seen: int | None = None) -> Any:
        """Apply a user's edit, then push it as already done; errors are raised and nothing is pushed.

        The edit is logged (who, when, `text`); its undo and redo are logged too. `seen`: the version
        a dialog showed when it prepared the edit (an import's review), if older than the window's.
        """
        applied = self.apply(operation, text, seen=seen)
        self.undo_stack.push(OperationCommand(self, applied.inverse, text, done=True))
        return applied.result

    def read(self, query: Callable[..., T], *args: Any) -> T:
        """Run a query function `query(session, *args)` in a consistent read-only view."""
        with self._require_db().reading() as session:
            return query(session, *args)

    def cached(self, key: Any, query: Callable[..., T], *args: Any) -> T:
        """`read(query, *args)`, shared by every view that asks before the next change (e.g. the
        decision matrix, which the matrix, options, criteria and ranking views all show)."""
        if key not in self._cache:
            self._cache[key] = self.read(query, *args)
        return self._cache[key]  # type: ignore[no-any-return]

    def matrix(self, evaluation_id: int) -> Any:
        from duediligence.reads.matrix import load_matrix_quickly

        return self.cached(("matrix", evaluation_id), load_matrix_quickly, evaluation_id)

    def ranking(self, evaluation_id: int) -> Any:
        """The ranking as the ranking panel shows it (`reads.ranking.evaluation_ranking`), computed once
        per change; after an edit of scores alone, from the patched matrix and the kept inputs."""
        key = ("ranking", evaluation_id)
        if key not in self._cache:
            from duediligence.decision.adjusted import with_risks
            from duediligence.decision.ranking import rank_matrix, ranking_inputs
            from duediligence.reads.risks import risk_summary

            matrix = self.matrix(evaluation_id)
            kept = self._cache.get(("ranking-inputs", evaluation_id))
            inputs = kept[1] if kept is not None and kept[0] is matrix else ranking_inputs(matrix)
            self._cache[("ranking-inputs", evaluation_id)] = (matrix, inputs)
            today = date.today()
            summary = self.cached(("risk-summary", evaluation_id, today), risk_summary, evaluation_id, today)
            self._cache[key] = with_risks(rank_matrix(matrix, inputs), summary)
        return self._cache[key]

    def score_patch(self, changes: Changes, evaluation_id: int) -> ScorePatch | None:
        """How `changes` (being signalled now) changed the evaluation's loaded matrix, when it changed
        score cells alone and the matrix was loaded; None means: read everything again."""
        patch = self._patches.get(evaluation_id)
        return patch if patch is not None and patch.changes is changes else None

    def _forget(self, changes: Changes) -> None:
        """Drop what `changes` may have made stale. An edit of score cells alone (the commonest edit)
        patches the loaded matrices with those rows read again, and keeps what scores do not feed: the
        ranking's weights, money and criterion specs, and the risk summary."""
        old, self._cache, self._patches = self._cache, {}, {}
        if changes.everything or "score" not in changes.kinds:
            return
        from duediligence.reads.matrix import edited_scores

        scores = edited_scores(changes)
        if scores is None or self.db is None:
            return
        from duediligence.decision.ranking import with_scores
        from duediligence.reads.matrix import patch_scores, score_cells

        for evaluation_id in changes.evaluation_ids:
            before = old.get(("matrix", evaluation_id))
            if before is None:
                continue
            try:
                found = self.read(score_cells, evaluation_id, scores)
            except Exception:  # not patched: the views read it all again and report the failure
                continue
            after, cells = patch_scores(before, scores, found)
            self._cache[("matrix", evaluation_id)] = after
            self._patches[evaluation_id] = ScorePatch(changes, before, after, frozenset(cells))
            kept = old.get(("ranking-inputs", evaluation_id))
            if kept is not None and kept[0] is before:
                self._cache[("ranking-inputs", evaluation_id)] = (after, with_scores(kept[1], after, cells))
            for key, value in old.items():
                if key[0] == "risk-summary" and key[1] == evaluation_id:
                    self._cache[key] = value

    def open_workbook(self, target: str | Path, *, checked: bool = False) -> Database:
        """Open `target` and make it current; on error the previous workbook stays open. `checked`: its
        integrity was checked a moment ago (the start-up list was read from it)."""
        from duediligence.storage.database import Database

        db = Database.open(target, checked=checked)
        self._swap(db)
        from duediligence.storage.concurrency import last_change_id

        self.seen_version, self.seen_change = db.data_version(), self.read(last_change_id)
        self.watch.start()
        if not db.report.created and db.path is not None and not db.read_only:  # (read-only: unchanged)
            self._back_up_in_background(db.path)
        return db

    def close_workbook(self) -> None:
        self.watch.stop()
        self._swap(None)

    def _swap(self, db: Database | None) -> None:
        self.wait_for_open_backup()  # not closed (or replaced by a restore) while it is copied
        old, self.db = self.db, db
        self._cache.clear()
        self._patches.clear()
        self.undo_stack.clear()
        if old is not None:
            old.close()
        self.changed.emit(EVERYTHING)

    def report_failure(self, text: str, exc: Exception) -> None:
        self.failed.emit(text, str(exc) or type(exc).__name__)
