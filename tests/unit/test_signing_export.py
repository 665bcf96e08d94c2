"""``inspector export ID --out FILE.pdf --sign FILE.p12 | --pkcs11 LIB ...``: the minutes as the
reports package lays them out, signed, kept, locked; and the errors, one line each."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from test_signing_pkcs11 import KEY, PIN, TOKEN, token  # noqa: F401 - the session's token

from inspector_app.cli import main
from inspector_app.signing.credentials import SOFTHSM_MODULE
from inspector_app.signing.verify import verify_file

HEAD = "Nguyễn Đức Thành"  # the demo inspection's team head


def run(capsys, *args: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:  # argparse's own errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(demo_ctx, tmp_path: Path, capsys, monkeypatch) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """A data dir with the demo (one completed inspection) and the head's test certificate."""
    from inspector_app.domain.model import InspectionStatus
    from inspector_app.services.inspections import ListFilter

    d = demo_ctx.paths.root
    completed = demo_ctx.inspections.list(ListFilter(status=InspectionStatus.COMPLETED))[0].id
    monkeypatch.setenv("CERT_PW", "mật khẩu")
    assert (
        run(
            capsys,
            "--data-dir",
            d,
            "cert",
            "create-test",
            "--name",
            HEAD,
            "--out",
            tmp_path / "head.p12",
            "--passphrase-env",
            "CERT_PW",
        )[0]
        == 0
    )
    return d, completed


def status(capsys, d: Path, inspection_id: str) -> str:  # type: ignore[no-untyped-def]
    _, out, _ = run(capsys, "--data-dir", d, "inspections", "list", "--json")
    return next(r["status"] for r in json.loads(out) if r["id"] == inspection_id)


def test_export_signed_keeps_locks_and_verifies(data, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, completed = data
    out = tmp_path / "bien-ban.pdf"
    code, stdout, err = run(
        capsys,
        "--data-dir",
        d,
        "export",
        completed[:8],
        "--out",
        out,
        "--sign",
        tmp_path / "head.p12",
        "--passphrase-env",
        "CERT_PW",
    )
    assert code == 0, err
    assert f"signed by {HEAD}" in stdout and "can no longer change" in stdout
    assert err == ""  # the certificate's name is the head's: no warning
    kept = list((d / "documents").glob("*.pdf"))
    assert len(kept) == 1 and kept[0].read_bytes() == out.read_bytes()
    assert status(capsys, d, completed) == "signed"

    code, stdout, err = run(
        capsys, "--data-dir", d, "verify", out, "--trust", tmp_path / "head.pem"
    )
    assert code == 0, err
    assert "trusted: yes" in stdout and HEAD in stdout
    report = verify_file(out)
    assert report.signatures[0].field_name == "TruongDoan"
    if shutil.which("pdftotext"):  # the minutes' text is all there, under the signature
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "BIÊN BẢN" in text and "TRƯỞNG ĐOÀN" in text

    # exporting a signed inspection gives the signed file, never a new rendering
    again = tmp_path / "again.pdf"
    code, stdout, _ = run(capsys, "--data-dir", d, "export", completed, "--out", again)
    assert code == 0 and "the signed minutes" in stdout
    assert again.read_bytes() == out.read_bytes()
    # and it cannot be signed again
    code, _, err = run(
        capsys,
        "--data-dir",
        d,
        "export",
        completed,
        "--out",
        again,
        "--sign",
        tmp_path / "head.p12",
        "--passphrase-env",
        "CERT_PW",
    )
    assert code == 2 and "already signed" in err and "amendment" in err


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(
    data,
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    d, completed = data
    monkeypatch.setenv("WRONG", "sai")
    out = tmp_path / "m.pdf"
    code, stdout, err = run(
        capsys,
        "--data-dir",
        d,
        "export",
        completed,
        "--out",
        out,
        "--sign",
        tmp_path / "head.p12",
        "--passphrase-env",
        "WRONG",
    )
    assert code == 2
    assert (
        err.strip() == f"inspector: error: {tmp_path / 'head.p12'}: wrong passphrase for "
        "the certificate file"
    )
    assert not out.exists() and status(capsys, d, completed) == "completed"
    assert not (d / "documents").exists() or not list((d / "documents").iterdir())


def test_a_missing_token_library_is_one_line(data, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d, completed = data
    monkeypatch.setenv("PIN", "1234")
    code, _, err = run(
        capsys,
        "--data-dir",
        d,
        "export",
        completed,
        "--out",
        tmp_path / "m.pdf",
        "--pkcs11",
        tmp_path / "vnpt-ca.so",
        "--token",
        "VNPT-CA",
        "--key-label",
        "k",
        "--pin-env",
        "PIN",
    )
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "no such PKCS#11 library" in err


@pytest.mark.skipif(
    shutil.which("softhsm2-util") is None or not Path(SOFTHSM_MODULE).exists(),
    reason="SoftHSM2 is not installed (apt-get install softhsm2): no PKCS#11 token to test with",
)
def test_a_token_signs_the_export_and_a_missing_token_is_one_line(  # type: ignore[no-untyped-def]
    data,
    tmp_path: Path,
    capsys,
    monkeypatch,
    token,  # noqa: F811 - the imported fixture
) -> None:
    d, completed = data
    monkeypatch.setenv("PIN", PIN)
    code, _, err = run(
        capsys,
        "--data-dir",
        d,
        "export",
        completed,
        "--out",
        tmp_path / "m.pdf",
        "--pkcs11",
        SOFTHSM_MODULE,
        "--token",
        "VGCA",
        "--key-label",
        KEY,
        "--pin-env",
        "PIN",
    )
    assert code == 2
    assert err.strip() == (f"inspector: error: no token labelled 'VGCA' (tokens present: {TOKEN})")
    assert status(capsys, d, completed) == "completed"

    code, stdout, err = run(
        capsys,
        "--data-dir",
        d,
        "export",
        completed,
        "--out",
        tmp_path / "m.pdf",
        "--pkcs11",
        SOFTHSM_MODULE,
        "--token",
        TOKEN,
        "--key-label",
        KEY,
        "--pin-env",
        "PIN",
    )
    assert code == 0, err
    # the token's certificate is not the recorded head's: signed, with a warning
    assert "warning: the certificate is Nguyễn Văn An's" in err and HEAD in err
    code, _, _ = run(capsys, "--data-dir", d, "verify", tmp_path / "m.pdf", "--trust", token.pem)
    assert code == 0


def test_option_mistakes_exit_2(data, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    d, completed = data
    base = ("--data-dir", d, "export", completed, "--out", tmp_path / "m.pdf")
    for extra, says in (
        (("--pkcs11", "/x.so", "--token", "T"), "--key-label"),
        (("--token", "T"), "needs --sign FILE.p12 or --pkcs11 LIB"),
        (("--sign", tmp_path / "head.p12", "--token", "T"), "go with --pkcs11"),
        (("--sign", tmp_path / "head.p12", "--passphrase-env", "UNSET_VAR_X"), "UNSET_VAR_X"),
        (("--sign", tmp_path / "head.p12", "--pkcs11", "/x.so"), "not allowed with"),
    ):
        code, _, err = run(capsys, *base, *extra)
        assert code == 2, extra
        assert says in err, (extra, err)
