"""The change tab and its parts."""
