"""Evaluation and checklist templates and the shipped samples (their data files live in resources/)."""
