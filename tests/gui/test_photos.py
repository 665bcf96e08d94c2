"""The photos step with real widgets: drop files and folders, paste, link a person, annotate in
the viewer, see the evidence warnings, cancel a running import, read-only once completed."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from inspector_app.domain.model import InspectionStatus
from inspector_app.photos.annotate import ShapeKind
from inspector_app.photos.evidence import WarningKind
from inspector_app.photos.service import AddReport, PhotoService
from inspector_app.ui.models.photo_grid_model import (
    IdRole,
    PhotoGridModel,
    WarningCountRole,
)
from inspector_app.ui.views.photos_view import PhotosView

IMPORT_TIMEOUT = 60_000


def photo(
    path: Path, size: tuple[int, int] = (640, 480), when: datetime | None = None, seed: int = 0
) -> Path:
    """A JPEG with some texture (so that every file differs) and an optional capture time."""
    image = Image.effect_noise(size, 40 + seed).convert("RGB")
    exif = Image.Exif()
    if when is not None:
        exif.get_ifd(0x8769)[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
    image.save(path, "JPEG", quality=85, exif=exif)
    return path


def _draft_id(ctx) -> str:
    return next(r.id for r in ctx.inspections.list() if r.status is InspectionStatus.DRAFT)


def _local_start(ctx, inspection_id: str) -> datetime:
    return ctx.inspections.get(inspection_id).started_at.astimezone().replace(tzinfo=None)


@pytest.fixture
def view(qtbot, gui_app, demo_ctx) -> PhotosView:
    v = PhotosView(demo_ctx)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.load(_draft_id(demo_ctx), "en")
    v.show()
    return v


def _drop(widget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_drop_files_and_a_dcim_folder(qtbot, view, tmp_path) -> None:
    dcim = tmp_path / "DCIM" / "100MEDIA"
    dcim.mkdir(parents=True)
    for n in range(3):
        photo(dcim / f"IMG_000{n}.JPG", seed=n)
    (dcim / "clip.mp4").write_bytes(b"not a photo")
    loose = photo(tmp_path / "loose.jpg", seed=9)
    fake = tmp_path / "fake.jpg"
    fake.write_text("not an image")
    with qtbot.waitSignal(view.importFinished, timeout=IMPORT_TIMEOUT) as blocker:
        drop = _drop(view, [tmp_path / "DCIM", loose, fake])
        assert drop.isAccepted()
    report = blocker.args[0]
    assert isinstance(report, AddReport)
    assert (report.added, report.present, report.rejected) == (4, 0, 1)
    assert view.model.rowCount() == 4
    assert not view.progress_row.isVisible()
    assert (
        "4 added" in view.result_label.text()
        and "fake.jpg: not an image" in view.result_label.text()
    )
    qtbot.waitUntil(lambda: not view.model.missing_thumbnails(), timeout=10_000)


def test_the_grid_model_is_sound(qtbot, qtmodeltester, view, demo_ctx, tmp_path) -> None:
    service = PhotoService(demo_ctx.db)
    service.add(view.inspection.id, [photo(tmp_path / "a.jpg"), photo(tmp_path / "b.jpg", seed=3)])
    model = PhotoGridModel()
    photos = service.list(view.inspection.id)
    model.set_photos(photos)
    model.set_thumbnail(photos[0].file_sha256, QImage(str(service.thumbnail(photos[0]))))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), IdRole) == photos[0].id
    assert not model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).isNull()


def test_link_a_photo_to_a_staff_member(qtbot, view, demo_ctx, tmp_path, typist) -> None:
    service = view.service
    service.add(view.inspection.id, [photo(tmp_path / "a.jpg"), photo(tmp_path / "b.jpg", seed=2)])
    view.refresh()
    view.select_row(0)
    person = view.inspection.staff[3]
    row = next(
        r
        for r in range(view.people_list.count())
        if view.people_list.item(r).data(Qt.ItemDataRole.UserRole) == person.id
    )
    with qtbot.waitSignal(view.changed):
        view.people_list.item(row).setCheckState(Qt.CheckState.Checked)
    first = service.list(view.inspection.id)[0]
    assert first.staff_entry_ids == (person.id,)
    # the person's own grid shows only that photo
    at = view.filter_combo.findData(f"staff:{person.id}")
    view.filter_combo.setCurrentIndex(at)
    view.filter_combo.activated.emit(at)
    assert [
        view.model.data(view.model.index(r, 0), IdRole) for r in range(view.model.rowCount())
    ] == [first.id]
    # a caption typed, then Enter
    view.caption_edit.setFocus()
    view.caption_edit.selectAll()
    typist(view.caption_edit, "Không đeo thẻ")
    QTest.keyClick(view.caption_edit, Qt.Key.Key_Return)
    assert service.list(view.inspection.id)[0].caption == "Không đeo thẻ"
    # and a checklist item
    at = view.item_combo.findData("staff-discipline:badge-worn")
    view.item_combo.setCurrentIndex(at)
    view.item_combo.activated.emit(at)
    assert service.list(view.inspection.id)[0].item == ("staff-discipline", "badge-worn")


def test_annotate_in_the_viewer(qtbot, view, demo_ctx, tmp_path, monkeypatch) -> None:
    service = view.service
    service.add(view.inspection.id, [photo(tmp_path / "a.jpg", (1200, 900))])
    view.refresh()
    viewer = view.open_viewer(0)
    assert viewer is not None
    qtbot.addWidget(viewer)
    qtbot.waitExposed(viewer)
    canvas = viewer.canvas.viewport()
    centre = QPoint(canvas.width() // 2, canvas.height() // 2)

    def drag(tool, start: QPoint, end: QPoint) -> None:
        tool.trigger()
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(canvas, end)
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

    drag(viewer.arrow_tool, centre - QPoint(150, 100), centre)
    drag(viewer.ellipse_tool, centre - QPoint(60, 60), centre + QPoint(60, 60))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Quầy 5 bừa bộn", True))
    viewer.text_tool.trigger()
    QTest.mouseClick(
        canvas,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        centre + QPoint(-200, 150),
    )
    assert [s.kind for s in viewer.shapes] == [ShapeKind.ARROW, ShapeKind.ELLIPSE, ShapeKind.TEXT]
    arrow = viewer.shapes[0]
    assert arrow.x2 == pytest.approx(0.5, abs=0.02) and arrow.y2 == pytest.approx(0.5, abs=0.02)
    viewer.undo_action.trigger()
    viewer.text_tool.trigger()
    QTest.mouseClick(
        canvas,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        centre + QPoint(-200, 150),
    )
    assert len(viewer.shapes) == 3
    with qtbot.waitSignal(viewer.annotated) as blocker:
        viewer.save_action.trigger()
    new_id = blocker.args[0]
    photos = service.list(view.inspection.id)
    assert [p.id for p in photos][1] == new_id
    assert photos[1].parent_id == photos[0].id and len(photos[1].shapes) == 3
    assert viewer.current is not None and viewer.current.id == new_id
    assert view.model.rowCount() == 2 and view.current_photo().id == new_id
    # previous goes back to the original, untouched
    viewer.prev_action.trigger()
    assert viewer.current.id == photos[0].id and viewer.shapes == []
    viewer.zoom_in_action.trigger()
    assert viewer.canvas.zoom() > 0
    viewer.close()


def test_evidence_warnings_are_shown(qtbot, view, demo_ctx, tmp_path) -> None:
    ins_id = view.inspection.id
    start = _local_start(demo_ctx, ins_id)
    other = demo_ctx.inspections.create(
        view.inspection.unit.id, head_id=view.inspection.head().inspector_id
    )
    reused = photo(tmp_path / "reused.jpg", when=start + timedelta(minutes=5), seed=1)
    view.service.add(other, [reused])
    view.service.add(
        ins_id,
        [
            photo(tmp_path / "ok.jpg", when=start + timedelta(hours=1)),
            photo(tmp_path / "old.jpg", when=start - timedelta(days=40), seed=4),
            photo(tmp_path / "none.jpg", seed=5),
            reused,
        ],
    )
    view.refresh()
    counts = [view.model.data(view.model.index(r, 0), WarningCountRole) for r in range(4)]
    assert counts == [0, 1, 1, 1]
    kinds = [w.kind for p in view.model.photos() for w in p.warnings]
    assert kinds == [
        WarningKind.BEFORE_INSPECTION,
        WarningKind.NO_CAPTURE_TIME,
        WarningKind.USED_ELSEWHERE,
    ]
    view.select_row(0)
    assert view.warnings_label.isHidden()
    view.select_row(1)
    assert view.warnings_label.isVisible()
    assert "before the inspection" in view.warnings_label.text()
    view.select_row(2)
    assert "does not say when it was taken" in view.warnings_label.text()
    view.select_row(3)
    assert "in another inspection" in view.warnings_label.text()
    tip = view.model.data(view.model.index(3, 0), Qt.ItemDataRole.ToolTipRole)
    assert "another inspection" in tip


def test_cancel_a_running_import(qtbot, view, tmp_path) -> None:
    files = [photo(tmp_path / f"n{n}.jpg", (2400, 1800), seed=n) for n in range(16)]
    assert view.add_paths(files)
    assert view.is_importing and view.progress_row.isVisible()
    assert not view.add_paths(files)  # one import at a time
    qtbot.waitUntil(lambda: view.progress.value() >= 1, timeout=IMPORT_TIMEOUT)
    with qtbot.waitSignal(view.importFinished, timeout=IMPORT_TIMEOUT) as blocker:
        QTest.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert report.cancelled and 1 <= report.added < 16
    assert view.model.rowCount() == report.added
    assert not view.is_importing and not view.progress_row.isVisible()
    assert "cancelled" in view.result_label.text()


def test_paste_an_image_and_files(qtbot, view, tmp_path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), (10, 120, 200)).save(buf, "PNG")
    QGuiApplication.clipboard().setImage(QImage.fromData(buf.getvalue()))
    with qtbot.waitSignal(view.importFinished, timeout=IMPORT_TIMEOUT):
        assert view.paste()
    pasted = view.service.list(view.inspection.id)
    assert [p.source for p in pasted] == ["clipboard"]
    assert [w.kind for w in pasted[0].warnings] == [WarningKind.NO_CAPTURE_TIME]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo(tmp_path / "copied.jpg")))])
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(view.importFinished, timeout=IMPORT_TIMEOUT):
        assert view.paste()
    assert view.model.rowCount() == 2


@pytest.fixture(autouse=True)
def _clear_clipboard(gui_app):
    """The clipboard owns what a test put there: clear it while Qt lives (else a crash at exit)."""
    yield
    QGuiApplication.clipboard().clear()


def test_reorder_and_remove(qtbot, view, tmp_path, monkeypatch) -> None:
    view.service.add(view.inspection.id, [photo(tmp_path / f"{n}.jpg", seed=n) for n in range(3)])
    view.refresh()
    names = lambda: [p.original_name for p in view.model.photos()]  # noqa: E731
    view.select_row(0)
    view.later_action.trigger()
    assert names() == ["1.jpg", "0.jpg", "2.jpg"]
    assert view.current_photo().original_name == "0.jpg"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.remove_action.trigger()
    assert names() == ["1.jpg", "2.jpg"]


def test_a_completed_inspection_is_read_only(qtbot, gui_app, demo_ctx, tmp_path) -> None:
    done = next(r.id for r in demo_ctx.inspections.list() if r.status is InspectionStatus.COMPLETED)
    v = PhotosView(demo_ctx)
    qtbot.addWidget(v)
    v.load(done, "en")
    v.show()
    assert not v.add_action.isEnabled() and not v.remove_action.isEnabled()
    assert not v.add_paths([photo(tmp_path / "a.jpg")])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.jpg"))])
    enter = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(v, enter)
    assert not enter.isAccepted()
