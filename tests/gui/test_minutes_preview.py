"""The minutes preview: renders off the UI thread, shows the PDF, pages, zoom, Refresh, errors."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

from inspector_app.reports.minutes import RenderResult
from inspector_app.ui.views.minutes_preview import MinutesPreview

TIMEOUT = 30_000


@pytest.fixture
def completed_id() -> str:
    from inspector_app.services.demo import _id

    return _id("inspection", "completed")


@pytest.fixture
def preview(qtbot, gui_app, demo_ctx):  # type: ignore[no-untyped-def]
    widget = MinutesPreview(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    widget.show()
    return widget


def _load(qtbot, preview: MinutesPreview, inspection_id: str) -> RenderResult:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(preview.rendered, timeout=TIMEOUT) as blocker:
        preview.load(inspection_id)
        assert preview.is_busy()
    return blocker.args[0]


def test_shows_the_minutes(qtbot, preview: MinutesPreview, completed_id: str) -> None:  # type: ignore[no-untyped-def]
    assert not preview.refresh_action.isEnabled()  # nothing to refresh yet
    result = _load(qtbot, preview, completed_id)
    assert isinstance(result, RenderResult)
    assert preview.document.status() is QPdfDocument.Status.Ready
    assert preview.document.pageCount() == result.page_count == 6
    assert preview.stack.currentWidget() is preview.view
    assert preview.pdf_bytes() is not None and preview.pdf_bytes().startswith(b"%PDF-")
    assert preview.result() is result
    assert not preview.is_busy()
    assert preview.page_spin.value() == 1 and preview.page_spin.maximum() == 6
    assert "6" in preview.page_count_label.text()
    assert not preview.previous_action.isEnabled() and preview.next_action.isEnabled()
    assert preview.refresh_action.isEnabled()
    # the PDF shown is the minutes: its first page's text is the header
    text = preview.document.getAllText(0).text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "BIÊN BẢN" in text


def test_page_navigation(qtbot, preview: MinutesPreview, completed_id: str) -> None:  # type: ignore[no-untyped-def]
    _load(qtbot, preview, completed_id)
    preview.next_action.trigger()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.page_spin.value() == 2 and preview.previous_action.isEnabled()
    preview.page_spin.setValue(6)
    qtbot.waitUntil(lambda: preview.current_page() == 5)
    assert not preview.next_action.isEnabled()
    preview.previous_action.trigger()
    qtbot.waitUntil(lambda: preview.current_page() == 4)
    preview.go_to_page(99)
    qtbot.waitUntil(lambda: preview.current_page() == 5)


def test_zoom(qtbot, preview: MinutesPreview, completed_id: str) -> None:  # type: ignore[no-untyped-def]
    _load(qtbot, preview, completed_id)
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert preview.zoom_box.currentData() == "fit-width"
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(1.5))
    preview.zoom_box.activated.emit(preview.zoom_box.currentIndex())
    assert preview.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(1.5)
    preview.zoom_in_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(2.0)
    assert preview.zoom_box.currentData() == pytest.approx(2.0)
    preview.zoom_out_action.trigger()
    preview.zoom_out_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(1.25)
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData("fit-page"))
    preview.zoom_box.activated.emit(preview.zoom_box.currentIndex())
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitInView
    for _ in range(10):
        preview.zoom_out_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(0.5)


def test_refresh_renders_again_and_keeps_the_page(
    qtbot,
    preview: MinutesPreview,  # type: ignore[no-untyped-def]
    demo_ctx,
    completed_id: str,
) -> None:
    _load(qtbot, preview, completed_id)
    preview.go_to_page(2)
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    demo_ctx.inspections.reopen(completed_id, "Nguyễn Đức Thành", "Sửa kết luận")
    demo_ctx.inspections.update(completed_id, conclusions="Kết luận đã sửa lại sau khi đối chiếu.")
    with qtbot.waitSignal(preview.rendered, timeout=TIMEOUT):
        preview.refresh_action.trigger()
    assert preview.current_page() == 2
    text = " ".join(
        preview.document.getAllText(i).text() for i in range(preview.document.pageCount())
    )
    assert "Kết luận đã sửa lại sau khi đối chiếu." in " ".join(text.split())
    assert "DỰ THẢO" in text  # reopened: a draft again


def test_refresh_while_rendering_queues_one_more(
    qtbot,
    gui_app,
    demo_ctx,  # type: ignore[no-untyped-def]
    completed_id: str,
    monkeypatch,
) -> None:
    from inspector_app.reports import minutes

    gate = threading.Event()
    renders: list[int] = []
    real = minutes.render_minutes_bytes

    def gated(inp):  # type: ignore[no-untyped-def]
        renders.append(1)
        if len(renders) == 1:
            assert gate.wait(TIMEOUT / 1000)
        return real(inp)

    monkeypatch.setattr(minutes, "render_minutes_bytes", gated)
    widget = MinutesPreview(demo_ctx)
    qtbot.addWidget(widget)
    rendered: list[RenderResult] = []
    busy: list[bool] = []
    widget.rendered.connect(rendered.append)
    widget.busyChanged.connect(busy.append)
    widget.load(completed_id)
    widget.refresh()
    widget.refresh()  # both coalesce into one more render
    assert widget.is_busy()
    gate.set()
    qtbot.waitUntil(lambda: len(rendered) == 1 and not widget.is_busy(), timeout=TIMEOUT)
    assert len(renders) == 2  # the first (stale) result was dropped, not shown
    assert widget.document.pageCount() == rendered[0].page_count
    assert busy[0] is True and busy[-1] is False


def test_unknown_inspection_shows_the_error(qtbot, preview: MinutesPreview) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(preview.failed, timeout=TIMEOUT) as blocker:
        preview.load("no-such-inspection")
    message = blocker.args[0]
    assert "no-such-inspection" in message
    assert preview.stack.currentWidget() is preview.message
    assert preview.message.text() == message
    assert not preview.is_busy() and preview.pdf_bytes() is None
    assert not preview.next_action.isEnabled() and not preview.zoom_in_action.isEnabled()


def test_a_render_error_is_shown(
    qtbot,
    preview: MinutesPreview,
    completed_id: str,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    from inspector_app.reports import minutes

    def broken(_inp):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(minutes, "render_minutes_bytes", broken)
    with qtbot.waitSignal(preview.failed, timeout=TIMEOUT) as blocker:
        preview.load(completed_id)
    assert "RuntimeError: disk on fire" in blocker.args[0]
    assert not preview.is_busy()


def test_deleted_while_rendering(qtbot, gui_app, demo_ctx, completed_id: str) -> None:  # type: ignore[no-untyped-def]
    widget = MinutesPreview(demo_ctx)
    widget.load(completed_id)
    task = widget._task  # noqa: SLF001
    assert task is not None
    widget.deleteLater()
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
        pass  # the result arrives after the widget is gone: no crash


def test_retranslate(qtbot, preview: MinutesPreview, completed_id: str) -> None:  # type: ignore[no-untyped-def]
    _load(qtbot, preview, completed_id)
    preview.retranslate()
    assert preview.refresh_action.text()
    assert preview.zoom_box.itemText(0)
    assert "6" in preview.status_label.text()
