"""The shipped vendor questionnaires in the app's language (issue 21): every question, category and
title has its German, and a questionnaire template loaded under German reads in German."""

from __future__ import annotations

import json

from duediligence.paths import resource
from duediligence.templates.localise import CONTEXT, texts
from duediligence.templates.questionnaires import shipped_questionnaires
from tests.core.german import _messages, in_german


def test_every_text_of_the_shipped_questionnaires_has_its_german() -> None:
    german = _messages()
    missing = [
        text
        for path in sorted(resource("questionnaires").glob("*.json"))
        for text in texts(json.loads(path.read_text(encoding="utf-8")))
        if (CONTEXT, text, "") not in german
    ]
    assert missing == []


def test_the_saas_questionnaire_asks_its_first_question_in_german() -> None:
    with in_german():
        saas = shipped_questionnaires().templates[0]
    english = shipped_questionnaires().templates[0]
    assert english.items[0].question.startswith("Do you hold a current SOC 2 Type II report")
    assert saas.items[0].question.startswith("Verfügen Sie über einen aktuellen SOC-2-Typ-II-Bericht")
