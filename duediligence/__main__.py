"""`python -m duediligence` is the same as the `duediligence` command."""

from duediligence.cli import main

raise SystemExit(main())
