"""The photos step of an inspection: add, see, link, order, annotate and remove photos.

``PhotosView(ctx)``; :meth:`PhotosView.load` shows an inspection. It has the same small contract
as the other inspection steps (``changed``/``message`` signals, :meth:`show_inspection`,
:meth:`refresh`, :meth:`flush`, :meth:`retranslate`, :meth:`focus_main`), so the inspection
screen can host it as a page.

Photos come from the *Add* buttons (files or a whole folder such as a phone's DCIM), a drop of
files or folders, a paste (files copied in Explorer, or an image), and the laptop's camera where
Qt Multimedia finds one (the action is hidden otherwise). The import runs on a worker
(``run_in_pool``) with a progress bar and *Cancel*; the grid fills as photos arrive. With the
grid showing one person's or one item's photos, photos added are linked to that person or item.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QItemSelectionModel,
    QMargins,
    QMimeData,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.model import Inspection
from inspector_app.errors import UserError
from inspector_app.photos.pipeline import BytesSource, ImportOptions, RejectReason
from inspector_app.photos.service import (
    AddProgress,
    AddReport,
    AddResult,
    AddStatus,
    ItemRef,
    PhotoInfo,
    PhotoService,
)
from inspector_app.services.context import AppContext
from inspector_app.ui.dialogs.photo_viewer import PhotoViewer
from inspector_app.ui.errors import show_user_error, user_errors
from inspector_app.ui.models.photo_grid_model import (
    COL_PHOTO,
    ICON_SIZE,
    PhotoGridModel,
    icon_image,
    when,
)
from inspector_app.ui.models.photo_grid_model import (
    warning_text as _warning_text,
)
from inspector_app.ui.views import StepPage
from inspector_app.ui.workers import Task, run_in_pool

IMAGE_FILTER = "*.jpg *.jpeg *.jpe *.png *.bmp *.tif *.tiff *.webp *.gif *.heic *.heif"
REFRESH_MS = 500  # at most this often while photos arrive (read on a worker)

_REASONS = {
    RejectReason.MISSING: QT_TRANSLATE_NOOP("PhotosView", "no such file"),
    RejectReason.UNREADABLE: QT_TRANSLATE_NOOP("PhotosView", "the file cannot be read"),
    RejectReason.EMPTY: QT_TRANSLATE_NOOP("PhotosView", "the file is empty"),
    RejectReason.NOT_IMAGE: QT_TRANSLATE_NOOP("PhotosView", "not an image"),
    RejectReason.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "PhotosView", "this image format is not supported (HEIC: set the phone to JPEG)"
    ),
    RejectReason.BOMB: QT_TRANSLATE_NOOP(
        "PhotosView", "too many pixels: refused as a decompression bomb"
    ),
    RejectReason.TRUNCATED: QT_TRANSLATE_NOOP(
        "PhotosView", "the file is truncated (incomplete copy or damaged card)"
    ),
    RejectReason.CORRUPT: QT_TRANSLATE_NOOP("PhotosView", "the image is damaged"),
    RejectReason.FAILED: QT_TRANSLATE_NOOP("PhotosView", "could not be imported"),
}

Job = Callable[[threading.Event], Generator[AddProgress, None, AddReport]]


def reason_text(result: AddResult) -> str:
    reason = result.reason or RejectReason.FAILED
    return QCoreApplication.translate("PhotosView", str(_REASONS[reason]))


def camera_available() -> bool:
    """True when Qt Multimedia is installed and sees a camera (never on the offscreen platform
    of tests and headless runs, where loading Qt Multimedia would only cost time)."""
    if QGuiApplication.platformName() == "offscreen":
        return False
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.videoInputs())


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def _thumbnails(
    service: PhotoService, photos: Sequence[PhotoInfo]
) -> Generator[tuple[str, QImage], None, None]:
    """On a worker: each photo's thumbnail as a ``QImage`` (rebuilt when missing)."""
    for photo in photos:
        try:
            path = service.thumbnail(photo)
        except (OSError, UserError):
            continue
        yield photo.file_sha256, icon_image(QImage(str(path)))


class PhotosView(StepPage):
    # StepPage's signals: changed (photos or their links changed: the host reloads what it
    # shows) and message (a short status line for the host).
    importStarted = Signal()
    importFinished = Signal(object)  # the AddReport, or None when the import failed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photosView")
        self.setAcceptDrops(True)
        self._ctx = ctx
        self._service = PhotoService(ctx.db)
        self._inspection: Inspection | None = None
        self._lang = "vi"
        self._task: Task | None = None
        self._cancel: threading.Event | None = None
        self._thumbs_loading: set[str] = set()
        self._listing = False  # a background read of the list is running
        self._listing_generation = 0
        self._camera_checked = False
        self._build()
        self._connect_signals()
        self.retranslate()
        self._update_actions()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.add_action = QAction(self)
        self.add_action.setObjectName("addPhotos")
        self.add_action.setShortcut(QKeySequence.StandardKey.Open)
        self.folder_action = QAction(self)
        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.camera_action = QAction(self)
        self.camera_action.setVisible(False)
        self.view_action = QAction(self)
        self.earlier_action = QAction(self)
        self.earlier_action.setShortcut(QKeySequence("Ctrl+Left"))
        self.later_action = QAction(self)
        self.later_action.setShortcut(QKeySequence("Ctrl+Right"))
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        for action in (
            self.add_action,
            self.folder_action,
            self.paste_action,
            self.camera_action,
            None,
            self.view_action,
            self.earlier_action,
            self.later_action,
            self.remove_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
                continue
            action.setShortcutContext(scope)
            self.toolbar.addAction(action)
            self.addAction(action)
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("photoFilter")
        self.filter_combo.setMinimumWidth(260)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo)

        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #5f6368;")
        self.model = PhotoGridModel(self)
        self.grid = QListView(self)
        self.grid.setObjectName("photoGrid")
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(ICON_SIZE)
        self.grid.setGridSize(ICON_SIZE.grownBy(QMargins(10, 6, 10, 34)))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setUniformItemSizes(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.grid.setAcceptDrops(False)
        self.grid.viewport().setAcceptDrops(False)

        self.details = QWidget(self)
        self.details.setObjectName("photoDetails")
        self.caption_edit = QLineEdit(self.details)
        self.caption_edit.setObjectName("photoCaption")
        self.item_combo = QComboBox(self.details)
        self.item_combo.setObjectName("photoItem")
        self.people_list = QListWidget(self.details)
        self.people_list.setObjectName("photoPeople")
        self.meta_label = QLabel(self.details)
        self.meta_label.setWordWrap(True)
        self.meta_label.setStyleSheet("color: #3c4043;")
        self.warnings_label = QLabel(self.details)
        self.warnings_label.setObjectName("photoWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a4b00; background: #fff4e0; padding: 4px;")
        form = QFormLayout()
        self.caption_title = QLabel(self.details)
        self.item_title = QLabel(self.details)
        form.addRow(self.caption_title, self.caption_edit)
        form.addRow(self.item_title, self.item_combo)
        self.people_title = QLabel(self.details)
        side = QVBoxLayout(self.details)
        side.setContentsMargins(6, 0, 0, 0)
        side.addLayout(form)
        side.addWidget(self.people_title)
        side.addWidget(self.people_list, 1)
        side.addWidget(self.warnings_label)
        side.addWidget(self.meta_label)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 300])

        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelImport")
        self.progress_row = QWidget(self)
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.result_label)

    def _connect_signals(self) -> None:
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.folder_action.triggered.connect(self._on_folder_action_triggered)
        self.paste_action.triggered.connect(self._on_paste_action_triggered)
        self.camera_action.triggered.connect(self._on_camera_action_triggered)
        self.view_action.triggered.connect(self._on_view_action_triggered)
        self.earlier_action.triggered.connect(self._on_earlier_action_triggered)
        self.later_action.triggered.connect(self._on_later_action_triggered)
        self.remove_action.triggered.connect(self._on_remove_action_triggered)
        self.filter_combo.activated.connect(self._on_filter_combo_activated)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        self.grid.activated.connect(self._on_grid_activated)
        self.caption_edit.editingFinished.connect(self._on_caption_edit_editing_finished)
        self.item_combo.activated.connect(self._on_item_combo_activated)
        self.people_list.itemChanged.connect(self._on_people_list_item_changed)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_import)

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("Add photos…"))
        self.add_action.setToolTip(self.tr("Add photo files (Ctrl+O)"))
        self.folder_action.setText(self.tr("Add folder…"))
        self.folder_action.setToolTip(
            self.tr("Add every photo of a folder, such as a phone's or a memory card's DCIM folder")
        )
        self.paste_action.setText(self.tr("Paste"))
        self.camera_action.setText(self.tr("Camera…"))
        self.view_action.setText(self.tr("View / annotate"))
        self.earlier_action.setText(self.tr("◀ Earlier"))
        self.later_action.setText(self.tr("Later ▶"))
        self.remove_action.setText(self.tr("Remove"))
        self.filter_label.setText(self.tr("Show:"))
        self.hint.setText(
            self.tr(
                "Drop photos or whole folders (DCIM) here, paste with Ctrl+V, "
                "or use Add photos. Double-click a photo to view or annotate "
                "it."
            )
        )
        self.caption_title.setText(self.tr("Caption"))
        self.caption_edit.setPlaceholderText(self.tr("What the photo shows"))
        self.item_title.setText(self.tr("Checklist item"))
        self.people_title.setText(self.tr("People in the photo"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self._inspection is not None:
            self._fill_choices()
            self._show_details()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._camera_checked:  # Qt Multimedia loads slowly: not before the first show
            self._camera_checked = True
            QTimer.singleShot(0, self._check_camera)

    @Slot()
    def _check_camera(self) -> None:
        self.camera_action.setVisible(camera_available())

    # -- the contract with the inspection screen (StepPage) ------------------------------------
    @property
    def service(self) -> PhotoService:
        return self._service

    @property
    def is_importing(self) -> bool:
        return self._task is not None

    def set_import_options(self, options: ImportOptions) -> None:
        """E.g. the long side of the working copies, from the settings."""
        self._service.options = options

    def load(self, inspection_id: str, lang: str | None = None) -> None:
        """Show the photos of ``inspection_id`` (``NotFound`` if it does not exist); the forms'
        texts in ``lang`` (default: the UI language)."""
        from PySide6.QtCore import QLocale

        if lang is None:
            lang = "en" if QLocale().name().lower().startswith("en") else "vi"
        self.show_inspection(self._ctx.inspections.get(inspection_id), lang)

    def show_inspection(self, inspection: Inspection, lang: str = "vi") -> None:
        """Show ``inspection`` (its forms' texts in ``lang``), keeping the selected photo."""
        same = self._inspection is not None and self._inspection.id == inspection.id
        self._inspection = inspection
        self._lang = lang
        if not same:
            self.filter_combo.setCurrentIndex(0)
            self.result_label.hide()
        self._fill_choices()
        self.refresh()

    def refresh(self) -> None:
        """Read the photos again and show them, keeping the selected one."""
        self._listing_generation += 1  # a background read still running is out of date
        if self._inspection is None:
            self.model.set_photos([])
            self._update_actions()
            return
        staff, item = self._filter_args()
        self._show_photos(self._service.list(self._inspection.id, staff_entry_id=staff, item=item))

    def _refresh_in_background(self) -> None:
        """While photos arrive: read the list on a worker, show it when it comes."""
        if self._inspection is None or self._listing:
            return
        self._listing = True
        generation = self._listing_generation
        staff, item = self._filter_args()
        service, inspection_id = self._service, self._inspection.id

        def done(photos: object) -> None:
            self._listing = False
            if generation == self._listing_generation and isinstance(photos, list):
                self._show_photos(photos)

        def failed(_error: BaseException) -> None:
            self._listing = False

        run_in_pool(
            lambda: service.list(inspection_id, staff_entry_id=staff, item=item), done, failed
        )

    def _show_photos(self, photos: list[PhotoInfo]) -> None:
        current = self.current_photo()
        self.model.set_photos(photos)
        row = self.model.row_of(current.id) if current else -1
        row = row if row >= 0 else (0 if photos else -1)
        if row != self.grid.currentIndex().row() or current is None:
            self.select_row(row)
        new = self.current_photo()
        if new != current:
            self._show_details()
        self._load_thumbnails()
        self._update_actions()

    def flush(self) -> None:
        """Save a caption being typed."""
        self._save_caption()

    def focus_main(self) -> None:
        self.grid.setFocus()

    # -- selection ----------------------------------------------------------------------------
    def current_photo(self) -> PhotoInfo | None:
        return self.model.photo(self.grid.currentIndex().row())

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.grid.selectionModel().setCurrentIndex(
                self.model.index(row, COL_PHOTO), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            self._show_details()

    def _filter_args(self) -> tuple[str | None, ItemRef | None]:
        """The filter's data is ``""``, ``"staff:ENTRY_ID"`` or ``"item:FORM_ID:ITEM_ID"``."""
        kind, _, value = str(self.filter_combo.currentData() or "").partition(":")
        if kind == "staff":
            return value, None
        if kind == "item":
            return None, _item_ref(value)
        return None, None

    # -- adding -------------------------------------------------------------------------------
    def add_paths(self, paths: Sequence[Path | str]) -> bool:
        """Add files and folders; False when refused (read-only, or an import is running)."""
        items = [Path(p) for p in paths]
        if not items:
            return False
        return self._start_import(
            lambda cancel, links: self._service.add_iter(
                self._inspection_id(), items, cancel=cancel, **links
            )
        )

    def add_image(
        self,
        image: QImage,
        source_kind: str,
        captured_at: datetime | None = None,
        name: str | None = None,
    ) -> bool:
        """Add an image from the clipboard (``"clipboard"``) or the camera (``"camera"``)."""
        if image.isNull():
            return False
        label = name or f"{source_kind}-{datetime.now():%Y%m%d-%H%M%S}.png"
        copy = QImage(image)

        def job(cancel: threading.Event, links: dict[str, Any]) -> Any:
            source = BytesSource(label, _png_bytes(copy), captured_at)  # encoded on the worker
            return self._service.add_iter(
                self._inspection_id(), [source], source_kind=source_kind, cancel=cancel, **links
            )

        return self._start_import(job)

    def paste(self) -> bool:
        """Files copied in Explorer, or an image, from the clipboard."""
        return self._add_mime(QGuiApplication.clipboard().mimeData(), "clipboard")

    def cancel_import(self) -> None:
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _inspection_id(self) -> str:
        assert self._inspection is not None
        return self._inspection.id

    def _add_mime(self, mime: QMimeData | None, source_kind: str) -> bool:
        if mime is None:
            return False
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            return self.add_paths(files)
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage):
                return self.add_image(image, source_kind)
        self.message.emit(self.tr("Nothing to paste: copy photo files or an image first"))
        return False

    def _start_import(self, job: Callable[[threading.Event, dict[str, Any]], Any]) -> bool:
        if self.read_only:
            self.message.emit(self.tr("The inspection is completed: its photos cannot change"))
            return False
        if self._task is not None:
            self.message.emit(self.tr("Photos are being added: wait, or cancel first"))
            return False
        staff, item = self._filter_args()
        links: dict[str, Any] = {"staff_ids": [staff] if staff else [], "item": item}
        cancel = self._cancel = threading.Event()
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Adding photos…"))
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.result_label.hide()
        self._task = run_in_pool(
            lambda: job(cancel, links),
            self._on_import_done,
            self._on_import_error,
            self._on_import_progress,
        )
        self._update_actions()
        self.importStarted.emit()
        return True

    def _on_import_progress(self, progress: object) -> None:
        assert isinstance(progress, AddProgress)
        self.progress.setRange(0, progress.total)
        self.progress.setValue(progress.done)
        if not (self._cancel and self._cancel.is_set()):
            self.progress_label.setText(
                self.tr("Adding photos: %1 of %2")
                .replace("%1", str(progress.done))
                .replace("%2", str(progress.total))
            )
        if progress.result.status is AddStatus.ADDED and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _on_import_done(self, report: object) -> None:
        assert isinstance(report, AddReport)
        self._end_import()
        self._show_report(report)
        if report.added:
            self.changed.emit()
        self.importFinished.emit(report)

    def _on_import_error(self, error: BaseException) -> None:
        self._end_import()
        self.importFinished.emit(None)
        if isinstance(error, UserError):
            show_user_error(self, error)
        else:
            raise error

    def _end_import(self) -> None:
        self._task = None
        self._cancel = None
        self._refresh_timer.stop()
        self.progress_row.hide()
        self.refresh()

    def _show_report(self, report: AddReport) -> None:
        parts = [self.tr("%1 added").replace("%1", str(report.added))]
        if report.present:
            parts.append(self.tr("%1 already there").replace("%1", str(report.present)))
        if report.rejected:
            parts.append(self.tr("%1 not added").replace("%1", str(report.rejected)))
        if report.cancelled:
            parts.append(self.tr("cancelled"))
        lines = [", ".join(parts)]
        lines += [
            f"✗ {r.name}: {reason_text(r)}"
            for r in report.results
            if r.status is AddStatus.REJECTED
        ]
        self.result_label.setText("\n".join(lines))
        self.result_label.setStyleSheet("color: #b3261e;" if report.rejected else "")
        self.result_label.show()
        self.message.emit(lines[0])

    # -- thumbnails ---------------------------------------------------------------------------
    def _load_thumbnails(self) -> None:
        todo = [
            p for p in self.model.missing_thumbnails() if p.file_sha256 not in self._thumbs_loading
        ]
        if not todo:
            return
        self._thumbs_loading.update(p.file_sha256 for p in todo)
        shas = {p.file_sha256 for p in todo}
        service = self._service
        run_in_pool(
            lambda: _thumbnails(service, todo),
            lambda _result: self._thumbs_loading.difference_update(shas),
            lambda _error: self._thumbs_loading.difference_update(shas),
            self._on_thumbnail,
        )

    def _on_thumbnail(self, value: object) -> None:
        assert isinstance(value, tuple)
        sha, image = value
        self.model.set_thumbnail(str(sha), image)

    # -- details ------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ins = self._inspection
        if ins is None:
            return
        lang = self._lang
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("All photos"), "")
        for entry in ins.staff:
            self.filter_combo.addItem(
                self.tr("Person: %1").replace("%1", entry.full_name), f"staff:{entry.id}"
            )
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("— none —"), "")
        for form in ins.forms:
            for section, item in form.items():
                label = f"{section.title.get(lang)} › {item.text.get(lang)}"
                short = label if len(label) <= 90 else label[:89] + "…"
                self.filter_combo.addItem(
                    self.tr("Item: %1").replace("%1", short), f"item:{form.id}:{item.id}"
                )
                self.item_combo.addItem(short, f"{form.id}:{item.id}")
                self.item_combo.setItemData(
                    self.item_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole
                )
        at = self.filter_combo.findData(current)
        self.filter_combo.setCurrentIndex(max(0, at))
        self.filter_combo.blockSignals(False)
        self.item_combo.blockSignals(False)
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for entry in ins.staff:
            where = entry.counter or entry.position
            person = QListWidgetItem(f"{entry.full_name} — {where}" if where else entry.full_name)
            person.setData(Qt.ItemDataRole.UserRole, entry.id)
            person.setCheckState(Qt.CheckState.Unchecked)
            self.people_list.addItem(person)
        self.people_list.blockSignals(False)

    def _show_details(self) -> None:
        photo = self.current_photo()
        enabled = photo is not None and not self.read_only
        for widget in (self.caption_edit, self.item_combo, self.people_list):
            widget.setEnabled(photo is not None)
        self.caption_edit.setReadOnly(not enabled)
        self.item_combo.setEnabled(enabled)
        self.caption_edit.setText(photo.caption if photo else "")
        self.item_combo.setCurrentIndex(
            max(0, self.item_combo.findData(":".join(photo.item) if photo and photo.item else ""))
        )
        self.people_list.blockSignals(True)
        linked = set(photo.staff_entry_ids) if photo else set()
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            flags = Qt.ItemFlag.ItemIsEnabled | (
                Qt.ItemFlag.ItemIsUserCheckable if enabled else Qt.ItemFlag.NoItemFlags
            )
            item.setFlags(flags)
            checked = item.data(Qt.ItemDataRole.UserRole) in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people_list.blockSignals(False)
        if photo is None:
            self.meta_label.clear()
            self.warnings_label.hide()
            return
        lines = []
        if photo.captured_at is not None:
            lines.append(self.tr("Taken: %1").replace("%1", when(photo.captured_at)))
        if photo.camera:
            lines.append(self.tr("Camera: %1").replace("%1", photo.camera))
        if photo.gps_lat is not None and photo.gps_lon is not None:
            lines.append(f"GPS: {photo.gps_lat:.5f}, {photo.gps_lon:.5f}")
        lines.append(self.tr("File: %1").replace("%1", photo.original_name))
        if photo.is_version:
            lines.append(self.tr("Annotated version; the original is kept"))
        self.meta_label.setText("\n".join(lines))
        warnings = [f"⚠ {_warning_text(w)}" for w in photo.warnings]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))

    def _update_actions(self) -> None:
        writable = not self.read_only
        idle = self._task is None
        has_photo = self.current_photo() is not None
        for action in (self.add_action, self.folder_action, self.paste_action, self.camera_action):
            action.setEnabled(writable and idle)
        self.view_action.setEnabled(has_photo)
        row = self.grid.currentIndex().row()
        self.earlier_action.setEnabled(writable and has_photo and row > 0)
        self.later_action.setEnabled(writable and has_photo and row < self.model.rowCount() - 1)
        self.remove_action.setEnabled(writable and has_photo)
        self.hint.setVisible(writable)

    def _save_caption(self) -> None:
        photo = self.current_photo()
        if photo is None or self.read_only or self.caption_edit.text() == photo.caption:
            return
        with user_errors(self) as outcome:
            self._service.set_caption(photo.id, self.caption_edit.text())
        if not outcome.failed:
            self.refresh()
            self.changed.emit()

    def open_viewer(self, row: int | None = None) -> PhotoViewer | None:
        """Open the viewer on ``row`` (the current photo by default); returns it, shown."""
        row = self.grid.currentIndex().row() if row is None else row
        photos = self.model.photos()
        if not 0 <= row < len(photos):
            return None
        viewer = PhotoViewer(self._service, photos, row, read_only=self.read_only, parent=self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.annotated.connect(self._on_viewer_annotated)
        viewer.show()
        return viewer

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        usable = mime.hasImage() or any(u.isLocalFile() for u in mime.urls())
        if usable and not self.read_only and self._task is None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._add_mime(event.mimeData(), "clipboard"):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_add_action_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Images (%1);;All files (*)").replace("%1", IMAGE_FILTER),
        )
        if files:
            self.add_paths(files)

    @Slot()
    def _on_folder_action_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add every photo of a folder"))
        if folder:
            self.add_paths([folder])

    @Slot()
    def _on_paste_action_triggered(self) -> None:
        self.paste()

    @Slot()
    def _on_camera_action_triggered(self) -> None:
        dialog = CameraDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.image is not None:
            self.add_image(dialog.image, "camera", dialog.taken_at)

    @Slot()
    def _on_view_action_triggered(self) -> None:
        self.open_viewer()

    @Slot(QModelIndex)
    def _on_grid_activated(self, index: QModelIndex) -> None:
        self.open_viewer(index.row())

    @Slot(QModelIndex, QModelIndex)
    def _on_grid_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and self.caption_edit.isModified():
            photo = self.model.photo(previous.row())
            if photo is not None and not self.read_only:
                with user_errors(self):
                    self._service.set_caption(photo.id, self.caption_edit.text())
                    self.changed.emit()
        self.caption_edit.setModified(False)
        self._show_details()
        self._update_actions()

    @Slot()
    def _on_caption_edit_editing_finished(self) -> None:
        self._save_caption()

    @Slot(int)
    def _on_item_combo_activated(self, index: int) -> None:
        photo = self.current_photo()
        if photo is None or self.read_only:
            return
        item = _item_ref(str(self.item_combo.itemData(index) or ""))
        with user_errors(self) as outcome:
            self._service.link_item(photo.id, item)
        if not outcome.failed:
            self.refresh()
            self.changed.emit()

    @Slot(QListWidgetItem)
    def _on_people_list_item_changed(self, _item: QListWidgetItem) -> None:
        photo = self.current_photo()
        if photo is None or self.read_only:
            return
        ids = [
            self.people_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.people_list.count())
            if self.people_list.item(r).checkState() == Qt.CheckState.Checked
        ]
        with user_errors(self) as outcome:
            self._service.link_staff(photo.id, ids)
        if not outcome.failed:
            self.refresh()
            self.changed.emit()

    @Slot(int)
    def _on_filter_combo_activated(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_earlier_action_triggered(self) -> None:
        self._move(-1)

    @Slot()
    def _on_later_action_triggered(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        row = self.grid.currentIndex().row()
        photos = self.model.photos()
        if self._inspection is None or not 0 <= row + step < len(photos) or row < 0:
            return
        mine, other = photos[row].id, photos[row + step].id
        with user_errors(self) as outcome:
            order = [p.id for p in self._service.list(self._inspection.id)]
            a, b = order.index(mine), order.index(other)
            order[a], order[b] = order[b], order[a]
            self._service.reorder(self._inspection.id, order)
        if not outcome.failed:
            self.refresh()
            self.changed.emit()

    @Slot()
    def _on_remove_action_triggered(self) -> None:
        photo = self.current_photo()
        if photo is None or self.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove photo"),
            self.tr(
                "Remove “%1” from the inspection? Its annotated versions are removed too."
            ).replace("%1", photo.caption or photo.original_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.grid.currentIndex().row()
        with user_errors(self) as outcome:
            self._service.remove(photo.id)
        if not outcome.failed:
            self.refresh()
            self.select_row(min(row, self.model.rowCount() - 1))
            self.changed.emit()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel_import()

    @Slot()
    def _on_refresh_timer_timeout(self) -> None:
        self._refresh_in_background()

    @Slot(str)
    def _on_viewer_annotated(self, photo_id: str) -> None:
        self.refresh()
        row = self.model.row_of(photo_id)
        if row >= 0:
            self.select_row(row)
        self.changed.emit()


def _item_ref(text: str) -> ItemRef | None:
    form_id, _, item_id = text.partition(":")
    return (form_id, item_id) if form_id and item_id else None


class CameraDialog(QDialog):
    """The laptop's camera through Qt Multimedia: *Take photo* closes with :attr:`image`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import (
            QCamera,
            QImageCapture,
            QMediaCaptureSession,
            QMediaDevices,
        )
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.image: QImage | None = None
        self.taken_at: datetime | None = None
        self.setWindowTitle(self.tr("Camera"))
        self.resize(800, 600)
        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.capture = QImageCapture(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.video = QVideoWidget(self)
        self.session.setVideoOutput(self.video)
        self.take_button = QPushButton(self.tr("Take photo"), self)
        self.take_button.setDefault(True)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.take_button)
        self._connect_signals()
        self.camera.start()

    def _connect_signals(self) -> None:
        self.take_button.clicked.connect(self._on_take_button_clicked)
        self.capture.imageCaptured.connect(self._on_capture_image_captured)
        self.camera.errorOccurred.connect(self._on_camera_error_occurred)

    @Slot()
    def _on_take_button_clicked(self) -> None:
        self.taken_at = datetime.now().astimezone().replace(microsecond=0)
        self.capture.capture()

    @Slot(int, QImage)
    def _on_capture_image_captured(self, _id: int, image: QImage) -> None:
        self.image = image
        self.accept()

    @Slot(object, str)
    def _on_camera_error_occurred(self, _error: object, text: str) -> None:
        self.error_label.setText(text)

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)
