"""Entry script of the frozen GUI (``inspector-app``); see build.spec."""

from inspector_app.app import main

raise SystemExit(main())
