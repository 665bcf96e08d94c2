"""Photos as evidence: import, store, check and annotate what the team saw. Qt-free.

* :mod:`~inspector_app.photos.pipeline` — the import pipeline (Pillow, a process pool), a
  generator yielding progress per file.
* :mod:`~inspector_app.photos.store` — the content-addressed photo store in the data dir.
* :mod:`~inspector_app.photos.exif` — capture time, camera and GPS position from EXIF.
* :mod:`~inspector_app.photos.evidence` — the evidence checks shown on each photo.
* :mod:`~inspector_app.photos.annotate` — arrows, circles and text drawn as a new version.
* :mod:`~inspector_app.photos.service` — :class:`PhotoService`, the use cases over the database.
* :mod:`~inspector_app.photos.travel` — photos with the JSON exchange files (folder or zip).
* :mod:`~inspector_app.photos.cli` — ``inspector photos add|list``.

This package imports neither Qt nor (except ``service``, ``travel`` and ``cli``) SQLAlchemy:
the pipeline runs in worker processes that should start fast.
"""
