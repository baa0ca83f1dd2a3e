"""Running a slow core job (export, reading a workbook) on a worker thread behind a progress dialog.

The job is `job(progress) -> result`, where `progress(fraction, text)` returns True once the user has
pressed Cancel (the core then stops and leaves no file behind). The window stays responsive but
window-modal, so nothing edits the workbook meanwhile. Results and errors come back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from duediligence.i18n import translate

Job = Callable[[Callable[[float, str], bool]], Any]
_RUNNING: set[Task] = set()  # tasks keep themselves alive until their thread has finished


def running() -> bool:
    """Whether any background job is still under way (tests wait for this to turn False)."""
    return bool(_RUNNING)


class _Runner(QThread):
    progressed = Signal(float, str)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.job(self._progress)
        except BaseException as exc:  # handed to the GUI thread, which says what went wrong
            self.error = exc

    def _progress(self, fraction: float, text: str) -> bool:
        self.progressed.emit(float(fraction), str(text))
        return self.cancelled


class Task:
    """One job on its thread, with its progress dialog; `on_done(result)` or `on_failed(exc)` follow."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        job: Job,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        *,
        busy: bool = False,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        self.on_done, self.on_failed, self.on_cancelled = on_done, on_failed, on_cancelled
        self.runner = _Runner(job)
        self.dialog = QProgressDialog(title, translate("Progress", "Cancel"), 0, 0 if busy else 1000, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(400)  # a quick job never flashes a dialog
        self.dialog.setMinimumWidth(420)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self._cancel)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.busy = busy

    def start(self) -> Task:
        _RUNNING.add(self)
        self.dialog.setValue(0)
        self.runner.start()
        return self

    def _progressed(self, fraction: float, text: str) -> None:
        if self.runner.cancelled:
            return
        if not self.busy:
            self.dialog.setValue(max(0, min(1000, int(fraction * 1000))))
        if text:
            self.dialog.setLabelText(text)

    def _cancel(self) -> None:
        self.runner.cancelled = True
        self.dialog.setLabelText(translate("Progress", "Cancelling…"))

    def _finished(self) -> None:
        self.runner.wait()
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        _RUNNING.discard(self)
        runner = self.runner
        if _cancelled(runner.error) or (runner.cancelled and self.busy and runner.error is None):
            # The core stopped (no file left behind), or a read whose result is no longer wanted.
            (self.on_cancelled or (lambda: None))()
        elif runner.error is not None:
            self.on_failed(runner.error)
        else:
            self.on_done(runner.result)  # finished before the cancel was seen: it did happen
        runner.deleteLater()


def _cancelled(exc: BaseException | None) -> bool:
    from duediligence.exchange.safety import ExportCancelled

    return isinstance(exc, ExportCancelled)


def run_in_background(
    parent: QWidget,
    title: str,
    job: Job,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    *,
    busy: bool = False,
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    """Start `job` on a worker thread behind a progress dialog. `busy`: the job reports no fraction, and
    Cancel drops its result (reading a file changes nothing, so it can simply be abandoned)."""
    return Task(parent, title, job, on_done, on_failed, busy=busy, on_cancelled=on_cancelled).start()
