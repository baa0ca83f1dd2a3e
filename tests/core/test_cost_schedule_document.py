"""The cost schedule in the JSON document: `add` accepts `year`, `from_year`, `to_year`, `escalation`,
`currency` on cost lines and `exchange_rates` (with `exchange_rates_on`) on the evaluation, `show
--json` prints them back, and a wrong value is refused naming its line and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from duediligence import cli
from tests.core.test_cli_add import add, show, without_ids, write

SCHEDULED: dict[str, Any] = {
    "title": "Accounting software",
    "currency": "EUR",
    "horizon_years": 5,
    "discount_rate": 0.1,
    "exchange_rates": {"USD": 0.92},
    "exchange_rates_on": "2026-12-01",
    "options": [
        {
            "name": "OpenLedger",
            "costs": [
                {"label": "Licence", "amount": 10000},
                {"label": "Subscription", "amount": 1000, "recurrence": "yearly", "escalation": 0.05},
                {"label": "Migration", "amount": 2000, "year": 3},
                {"label": "US support", "amount": 500, "recurrence": "yearly", "from_year": 2,
                 "to_year": 4, "currency": "USD"},
            ],
        }
    ],
}  # fmt: skip


def test_a_scheduled_document_round_trips_through_add_and_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "w.db")
    code, out, err = add(write(tmp_path, SCHEDULED), db, capsys)
    assert (code, err) == (0, "")
    shown = show(db, int(out), capsys)
    costs = shown["options"][0]["costs"]
    assert (shown["exchange_rates"], shown["exchange_rates_on"]) == ({"USD": 0.92}, "2026-12-01")
    assert [(c["year"], c["from_year"], c["to_year"], c["escalation"], c["currency"]) for c in costs] == [
        (0, 1, None, 0.0, None),
        (0, 1, None, 0.05, None),
        (3, 1, None, 0.0, None),
        (0, 2, 4, 0.0, "USD"),
    ]
    code, out, err = add(write(tmp_path, shown, "shown.json"), db, capsys)
    assert (code, err) == (0, "")
    assert without_ids(show(db, int(out), capsys)) == without_ids(shown)


def test_rank_json_uses_the_schedule_and_the_rate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """TCO = 10,000 + 5,525.63125 (1,000 +5 %/yr over 5 years) + 2,000 + 3 × 500 × 0.92 (1,380)
    = 18,905.63."""
    db = str(tmp_path / "w.db")
    _, out, _ = add(write(tmp_path, SCHEDULED), db, capsys)
    assert cli.main(["rank", out.strip(), "--db", db, "--json"]) == 0
    import json

    ranked = json.loads(capsys.readouterr().out)
    assert round(ranked["options"][0]["tco"], 2) == 18_905.63


def _with_cost(**changes: Any) -> dict[str, Any]:
    line = {"label": "Licence", "amount": 100, **changes}
    return {**SCHEDULED, "options": [{"name": "A", "costs": [line]}]}


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        (_with_cost(year=-1), "options[0].costs[0].year: must be at least 0"),
        (_with_cost(year=1.5), "options[0].costs[0].year: "),
        (_with_cost(escalation=-1), "options[0].costs[0].escalation: must be at least -0.99"),
        (_with_cost(currency="dollars"), "options[0].costs[0].currency: expected a three-letter currency"),
        (_with_cost(from_year=3, to_year=2), "options[0].costs[0].to_year: comes before from_year 3"),
        ({**SCHEDULED, "exchange_rates": {"USD": 0}}, "exchange_rates.USD: expected a rate above 0 for USD"),
        ({**SCHEDULED, "exchange_rates": {"usd1": 1}}, "exchange_rates.usd1: expected a three-letter"),
        ({**SCHEDULED, "exchange_rates": [0.92]}, 'exchange_rates: expected rates such as {"USD": 0.92}'),
    ],
)
def test_a_wrong_schedule_value_is_refused_naming_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: dict[str, Any], says: str
) -> None:
    db = str(tmp_path / "w.db")
    code, out, err = add(write(tmp_path, doc), db, capsys)
    assert (code, out) == (1, "")
    assert says in err
