"""Signing with a key on a PKCS#11 token, as Vietnamese CAs issue them: a SoftHSM2 token here.

SoftHSM2 (Debian package ``softhsm2``) reads its configuration once per process, when the
module is first loaded, so one token store is made for the whole test session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector_app.signing.certs import create_test_certificate, load_certificates
from inspector_app.signing.credentials import (
    SOFTHSM_MODULE,
    Pkcs11Credential,
    list_token_certificates,
    list_tokens,
    open_signer,
)
from inspector_app.signing.errors import CredentialError
from inspector_app.signing.pdf import sign_pdf
from inspector_app.signing.verify import verify_bytes

pytestmark = pytest.mark.skipif(
    shutil.which("softhsm2-util") is None or not Path(SOFTHSM_MODULE).exists(),
    reason="SoftHSM2 is not installed (apt-get install softhsm2): no PKCS#11 token to test with",
)

TOKEN = "INSPECTOR-TEST"
PIN = "123456"
KEY = "Nguyen Van An"


@dataclass(frozen=True)
class Token:
    label: str
    pin: str
    key_label: str
    pem: Path
    other_key: str  # a key whose certificate has another label (found by the key's ID)


def make_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawString(72, 760, "BIEN BAN KIEM TRA")
    c.showPage()
    c.save()
    return buf.getvalue()


def _import(folder: Path, name: str, key_label: str, cert_label: str, key_id: str) -> Path:
    """Put a test key (PKCS#8 PEM, with softhsm2-util) and its certificate on the token."""
    import pkcs11
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pkcs11 import Attribute
    from pkcs11.util.x509 import decode_x509_certificate

    made = create_test_certificate(name, folder / f"{key_id}.p12", "x")
    key, cert, _ = pkcs12.load_key_and_certificates(made.p12_path.read_bytes(), b"x")
    assert key is not None and cert is not None
    key_pem = folder / f"{key_id}.key.pem"
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    subprocess.run(
        [
            "softhsm2-util",
            "--import",
            str(key_pem),
            "--token",
            TOKEN,
            "--label",
            key_label,
            "--id",
            key_id,
            "--pin",
            PIN,
        ],
        check=True,
        capture_output=True,
        env=os.environ.copy(),
    )
    key_pem.unlink()
    lib = pkcs11.lib(SOFTHSM_MODULE)
    token = lib.get_token(token_label=TOKEN)
    with token.open(rw=True, user_pin=PIN) as session:
        attrs = decode_x509_certificate(cert.public_bytes(serialization.Encoding.DER))
        attrs.update(
            {
                Attribute.TOKEN: True,
                Attribute.LABEL: cert_label,
                Attribute.ID: bytes.fromhex(key_id),
            }
        )
        session.create_object(attrs)
    return made.pem_path


_made: list[Token] = []  # one token store per process: SoftHSM2 reads its config only once


@pytest.fixture(scope="session")
def token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Token]:
    """The session's token (other test modules import this fixture: they share it)."""
    if _made:
        yield _made[0]
        return
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
        "log.level = ERROR\nslots.removable = false\n"
    )
    old = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            TOKEN,
            "--so-pin",
            "87654321",
            "--pin",
            PIN,
        ],
        check=True,
        capture_output=True,
    )
    pem = _import(folder, "Nguyễn Văn An", KEY, KEY, "01")
    _import(folder, "Trần Thị Bình", "khoa-2", "chung-thu-2", "02")
    _made.append(Token(TOKEN, PIN, KEY, pem, "khoa-2"))
    yield _made[0]
    if old is None:  # the loaded module keeps the store it read; the variable can go
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old


def test_a_token_signs_and_the_signature_is_trusted(token: Token) -> None:
    cred = Pkcs11Credential(SOFTHSM_MODULE, token.label, token.key_label, token.pin)
    with open_signer(cred) as opened:
        assert opened.certificate.common_name == "Nguyễn Văn An"
        result = sign_pdf(make_pdf(), opened)
    report = verify_bytes(result.pdf, load_certificates(token.pem))
    assert report.ok, report.problems
    assert report.signatures[0].signer == "Nguyễn Văn An"
    assert report.signatures[0].trusted is True


def test_the_certificate_is_found_by_the_keys_id(token: Token) -> None:
    cred = Pkcs11Credential(SOFTHSM_MODULE, token.label, token.other_key, token.pin)
    with open_signer(cred) as opened:
        assert opened.certificate.common_name == "Trần Thị Bình"
        result = sign_pdf(make_pdf(), opened)
    assert verify_bytes(result.pdf).ok


def test_wrong_pin(token: Token) -> None:
    cred = Pkcs11Credential(SOFTHSM_MODULE, token.label, token.key_label, "000000")
    with pytest.raises(CredentialError, match=f"token '{TOKEN}': wrong PIN"), open_signer(cred):
        pass


def test_a_missing_token_names_the_ones_present(token: Token) -> None:
    cred = Pkcs11Credential(SOFTHSM_MODULE, "VGCA-TOKEN", token.key_label, token.pin)
    with pytest.raises(CredentialError) as err, open_signer(cred):
        pass
    assert str(err.value) == f"no token labelled 'VGCA-TOKEN' (tokens present: {TOKEN})"


def test_a_missing_key_names_the_keys_present(token: Token) -> None:
    cred = Pkcs11Credential(SOFTHSM_MODULE, token.label, "no such key", token.pin)
    with (
        pytest.raises(CredentialError, match="no key labelled 'no such key'.*khoa-2"),
        open_signer(cred),
    ):
        pass


def test_a_missing_library(token: Token, tmp_path: Path) -> None:
    cred = Pkcs11Credential(str(tmp_path / "vendor.so"), token.label, token.key_label, PIN)
    with pytest.raises(CredentialError, match="no such PKCS#11 library"), open_signer(cred):
        pass


def test_no_pin_for_a_token_without_a_pin_pad(token: Token) -> None:
    cred = Pkcs11Credential(SOFTHSM_MODULE, token.label, token.key_label, None)
    with pytest.raises(CredentialError, match="PIN is required"), open_signer(cred):
        pass


def test_listing_tokens_and_their_certificates_needs_no_pin(token: Token) -> None:
    assert [t.label for t in list_tokens(SOFTHSM_MODULE)] == [TOKEN]
    certs = dict(list_token_certificates(SOFTHSM_MODULE, TOKEN))
    assert certs[KEY].common_name == "Nguyễn Văn An"
    assert certs["chung-thu-2"].common_name == "Trần Thị Bình"
