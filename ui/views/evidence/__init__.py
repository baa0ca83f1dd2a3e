"""Evidence: files and links kept inside the workbook, attached to the evaluation, an option, a score or
a checklist item; the panel lists them all, and `commands` lets any view attach and open them."""
