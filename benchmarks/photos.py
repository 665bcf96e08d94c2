"""Photo import: 40 photos of 12 megapixels, against Pillow alone, and the UI's heartbeat.

    python benchmarks/photos.py [--photos 40] [--repeat 2] [--workers 2]

The photos (4000 × 3000 JPEG, quality 92, with EXIF: capture time, camera, GPS, every fifth one
turned by its orientation tag) are made once into ``$TMPDIR/inspector-bench-photos-v1`` and
reused by later runs. Then, in one run:

* **floor**: Pillow alone making the same outputs from the same files — open, draft mode,
  downscale to 2048 px (LANCZOS), EXIF orientation, JPEG quality 85, a 320 px thumbnail, and
  the 1024 px print copy the minutes embed (the working copy halved, JPEG quality 75) — over a
  process pool of the same size started the same way (``spawn``) and at the same (lowered)
  priority as the pipeline's workers, so that the ratio compares work, not scheduling;
* **import**: ``PhotoService.add`` into a fresh data dir with the demo data: hashing, the checks,
  EXIF, content-addressed atomic writes (the working copy flushed to disk), one database
  commit per photo, on the pipeline's process pool;
* **cores**: during the import, the CPU time of this process and its workers over the wall time
  (2.0 = both cores busy the whole time), and each core's busy share from ``/proc/stat`` (which
  counts every process on the machine);
* **heartbeat**: a real ``PhotosView`` (offscreen) imports the same files through the GUI worker
  path (``add_paths`` → ``run_in_pool`` → the pipeline) while a 10 ms ``QTimer`` on the UI
  thread records the longest gap between its ticks; the same heartbeat is first measured for
  3 s with nothing running, which shows what the machine's load alone costs.

Floor and import alternate ``--repeat`` times; medians are reported. Targets: import/floor ≤ 1.3,
longest heartbeat gap ≤ 50 ms, both cores busy. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import io
import json
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from inspector_app.photos.pipeline import lower_priority  # light: Pillow, no Qt

SAMPLES = Path(tempfile.gettempdir()) / "inspector-bench-photos-v1"
SIZE = (4000, 3000)
TARGET_RATIO = 1.3
TARGET_GAP_MS = 50.0


# -- the sample photos (made once) ------------------------------------------------------------
def _make_photo(args: tuple[Path, int]) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    path, n = args
    base = Image.linear_gradient("L").resize(SIZE).convert("RGB")
    tint = Image.new("RGB", SIZE, (40 + n * 5 % 200, 90, 160 - n * 3 % 120))
    image = Image.blend(base, tint, 0.55)
    draw = ImageDraw.Draw(image)
    for k in range(30):  # counters, screens, signs: edges for the JPEG coder to work on
        x, y = (n * 131 + k * 197) % 3600, (n * 71 + k * 113) % 2600
        draw.rectangle(
            (x, y, x + 300 + k * 7, y + 200 + k * 5),
            fill=((k * 40) % 255, (n * 30 + k * 10) % 255, (k * 90) % 255),
        )
        draw.ellipse((y, x % 2800, y + 180, x % 2800 + 180), outline=(250, 250, 250), width=9)
    noise = Image.effect_noise((SIZE[0] // 2, SIZE[1] // 2), 22).resize(SIZE).convert("RGB")
    image = Image.blend(image, noise, 0.18).filter(ImageFilter.SMOOTH)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "samsung", "Galaxy A52"
    if n % 5 == 0:
        exif[0x0112] = 6
    when = datetime.now() - timedelta(minutes=40 - n)
    exif.get_ifd(0x8769)[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (20.0, 51.0, 30.0 + n), "E", (106.0, 41.0, 2.5)
    image.save(path, "JPEG", quality=92, exif=exif)


def sample_photos(count: int, workers: int) -> list[Path]:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    paths = [SAMPLES / f"IMG_{n:04d}.jpg" for n in range(count)]
    todo = [(p, n) for n, p in enumerate(paths) if not p.is_file()]
    if todo:
        print(f"making {len(todo)} photos of {SIZE[0]}×{SIZE[1]} in {SAMPLES} …", flush=True)
        ctx = multiprocessing.get_context("spawn")
        with cf.ProcessPoolExecutor(workers, mp_context=ctx) as pool:
            list(pool.map(_make_photo, todo))
    return paths


# -- the floor: Pillow alone ------------------------------------------------------------------
def _floor_one(args: tuple[Path, Path]) -> int:
    from PIL import Image

    src, out_dir = args
    with Image.open(src) as image:
        w, h = image.size
        scale = 2048 / max(w, h)
        target = (round(w * scale), round(h * scale))
        image.draft("RGB", target)
        orientation = image.getexif().get(0x0112, 1)
        work = image.convert("RGB").resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    if orientation == 6:
        work = work.transpose(Image.Transpose.ROTATE_270)
    buf = io.BytesIO()
    work.save(buf, "JPEG", quality=85)
    (out_dir / src.name).write_bytes(buf.getvalue())
    thumb = work.copy()
    thumb.thumbnail((320, 320), Image.Resampling.LANCZOS, reducing_gap=2.0)
    thumb.save(out_dir / f"t-{src.name}", "JPEG", quality=80)
    work.reduce(2).save(out_dir / f"p-{src.name}", "JPEG", quality=75)  # 2048 → 1024 px
    return len(buf.getvalue())


def run_floor(paths: list[Path], workers: int) -> float:
    out = Path(tempfile.mkdtemp(prefix="photos-floor-"))
    start = time.perf_counter()
    ctx = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=lower_priority) as pool:
        list(pool.map(_floor_one, [(p, out) for p in paths]))
    return time.perf_counter() - start


# -- the import -------------------------------------------------------------------------------
def _fresh_context(root: Path):  # type: ignore[no-untyped-def]
    from inspector_app.paths import DataPaths
    from inspector_app.services.context import AppContext
    from inspector_app.services.demo import load_demo

    ctx = AppContext.open(DataPaths.resolve(root))
    ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ")
    result = load_demo(ctx.db, ctx.catalog)
    return ctx, result.draft_id


def _proc_stat() -> list[tuple[int, int]]:
    """(busy, total) jiffies per core."""
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return []
    cores = []
    for line in lines:
        if line.startswith("cpu") and line[3:4].isdigit():
            values = [int(v) for v in line.split()[1:]]
            idle = values[3] + values[4]
            cores.append((sum(values) - idle, sum(values)))
    return cores


def run_import(paths: list[Path], workers: int) -> dict[str, float]:
    from inspector_app.photos.pipeline import ImportOptions
    from inspector_app.photos.service import PhotoService

    ctx, draft = _fresh_context(Path(tempfile.mkdtemp(prefix="photos-import-")))
    service = PhotoService(ctx.db, options=ImportOptions(workers=workers))
    cpu0, kids0, stat0 = (
        time.process_time(),
        resource.getrusage(resource.RUSAGE_CHILDREN),
        _proc_stat(),
    )
    start = time.perf_counter()
    report = service.add(draft, paths)
    wall = time.perf_counter() - start
    kids1, stat1 = resource.getrusage(resource.RUSAGE_CHILDREN), _proc_stat()
    cpu = (
        (time.process_time() - cpu0)
        + (kids1.ru_utime - kids0.ru_utime)
        + (kids1.ru_stime - kids0.ru_stime)
    )
    ctx.close()
    assert report.added == len(paths), report
    busy = [(b1 - b0) / max(1, t1 - t0) for (b0, t0), (b1, t1) in zip(stat0, stat1, strict=False)]
    return {"seconds": wall, "cores_used": cpu / wall, "core_busy": busy}  # type: ignore[dict-item]


# -- the heartbeat through the GUI ------------------------------------------------------------
def run_gui(paths: list[Path], workers: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from inspector_app.photos.pipeline import ImportOptions
    from inspector_app.ui.views.photos_view import PhotosView

    app = QApplication.instance() or QApplication([])
    ctx, draft = _fresh_context(Path(tempfile.mkdtemp(prefix="photos-gui-")))
    view = PhotosView(ctx)
    view.set_import_options(ImportOptions(workers=workers))
    view.resize(1200, 800)
    view.load(draft, "en")
    view.show()
    app.processEvents()
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    # the same heartbeat with nothing to do: what the machine's load alone costs the UI thread
    heartbeat.start()
    QTimer.singleShot(3000, loop.quit)
    loop.exec()
    heartbeat.stop()
    idle = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    ticks.clear()
    reports: list[object] = []
    view.importFinished.connect(lambda report: (reports.append(report), loop.quit()))
    heartbeat.start()
    QTimer.singleShot(200, lambda: view.add_paths(paths))
    start = time.perf_counter()
    loop.exec()
    wall = time.perf_counter() - start - 0.2
    heartbeat.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    view.close()
    ctx.close()
    return {
        "seconds": wall,
        "max_gap_ms": max(gaps) * 1000,
        "p99_gap_ms": statistics.quantiles(gaps, n=100)[98] * 1000,
        "ticks": len(ticks),
        "idle_max_gap_ms": max(idle) * 1000,
        "added": getattr(reports[0], "added", -1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    paths = sample_photos(args.photos, args.workers)
    mb = sum(p.stat().st_size for p in paths) / 1e6
    print(
        f"{len(paths)} photos, {mb:.0f} MB, {args.workers} processes, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        flush=True,
    )
    floors, imports = [], []
    for n in range(args.repeat):
        floors.append(run_floor(paths, args.workers))
        imports.append(run_import(paths, args.workers))
        print(
            f"run {n + 1}: floor {floors[-1]:.2f} s, import {imports[-1]['seconds']:.2f} s "
            f"(ratio {imports[-1]['seconds'] / floors[-1]:.2f}), cores used "
            f"{imports[-1]['cores_used']:.2f}",
            flush=True,
        )
    gui = run_gui(paths, args.workers)
    floor = statistics.median(floors)
    imp = statistics.median(i["seconds"] for i in imports)
    cores_used = statistics.median(i["cores_used"] for i in imports)
    core_busy = [
        round(statistics.median(i["core_busy"][c] for i in imports), 2)  # type: ignore[index]
        for c in range(len(imports[0]["core_busy"]))
    ]  # type: ignore[arg-type]
    ratio = imp / floor
    print(
        f"(a) import {imp:.2f} s against a floor of {floor:.2f} s: ratio {ratio:.2f} "
        f"(target ≤ {TARGET_RATIO}) — {'ok' if ratio <= TARGET_RATIO else 'MISSED'}"
    )
    print(
        f"(b) longest UI heartbeat gap {gui['max_gap_ms']:.1f} ms (p99 "
        f"{gui['p99_gap_ms']:.1f} ms) during a GUI import of {gui['seconds']:.2f} s "
        f"(target ≤ {TARGET_GAP_MS:.0f} ms) — "
        f"{'ok' if gui['max_gap_ms'] <= TARGET_GAP_MS else 'MISSED'}; with no import, the "
        f"machine's load alone gave {gui['idle_max_gap_ms']:.1f} ms"
    )
    print(
        f"(c) cores used by the import {cores_used:.2f} of {args.workers}; each core busy "
        f"(all processes on the machine): {core_busy}"
    )
    print(
        json.dumps(
            {
                "photos": len(paths),
                "megapixels": SIZE[0] * SIZE[1] / 1e6,
                "workers": args.workers,
                "floor_s": round(floor, 3),
                "import_s": round(imp, 3),
                "ratio": round(ratio, 3),
                "ratio_target": TARGET_RATIO,
                "gui_import_s": round(gui["seconds"], 3),
                "max_gap_ms": round(gui["max_gap_ms"], 1),
                "p99_gap_ms": round(gui["p99_gap_ms"], 1),
                "gap_target_ms": TARGET_GAP_MS,
                "idle_max_gap_ms": round(gui["idle_max_gap_ms"], 1),
                "cores_used": round(cores_used, 2),
                "core_busy": core_busy,
                "load_average": round(os.getloadavg()[0], 2),
                "floors_s": [round(f, 3) for f in floors],
                "imports_s": [round(i["seconds"], 3) for i in imports],
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
