"""The live ranking as lines ready to paint: every text is worded once per change, never while painting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt

from duediligence import i18n
from duediligence.enums import MissingScorePolicy
from duediligence.i18n import translate
from ui.models.costs import money, percent_rate, unknown_money_text, weeks_text
from ui.models.table import Index, TableModel

if TYPE_CHECKING:
    from duediligence.decision.finance import OptionFinance
    from duediligence.decision.ranking import EvaluationRanking, RankedOption

LINE_ROLE = Qt.ItemDataRole.UserRole  # the RankingLine


@dataclass(frozen=True)
class RankingLine:
    """One option as the ranking panel shows it."""

    option_id: int
    rank: str  # "1", or "–" when not ranked
    name: str
    score: float | None  # 0–100
    score_text: str
    details: tuple[str, ...]  # secondary lines (money, timing, missing share)
    warning: str  # must-have failures or unknowns, or why it is not ranked; "" when none
    tooltip: str
    excluded: bool


def method_caption(ranking: EvaluationRanking) -> str:
    """How the scores were made, in one line (the method can change the winner, so it is always shown)."""
    missing = {
        MissingScorePolicy.IGNORE.value: translate("Ranking", "ignored and weights re-normalised"),
        MissingScorePolicy.WORST.value: translate("Ranking", "counted as the worst value"),
        MissingScorePolicy.MEAN.value: translate("Ranking", "filled with the criterion's average"),
    }.get(ranking.missing_policy, ranking.missing_policy)
    pairwise, exclude = ranking.weight_source == "pairwise", ranking.must_have_policy == "exclude"
    if pairwise and exclude:
        text = translate(
            "Ranking",
            "Weighted score 0–100; missing scores: %1; weights from pairwise comparisons. "
            "Failing a must-have excludes an option.",
        )
    elif pairwise:
        text = translate(
            "Ranking",
            "Weighted score 0–100; missing scores: %1; weights from pairwise comparisons. "
            "Failing a must-have is flagged only.",
        )
    elif exclude:
        text = translate(
            "Ranking", "Weighted score 0–100; missing scores: %1. Failing a must-have excludes an option."
        )
    else:
        text = translate(
            "Ranking", "Weighted score 0–100; missing scores: %1. Failing a must-have is flagged only."
        )
    return text.replace("%1", missing)


def missing_explanation(policy: str) -> str:
    how = {
        MissingScorePolicy.IGNORE.value: translate(
            "Ranking",
            "This evaluation leaves those criteria out for this option and spreads the weight over the "
            "criteria it was scored on, so its score rests on less evidence.",
        ),
        MissingScorePolicy.WORST.value: translate(
            "Ranking", "This evaluation counts them as the worst possible value, so gaps pull the score down."
        ),
        MissingScorePolicy.MEAN.value: translate(
            "Ranking", "This evaluation fills them with the average of the options scored on that criterion."
        ),
    }.get(policy, "")
    return translate("Ranking", "A missing score is not a zero.") + " " + how


def lead_sentence(ranking: EvaluationRanking) -> str:
    """Who is ahead and by how much, e.g. “Northwind leads by 13.9 points”."""
    ranked = [o for o in ranking.ranked() if o.score is not None]
    if not ranked:
        return ""
    first = ranked[0]
    if len(ranked) == 1:
        return translate("Ranking", "%1 is the only option ranked").replace("%1", first.name)
    second = ranked[1]
    if first.rank == second.rank:
        return (
            translate("Ranking", "%1 and %2 share first place")
            .replace("%1", first.name)
            .replace("%2", second.name)
        )
    gap = QLocale().toString(first.score - (second.score or 0.0), "f", 1)  # type: ignore[operator]
    return translate("Ranking", "%1 leads by %2 points").replace("%1", first.name).replace("%2", gap)


def percent_text(share: float) -> str:
    if 0 < share < 0.005:
        return translate("Ranking", "<1 %")
    return translate("Ranking", "%1 %").replace("%1", QLocale().toString(round(share * 100)))


def money_line(f: OptionFinance, currency: str) -> str:
    """TCO · NPV · IRR of one option; unknown money says so instead of showing 0."""
    if f.tco is None:
        if not f.has_costs:
            return translate("Ranking", "TCO unknown: no costs entered")
        if f.no_rate and not f.not_entered:
            return translate("Ranking", "TCO unknown: an exchange rate is missing")
        return translate("Ranking", "TCO unknown: an amount is missing")
    text = translate("Ranking", "TCO %1").replace("%1", money(f.tco, currency))
    if f.npv is None:
        return text + " · " + translate("Ranking", "NPV unknown")
    text += " · " + translate("Ranking", "NPV %1").replace("%1", money(f.npv, currency))
    return (
        text
        if f.irr is None
        else text + " · " + translate("Ranking", "IRR %1").replace("%1", percent_rate(f.irr))
    )


def dominated_text(option_id: int, ranking: EvaluationRanking) -> str | None:
    """“Dominated: costs €8,000 more and scores 6 points lower than OpenLedger”, or None when no other
    option costs no more and scores no lower (the cheapest such option is named)."""
    from duediligence.decision.value_for_money import TOLERANCE, net_cost

    vfm = ranking.value_for_money
    point = vfm.point(option_id) if vfm is not None else None
    other = vfm.cheapest_dominator(point) if vfm is not None and point is not None else None
    if vfm is None or point is None or other is None:
        return None
    extra = net_cost(vfm.measure, point.money) - net_cost(vfm.measure, other.money)  # type: ignore[arg-type]
    lower = round((other.benefit or 0) - (point.benefit or 0))
    if extra > TOLERANCE and lower > 0:
        text = translate("Ranking", "Dominated: costs %1 more and scores %2 points lower than %3")
    elif extra > TOLERANCE:
        text = translate("Ranking", "Dominated: costs %1 more and scores no higher than %3")
    else:
        text = translate("Ranking", "Dominated: costs no more and scores %2 points lower than %3")
    text = text.replace("%1", money(extra, ranking.currency)).replace("%2", QLocale().toString(lower))
    return text.replace("%3", other.name)


def value_tip(option_id: int, ranking: EvaluationRanking) -> list[str]:
    """Benefit score, price per point and the step up the frontier to this option, for the tooltip."""
    vfm = ranking.value_for_money
    point = vfm.point(option_id) if vfm is not None else None
    if vfm is None or point is None or point.benefit is None:
        return []
    benefit = QLocale().toString(point.benefit, "f", 1)
    lines = [
        translate("Ranking", "Benefit score %1 of 100 (the score without the criteria fed by costs)").replace(
            "%1", benefit
        )
    ]
    if point.price_per_point is not None:
        lines.append(
            translate("Ranking", "%1 per benefit point").replace(
                "%1", money(point.price_per_point, ranking.currency)
            )
        )
    for step in vfm.steps:
        if step.to_id == option_id:
            cheaper = vfm.names([step.from_id])[0]
            text = translate(
                "Ranking", "On the efficient frontier: %1 more than %2 for %3 more points (%4 a point)"
            )
            text = text.replace("%1", money(step.extra_cost, ranking.currency)).replace("%2", cheaper)
            text = text.replace("%3", QLocale().toString(step.extra_points, "f", 1))
            lines.append(text.replace("%4", money(step.cost_per_point, ranking.currency)))
    return lines


def ranking_line(option: RankedOption, ranking: EvaluationRanking) -> RankingLine:
    f, currency = option.finance, ranking.currency
    details = [money_line(f, currency)]
    dominated = dominated_text(option.id, ranking)
    if dominated:
        details.append(dominated)
    second = []
    if option.missing_weight > 0:
        second.append(translate("Ranking", "%1 unscored").replace("%1", percent_text(option.missing_weight)))
    if option.time_to_results_weeks is not None:
        second.append(
            translate("Ranking", "results in %1").replace("%1", weeks_text(option.time_to_results_weeks))
        )
    risk = ranking.risks.option(option.id) if ranking.risks else None
    if risk is not None and risk.exposure:
        second.append(
            translate("Ranking", "risk exposure %1").replace("%1", QLocale().toString(risk.exposure))
        )
    if second:
        details.append(" · ".join(second))
    warnings = []
    if option.excluded or option.rank is None:
        reason = (option.exclusion_reason or option.note or translate("Ranking", "not ranked")).replace(
            ".;", ";"
        )
        warnings.append(reason[:1].upper() + reason[1:])
    elif option.must_have_failures:
        warnings.append(
            translate("Ranking", "Fails must-have: %1").replace("%1", ", ".join(option.must_have_failures))
        )
    if option.must_have_unknown:
        warnings.append(
            translate("Ranking", "Must-have not scored: %1").replace(
                "%1", ", ".join(option.must_have_unknown)
            )
        )
    if risk is not None and risk.critical_failures:
        failed = ", ".join(risk.critical_failures)
        warnings.append(translate("Ranking", "Critical due-diligence check failed: %1").replace("%1", failed))
    score_text = "–" if option.score is None else QLocale().toString(option.score, "f", 1)
    tip = [f"{option.name}: " + (translate("Ranking", "score %1 of 100").replace("%1", score_text)), *details]
    unknown = unknown_money_text(f)
    if unknown:
        tip.append(unknown)
    if f.tco_low is not None and f.tco_high is not None and f.tco_low != f.tco_high:
        spread = translate("Ranking", "TCO range %1 – %2").replace("%1", money(f.tco_low, currency))
        tip.append(spread.replace("%2", money(f.tco_high, currency)))
    tip += value_tip(option.id, ranking)
    tip += warnings
    if option.missing_weight > 0:
        tip.append(
            translate("Ranking", "%1 of the weight has no score for this option.").replace(
                "%1", percent_text(option.missing_weight)
            )
            + " "
            + missing_explanation(ranking.missing_policy)
        )
    return RankingLine(
        option_id=option.id,
        rank=str(option.rank) if option.rank is not None else "–",
        name=option.name,
        score=option.score,
        score_text=score_text,
        details=tuple(details),
        warning="; ".join(warnings),
        tooltip="\n".join(tip),
        excluded=option.excluded,
    )


def _setting() -> tuple[Any, ...]:
    """What every line's wording depends on besides its option: the locale and the translations."""
    locale = QLocale()
    return (locale.name(), int(locale.numberOptions().value), i18n.installs())


def _line_inputs(
    option: RankedOption, ranking: EvaluationRanking, setting: tuple[Any, ...]
) -> tuple[Any, ...]:
    """Everything `ranking_line` reads for this option but its rank, as one comparable value: two
    options with equal inputs are worded alike. (Kept next to `ranking_line`: what it comes to read must
    be added here.) The rank is left out but whether there is one: it is only the line's `rank` text,
    so an option that moves up or down keeps its wording."""
    from duediligence.decision.value_for_money import net_cost

    vfm = ranking.value_for_money
    point = vfm.point(option.id) if vfm is not None else None
    seen: tuple[Any, ...] | None = None
    if vfm is not None and point is not None:
        other = vfm.cheapest_dominator(point)
        steps = tuple((s, vfm.names([s.from_id])[0]) for s in vfm.steps if s.to_id == option.id)
        # Of the points, what dominated_text and value_tip read (not whom else they dominate): of the
        # cheapest dominator its name, how much less it costs and how many whole points more it scores.
        beaten = None
        if other is not None:
            extra = net_cost(vfm.measure, point.money) - net_cost(vfm.measure, other.money)  # type: ignore[arg-type]
            beaten = (other.name, extra, round((other.benefit or 0) - (point.benefit or 0)))
        seen = (vfm.measure, point.money, point.benefit, point.price_per_point, beaten, steps)
    risk = ranking.risks.option(option.id) if ranking.risks else None
    ranked = replace(option, rank=None if option.rank is None else 0)
    return (setting, ranking.currency, ranking.missing_policy, ranked, risk, seen)


class RankingLines:
    """The lines of one ranking, each kept from the ranking before while its inputs are equal: after a
    score edit most options' lines read the same (W1, 100 options: ~400 amounts formatted and ~100
    tooltips worded per edit otherwise). Only the lines of the last ranking are kept."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[tuple[Any, ...], RankingLine]] = {}

    def lines(self, ranking: EvaluationRanking) -> dict[int, RankingLine]:
        """Every option's line by option id, exactly as `ranking_line` words it now."""
        setting, kept, self._kept = _setting(), self._kept, {}
        result: dict[int, RankingLine] = {}
        for option in ranking.options:
            inputs = _line_inputs(option, ranking, setting)
            before = kept.get(option.id)
            if before is not None and before[0] == inputs:
                rank = str(option.rank) if option.rank is not None else "–"
                line = before[1] if before[1].rank == rank else replace(before[1], rank=rank)
            else:
                line = ranking_line(option, ranking)
            self._kept[option.id] = (inputs, line)
            result[option.id] = line
        return result


class RankingModel(TableModel):
    """Read-only: ranking lines in the order given (best first), one column (a list view shows it)."""

    shows_rows_alone = True  # the delegate paints the line and nothing else

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Option")]

    def key(self, row: RankingLine) -> int:
        return row.option_id

    def set_lines(self, lines: Sequence[RankingLine]) -> None:
        self.set_rows(lines)

    def lines(self) -> list[RankingLine]:
        return self.rows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            return line.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return line.tooltip
        return None
