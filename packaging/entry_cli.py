"""Entry script of the frozen CLI (``inspector``); see build.spec."""

from inspector_app.cli import main

raise SystemExit(main())
