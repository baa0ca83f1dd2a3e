"""Read-only table models over one `Robustness` result: the chances per option (with the rank
distribution as a heat grid), the tornado of weights, and the perspectives. Texts are worded once per
result, never while painting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette

from duediligence.i18n import translate
from ui.models.ranking import percent_text
from ui.models.table import Index, TableModel
from ui.theme import muted_brush

if TYPE_CHECKING:
    from duediligence.robustness.results import OptionOdds, Robustness, TornadoRow, WeightMove

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 10  # a 0–1 number a delegate paints as a bar
ROOM_ROLE = Qt.ItemDataRole.UserRole + 11  # (share, lowest safe share, highest safe share) for the tornado
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def _ordinal(k: int) -> str:
    return translate("Robustness", "#%1").replace("%1", QLocale().toString(k))


class _Table(TableModel):
    """The analysis' read-only tables: each new result replaces the rows (and headers) wholesale."""

    def _reset(self, rows: list[Any], headers: list[str]) -> None:
        self.beginResetModel()
        self._rows, self._headers = rows, headers
        self.endResetModel()


class OddsModel(_Table):
    """Options, most often first at the top: score, P(first) as a bar, then P(place k) as a heat grid."""

    OPTION, SCORE, FIRST, PLACES = range(4)

    def set_result(self, result: Robustness | None) -> None:
        options = list(result.options) if result and result.problem is None else []
        options.sort(key=lambda o: (not o.running, -o.p_first, o.rank or 10**6))
        places = max((len(o.rank_distribution) for o in options), default=0)
        headers = [
            translate("Robustness", "Option"),
            translate("Robustness", "Score"),
            translate("Robustness", "Comes first"),
        ] + [_ordinal(k) for k in range(1, places + 1)]
        self._reset(options, headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        o: OptionOdds | None = self.row_at(index.row()) if index.isValid() else None
        if o is None:
            return None
        c = index.column()
        if c >= self.PLACES:
            p = o.rank_distribution[c - self.PLACES] if c - self.PLACES < len(o.rank_distribution) else 0.0
            if role == Qt.ItemDataRole.DisplayRole:
                return percent_text(p) if p >= 0.005 else ""
            if role == Qt.ItemDataRole.BackgroundRole and p > 0:
                colour = QColor(QPalette().color(QPalette.ColorRole.Highlight))
                colour.setAlphaF(min(1.0, 0.08 + 0.8 * p))
                return colour
            if role == Qt.ItemDataRole.ForegroundRole and p > 0.6:
                return QPalette().color(QPalette.ColorRole.HighlightedText)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTRE
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    translate("Robustness", "%1 takes place %2 in %3 of the simulations")
                    .replace("%1", o.name)
                    .replace("%2", QLocale().toString(c - self.PLACES + 1))
                    .replace("%3", percent_text(p))
                )
            return None
        if role == FRACTION_ROLE and c == self.FIRST:
            return o.p_first if o.running else None
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.OPTION:
                return o.name
            if c == self.SCORE:
                return self._score(o)
            if c == self.FIRST:
                return percent_text(o.p_first) if o.running else translate("Robustness", "out of the running")
        if role == Qt.ItemDataRole.TextAlignmentRole and c != self.OPTION:
            return RIGHT if c == self.SCORE else None
        if role == Qt.ItemDataRole.ForegroundRole and not o.running:
            return muted_brush()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(o)
        return None

    @staticmethod
    def _score(o: OptionOdds) -> str:
        if o.score is None:
            return "–"
        text = QLocale().toString(o.score, "f", 1)
        if o.score_low is not None and o.score_high is not None and o.score_high - o.score_low >= 0.05:
            low, high = (QLocale().toString(x, "f", 0) for x in (o.score_low, o.score_high))
            text += f"  ({low}–{high})"
        return text

    @staticmethod
    def _tooltip(o: OptionOdds) -> str:
        if not o.running:
            return translate(
                "Robustness", "%1 is excluded, fails a must-have or has no score: it cannot come first."
            ).replace("%1", o.name)
        lines = [
            translate("Robustness", "%1 comes first in %2 of the simulations.")
            .replace("%1", o.name)
            .replace("%2", percent_text(o.p_first))
        ]
        if o.score_low is not None and o.score_high is not None:
            lines.append(
                translate("Robustness", "Score as entered %1; in 90 % of the simulations between %2 and %3.")
                .replace("%1", "–" if o.score is None else QLocale().toString(o.score, "f", 1))
                .replace("%2", QLocale().toString(o.score_low, "f", 1))
                .replace("%3", QLocale().toString(o.score_high, "f", 1))
            )
        return "\n".join(lines)


def _move_text(move: WeightMove | None) -> str:
    if move is None:
        return translate("Robustness", "never")
    return (
        translate("Robustness", "%1 → %2").replace("%1", percent_text(move.share)).replace("%2", move.winner)
    )


class TornadoModel(_Table):
    """Per criterion: its share, how far it can move before the winner changes (painted), and to whom."""

    CRITERION, SHARE, ROOM, DOWN, UP = range(5)

    def set_result(self, result: Robustness | None) -> None:
        rows = list(result.tornado) if result and result.problem is None else []
        self._winner = result.name(result.winner_id) if result else ""
        self._reset(
            rows,
            [
                translate("Robustness", "Criterion"),
                translate("Robustness", "Weight"),
                translate("Robustness", "Room before the winner changes"),
                translate("Robustness", "Lower to"),
                translate("Robustness", "Raise to"),
            ],
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r: TornadoRow | None = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        c = index.column()
        if role == ROOM_ROLE and c == self.ROOM:
            return (r.share, r.down.share if r.down else 0.0, r.up.share if r.up else 1.0)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.CRITERION: r.criterion,
                self.SHARE: percent_text(r.share),
                self.DOWN: _move_text(r.down),
                self.UP: _move_text(r.up),
            }.get(c)
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.SHARE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and c in (self.DOWN, self.UP):
            move = r.down if c == self.DOWN else r.up
            if move is None:
                return muted_brush()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        return None

    def _tooltip(self, r: TornadoRow) -> str:
        lines = [
            translate("Robustness", "“%1” has %2 of the weight.")
            .replace("%1", r.criterion)
            .replace("%2", percent_text(r.share))
        ]
        for move, text in (
            (r.down, translate("Robustness", "Lowered to %1, %2 comes first instead of %3.")),
            (r.up, translate("Robustness", "Raised to %1, %2 comes first instead of %3.")),
        ):
            if move is not None:
                lines.append(
                    text.replace("%1", percent_text(move.share))
                    .replace("%2", move.winner)
                    .replace("%3", self._winner)
                )
        if r.down is None and r.up is None:
            lines.append(translate("Robustness", "No weight between 0 and 100 % changes the winner."))
        lines.append(translate("Robustness", "The other criteria keep their proportions."))
        return "\n".join(lines)


class PerspectivesModel(_Table):
    """Who comes first with each stakeholder's weights, and with all of them combined."""

    NAME, WINNER, SCORE, OWN = range(4)

    def set_result(self, result: Robustness | None) -> None:
        rows = []
        if result and result.problem is None:
            rows = [*result.perspectives, *([result.combined] if result.combined else [])]
        self._result = result
        self._reset(
            rows,
            [
                translate("Robustness", "Perspective"),
                translate("Robustness", "Comes first"),
                translate("Robustness", "Its score"),
                translate("Robustness", "Own weights"),
            ],
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.row_at(index.row()) if index.isValid() else None
        if p is None or self._result is None:
            return None
        c = index.column()
        combined = p.stakeholder_id is None
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.NAME:
                return translate("Robustness", "Everyone combined") if combined else p.name
            if c == self.WINNER:
                return p.winner or "–"
            if c == self.SCORE:
                ids = [o.id for o in self._result.options]
                score = p.scores[ids.index(p.winner_id)] if p.winner_id in ids else None
                return "–" if score is None else QLocale().toString(score, "f", 1)
            if c == self.OWN:
                if combined:
                    return translate("Robustness", "mean of the profiles")
                return (
                    translate("Robustness", "%1 of %2")
                    .replace("%1", QLocale().toString(sum(p.own)))
                    .replace("%2", QLocale().toString(len(p.own)))
                )
        if role == Qt.ItemDataRole.FontRole and (
            combined or (c == self.WINNER and p.winner_id != self._result.winner_id)
        ):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(c == self.WINNER and p.winner_id != self._result.winner_id)
            font.setItalic(combined)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.SCORE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and c == self.WINNER and p.winner:
            same = p.winner_id == self._result.winner_id
            text = (
                translate("Robustness", "Same winner as with the evaluation's weights.")
                if same
                else translate(
                    "Robustness", "A different winner than with the evaluation's weights (%1)."
                ).replace("%1", self._result.name(self._result.winner_id))
            )
            return text
        return None
