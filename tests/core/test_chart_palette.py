"""Options own the hues (Okabe–Ito first), criterion groups are greys with hatching, and a stance has a
shape as well as a colour: no chart says something by colour alone (issue 21)."""

from __future__ import annotations

from duediligence.charts import style

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


def lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB hex colour."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def distance(a: str, b: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b), strict=True)) ** 0.5


def test_the_first_option_colours_are_okabe_ito() -> None:
    assert style.OPTION_COLOURS[: len(OKABE_ITO)] == OKABE_ITO


def test_no_option_colour_is_near_a_criterion_group_colour() -> None:
    nearest = min(distance(o, g) for o in style.OPTION_COLOURS for g in style.GROUP_COLOURS)
    assert nearest > 25  # ΔE*ab: clearly different colours, even side by side


def test_twelve_criterion_groups_differ_in_grey_or_hatching() -> None:
    looks = {(style.group_colour(g), style.group_hatch(g)) for g in range(12)}
    assert len(looks) == 12


def test_every_stance_has_its_own_marker() -> None:
    assert set(style.STANCE_MARKERS) == set(style.STANCE_COLOURS)
    assert len(set(style.STANCE_MARKERS.values())) == len(style.STANCE_MARKERS)
