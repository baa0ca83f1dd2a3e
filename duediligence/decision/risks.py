"""Risk maths and the risk summary of an evaluation: scores and bands, exposure per option, checklist
progress, staleness, heat-map cells and the risk factor. Pure functions: reads.risks reads the rows
from a workbook, decision.adjusted applies the factor to a ranking.

The rules, in one place (the README's "How the numbers are made" repeats them):

- **Score** = likelihood × impact (1–5 each, so 1–25). Bands: low 1–4, medium 5–9, high 10–15,
  critical 16–25. A risk without both values is *unscored*: listed, never counted.
- **Which score counts.** A closed risk counts nothing. An open risk counts at its inherent score: the
  treatment is only planned. A mitigated or accepted risk counts at its residual score when both
  residual values are given (the treatment is in place and the buyer said what remains), otherwise at
  its inherent score.
- **Which options a risk concerns**: its option links (`risk_option`) plus its `option_id`. A risk
  concerning no option is evaluation-wide: it is the same whichever option wins, so it is reported
  apart and does not change any option's exposure.
- **Exposure** of an option = the sum (default) or the maximum (`risk_exposure_mode`) of the counted
  scores of the risks concerning it. Sum rewards an option with fewer risks; max looks only at the worst.
- **Risk-adjusted score** = score × K / (K + exposure), K = 25 (the highest single score). No risk
  leaves the score unchanged, an exposure of 25 halves it, 75 quarters it. Chosen because it never
  goes below zero, works the same for an unbounded sum and for a max, and depends only on the
  option's own risks (adding a risk to one option never moves another's score). It is only as good
  as the register: an option with no risks entered is not an option without risks.
- **Checklist progress**: done = any status except "not checked" and "to review" (a vendor's answer
  nobody has judged yet); "not applicable" counts as done.
  A *critical* item that fails flags its option.
- **Stale**: a checked checklist item or a risk that is not closed, whose last review (`reviewed_on`,
  else for a checklist item its `evidence_date`) is more than `review_after_days` before `today`.
  Items never dated are not stale (they are visible as undated in the editors).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from duediligence.enums import RiskExposureMode, RiskKind, RiskStatus

if TYPE_CHECKING:
    pass

LOW, MEDIUM, HIGH, CRITICAL = "low", "medium", "high", "critical"
BANDS = (LOW, MEDIUM, HIGH, CRITICAL)
BAND_LIMITS = ((4, LOW), (9, MEDIUM), (15, HIGH), (25, CRITICAL))  # upper end of each band
MAX_SCORE = 25
RISK_ADJUSTMENT_K = 25.0  # the exposure at which the risk-adjusted score is half the score
DONE_STATUSES = frozenset(s.value for s in RiskStatus) - {
    RiskStatus.NOT_CHECKED.value,
    RiskStatus.TO_REVIEW.value,
}
TREATED = frozenset({RiskStatus.MITIGATED.value, RiskStatus.ACCEPTED.value})
UNCATEGORISED = ""


@dataclass(frozen=True)
class RiskRow:
    """A checklist item or register risk as the editors and the summary read it (no ORM object)."""

    id: int
    kind: str
    option_id: int | None
    option_ids: tuple[int, ...]  # every option it concerns: option_id first, then the links
    raised_from_id: int | None
    position: int
    category: str
    title: str
    description: str
    critical: bool
    status: str
    likelihood: int | None
    impact: int | None
    treatment: str | None
    residual_likelihood: int | None
    residual_impact: int | None
    mitigation: str
    owner: str
    due_date: date | None
    note: str
    evidence_source: str
    evidence_date: date | None
    checked_by: str
    reviewed_on: date | None
    # What the vendor is asked in a questionnaire ("" = not asked), and what came back (None = nothing).
    question: str = ""
    answer_kind: str = "text"
    answer_unit: str = ""
    expected_answer: str = ""
    answer: str | None = None
    answer_comment: str | None = None
    answer_documents: str | None = None
    answered_on: date | None = None

    @property
    def is_checklist(self) -> bool:
        return self.kind == RiskKind.CHECKLIST.value

    @property
    def score(self) -> int | None:
        return score(self.likelihood, self.impact)

    @property
    def residual_score(self) -> int | None:
        return score(self.residual_likelihood, self.residual_impact)

    @property
    def last_reviewed(self) -> date | None:
        if self.reviewed_on is not None or not self.is_checklist:
            return self.reviewed_on
        return self.evidence_date


def score(likelihood: int | None, impact: int | None) -> int | None:
    """Likelihood × impact, or None when either is missing."""
    if likelihood is None or impact is None:
        return None
    return likelihood * impact


def band(value: int | None) -> str | None:
    """low 1–4, medium 5–9, high 10–15, critical 16–25 (None for an unscored risk)."""
    if value is None:
        return None
    for upper, name in BAND_LIMITS:
        if value <= upper:
            return name
    return CRITICAL


def counted_score(risk: RiskRow) -> int | None:
    """The score a register risk adds to exposure now (see the module's rules); None when it adds nothing."""
    if risk.is_checklist or risk.status == RiskStatus.CLOSED.value:
        return None
    if risk.status in TREATED and risk.residual_score is not None:
        return risk.residual_score
    return risk.score


def heat_position(risk: RiskRow, residual: bool) -> tuple[int, int] | None:
    """(likelihood, impact) on the inherent or residual heat map; residual falls back to inherent."""
    if residual and risk.residual_likelihood is not None and risk.residual_impact is not None:
        return risk.residual_likelihood, risk.residual_impact
    if risk.likelihood is None or risk.impact is None:
        return None
    return risk.likelihood, risk.impact


def exposure(scores: Iterable[int], mode: str = RiskExposureMode.SUM.value) -> int:
    values = list(scores)
    if not values:
        return 0
    return max(values) if mode == RiskExposureMode.MAX.value else sum(values)


def risk_factor(exposure_value: float) -> float:
    """K / (K + exposure): 1 with no exposure, 0.5 at K, towards 0 as exposure grows."""
    return RISK_ADJUSTMENT_K / (RISK_ADJUSTMENT_K + max(0.0, exposure_value))


def is_done(status: str) -> bool:
    return status in DONE_STATUSES


def is_stale(risk: RiskRow, today: date, review_after_days: int) -> bool:
    if risk.is_checklist and not is_done(risk.status):
        return False
    if not risk.is_checklist and risk.status == RiskStatus.CLOSED.value:
        return False
    reviewed = risk.last_reviewed
    return reviewed is not None and reviewed < today - timedelta(days=review_after_days)


def concerns(risk: RiskRow, option_id: int | None) -> bool:
    """Whether a row is about `option_id` (None: about no option in particular)."""
    return option_id in risk.option_ids if option_id is not None else not risk.option_ids


@dataclass(frozen=True)
class HeatMap:
    """Risks per cell of the likelihood × impact grid (1–5 each); `cells[(l, i)]` holds their ids."""

    residual: bool
    cells: dict[tuple[int, int], tuple[int, ...]]
    unscored: tuple[int, ...] = ()

    def count(self, likelihood: int, impact: int) -> int:
        return len(self.cells.get((likelihood, impact), ()))

    def grid(self) -> list[list[int]]:
        """Counts as rows of impact 5…1 (top to bottom) by likelihood 1…5 (left to right)."""
        return [[self.count(lk, im) for lk in range(1, 6)] for im in range(5, 0, -1)]


def heat_map(risks: Iterable[RiskRow], *, residual: bool = False, option_id: int | None = None) -> HeatMap:
    """Register risks that are not closed, overall (`option_id` None) or those concerning one option."""
    cells: dict[tuple[int, int], list[int]] = {}
    unscored = []
    for risk in risks:
        if risk.is_checklist or risk.status == RiskStatus.CLOSED.value:
            continue
        if option_id is not None and option_id not in risk.option_ids:
            continue
        where = heat_position(risk, residual)
        if where is None:
            unscored.append(risk.id)
        else:
            cells.setdefault(where, []).append(risk.id)
    return HeatMap(residual, {k: tuple(v) for k, v in sorted(cells.items())}, tuple(unscored))


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def share(self) -> float | None:
        return self.done / self.total if self.total else None


@dataclass(frozen=True)
class CategoryProgress:
    category: str
    done: int
    total: int


def checklist_progress(items: Iterable[RiskRow]) -> tuple[Progress, tuple[CategoryProgress, ...]]:
    """Done of total, overall and per category (categories in first-seen order)."""
    by_category: dict[str, list[int]] = {}
    for item in items:
        if not item.is_checklist:
            continue
        counts = by_category.setdefault(item.category, [0, 0])
        counts[0] += is_done(item.status)
        counts[1] += 1
    categories = tuple(CategoryProgress(name, d, t) for name, (d, t) in by_category.items())
    return Progress(sum(c.done for c in categories), sum(c.total for c in categories)), categories


@dataclass(frozen=True)
class OptionRisk:
    """One option at a glance: how risky, how far its due diligence is, what needs a second look."""

    option_id: int
    name: str
    excluded: bool
    exposure: int
    worst_score: int | None
    worst_band: str | None
    band_counts: dict[str, int]  # counted risks per band
    open_risks: int  # status open
    counted_risks: int  # risks adding to exposure
    unscored_risks: int
    critical_failures: tuple[str, ...]  # titles of critical checklist items that fail
    critical_unchecked: int
    concerns: int  # checklist items marked concern or fails
    checklist: Progress
    categories: tuple[CategoryProgress, ...]
    stale: int

    @property
    def checklist_done(self) -> float | None:
        return self.checklist.share

    @property
    def flagged(self) -> bool:
        return bool(self.critical_failures)


@dataclass(frozen=True)
class RiskSummary:
    evaluation_id: int
    mode: str
    review_after_days: int
    risk_adjusted: bool
    today: date
    options: tuple[OptionRisk, ...]  # in the evaluation's option order
    general_exposure: int  # of risks concerning no particular option
    general_risks: int
    risks: tuple[RiskRow, ...]  # every checklist item and risk, for charts and editors
    stale_ids: frozenset[int] = field(default_factory=frozenset)

    def option(self, option_id: int) -> OptionRisk | None:
        return self._by_option.get(option_id)

    @cached_property
    def _by_option(self) -> dict[int, OptionRisk]:
        """Each option's risks by its id (the first where one repeats), made once: the ranking panel
        asks for every option's."""
        found: dict[int, OptionRisk] = {}
        for o in self.options:
            found.setdefault(o.option_id, o)
        return found

    def riskiest(self) -> OptionRisk | None:
        """The option with the highest exposure (ties: more critical failures, then the first)."""
        candidates = [o for o in self.options if o.exposure or o.critical_failures]
        if not candidates:
            return None
        return max(candidates, key=lambda o: (o.exposure, len(o.critical_failures)))

    def heat_map(self, *, residual: bool = False, option_id: int | None = None) -> HeatMap:
        return heat_map(self.risks, residual=residual, option_id=option_id)


def summarise(
    options: Sequence[tuple[int, str, bool]],
    risks: Sequence[RiskRow],
    *,
    evaluation_id: int = 0,
    mode: str = RiskExposureMode.SUM.value,
    review_after_days: int = 180,
    risk_adjusted: bool = False,
    today: date,
) -> RiskSummary:
    """The summary from plain rows: `options` are (id, name, excluded) in order."""
    stale_ids = frozenset(r.id for r in risks if is_stale(r, today, review_after_days))
    lines = []
    for option_id, name, excluded in options:
        mine = [r for r in risks if option_id in r.option_ids]
        register = [r for r in mine if not r.is_checklist]
        checks = [r for r in mine if r.is_checklist]
        counted = [s for r in register if (s := counted_score(r)) is not None]
        bands: dict[str, int] = {}
        for s in counted:
            level = band(s) or ""
            bands[level] = bands.get(level, 0) + 1
        progress, categories = checklist_progress(checks)
        worst = max(counted, default=None)
        lines.append(
            OptionRisk(
                option_id=option_id,
                name=name,
                excluded=excluded,
                exposure=exposure(counted, mode),
                worst_score=worst,
                worst_band=band(worst),
                band_counts=bands,
                open_risks=sum(r.status == RiskStatus.OPEN.value for r in register),
                counted_risks=len(counted),
                unscored_risks=sum(r.score is None and r.status != RiskStatus.CLOSED.value for r in register),
                critical_failures=tuple(
                    r.title for r in checks if r.critical and r.status == RiskStatus.FAILS.value
                ),
                critical_unchecked=sum(r.critical and not is_done(r.status) for r in checks),
                concerns=sum(r.status in (RiskStatus.CONCERN.value, RiskStatus.FAILS.value) for r in checks),
                checklist=progress,
                categories=categories,
                stale=sum(r.id in stale_ids for r in mine),
            )
        )
    general = [r for r in risks if not r.is_checklist and not r.option_ids]
    general_scores = [s for r in general if (s := counted_score(r)) is not None]
    return RiskSummary(
        evaluation_id=evaluation_id,
        mode=mode,
        review_after_days=review_after_days,
        risk_adjusted=risk_adjusted,
        today=today,
        options=tuple(lines),
        general_exposure=exposure(general_scores, mode),
        general_risks=len(general),
        risks=tuple(risks),
        stale_ids=stale_ids,
    )


def option_risk_json(summary: RiskSummary) -> dict[int, dict[str, Any]]:
    """The per-option keys `rank --json` adds: risk_exposure, checklist_done (share 0–1 or null) and more."""
    return {
        o.option_id: {
            "risk_exposure": o.exposure,
            "risk_band": o.worst_band,
            "checklist_done": None if o.checklist_done is None else round(o.checklist_done, 4),
            "checklist_items": o.checklist.total,
            "critical_check_failures": list(o.critical_failures),
            "stale_items": o.stale,
        }
        for o in summary.options
    }
