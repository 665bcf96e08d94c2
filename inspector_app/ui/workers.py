"""Long work off the UI thread: one small helper on the global ``QThreadPool``.

``fn`` runs on a pool thread. If it returns a generator, each value it yields is reported as
progress and the generator's return value is the result (long work in the services is written that
way and stays Qt-free). ``on_done``, ``on_error`` and ``on_progress`` are always called on the UI
thread. Workers must not create widgets or ``QPixmap`` (a ``QImage`` is fine).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_running: set[Task] = set()  # keeps each task alive until its result is delivered


class Task(QObject):
    """The UI-thread end of one piece of background work (tests may wait on its signals)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        # Emitted from the pool thread; this object lives on the UI thread, so the connections
        # below are queued and the callbacks run on the UI thread.
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            self._on_done(result)
        finally:
            self._end()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        try:
            assert isinstance(error, BaseException)
            self._on_error(error)
        finally:
            self._end()

    @Slot(object)
    def _deliver_progress(self, value: object) -> None:
        if self._on_progress is not None:
            self._on_progress(value)

    def _end(self) -> None:
        _running.discard(self)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: Task) -> None:
        super().__init__()
        self._fn = fn
        self._task = task

    def run(self) -> None:  # on a pool thread
        try:
            result = self._fn()
            if inspect.isgenerator(result):
                result = self._drain(result)
        except BaseException as exc:  # noqa: BLE001 - handed to on_error on the UI thread
            log.debug("background task failed", exc_info=True)
            self._task.failed.emit(exc)
        else:
            self._task.succeeded.emit(result)

    def _drain(self, gen: Any) -> Any:
        while True:
            try:
                value = next(gen)
            except StopIteration as stop:
                return stop.value
            self._task.progressed.emit(value)


def run_in_pool(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[Any], None] | None = None,
) -> Task:
    """Run ``fn()`` on the global thread pool; see the module docstring."""
    task = Task(on_done, on_error, on_progress)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(fn, task))
    return task
