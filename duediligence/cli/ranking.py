"""rank and report: the ranking as text or JSON (keys documented in the README), and the PDF report."""

from __future__ import annotations

import argparse
import json
from typing import Any

from duediligence.cli.common import EXIT_OK, open_workbook


def ranking_json(r: Any) -> dict[str, Any]:
    """The stable JSON shape of `rank --json` (keys are documented in the README)."""

    def num(x: float | None, digits: int = 4) -> float | None:
        return None if x is None else round(x, digits)

    vfm = r.value_for_money

    def for_money(option_id: int) -> dict[str, Any]:
        point = vfm.point(option_id) if vfm is not None else None
        if point is None:
            return {"benefit_score": None, "dominated_by": [], "price_per_benefit_point": None}
        return {
            "benefit_score": num(point.benefit, 2),
            "dominated_by": vfm.names(point.dominated_by),
            "price_per_benefit_point": num(point.price_per_point, 2),
        }

    risk_keys: dict[int, dict[str, Any]] = {}
    if r.risks is not None:
        from duediligence.decision.risks import option_risk_json

        risk_keys = option_risk_json(r.risks)

    return {
        "evaluation": {"id": r.evaluation_id, "title": r.title, "currency": r.currency},
        "problem": r.problem,
        "missing_policy": r.missing_policy,
        "must_have_policy": r.must_have_policy,
        "weight_source": r.weight_source,
        "consistency_ratio": num(r.consistency_ratio),
        "risk_adjusted": bool(r.risks and r.risks.risk_adjusted),
        "options": [
            {
                "id": o.id,
                "name": o.name,
                "kind": o.kind,
                "score": num(o.score, 2),
                "rank": o.rank,
                "excluded": o.excluded,
                "exclusion_reason": o.exclusion_reason,
                "missing_weight": num(o.missing_weight),
                "must_have_failures": list(o.must_have_failures),
                "must_have_unknown": list(o.must_have_unknown),
                "note": o.note,
                "tco": num(o.finance.tco, 2),
                "tco_low": num(o.finance.tco_low, 2),
                "tco_high": num(o.finance.tco_high, 2),
                "npv": num(o.finance.npv, 2),
                "payback_years": num(o.finance.payback_years, 2),
                "irr": num(o.finance.irr, 6),
                "finance_unknown": o.finance.unknown_reason(),
                "time_to_results_weeks": o.time_to_results_weeks,
                **for_money(o.id),
                **risk_keys.get(o.id, {}),
            }
            for o in r.options
        ],
        "criteria": [
            {
                "id": c.id,
                "name": c.name,
                "group": c.group,
                "weight": num(c.weight, 6),
                "share": num(c.share, 6),
                "normalisation": c.normalisation,
            }
            for c in r.criteria
        ],
        "value_for_money": None
        if vfm is None
        else {
            "measure": vfm.measure,
            "frontier": [p.name for p in vfm.frontier()],
            "steps": [
                {
                    "from": vfm.names([s.from_id])[0],
                    "to": vfm.names([s.to_id])[0],
                    "extra_cost": num(s.extra_cost, 2),
                    "extra_points": num(s.extra_points, 2),
                    "cost_per_point": num(s.cost_per_point, 2),
                }
                for s in vfm.steps
            ],
        },
    }


def money_sensitivity_json(result: Any) -> dict[str, Any]:
    """`rank --json`'s ``money_sensitivity``: per setting (``discount_rate`` as a fraction, or
    ``horizon_years``) today's value, the tried range, the stretch ``low``–``high`` where today's
    winner stays first, and ``down``/``up``: the first tried value beyond it and who ranks first there
    (``null``: the winner holds to that end)."""

    def turn(at: float | None, who: int | None) -> dict[str, Any] | None:
        return None if who is None or at is None else {"at": round(at, 6), "winner": result.names[who]}

    return {
        "winner": None if result.winner is None else result.names[result.winner],
        "problem": result.problem,
        "note": result.note,
        "settings": [
            {
                "setting": row.setting,
                "current": round(row.current, 6),
                "tried_from": round(row.tried_from, 6),
                "tried_to": round(row.tried_to, 6),
                "low": round(row.low, 6),
                "high": round(row.high, 6),
                "down": turn(row.down_at, row.down_winner),
                "up": turn(row.up_at, row.up_winner),
            }
            for row in result.rows
        ],
    }


def money_text(f: Any, currency: str) -> str:
    """TCO, NPV and IRR for the text output; unknown money says why instead of showing 0."""
    if f.tco is None:
        return f"TCO unknown: {f.unknown_reason()}"
    text = f"TCO {f.tco:,.0f} {currency}"
    if f.npv is None:
        return f"{text}, NPV unknown: {f.unknown_reason()}"
    text += f", NPV {f.npv:,.0f}"
    return text if f.irr is None else f"{text}, IRR {f.irr:.1%}"


def cmd_rank(args: argparse.Namespace) -> int:
    from duediligence.reads.evaluations import find_evaluation
    from duediligence.reads.ranking import evaluation_ranking

    db = open_workbook(args)
    try:
        with db.reading() as session:
            evaluation_id = find_evaluation(session, args.evaluation)
            result = evaluation_ranking(session, evaluation_id)
            if args.json:  # the robustness analysis (Monte Carlo etc.) only where scripts read it
                from duediligence.reads.matrix import load_matrix
                from duediligence.reads.robustness import analyse
                from duediligence.robustness.analysis import with_robustness
                from duediligence.robustness.money_sensitivity import money_sensitivity

                robust = analyse(session, evaluation_id, draws=args.draws, seed=args.seed)
                data = with_robustness(ranking_json(result), robust)
                turns = money_sensitivity(load_matrix(session, evaluation_id))
                data["money_sensitivity"] = money_sensitivity_json(turns)
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{result.title}: ranked by weighted score (0–100), missing scores: {result.missing_policy}")
    if result.problem:
        print(result.problem)
    if result.consistency_note:
        print(result.consistency_note)
    for o in sorted(result.options, key=lambda o: (o.rank is None, o.rank or 0)):
        place = f"{o.rank:>3}." if o.rank is not None else "   –"
        score = f"{o.score:6.1f}" if o.score is not None else "     –"
        missing = f"  ({o.missing_weight:.0%} of the weight unscored)" if o.missing_weight > 0 else ""
        why = f"  [{o.exclusion_reason}]" if o.excluded and o.exclusion_reason else ""
        why = "  [excluded]" if o.excluded and not why else why
        money = money_text(o.finance, result.currency)
        print(f"{place} {score}  {o.name}  ({money}){missing}{why}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from duediligence.reads.evaluations import find_evaluation
    from duediligence.report.writer import write_report

    db = open_workbook(args)
    try:
        with db.reading() as session:
            path = write_report(session, find_evaluation(session, args.evaluation), args.out)
    finally:
        db.close()
    print(f"Report written to {path}.")
    return EXIT_OK
