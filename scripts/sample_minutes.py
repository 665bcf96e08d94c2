"""A sample of the signed minutes, for docs/minutes/: the PDF and its pages as PNG.

    .venv/bin/python scripts/sample_minutes.py [OUT_DIR]       (default: docs/minutes)

The demo's completed inspection gets six photos (made here), the three drawn signatures, the
team head's digital signature and the
representative's second one, both with throw-away test certificates. Writes
``bien-ban-mau.pdf``, renders every page with poppler's ``pdftoppm`` (``page-N.png``) and
prints one line of JSON: pages, size, signatures as ``inspector verify`` sees them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def main(argv: list[str]) -> int:
    from PySide6.QtGui import QGuiApplication
    from screenshots import make_photos, signature_png

    from inspector_app.paths import DataPaths
    from inspector_app.photos.service import PhotoService
    from inspector_app.services.context import AppContext
    from inspector_app.services.demo import load_demo
    from inspector_app.signing import service as signing
    from inspector_app.signing.certs import create_test_certificate, load_trusted
    from inspector_app.signing.credentials import Pkcs12Credential
    from inspector_app.signing.verify import verify_file
    from inspector_app.ui.dialogs.sign_dialog import signer_slots

    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "minutes"
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication([sys.argv[0]])  # the signature PNGs are drawn with QPainter
    with tempfile.TemporaryDirectory(prefix="inspector-sample-") as tmp:
        ctx = AppContext.open(DataPaths.resolve(Path(tmp) / "data"))
        ctx.reference.set_profile("Phạm Thu Hằng", "Chuyên viên", "Sở Nội vụ thành phố Hải Phòng")
        demo = load_demo(ctx.db, ctx.catalog)
        ins_id = demo.completed_id
        inspection = ctx.inspections.get(ins_id)
        head = inspection.head()
        assert head is not None
        ctx.inspections.reopen(ins_id, head.full_name, "Bổ sung ảnh hiện trường")
        started = inspection.started_at.astimezone().replace(tzinfo=None)
        photos = make_photos(Path(tmp) / "dcim", 6, start=started)
        service = PhotoService(ctx.db)
        late = next(e for e in inspection.staff if e.attendance and e.attendance.value == "late")
        service.add(
            ins_id, photos[:2], staff_ids=[late.id], caption="Quầy chưa có người lúc 7 giờ 45"
        )
        service.add(ins_id, photos[2:], caption="Khu vực tiếp nhận hồ sơ")
        ctx.inspections.complete(ins_id, ended_at=inspection.ended_at)
        slots = signer_slots(ctx.inspections.get(ins_id))
        for n, slot in enumerate(slots):
            signing.save_drawn_signature(
                ctx, ins_id, slot.role, png=signature_png(n), signer_name=slot.name
            )
        rep_name = next(s.name for s in slots if s.role == signing.ROLE_REPRESENTATIVE)
        head_cert = create_test_certificate(head.full_name, Path(tmp) / "head.p12", "mau")
        rep_cert = create_test_certificate(rep_name, Path(tmp) / "rep.p12", "mau")
        signing.sign_inspection(ctx, ins_id, Pkcs12Credential(head_cert.p12_path, "mau"))
        doc = signing.add_signature(ctx, ins_id, Pkcs12Credential(rep_cert.p12_path, "mau"))
        target = out_dir / "bien-ban-mau.pdf"
        shutil.copyfile(doc.path, target)
        report = verify_file(target, load_trusted([head_cert.pem_path, rep_cert.pem_path]))
        ctx.close()
    for old in out_dir.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(target), str(out_dir / "page")], check=True)
    pages = sorted(out_dir.glob("page-*.png"))
    del app
    print(
        json.dumps(
            {
                "pdf": str(target),
                "size_kb": round(target.stat().st_size / 1024),
                "pages": len(pages),
                "signatures": [(s.signer, s.intact, s.trusted) for s in report.signatures],
                "ok": report.ok,
            },
            ensure_ascii=False,
        )
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
