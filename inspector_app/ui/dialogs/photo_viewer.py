"""A photo at full size: zoom, previous/next, and a simple annotation saved as a new version.

The annotation tools draw arrows, circles and text over the photo as preview items; *Save as new
version* hands the shapes to :meth:`PhotoService.annotate`, which burns them into a copy and keeps
the original as it is. Opening the tools on an annotated version edits its shapes over the
original again (arrows are never drawn on arrows).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspector_app.photos import annotate as ann
from inspector_app.photos.annotate import Shape, ShapeKind
from inspector_app.photos.service import PhotoInfo, PhotoService
from inspector_app.ui.errors import user_errors
from inspector_app.ui.models.photo_grid_model import photo_label, warning_text, when

ZOOM_STEP = 1.25
MIN_DRAG = 0.01  # shorter drags (relative to the photo) are clicks, not shapes


class PhotoCanvas(QGraphicsView):
    """The photo in a scene, with the shapes drawn over it. With a tool chosen, a drag draws a
    shape (:attr:`shapeDrawn`) and a click with the text tool asks for a text
    (:attr:`textRequested`)."""

    shapeDrawn = Signal(object)  # Shape
    textRequested = Signal(float, float)  # where, relative to the photo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCanvas")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setBackgroundBrush(QBrush(QColor("#202124")))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._pixmap_item = QGraphicsPixmapItem()
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._pixmap_item)
        self._overlay: list[QGraphicsItem] = []
        self._preview: QGraphicsItem | None = None
        self._start: QPointF | None = None
        self._tool: ShapeKind | None = None
        self._fit = True
        self.set_tool(None)

    # -- the photo ----------------------------------------------------------------------------
    def set_image(self, image: QImage) -> None:
        self._pixmap_item.setPixmap(QPixmap.fromImage(image))
        self._scene.setSceneRect(QRectF(self._pixmap_item.boundingRect()))
        self.fit()

    @property
    def image_size(self) -> tuple[float, float]:
        rect = self._pixmap_item.boundingRect()
        return rect.width(), rect.height()

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self._fit = False
        new = max(0.02, min(16.0, self.zoom() * factor))
        self.scale(new / self.zoom(), new / self.zoom())

    def actual_size(self) -> None:
        self._fit = False
        self.resetTransform()

    def fit(self) -> None:
        self._fit = True
        if not self._pixmap_item.pixmap().isNull():
            self.fitInView(self._pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    # -- shapes -------------------------------------------------------------------------------
    def set_tool(self, tool: ShapeKind | None) -> None:
        self._tool = tool
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if tool is None else QGraphicsView.DragMode.NoDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.OpenHandCursor if tool is None else Qt.CursorShape.CrossCursor
        )

    def set_shapes(self, shapes: Sequence[Shape]) -> None:
        for item in self._overlay:
            self._scene.removeItem(item)
        self._overlay = [self._item(shape) for shape in shapes]
        for item in self._overlay:
            self._scene.addItem(item)

    def _relative(self, pos: QPointF) -> tuple[float, float]:
        w, h = self.image_size
        point = self.mapToScene(pos.toPoint())
        return (
            min(1.0, max(0.0, point.x() / w)) if w else 0.0,
            min(1.0, max(0.0, point.y() / h)) if h else 0.0,
        )

    def _item(self, shape: Shape) -> QGraphicsItem:
        """The shape as the preview shows it: same proportions as :func:`annotate.render`."""
        w, h = self.image_size
        color = QColor(shape.color)
        width = ann.stroke_width(int(w), int(h))
        p1, p2 = QPointF(shape.x1 * w, shape.y1 * h), QPointF(shape.x2 * w, shape.y2 * h)
        path = QPainterPath()
        pen = QPen(color, width)
        brush = QBrush(Qt.BrushStyle.NoBrush)
        if shape.kind is ShapeKind.ARROW:
            head = ann.ARROW_HEAD * max(w, h)
            angle = math.atan2(p2.y() - p1.y(), p2.x() - p1.x())
            path.moveTo(p1)
            back = 0.8 * head
            path.lineTo(p2.x() - back * math.cos(angle), p2.y() - back * math.sin(angle))
            tip = QPainterPath()
            tip.addPolygon(
                QPolygonF(
                    [QPointF(x, y) for x, y in ann.arrow_head(p1.x(), p1.y(), p2.x(), p2.y(), head)]
                )
            )
            tip.closeSubpath()
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            head_item = QGraphicsPathItem(tip, item)
            head_item.setPen(Qt.PenStyle.NoPen)
            head_item.setBrush(QBrush(color))
            return item
        if shape.kind is ShapeKind.ELLIPSE:
            path.addEllipse(QRectF(p1, p2).normalized())
        else:
            font = QFont()
            font.setPixelSize(ann.text_size(int(w), int(h)))
            font.setWeight(QFont.Weight.DemiBold)
            path.addText(p1 + QPointF(0, font.pixelSize()), font, shape.text)
            pen = QPen(QColor("white"), max(1, width // 2))
            brush = QBrush(color)
        item = QGraphicsPathItem(path)
        item.setPen(pen)
        item.setBrush(brush)
        return item

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._tool is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._start = event.position()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is None or self._tool in (None, ShapeKind.TEXT):
            super().mouseMoveEvent(event)
            return
        shape = self._shape_to(event.position())
        if self._preview is not None:
            self._scene.removeItem(self._preview)
            self._preview = None
        if shape is not None:
            self._preview = self._item(shape)
            self._scene.addItem(self._preview)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        if self._preview is not None:
            self._scene.removeItem(self._preview)
            self._preview = None
        if self._tool is ShapeKind.TEXT:
            x, y = self._relative(event.position())
            self._start = None
            self.textRequested.emit(x, y)
        else:
            shape = self._shape_to(event.position())
            self._start = None
            if shape is not None:
                self.shapeDrawn.emit(shape)
        event.accept()

    def _shape_to(self, pos: QPointF) -> Shape | None:
        assert self._start is not None and self._tool is not None
        x1, y1 = self._relative(self._start)
        x2, y2 = self._relative(pos)
        if math.hypot(x2 - x1, y2 - y1) < MIN_DRAG:
            return None
        return Shape(self._tool, x1, y1, x2, y2)


class PhotoViewer(QDialog):
    """``PhotoViewer(service, photos, index, read_only=..., parent=...)``; emits
    :attr:`annotated` with the new version's id after *Save as new version*."""

    annotated = Signal(str)
    currentChanged = Signal(str)

    def __init__(
        self,
        service: PhotoService,
        photos: Sequence[PhotoInfo],
        index: int = 0,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 760)
        self._service = service
        self._photos = list(photos)
        self._index = max(0, min(index, len(self._photos) - 1))
        self._read_only = read_only
        self._shapes: list[Shape] = []
        self._editing = False  # showing the original under the shapes of a version
        self._build()
        self._connect_signals()
        self.retranslate()
        self._show_current()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.prev_action = QAction(self)
        self.prev_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Left), QKeySequence(Qt.Key.Key_PageUp)]
        )
        self.next_action = QAction(self)
        self.next_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Right), QKeySequence(Qt.Key.Key_PageDown)]
        )
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_Plus),
                QKeySequence(Qt.Key.Key_Equal),
                QKeySequence(QKeySequence.StandardKey.ZoomIn),
            ]
        )
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Minus), QKeySequence(QKeySequence.StandardKey.ZoomOut)]
        )
        self.fit_action = QAction(self)
        self.fit_action.setShortcut(QKeySequence(Qt.Key.Key_0))
        self.actual_action = QAction(self)
        self.actual_action.setShortcut(QKeySequence(Qt.Key.Key_1))
        self.tools = QActionGroup(self)
        self.tools.setExclusive(True)
        self.move_tool = QAction(self.tools)
        self.arrow_tool = QAction(self.tools)
        self.ellipse_tool = QAction(self.tools)
        self.text_tool = QAction(self.tools)
        for tool, kind in (
            (self.move_tool, None),
            (self.arrow_tool, ShapeKind.ARROW),
            (self.ellipse_tool, ShapeKind.ELLIPSE),
            (self.text_tool, ShapeKind.TEXT),
        ):
            tool.setCheckable(True)
            tool.setData(kind)
        self.move_tool.setChecked(True)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setObjectName("saveVersion")
        for action in (
            self.prev_action,
            self.next_action,
            None,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.actual_action,
            None,
            self.move_tool,
            self.arrow_tool,
            self.ellipse_tool,
            self.text_tool,
            self.undo_action,
            self.save_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        for action in (
            self.arrow_tool,
            self.ellipse_tool,
            self.text_tool,
            self.undo_action,
            self.save_action,
        ):
            action.setVisible(not self._read_only)
        self.canvas = PhotoCanvas(self)
        self.info = QLabel(self)
        self.info.setObjectName("photoInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("photoWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a4b00; background: #fff4e0; padding: 4px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.info)

    def _connect_signals(self) -> None:
        self.prev_action.triggered.connect(self._on_prev_action_triggered)
        self.next_action.triggered.connect(self._on_next_action_triggered)
        self.zoom_in_action.triggered.connect(self._on_zoom_in_action_triggered)
        self.zoom_out_action.triggered.connect(self._on_zoom_out_action_triggered)
        self.fit_action.triggered.connect(self.canvas.fit)
        self.actual_action.triggered.connect(self.canvas.actual_size)
        self.tools.triggered.connect(self._on_tools_triggered)
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.canvas.shapeDrawn.connect(self._on_canvas_shape_drawn)
        self.canvas.textRequested.connect(self._on_canvas_text_requested)

    def retranslate(self) -> None:
        self.prev_action.setText(self.tr("◀ Previous"))
        self.next_action.setText(self.tr("Next ▶"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.fit_action.setText(self.tr("Fit"))
        self.actual_action.setText(self.tr("100%"))
        self.move_tool.setText(self.tr("Move"))
        self.arrow_tool.setText(self.tr("Arrow"))
        self.ellipse_tool.setText(self.tr("Circle"))
        self.text_tool.setText(self.tr("Text"))
        self.undo_action.setText(self.tr("Undo"))
        self.save_action.setText(self.tr("Save as new version"))
        self._show_info()

    # -- state --------------------------------------------------------------------------------
    @property
    def current(self) -> PhotoInfo | None:
        return self._photos[self._index] if self._photos else None

    @property
    def shapes(self) -> list[Shape]:
        return list(self._shapes)

    def add_shape(self, shape: Shape) -> None:
        if self._read_only:
            return
        self._begin_edit()
        self._shapes.append(shape)
        self.canvas.set_shapes(self._shapes)
        self._update_actions()

    def go_to(self, index: int) -> None:
        if not self._photos or not 0 <= index < len(self._photos) or index == self._index:
            return
        if self._unsaved() and not self._confirm_discard():
            return
        self._index = index
        self._show_current()

    def _unsaved(self) -> bool:
        photo = self.current
        return bool(self._shapes) and (photo is None or tuple(self._shapes) != photo.shapes)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Annotation"),
            self.tr("The arrows, circles and texts drawn are not saved. Discard them?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_current(self) -> None:
        self._shapes = []
        self._editing = False
        self.canvas.set_shapes([])
        photo = self.current
        if photo is not None:
            self.canvas.set_image(QImage(str(photo.path)))
            self.setWindowTitle(photo_label(photo))
            self.currentChanged.emit(photo.id)
        self._show_info()
        self._update_actions()

    def _begin_edit(self) -> None:
        """On a version: show its original with the version's shapes, ready to change."""
        photo = self.current
        if self._editing or photo is None:
            return
        self._editing = True
        if photo.parent_id is not None:
            root = next((p for p in self._photos if p.id == photo.parent_id), None)
            with user_errors(self) as outcome:
                root = root or self._service.get(photo.parent_id)
            if outcome.failed or root is None:
                return
            self.canvas.set_image(QImage(str(root.path)))
            self._shapes = list(photo.shapes)
            self.canvas.set_shapes(self._shapes)

    def _show_info(self) -> None:
        photo = self.current
        if photo is None:
            self.info.clear()
            self.warnings.hide()
            return
        parts = [f"<b>{photo_label(photo)}</b>"]
        if photo.captured_at is not None:
            parts.append(self.tr("taken %1").replace("%1", when(photo.captured_at)))
        if photo.camera:
            parts.append(photo.camera)
        if photo.gps_lat is not None and photo.gps_lon is not None:
            parts.append(f"GPS {photo.gps_lat:.5f}, {photo.gps_lon:.5f}")
        parts.append(f"{photo.original_name} · {photo.original_width}×{photo.original_height}")
        parts.append(self.tr("SHA-256 %1").replace("%1", photo.sha256[:16] + "…"))
        if photo.is_version:
            parts.append(self.tr("annotated version"))
        parts.append(f"{self._index + 1}/{len(self._photos)}")
        self.info.setText(" · ".join(parts))
        texts = [f"⚠ {warning_text(w)}" for w in photo.warnings]
        self.warnings.setText("\n".join(texts))
        self.warnings.setVisible(bool(texts))

    def _update_actions(self) -> None:
        self.prev_action.setEnabled(self._index > 0)
        self.next_action.setEnabled(self._index < len(self._photos) - 1)
        self.undo_action.setEnabled(bool(self._shapes))
        self.save_action.setEnabled(self._unsaved())

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_prev_action_triggered(self) -> None:
        self.go_to(self._index - 1)

    @Slot()
    def _on_next_action_triggered(self) -> None:
        self.go_to(self._index + 1)

    @Slot()
    def _on_zoom_in_action_triggered(self) -> None:
        self.canvas.zoom_by(ZOOM_STEP)

    @Slot()
    def _on_zoom_out_action_triggered(self) -> None:
        self.canvas.zoom_by(1 / ZOOM_STEP)

    @Slot(QAction)
    def _on_tools_triggered(self, action: QAction) -> None:
        data = action.data()  # a StrEnum comes back from QVariant as a plain str
        kind = ShapeKind(data) if data else None
        if kind is not None:
            self._begin_edit()
        self.canvas.set_tool(kind)

    @Slot(object)
    def _on_canvas_shape_drawn(self, shape: Shape) -> None:
        self.add_shape(shape)

    @Slot(float, float)
    def _on_canvas_text_requested(self, x: float, y: float) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Text"), self.tr("Text to write on the photo:")
        )
        if ok and text.strip():
            self.add_shape(Shape(ShapeKind.TEXT, x, y, text=text.strip()))

    @Slot()
    def _on_undo_action_triggered(self) -> None:
        if self._shapes:
            self._shapes.pop()
            self.canvas.set_shapes(self._shapes)
        self._update_actions()

    @Slot()
    def _on_save_action_triggered(self) -> None:
        photo = self.current
        if photo is None or not self._unsaved():
            return
        with user_errors(self) as outcome:
            new_id = self._service.annotate(photo.id, self._shapes)
            version = self._service.get(new_id)
        if outcome.failed:
            return
        self._shapes = []  # saved: nothing to discard
        at = next((i for i, p in enumerate(self._photos) if p.id == new_id), None)
        if at is None:
            self._photos.insert(self._index + 1, version)
            at = self._index + 1
        self.move_tool.setChecked(True)
        self.canvas.set_tool(None)
        self._index = at
        self._show_current()
        self.annotated.emit(new_id)
