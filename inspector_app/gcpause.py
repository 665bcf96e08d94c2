"""Pausing Python's cyclic garbage collector during a bounded, allocation-heavy operation.

Laying out the minutes (reportlab makes hundreds of thousands of small objects) and signing them
run 30–40 % faster without the cyclic collector stepping in: with SQLAlchemy, Qt and pyHanko
loaded, each full collection walks several hundred thousand live objects, and the layout
triggers many of them. The operations are bounded (one document), their garbage is freed by
reference counting, and the collector resumes right after, so memory stays bounded.

Process-wide and re-entrant: workers on several threads may overlap; the collector resumes
when the last one ends, and only if it was enabled before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
