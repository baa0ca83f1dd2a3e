"""The words of "what to find out next": one function for the app, the command line and the PDF report.

Each item reads "<what to do>: <what it could change>", e.g. “Find out “Support” for B (not scored yet):
it could change the winner in about 12 in 100 cases (between A and B).” The chance is ``p_change``
(`montecarlo_change`) in words, by what its rounding can honestly say:

* about N in 100 cases, when it rounds to at least 1 in 100 (below 99.5 %): "in almost every case";
* rarely (about N in 1,000 cases), when it rounds to at least 1 in 1,000;
* almost never, below that (including no draw at all: a simulation cannot show "never").

`Formats` lets the app pass its locale's numbers and its translation hook; the defaults are English.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from duediligence.enums import ValueSource
from duediligence.i18n import QT_TRANSLATE_NOOP, translate


def _same(text: str) -> str:
    """The template in the user's language (English without the app), under the app's context."""
    return translate("Robustness", text)


def _number(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _percent(share: float) -> str:
    return "<1 %" if 0 < share < 0.005 else f"{round(share * 100)} %"


@dataclass(frozen=True)
class Formats:
    """How numbers are written and a hook to translate each template (``%1``, ``%2``… are filled in)."""

    tr: Callable[[str], str] = _same
    number: Callable[[float, int], str] = _number  # a number with at most this many decimals
    percent: Callable[[float], str] = _percent  # a share 0–1
    value: Callable[[float, str], str] | None = None  # a criterion's raw value with its unit

    def fill(self, template: str, *values: str) -> str:
        """The translated template with %1, %2… replaced in one pass (a name holding "%2" stays as is)."""

        def at(match: re.Match[str]) -> str:
            k = int(match.group(1))
            return values[k - 1] if 1 <= k <= len(values) else match.group(0)

        return re.sub(r"%(\d+)", at, self.tr(template))

    def raw(self, value: float, unit: str) -> str:
        if self.value is not None:
            return self.value(value, unit)
        return f"{self.number(value, 1 if abs(value) < 100 else 0)} {unit}".strip()


ENGLISH = Formats()

COSTS = frozenset({ValueSource.TCO.value, ValueSource.NPV.value})


def question(
    kind: str,
    option: str,
    criterion: str,
    low: float,
    high: float,
    *,
    unit: str = "",
    source: str = ValueSource.MANUAL.value,
    formats: Formats = ENGLISH,
) -> str:
    """What to do: find out, narrow down, agree a weight, or score (or exclude) a whole option."""
    f = formats
    if kind == "option":
        return f.fill(
            QT_TRANSLATE_NOOP("Robustness", "Score %1, or exclude it (nothing is scored yet)"), option
        )
    if kind == "weight":
        return f.fill(
            QT_TRANSLATE_NOOP("Robustness", "Agree the weight of “%1” (%2 – %3)"),
            criterion,
            f.percent(low),
            f.percent(high),
        )
    ends = (f.raw(low, unit), f.raw(high, unit))
    if source in COSTS:
        if kind == "missing":
            return f.fill(
                QT_TRANSLATE_NOOP("Robustness", "Enter the costs of %1 (“%2” is calculated from them)"),
                option,
                criterion,
            )
        return f.fill(
            QT_TRANSLATE_NOOP("Robustness", "Narrow down the cost estimates of %1 (“%2” is now %3 – %4)"),
            option,
            criterion,
            *ends,
        )
    if source != ValueSource.MANUAL.value:
        if kind == "missing":
            return f.fill(
                QT_TRANSLATE_NOOP(
                    "Robustness", "Find out when %1 would deliver results (“%2” is calculated from it)"
                ),
                option,
                criterion,
            )
        return f.fill(
            QT_TRANSLATE_NOOP("Robustness", "Narrow down what “%2” of %1 is calculated from (now %3 – %4)"),
            option,
            criterion,
            *ends,
        )
    if kind == "missing":
        return f.fill(
            QT_TRANSLATE_NOOP("Robustness", "Find out “%2” for %1 (not scored yet)"), option, criterion
        )
    return f.fill(
        QT_TRANSLATE_NOOP("Robustness", "Narrow down “%2” for %1 (now %3 – %4)"), option, criterion, *ends
    )


def _rounded(x: float) -> int:
    """Half up (1.5 → 2, 2.5 → 3), not to even; the 1e-9 absorbs 0.0005 · 1000 = 0.49999…"""
    return math.floor(x + 0.5 + 1e-9)


def chance_bucket(p_change: float) -> tuple[str, int]:
    """("every", 0), ("hundred", N), ("thousand", N) or ("never", 0): how `consequence` words a chance."""
    if p_change >= 0.995:
        return "every", 0
    per_hundred = _rounded(p_change * 100)
    if per_hundred >= 1:
        return "hundred", per_hundred
    per_thousand = _rounded(p_change * 1000)
    if per_thousand >= 1:
        return "thousand", per_thousand
    return "never", 0


def consequence(
    p_change: float,
    decides: bool,
    between: tuple[str, str],
    leader: str,
    impact: float,
    formats: Formats = ENGLISH,
) -> str:
    """What it could change: the chance that it changes the winner, and between whom (or by how much)."""
    f = formats
    bucket, count = chance_bucket(p_change)
    n = f.number(count, 0)
    if bucket == "never":
        if decides:
            return f.fill(
                QT_TRANSLATE_NOOP("Robustness", "it could decide between %1 and %2, but almost never does."),
                *between,
            )
        return f.fill(
            QT_TRANSLATE_NOOP(
                "Robustness",
                "it almost never changes the winner: it moves the lead of %1 by up to %2 points, "
                "but %1 stays ahead.",
            ),
            leader,
            f.number(impact, 1),
        )
    chance = {
        "every": f.fill(QT_TRANSLATE_NOOP("Robustness", "it changes the winner in almost every case")),
        "hundred": f.fill(
            QT_TRANSLATE_NOOP("Robustness", "it could change the winner in about %1 in 100 cases"), n
        ),
        "thousand": f.fill(
            QT_TRANSLATE_NOOP("Robustness", "it could change the winner, but rarely: about %1 in %2 cases"),
            n,
            f.number(1000, 0),
        ),
    }[bucket]
    if decides:
        return f.fill(QT_TRANSLATE_NOOP("Robustness", "%1 (between %2 and %3)."), chance, *between)
    if impact < 0.05:  # shown as 0.0: it moves nothing on its own
        return f.fill(
            QT_TRANSLATE_NOOP(
                "Robustness", "%1 (with other unknowns); on its own it does not move the lead of %2."
            ),
            chance,
            leader,
        )
    return f.fill(
        QT_TRANSLATE_NOOP(
            "Robustness", "%1 (with other unknowns); on its own it moves the lead of %2 by up to %3 points."
        ),
        chance,
        leader,
        f.number(impact, 1),
    )


def sentence(what: str, could: str) -> str:
    """The whole item, as the command line and the report print it."""
    return f"{what}: {could}"
