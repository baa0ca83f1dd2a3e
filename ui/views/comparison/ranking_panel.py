"""The live ranking beside the matrix: computed once per change of its evaluation (and only while shown),
ranked options best first with score bars, then the options that are excluded or cannot be ranked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QSizePolicy, QVBoxLayout, QWidget

from duediligence.changes import RANKING, Changes
from duediligence.errors import NotFoundError
from ui.models.ranking import RankingLines, RankingModel, lead_sentence, method_caption
from ui.views.comparison.ranking_delegate import RankingDelegate

if TYPE_CHECKING:
    from duediligence.decision.ranking import EvaluationRanking
    from ui.context import AppContext


class RankingList(QListView):
    """A list that is as tall as its rows (the panel's layout shrinks it, with a scroll bar, when short)."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.model_ = RankingModel(self)
        self.setModel(self.model_)
        self.delegate_ = RankingDelegate(self)
        self.setItemDelegate(self.delegate_)
        self.setAccessibleName(name)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._height = 0

    def fit(self) -> None:
        # The rows' heights as sizeHintForRow gives them, asked of the delegate directly: the font's
        # key once, not once per row through Qt (100 rows after every edit on a large evaluation).
        font, width, delegate = self.font(), self.viewport().width(), self.delegate_
        key = font.key()
        rows = sum(delegate.height(line, font, width, key) for line in self.model_.lines())
        height = rows + 2 * self.frameWidth() + 2
        if height != self._height:  # asking the layouts again repaints the whole window after every edit
            self._height = height
            self.setMaximumHeight(height)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), min(self._height, 120))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class RankingPanel(QWidget):
    """Method caption, problem or lead, consistency note, the ranking, and what is not ranked and why."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.ranking: EvaluationRanking | None = None
        self._stale = True
        self._lines = RankingLines()  # each option's line, kept while what it is worded from is unchanged
        self.title = QLabel(self.tr("<b>Ranking</b>"), self)
        self.caption = self._label("caption")
        self.problem = self._label("problem")
        self.problem.setFrameShape(QFrame.Shape.StyledPanel)
        self.problem.setStyleSheet("QLabel#problem { font-weight: bold; padding: 8px; }")
        self.lead = self._label("lead")
        self.lead.setStyleSheet("QLabel#lead { font-size: 11pt; }")
        self.consistency = self._label("consistency")
        self.ranked = RankingList(self.tr("Ranked options, best first"), self)
        self.unranked_title = QLabel(self.tr("<b>Excluded or not ranked</b>"), self)
        self.unranked_title.setWordWrap(True)
        self.unranked = RankingList(self.tr("Options excluded or not ranked, with the reason"), self)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.caption, self.problem, self.lead, self.consistency, self.ranked):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.unranked_title)
        layout.addWidget(self.unranked)
        layout.addStretch(1)
        self.setMinimumWidth(180)  # beside the matrix at 1280 px; its lines shorten, tooltips hold them
        context.changed.connect(self._on_changed)
        self._show(None)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self._stale = True
        self.refresh_if_shown()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None:
            return
        if changes.touches_any(RANKING, self.evaluation_id):
            self._stale = True
            self.refresh_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_shown()

    def refresh_if_shown(self) -> None:
        """Recompute now when visible; a hidden panel recomputes once when it is shown again."""
        if self._stale and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Rank the evaluation as stored now (one matrix read, one ranking) and show it."""
        self._stale = False
        ranking = None
        if self.evaluation_id is not None and self.context.db is not None:
            # Imported here: the first window shows before the database layer is loaded.

            try:
                ranking = self.context.ranking(self.evaluation_id)
            except NotFoundError:
                self.evaluation_id = None
        self._show(ranking)

    def _show(self, ranking: EvaluationRanking | None) -> None:
        self.ranking = ranking
        problem = ranking.problem if ranking else None
        self.caption.setText(method_caption(ranking) if ranking else "")
        self.problem.setText(problem or "")
        self.lead.setText(lead_sentence(ranking) if ranking and not problem else "")
        self.consistency.setText(ranking.consistency_note or "" if ranking else "")
        ranked = list(ranking.ranked()) if ranking and not problem else []
        shown = {o.id for o in ranked}
        rest = [o for o in ranking.options if o.id not in shown] if ranking and not problem else []
        rest.sort(key=lambda o: (o.excluded, -(o.score or -1.0)))
        lines = self._lines.lines(ranking) if ranking and not problem else {}
        self.ranked.model_.set_lines([lines[o.id] for o in ranked])
        self.unranked.model_.set_lines([lines[o.id] for o in rest])
        for label in (self.caption, self.problem, self.lead, self.consistency):
            label.setVisible(bool(label.text()))
        self.ranked.setVisible(bool(ranked))
        self.unranked.setVisible(bool(rest))
        self.unranked_title.setVisible(bool(rest))
        self.ranked.fit()
        self.unranked.fit()
