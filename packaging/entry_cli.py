"""Entry script of the frozen CLI (``inspector``); see build.spec."""

import multiprocessing

# First thing: a worker of the photo import's spawn pool (``inspector photos import``) starts
# this same executable; freeze_support() runs the worker there and exits.
multiprocessing.freeze_support()

from inspector_app.cli import main  # noqa: E402

raise SystemExit(main())
