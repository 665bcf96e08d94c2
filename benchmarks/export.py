"""Export: the minutes of an inspection with 60 staff and 40 photos, unsigned and signed.

Builds a fresh data dir (the demo's completed inspection, 35 more people on the roll call, 40
camera-sized photos imported through the photo service, so the store holds its usual 2048 px
working copies and, made at import, the 1024 px print copies the minutes embed), then times
``export_pdf`` (gathering the input from the database, preparing the photos, laying out and
writing the PDF) against a floor measured in the same run: reportlab alone placing the same
image files the minutes embed and a plain 60-row table with the same font.

    python benchmarks/export.py [--staff 60] [--photos 40] [--runs 3] [--keep DIR]

"cold" renders start with an empty cache of shrunk photos; since the import made each photo's
print copy (that work is timed by ``benchmarks/photos.py``), nothing is left to shrink, so
"cold" is the first export after the import. (The cache serves photos imported before print
copies existed: those are still shrunk on the first export.) "warm" renders follow one (the
preview's Refresh, then the export). Then "signed": what *Sign digitally* does
(``sign_inspection``: render with the drawn signatures, PAdES signature with a PKCS#12 key, file
written and recorded, inspection locked), timed on fresh copies of the data dir, against the
floor plus one plain pyHanko signature; one unmeasured signing comes first (the first in a
process imports pyHanko and the stamp's font tools, ~1 s, which the floor would not pay: printed
as ``signed_first_s``). Targets: signed cold / signed floor <= 1.5, file <= 15
MB. Prints one line per figure (``print_copies``: photos embedded from their print copy), then
one line of JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector_app.domain.forms import COMPLIANT, NOT_COMPLIANT  # noqa: E402
from inspector_app.domain.model import AttendanceStatus  # noqa: E402
from inspector_app.paths import DataPaths  # noqa: E402
from inspector_app.services.context import AppContext  # noqa: E402
from inspector_app.services.demo import _id, load_demo  # noqa: E402

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Thanh", "Hồng", "Xuân"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hà",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phương",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Yến",
]


def _texture(seed: int, size: tuple[int, int]) -> Image.Image:
    """Detail at every scale, as in a photo (a JPEG of it is about as large as a real one:
    ~140 KB at 1024 px, quality 75)."""
    random.seed(seed)
    img = Image.new("RGB", size, (128, 128, 128))
    for step, weight in ((64, 0.5), (16, 0.35), (4, 0.3), (1, 0.25)):
        low = (max(1, size[0] // step), max(1, size[1] // step))
        noise = Image.merge("RGB", [Image.effect_noise(low, 60) for _ in "rgb"])
        img = Image.blend(img, noise.resize(size, Image.Resampling.BICUBIC), weight)
    return img


def camera_photos(folder: Path, count: int, size: tuple[int, int] = (2400, 1800)) -> list[Path]:
    """``count`` different photo-like JPEGs: crops of a few textures with shapes drawn on."""
    textures = [_texture(seed, size) for seed in range(4)]
    rnd = random.Random(7)
    out = []
    for n in range(count):
        x, y = rnd.randrange(size[0] - 2048), rnd.randrange(size[1] - 1536)
        img = textures[n % len(textures)].crop((x, y, x + 2048, y + 1536))
        draw = ImageDraw.Draw(img)
        for _ in range(12):
            a, b = rnd.randrange(2048), rnd.randrange(1536)
            draw.rectangle(
                (a, b, a + rnd.randrange(40, 400), b + rnd.randrange(40, 300)),
                fill=tuple(rnd.randrange(256) for _ in "rgb"),
            )
        path = folder / f"IMG_{n:04d}.jpg"
        img.save(path, "JPEG", quality=90)
        out.append(path)
    return out


def make_data(root: Path, staff: int, photos: int) -> tuple[AppContext, str]:
    ctx = AppContext.open(DataPaths.resolve(root / "data").ensure())
    ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
    load_demo(ctx.db, ctx.catalog)
    ins_id = _id("inspection", "completed")
    service = ctx.inspections
    ins = service.get(ins_id)
    head = ins.head()
    assert head is not None
    service.reopen(ins_id, head.full_name, "benchmark")
    rnd = random.Random(1)
    names = {e.full_name for e in ins.staff}
    while len(names) < staff:
        name = f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
        if name in names:
            continue
        names.add(name)
        service.add_staff_entry(ins_id, name, "Chuyên viên", f"Quầy {len(names):02d}")
    ins = service.get(ins_id)
    staff_items = [(f, i) for f in ins.forms for i in f.staff_items()]
    for entry in ins.staff:
        if entry.attendance is None:
            service.set_attendance(ins_id, entry.id, AttendanceStatus.AT_POST)
            for form, item in staff_items:
                bad = rnd.random() < 0.05
                service.set_answer(
                    ins_id,
                    form.id,
                    item.id,
                    NOT_COMPLIANT if bad else COMPLIANT,
                    note="Ghi nhận tại chỗ." if bad else "",
                    staff_entry_id=entry.id,
                )
    from inspector_app.photos.service import PhotoService

    folder = root / "camera"
    folder.mkdir()
    files = camera_photos(folder, photos)
    photo_service = PhotoService(ctx.db)
    for n, path in enumerate(files):
        entry = ins.staff[n % len(ins.staff)]
        photo_service.add(
            ins_id,
            [path],
            staff_ids=[entry.id] if n % 2 else [],
            caption=f"Ảnh hiện trường số {n + 1} tại quầy {entry.counter}",
        )
    service.complete(ins_id, ended_at=ins.started_at + timedelta(hours=2))
    return ctx, ins_id


def floor_pdf(images: list[tuple[str, int, int]], rows: list[list[str]]) -> bytes:
    """reportlab alone: the shrunk image files and a plain table, same font, nothing else."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, PageBreak, SimpleDocTemplate, Table

    from inspector_app.reports.fonts import serif_fonts

    rl_config.useA85 = 0
    font = serif_fonts().regular
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName=font)
    story: list = [
        Table(rows, style=[("FONTNAME", (0, 0), (-1, -1), font)], repeatRows=1),
        PageBreak(),
    ]
    for filename, w, h in images:
        scale = min(130 * mm / w, 90 * mm / h)
        story.append(Image(filename, w * scale, h * scale))
    doc.build(story)
    return out.getvalue()


def sign_once(root: Path, p12: Path, warm_cache: bool, n: int) -> tuple[float, int]:
    """Copy the data dir, then time ``sign_inspection`` on the copy: (seconds, file size)."""
    from inspector_app.signing.credentials import Pkcs12Credential
    from inspector_app.signing.service import sign_inspection

    copy = root / f"signed-{int(warm_cache)}-{n}"
    shutil.copytree(root / "data", copy)
    if not warm_cache:
        shutil.rmtree(copy / "cache" / "minutes-images", ignore_errors=True)
    ctx = AppContext.open(DataPaths.resolve(copy))
    ins_id = _id("inspection", "completed")
    credential = Pkcs12Credential(p12, "benchmark")
    t = time.perf_counter()
    doc = sign_inspection(ctx, ins_id, credential)
    secs = time.perf_counter() - t
    ctx.close()
    shutil.rmtree(copy, ignore_errors=True)
    return secs, doc.size


def floor_sign(data: bytes, p12: Path) -> bytes:
    """One plain pyHanko PAdES signature, in a new field, no appearance."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=b"benchmark")
    assert signer is not None
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data)),
        signers.PdfSignatureMetadata(
            field_name="Signature1",
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
        ),
        signer=signer,
        output=out,
    )
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=60)
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the data here and keep it")
    args = parser.parse_args(argv)

    root = args.keep or Path(tempfile.mkdtemp(prefix="inspector-export-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    ctx, ins_id = make_data(root, args.staff, args.photos)
    setup_s = time.perf_counter() - t0

    from inspector_app.reports.build import build_minutes_input
    from inspector_app.reports.export import export_pdf
    from inspector_app.reports.fonts import serif_fonts
    from inspector_app.reports.images import prepare_image

    serif_fonts()  # registered once per process: not part of any run
    cache = ctx.paths.root / "cache" / "minutes-images"
    out = root / "minutes.pdf"
    export_pdf(ctx, ins_id, out)  # warm-up: imports, font subsetting tables

    cold, warm = [], []
    result = None
    for _ in range(args.runs):
        shutil.rmtree(cache, ignore_errors=True)
        t = time.perf_counter()
        result = export_pdf(ctx, ins_id, out)
        cold.append(time.perf_counter() - t)
    for _ in range(args.runs):
        t = time.perf_counter()
        export_pdf(ctx, ins_id, out)
        warm.append(time.perf_counter() - t)
    assert result is not None

    inp = build_minutes_input(ctx, ins_id)
    prepared = [  # the files the minutes embed
        prepare_image(
            p.path, root / "floor-images", inp.image_max_side, inp.image_quality, p.print_path
        )
        for p in inp.photos
    ]
    images = [(str(p.path), p.width, p.height) for p in prepared if p.path is not None]
    rows = [["STT", "Họ và tên", "Chức vụ", "Quầy/Bàn", "Điểm danh"]] + [
        [str(i), e.full_name, e.position, e.counter, "Có mặt"]
        for i, e in enumerate(inp.inspection.staff, start=1)
    ]
    floors = []
    floor_size = 0
    for _ in range(args.runs):
        t = time.perf_counter()
        floor_size = len(floor_pdf(images, rows))
        floors.append(time.perf_counter() - t)

    # signed: what "Sign digitally" does (render with the drawn signatures, sign with a
    # PKCS#12 key, write the file, record it, lock the inspection), each run on a fresh copy
    # of the data dir; the floor adds one plain pyHanko signature of the floor's PDF.
    from inspector_app.signing.certs import create_test_certificate

    cert = create_test_certificate("Nguyễn Đức Thành", root / "head.p12", "benchmark")
    ctx.close()
    # One unmeasured signing first: the first in a process imports pyHanko and what the stamp
    # needs (~1 s), which the floor, timed after, would not pay. Printed as signed_first_s.
    signed_first_s, _size = sign_once(root, cert.p12_path, False, -1)
    signed_cold, signed_warm, sizes = [], [], []
    for warm_cache in (False, True):
        for n in range(args.runs):
            secs, size = sign_once(root, cert.p12_path, warm_cache, n)
            (signed_warm if warm_cache else signed_cold).append(secs)
            sizes.append(size)
    signed_floors = []
    for _ in range(args.runs):
        t = time.perf_counter()
        data = floor_sign(floor_pdf(images, rows), cert.p12_path)
        (root / "floor-signed.pdf").write_bytes(data)
        signed_floors.append(time.perf_counter() - t)
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)

    cold_s, warm_s, floor_s = (statistics.median(v) for v in (cold, warm, floors))
    s_cold, s_warm, s_floor = (
        statistics.median(v) for v in (signed_cold, signed_warm, signed_floors)
    )
    size_mb = max(result.size, *sizes) / 1_000_000
    figures = {
        "benchmark": "export",
        "staff": len(inp.inspection.staff),
        "photos": result.render.photo_count,
        "print_copies": sum(p.print_path is not None for p in inp.photos),
        "pages": result.render.page_count,
        "setup_s": round(setup_s, 1),
        "export_cold_s": round(cold_s, 3),
        "export_warm_s": round(warm_s, 3),
        "floor_s": round(floor_s, 3),
        "ratio_cold": round(cold_s / floor_s, 2),
        "ratio_warm": round(warm_s / floor_s, 2),
        "signed_cold_s": round(s_cold, 3),
        "signed_warm_s": round(s_warm, 3),
        "signed_floor_s": round(s_floor, 3),
        "signed_first_s": round(signed_first_s, 3),
        "signed_ratio_cold": round(s_cold / s_floor, 2),
        "signed_ratio_warm": round(s_warm / s_floor, 2),
        "size_mb": round(size_mb, 2),
        "floor_size_mb": round(floor_size / 1_000_000, 2),
        "font": result.render.font_family,
        "cpus": os.cpu_count(),
        "load_1m": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None,
    }
    figures["ok"] = figures["signed_ratio_cold"] <= 1.5 and size_mb <= 15
    for key, value in figures.items():
        print(f"{key:>15}: {value}")
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
