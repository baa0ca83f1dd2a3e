"""The frozen bundle's entry point: the `duediligence` command, as `python -m duediligence` runs it."""

from duediligence.cli import main

raise SystemExit(main())
