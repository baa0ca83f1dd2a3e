"""Benchmarks: each operation is timed against a baseline measured in the same run."""
