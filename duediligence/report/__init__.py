"""The PDF decision report."""
