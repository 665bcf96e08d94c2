"""The checklist forms this app ships, and their snapshots in the database."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.db import models as m
from inspector_app.domain.forms import Form, FormError, load_forms
from inspector_app.domain.model import new_id
from inspector_app.errors import NotFound

log = logging.getLogger(__name__)


class FormCatalog:
    """The forms found in the given folders (by default the app's ``forms/``), loaded once.

    A broken file is reported in :attr:`errors` and the others still load.
    """

    def __init__(self, folders: Iterable[Path] | None = None) -> None:
        if folders is None:
            from inspector_app.paths import forms_dir

            folders = [forms_dir()]
        self._folders = list(folders)

    @cached_property
    def _loaded(self) -> tuple[list[Form], list[FormError]]:
        forms, errors = load_forms(self._folders)
        for error in errors:
            log.error("form not loaded: %s", error)
        return forms, errors

    @property
    def forms(self) -> list[Form]:
        return self._loaded[0]

    @property
    def errors(self) -> list[FormError]:
        return self._loaded[1]

    def get(self, form_id: str) -> Form:
        """The newest version of the form ``form_id``."""
        versions = [form for form in self.forms if form.id == form_id]
        if versions:
            return max(versions, key=lambda form: form.version)
        raise NotFound(f"no form {form_id!r} (known: {', '.join(f.id for f in self.forms)})")

    def defaults(self) -> list[Form]:
        """The newest version of each form that a new inspection uses by default."""
        return [f for f in self.forms if f.default and self.get(f.id) is f]


def snapshot_row(session: Session, form: Form) -> m.FormSnapshot:
    """The stored snapshot of exactly this form content, stored now if it is new."""
    sha = form.snapshot_sha256()
    row = session.scalars(select(m.FormSnapshot).where(m.FormSnapshot.sha256 == sha)).first()
    if row is None:
        content = json.dumps(form.snapshot(), ensure_ascii=False, sort_keys=True)
        row = m.FormSnapshot(
            id=new_id(), form_id=form.id, version=form.version, sha256=sha, content=content
        )
        session.add(row)
        session.flush()
    return row


def form_from_row(row: m.FormSnapshot) -> Form:
    return _parse_snapshot(row.sha256, row.content)


@lru_cache(maxsize=128)
def _parse_snapshot(sha256: str, content: str) -> Form:  # sha256 keys the cache cheaply
    return Form.from_snapshot(json.loads(content))
