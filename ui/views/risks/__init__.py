"""The risks tab and its parts."""
