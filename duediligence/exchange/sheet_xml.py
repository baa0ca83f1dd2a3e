"""The cells of one worksheet, read from its XML with expat directly, as defusedxml would guard it.

openpyxl's reader builds an ElementTree element for every cell through a pure-Python parser (the
price of defusedxml's guard), which made reading most of an import's time. Here expat calls back
once per tag and nothing else is built; the guard is the same: no DTD, no entity declarations, no
external references (defusedxml's exceptions, so the import's messages stay the same). Values are
converted as openpyxl converts them (shared and inline text, numbers, dates by their style,
booleans, errors); a formula comes back with its text, and a value no program writes is kept as
its raw text for the caller to refuse by its cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ROW, CELL, VALUE, FORMULA, INLINE, TEXT, PHONETIC = (
    f"{MAIN}}}{tag}" for tag in ("row", "c", "v", "f", "is", "t", "rPh")
)
CHUNK = 1 << 20

Cell = tuple[int, Any, str]  # (column, value, kind: "n" value, "f" formula text, "x" unreadable text)


def _refuse_doctype(name: str, *_: Any) -> None:
    from defusedxml import DTDForbidden

    raise DTDForbidden(name, None, None)


def _refuse_entity(name: str, *rest: Any) -> None:
    from defusedxml import EntitiesForbidden

    raise EntitiesForbidden(name, None, None, None, None, None)


def _refuse_external(context: str, base: str | None, sysid: str | None, pubid: str | None) -> int:
    from defusedxml import ExternalReferenceForbidden

    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def _column(letters: str, known: dict[str, int] = {}) -> int:  # noqa: B006 (a cache on purpose)
    if letters not in known:
        from openpyxl.utils.cell import column_index_from_string

        known[letters] = int(column_index_from_string(letters))
    return known[letters]


class _Sheet:
    """expat's callbacks for one sheet: collects the finished rows until the reader takes them."""

    def __init__(self, ws: Any) -> None:
        book = ws.parent
        self.strings, self.epoch = ws._shared_strings, book.epoch
        self.dates, self.durations = book._date_formats, book._timedelta_formats
        self.done: list[tuple[int, list[Cell]]] = []
        self.row, self.column, self.cells = 0, 0, list[Cell]()
        self.kind, self.style, self.ref = "n", "", ""
        self.text: list[str] | None = None  # collecting a <v>, <f> or inline <t>
        self.value: str | None = None
        self.formula: str | None = None
        self.inline: list[str] | None = None
        self.phonetic = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == CELL:
            self.ref, self.kind, self.style = attrs.get("r", ""), attrs.get("t", "n"), attrs.get("s", "")
            self.value = self.formula = self.inline = None
        elif name in (VALUE, FORMULA):
            self.text = []
        elif name == INLINE:
            self.inline = []
        elif name == TEXT and self.inline is not None and not self.phonetic:
            self.text = []
        elif name == PHONETIC:
            self.phonetic = True
        elif name == ROW:
            given = attrs.get("r")
            self.row = _row_number(given) if given else self.row + 1
            self.column, self.cells = 0, []

    def end(self, name: str) -> None:
        if name == VALUE and self.text is not None:
            self.value, self.text = "".join(self.text), None
        elif name == FORMULA and self.text is not None:
            self.formula, self.text = "".join(self.text), None
        elif name == TEXT and self.text is not None and self.inline is not None:
            self.inline.append("".join(self.text))
            self.text = None
        elif name == PHONETIC:
            self.phonetic = False
        elif name == CELL:
            self.cells.append(self.cell())
        elif name == ROW:
            self.done.append((self.row, self.cells))

    def characters(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def cell(self) -> Cell:
        letters = self.ref.rstrip("0123456789")
        try:
            self.column = _column(letters) if letters else self.column + 1
        except ValueError:
            self.column += 1
        if self.formula is not None:
            return self.column, "=" + self.formula if self.formula else "=…", "f"
        try:
            return self.column, self.convert(), "n"
        except (ValueError, OverflowError, TypeError, IndexError, KeyError):
            return self.column, self.value or "", "x"

    def convert(self) -> Any:
        kind, value = self.kind, self.value
        if kind == "inlineStr":
            return "".join(self.inline or ())
        if value is None:
            return None
        if kind == "n":
            number = float(value) if any(c in value for c in ".eE") else int(value)
            if self.style and int(self.style) in self.dates:
                from openpyxl.utils.datetime import from_excel

                return from_excel(number, self.epoch, timedelta=int(self.style) in self.durations)
            return number
        if kind == "s":
            return self.strings[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            return from_ISO8601(value)
        return value  # "str" (a formula's text result), "e" (an error such as #N/A)


def _row_number(given: str) -> int:
    try:
        return int(given)
    except ValueError:
        number = float(given)  # "3.0" is row 3; anything else is a damaged file
        if not number.is_integer():
            raise ValueError(f"{given} is not a valid row number") from None
        return int(number)


def sheet_cells(ws: Any) -> Iterator[tuple[int, list[Cell]]]:
    """(row number, cells) for every <row> of a read-only openpyxl sheet, in the file's order."""
    from xml.parsers import expat

    sheet = _Sheet(ws)
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_external
    parser.StartElementHandler = sheet.start
    parser.EndElementHandler = sheet.end
    parser.CharacterDataHandler = sheet.characters
    with ws._get_source() as source:  # the sheet's zip entry
        while chunk := source.read(CHUNK):
            parser.Parse(chunk, False)
            yield from sheet.done
            sheet.done.clear()
        parser.Parse(b"", True)
        yield from sheet.done
