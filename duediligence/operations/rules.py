"""Checks that span rows: a reference stays inside its evaluation, names stay unique, scores stay on
their criterion's scale. Run by the row operations after the new values are in place (before commit),
so a refusal rolls the whole edit back."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import func, select
from sqlmodel import Session, col

from duediligence.decision.scoring import scale_bounds
from duediligence.decision.value_functions import (
    Discrete,
    Piecewise,
    ValueFunctionError,
    load,
    parse_value_function,
    stored_text,
)
from duediligence.enums import Direction, Scale
from duediligence.errors import ValidationError
from duediligence.fields import UNIQUE_NAMES
from duediligence.i18n import QT_TRANSLATE_NOOP, fill, translate
from duediligence.operations.rows import table
from duediligence.storage.models import Criterion, Score
from duediligence.validation import check_years_order

# Whole sentences per table (the words differ between languages); other tables get the English pattern.
_NOT_OURS = {
    "option": QT_TRANSLATE_NOOP("Operations", "is not an option of this evaluation"),
    "criterion": QT_TRANSLATE_NOOP("Operations", "is not a criterion of this evaluation"),
    "criterion_group": QT_TRANSLATE_NOOP("Operations", "is not a criterion group of this evaluation"),
    "stakeholder": QT_TRANSLATE_NOOP("Operations", "is not a stakeholder of this evaluation"),
    "risk_item": QT_TRANSLATE_NOOP("Operations", "is not a risk item of this evaluation"),
}
_NAME_TAKEN = {
    "option": QT_TRANSLATE_NOOP("Operations", "another option of this evaluation already has this name"),
    "criterion": QT_TRANSLATE_NOOP(
        "Operations", "another criterion of this evaluation already has this name"
    ),
    "criterion_group": QT_TRANSLATE_NOOP(
        "Operations", "another criterion group of this evaluation already has this name"
    ),
    "stakeholder": QT_TRANSLATE_NOOP(
        "Operations", "another stakeholder of this evaluation already has this name"
    ),
}


def check_references(session: Session, name: str, evaluation_id: int, values: dict[str, Any]) -> None:
    """Every id in `values` that is a foreign key must name a row of the same evaluation."""
    t = table(name)
    for fk in t.foreign_keys:
        column = fk.parent.name
        if column == "evaluation_id" or values.get(column) is None:
            continue
        target = fk.column.table
        owner = "id" if target.name == "evaluation" else "evaluation_id"
        found = session.execute(select(target.c[owner]).where(target.c.id == values[column])).scalar()
        if found != evaluation_id:
            label = target.name.replace("_", " ")
            article = "an" if label[0] in "aeiou" else "a"
            known = _NOT_OURS.get(target.name)
            reason = (
                translate("Operations", known) if known else f"is not {article} {label} of this evaluation"
            )
            raise ValidationError(column, values[column], reason)


def check_unique_name(
    session: Session, name: str, evaluation_id: int, row_id: int | None, value: str
) -> None:
    column = UNIQUE_NAMES.get(name)
    if column is None:
        return
    t = table(name)
    query = select(func.count()).where(t.c.evaluation_id == evaluation_id, t.c[column] == value)
    if row_id is not None:
        query = query.where(t.c.id != row_id)
    if session.execute(query).scalar():
        known = _NAME_TAKEN.get(name)
        label = name.replace("_", " ")
        reason = (
            translate("Operations", known)
            if known
            else f"another {label} of this evaluation already has this name"
        )
        raise ValidationError(column, value, reason)


def check_row(session: Session, name: str, row: Any) -> None:
    """Cross-row rules for one row as it now stands."""
    column = UNIQUE_NAMES.get(name)
    if column is not None:
        check_unique_name(session, name, row.evaluation_id, row.id, getattr(row, column))
    if name in ("score", "evaluator_score"):
        criterion = session.get(Criterion, row.criterion_id)
        assert criterion is not None
        ends = {"low": getattr(row, "low", None), "high": getattr(row, "high", None)}
        check_score(criterion, {"value": row.value, **ends}, "")
    elif name == "cost_item":
        present = [x for x in (row.low, row.amount, row.high) if x is not None]
        if present != sorted(present):
            raise ValidationError(
                "range", (row.low, row.amount, row.high), "must satisfy low ≤ amount ≤ high"
            )
        check_years_order("", row.from_year, row.to_year)
    elif name == "risk_item":
        from duediligence.decision.answers import check_answer_fields

        check_answer_fields(row.answer_kind, row.answer, row.expected_answer)
    elif name == "criterion":
        check_value_function(row)
        field = "value_function" if row.value_function else "scale"
        for score in session.execute(select(Score).where(col(Score.criterion_id) == row.id)).scalars():
            values = {"value": score.value, "low": score.low, "high": score.high}
            try:
                check_score(row, values, "")
            except ValidationError as exc:
                raise ValidationError(
                    field,
                    getattr(row, field),
                    fill(
                        translate("Operations", "existing scores lie outside it (%1); change them first"),
                        exc.reason,
                    ),
                ) from exc


def check_value_function(row: Any) -> None:
    """A criterion's value function must parse and suit a measured criterion; kept in canonical form."""
    if not row.value_function:
        row.value_function = None
        return
    try:
        function = load(row.value_function)
    except ValueFunctionError as exc:
        reason = fill(translate("Operations", "criterion %1: %2"), repr(row.name), str(exc))
        raise ValidationError("value_function", row.value_function, reason) from exc
    if function is not None and row.scale != Scale.MEASURED.value:
        raise ValidationError(
            "value_function",
            row.value_function,
            fill(
                translate(
                    "Operations",
                    "criterion %1: only a measured criterion can have a value function (its scale is %2)",
                ),
                repr(row.name),
                repr(row.scale),
            ),
        )
    if row.must_have and row.must_have_threshold is not None:
        if isinstance(function, Discrete):
            check_must_have_on_levels(row, function)
        elif isinstance(function, Piecewise):
            check_must_have_on_points(row, function)
    row.value_function = stored_text(function)


def check_must_have_on_levels(row: Any, function: Discrete) -> None:
    """A must-have on levels keeps its threshold level and every level listed after it. That means "at
    least this good" only when the threshold is a level's number, the levels run from worst to best and
    the direction is higher: otherwise the ranking (and the shared workbook's formulas), which compare
    the levels' numbers, would keep the wrong levels without a word."""
    count, threshold = len(function.levels), float(row.must_have_threshold)
    if threshold != int(threshold) or not 1 <= threshold <= count:
        reason = translate(
            "Operations", "criterion %1: a must-have on levels names a level by its number, 1 to %2"
        )
        raise ValidationError(
            "must_have_threshold", row.must_have_threshold, fill(reason, repr(row.name), str(count))
        )
    values = [value for _label, value in function.levels]
    if values != sorted(values):
        reason = translate(
            "Operations",
            "criterion %1: list the levels from worst to best to make them a must-have (the threshold keeps "
            "its level and those after it)",
        )
        pair = (row.value_function, row.must_have_threshold)  # a pair: neither alone was "entered" wrong
        raise ValidationError("value_function", pair, fill(reason, repr(row.name)))
    if row.direction != Direction.HIGHER_IS_BETTER.value:
        reason = translate(
            "Operations",
            "criterion %1: a must-have on levels keeps the threshold level and the better ones after it; "
            "set the direction to “Higher is better”",
        )
        raise ValidationError(
            "direction", (row.direction, row.must_have_threshold), fill(reason, repr(row.name))
        )


def check_must_have_on_points(row: Any, function: Piecewise) -> None:
    """The points say which values are better (their worth rises or falls from the first to the last);
    a must-have compares values in the criterion's direction, so the two must agree, or the ranking
    would exclude the options the points call good."""
    first, last = function.points[0][1], function.points[-1][1]
    if first == last:
        return  # worth at both ends alike (a peak or a dip): the direction alone says which side fails
    wanted = Direction.HIGHER_IS_BETTER.value if last > first else Direction.LOWER_IS_BETTER.value
    if row.direction == wanted:
        return
    if last > first:
        reason = translate(
            "Operations",
            "criterion %1: its value function makes higher values worth more, so its must-have needs the "
            "direction “Higher is better”",
        )
    else:
        reason = translate(
            "Operations",
            "criterion %1: its value function makes lower values worth more, so its must-have needs the "
            "direction “Lower is better”",
        )
    raise ValidationError("direction", (row.direction, row.must_have_threshold), fill(reason, repr(row.name)))


def _function_of(criterion: Any) -> Any:
    """The criterion's value function, whether it holds the stored text or the document's object."""
    given = getattr(criterion, "value_function", None)
    try:
        return parse_value_function(given) if isinstance(given, dict) else load(given)
    except ValueFunctionError:
        return None  # refused by check_value_function with the reason


class Scaled(Protocol):
    """What a score's bounds depend on: a criterion (or a row of one)."""

    scale: str
    scale_min: float | None
    scale_max: float | None


def check_score(criterion: Scaled, values: dict[str, Any], where: str) -> None:
    """A score must lie on its criterion's scale, with low <= value <= high."""
    lo_bound, hi_bound = scale_bounds(criterion.scale, criterion.scale_min, criterion.scale_max)
    function = _function_of(criterion)
    if isinstance(function, Discrete):
        for key in ("value", "low", "high"):
            x = values.get(key)
            if x is not None and function.label(x) is None:
                raise ValidationError(
                    f"{where}{key}",
                    x,
                    fill(
                        translate("Operations", "is not one of the levels' numbers 1 to %1 (%2)"),
                        str(len(function.levels)),
                        function.describe(),
                    ),
                )
    for key in ("value", "low", "high"):
        x = values.get(key)
        if x is None:
            continue
        if (lo_bound is not None and x < lo_bound) or (hi_bound is not None and x > hi_bound):
            reason = fill(
                translate("Operations", "is outside the scale %1 to %2"), f"{lo_bound:g}", f"{hi_bound:g}"
            )
            raise ValidationError(f"{where}{key}", x, reason)
    low, value, high = values.get("low"), values.get("value"), values.get("high")
    if low is not None and high is not None and low > high:
        raise ValidationError(
            f"{where}range",
            (low, high),
            fill(translate("Operations", "the low end %1 is above the high end %2"), f"{low:g}", f"{high:g}"),
        )
    if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
        span = f"{'…' if low is None else f'{low:g}'}–{'…' if high is None else f'{high:g}'}"
        raise ValidationError(
            f"{where}range",
            (low, value, high),
            fill(
                translate("Operations", "the value %1 lies outside its range %2; change the range too"),
                f"{value:g}",
                span,
            ),
        )
