"""The minutes (biên bản) as they will print: the PDF, rendered off the UI thread, in a QPdfView.

:class:`MinutesPreview` is a plain widget for the "sign" step of the inspection screen (or a
dialog): ``load(inspection_id)`` gathers the minutes' input from the services on the UI thread
(a few quick reads), renders the PDF on the thread pool (:func:`run_in_pool`; reportlab and the
photo shrinking take from a fraction of a second to a few seconds) and shows it with page
navigation and zoom. *Refresh* (F5) renders again, keeping the page and the zoom; asking for a
render while one runs queues exactly one more.

Signals: :attr:`rendered` (the :class:`~inspector_app.reports.minutes.RenderResult`),
:attr:`failed` (the message shown), :attr:`busyChanged`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspector_app.errors import UserError
from inspector_app.ui.workers import Task, run_in_pool

if TYPE_CHECKING:
    from collections.abc import Callable

    from inspector_app.reports.minutes import MinutesInput, RenderResult
    from inspector_app.services.context import AppContext

log = logging.getLogger(__name__)

#: Zoom steps of the zoom-in / zoom-out actions and the zoom box.
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"


def _is_alive(obj: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


class MinutesPreview(QWidget):
    """The minutes of one inspection as a PDF, with page navigation, zoom and Refresh."""

    rendered = Signal(object)  # RenderResult
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        build: Callable[[AppContext, str], MinutesInput] | None = None,
    ) -> None:
        """``build`` gathers the input (default:
        :func:`inspector_app.reports.build.build_minutes_input`)."""
        super().__init__(parent)
        self.setObjectName("minutesPreview")
        self._ctx = ctx
        self._build_input = build
        self._inspection_id: str | None = None
        self._generation = 0
        self._task: Task | None = None
        self._pending = False
        self._stored: tuple[bytes, str] | None = None  # a stored file shown (show_document)
        self._pdf: bytes | None = None
        self._result: RenderResult | None = None
        self._buffer: QBuffer | None = None
        self._restore_page = 0
        self._build()
        self._connect_signals()
        self.retranslate()
        self._update_actions()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        style = self.style()
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("minutesToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), "", self
        )
        self.refresh_action.setObjectName("minutesRefresh")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.previous_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), "", self
        )
        self.previous_action.setObjectName("minutesPreviousPage")
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), "", self)
        self.next_action.setObjectName("minutesNextPage")
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setObjectName("minutesZoomOut")
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setObjectName("minutesZoomIn")
        self.zoom_in_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("minutesPage")
        self.page_spin.setRange(1, 1)
        self.page_spin.setKeyboardTracking(False)
        self.page_count_label = QLabel(self)
        self.page_count_label.setObjectName("minutesPageCount")
        self.zoom_box = QComboBox(self)
        self.zoom_box.setObjectName("minutesZoom")
        self.zoom_box.addItem("", FIT_WIDTH)
        self.zoom_box.addItem("", FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom_box.addItem(f"{round(factor * 100)}%", factor)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("minutesStatus")
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.toolbar.addAction(self.refresh_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addWidget(self.page_spin)
        self.toolbar.addWidget(self.page_count_label)
        self.toolbar.addAction(self.next_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.zoom_out_action)
        self.toolbar.addWidget(self.zoom_box)
        self.toolbar.addAction(self.zoom_in_action)
        self.toolbar.addWidget(self.status_label)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("minutesView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.message = QLabel(self)
        self.message.setObjectName("minutesMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #5f6368; font-size: 11pt; padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        for action in (
            self.refresh_action,
            self.previous_action,
            self.next_action,
            self.zoom_in_action,
            self.zoom_out_action,
        ):
            self.addAction(action)

    def _connect_signals(self) -> None:
        self.refresh_action.triggered.connect(self._on_refresh_triggered)
        self.previous_action.triggered.connect(self._on_previous_triggered)
        self.next_action.triggered.connect(self._on_next_triggered)
        self.zoom_in_action.triggered.connect(self._on_zoom_in_triggered)
        self.zoom_out_action.triggered.connect(self._on_zoom_out_triggered)
        self.zoom_box.activated.connect(self._on_zoom_box_activated)
        self.page_spin.valueChanged.connect(self._on_page_spin_value_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._on_navigator_page_changed)
        self.view.zoomFactorChanged.connect(self._on_view_zoom_changed)
        self.view.zoomModeChanged.connect(self._on_view_zoom_changed)
        self.document.pageCountChanged.connect(self._on_document_page_count_changed)

    def retranslate(self) -> None:
        self.refresh_action.setText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Render the minutes again from the inspection (F5)"))
        self.previous_action.setText(self.tr("Previous page"))
        self.next_action.setText(self.tr("Next page"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_box.setItemText(0, self.tr("Fit width"))
        self.zoom_box.setItemText(1, self.tr("Fit page"))
        self.zoom_box.setToolTip(self.tr("Zoom"))
        self.page_spin.setToolTip(self.tr("Page"))
        self._update_page_label()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- public -------------------------------------------------------------------------------
    @property
    def inspection_id(self) -> str | None:
        return self._inspection_id

    def load(self, inspection_id: str) -> None:
        """Show the minutes of ``inspection_id`` (from page 1), rendering them in the
        background."""
        if inspection_id != self._inspection_id or self._stored is not None:
            self._inspection_id = inspection_id
            self._restore_page = 0
            self._pdf = self._result = None
            self._stored = None
            self._show_message(self.tr("Preparing the minutes…"))
        self.refresh()

    def show_document(self, inspection_id: str, data: bytes, description: str) -> None:
        """Show a stored PDF (the signed minutes) instead of rendering: what was signed is what
        is shown. ``description`` goes to the status line; Refresh shows the same file."""
        if inspection_id != self._inspection_id:
            self._restore_page = 0
        self._inspection_id = inspection_id
        self._generation += 1  # a render still running is out of date
        self._stored = (data, description)
        self._show_pdf(data, None)
        self._update_status()

    def refresh(self) -> None:
        """Render the minutes again (after the inspection changed); keeps page and zoom."""
        if self._inspection_id is None:
            return
        if self._stored is not None:
            self.show_document(self._inspection_id, *self._stored)
            return
        if self._task is not None:
            self._pending = True
            return
        self._generation += 1
        generation = self._generation
        try:
            inp = self._gather(self._inspection_id)
        except Exception as exc:  # noqa: BLE001 - shown in the view; a bug is also logged
            self._fail(exc)
            return

        def work() -> tuple[bytes, RenderResult]:
            from inspector_app.reports.minutes import render_minutes_bytes

            return render_minutes_bytes(inp)

        self._task = run_in_pool(
            work,
            lambda r: self._on_render_done(generation, r),
            lambda e: self._on_render_failed(generation, e),
        )
        self._set_busy(True)

    def is_busy(self) -> bool:
        return self._task is not None

    def pdf_bytes(self) -> bytes | None:
        """The PDF shown (rendered, or the stored file), or ``None`` before the first render."""
        return self._pdf

    def result(self) -> RenderResult | None:
        """What the last render produced (page count, signature boxes, …)."""
        return self._result

    def current_page(self) -> int:
        """The page shown, from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        if self.document.pageCount() == 0:
            return
        index = max(0, min(index, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())

    # -- rendering ----------------------------------------------------------------------------
    def _gather(self, inspection_id: str) -> MinutesInput:
        if self._build_input is not None:
            return self._build_input(self._ctx, inspection_id)
        from inspector_app.reports.build import build_minutes_input

        return build_minutes_input(self._ctx, inspection_id)

    def _on_render_done(self, generation: int, outcome: Any) -> None:
        if not _is_alive(self):
            return
        self._task = None
        if self._pending:
            self._pending = False
            self.refresh()
            if generation != self._generation:
                return
        if generation != self._generation:
            self._set_busy(self._task is not None)
            return
        data, result = outcome
        self._show_pdf(data, result)
        self._set_busy(self._task is not None)
        self.rendered.emit(result)

    def _on_render_failed(self, generation: int, error: BaseException) -> None:
        if not _is_alive(self):
            return
        self._task = None
        if self._pending:
            self._pending = False
            self.refresh()
            return
        if generation == self._generation:
            self._fail(error)
        self._set_busy(self._task is not None)

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            message = str(error)
        else:
            log.error("the minutes could not be rendered", exc_info=error)
            message = self.tr("The minutes could not be prepared: %1").replace(
                "%1", f"{type(error).__name__}: {error}"
            )
        self._show_message(message)
        self.failed.emit(message)

    def _show_pdf(self, data: bytes, result: RenderResult | None) -> None:
        keep_page = self.current_page() if self._pdf is not None else self._restore_page
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        old, self._buffer = self._buffer, buffer
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self._pdf, self._result = data, result
        self.stack.setCurrentWidget(self.view)
        count = max(1, self.document.pageCount())
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, count)
        self.page_spin.blockSignals(False)
        self.go_to_page(min(keep_page, count - 1))
        self._sync_page(self.current_page())
        self._update_actions()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._update_actions()

    def _set_busy(self, busy: bool) -> None:
        self._update_status()
        self.busyChanged.emit(busy)

    # -- status -------------------------------------------------------------------------------
    def _update_status(self) -> None:
        if self._task is not None:
            self.status_label.setText(self.tr("Rendering…"))
        elif self._stored is not None:
            self.status_label.setText(
                self.tr("%1 · %2 pages · %3 KB")
                .replace("%1", self._stored[1])
                .replace("%2", str(self.document.pageCount()))
                .replace("%3", str(round(len(self._stored[0]) / 1024)))
            )
        elif self._result is not None:
            self.status_label.setText(
                self.tr("%1 pages · %2 photos · %3 KB")
                .replace("%1", str(self._result.page_count))
                .replace("%2", str(self._result.photo_count))
                .replace("%3", str(round(self._result.byte_size / 1024)))
            )
        else:
            self.status_label.clear()

    def _update_page_label(self) -> None:
        self.page_count_label.setText(
            self.tr("of %1").replace("%1", str(self.document.pageCount()))
        )

    def _update_actions(self) -> None:
        has_pdf = self.stack.currentWidget() is self.view and self.document.pageCount() > 0
        page = self.current_page()
        self.previous_action.setEnabled(has_pdf and page > 0)
        self.next_action.setEnabled(has_pdf and page < self.document.pageCount() - 1)
        for widget in (self.page_spin, self.zoom_box):
            widget.setEnabled(has_pdf)
        self.zoom_in_action.setEnabled(has_pdf)
        self.zoom_out_action.setEnabled(has_pdf)
        self.refresh_action.setEnabled(self._inspection_id is not None)
        self._update_page_label()

    def _sync_page(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_actions()

    def _zoom_factor(self) -> float:
        return float(self.view.zoomFactor())

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_refresh_triggered(self) -> None:
        self.refresh()

    @Slot()
    def _on_previous_triggered(self) -> None:
        self.go_to_page(self.current_page() - 1)

    @Slot()
    def _on_next_triggered(self) -> None:
        self.go_to_page(self.current_page() + 1)

    @Slot()
    def _on_zoom_in_triggered(self) -> None:
        current = self._effective_zoom()
        self._set_zoom(next((z for z in ZOOM_STEPS if z > current + 1e-3), ZOOM_STEPS[-1]))

    @Slot()
    def _on_zoom_out_triggered(self) -> None:
        current = self._effective_zoom()
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-3), ZOOM_STEPS[0]))

    def _effective_zoom(self) -> float:
        """The zoom as shown, also in a fit mode (QPdfView keeps its factor at 1 then)."""
        if self.view.zoomMode() is QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self._zoom_factor()
        page = self.document.pagePointSize(max(0, self.current_page()))
        if page.width() <= 0:
            return self._zoom_factor()
        dpi_scale = self.logicalDpiX() / 72.0
        width = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(0.1, width / (page.width() * dpi_scale))

    @Slot(int)
    def _on_zoom_box_activated(self, index: int) -> None:
        data = self.zoom_box.itemData(index)
        if data == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif data == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self._set_zoom(float(data))

    @Slot(int)
    def _on_page_spin_value_changed(self, value: int) -> None:
        self.go_to_page(value - 1)

    @Slot(int)
    def _on_document_page_count_changed(self, count: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(1, count))
        self.page_spin.blockSignals(False)
        self._update_actions()

    @Slot(int)
    def _on_navigator_page_changed(self, page: int) -> None:
        self._sync_page(page)

    @Slot()
    def _on_view_zoom_changed(self) -> None:
        mode = self.view.zoomMode()
        if mode is QPdfView.ZoomMode.FitToWidth:
            index = self.zoom_box.findData(FIT_WIDTH)
        elif mode is QPdfView.ZoomMode.FitInView:
            index = self.zoom_box.findData(FIT_PAGE)
        else:
            factor = self._zoom_factor()
            index = next(
                (
                    i
                    for i in range(self.zoom_box.count())
                    if isinstance(self.zoom_box.itemData(i), float)
                    and abs(self.zoom_box.itemData(i) - factor) < 1e-3
                ),
                -1,
            )
        if index >= 0:
            self.zoom_box.setCurrentIndex(index)
