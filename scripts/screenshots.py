"""Screenshots of every screen, for docs/ and the README: the real window on demo data.

    xvfb-run -a .venv/bin/python scripts/screenshots.py [OUT_DIR]      (default: docs/screenshots)

(or QT_QPA_PLATFORM=offscreen). A temporary data dir gets the demo data, a few photos made here
(Pillow) and the signatures drawn on the completed inspection, then the main window is shown at
1366×768 — the common screen of an inspector's laptop — and grabbed at each step: Home (vi, en),
New inspection, roll call, checklists, findings, conclusion, photos and the sign step with the
minutes rendered. Prints the files written, one line of JSON at the end.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def wait(app: QApplication, until=lambda: True, timeout: float = 60.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if until():
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, out: Path, written: list[str]) -> None:
    wait(app)
    widget.grab().save(str(out))
    written.append(str(out))
    print(out, flush=True)


def make_photos(folder: Path, count: int = 6, start=None) -> list[Path]:  # noqa: ANN001
    """Counters and a notice board: simple scenes with capture times (EXIF) from ``start``
    (default: today 08:05), seven minutes apart."""
    from datetime import datetime, timedelta

    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    colours = [(214, 226, 240), (240, 230, 210), (220, 236, 220), (236, 220, 226)]
    start = start or datetime.now().replace(hour=8, minute=5, second=0, microsecond=0)
    out = []
    for n in range(count):
        image = Image.new("RGB", (1600, 1200), colours[n % len(colours)])
        draw = ImageDraw.Draw(image)
        for k in range(4):  # counters
            x = 80 + k * 380
            draw.rectangle((x, 600, x + 320, 1000), fill=(120 + 20 * k, 90, 60), outline="black")
            draw.rectangle((x + 40, 420, x + 280, 600), fill=(40, 40, 48))
        draw.rectangle((600, 80, 1000, 320), fill="white", outline=(30, 30, 30), width=6)
        exif = Image.Exif()
        exif.get_ifd(0x8769)[0x9003] = (start + timedelta(minutes=7 * n)).strftime(
            "%Y:%m:%d %H:%M:%S"
        )
        path = folder / f"IMG_{2401 + n}.jpg"
        image.save(path, "JPEG", quality=85, exif=exif)
        out.append(path)
    return out


def signature_png(seed: int) -> bytes:
    image = QImage(480, 180, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#0b2a6f"), 4))
    points = [QPointF(30 + i * 28, 90 + ((i * 37 + seed * 11) % 70) - 35) for i in range(15)]
    for a, b in zip(points, points[1:], strict=False):
        painter.drawLine(a, b)
    painter.end()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    from inspector_app.i18n import Translations
    from inspector_app.paths import DataPaths
    from inspector_app.photos.service import PhotoService
    from inspector_app.services.context import AppContext
    from inspector_app.services.demo import load_demo
    from inspector_app.signing import service as signing
    from inspector_app.ui.application import apply_ui_font
    from inspector_app.ui.dialogs.sign_dialog import signer_slots
    from inspector_app.ui.main_window import MainWindow
    from inspector_app.ui.state import UiSettings

    app = QApplication([sys.argv[0]])
    apply_ui_font(app)
    translations = Translations(app)
    translations.apply("vi")
    written: list[str] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="inspector-shots-") as tmp:
        paths = DataPaths.resolve(Path(tmp) / "data")
        ctx = AppContext.open(paths)
        ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
        demo = load_demo(ctx.db, ctx.catalog)
        PhotoService(ctx.db).add(demo.draft_id, make_photos(Path(tmp) / "dcim"))
        completed = ctx.inspections.get(demo.completed_id)
        for n, slot in enumerate(signer_slots(completed)):
            signing.save_drawn_signature(
                ctx, completed.id, slot.role, png=signature_png(n), signer_name=slot.name
            )

        window = MainWindow(paths, UiSettings(paths.root), translations)
        window.resize(*SIZE)
        window.move(QPoint(0, 0))
        window.show()
        window.set_context(ctx)
        wait(app, lambda: window.home.isVisible())
        grab(app, window, out_dir / "home-vi.png", written)
        window.set_language("en")
        grab(app, window, out_dir / "home-en.png", written)
        window.set_language("vi")

        window.new_inspection()
        from inspector_app.ui.dialogs.new_inspection_dialog import NewInspectionDialog

        dialog = next(w for w in app.topLevelWidgets() if isinstance(w, NewInspectionDialog))
        wait(app, dialog.isVisible)
        grab(app, dialog, out_dir / "new-inspection-vi.png", written)
        dialog.reject()

        window.open_inspection(demo.draft_id)
        screen = window.inspection_screen
        for step in ("rollcall", "checklists", "findings", "conclusion", "photos"):
            screen.show_step(step)
            if step == "photos":
                wait(app, lambda: screen.photos.model.rowCount() > 0)
            grab(app, window, out_dir / f"inspection-{step}-vi.png", written)

        window.go_home()
        window.open_inspection(demo.completed_id)
        screen = window.inspection_screen
        screen.show_step("sign")
        preview = screen.sign.preview
        wait(app, lambda: preview.pdf_bytes() is not None and not preview.is_busy(), 120)
        settle = time.monotonic() + 3  # QPdfView renders the pages on its own threads
        wait(app, lambda: time.monotonic() > settle)
        grab(app, window, out_dir / "inspection-sign-vi.png", written)
        window.close()
        ctx.close()
    print(json.dumps({"screenshots": len(written), "time_s": round(time.monotonic() - started, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
