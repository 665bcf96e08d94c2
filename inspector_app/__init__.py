"""Inspector: surprise inspections of public-service discipline."""

# Equal to pyproject.toml's version (tests/unit/test_paths.py checks it).
# A literal, not importlib.metadata, which costs ~70 ms at start-up.
__version__ = "0.1.0"

APP_NAME = "Inspector"
APP_ID = "inspector-app"
ORG_NAME = "Inspector"
