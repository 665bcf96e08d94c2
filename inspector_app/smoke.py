"""``inspector-app --smoke-test``: proves that a (frozen) build starts and works end to end.

In a temporary data dir (or ``--data-dir``): migrate a new database, load every bundled form
(any broken one fails the test), load the demo data; import generated JPEGs through the photo
pipeline with its ``spawn`` process pool (in a frozen exe this needs
``multiprocessing.freeze_support()`` in the entry script); render the minutes of the completed
demo inspection as PDF (reportlab, the bundled fonts), sign them with a throw-away self-signed
certificate (pyHanko, cryptography) and verify the signature; open the real main window offscreen
with Home filled and the completed demo inspection open, and save a screenshot; load the signed
PDF with QtPdf's ``QPdfDocument``, render its first page and show it in a ``QPdfView`` (what the
Sign step does). Prints one line per step and exits 0, or prints the reason and exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

#: The whole smoke test must end within this many seconds; a hang (a photo worker that never
#: answers, an event loop waiting for ever) is reported as a failure, not waited for.
TIMEOUT_S = float(os.environ.get("INSPECTOR_SMOKE_TIMEOUT", "300"))

#: Photos imported by the smoke test: enough for the pipeline to start its process pool.
SMOKE_PHOTOS = 6

_T0 = time.monotonic()
_last_step = "start"


def run_smoke_test(data_dir: Path | None, screenshot: Path | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    watchdog = threading.Timer(TIMEOUT_S, _timed_out)
    watchdog.daemon = True
    watchdog.start()
    try:
        with tempfile.TemporaryDirectory(prefix="inspector-smoke-") as tmp:
            root = data_dir or Path(tmp) / "data"
            shot = screenshot or Path(tmp) / "smoke.png"
            _run(root, shot)
    except Exception as exc:  # noqa: BLE001 - the reason is the output of a smoke test
        traceback.print_exc()
        print(f"SMOKE TEST FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        watchdog.cancel()
    print("SMOKE TEST PASSED")
    return 0


def _timed_out() -> None:
    import multiprocessing

    print(
        f"SMOKE TEST FAILED: timed out after {TIMEOUT_S:.0f} s; last step done: {_last_step}",
        file=sys.stderr,
        flush=True,
    )
    for child in multiprocessing.active_children():  # photo workers: they would be orphans
        child.terminate()
    os._exit(1)


def _step(name: str) -> None:
    global _last_step
    _last_step = name
    print(f"smoke: [{time.monotonic() - _T0:5.1f}s] {name}", flush=True)


def _under_wine() -> bool:
    """Running on Wine rather than Windows (the CI's Windows checks)."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


def _work_around_wine_pipes() -> None:
    """Wine 8 never delivers a zero-length message on a message-mode pipe, and the process
    pool's internal wake-up (``concurrent.futures.process._ThreadWakeup``) sends exactly that:
    the pool's manager thread then blocks for ever. Real Windows is not affected. Under Wine
    only, the wake-up sends one byte instead (the reader discards what it reads anyway)."""
    from concurrent.futures import process

    def wakeup(self) -> None:  # type: ignore[no-untyped-def]
        if not self._closed:
            self._writer.send_bytes(b"\0")

    process._ThreadWakeup.wakeup = wakeup  # type: ignore[method-assign]


def _run(root: Path, shot: Path) -> None:
    from inspector_app.paths import DataPaths
    from inspector_app.services.context import AppContext
    from inspector_app.services.demo import load_demo

    paths = DataPaths.resolve(root)
    ctx = AppContext.open(paths)
    _step(f"database at schema {ctx.db.migration.to_revision} in {paths.database}")
    if ctx.catalog.errors:
        raise RuntimeError("broken form: " + "; ".join(str(e) for e in ctx.catalog.errors))
    if not ctx.catalog.forms:
        raise RuntimeError("no forms were found")
    _step(f"{len(ctx.catalog.forms)} forms loaded: {', '.join(f.id for f in ctx.catalog.forms)}")
    if ctx.reference.profile() is None:
        ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
    demo = load_demo(ctx.db, ctx.catalog)
    _step(f"demo data: {ctx.inspections.count()} inspections")
    work = paths.root / "smoke-test"
    work.mkdir(parents=True, exist_ok=True)
    try:
        _photos(work)
        signed = _minutes_signed(ctx, demo.completed_id, work)
        _window(paths, ctx, demo.completed_id, shot, signed)
    finally:
        ctx.close()


def _photos(work: Path) -> None:
    """Generated JPEGs through the import pipeline, with its process pool."""
    from PIL import Image, ImageDraw

    from inspector_app.photos.pipeline import (
        ImportOptions,
        Processed,
        Rejected,
        collect_sources,
        run_import,
    )
    from inspector_app.photos.store import PhotoStore

    if _under_wine():
        _work_around_wine_pipes()
        _step("Wine: one-byte wake-ups for the process pool (Wine drops empty pipe messages)")
    options = ImportOptions(workers=2)
    count = max(SMOKE_PHOTOS, options.pool_threshold)
    folder = work / "camera"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        image = Image.new("RGB", (1600, 1200), (40 * i % 256, 120, 200 - 20 * i))
        ImageDraw.Draw(image).rectangle((100 + 50 * i, 100, 700 + 50 * i, 900), fill=(250, 240, 0))
        image.save(folder / f"IMG_{i + 1:04d}.jpg", "JPEG", quality=85)
    sources, missing = collect_sources([folder])
    if missing or len(sources) != count:
        raise RuntimeError(f"photo import: {len(sources)} of {count} generated files found")
    store = PhotoStore(work / "photos")
    pipeline = run_import(sources, store, options)
    outcomes = []
    while True:
        try:
            outcomes.append(next(pipeline).outcome)
        except StopIteration as stop:
            summary = stop.value
            break
    rejected = [o for o in outcomes if isinstance(o, Rejected)]
    if rejected:
        raise RuntimeError("photo import rejected: " + "; ".join(r.message for r in rejected))
    processed = [o for o in outcomes if isinstance(o, Processed)]
    if summary.processed != count or len(processed) != count:
        raise RuntimeError(f"photo import: {summary.processed} of {count} photos processed")
    for p in processed:
        if not store.path(p.file_sha256).is_file():
            raise RuntimeError(f"photo import: {p.file_sha256} is not in the store")
    pool = "a process pool of 2" if count >= options.pool_threshold else "no pool"
    _step(f"{count} generated JPEGs imported through the photo pipeline ({pool})")


def _minutes_signed(ctx, inspection_id: str, work: Path) -> Path:  # type: ignore[no-untyped-def]
    """The minutes as PDF, signed with a throw-away test certificate, signature verified."""
    import secrets

    from inspector_app.reports.build import build_minutes_input
    from inspector_app.reports.minutes import SignatureRole, render_minutes_bytes
    from inspector_app.signing.certs import create_test_certificate, load_certificates
    from inspector_app.signing.credentials import Pkcs12Credential, open_signer
    from inspector_app.signing.pdf import SignatureBox, sign_pdf
    from inspector_app.signing.verify import verify_bytes

    pdf, render = render_minutes_bytes(build_minutes_input(ctx, inspection_id))
    if not pdf.startswith(b"%PDF-") or render.body_page_count < 1:
        raise RuntimeError("the minutes did not render as a PDF")
    (work / "minutes.pdf").write_bytes(pdf)
    _step(f"minutes rendered: {render.body_page_count} page(s), {len(pdf) // 1024} KB")

    passphrase = secrets.token_urlsafe(16)
    cert = create_test_certificate(
        "Phạm Thu Hằng", work / "smoke-test.p12", passphrase, organization="Kiểm thử", days=1
    )
    head = render.signature_boxes.get(SignatureRole.TEAM_HEAD)  # the team head's reserved box
    box = SignatureBox(head[0], head[1]) if head is not None else None
    with open_signer(Pkcs12Credential(cert.p12_path, passphrase)) as opened:
        signed = sign_pdf(pdf, opened, box=box).pdf
    report = verify_bytes(signed, load_certificates(cert.pem_path), name="signed minutes")
    sigs = report.regular_signatures
    if not report.ok or len(sigs) != 1 or not sigs[0].intact or sigs[0].trusted is not True:
        raise RuntimeError("signature not valid: " + "; ".join(report.problems or ["?"]))
    out = work / "minutes-signed.pdf"
    out.write_bytes(signed)
    _step(f"minutes signed by {sigs[0].signer!r} and the signature verified (pyHanko)")
    return out


def _window(paths, ctx, inspection_id, shot: Path, pdf: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from inspector_app.i18n import DEFAULT_LANGUAGE, Translations
    from inspector_app.ui.application import create_application
    from inspector_app.ui.main_window import MainWindow
    from inspector_app.ui.state import UiSettings

    app = QApplication.instance() or create_application([sys.argv[0]])
    translations = Translations(app)
    translations.apply(DEFAULT_LANGUAGE)
    window = MainWindow(paths, UiSettings(paths.root), translations)
    window.resize(1366, 768)
    window.show()
    window.set_context(ctx)
    _wait(app, lambda: window.home.model.rowCount() > 0, "Home to list the inspections")
    _step(f"main window shown, Home lists {window.home.model.rowCount()} inspections")
    window.open_inspection(inspection_id)
    _wait(app, lambda: window.stack.currentWidget() is not window.home, "the inspection to open")
    for _ in range(5):
        app.processEvents()
    shot.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(shot)):
        raise RuntimeError(f"could not write the screenshot {shot}")
    _step(f"screenshot: {shot}")
    window.close()
    _pdf_view(app, pdf, shot.with_name(shot.stem + "-minutes.png"))


def _pdf_view(app, pdf: Path, page_png: Path) -> None:  # type: ignore[no-untyped-def]
    """The signed minutes through QtPdf, as the Sign step shows them (QPdfView)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    document = QPdfDocument()
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_:
        raise RuntimeError(f"QPdfDocument could not load {pdf}: {error}")
    _wait(app, lambda: document.status() == QPdfDocument.Status.Ready, "QtPdf to load the PDF")
    if document.pageCount() < 1:
        raise RuntimeError("QPdfDocument: the signed minutes have no page")
    size = document.pagePointSize(0)
    image = document.render(0, QSize(round(size.width() * 1.5), round(size.height() * 1.5)))
    if image.isNull():
        raise RuntimeError("QPdfDocument could not render the first page")
    if not image.save(str(page_png)):
        raise RuntimeError(f"could not write {page_png}")
    view = QPdfView()
    view.setDocument(document)
    view.resize(800, 600)
    view.show()
    app.processEvents()
    view.close()
    _step(f"QtPdf: {document.pageCount()} page(s) loaded, first page rendered to {page_png}")
    document.close()


def _wait(app, predicate: Callable[[], bool], what: str, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)
