"""The cyclic collector is paused during a render or a signing, and comes back after."""

from __future__ import annotations

import gc
import threading

import pytest

from inspector_app.gcpause import gc_paused


@pytest.fixture(autouse=True)
def _collector_enabled():
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_back_after_even_on_error() -> None:
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_overlapping_pauses_on_threads_resume_when_the_last_ends() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with gc_paused():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=worker)
    with gc_paused():
        t.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the worker still runs
    release.set()
    t.join(10)
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_as_a_decorator() -> None:
    @gc_paused()
    def work() -> bool:
        return gc.isenabled()

    assert work() is False and gc.isenabled()
