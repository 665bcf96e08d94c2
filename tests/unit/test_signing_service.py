"""Signing an inspection: the file, the record, the lock; amendments; drawn signatures."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import replace

import pytest

from inspector_app.domain.model import InspectionStatus
from inspector_app.errors import ReadOnlyError, StorageError, UserError
from inspector_app.services.inspections import ListFilter
from inspector_app.signing import service
from inspector_app.signing.certs import create_test_certificate, load_certificates
from inspector_app.signing.credentials import Pkcs12Credential
from inspector_app.signing.errors import CredentialError
from inspector_app.signing.pdf import SignatureBox
from inspector_app.signing.verify import verify_bytes, verify_file


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("service-certs")
    head = create_test_certificate("Phạm Thu Hằng", folder / "head.p12", "pw-head")
    rep = create_test_certificate("Nguyễn Thị Hương", folder / "rep.p12", "pw-rep")
    return {
        "head": Pkcs12Credential(head.p12_path, "pw-head"),
        "rep": Pkcs12Credential(rep.p12_path, "pw-rep"),
        "trust": load_certificates(head.pem_path) + load_certificates(rep.pem_path),
    }


def png_bytes(color: tuple[int, int, int, int] = (0, 0, 120, 255)) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    ImageDraw.Draw(img).line([(10, 100), (80, 20), (150, 90), (290, 30)], fill=color, width=4)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


class Renderer:
    """A stand-in for the minutes layout: one page with three signature boxes, remembering
    the drawn signatures it was given."""

    BOXES = {
        service.ROLE_REPRESENTATIVE: SignatureBox(0, (40, 80, 200, 140)),
        service.ROLE_HEAD: SignatureBox(0, (215, 80, 375, 140)),
        service.ROLE_SECRETARY: SignatureBox(0, (390, 80, 550, 140)),
    }

    def __init__(self) -> None:
        self.calls: list[list[service.DrawnSignatureData]] = []

    def __call__(
        self,
        ctx,
        inspection_id: str,  # type: ignore[no-untyped-def]
        drawn: Sequence[service.DrawnSignatureData],
    ):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        self.calls.append(list(drawn))
        ins = ctx.inspections.get(inspection_id)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        c.drawString(72, 800, f"BIEN BAN {ins.id}")
        c.showPage()
        c.save()
        refused = {d.role for d in drawn if d.refused}
        return buf.getvalue(), {r: b for r, b in self.BOXES.items() if r not in refused}


@pytest.fixture
def completed(demo_ctx) -> str:  # type: ignore[no-untyped-def]
    rows = demo_ctx.inspections.list(ListFilter(status=InspectionStatus.COMPLETED))
    return rows[0].id


def test_signing_stores_records_and_locks(demo_ctx, completed: str, certs) -> None:  # type: ignore[no-untyped-def]
    render = Renderer()
    doc = service.sign_inspection(demo_ctx, completed, certs["head"], render=render)
    assert doc.path.parent == demo_ctx.paths.root / "documents"
    assert doc.path.name.startswith("bien-ban-") and doc.path.suffix == ".pdf"
    data = doc.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == doc.sha256 and len(data) == doc.size
    assert doc.signer_name == "Phạm Thu Hằng" and doc.kind == service.KIND_MINUTES
    assert doc.role == service.ROLE_HEAD and doc.cert_serial
    assert doc.timestamp_note is None and not doc.timestamped

    report = verify_file(doc.path, certs["trust"])
    assert report.ok, report.problems
    assert report.signatures[0].field_name == "TruongDoan"

    assert demo_ctx.inspections.get(completed).status is InspectionStatus.SIGNED
    assert service.is_locked(demo_ctx, completed)
    # the test certificate is not the demo head's: signed, with a note saying so
    assert doc.name_note and "Nguyễn Đức Thành" in doc.name_note
    assert service.signed_documents(demo_ctx, completed) == [replace(doc, name_note=None)]
    entries = demo_ctx.inspections.audit_log(completed)
    assert any(
        e.field == "status" and e.new_value == "signed" and "Phạm Thu Hằng" in e.reason
        for e in entries
    )


def test_a_signed_file_that_does_not_verify_is_not_kept(  # type: ignore[no-untyped-def]
    demo_ctx, completed: str, certs, monkeypatch
) -> None:
    """The file is written while its signatures are checked: when they do not check out it
    is removed, nothing is recorded and the inspection stays completed."""
    from inspector_app.signing import verify
    from inspector_app.signing.errors import SigningError

    real = verify.verify_bytes

    def tampered(data: bytes, *args, **kwargs):  # type: ignore[no-untyped-def]
        report = real(data, *args, **kwargs)
        return replace(report, signatures=[replace(s, intact=False) for s in report.signatures])

    monkeypatch.setattr(verify, "verify_bytes", tampered)
    with pytest.raises(SigningError, match="did not verify"):
        service.sign_inspection(demo_ctx, completed, certs["head"], render=Renderer())
    folder = demo_ctx.paths.root / "documents"
    assert not folder.exists() or not any(folder.iterdir())
    assert service.signed_documents(demo_ctx, completed) == []
    assert demo_ctx.inspections.get(completed).status is InspectionStatus.COMPLETED


def test_a_signed_inspection_never_changes(demo_ctx, completed: str, certs) -> None:  # type: ignore[no-untyped-def]
    service.sign_inspection(demo_ctx, completed, certs["head"], render=Renderer())
    insp = demo_ctx.inspections
    with pytest.raises(ReadOnlyError):
        insp.update(completed, notes="sửa sau khi ký")
    with pytest.raises(ReadOnlyError):
        insp.set_recommendations(completed, [("Khắc phục ngay", None)])
    with pytest.raises(UserError, match="only a completed inspection can be reopened"):
        head = next(m for m in insp.get(completed).team if m.role.value == "head")
        insp.reopen(completed, head.full_name, "muốn sửa")
    with pytest.raises(ReadOnlyError):
        insp.delete_draft(completed)
    with pytest.raises(ReadOnlyError, match="already signed"):
        service.sign_inspection(demo_ctx, completed, certs["head"], render=Renderer())
    with pytest.raises(ReadOnlyError):
        service.save_drawn_signature(demo_ctx, completed, service.ROLE_HEAD, png=png_bytes())


def test_a_draft_cannot_be_signed(demo_ctx, certs) -> None:  # type: ignore[no-untyped-def]
    draft = demo_ctx.inspections.list(ListFilter(status=InspectionStatus.DRAFT))[0].id
    with pytest.raises(UserError, match="complete the inspection"):
        service.sign_inspection(demo_ctx, draft, certs["head"], render=Renderer())


def test_a_wrong_passphrase_leaves_nothing_behind(demo_ctx, completed: str, certs) -> None:  # type: ignore[no-untyped-def]
    wrong = Pkcs12Credential(certs["head"].path, "sai mật khẩu")
    with pytest.raises(CredentialError, match="wrong passphrase"):
        service.sign_inspection(demo_ctx, completed, wrong, render=Renderer())
    assert demo_ctx.inspections.get(completed).status is InspectionStatus.COMPLETED
    assert service.signed_documents(demo_ctx, completed) == []
    docs = demo_ctx.paths.root / "documents"
    assert not docs.exists() or list(docs.iterdir()) == []


@pytest.mark.parametrize("where", ["before the file is in place", "after", "writing the file"])
def test_a_failure_while_recording_leaves_nothing(
    demo_ctx,
    completed: str,
    certs,  # type: ignore[no-untyped-def]
    monkeypatch,
    where: str,
) -> None:
    def fail(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("the disk is full; nothing was changed")

    # set_reason runs before the signed file is renamed into place, _info after; the file is
    # written on another thread meanwhile
    target, name = {
        "before the file is in place": (service.audit, "set_reason"),
        "after": (service, "_info"),
        "writing the file": (service, "_write_file"),
    }[where]
    monkeypatch.setattr(target, name, fail)
    with pytest.raises(StorageError):
        service.sign_inspection(demo_ctx, completed, certs["head"], render=Renderer())
    assert demo_ctx.inspections.get(completed).status is InspectionStatus.COMPLETED
    docs = demo_ctx.paths.root / "documents"
    assert not docs.exists() or list(docs.iterdir()) == []


def test_the_unit_representative_signs_after_the_head(demo_ctx, completed: str, certs) -> None:  # type: ignore[no-untyped-def]
    first = service.sign_inspection(demo_ctx, completed, certs["head"], render=Renderer())
    second = service.add_signature(
        demo_ctx, completed, certs["rep"], role=service.ROLE_REPRESENTATIVE
    )
    assert second.previous_id == first.id and second.path != first.path
    assert first.path.exists()  # every signed state is kept
    assert second.path.read_bytes().startswith(first.path.read_bytes())
    report = verify_file(second.path, certs["trust"])
    assert report.ok, report.problems
    assert [(s.field_name, s.signer) for s in report.signatures] == [
        ("TruongDoan", "Phạm Thu Hằng"),
        ("DaiDienDonVi", "Nguyễn Thị Hương"),
    ]
    assert report.signatures[1].certificate is not None
    # the representative's stamp is in the box the layout reserved for them
    assert service.latest_document(demo_ctx, completed) == second


def test_a_signed_file_changed_on_disk_is_not_signed_again(demo_ctx, completed: str, certs) -> None:  # type: ignore[no-untyped-def]
    doc = service.sign_inspection(demo_ctx, completed, certs["head"], render=Renderer())
    doc.path.write_bytes(doc.path.read_bytes() + b"\n% changed\n")
    with pytest.raises(StorageError, match="changed on disk"):
        service.add_signature(demo_ctx, completed, certs["rep"])


def test_drawn_signatures_and_refusals_reach_the_renderer(
    demo_ctx,
    completed: str,  # type: ignore[no-untyped-def]
    certs,
) -> None:
    png = png_bytes()
    service.save_drawn_signature(
        demo_ctx, completed, service.ROLE_HEAD, png=png, signer_name="Phạm Thu Hằng"
    )
    service.save_drawn_signature(
        demo_ctx,
        completed,
        service.ROLE_REPRESENTATIVE,
        refused_reason="  Không đồng ý với kết luận  ",
    )
    service.save_drawn_signature(
        demo_ctx, completed, service.ROLE_SECRETARY, png=png_bytes((200, 0, 0, 255))
    )
    service.save_drawn_signature(demo_ctx, completed, service.ROLE_SECRETARY, png=png)
    drawn = service.drawn_signatures(demo_ctx, completed)
    assert [(d.role, d.png == png, d.refused_reason) for d in drawn] == [
        (service.ROLE_REPRESENTATIVE, False, "Không đồng ý với kết luận"),
        (service.ROLE_HEAD, True, None),
        (service.ROLE_SECRETARY, True, None),
    ]
    assert len(list((demo_ctx.paths.root / "signatures").glob("*.png"))) == 2

    render = Renderer()
    doc = service.sign_inspection(demo_ctx, completed, certs["head"], render=render)
    assert render.calls == [drawn]
    # the refusing representative gets no reserved signature field
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    names = [
        n for n, _v, _r in enumerate_sig_fields(PdfFileReader(io.BytesIO(doc.path.read_bytes())))
    ]
    assert sorted(names) == ["NguoiLapBienBan", "TruongDoan"]


def test_drawn_signature_rules(demo_ctx, completed: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="either"):
        service.save_drawn_signature(demo_ctx, completed, service.ROLE_HEAD)
    with pytest.raises(UserError, match="needs its reason"):
        service.save_drawn_signature(demo_ctx, completed, service.ROLE_HEAD, refused_reason="   ")
    with pytest.raises(UserError, match="not a PNG"):
        service.save_drawn_signature(demo_ctx, completed, service.ROLE_HEAD, png=b"GIF89a")
    with pytest.raises(UserError, match="unknown signer role"):
        service.save_drawn_signature(demo_ctx, completed, "mayor", png=png_bytes())
    service.save_drawn_signature(demo_ctx, completed, service.ROLE_HEAD, png=png_bytes())
    service.clear_drawn_signature(demo_ctx, completed, service.ROLE_HEAD)
    assert service.drawn_signatures(demo_ctx, completed) == []


def test_an_amendment_copies_and_links(demo_ctx, completed: str, certs) -> None:  # type: ignore[no-untyped-def]
    insp = demo_ctx.inspections
    with pytest.raises(UserError, match="only a signed inspection"):
        service.create_amendment(demo_ctx, completed)
    service.sign_inspection(demo_ctx, completed, certs["head"], render=Renderer())
    original = insp.get(completed)

    new = service.create_amendment(demo_ctx, completed, "Ghi sai giờ đến của một công chức")
    amendment = insp.get(new)
    assert amendment.status is InspectionStatus.DRAFT and amendment.id != completed
    assert service.amended_inspection(demo_ctx, new) == completed
    assert service.amendments_of(demo_ctx, completed) == [new]
    assert service.amended_inspection(demo_ctx, completed) is None
    # the same content, under new ids
    assert amendment.unit == original.unit and amendment.started_at == original.started_at
    assert amendment.conclusions == original.conclusions
    assert [(s.full_name, s.attendance) for s in amendment.staff] == [
        (s.full_name, s.attendance) for s in original.staff
    ]
    assert {s.id for s in amendment.staff}.isdisjoint({s.id for s in original.staff})
    names = {s.id: s.full_name for s in original.staff}
    new_names = {s.id: s.full_name for s in amendment.staff}
    assert sorted(
        (a.form_id, a.item_id, a.value, names.get(a.staff_entry_id or "")) for a in original.answers
    ) == sorted(
        (a.form_id, a.item_id, a.value, new_names.get(a.staff_entry_id or ""))
        for a in amendment.answers
    )
    assert [m.full_name for m in amendment.team] == [m.full_name for m in original.team]
    assert [r.text for r in amendment.recommendations] == [r.text for r in original.recommendations]

    with pytest.raises(UserError, match="already in progress"):
        service.create_amendment(demo_ctx, completed)
    # the correction is made in the amendment; the signed original stays as it was
    insp.update(new, conclusions="Kết luận đã sửa")
    assert insp.get(completed).conclusions == original.conclusions
    insp.complete(new)
    doc = service.sign_inspection(demo_ctx, new, certs["head"], render=Renderer())
    assert doc.kind == service.KIND_AMENDMENT and "sua-doi" in doc.path.name
    report = verify_bytes(doc.path.read_bytes(), certs["trust"])
    assert report.ok and report.signatures[0].reason == "Ký biên bản sửa đổi, bổ sung"
    # once the amendment is signed, another one may follow
    assert service.create_amendment(demo_ctx, completed)


def test_an_amendment_draft_can_be_deleted(demo_ctx, completed: str, certs) -> None:  # type: ignore[no-untyped-def]
    service.sign_inspection(demo_ctx, completed, certs["head"], render=Renderer())
    new = service.create_amendment(demo_ctx, completed)
    demo_ctx.inspections.delete_draft(new)
    assert service.amendments_of(demo_ctx, completed) == []


def test_an_amendment_keeps_the_photos(demo_ctx, certs) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from inspector_app.photos.service import PhotoService

    insp = demo_ctx.inspections
    draft = insp.list(ListFilter(status=InspectionStatus.DRAFT))[0].id
    person = insp.get(draft).staff[0]
    buf = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 140, 200)).save(buf, "JPEG")
    photos = PhotoService(demo_ctx.db)
    added = photos.add_bytes(draft, buf.getvalue(), "quay-1.jpg", source_kind="camera")
    (photo_id,) = added.photo_ids
    photos.link_staff(photo_id, [person.id])
    insp.complete(draft)
    service.sign_inspection(demo_ctx, draft, certs["head"], render=Renderer())

    new = service.create_amendment(demo_ctx, draft)
    (copy,) = photos.list(new)
    original = photos.get(photo_id)
    assert copy.id != original.id and copy.sha256 == original.sha256
    new_person = next(p for p in insp.get(new).staff if p.full_name == person.full_name)
    assert photos.list(new, staff_entry_id=new_person.id) == [copy]
    # removing the photo from the amendment keeps the signed inspection's file
    photos.remove(copy.id)
    assert photos.verify(draft) == []
