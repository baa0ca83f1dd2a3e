"""The one-step price: an amount typed into the TCO cell of an option that has no cost lines becomes one
one-time cost line ("Price", in the evaluation's currency, at signing), so entering a price takes one
action instead of five in the costs editor. Once an option has cost lines its TCO is theirs to change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from duediligence.i18n import PLURAL, translate

if TYPE_CHECKING:
    from duediligence.decision.matrix import CriterionRow, Matrix, OptionRow


class PriceRefused(Exception):
    """Typed text that cannot become a price; str() names the option and the field."""


def cost_lines(matrix: Matrix | None, option_id: int) -> int:
    """How many cost (and return) lines the option has: its TCO is calculated from them."""
    return 0 if matrix is None else sum(1 for cost in matrix.costs if cost.option_id == option_id)


def takes_price(matrix: Matrix | None, criterion: CriterionRow, option_id: int) -> bool:
    """True for the TCO cell of an option without cost lines: typing there enters its price."""
    return matrix is not None and criterion.value_source == "tco" and cost_lines(matrix, option_id) == 0


def price_field(criterion: CriterionRow, option: OptionRow) -> str:
    """Where a price is typed, as a refusal names it."""
    return (
        translate("ScoreMatrixModel", "Price of “%1” (%2)")
        .replace("%1", option.name)
        .replace("%2", criterion.name)
    )


def price_operation(matrix: Matrix, criterion: CriterionRow, option: OptionRow, text: str) -> Any:
    """The AddRow of the price `text` means in the user's locale ("7,5" in German is 7.5, a currency
    before or after it allowed); None for blank text; PriceRefused when the locale does not read it."""
    from duediligence.errors import ValidationError
    from duediligence.formats import parse_money
    from duediligence.operations.edits import AddRow
    from ui.numbers import ui_locale

    if not text.strip():
        return None
    try:
        amount = parse_money(text, ui_locale(), field=criterion.name, currency=matrix.currency)
    except ValidationError as exc:
        raise PriceRefused(f"{price_field(criterion, option)}: “{text.strip()}” {exc.reason}.") from None
    if amount is None:
        return None
    values = {
        "label": translate("ScoreMatrixModel", "Price"),
        "category": "other",
        "recurrence": "one_time",
        "year": 0,
        "amount": amount,
        "currency": None,  # the evaluation's currency, as every line typed without one
    }
    return AddRow("cost_item", matrix.evaluation_id, values, {"option_id": option.id})


def price_undo_text(option: OptionRow) -> str:
    return translate("ScoreMatrixModel", "Price of “%1”").replace("%1", option.name)


def calculated_from_lines(criterion: CriterionRow, count: int) -> str:
    """The TCO cell of an option with cost lines: what it is calculated from, and how to open them."""
    text = translate(
        "ScoreMatrixModel",
        "“%1” is calculated from this option's %n cost line(s): press Enter or double-click to open them.",
        None,
        PLURAL,
        int(count),
    )
    return text.replace("%1", criterion.name)


def price_hint() -> str:
    return translate(
        "ScoreMatrixModel",
        "No costs entered yet: type the price to add it as one one-time cost line (Price).",
    )
