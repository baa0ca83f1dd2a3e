"""What an operation is, and what it touched (so each view re-queries only what it shows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class Changes:
    """Kinds of rows touched (table names) and the evaluations they belong to."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    evaluation_ids: frozenset[int] = field(default_factory=frozenset)
    # Evaluations that were created or removed: the list of evaluations must reload.
    evaluation_list: bool = False
    # Another workbook was opened, or rows were restored wholesale: every view reloads.
    everything: bool = False
    # The rows written, as (table, row key): the key is the id, or "a:b" for a link row.
    rows: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.evaluation_ids | other.evaluation_ids,
            self.evaluation_list or other.evaluation_list,
            self.everything or other.everything,
            self.rows | other.rows,
        )

    def touches(self, kind: str, evaluation_id: int | None = None) -> bool:
        """Whether a view showing `kind` rows (of one evaluation, if given) must reload."""
        if self.everything:
            return True
        if kind not in self.kinds:
            return False
        return evaluation_id is None or evaluation_id in self.evaluation_ids

    def touches_any(self, kinds: frozenset[str], evaluation_id: int | None = None) -> bool:
        """Whether something computed from `kinds` rows (e.g. `RANKING`) must be recomputed."""
        if self.everything:
            return True
        if not self.kinds & kinds:
            return False
        return evaluation_id is None or evaluation_id in self.evaluation_ids

    def only(self, kinds: frozenset[str]) -> bool:
        """Nothing but `kinds` rows changed (e.g. only scores: the matrix updates cells in place)."""
        return not self.everything and bool(self.kinds) and self.kinds <= kinds


# What each computed result is read from (table names), so a view recomputes only when one of them
# changed. An edit changes its own table's rows (and marks the evaluation's `updated_at`, which only the
# list of evaluations shows: `evaluation_list`); the "evaluation" kind means its own fields changed.
MATRIX = frozenset(
    {"evaluation", "option", "criterion_group", "criterion", "score", "pairwise_comparison", "cost_item"}
)
RISKS = frozenset({"risk_item", "risk_option"})
RANKING = MATRIX | RISKS  # critical checks and the risk adjustment change the ranking
ROBUSTNESS = RANKING | {"stakeholder", "weight_profile", "inquiry"}


EVERYTHING = Changes(everything=True, evaluation_list=True)


@dataclass(frozen=True)
class Applied:
    inverse: Operation
    changes: Changes
    result: Any = None  # e.g. the id of what was created


class Operation(Protocol):
    def apply(self, session: Session) -> Applied: ...
