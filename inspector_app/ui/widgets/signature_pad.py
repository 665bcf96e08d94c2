"""A pad to sign on with the mouse, a pen (tablet, with pressure) or a finger.

The drawing is kept as vectors, never as pixels: each stroke is a list of points in a fixed
*logical* canvas of :data:`CANVAS_WIDTH` × :data:`CANVAS_HEIGHT` units, shown scaled to fit the
widget (keeping its proportions, centred). A resize or a tablet turned from landscape to
portrait re-renders the same strokes smaller or larger; nothing is lost or distorted.
:meth:`SignaturePad.to_png` renders the strokes afresh at the size asked for, on a transparent
background.

Strokes are smoothed (quadratic curves through the midpoints of the sampled points) and their
width follows the pen's pressure. A pad whose ink is shorter than :data:`MIN_INK` (a stray dot
or a tap) counts as empty: an empty pad is never accepted as a signature.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

CANVAS_WIDTH = 1000.0
CANVAS_HEIGHT = 400.0
#: Total stroke length (logical units) below which the pad counts as empty.
MIN_INK = 40.0
#: Pen width at normal pressure, in logical units.
BASE_WIDTH = 5.0
INK = QColor(16, 32, 112)  # dark blue, like a ballpoint pen

Point = tuple[float, float, float]  # x, y, pressure (0..1; 0.5 for a mouse)
Stroke = tuple[Point, ...]


class SignaturePad(QWidget):
    """Emits :attr:`changed` after every finished stroke, clear or undo, and
    :attr:`emptyChanged` when the pad goes from empty to signed or back."""

    changed = Signal()
    emptyChanged = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 80)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self._was_empty = True
        self._placeholder = ""
        self._tablet_down = False
        self.setAccessibleName(self.tr("Signature pad"))

    # -- the drawing as data ------------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        """The finished strokes, in logical units."""
        return [tuple(s) for s in self._strokes]

    def set_strokes(self, strokes: Sequence[Sequence[Point]]) -> None:
        self._strokes = [[(float(x), float(y), float(p)) for x, y, p in s] for s in strokes if s]
        self._current = None
        self._finish_change()

    def ink_length(self) -> float:
        total = 0.0
        for stroke in self._strokes:
            for (x1, y1, _), (x2, y2, _) in zip(stroke, stroke[1:], strict=False):
                total += math.hypot(x2 - x1, y2 - y1)
        return total

    def is_empty(self) -> bool:
        return self.ink_length() < MIN_INK

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self._finish_change()

    def undo(self) -> None:
        """Remove the last stroke."""
        if self._strokes:
            self._strokes.pop()
            self._finish_change()

    def set_placeholder_text(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def to_image(self, width: int = 600) -> QImage:
        """The strokes rendered at ``width`` pixels wide on a transparent background: the whole
        logical canvas, uncropped, so every signature has the same proportions."""
        height = max(1, round(width * CANVAS_HEIGHT / CANVAS_WIDTH))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            scale = width / CANVAS_WIDTH
            painter.scale(scale, scale)
            self._draw_strokes(painter, self._strokes)
        finally:
            painter.end()
        return image

    def to_png(self, width: int = 600) -> bytes:
        """PNG bytes of :meth:`to_image`. Refuses an empty pad."""
        if self.is_empty():
            raise ValueError("the signature pad is empty")
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.to_image(width).save(buffer, "PNG"):  # type: ignore[call-overload]  # pragma: no cover - Qt's PNG writer
            raise OSError("could not encode the signature as PNG")
        buffer.close()
        return bytes(data.data())

    # -- geometry: logical canvas <-> widget ---------------------------------------------------
    def canvas_rect(self) -> QRectF:
        """Where the logical canvas is drawn in the widget (proportions kept, centred)."""
        margin = 6.0
        w = max(1.0, self.width() - 2 * margin)
        h = max(1.0, self.height() - 2 * margin)
        scale = min(w / CANVAS_WIDTH, h / CANVAS_HEIGHT)
        cw, ch = CANVAS_WIDTH * scale, CANVAS_HEIGHT * scale
        return QRectF((self.width() - cw) / 2, (self.height() - ch) / 2, cw, ch)

    def to_canvas(self, pos: QPointF) -> tuple[float, float]:
        rect = self.canvas_rect()
        scale = rect.width() / CANVAS_WIDTH
        x = (pos.x() - rect.left()) / scale
        y = (pos.y() - rect.top()) / scale
        return min(max(x, 0.0), CANVAS_WIDTH), min(max(y, 0.0), CANVAS_HEIGHT)

    def from_canvas(self, x: float, y: float) -> QPointF:
        rect = self.canvas_rect()
        scale = rect.width() / CANVAS_WIDTH
        return QPointF(rect.left() + x * scale, rect.top() + y * scale)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(500, 200)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    # -- input ---------------------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float) -> None:
        x, y = self.to_canvas(pos)
        self._current = [(x, y, pressure)]
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if self._current is None:
            return
        x, y = self.to_canvas(pos)
        last = self._current[-1]
        if math.hypot(x - last[0], y - last[1]) < 0.75:  # ignore jitter
            return
        self._current.append((x, y, pressure))
        self.update()

    def _end(self) -> None:
        if self._current is None:
            return
        stroke = self._current
        self._current = None
        if len(stroke) == 1:  # a dot: give it a tiny length so it draws
            x, y, p = stroke[0]
            stroke.append((x + 0.5, y, p))
        self._strokes.append(stroke)
        self._finish_change()

    def _finish_change(self) -> None:
        self.update()
        self.changed.emit()
        empty = self.is_empty()
        if empty != self._was_empty:
            self._was_empty = empty
            self.emptyChanged.emit(empty)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self._tablet_down:
            self._begin(event.position(), 0.5)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton and not self._tablet_down:
            self._extend(event.position(), 0.5)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self._tablet_down:
            self._end()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        """A pen: pressure sets the width. Accepted, so Qt sends no mouse events for it."""
        kind = event.type()
        pressure = max(0.05, min(1.0, event.pressure() or 0.5))
        if kind == QEvent.Type.TabletPress:
            self._tablet_down = True
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._tablet_down:
            self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._tablet_down = False
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            self._touch(event)  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._current = None
            self.update()
            return
        if not points:
            return
        point = points[0]  # one finger draws; others are ignored
        pressure = point.pressure() if 0 < point.pressure() < 1 else 0.5
        if kind == QEvent.Type.TouchBegin:
            self._begin(point.position(), pressure)
        elif kind == QEvent.Type.TouchUpdate:
            self._extend(point.position(), pressure)
        else:
            self._extend(point.position(), pressure)
            self._end()

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.fillRect(self.rect(), self.palette().base())
            rect = self.canvas_rect()
            painter.setPen(QPen(QColor(200, 200, 200), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
            baseline = rect.top() + rect.height() * 0.78
            painter.setPen(QPen(QColor(170, 170, 170), 1))
            painter.drawLine(
                QPointF(rect.left() + rect.width() * 0.06, baseline),
                QPointF(rect.right() - rect.width() * 0.06, baseline),
            )
            if not self._strokes and self._current is None and self._placeholder:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._placeholder)
            painter.translate(rect.topLeft())
            scale = rect.width() / CANVAS_WIDTH
            painter.scale(scale, scale)
            strokes = list(self._strokes)
            if self._current:
                strokes.append(self._current)
            self._draw_strokes(painter, strokes)
        finally:
            painter.end()

    @staticmethod
    def _draw_strokes(painter: QPainter, strokes: Sequence[Sequence[Point]]) -> None:
        """Smooth strokes: a quadratic curve from midpoint to midpoint through each sample."""
        pen = QPen(INK)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for stroke in strokes:
            if not stroke:
                continue
            pts = [QPointF(x, y) for x, y, _ in stroke]
            widths = [BASE_WIDTH * (0.45 + 1.1 * p) for _, _, p in stroke]
            if len(pts) == 1:
                pen.setWidthF(widths[0])
                painter.setPen(pen)
                painter.drawPoint(pts[0])
                continue
            if len(pts) == 2:
                pen.setWidthF((widths[0] + widths[1]) / 2)
                painter.setPen(pen)
                painter.drawLine(pts[0], pts[1])
                continue
            start = pts[0]
            for i in range(1, len(pts) - 1):
                mid = (pts[i] + pts[i + 1]) / 2
                path = QPainterPath(start)
                path.quadTo(pts[i], mid)
                pen.setWidthF(widths[i])
                painter.setPen(pen)
                painter.drawPath(path)
                start = mid
            pen.setWidthF(widths[-1])
            painter.setPen(pen)
            painter.drawLine(start, pts[-1])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Signature pad"))
        super().changeEvent(event)
