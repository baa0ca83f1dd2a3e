#!/usr/bin/python3
"""Fill in a questionnaire in LibreOffice Calc as a vendor would (headless, through Python-UNO), for
tests/core/test_questionnaire_libreoffice.py. Run it with a Python that can `import uno`:

    /usr/bin/python3 tests/questionnaire_calc.py SCRIPT.json

SCRIPT.json: {"in": "q.xlsx", "type": [["Questions", "E2", "no"], …], "locks": [["Questions", "C2"], …],
"save": "back.xlsx"}. Each "type" is typed as a person types (Calc reads it in its en-US locale); "locks"
are read before typing. Prints JSON: {"locked": {"Questions!C2": true, …}, "protected": {"Questions":
true, …}, "saved": "back.xlsx"}. Starts and stops its own soffice with a throw-away profile.
"""

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

XLSX = "Calc MS Excel 2007 XML"


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start_office():
    profile = tempfile.mkdtemp(prefix="questionnaire-calc-")
    pipe = f"questionnaire_{os.getpid()}"
    proc = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore",
         "--nologo", f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return proc, profile, resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if proc.poll() is not None:
                break
            time.sleep(0.25)
    proc.kill()
    shutil.rmtree(profile, ignore_errors=True)
    raise SystemExit("questionnaire_calc: LibreOffice did not start")


def stop_office(proc, profile, desktop):
    with contextlib.suppress(Exception):  # it may be gone already
        desktop.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(profile, ignore_errors=True)


def main():
    with open(sys.argv[1]) as handle:
        spec = json.load(handle)
    proc, profile, ctx = start_office()
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    out = {"locked": {}, "protected": {}, "saved": None}
    try:
        url = uno.systemPathToFileUrl(os.path.abspath(spec["in"]))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise SystemExit(f"questionnaire_calc: LibreOffice could not open {spec['in']}")
        try:
            for index in range(doc.Sheets.Count):
                sheet = doc.Sheets.getByIndex(index)
                out["protected"][sheet.Name] = bool(sheet.isProtected())
            for sheet, address in spec.get("locks", []):
                cell = doc.Sheets.getByName(sheet).getCellRangeByName(address)
                out["locked"][f"{sheet}!{address}"] = bool(cell.CellProtection.IsLocked)
            for sheet, address, text in spec.get("type", []):
                doc.Sheets.getByName(sheet).getCellRangeByName(address).setFormula(text)
            target = uno.systemPathToFileUrl(os.path.abspath(spec["save"]))
            doc.storeToURL(target, (prop("FilterName", XLSX), prop("Overwrite", True)))
            out["saved"] = spec["save"]
        finally:
            doc.close(True)
    finally:
        stop_office(proc, profile, desktop)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
