"""The people tab and its parts."""
