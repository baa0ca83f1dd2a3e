"""Numbers as the charts and the PDF report write them, in the user's locale (`formats.user_locale()`:
the app sets it, the command line takes it from the environment).

A thin layer over `formats.numbers`: columns of scores keep a fixed number of decimals so they line up
(72.0 beside 65.3), amounts on an axis are abbreviated the locale's way ("1.5 M" / "1,5 Mio."), and a
matplotlib tick formatter writes every axis with the locale's decimal sign.
"""

from __future__ import annotations

from typing import Any

from duediligence.formats import format_money, format_number, user_locale
from duediligence.i18n import translate

UNKNOWN = "—"


def fixed(value: float | None, decimals: int = 1) -> str:
    """`value` with exactly `decimals` decimals and the locale's signs (72.0, 1,234.5 / 72,0); "—" unknown."""
    if value is None:
        return UNKNOWN
    text = format_number(value, decimals=decimals)
    if decimals <= 0 or text == UNKNOWN:
        return text
    sign = user_locale().decimal
    whole, _, fraction = text.partition(sign)
    return f"{whole}{sign}{fraction.ljust(decimals, '0')}"


def count(value: int) -> str:
    """A count with the locale's grouping (10,000 / 10.000)."""
    return format_number(value, decimals=0)


def amount(value: float | None, currency: str = "") -> str:
    """A whole amount: with its currency as the locale writes it (€8,000 / 8.000 €), or the bare number
    (8,000 / 8.000) where a heading names the currency; "—" when unknown."""
    if value is None:
        return UNKNOWN
    if currency:
        return format_money(float(round(value)), currency, decimals=0)
    return format_number(value, decimals=0)


def percent(fraction: float | None, decimals: int = 0) -> str:
    """A fraction as a percentage with exactly `decimals` decimals (12%, 8.5% / 12 %, 8,5 %)."""
    if fraction is None:
        return UNKNOWN
    from babel import Locale

    pattern = Locale.parse(user_locale().name).percent_formats[None]
    return f"{pattern.prefix[0]}{fixed(fraction * 100, decimals)}{pattern.suffix[0]}"


def short_amount(value: float) -> str:
    """An amount on an axis or in a legend: 1.5 M, 25 k, 9,500 (German 1,5 Mio., 25 Tsd., 9.500)."""
    if abs(value) >= 1_000_000:
        return translate("Charts", "%1 M", "an amount in millions").replace("%1", fixed(value / 1e6, 1))
    if abs(value) >= 10_000:
        return translate("Charts", "%1 k", "an amount in thousands").replace("%1", count(round(value / 1e3)))
    return format_number(value, decimals=0)


def tick(value: float) -> str:
    """An axis tick value as the locale writes it (0.5 / 0,5), without binary noise (0.30000000000000004)."""
    return format_number(value, decimals=6)


def locale_ticks(ax: Any, *, x: bool = True, y: bool = True, write: Any = tick) -> None:
    """Write the tick labels of `ax` through `write` (by default `tick`): matplotlib's own formatter
    always writes a decimal point."""
    from matplotlib.ticker import FuncFormatter

    if x:
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: write(v)))
    if y:
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: write(v)))
