"""Specification of the words of "what to find out next", one wording for the app, the CLI and the report."""

from __future__ import annotations

import pytest

from duediligence.robustness.words import Formats, chance_bucket, consequence, question, sentence


@pytest.mark.parametrize(
    ("p", "bucket"),
    [
        (1.0, ("every", 0)),
        (0.995, ("every", 0)),
        (0.9949, ("hundred", 99)),
        (0.12, ("hundred", 12)),
        (0.015, ("hundred", 2)),  # half up, not to even
        (0.005, ("hundred", 1)),
        (0.0049, ("thousand", 5)),
        (0.0015, ("thousand", 2)),
        (0.001, ("thousand", 1)),
        (0.0005, ("thousand", 1)),
        (0.00049, ("never", 0)),
        (0.0, ("never", 0)),
    ],
)
def test_a_chance_is_worded_by_what_its_rounding_can_say(p: float, bucket: tuple[str, int]) -> None:
    assert chance_bucket(p) == bucket


BETWEEN = ("MacBook Air 13", "Keep and repair what I have")
PAIR = "(between MacBook Air 13 and Keep and repair what I have)."
ALONE = "(with other unknowns); on its own it"


@pytest.mark.parametrize(
    ("p", "decides", "words", "impact"),
    [
        (0.12, True, f"it could change the winner in about 12 in 100 cases {PAIR}", 25.66),
        (0.001, True, f"it could change the winner, but rarely: about 1 in 1,000 cases {PAIR}", 25.66),
        (0.0, True, "it could decide between MacBook Air 13 and Keep and repair what I have, but almost "
                    "never does.", 25.66),
        (0.0, False, "it almost never changes the winner: it moves the lead of MacBook Air 13 by up to "
                     "25.7 points, but MacBook Air 13 stays ahead.", 25.66),
        (0.03, False, f"it could change the winner in about 3 in 100 cases {ALONE} moves the lead of "
                      "MacBook Air 13 by up to 25.7 points.", 25.66),
        (0.03, False, f"it could change the winner in about 3 in 100 cases {ALONE} does not move the lead of "
                      "MacBook Air 13.", 0.049),
        (1.0, True, f"it changes the winner in almost every case {PAIR}", 25.66),
    ],
)  # fmt: skip
def test_the_consequence_states_the_chance_and_who_it_is_between(
    p: float, decides: bool, words: str, impact: float
) -> None:
    assert consequence(p, decides, BETWEEN, "MacBook Air 13", impact) == words


def test_each_kind_of_item_says_what_to_do() -> None:
    assert question("missing", "B", "Support", 0, 10) == "Find out “Support” for B (not scored yet)"
    assert question("range", "B", "Support", 5.5, 7) == "Narrow down “Support” for B (now 5.5 – 7)"
    assert question("weight", "", "Support", 0.18, 0.221) == "Agree the weight of “Support” (18 % – 22 %)"
    assert question("weight", "", "Logo", 0.004, 0.3) == "Agree the weight of “Logo” (<1 % – 30 %)"
    assert question("option", "Keep", "", 0, 0) == "Score Keep, or exclude it (nothing is scored yet)"


def test_a_criterion_calculated_from_costs_or_time_asks_for_what_it_is_calculated_from() -> None:
    tco = dict(unit="EUR", source="tco")
    assert (
        question("missing", "B", "TCO", 1199, 1349, **tco)
        == "Enter the costs of B (“TCO” is calculated from them)"
    )
    assert question("range", "B", "NPV", -1200.4, 1349, unit="EUR", source="npv") == (
        "Narrow down the cost estimates of B (“NPV” is now -1,200 EUR – 1,349 EUR)"
    )
    assert question("missing", "B", "Ready", 2, 8, unit="weeks", source="time_to_results") == (
        "Find out when B would deliver results (“Ready” is calculated from it)"
    )
    assert question("range", "B", "Ready", 2, 8.25, unit="weeks", source="time_to_results") == (
        "Narrow down what “Ready” of B is calculated from (now 2 weeks – 8.2 weeks)"
    )


def test_the_app_passes_its_own_numbers_and_translations() -> None:
    german = Formats(
        tr=lambda text: {"Narrow down “%2” for %1 (now %3 – %4)": "%1: „%2“ eingrenzen (%3 – %4)"}.get(
            text, text
        ),
        number=lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","),
        value=lambda value, unit: f"{value:.2f} {unit}".replace(".", ","),
    )
    assert (
        question("range", "B", "Preis", 5.5, 7, unit="€", formats=german)
        == "B: „Preis“ eingrenzen (5,50 € – 7,00 €)"
    )
    assert consequence(0.0, False, ("A", "B"), "A", 1.25, german).endswith(
        "by up to 1,2 points, but A stays ahead."
    )


def test_a_name_holding_a_placeholder_is_kept_as_typed() -> None:
    assert question("missing", "Plan %2", "Fit", 0, 1) == "Find out “Fit” for Plan %2 (not scored yet)"


def test_the_sentence_joins_what_to_do_and_what_it_could_change() -> None:
    assert (
        sentence("Find out “Fit” for B (not scored yet)", "it could …")
        == "Find out “Fit” for B (not scored yet): it could …"
    )
