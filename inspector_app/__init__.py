"""Inspector: surprise inspections of public-service discipline."""

from importlib import metadata as _metadata

APP_NAME = "Inspector"
APP_ID = "inspector-app"
ORG_NAME = "Inspector"

try:
    __version__ = _metadata.version("inspector-app")
except _metadata.PackageNotFoundError:  # source checkout or frozen bundle without metadata
    __version__ = "0.1.0"
