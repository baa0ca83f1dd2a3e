"""Widgets that compose models and editors; they never hold ORM objects or run SQL."""
