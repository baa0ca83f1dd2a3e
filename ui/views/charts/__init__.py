"""The Charts tab: every chart of `duediligence.charts` for the open evaluation."""
