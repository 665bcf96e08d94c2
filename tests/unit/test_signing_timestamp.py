"""Document timestamps: a real RFC 3161 exchange over HTTP with a TSA on loopback (pyHanko's
``DummyTimeStamper`` answers), and signing that goes on when the TSA cannot be reached."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from inspector_app.signing.certs import create_test_certificate, load_certificates
from inspector_app.signing.credentials import Pkcs12Credential, open_signer
from inspector_app.signing.pdf import sign_pdf
from inspector_app.signing.verify import KIND_SIGNATURE, KIND_TIMESTAMP, verify_bytes


def make_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawString(72, 760, "BIEN BAN KIEM TRA")
    c.showPage()
    c.save()
    return buf.getvalue()


def _tsa_identity(self_signed):  # type: ignore[no-untyped-def]
    """A self-signed certificate for time stamping, as asn1crypto objects for pyHanko."""
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = self_signed(
        key,
        "TSA thử nghiệm",
        (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True),
    )
    der_cert = cert.public_bytes(serialization.Encoding.DER)
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return asn1_x509.Certificate.load(der_cert), keys.PrivateKeyInfo.load(der_key)


@pytest.fixture(scope="module")
def tsa(self_signed) -> Iterator[tuple[str, object]]:  # type: ignore[no-untyped-def]
    """A timestamp server on 127.0.0.1 (a random free port); yields its URL and certificate."""
    from asn1crypto import tsp
    from pyhanko.sign.timestamps import DummyTimeStamper

    cert, key = _tsa_identity(self_signed)
    stamper = DummyTimeStamper(tsa_cert=cert, tsa_key=key)
    requests: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            response = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            requests.append(len(body))
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(response)))
            self.end_headers()
            self.wfile.write(response)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa", cert
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert requests, "the TSA was never asked"


@pytest.fixture(scope="module")
def signer_cert(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    made = create_test_certificate("Phạm Thu Hằng", tmp_path_factory.mktemp("ts") / "h.p12", "pw")
    return made


def test_a_reachable_tsa_adds_a_document_timestamp(tsa, signer_cert) -> None:  # type: ignore[no-untyped-def]
    url, tsa_cert = tsa
    with open_signer(Pkcs12Credential(signer_cert.p12_path, "pw")) as opened:
        result = sign_pdf(make_pdf(), opened, tsa_url=url)
    assert result.timestamped and result.timestamp_note is None
    report = verify_bytes(result.pdf)
    assert report.ok, report.problems
    assert [s.kind for s in report.signatures] == [KIND_SIGNATURE, KIND_TIMESTAMP]
    stamp = report.signatures[1]
    assert stamp.intact and stamp.signer == "TSA thử nghiệm"
    assert stamp.signed_at is not None
    assert abs((stamp.signed_at - result.signed_at).total_seconds()) < 60
    # the timestamp follows the signature without counting as a change to the document
    assert report.signatures[0].changed_after is None
    # trusting the signer and the TSA: everything is trusted
    trusted = verify_bytes(result.pdf, load_certificates(signer_cert.pem_path) + [tsa_cert])
    assert trusted.ok and [s.trusted for s in trusted.signatures] == [True, True]
    # trusting only the signer: the TSA's trust is shown but not required
    only_signer = verify_bytes(result.pdf, load_certificates(signer_cert.pem_path))
    assert only_signer.ok and [s.trusted for s in only_signer.signatures] == [True, False]


def test_an_unreachable_tsa_signs_without_and_says_so(signer_cert) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/tsa"
    with open_signer(Pkcs12Credential(signer_cert.p12_path, "pw")) as opened:
        result = sign_pdf(make_pdf(), opened, tsa_url=url, tsa_timeout=5)
    assert not result.timestamped
    assert result.timestamp_note is not None
    assert url in result.timestamp_note and "signed without a timestamp" in result.timestamp_note
    report = verify_bytes(result.pdf)
    assert report.ok and [s.kind for s in report.signatures] == [KIND_SIGNATURE]


def test_a_server_that_is_not_a_tsa(signer_cert, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    class NotATsa(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            body = b"<html>captive portal</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), NotATsa)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        with open_signer(Pkcs12Credential(signer_cert.p12_path, "pw")) as opened:
            result = sign_pdf(make_pdf(), opened, tsa_url=url)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert not result.timestamped and result.timestamp_note
    assert verify_bytes(result.pdf).ok
