"""Importing a plain list of options or criteria from a CSV or .xlsx file (a vendor long-list, a
colleague's criteria catalogue), with the columns mapped to fields.

table = read_table(path)                                     -> RawTable: header + rows, bounded, untrusted
mapping = suggest_mapping(table.headers, "options")          -> {column index: field}; absent = ignored
plan = plan_list_import(session, evaluation_id, table, "options", mapping)
plan.lines                                                   -> add / skipped / error, with row and column
plan.operation()                                             -> one Batch (one undo step)

A file is read as untrusted input: CSV bounded in bytes, rows, columns and cell length; .xlsx through
the same guards as the Excel import (zip bounds, defusedxml, read-only over real cells). Nothing is
ever evaluated: a cell such as "=1+1" is the text "=1+1". Values go through the same `fields.py`
checkers as every editor; one error line blocks the whole import, so nothing is half-imported.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from duediligence import fields
from duediligence.errors import NotFoundError, ValidationError, WorkbookError
from duediligence.exchange.safety import number_text, printable

if TYPE_CHECKING:  # the UI imports this module at start-up: SQLAlchemy loads when a plan is made
    from sqlmodel import Session

    from duediligence.operations import Batch, Operation

MAX_CSV_BYTES = 5_000_000
MAX_ROWS = 10_000
MAX_COLUMNS = 100
MAX_CELL_CHARS = 10_000
DELIMITERS = (",", ";", "\t")

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
    "name": "Name",
    "kind": "Kind",
    "vendor": "Vendor",
    "product": "Product",
    "website": "Website",
    "contact": "Contact",
    "notes": "Notes",
    "time_to_results_weeks": "Time to results (weeks)",
    "description": "Description",
    GROUP: "Group",
    "weight": "Weight",
    "scale": "Scale",
    "unit": "Unit",
    "direction": "Direction",
    "must_have": "Must-have",
    "must_have_threshold": "Must-have threshold",
}
NUMBER_FIELDS = {"time_to_results_weeks", "weight", "must_have_threshold"}
PERCENT_FIELDS = {"weight", "must_have_threshold"}

ADD, SKIP, ERROR = "add", "skip", "error"


class ListImportError(WorkbookError):
    """A list that cannot be read or imported; the message says what is wrong. Nothing was changed."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"Cannot import {path}: {reason}. Nothing in the workbook was changed.")


# --- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawTable:
    """The header and the data rows of a file, as found (text, numbers, dates); nothing converted yet.

    `rows` holds (row number in the file, 1-based; cells padded to the header's width). Text is read
    later, as the importing person writes numbers (a `;` between columns says nothing about them).
    """

    path: Path
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    delimiter: str | None = None  # None for .xlsx
    sheet: str | None = None
    encoding: str | None = None


def read_table(path: str | Path) -> RawTable:
    """Read `.csv` (`,`, `;` or tab; UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) or
    the first sheet of an `.xlsx`. Raises `ListImportError` saying what is wrong."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        grid, delimiter, encoding = _read_csv(path)
        return _table(path, grid, delimiter=delimiter, encoding=encoding)
    if suffix in (".xlsx", ".xlsm", ".xltm", ".xlam"):
        grid, sheet = _read_xlsx(path)
        return _table(path, grid, sheet=sheet)
    raise ListImportError(path, "only .csv and .xlsx files can be imported as a list")


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ListImportError(path, f"it claims to be UTF-8 but is not (byte {exc.start + 3})") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ListImportError(path, "it claims to be UTF-16 but is damaged") from exc
    if b"\x00" in data:
        raise ListImportError(path, "it is not a text file (it holds NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _sniff(text: str) -> str:
    """The delimiter that splits the first lines most consistently into more than one column."""
    sample = "\n".join(text.splitlines()[:50])
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        widest = max(set(counts), key=lambda n: (counts.count(n), n))
        if widest < 2:
            continue
        score = (counts.count(widest), widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> tuple[list[list[Any]], str, str]:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ListImportError(path, f"the file is {size:,} bytes; at most {MAX_CSV_BYTES:,} are read")
        data = path.read_bytes()[: MAX_CSV_BYTES + 1]
    except OSError as exc:
        raise ListImportError(path, exc.strerror or str(exc)) from exc
    if len(data) > MAX_CSV_BYTES:
        raise ListImportError(path, f"the file holds more than {MAX_CSV_BYTES:,} bytes")
    text, encoding = _decode(path, data)
    delimiter = _sniff(text)
    grid: list[list[Any]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            if len(grid) >= MAX_ROWS + 1:  # the header and 10,000 rows
                raise ListImportError(path, f"it has more than {MAX_ROWS:,} rows")
            grid.append(list(cells))
    except csv.Error as exc:
        raise ListImportError(path, f"line {reader.line_num} cannot be read as CSV ({exc})") from exc
    return grid, delimiter, encoding


def _read_xlsx(path: Path) -> tuple[list[list[Any]], str]:
    from duediligence.exchange.safety import (
        XlsxImportError,
        check_xlsx_container,
        ooxml_unescape,
        read_rows,
        require_defusedxml,
    )
    from duediligence.exchange.xlsx_import import describe

    wb = None
    try:
        require_defusedxml()
        check_xlsx_container(path)
        from openpyxl import load_workbook

        # data_only=False: a formula comes back as its text ("=A1*2") and is never evaluated.
        wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
        sheets = [ws for ws in wb.worksheets if hasattr(ws, "iter_rows")]
        if not sheets:
            raise ListImportError(path, "it holds no worksheet")
        ws = sheets[0]
        grid: list[list[Any]] = []
        for values in read_rows(ws, path, MAX_COLUMNS + 1):
            if len(grid) >= MAX_ROWS + 1:
                raise ListImportError(path, f"the sheet {ws.title!r} has more than {MAX_ROWS:,} rows")
            grid.append([ooxml_unescape(v) if isinstance(v, str) else v for v in values])
        return grid, ws.title
    except ListImportError:
        raise
    except XlsxImportError as exc:
        raise ListImportError(path, exc.reason) from exc
    except WorkbookError as exc:  # require_defusedxml: the only other refusal before parsing
        reason = "workbooks are only read with defusedxml protecting the XML parser; install defusedxml"
        raise ListImportError(path, reason) from exc
    except Exception as exc:  # openpyxl raises a zoo of types for bad files: one message for each
        raise ListImportError(path, describe(exc)) from exc
    finally:
        if wb is not None:
            wb.close()


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _column_letter(index: int) -> str:
    letters, n = "", index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _table(
    path: Path,
    grid: list[list[Any]],
    *,
    delimiter: str | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
) -> RawTable:
    """The first non-empty row is the header; the rows below it (empty ones dropped) are the data."""
    trimmed: list[tuple[int, list[Any]]] = []
    for number, cells in enumerate(grid, start=1):
        while cells and _empty(cells[-1]):
            cells = cells[:-1]
        if len(cells) > MAX_COLUMNS:
            raise ListImportError(path, f"row {number} has more than {MAX_COLUMNS} columns")
        for column, value in enumerate(cells):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                where = f"{_column_letter(column)}{number}"
                raise ListImportError(
                    path, f"cell {where} holds {len(value):,} characters; at most {MAX_CELL_CHARS:,} are read"
                )
        trimmed.append((number, cells))
    found = [(n, c) for n, c in trimmed if c]
    if not found:
        raise ListImportError(path, "it is empty")
    header_row, header_cells = found[0]
    width = max(len(c) for _, c in found)
    headers: list[str] = []
    for column in range(width):
        raw = header_cells[column] if column < len(header_cells) else None
        text = printable(" ".join(as_text(raw).split())) if not _empty(raw) else ""
        text = text or f"Column {_column_letter(column)}"
        base, n = text, 1
        while text in headers:
            n += 1
            text = f"{base} ({n})"
        headers.append(text)
    rows = tuple(
        (n, tuple(c) + (None,) * (width - len(c))) for n, c in found[1:] if any(not _empty(v) for v in c)
    )
    return RawTable(path, tuple(headers), header_row, rows, delimiter, sheet, encoding)


# --- mapping ---------------------------------------------------------------------------------------


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


# --- values ----------------------------------------------------------------------------------------

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


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return (
            value.isoformat(sep=" ")[:19]
            if (value.hour, value.minute, value.second) != (0, 0, 0)
            else value.date().isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return number_text(value)
    return str(value)


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


def _convert(target: str, name: str, raw: Any) -> Any:
    """The stored value for one cell, through `fields.py`; raises ValidationError. Empty -> None (omit)."""
    specs = fields.OPTION if target == OPTIONS else fields.CRITERION
    if _empty(raw):
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


# --- planning --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListLine:
    """One line of the plan: a row added, skipped (and why) or refused (row, column and reason)."""

    kind: str  # ADD, SKIP or ERROR
    row: int | None  # the row number in the file; None for a line about the mapping
    column: str | None  # the file's column header
    name: str  # the row's name, when it has one
    text: str  # what happens, or why not

    @property
    def sentence(self) -> str:
        at = f"Row {self.row}" if self.row else "Columns"
        if self.name and self.row:
            at += f" ({self.name})"
        if self.column:
            at += f", {self.column}"
        return f"{at}: {self.text}"


@dataclass(frozen=True)
class NewRow:
    row: int
    values: dict[str, Any]
    group: str | None = None  # criteria: the group's name as it will be stored


@dataclass(frozen=True)
class ListImportPlan:
    evaluation_id: int
    target: str
    lines: tuple[ListLine, ...]
    rows: tuple[NewRow, ...]
    new_groups: tuple[str, ...] = ()

    @property
    def errors(self) -> tuple[ListLine, ...]:
        return tuple(line for line in self.lines if line.kind == ERROR)

    @property
    def skipped(self) -> tuple[ListLine, ...]:
        return tuple(line for line in self.lines if line.kind == SKIP)

    @property
    def can_apply(self) -> bool:
        return not self.errors and bool(self.rows)

    def operation(self) -> Batch:
        """One Batch: new groups first, then the rows in file order. Refused while errors remain."""
        if self.errors:
            raise WorkbookError(
                f"{len(self.errors)} value(s) cannot be imported ({self.errors[0].sentence}); "
                "nothing was imported."
            )
        if not self.rows:
            raise WorkbookError("The list adds nothing; nothing was imported.")
        from duediligence.operations import Batch
        from duediligence.operations.edits import AddCriterionInGroup, AddRow

        table = "option" if self.target == OPTIONS else "criterion"

        ops: list[Operation] = [
            AddRow("criterion_group", self.evaluation_id, {"name": name}) for name in self.new_groups
        ]
        for row in self.rows:
            if row.group is None:
                ops.append(AddRow(table, self.evaluation_id, row.values))
            else:
                ops.append(AddCriterionInGroup(self.evaluation_id, row.group, row.values))
        return Batch(tuple(ops))


def _existing_names(session: Session, model: Any, evaluation_id: int) -> dict[str, str]:
    """Stored names of one table, by their folded form (for matching "CRM" with "crm ")."""
    from sqlalchemy import select

    names = session.execute(select(model.name).where(model.evaluation_id == evaluation_id)).scalars()
    return {_fold(n): n for n in names}


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def plan_list_import(
    session: Session, evaluation_id: int, table: RawTable, target: str, mapping: Mapping[int, str]
) -> ListImportPlan:
    """What importing `table` as `target` with `mapping` would add, skip or refuse; writes nothing.

    A row whose name the evaluation (or an earlier row) already has is skipped with a line; a row
    without a name is skipped; a value a field refuses is an error line naming row and column.
    """
    from duediligence.storage.models import Criterion, CriterionGroup, Evaluation, Option

    if target not in TARGETS:
        raise ValueError(f"unknown list target {target!r}")
    if session.get(Evaluation, evaluation_id) is None:
        raise NotFoundError("evaluation", evaluation_id)
    allowed = TARGET_FIELDS[target]
    lines: list[ListLine] = []
    by_field: dict[str, list[int]] = {}
    for column, name in sorted(mapping.items()):
        if name is None or not 0 <= column < len(table.headers):
            continue
        if name not in allowed:
            raise ValueError(f"{name!r} is not a field of {target}")
        by_field.setdefault(name, []).append(column)
    for name, columns in by_field.items():
        if len(columns) > 1:
            listed = " and ".join(f"“{table.headers[c]}”" for c in columns)
            lines.append(
                ListLine(
                    ERROR,
                    None,
                    None,
                    "",
                    f"{listed} are all mapped to {FIELD_LABELS[name]}; ignore all but one",
                )
            )
    if "name" not in by_field:
        lines.append(
            ListLine(ERROR, None, None, "", "no column is mapped to Name; map the column holding the names")
        )
    if lines:
        return ListImportPlan(evaluation_id, target, tuple(lines), ())

    model = Option if target == OPTIONS else Criterion
    taken = _existing_names(session, model, evaluation_id)
    groups = _existing_names(session, CriterionGroup, evaluation_id) if target == CRITERIA else {}
    new_groups: dict[str, str] = {}
    seen: dict[str, int] = {}
    rows: list[NewRow] = []
    columns = {name: cols[0] for name, cols in by_field.items()}
    noun = "option" if target == OPTIONS else "criterion"
    article = "an" if target == OPTIONS else "a"
    for number, cells in table.rows:
        raw_name = cells[columns["name"]]
        shown_name = printable(as_text(raw_name).strip())
        if all(_empty(cells[c]) for c in columns.values()):
            continue  # a row with nothing in the mapped columns: not a line at all
        if _empty(raw_name):
            lines.append(ListLine(SKIP, number, table.headers[columns["name"]], "", "no name; skipped"))
            continue
        values: dict[str, Any] = {}
        group: str | None = None
        problems: list[ListLine] = []
        formulas: list[str] = []
        for name, column in columns.items():
            raw = cells[column]
            try:
                value = _convert(target, name, raw)
            except ValidationError as exc:
                got = printable(as_text(exc.value))
                got = got if len(got) <= 40 else got[:39] + "…"
                problems.append(
                    ListLine(ERROR, number, table.headers[column], shown_name, f"{exc.reason} (got “{got}”)")
                )
                continue
            if isinstance(raw, str) and raw.lstrip().startswith("="):
                formulas.append(table.headers[column])
            if value is None:
                continue
            if name == GROUP:
                group = value
            else:
                values[name] = value
        if problems:
            lines.extend(problems)
            continue
        key = _fold(values["name"])
        if key in taken:
            lines.append(
                ListLine(
                    SKIP,
                    number,
                    None,
                    shown_name,
                    f"{article} {noun} named “{taken[key]}” already exists; skipped",
                )
            )
            continue
        if key in seen:
            lines.append(
                ListLine(SKIP, number, None, shown_name, f"the same name is on row {seen[key]}; skipped")
            )
            continue
        seen[key] = number
        if group is not None:
            folded = _fold(group)
            group = groups[folded] if folded in groups else new_groups.setdefault(folded, group)
        rows.append(NewRow(number, values, group))
        text = f"will add this {noun}"
        if group is not None:
            text += f" to the group “{group}”" + (" (new)" if _fold(group) in new_groups else "")
        if formulas:
            text += f" ({', '.join(formulas)}: a formula, kept as its text and never calculated)"
        lines.append(ListLine(ADD, number, None, shown_name, text))
    return ListImportPlan(evaluation_id, target, tuple(lines), tuple(rows), tuple(new_groups.values()))


# --- the one operation it needs --------------------------------------------------------------------
