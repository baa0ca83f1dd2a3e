"""`python -m duediligence` is the same as the `duediligence` command."""

from duediligence.cli.commands import main

raise SystemExit(main())
