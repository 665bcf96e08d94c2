"""Draws the application icon and writes resources/icons/inspector.ico and PNGs.

Run it with any Python that has PySide6 (``python scripts/bundle/make_icons.py``); the outputs are
committed, so builds never need to run it. The drawing is vector (QPainter) and is rendered at
every size separately, so 16 px stays legible.

Outputs:
* ``resources/icons/inspector.ico``: 16, 20, 24, 32, 40, 48, 64 px as 32-bit BMP entries and 256 px
  as a PNG entry (the layout Windows Explorer, PyInstaller and NSIS all read).
* ``resources/icons/inspector.png``: 256 px (window icon on Linux, docs).
* ``resources/icons/inspector-{16,32,48,128,512}.png``: for Linux desktop files and the app's
  QIcon.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PNG_SIZES = (16, 32, 48, 128, 512)  # 256 is inspector.png

NAVY = QColor("#1d4f91")
NAVY_DARK = QColor("#143a6b")
PAPER = QColor("#ffffff")
CLIP = QColor("#c62828")
CHECK = QColor("#2e7d32")
LINE = QColor("#9aa9bd")


def render(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0  # design grid: 64 x 64
    small = size <= 24

    # background: rounded square
    bg = QPainterPath()
    inset = 1.0 * s
    bg.addRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), 12 * s, 12 * s)
    p.fillPath(bg, QBrush(NAVY))
    if not small:
        p.setPen(QPen(NAVY_DARK, max(1.0, 1.5 * s)))
        p.drawPath(bg)

    # the sheet of paper
    paper = QPainterPath()
    paper.addRoundedRect(QRectF(15 * s, 12 * s, 34 * s, 44 * s), 3 * s, 3 * s)
    p.fillPath(paper, QBrush(PAPER))

    # clipboard clip
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(24 * s, 7 * s, 16 * s, 9 * s), 2.5 * s, 2.5 * s)
    p.fillPath(clip, QBrush(CLIP))

    # text lines (left out at tiny sizes, they would only blur)
    if not small:
        p.setPen(QPen(LINE, max(1.0, 2.4 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for y in (23, 30):
            p.drawLine(QPointF(21 * s, y * s), QPointF(43 * s, y * s))

    # the check mark
    pen = QPen(CHECK, (7.0 if small else 5.5) * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    check = QPainterPath()
    if small:
        check.moveTo(21 * s, 33 * s)
        check.lineTo(29 * s, 42 * s)
        check.lineTo(44 * s, 24 * s)
    else:
        check.moveTo(22 * s, 42 * s)
        check.lineTo(29 * s, 49 * s)
        check.lineTo(43 * s, 35 * s)
    p.drawPath(check)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(data.data())


def bmp_entry(img: QImage) -> bytes:
    """A 32-bit BGRA DIB as stored in .ico files: bottom-up rows, double height, AND mask."""
    size = img.width()
    img = img.convertToFormat(QImage.Format.Format_ARGB32)  # memory order B, G, R, A (little end.)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    row_bytes = size * 4
    pixels = bytearray()
    raw = bytes(img.constBits())
    stride = img.bytesPerLine()
    for y in range(size - 1, -1, -1):
        pixels += raw[y * stride : y * stride + row_bytes]
    mask_stride = ((size + 31) // 32) * 4
    mask = bytearray()
    for y in range(size - 1, -1, -1):
        row = bytearray(mask_stride)
        for x in range(size):
            if raw[y * stride + x * 4 + 3] == 0:  # fully transparent -> mask bit set
                row[x // 8] |= 0x80 >> (x % 8)
        mask += row
    return header + bytes(pixels) + bytes(mask)


def write_ico(path: Path, sizes: tuple[int, ...]) -> None:
    entries = []
    for size in sizes:
        img = render(size)
        data = png_bytes(img) if size >= 256 else bmp_entry(img)
        entries.append((size, data))
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _, data in entries:
        out += data
    path.write_bytes(bytes(out))


def main() -> int:
    repo = Path(__file__).resolve().parents[2]
    out_dir = repo / "resources" / "icons"
    out_dir.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    write_ico(out_dir / "inspector.ico", ICO_SIZES)
    for size in PNG_SIZES:
        render(size).save(str(out_dir / f"inspector-{size}.png"), "PNG")
    render(256).save(str(out_dir / "inspector.png"), "PNG")
    for f in sorted(out_dir.glob("inspector*")):
        print(f"{f.relative_to(repo)}  {f.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
