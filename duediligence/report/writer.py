"""The decision report: one evaluation as a multi-page PDF, from the command line or the app (no Qt).

`write_report(db, evaluation_id, out_path)` reads everything in one read transaction (`report.data`),
lays it out on A4 pages (`report.pages`, `report.sections`) with the same charts the Charts tab draws,
and writes the PDF to a temporary file beside `out_path` that is renamed over it only when complete:
a reader never sees half a report.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from duediligence.formats import format_day
from duediligence.i18n import translate

if TYPE_CHECKING:
    from sqlmodel import Session

    from duediligence.report.data import ReportData
    from duediligence.storage.database import Database


def write_report(source: Database | Session, evaluation_id: int, out_path: str | Path) -> Path:
    """Write the decision report of one evaluation to `out_path` (a PDF); returns the path written."""
    from sqlmodel import Session

    from duediligence.report.data import collect

    if isinstance(source, Session):
        data = collect(source, evaluation_id)
    else:
        with source.reading() as session:
            data = collect(session, evaluation_id)
    return render(data, Path(out_path))


def render(data: ReportData, out: Path) -> Path:
    """Lay out `data` as PDF pages in a temporary file, then rename it to `out` (atomic on one volume)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    from duediligence.report.pages import Pages
    from duediligence.report.sections import SECTIONS

    out = out.expanduser().absolute()
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temp, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
    try:
        title = translate("Report", "Decision report: %1").replace("%1", data.evaluation.title)
        metadata = {"Title": title, "Creator": "Due-Diligence Workbook"}
        with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(temp, metadata=metadata) as pdf:
            footer = translate("Report", "%1 · decision report · %2")
            footer = footer.replace("%2", format_day(data.today)).replace("%1", data.evaluation.title)
            pages = Pages(pdf, footer)
            for section in SECTIONS:
                section(pages, data)
            pages.finish()
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
