"""The PySide6 desktop front end. Views call services (``inspector_app.services``), never the
database; heavy modules are imported where they are first needed so that the window shows fast."""
