"""The command line: the same core as the app, without Qt (`duediligence --help`)."""

from duediligence.cli.commands import main

__all__ = ["main"]
