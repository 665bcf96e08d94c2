"""Use cases. Each public method opens one short session, owns its transaction and returns plain
data from :mod:`inspector_app.domain.model`. Views and the CLI call these, never a session."""
