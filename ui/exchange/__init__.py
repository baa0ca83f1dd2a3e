"""The Excel exchange in the app: export, import with a review, scoring sheets (see commands.py)."""
