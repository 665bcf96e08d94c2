"""``python -m inspector_app`` starts the GUI (``python -m inspector_app.cli`` is the CLI)."""

from inspector_app.app import main

raise SystemExit(main())
