"""The ranking adjusted for risk: score × K / (K + exposure), K = 25 (see decision.risks)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from duediligence.decision.ranking import EvaluationRanking
from duediligence.decision.risks import RiskSummary, risk_factor
from duediligence.i18n import translate


@dataclass(frozen=True)
class AdjustedScore:
    option_id: int
    score: float | None  # as ranked
    factor: float  # K / (K + exposure)
    adjusted: float | None
    rank: int | None  # by adjusted score, among the options the ranking ranked


def risk_adjusted_scores(ranking: EvaluationRanking, summary: RiskSummary) -> dict[int, AdjustedScore]:
    """Per option: score × K / (K + exposure), and the ranks that follow from it (ties share a rank)."""
    import numpy as np

    from duediligence.decision.scoring import competition_ranks

    result = {}
    for option in ranking.options:
        line = summary.option(option.id)
        factor = risk_factor(line.exposure if line else 0)
        adjusted = None if option.score is None else option.score * factor
        result[option.id] = AdjustedScore(option.id, option.score, factor, adjusted, None)
    ranked = [o.id for o in ranking.options if o.rank is not None and result[o.id].adjusted is not None]
    if ranked:
        ranks = competition_ranks(np.array([result[i].adjusted for i in ranked], dtype=float))
        for option_id, new_rank in zip(ranked, ranks, strict=True):
            result[option_id] = replace(result[option_id], rank=int(new_rank))
    return result


def apply_risk_adjustment(ranking: EvaluationRanking, summary: RiskSummary) -> EvaluationRanking:
    """The ranking with each ranked option's score and rank replaced by the risk-adjusted ones."""
    adjusted = risk_adjusted_scores(ranking, summary)
    options = []
    for option in ranking.options:
        a = adjusted[option.id]
        if option.rank is None or a.adjusted is None:
            options.append(option)
            continue
        line = summary.option(option.id)
        exposed = line.exposure if line else 0
        note = (
            translate("Ranking", "risk-adjusted: %1 × %2 (risk exposure %3)")
            .replace("%3", str(exposed))
            .replace("%2", f"{a.factor:.2f}")
            .replace("%1", f"{option.score:.1f}")
        )
        joined = "; ".join(x for x in (option.note, note) if x)
        options.append(replace(option, score=a.adjusted, rank=a.rank, note=joined))
    return replace(ranking, options=tuple(options))


def with_risks(ranking: EvaluationRanking, summary: RiskSummary) -> EvaluationRanking:
    """Attach the risk summary; when the evaluation asks for it, rank by the risk-adjusted score."""
    adjusted = apply_risk_adjustment(ranking, summary) if summary.risk_adjusted else ranking
    return replace(adjusted, risks=summary)
