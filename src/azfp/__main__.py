"""``python -m azfp``: the command line."""

from azfp.cli import main

raise SystemExit(main())
