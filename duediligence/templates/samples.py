"""The sample evaluations shipped in resources/samples, for a new user to explore at once, in the user's
language (templates.localise): the app adds them in German when it runs in German; without the app
(the command line, tests) they stay English."""

from __future__ import annotations

import json
from typing import Any

from duediligence.errors import WorkbookError
from duediligence.operations import Batch
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.paths import resource
from duediligence.templates.localise import localised_sample


def sample_documents() -> list[tuple[str, dict[str, Any]]]:
    """(file name, evaluation document in the user's language) for every shipped sample, in file-name
    order."""
    folder = resource("samples")
    documents = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            document = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise WorkbookError(f"The sample file {entry.name} cannot be read: {exc}") from exc
        documents.append((entry.name, localised_sample(document)))
    return documents


def add_samples() -> Batch:
    """One operation adding every sample: all of them or, if any is invalid, none."""
    return Batch(
        tuple(InsertEvaluationDocument(document, where=f"{name}: ") for name, document in sample_documents())
    )
