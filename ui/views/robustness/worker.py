"""The analysis runs on a worker thread: the view prepares plain inputs on the GUI thread (no database
access on the worker), a job computes, and its signals come back queued to the GUI thread. A job carries
the view's generation number; a result of an older generation (the data or settings changed since) is
dropped by the view. First answers (the odds after the first chunk of draws, then refined) come before
the finished result. Cancelling is checked between stages and between chunks of draws."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from duediligence.robustness.inputs import RobustnessInput

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """One analysis at a time (each already uses two numpy threads); waited for when the app quits."""
    global _pool
    if _pool is None:
        app = QCoreApplication.instance()
        _pool = QThreadPool(app)
        _pool.setMaxThreadCount(1)
        if app is not None:
            app.aboutToQuit.connect(lambda: _pool.waitForDone(30_000) if _pool else None)
    return _pool


def wait_for_jobs(msecs: int = 60_000) -> bool:
    return pool().waitForDone(msecs)


class JobSignals(QObject):
    progressed = Signal(int, str, float)  # generation, stage, fraction done
    answered = Signal(int, object)  # generation, a first answer (Robustness, complete False) to refine
    finished = Signal(int, object)  # generation, Robustness
    failed = Signal(int, str)  # generation, why
    cancelled = Signal(int)


class AnalysisJob(QRunnable):
    def __init__(self, generation: int, inputs: RobustnessInput) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the view holds the job until its last signal arrives
        self.generation = generation
        self.inputs = inputs
        self.signals = JobSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        from duediligence.robustness.analysis import compute
        from duediligence.robustness.results import AnalysisCancelled

        g = self.generation
        try:
            result = compute(
                self.inputs,
                progress=lambda stage, done: self.signals.progressed.emit(g, stage, done),
                cancelled=self._stop.is_set,
                partial=lambda answer: self.signals.answered.emit(g, answer),
            )
        except AnalysisCancelled:
            self.signals.cancelled.emit(g)
        except Exception as exc:  # a bug must reach the view as a message, not kill the thread silently
            self.signals.failed.emit(g, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(g, result)
