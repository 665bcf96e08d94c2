"""Entry script of the frozen GUI (``inspector-app``); see build.spec."""

import multiprocessing

# First thing: in a frozen exe, a worker process of the photo import's spawn pool starts this
# same executable; freeze_support() runs the worker there and exits instead of opening the app.
multiprocessing.freeze_support()

from inspector_app.app import main  # noqa: E402

raise SystemExit(main())
