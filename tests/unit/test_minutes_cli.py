"""``inspector export ID --out FILE.pdf`` and :func:`inspector_app.reports.export.export_pdf`."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.errors import NotFound, UserError
from inspector_app.reports.export import export_pdf, resolve_inspection_id
from inspector_app.reports.minutes import RenderResult


def run(capsys, *args: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_ids(demo_ctx) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from inspector_app.services.demo import _id

    return _id("inspection", "completed"), _id("inspection", "draft")


def test_export_command_writes_the_pdf(demo_ctx, demo_ids, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from test_minutes import read_pdf

    completed, _draft = demo_ids
    out = tmp_path / "bien-ban.pdf"
    code, stdout, err = run(
        capsys, "export", completed[:8], "--out", out, "--data-dir", demo_ctx.paths.root
    )
    assert code == 0, err
    assert stdout.startswith(f"{out}: 6 pages, 0 photos, ")
    assert "(Liberation Serif)" in stdout
    text = read_pdf(out.read_bytes()).flat_text
    assert "Số: 15/BB-ĐKT" in text and "Hải Phòng, ngày" in text
    assert not list(tmp_path.glob(".*.part"))


def test_export_options(demo_ctx, demo_ids, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from test_minutes import read_pdf

    completed, _draft = demo_ids
    out = tmp_path / "m.pdf"
    code, _out, err = run(
        capsys,
        "export",
        completed,
        "--out",
        out,
        "--place",
        "Đồ Sơn",
        "--copies",
        "3",
        "--no-photos",
        "--data-dir",
        demo_ctx.paths.root,
    )
    assert code == 0, err
    text = read_pdf(out.read_bytes()).flat_text
    assert "Đồ Sơn, ngày" in text
    assert "lập thành 03 bản có giá trị pháp lý như nhau, Đoàn kiểm tra giữ 02 bản" in text


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("nope", "no inspection with id 'nope'"),
        ("", "give the inspection's id"),
    ],
)
def test_export_of_an_unknown_id(
    demo_ctx,
    tmp_path: Path,
    capsys,
    ref: str,  # type: ignore[no-untyped-def]
    message: str,
) -> None:
    code, _out, err = run(
        capsys, "export", ref, "--out", tmp_path / "x.pdf", "--data-dir", demo_ctx.paths.root
    )
    assert code == 2 and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_export_into_a_missing_folder(demo_ctx, demo_ids, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(
        capsys,
        "export",
        demo_ids[0],
        "--out",
        tmp_path / "no" / "x.pdf",
        "--data-dir",
        demo_ctx.paths.root,
    )
    assert code == 2 and "does not exist" in err
    code, _out, err = run(
        capsys, "export", demo_ids[0], "--out", tmp_path, "--data-dir", demo_ctx.paths.root
    )
    assert code == 2 and "is a folder" in err


def test_export_needs_out_and_valid_copies(demo_ctx, demo_ids, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main(["export", demo_ids[0], "--data-dir", str(demo_ctx.paths.root)])
    assert exc.value.code == 2
    code, _out, err = run(
        capsys,
        "export",
        demo_ids[0],
        "--out",
        tmp_path / "x.pdf",
        "--copies",
        "0",
        "--data-dir",
        demo_ctx.paths.root,
    )
    assert code == 2 and "--copies" in err


def test_export_pdf_with_a_signer(demo_ctx, demo_ids, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[RenderResult] = []

    def signer(pdf: bytes, render: RenderResult) -> bytes:
        seen.append(render)
        assert pdf.startswith(b"%PDF-")
        return pdf + b"% signed\n"

    out = tmp_path / "signed.pdf"
    result = export_pdf(demo_ctx, demo_ids[0], out, signer=signer)
    assert result.signed and out.read_bytes().endswith(b"% signed\n")
    assert seen and seen[0].signature_boxes and result.render is seen[0]
    assert result.size == out.stat().st_size


def test_resolve_inspection_id(demo_ctx, demo_ids, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    completed, draft = demo_ids
    assert resolve_inspection_id(demo_ctx, completed) == completed
    assert resolve_inspection_id(demo_ctx, f" {draft[:6]} ") == draft
    with pytest.raises(NotFound):
        resolve_inspection_id(demo_ctx, "zzz")
    monkeypatch.setattr(
        demo_ctx.inspections,
        "list",
        lambda *a: [SimpleNamespace(id="abc1"), SimpleNamespace(id="abc2")],
    )
    with pytest.raises(UserError, match="matches 2 inspections"):
        resolve_inspection_id(demo_ctx, "abc")
