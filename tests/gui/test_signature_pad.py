"""The signature pad: mouse, pen and touch; smooth vector strokes that survive a resize or a
rotation; an empty pad is never a signature."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_app.ui.widgets.signature_pad import CANVAS_HEIGHT, CANVAS_WIDTH, SignaturePad

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def _mouse(widget, kind: QEvent.Type, pos: QPointF, buttons) -> None:  # type: ignore[no-untyped-def]
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else LEFT
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, NONE)
    QApplication.sendEvent(widget, event)


def drag(widget, points) -> None:  # type: ignore[no-untyped-def]
    """Press, move through ``points`` with the left button held, release: a real stroke."""
    pts = [QPointF(*p) for p in points]
    _mouse(widget, QEvent.Type.MouseButtonPress, pts[0], LEFT)
    for p in pts[1:]:
        _mouse(widget, QEvent.Type.MouseMove, p, LEFT)
    _mouse(widget, QEvent.Type.MouseButtonRelease, pts[-1], Qt.MouseButton.NoButton)


def zigzag(pad: SignaturePad) -> list[tuple[float, float]]:
    """A signature-like zigzag across the middle of the pad's canvas, in widget pixels."""
    rect = pad.canvas_rect()
    return [
        (
            rect.left() + rect.width() * (0.1 + 0.08 * i),
            rect.top() + rect.height() * (0.35 if i % 2 else 0.65),
        )
        for i in range(11)
    ]


def dark_pixels(image: QImage) -> int:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    count = 0
    for y in range(0, gray.height(), 2):
        for x in range(0, gray.width(), 2):
            if gray.pixelColor(x, y).value() < 110:
                count += 1
    return count


@pytest.fixture
def pad(qtbot, gui_app) -> SignaturePad:  # type: ignore[no-untyped-def]
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(500, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_an_empty_pad_is_not_a_signature(pad: SignaturePad) -> None:
    assert pad.is_empty()
    with pytest.raises(ValueError, match="empty"):
        pad.to_png()
    # a tap or a tiny scratch is still empty
    center = pad.canvas_rect().center()
    QTest.mouseClick(pad, LEFT, NONE, center.toPoint())
    drag(pad, [(center.x(), center.y()), (center.x() + 3, center.y() + 2)])
    assert pad.strokes() and pad.is_empty()
    with pytest.raises(ValueError):
        pad.to_png()


def test_drawing_with_the_mouse_then_resizing_keeps_the_strokes(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    emptiness: list[bool] = []
    pad.emptyChanged.connect(emptiness.append)
    drag(pad, zigzag(pad))
    assert not pad.is_empty() and emptiness == [False]
    (stroke,) = pad.strokes()
    assert len(stroke) == 11
    # stored in canvas units, not pixels
    assert all(0 <= x <= CANVAS_WIDTH and 0 <= y <= CANVAS_HEIGHT for x, y, _ in stroke)
    assert stroke[0][0] == pytest.approx(0.1 * CANVAS_WIDTH, abs=3)
    before_png = pad.to_png(400)
    before = pad.grab().toImage()
    assert dark_pixels(before) > 30

    pad.resize(240, 480)  # the tablet turned to portrait
    qtbot.waitUntil(lambda: pad.size() == QSize(240, 480))
    assert pad.strokes() == [stroke]  # nothing lost, nothing moved
    after = pad.grab().toImage()
    assert after.size() == QSize(240, 480)
    assert dark_pixels(after) > 10  # drawn again, smaller
    assert pad.to_png(400) == before_png  # the signature itself is unchanged
    # the canvas keeps its proportions: first point still at 10 % of the canvas width
    first = pad.from_canvas(stroke[0][0], stroke[0][1])
    rect = pad.canvas_rect()
    assert (first.x() - rect.left()) / rect.width() == pytest.approx(0.1, abs=0.01)
    assert rect.width() / rect.height() == pytest.approx(CANVAS_WIDTH / CANVAS_HEIGHT)

    pad.resize(500, 200)
    assert pad.strokes() == [stroke]


def test_the_png_is_transparent_with_ink(pad: SignaturePad) -> None:
    from PIL import Image

    drag(pad, zigzag(pad))
    with Image.open(io.BytesIO(pad.to_png(500))) as img:
        assert img.size == (500, 200) and img.mode == "RGBA"
        alpha = img.getchannel("A")
        assert alpha.getextrema() == (0, 255)  # transparent background, opaque ink
        assert img.getpixel((2, 2))[3] == 0


def test_clear_undo_and_empty_signal(pad: SignaturePad) -> None:
    seen: list[bool] = []
    pad.emptyChanged.connect(seen.append)
    drag(pad, zigzag(pad))
    drag(pad, list(reversed(zigzag(pad))))
    assert len(pad.strokes()) == 2
    pad.undo()
    assert len(pad.strokes()) == 1 and not pad.is_empty()
    pad.clear()
    assert pad.strokes() == [] and pad.is_empty()
    assert seen == [False, True]


def test_a_pen_draws_with_pressure(pad: SignaturePad) -> None:
    pen = QPointingDevice(
        "test pen",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )
    points = zigzag(pad)
    for i, (x, y) in enumerate(points):
        kind = (
            QEvent.Type.TabletPress
            if i == 0
            else QEvent.Type.TabletRelease
            if i == len(points) - 1
            else QEvent.Type.TabletMove
        )
        pos = QPointF(x, y)
        event = QTabletEvent(
            kind,
            pen,
            pos,
            QPointF(pad.mapToGlobal(pos)),
            0.2 + 0.07 * i,
            0,
            0,
            0,
            0,
            0,
            NONE,
            LEFT,
            Qt.MouseButton.NoButton if i == len(points) - 1 else LEFT,
        )
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()
    (stroke,) = pad.strokes()
    pressures = [p for _x, _y, p in stroke]
    assert pressures[0] == pytest.approx(0.2) and pressures[-1] > pressures[0]
    assert not pad.is_empty()


def test_a_finger_draws(pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    points = [QPoint(round(x), round(y)) for x, y in zigzag(pad)]
    QTest.touchEvent(pad, screen).press(0, points[0], pad).commit()
    for p in points[1:]:
        QTest.touchEvent(pad, screen).move(0, p, pad).commit()
    QTest.touchEvent(pad, screen).release(0, points[-1], pad).commit()
    assert len(pad.strokes()) == 1
    assert not pad.is_empty()
