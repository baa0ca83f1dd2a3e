"""Where a workbook is kept: the tables, opening and upgrading files, the unit of work every write
goes through, backups and copies."""
