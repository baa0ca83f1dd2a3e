"""Which column of a list is which field (header words in English, German and a little French), and
reading each cell as that field's value; one parser per kind (duediligence.formats)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from duediligence import fields
from duediligence.errors import ValidationError
from duediligence.exchange.list_files import as_text, is_empty
from duediligence.i18n import QT_TRANSLATE_NOOP

OPTIONS, CRITERIA = "options", "criteria"


TARGETS = (OPTIONS, CRITERIA)


GROUP = "group"  # a pseudo-field of criteria: the group's name (created when new)


OPTION_FIELDS = ("name", "kind", "vendor", "product", "website", "contact", "notes", "time_to_results_weeks")


CRITERION_FIELDS = (
    "name",
    "description",
    GROUP,
    "weight",
    "scale",
    "unit",
    "direction",
    "must_have",
    "must_have_threshold",
)


TARGET_FIELDS = {OPTIONS: OPTION_FIELDS, CRITERIA: CRITERION_FIELDS}


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportLists", "Name"),
    "kind": QT_TRANSLATE_NOOP("ImportLists", "Kind"),
    "vendor": QT_TRANSLATE_NOOP("ImportLists", "Vendor"),
    "product": QT_TRANSLATE_NOOP("ImportLists", "Product"),
    "website": QT_TRANSLATE_NOOP("ImportLists", "Website"),
    "contact": QT_TRANSLATE_NOOP("ImportLists", "Contact"),
    "notes": QT_TRANSLATE_NOOP("ImportLists", "Notes"),
    "time_to_results_weeks": QT_TRANSLATE_NOOP("ImportLists", "Time to results (weeks)"),
    "description": QT_TRANSLATE_NOOP("ImportLists", "Description"),
    GROUP: QT_TRANSLATE_NOOP("ImportLists", "Group"),
    "weight": QT_TRANSLATE_NOOP("ImportLists", "Weight"),
    "scale": QT_TRANSLATE_NOOP("ImportLists", "Scale"),
    "unit": QT_TRANSLATE_NOOP("ImportLists", "Unit"),
    "direction": QT_TRANSLATE_NOOP("ImportLists", "Direction"),
    "must_have": QT_TRANSLATE_NOOP("ImportLists", "Must-have"),
    "must_have_threshold": QT_TRANSLATE_NOOP("ImportLists", "Must-have threshold"),
}


NUMBER_FIELDS = {"time_to_results_weeks", "weight", "must_have_threshold"}


PERCENT_FIELDS = {"weight", "must_have_threshold"}


def _key(text: str) -> str:
    """Header or word, compared without case, accents, spaces or punctuation ("Must-have" = "musthave")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _w(text: str) -> tuple[str, ...]:
    """Synonyms, written as `_key` compares them (no spaces, case or accents needed)."""
    return tuple(text.split())


# Header words per field, English and German first (the app's users), a little French.
_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    OPTIONS: {
        "name": _w(
            "name option options alternative alternatives title solution candidate item bezeichnung "
            "optionen lösung loesung kandidat titel"
        ),
        "kind": _w("kind type optiontype kindofoption art typ optionsart"),
        "vendor": _w(
            "vendor supplier manufacturer maker brand provider company seller hersteller anbieter "
            "lieferant marke firma unternehmen fournisseur"
        ),
        "product": _w("product model edition sku produkt modell produit"),
        "website": _w("website web url homepage link site webseite internetseite"),
        "contact": _w("contact email mail phone telephone contactperson kontakt ansprechpartner telefon"),
        "notes": _w(
            "notes note comment comments remarks remark description notizen notiz bemerkung "
            "bemerkungen kommentar beschreibung anmerkung anmerkungen"
        ),
        "time_to_results_weeks": _w(
            "timetoresults timetoresultsweeks timetovalue leadtime implementationtime weeks "
            "durationweeks wochen einführungszeit einführungsdauer zeitbisergebnis dauer"
        ),
    },
    CRITERIA: {
        "name": _w(
            "name criterion criteria requirement title kriterium kriterien anforderung bezeichnung "
            "titel critère"
        ),
        "description": _w(
            "description details explanation notes comment beschreibung erläuterung erklärung "
            "kommentar bemerkung"
        ),
        GROUP: _w(
            "group category section area heading gruppe kategorie bereich rubrik criteriongroup "
            "kriteriengruppe"
        ),
        "weight": _w("weight weighting importance gewicht gewichtung wichtigkeit poids"),
        "scale": _w("scale scoringscale skala bewertungsskala échelle"),
        "unit": _w("unit units uom einheit maßeinheit"),
        "direction": _w("direction better optimise optimize richtung betterwhen"),
        "must_have": _w(
            "musthave must mandatory required knockout ko kokriterium pflicht muss musskriterium "
            "ausschlusskriterium obligatoire"
        ),
        "must_have_threshold": _w(
            "musthavethreshold threshold minimum min cutoff schwelle schwellenwert mindestwert grenzwert"
        ),
    },
}


def _guess(headers: Sequence[str], target: str) -> dict[int, str]:
    """{column: field} for the headers that name a field; the closest match wins, each field once."""
    candidates: list[tuple[int, int, str]] = []  # (score, column, field)
    for column, header in enumerate(headers):
        key = _key(header)
        if not key:
            continue
        for name, words in _SYNONYMS[target].items():
            best = 0
            for word in (_key(w) for w in words):
                if key == word:
                    best = max(best, 1000 + len(word))
                elif len(word) >= 4 and word in key:
                    best = max(best, len(word))
            if best:
                candidates.append((best, column, name))
    mapping: dict[int, str] = {}
    for _score, column, name in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if column not in mapping and name not in mapping.values():
            mapping[column] = name
    return mapping


def suggest_mapping(headers: Sequence[str], target: str) -> dict[int, str]:
    """{column index: field} guessed from the header names ("Supplier"/"Hersteller" -> vendor,
    "Gewicht" -> weight); each field at most once, the closest match first. When no header names
    the name, the first column not mapped to anything becomes the name."""
    if target not in TARGETS:
        raise ValueError(f"unknown list target {target!r}")
    mapping = _guess(headers, target)
    if "name" not in mapping.values():
        free = [c for c in range(len(headers)) if c not in mapping]
        if free:
            mapping[free[0]] = "name"
    return dict(sorted(mapping.items()))


def infer_target(headers: Sequence[str]) -> str:
    """Options or criteria: whichever the headers name more fields of (options when tied)."""
    found = {target: _guess(headers, target) for target in TARGETS}
    only = {t: {f for f in m.values() if f not in ("name", "description", "notes")} for t, m in found.items()}
    return CRITERIA if len(only[CRITERIA]) > len(only[OPTIONS]) else OPTIONS


# Cell words per choice: the stored code, the app's own labels, and what people write instead.
_KINDS = {
    "vendor_product": _w(
        "vendorproduct vendor product buy buying purchase buyfromavendor offtheshelf commercial saas "
        "standardsoftware kaufen kauf einkauf anbieterprodukt zukauf"
    ),
    "build": _w(
        "build buildinhouse inhouse buildit buildourselves develop custom make selfbuilt "
        "eigenentwicklung selbstbauen selbstentwickeln bauen entwickeln"
    ),
    "extend": _w(
        "extend extendwhatwehave extendexisting extension upgrade enhance erweitern erweiterung ausbau "
        "ausbauen bestehendeserweitern"
    ),
    "do_nothing": _w(
        "donothing nothing statusquo keepasis asis none nochange nichtstun nichts keineänderung"
    ),
    "other": _w("other others sonstiges andere anderes"),
}


_SCALES = {
    "0-10": _w("010 0to10 zerototen 0bis10 10point"),
    "1-5": _w("15 1to5 onetofive 1bis5 5point fivepoint"),
    "yes-no": _w("yesno yn boolean bool janein passfail binary"),
    "percent": _w("percent percentage prozent pct 0100"),
    "measured": _w("measured measure number value gemessen messwert zahl amount"),
}


_DIRECTIONS = {
    "lower": _w(
        "lower lowerisbetter less lessisbetter min minimise minimize smaller niedriger"
        " weniger kleiner niedrig"
    ),
    "higher": _w(
        "higher higherisbetter more moreisbetter max maximise maximize bigger larger höher mehr größer hoch"
    ),
}


_YES = (
    "yes",
    "y",
    "true",
    "x",
    "1",
    "ja",
    "j",
    "oui",
    "si",
    "must",
    "musthave",
    "ko",
    "required",
    "mandatory",
)


_NO = ("no", "n", "false", "0", "nein", "non", "optional", "nicetohave", "should", "could")


_YES_MARKS, _NO_MARKS = ("✓", "✔", "☑", "✅"), ("-", "–", "✗", "✘", "☐")


def _number(name: str, raw: Any) -> float | None:
    """A number cell as it is; text as the importing person writes numbers (`formats.parse_number`),
    where a weight or threshold may carry a percent sign ("25 %" weighs 25)."""
    from duediligence.formats import parse_number

    if isinstance(raw, bool):
        raise ValidationError(name, raw, "expected a number")
    if isinstance(raw, str) and name in PERCENT_FIELDS:
        raw = raw.strip().removesuffix("%")
    return parse_number(raw, field=name)


def _word(value: Any, words: Mapping[str, tuple[str, ...]]) -> str | None:
    """The code whose word the cell is ("Build in-house" -> build), else whose longest word (of four
    letters or more) it contains ("höher ist besser" -> higher)."""
    key = _key(as_text(value))
    best: tuple[int, str | None] = (0, None)
    for code, synonyms in words.items():
        for word in (_key(code), *(_key(w) for w in synonyms)):
            if key == word:
                return code
            if len(word) >= 4 and word in key and len(word) > best[0]:
                best = (len(word), code)
    return best[1]


def convert_value(target: str, name: str, raw: Any) -> Any:
    """The stored value for one cell, through `fields.py`; raises ValidationError. Empty -> None (omit)."""
    specs = fields.OPTION if target == OPTIONS else fields.CRITERION
    if is_empty(raw):
        return None
    if name in NUMBER_FIELDS:
        return specs[name](name, _number(name, raw))
    if name == "kind":
        code = _word(raw, _KINDS)
        if code is None:
            raise ValidationError(
                name,
                as_text(raw),
                "expected buy from a vendor, build in-house, extend what we have, do nothing or other",
            )
        return specs[name](name, code)
    if name == "scale":
        code = _word(raw, _SCALES)
        if code is None:
            raise ValidationError(name, as_text(raw), "expected 0-10, 1-5, yes-no, percent or measured")
        return specs[name](name, code)
    if name == "direction":
        code = _word(raw, _DIRECTIONS)
        if code is None:
            raise ValidationError(name, as_text(raw), "expected higher or lower (which is better)")
        return specs[name](name, code)
    if name == "must_have":
        if isinstance(raw, bool):
            return raw
        text = as_text(raw).strip()
        if _key(text) in _YES or text in _YES_MARKS:
            return True
        if _key(text) in _NO or text in _NO_MARKS:
            return False
        raise ValidationError(name, text, "expected yes or no")
    if name == GROUP:
        return fields.CRITERION_GROUP["name"](name, as_text(raw))
    checker = specs[name]
    value = as_text(raw)
    return checker(name, value.strip() if name == "name" else value)
