"""The photos of an inspection as a grid of thumbnails with evidence badges.

A thin list model over :class:`~inspector_app.photos.service.PhotoInfo` rows. Thumbnails arrive
as ``QImage`` from a worker, already scaled to :data:`ICON_SIZE` (:func:`icon_image`,
:meth:`PhotoGridModel.set_thumbnail`); the model turns each into a pixmap with its badges on the
UI thread, once, and caches it. :meth:`PhotoGridModel.set_photos` inserts the rows that are new
rather than resetting the model, so that a grid filling during an import is not redrawn whole
each time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPixmap

from inspector_app.i18n import PY_DATE_TIME_FORMAT
from inspector_app.photos.evidence import EvidenceWarning, WarningKind
from inspector_app.photos.service import PhotoInfo

_Index = QModelIndex | QPersistentModelIndex

COL_PHOTO = 0
COLUMN_COUNT = 1

IdRole = Qt.ItemDataRole.UserRole
PhotoRole = Qt.ItemDataRole.UserRole + 1  # the PhotoInfo
WarningCountRole = Qt.ItemDataRole.UserRole + 2

ICON_SIZE = QSize(168, 168)
_MAX_ICONS = 2000
_CONTEXT = "PhotoWarnings"
_WARNINGS = {
    WarningKind.NO_CAPTURE_TIME: QT_TRANSLATE_NOOP(
        "PhotoWarnings", "No capture time: the photo does not say when it was taken"
    ),
    WarningKind.BEFORE_INSPECTION: QT_TRANSLATE_NOOP(
        "PhotoWarnings", "Taken %1, before the inspection (%2 – %3)"
    ),
    WarningKind.AFTER_INSPECTION: QT_TRANSLATE_NOOP(
        "PhotoWarnings", "Taken %1, after the inspection (%2 – %3)"
    ),
    WarningKind.USED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "PhotoWarnings", "The same photo is in another inspection: %1"
    ),
    WarningKind.FILE_ALTERED: QT_TRANSLATE_NOOP(
        "PhotoWarnings", "The stored file was altered or is missing"
    ),
}
_VERSION = QT_TRANSLATE_NOOP("PhotoWarnings", "annotated")


def when(value: Any) -> str:
    return value.astimezone().strftime(PY_DATE_TIME_FORMAT) if value is not None else ""


def warning_text(warning: EvidenceWarning) -> str:
    """The warning in the UI language."""
    text = QCoreApplication.translate(_CONTEXT, str(_WARNINGS[warning.kind]))
    if warning.window is not None:
        text = (
            text.replace("%1", when(warning.captured_at))
            .replace("%2", when(warning.window[0]))
            .replace("%3", when(warning.window[1]))
        )
    if warning.others:
        text = text.replace(
            "%1",
            "; ".join(
                f"{o.unit_name} ({o.started_at.astimezone():%d/%m/%Y})" for o in warning.others
            ),
        )
    return text


def icon_image(image: QImage) -> QImage:
    """A thumbnail scaled to fit :data:`ICON_SIZE` (safe on a worker thread)."""
    if image.isNull():
        return image
    return image.scaled(
        ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def photo_label(photo: PhotoInfo) -> str:
    return photo.caption or photo.original_name


class PhotoGridModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._photos: list[PhotoInfo] = []
        self._thumbs: dict[str, QImage] = {}  # file_sha256 → thumbnail
        self._icons: dict[tuple[str, int, bool], QPixmap] = {}

    # -- filling ------------------------------------------------------------------------------
    def set_photos(self, photos: Sequence[PhotoInfo]) -> None:
        """Show ``photos``: rows that are new are inserted, changed ones updated; anything else
        (removed or reordered photos) resets the model."""
        new = list(photos)
        old_ids = [p.id for p in self._photos]
        old_set = set(old_ids)
        if [p.id for p in new if p.id in old_set] != old_ids:
            self.beginResetModel()
            self._photos = new
            self.endResetModel()
        else:
            for row, photo in enumerate(new):
                if row < len(self._photos) and self._photos[row].id == photo.id:
                    if self._photos[row] != photo:
                        self._photos[row] = photo
                        index = self.index(row, COL_PHOTO)
                        self.dataChanged.emit(index, index)
                else:
                    self.beginInsertRows(QModelIndex(), row, row)
                    self._photos.insert(row, photo)
                    self.endInsertRows()
        if len(self._icons) > _MAX_ICONS:
            self._icons.clear()

    def set_thumbnail(self, file_sha256: str, image: QImage) -> None:
        self._thumbs[file_sha256] = image
        for key in [k for k in self._icons if k[0] == file_sha256]:
            del self._icons[key]
        for row, photo in enumerate(self._photos):
            if photo.file_sha256 == file_sha256:
                index = self.index(row, COL_PHOTO)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def missing_thumbnails(self) -> list[PhotoInfo]:
        seen: set[str] = set()
        missing = []
        for photo in self._photos:
            if photo.file_sha256 not in self._thumbs and photo.file_sha256 not in seen:
                seen.add(photo.file_sha256)
                missing.append(photo)
        return missing

    def photos(self) -> list[PhotoInfo]:
        return list(self._photos)

    def photo(self, row: int) -> PhotoInfo | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def row_of(self, photo_id: str) -> int:
        return next((r for r, p in enumerate(self._photos) if p.id == photo_id), -1)

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo_label(photo)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [photo_label(photo)]
            if photo.captured_at is not None:
                lines.append(when(photo.captured_at))
            lines += [f"⚠ {warning_text(w)}" for w in photo.warnings]
            return "\n".join(lines)
        if role == IdRole:
            return photo.id
        if role == PhotoRole:
            return photo
        if role == WarningCountRole:
            return len(photo.warnings)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- drawing ------------------------------------------------------------------------------
    def _icon(self, photo: PhotoInfo) -> QPixmap:
        key = (photo.file_sha256, len(photo.warnings), photo.is_version)
        icon = self._icons.get(key)
        if icon is None:
            icon = self._compose(
                self._thumbs.get(photo.file_sha256), len(photo.warnings), photo.is_version
            )
            self._icons[key] = icon
        return icon

    def _compose(self, thumb: QImage | None, warnings: int, version: bool) -> QPixmap:
        canvas = QPixmap(ICON_SIZE)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if thumb is None or thumb.isNull():
            painter.fillRect(canvas.rect().adjusted(8, 8, -8, -8), QColor("#e3e6ea"))
        else:
            fits = thumb.width() <= ICON_SIZE.width() and thumb.height() <= ICON_SIZE.height()
            scaled = thumb if fits else icon_image(thumb)
            x = (ICON_SIZE.width() - scaled.width()) // 2
            y = (ICON_SIZE.height() - scaled.height()) // 2
            painter.drawImage(x, y, scaled)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(15)
        painter.setFont(font)
        if warnings:
            badge = QRectF(ICON_SIZE.width() - 30, 4, 26, 26)
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(QBrush(QColor("#f29900")))
            painter.drawEllipse(badge)
            painter.setPen(QColor("black"))
            painter.drawText(
                badge, Qt.AlignmentFlag.AlignCenter, "!" if warnings == 1 else str(warnings)
            )
        if version:
            text = QCoreApplication.translate(_CONTEXT, str(_VERSION))
            box = QRectF(
                4, ICON_SIZE.height() - 26, painter.fontMetrics().horizontalAdvance(text) + 12, 22
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("#1d4e89")))
            painter.drawRoundedRect(box, 5, 5)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return canvas
