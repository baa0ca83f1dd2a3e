"""The simulation's settings (stored with the evaluation: draws, seed, weight band) and the running
analysis's progress with a Cancel button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget


class SimulationSettings(QWidget):
    edited = Signal(dict)  # the evaluation's fields to store, e.g. {"simulation_draws": 5000}
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draws = self._spin(100, 100_000, 1000, self.tr("Simulations"), "simulation_draws")
        self.draws.setToolTip(
            self.tr(
                "At most how many times the ranking is simulated (more: steadier chances, slower). It stops "
                "sooner once every chance of coming first is within ±0.5 points."
            )
        )
        self.seed = self._spin(0, 2**31 - 1, 1, self.tr("Seed"), "simulation_seed")
        self.seed.setToolTip(self.tr("The same seed gives the same chances, so a result can be reproduced."))
        self.band = self._spin(0, 50, 5, self.tr("Weights ±"), "weight_band")
        self.band.setSuffix(self.tr(" %"))
        self.band.setToolTip(
            self.tr(
                "How far the weights may be off, relative to themselves: with ±10 % the heaviest criterion's "
                "share (say 30 %) stays within 27–33 % in 95 % of the simulations; lighter criteria vary "
                "relatively more. 0 keeps the weights fixed."
            )
        )
        self.stage = QLabel(self)
        self.stage.setObjectName("caption")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self.cancel_requested)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for label, spin in ((self.tr("Simulations"), self.draws), (self.tr("Seed"), self.seed),
                            (self.tr("Weights ±"), self.band)):  # fmt: skip
            caption = QLabel(label, self)
            caption.setBuddy(spin)
            row.addWidget(caption)
            row.addWidget(spin)
            row.addSpacing(8)
        # What the analysis is doing, with its progress, on a line of its own that wraps: a long stage
        # sentence in one row made the window wider than 1280 px while the simulation ran.
        self.stage.setWordWrap(True)
        self.stage.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        running = QHBoxLayout()
        running.setContentsMargins(0, 0, 0, 0)
        running.addWidget(self.stage, 1)
        running.addWidget(self.progress)
        running.addWidget(self.cancel)
        layout.addLayout(row)
        layout.addLayout(running)
        self.set_running(False)

    def _spin(self, low: int, high: int, step: int, name: str, field: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setKeyboardTracking(False)
        spin.setAccessibleName(name)
        spin.setProperty("field", field)
        spin.valueChanged.connect(lambda value, f=field: self._changed(f, value))
        return spin

    def _changed(self, field: str, value: int) -> None:
        stored: Any = value / 100 if field == "weight_band" else value
        self.edited.emit({field: stored})

    def set_values(self, draws: int, seed: int, band: float) -> None:
        """Show the stored settings; a box the user is typing in keeps what is being typed."""
        for spin, value in ((self.draws, draws), (self.seed, seed), (self.band, round(band * 100))):
            if spin.hasFocus() and spin.text() != spin.textFromValue(spin.value()):
                continue
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def set_running(self, running: bool, stage: str = "", fraction: float = 0.0) -> None:
        self.stage.setText(stage if running else "")
        self.progress.setValue(round(fraction * 100))
        for widget in (self.stage, self.progress, self.cancel):
            widget.setVisible(running)
