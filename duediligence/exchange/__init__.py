"""Sharing evaluations as Excel workbooks: export, and import with a diff and a three-way merge.

Nothing here imports openpyxl at module level: the command line and the app pay for it only when
they export or import.
"""
