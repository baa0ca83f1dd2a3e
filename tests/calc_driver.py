#!/usr/bin/python3
"""Act as a colleague working in LibreOffice Calc: open a workbook, type into cells as a person
would, sort, delete or insert rows, rename sheets, recalculate, read cells, save as xlsx.

Run with a Python that has LibreOffice's UNO bridge (Debian: `apt-get install libreoffice-calc-nogui
python3-uno`, then `/usr/bin/python3`); the tests drive it through `tests/calc.py`. It is standalone
(standard library + uno only) so that it runs outside the project's virtual environment.

    /usr/bin/python3 tests/calc_driver.py [--locale de-DE] [--home DIR] < requests

One JSON request per line on stdin, one JSON answer per line on stdout, in order (rows and cells as
Calc shows them: row 3 is the third row):

    {"op": "open", "path": "book.xlsx"}                   -> the sheet names (a private copy is opened)
    {"op": "type", "sheet": "Matrix", "cell": "M3", "text": "7,5"}  -> the cell, see `read`
    {"op": "set", "sheet": "Options", "cell": "J2", "value": 12.5}  a number, text, "=formula" (English
                                                           function names) or null, through the API
    {"op": "sort", "sheet": "Options", "range": "A2:K6", "by": "B", "ascending": true, "header": false}
    {"op": "delete_row", "sheet": "Risks", "row": 3, "count": 1}
    {"op": "insert_row", "sheet": "Matrix", "row": 5, "count": 1}   blank rows; the old row 5 moves down
    {"op": "rename", "sheet": "Summary", "to": "Overview"}
    {"op": "protect" | "unprotect", "sheet": "Scores", "password": ""}
    {"op": "recalc"}
    {"op": "read", "sheet": "Matrix", "cell": "M18"}   -> {"kind", "result", "value", "string", "formula",
                                                           "error"}
    {"op": "read_range", "sheet": "Options", "range": "A1:K6"}   -> rows of numbers and strings ("" empty)
    {"op": "read_sheet", "sheet": "Options"}             -> the same for the used area from A1
    {"op": "save", "path": "back.xlsx", "filter": "xlsx"}   (or "ods", "pdf")
    {"op": "quit"}

An answer is {"ok": true, "result": …}, {"ok": false, "error": "…"}, or for typed input Calc refuses
(a protected cell, a value its validity rule stops) {"ok": false, "refused": true, "error": "…"}.

`type` enters text through Calc's own input parser in the session's locale (`7,5` is 7.5 in de-DE and
text in en-US; dates and percentages alike), then refuses as Calc's keyboard input would: a locked
cell on a protected sheet, or a value that breaks the cell's validity rule when that rule stops input
(found with Tools ▸ Detective ▸ Mark Invalid Data; the previous content is put back). AutoCorrect and
AutoInput do not run. (Calc's dispatcher path `.uno:EnterString` was tried and dropped: it skips
validity too, and soffice 7.4 aborts when a document typed into that way is saved and then closed.)

Each run starts its own headless soffice with a throw-away profile (the locale is set there) and
stops it when stdin ends, on "quit", or on SIGTERM; soffice runs in this process's group so that a
caller can end both at once.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

FILTERS = {"xlsx": "Calc MS Excel 2007 XML", "pdf": "calc_pdf_Export", "ods": "calc8"}
START_SECONDS = 60
OPERATIONS = (
    "open", "type", "set", "sort", "delete_row", "insert_row", "rename", "protect", "unprotect", "recalc",
    "read", "read_range", "read_sheet", "save",
)  # fmt: skip

# The locale Calc parses typed input in (Tools ▸ Options ▸ Language Settings ▸ Locale setting).
REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">
<value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse">
<value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Input"><prop oor:name="AutoInput" oor:op="fuse">
<value>false</value></prop></item>
</oor:items>
"""


class Refused(Exception):
    """Calc refuses typed input, as it would tell a person."""


def soffice():
    found = shutil.which("soffice") or shutil.which("libreoffice")
    return found or "/usr/lib/libreoffice/program/soffice"


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Office:
    """One headless soffice with a private profile, and the document it has open."""

    def __init__(self, locale, home=None):
        self.own_home = home is None
        self.home = tempfile.mkdtemp(prefix="calc-session-") if home is None else home
        self.profile = os.path.join(self.home, "profile")
        self.workdir = os.path.join(self.home, "work")
        os.makedirs(os.path.join(self.profile, "user"))
        os.makedirs(self.workdir)
        with open(os.path.join(self.profile, "user", "registrymodifications.xcu"), "w") as fh:
            fh.write(REGISTRY.format(locale=locale))
        pipe = f"calc_driver_{os.getpid()}"
        self.proc = subprocess.Popen(
            [
                soffice(),
                f"-env:UserInstallation=file://{self.profile}",
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "GNUPGHOME": os.path.join(self.profile, "gnupg")},  # not the user's keys
        )
        self.doc = None
        self.desktop = None
        self.ctx = self._connect(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        if self.ctx is None:
            self.stop()
            raise RuntimeError(f"LibreOffice did not start within {START_SECONDS} s")
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def _connect(self, where):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                return resolver.resolve(where)
            except Exception:  # NoConnectException until soffice listens
                time.sleep(0.2)
        return None

    def stop(self):
        """terminate() discards the open document unsaved; soffice is killed if it does not exit."""
        if self.desktop is not None:
            with contextlib.suppress(Exception):  # the bridge goes away while terminate() returns
                self.desktop.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=15)
        for folder in (self.profile, self.workdir) if not self.own_home else (self.home,):
            shutil.rmtree(folder, ignore_errors=True)
        return self.proc.returncode

    # --- requests -----------------------------------------------------------------------------------

    def open(self, path):
        """Open a private copy of the workbook (Calc's lock file stays beside the copy, and the
        original is never written); `save` writes wherever asked."""
        copy = os.path.join(tempfile.mkdtemp(dir=self.workdir), os.path.basename(path))
        shutil.copyfile(path, copy)
        if self.doc is not None:
            self.doc.close(True)
            self.doc = None
        url = uno.systemPathToFileUrl(copy)
        self.doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if self.doc is None:
            raise RuntimeError(f"LibreOffice could not open {path}")
        return list(self.doc.Sheets.ElementNames)

    def sheet(self, name):
        if self.doc is None:
            raise RuntimeError("no document is open")
        if not self.doc.Sheets.hasByName(name):
            raise RuntimeError(f"no sheet {name!r} (there are {list(self.doc.Sheets.ElementNames)})")
        return self.doc.Sheets.getByName(name)

    def type(self, sheet, cell, text):
        """Enter `text` into the cell as typed input: Calc's own input parser in the session's locale
        (numbers, dates, percentages; "=" starts a formula with local function names), then the two
        refusals a person meets: a protected cell, and a value the cell's validity rule stops."""
        page = self.sheet(sheet)
        target = page.getCellRangeByName(cell)
        if page.isProtected() and target.CellProtection.IsLocked:
            raise Refused(f"{sheet}!{cell} is protected: Protected cells can not be modified.")
        before = self.read(sheet, cell)
        target.FormulaLocal = text
        rule = target.Validation
        stops = rule.Type.value != "ANY" and rule.ShowErrorMessage and rule.ErrorAlertStyle.value == "STOP"
        if stops and self._invalid(page, target):
            self._restore(target, before)
            raise Refused(f"{sheet}!{cell}: {rule.ErrorTitle or 'Invalid value'}: {rule.ErrorMessage}")
        return self.read(sheet, cell)

    @staticmethod
    def _invalid(page, target):
        """Whether Calc's Tools ▸ Detective ▸ Mark Invalid Data circles the cell."""
        page.showInvalid()
        try:
            circled = [page.DrawPage.getByIndex(i) for i in range(page.DrawPage.Count)]
            where = target.AbsoluteName
            return any(getattr(getattr(s, "Anchor", None), "AbsoluteName", None) == where for s in circled)
        finally:
            page.clearArrows()  # removes the detective's marks only

    @staticmethod
    def _restore(target, before):
        if before["kind"] == "empty":
            target.setString("")
        elif before["kind"] == "value":
            target.setValue(before["value"])
        elif before["kind"] == "formula":
            target.setFormula(before["formula"])
        else:
            target.setString(before["string"])

    def set(self, sheet, cell, value):
        target = self.sheet(sheet).getCellRangeByName(cell)
        if value is None:
            target.setString("")
        elif isinstance(value, bool):
            raise RuntimeError("set takes a number, a text or null")
        elif isinstance(value, (int, float)):
            target.setValue(value)
        elif value.startswith("="):
            target.setFormula(value)
        else:
            target.setString(value)
        return self.read(sheet, cell)

    def sort(self, sheet, range, by, ascending=True, header=False):
        cells = self.sheet(sheet).getCellRangeByName(range)
        column = self.sheet(sheet).getCellRangeByName(f"{by}1").CellAddress.Column
        field = uno.createUnoStruct("com.sun.star.table.TableSortField")
        field.Field = column - cells.RangeAddress.StartColumn
        field.IsAscending = ascending
        descriptor = cells.createSortDescriptor()
        for d in descriptor:
            if d.Name == "SortFields":
                d.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
            elif d.Name == "ContainsHeader":
                d.Value = header
        cells.sort(descriptor)

    def delete_row(self, sheet, row, count=1):
        self.sheet(sheet).Rows.removeByIndex(row - 1, count)

    def insert_row(self, sheet, row, count=1):
        self.sheet(sheet).Rows.insertByIndex(row - 1, count)

    def rename(self, sheet, to):
        self.sheet(sheet).setName(to)

    def recalc(self):
        self.doc.calculateAll()

    def read(self, sheet, cell):
        """What the cell holds: its kind (empty, value, text, formula), and for a formula what it
        gives (value, text, error), its number, its text as Calc shows it, the formula, the error code."""
        c = self.sheet(sheet).getCellRangeByName(cell)
        kind = c.getType().value.lower()
        result = None
        if kind == "formula":
            result = {1: "value", 2: "text", 4: "error"}.get(c.FormulaResultType2, "?")
        return {
            "kind": kind,
            "result": result,
            "value": c.getValue(),
            "string": c.getString(),
            "formula": c.getFormula(),
            "error": c.getError(),
        }

    def read_range(self, sheet, range):
        return [list(row) for row in self.sheet(sheet).getCellRangeByName(range).getDataArray()]

    def read_sheet(self, sheet):
        """The shown data of the used area, from A1 to its last used row and column."""
        page = self.sheet(sheet)
        cursor = page.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        every = page.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        return [list(row) for row in every.getDataArray()]

    def protect(self, sheet, password=""):
        self.sheet(sheet).protect(password)

    def unprotect(self, sheet, password=""):
        """Tools ▸ Protect Sheet turned off (a sheet protected without a password needs none)."""
        self.sheet(sheet).unprotect(password)

    def save(self, path, filter="xlsx"):
        target = uno.systemPathToFileUrl(os.path.abspath(path))
        self.doc.storeToURL(target, (prop("FilterName", FILTERS[filter]), prop("Overwrite", True)))
        if not os.path.exists(path):
            raise RuntimeError(f"LibreOffice wrote no {path}")
        return path


def main(argv):
    parser = argparse.ArgumentParser(description="Drive LibreOffice Calc; see the module's docstring.")
    parser.add_argument("--locale", default="en-US", help="the locale typed input is read in (BCP 47)")
    parser.add_argument(
        "--home", help="an empty folder for the profile and the copies (default: a temporary one)"
    )
    options = parser.parse_args(argv)
    answers = sys.stdout
    sys.stdout = sys.stderr  # nothing but answers on the answer channel
    office = None

    def terminate(*_):
        raise SystemExit(1)

    signal.signal(signal.SIGTERM, terminate)
    try:
        office = Office(options.locale, options.home)
        answers.write(json.dumps({"ok": True, "result": "ready"}) + "\n")
        answers.flush()
        for line in sys.stdin:
            if not line.strip():
                continue
            request = json.loads(line)
            op = request.pop("op")
            if op == "quit":
                answers.write(json.dumps({"ok": True, "result": None}) + "\n")
                answers.flush()
                break
            try:
                if op not in OPERATIONS:
                    raise RuntimeError(f"unknown operation {op!r}")
                answer = {"ok": True, "result": getattr(office, op)(**request)}
            except Refused as exc:
                answer = {"ok": False, "refused": True, "error": str(exc)}
            except Exception as exc:  # one bad request is an answer, not the end of the session
                answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            answers.write(json.dumps(answer, ensure_ascii=False) + "\n")
            answers.flush()
    finally:
        if office is not None:
            office.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
