"""Everything a front end (GUI or CLI) needs, opened once for one data dir."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app.paths import DataPaths
from inspector_app.services.database import Database
from inspector_app.services.forms import FormCatalog
from inspector_app.services.inspections import InspectionService
from inspector_app.services.reference import ReferenceService


@dataclass
class AppContext:
    paths: DataPaths
    db: Database
    catalog: FormCatalog
    reference: ReferenceService
    inspections: InspectionService

    @classmethod
    def open(cls, paths: DataPaths, catalog: FormCatalog | None = None) -> AppContext:
        """Open (creating or upgrading) the database of ``paths``."""
        db = Database.open(paths)
        catalog = catalog or FormCatalog()
        return cls(paths, db, catalog, ReferenceService(db), InspectionService(db, catalog))

    def close(self) -> None:
        self.db.close()
